"""The scheduler runs each configured job once per due time, however many schedulers run,
catches up a time it missed by a little, and goes on when a job fails."""

import io
import threading
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command, get_commands
from django.test import override_settings

from lerendnetwerk.scheduler import schedule
from lerendnetwerk.scheduler.models import ScheduledRun
from lerendnetwerk.scheduler.schedule import Job, Scheduler, When


def utc(*args):
    return datetime(*args, tzinfo=UTC)


# Europe/Amsterdam: UTC+1 in winter, UTC+2 in summer.


def test_hourly_daily_and_weekly_times_are_local():
    now = utc(2026, 1, 14, 10, 30)  # Wednesday 11:30 in Amsterdam

    assert When.parse("hourly :05").latest(now) == utc(2026, 1, 14, 10, 5)
    assert When.parse("hourly :45").latest(now) == utc(2026, 1, 14, 9, 45)
    assert When.parse("daily 07:00").latest(now) == utc(2026, 1, 14, 6, 0)
    assert When.parse("daily 12:00").latest(now) == utc(2026, 1, 13, 11, 0)
    assert When.parse("weekly mon 07:00").latest(now) == utc(2026, 1, 12, 6, 0)
    assert When.parse("weekly wed 11:30").latest(now) == utc(2026, 1, 14, 10, 30)  # due at this very moment
    assert When.parse("weekly wed 11:31").latest(now) == utc(2026, 1, 7, 10, 31)


def test_a_daily_time_stays_at_its_local_hour_across_the_change_to_summer_time():
    before = utc(2026, 3, 28, 12, 0)  # Saturday; the clocks go forward on Sunday 29 March
    after = utc(2026, 3, 29, 12, 0)

    assert When.parse("daily 07:00").latest(before) == utc(2026, 3, 28, 6, 0)
    assert When.parse("daily 07:00").latest(after) == utc(2026, 3, 29, 5, 0)
    # 02:30 does not exist on that Sunday: the job runs at 03:30 summer time.
    assert When.parse("daily 02:30").latest(after) == utc(2026, 3, 29, 1, 30)


@pytest.mark.parametrize("text", ["hourly 5", "daily 7:00", "daily 24:00", "weekly monday 07:00", "hourly :60", ""])
def test_a_time_that_is_not_understood_is_refused(text):
    with pytest.raises(ValueError, match=r"expected|not a time"):
        When.parse(text)


def test_a_misconfigured_job_stops_the_scheduler_with_its_name():
    with (
        override_settings(SCHEDULED_JOBS={"reminders": {"when": "every hour", "command": ["x"]}}),
        pytest.raises(ImproperlyConfigured, match="reminders"),
    ):
        Scheduler()


def test_every_configured_job_is_a_management_command_that_exists():
    jobs = Scheduler().jobs
    commands = get_commands()

    assert {job.name for job in jobs} == set(settings.SCHEDULED_JOBS)
    for job in jobs:
        assert job.command[0] in commands, job


def test_the_digests_reminders_purge_invitations_and_prompts_are_all_scheduled():
    scheduled = {" ".join(job.command) for job in Scheduler().jobs}

    assert scheduled == {
        "send_digests daily",
        "send_digests weekly",
        "send_event_reminders",
        "send_evaluation_invitations",
        "send_reflection_prompts",
        "purge_personal_data",
    }


JOBS = [
    Job("hourly-job", When.parse("hourly :05"), ("hourly_command",)),
    Job("daily-job", When.parse("daily 07:00"), ("daily_command", "daily")),
]


@pytest.fixture
def commands():
    """The commands the jobs ran, in order, instead of running them."""
    ran = []
    with mock.patch.object(schedule, "call_command", side_effect=lambda *command, **kwargs: ran.append(command)):
        yield ran


