from django.db import models


class ScheduledRun(models.Model):
    """One run of a scheduled job at one of its times (a slot). The row is the claim: the
    unique (job, due_at) lets exactly one scheduler run a slot, however many run at once
    (on one host or several). Kept for 90 days as the record of what ran and how it ended."""

    class Outcome(models.TextChoices):
        RUNNING = "running"
        OK = "ok"
        FAILED = "failed"

    job = models.CharField(max_length=100)
    due_at = models.DateTimeField()
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.RUNNING)
    runner = models.CharField(max_length=200, help_text="host and process id of the scheduler that ran it")
    output = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "due_at"], name="one_run_per_scheduled_time")]
        indexes = [models.Index(fields=["job", "-due_at"], name="scheduledrun_latest")]

    def __str__(self):
        return f"{self.job} @ {self.due_at:%Y-%m-%d %H:%M} ({self.outcome})"
