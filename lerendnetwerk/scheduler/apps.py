from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    """The periodic jobs (digests, reminders, retention purge …) and the process that runs
    them: `manage.py run_scheduler` (docs/deployment.md, "Scheduled jobs")."""

    name = "lerendnetwerk.scheduler"
    label = "scheduler"
    verbose_name = "Scheduled jobs"
    default_auto_field = "django.db.models.BigAutoField"
