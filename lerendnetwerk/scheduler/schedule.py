"""The periodic jobs and when they are due.

settings.SCHEDULED_JOBS names each job, when it runs and the management command it runs:

    SCHEDULED_JOBS = {
        "event-reminders": {"when": "hourly :05", "command": ["send_event_reminders"]},
        "daily-digests": {"when": "daily 07:00", "command": ["send_digests", "daily"]},
        "weekly-digests": {"when": "weekly mon 07:00", "command": ["send_digests", "weekly"]},
    }

Times are local (settings.TIME_ZONE). `manage.py run_scheduler` runs each job once per due
time (a *slot*): the slot is claimed with a row in the database first (ScheduledRun, unique
per job and slot), so two schedulers (a second host, an overlapping deploy) never run the
same slot twice. A slot missed while no scheduler ran (a restart at 07:00) is run late, up
to SCHEDULER_CATCH_UP after its time; an older one is left for the next slot. The jobs
themselves are idempotent too (docs/deployment.md), so a slot run late, or a job started by
hand at the same time, sends nothing twice.
"""

import io
import logging
import os
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone

from .models import ScheduledRun

logger = logging.getLogger("lerendnetwerk.scheduler")

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DEFAULT_CATCH_UP = timedelta(hours=1)
KEEP_RUNS = timedelta(days=90)

_WHEN = re.compile(
    r"^(?:hourly :(?P<hourly_minute>\d\d)"
    r"|daily (?P<daily_hour>\d\d):(?P<daily_minute>\d\d)"
    r"|weekly (?P<weekday>mon|tue|wed|thu|fri|sat|sun) (?P<weekly_hour>\d\d):(?P<weekly_minute>\d\d))$"
)


@dataclass(frozen=True)
class When:
    """`hourly :MM`, `daily HH:MM` or `weekly ddd HH:MM` (ddd: mon … sun), local time."""

    every: str  # "hour", "day" or "week"
    minute: int
    hour: int = 0
    weekday: int = 0  # Monday is 0

    @classmethod
    def parse(cls, text):
        match = _WHEN.match(text.strip())
        if match is None:
            raise ValueError(f"{text!r}: expected 'hourly :MM', 'daily HH:MM' or 'weekly mon HH:MM'")
        parts = match.groupdict()
        if parts["hourly_minute"] is not None:
            when = cls("hour", int(parts["hourly_minute"]))
        elif parts["daily_hour"] is not None:
            when = cls("day", int(parts["daily_minute"]), int(parts["daily_hour"]))
        else:
            when = cls("week", int(parts["weekly_minute"]), int(parts["weekly_hour"]), WEEKDAYS.index(parts["weekday"]))
        if when.minute > 59 or when.hour > 23:
            raise ValueError(f"{text!r}: not a time of day")
        return when

    def latest(self, now):
        """The most recent due time at or before `now` (aware), as an aware UTC datetime."""
        zone = timezone.get_default_timezone()
        local = now.astimezone(zone)
        if self.every == "hour":
            due = local.replace(minute=self.minute, second=0, microsecond=0).astimezone(UTC)
            return due if due <= now else due - timedelta(hours=1)
        day = local.date()
        if self.every == "week":
            day -= timedelta(days=(day.weekday() - self.weekday) % 7)
        step = timedelta(days=7 if self.every == "week" else 1)
        due = self._at(day, zone)
        return due if due <= now else self._at(day - step, zone)

    def _at(self, day, zone):
        # A time that does not exist that day (the clock skips it) becomes the hour after.
        return datetime.combine(day, time(self.hour, self.minute), tzinfo=zone).astimezone(UTC)

    def __str__(self):
        if self.every == "hour":
            return f"hourly :{self.minute:02d}"
        if self.every == "day":
            return f"daily {self.hour:02d}:{self.minute:02d}"
        return f"weekly {WEEKDAYS[self.weekday]} {self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True)
class Job:
    name: str
    when: When
    command: tuple


def configured_jobs():
    jobs = []
    for name, spec in getattr(settings, "SCHEDULED_JOBS", {}).items():
        try:
            when = When.parse(spec["when"])
            command = tuple(spec["command"])
        except (KeyError, TypeError, ValueError) as error:
            raise ImproperlyConfigured(f"SCHEDULED_JOBS[{name!r}]: {error}") from error
        if not command or len(name) > 100:
            raise ImproperlyConfigured(f"SCHEDULED_JOBS[{name!r}]: a name of at most 100 characters and a command")
        jobs.append(Job(name, when, command))
    return jobs


def release_connection():
    """Back to the pool (or closed when broken), as Django does after each request; never
    inside a transaction (a test's)."""
    if not connection.in_atomic_block:
        close_old_connections()


def runner_name():
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


def catch_up():
    return getattr(settings, "SCHEDULER_CATCH_UP", DEFAULT_CATCH_UP)


def claim(job, due_at, now):
    """The slot's row, or None when another scheduler has claimed it already."""
    try:
        with transaction.atomic():
            return ScheduledRun.objects.create(job=job.name, due_at=due_at, started_at=now, runner=runner_name())
    except IntegrityError:
        return None


def run(job, scheduled_run):
    """Run the job's command in this process and record how it ended. A failing job is
    logged and recorded; it never stops the scheduler or the other jobs."""
    output = io.StringIO()
    logger.info("Running %s (%s): manage.py %s", job.name, job.when, " ".join(job.command))
    try:
        call_command(*job.command, stdout=output, stderr=output)
    except Exception:
        logger.exception("Scheduled job %s failed", job.name)
        outcome = ScheduledRun.Outcome.FAILED
    else:
        outcome = ScheduledRun.Outcome.OK
        logger.info("%s: %s", job.name, output.getvalue().strip())
    release_connection()  # also one the job left broken: the record needs a good one
    scheduled_run.finished_at = timezone.now()
    scheduled_run.outcome = outcome
    scheduled_run.output = output.getvalue()[-2000:]
    scheduled_run.save(update_fields=["finished_at", "outcome", "output"])
    return outcome


class Scheduler:
    """Remembers which slot of each job it has dealt with, so that the database is only
    asked when a new one is due."""

    def __init__(self, jobs=None):
        self.jobs = configured_jobs() if jobs is None else jobs
        self.handled = {}

    def due(self, now):
        """The jobs with a slot this scheduler has not dealt with yet, that is not older than
        the catch-up window; slots too old are marked as dealt with."""
        due = []
        for job in self.jobs:
            slot = job.when.latest(now)
            if self.handled.get(job.name) == slot:
                continue
            if now - slot > catch_up():
                self.handled[job.name] = slot
                continue
            due.append((job, slot))
        return due

    def run_due(self, now=None, should_stop=lambda: False):
        """Claim and run every due slot; returns {job name: outcome} of the slots this
        scheduler ran (those another one claimed are left out)."""
        now = now or timezone.now()
        ran = {}
        for job, slot in self.due(now):
            if should_stop():
                break
            scheduled_run = claim(job, slot, timezone.now())
            self.handled[job.name] = slot
            if scheduled_run is None:
                logger.info("%s at %s: already claimed (by another scheduler, or an earlier one)", job.name, slot)
                continue
            ran[job.name] = run(job, scheduled_run)
        if ran:
            ScheduledRun.objects.filter(due_at__lt=now - KEEP_RUNS).delete()
        release_connection()  # between rounds the scheduler holds no connection of the pool
        return ran
