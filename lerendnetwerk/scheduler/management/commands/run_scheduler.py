import signal
import threading

from django.core.management.base import BaseCommand
from django.db import DatabaseError
from django.utils import timezone

from lerendnetwerk.scheduler.models import ScheduledRun
from lerendnetwerk.scheduler.schedule import Scheduler, catch_up, logger


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs of settings.SCHEDULED_JOBS (digests, reminders, retention purge …) "
        "at their times, until stopped (SIGTERM or Ctrl-C: the job that is running finishes first). "
        "Several schedulers may run at once: each time of each job runs once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is due now, then stop (for cron).")
        parser.add_argument("--list", action="store_true", help="Show the jobs, when they run and their last run.")
        parser.add_argument(
            "--interval", type=float, default=30, help="Seconds between looking for due jobs (default 30)."
        )

    def handle(self, *args, once=False, list=False, interval=30, **options):
        scheduler = Scheduler()
        if list:
            self.show(scheduler)
            return
        if once:
            scheduler.run_due()
            return
        stop = threading.Event()

        def request_stop(signum, frame):
            if stop.is_set():  # a second Ctrl-C: stop now, even in the middle of a job
                raise KeyboardInterrupt
            logger.info("Scheduler stopping (%s)", signal.Signals(signum).name)
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        logger.info(
            "Scheduler started: %s (late slots run up to %s after their time)",
            ", ".join(f"{job.name} {job.when}" for job in scheduler.jobs),
            catch_up(),
        )
        while not stop.is_set():
            try:
                scheduler.run_due(should_stop=stop.is_set)
            except DatabaseError:
                logger.exception("Scheduler: the database is not available; trying again in %s s", interval)
            stop.wait(interval)
        logger.info("Scheduler stopped")

    def show(self, scheduler):
        now = timezone.now()
        for job in scheduler.jobs:
            last = ScheduledRun.objects.filter(job=job.name).order_by("-due_at").first()
            latest = timezone.localtime(job.when.latest(now))
            ran = f"last run {timezone.localtime(last.due_at):%Y-%m-%d %H:%M}: {last.outcome}" if last else "never run"
            self.stdout.write(
                f"{job.name:<24} {job.when!s:<18} {' '.join(job.command):<32} "
                f"latest time {latest:%Y-%m-%d %H:%M}, {ran}"
            )