@pytest.mark.django_db
def test_a_due_job_runs_once_per_time_and_is_recorded(commands):
    scheduler = Scheduler(JOBS)
    now = utc(2026, 1, 14, 6, 10)  # 07:10 in Amsterdam: both jobs are due

    assert scheduler.run_due(now) == {"hourly-job": "ok", "daily-job": "ok"}
    assert scheduler.run_due(now + timedelta(minutes=1)) == {}
    assert commands == [("hourly_command",), ("daily_command", "daily")]
    run = ScheduledRun.objects.get(job="daily-job")
    assert (run.due_at, run.outcome) == (utc(2026, 1, 14, 6, 0), "ok")
    assert run.finished_at is not None

    assert scheduler.run_due(now + timedelta(hours=1)) == {"hourly-job": "ok"}
    assert ScheduledRun.objects.filter(job="hourly-job").count() == 2


@pytest.mark.django_db
def test_a_second_scheduler_does_not_run_a_time_the_first_ran(commands):
    now = utc(2026, 1, 14, 6, 10)
    Scheduler(JOBS).run_due(now)

    assert Scheduler(JOBS).run_due(now) == {}
    assert len(commands) == 2


@pytest.mark.django_db
def test_a_time_missed_by_a_little_is_caught_up_and_an_older_one_is_left(commands):
    scheduler = Scheduler(JOBS)

    # Started at 07:50: the daily 07:00 is caught up, within the hour.
    assert scheduler.run_due(utc(2026, 1, 14, 6, 50)) == {"hourly-job": "ok", "daily-job": "ok"}
    # Started at 08:30 after a long stop: 07:00 is too long ago and waits for tomorrow.
    late = Scheduler(JOBS)
    ScheduledRun.objects.all().delete()
    assert late.run_due(utc(2026, 1, 14, 7, 30)) == {"hourly-job": "ok"}
    assert late.run_due(utc(2026, 1, 15, 6, 1)) == {"hourly-job": "ok", "daily-job": "ok"}


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_the_others_still_run():
    ran = []

    def call(*command, **kwargs):
        if command[0] == "hourly_command":
            raise RuntimeError("SMTP server gone")
        ran.append(command)

    with mock.patch.object(schedule, "call_command", side_effect=call):
        outcomes = Scheduler(JOBS).run_due(utc(2026, 1, 14, 6, 10))

    assert outcomes == {"hourly-job": "failed", "daily-job": "ok"}
    assert ran == [("daily_command", "daily")]
    assert ScheduledRun.objects.get(job="hourly-job").outcome == "failed"


@pytest.mark.django_db
def test_runs_older_than_ninety_days_are_removed():
    old = ScheduledRun.objects.create(
        job="hourly-job", due_at=utc(2025, 1, 1), started_at=utc(2025, 1, 1), runner="elsewhere", outcome="ok"
    )
    with mock.patch.object(schedule, "call_command"):
        Scheduler(JOBS).run_due(utc(2026, 1, 14, 6, 10))

    assert not ScheduledRun.objects.filter(pk=old.pk).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_at_the_same_moment_run_a_time_once():
    """Two scheduler processes (here threads, each with its own connection) wake at the
    same moment: the unique slot lets one of them run each job."""
    from django.db import connection

    ran = []
    barrier = threading.Barrier(2)
    now = utc(2026, 1, 14, 6, 10)

    def call(*command, **kwargs):
        ran.append(command)

    def scheduler():
        try:
            barrier.wait()
            Scheduler(JOBS).run_due(now)
        finally:
            connection.close()

    with mock.patch.object(schedule, "call_command", side_effect=call):
        threads = [threading.Thread(target=scheduler) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert sorted(ran) == [("daily_command", "daily"), ("hourly_command",)]
    assert ScheduledRun.objects.count() == 2


@pytest.mark.django_db
def test_run_scheduler_once_runs_the_configured_jobs_that_are_due(commands):
    with override_settings(SCHEDULED_JOBS={"reminders": {"when": "hourly :00", "command": ["send_event_reminders"]}}):
        call_command("run_scheduler", "--once")

    assert commands == [("send_event_reminders",)]
    assert ScheduledRun.objects.get(job="reminders").outcome == "ok"


@pytest.mark.django_db
def test_run_scheduler_list_shows_each_job_and_its_last_run():
    out = io.StringIO()
    call_command("run_scheduler", "--list", stdout=out)

    output = out.getvalue()
    for name in settings.SCHEDULED_JOBS:
        assert name in output
    assert "never run" in output
