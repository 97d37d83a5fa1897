"""A series of meetings (reeks): sessions that one registration covers (docs/events.md,
"Series"). Each session is an ordinary event page (`EventPage.series`) with its own date,
seats, waitlist, evaluation and report; the series holds what they share and who
registered for all of them. The rules are in events.series."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import Attendance


class EventSeries(models.Model):
    """A learning network's series of sessions, made by its coordinators on the site."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True, help_text=_("Plain text, as the organiser typed it."))
    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.CASCADE,
        related_name="meeting_series",
        verbose_name=_("learning network"),
    )
    circle_only = models.BooleanField(_("only for the network"), default=True)
    organised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organised by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("series of meetings")
        verbose_name_plural = _("series of meetings")
        ordering = ["-created_at", "pk"]

    def __str__(self):
        return self.title


class SeriesRegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)


class SeriesRegistration(models.Model):
    """A member's registration for a whole series: it made a registration for every session
    that was open, and makes one for each session added later. Cancelling one session is the
    session's own cancellation; this row stays. One row per member and series (registering
    again after cancelling reactivates it)."""

    series = models.ForeignKey(
        EventSeries, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("series")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="series_registrations",
        verbose_name=_("member"),
    )
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    public_consent = models.BooleanField(_("on the attendee list"), default=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = SeriesRegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("series registration")
        verbose_name_plural = _("series registrations")
        constraints = [
            models.UniqueConstraint(fields=["series", "member"], name="one_series_registration_per_member"),
        ]

    def __str__(self):
        return f"{self.member} – {self.series}"

    @property
    def is_active(self):
        return self.cancelled_at is None
