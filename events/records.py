"""Bijeenkomsten below their pages: the kinds of meeting, registration questions and
workshops, registrations (live data that changes without publishing) and calendar
tokens. Forms and services build on these; the pages (models.py) build on them all."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class EventType(models.TextChoices):
    NATIONAL = "national", _("National meeting")
    LEARNING_NETWORK = "learning_network", _("Learning network")
    WEBINAR = "webinar", _("Webinar")
    REGIONAL = "regional", _("Regional meeting")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Attendance(models.TextChoices):
    """How one attendee takes part; a hybrid meeting has seats of both kinds."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class Audience(models.TextChoices):
    MEMBERS = "members", _("Members only")
    OPEN = "open", _("Members and guests")


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Short text")
    TEXTAREA = "textarea", _("Longer text")
    CHOICE = "choice", _("One choice from a list")
    CHECKBOX = "checkbox", _("Yes/no")


class Prefill(models.TextChoices):
    NONE = "", _("Nothing")
    ORGANISATION = "organisation", _("Organisation")
    MUNICIPALITY = "municipality", _("Municipality")
    JOB_TITLE = "job_title", _("Job title")


class RegistrationQuestion(Orderable):
    """A question the editor asks everyone who registers (organisation, dietary wishes, …)."""

    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("explanation"), max_length=300, blank=True)
    kind = models.CharField(_("kind of answer"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT)
    choices = models.TextField(_("choices"), blank=True, help_text=_("For 'one choice from a list': one per line."))
    required = models.BooleanField(_("required"), default=False)
    prefill = models.CharField(
        _("prefill from the profile"), max_length=20, choices=Prefill.choices, default=Prefill.NONE, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("kind")]),
        FieldPanel("help_text"),
        FieldPanel("choices"),
        FieldRowPanel([FieldPanel("required"), FieldPanel("prefill")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")

    def __str__(self):
        return self.label

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self):
        if self.kind == QuestionKind.CHOICE and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("Give at least two choices, one per line.")})


class Workshop(Orderable):
    """A session to choose in a time slot, with a limit of its own."""

    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="workshops")
    slot = models.CharField(
        _("time slot"), max_length=100, help_text=_("For example 'Ronde 1 (13.30 uur)'. One choice per time slot.")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True, help_text=_("Empty: no limit."))

    panels = [
        FieldRowPanel([FieldPanel("slot"), FieldPanel("title")]),
        FieldPanel("description"),
        FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return f"{self.slot}: {self.title}"


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlist")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED)

    def active(self):
        return self.filter(status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED])

    def waitlist_order(self):
        return self.waitlisted().order_by("waitlisted_at", "pk")


class Registration(models.Model):
    """One person's place at one meeting: a member, or a guest with a verified e-mail address."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("member"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    answers = models.JSONField(_("answers"), default=list, blank=True)
    workshops = models.ManyToManyField(Workshop, blank=True, related_name="registrations", verbose_name=_("workshops"))
    public_consent = models.BooleanField(
        _("on the attendee list"), default=False, help_text=_("Agreed to be shown to other members as an attendee.")
    )

    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("on the waitlist since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("present at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "member"], condition=models.Q(member__isnull=False), name="one_registration_per_member"
            ),
            models.UniqueConstraint(
                "event", Lower("email"), condition=models.Q(member__isnull=True), name="one_registration_per_guest"
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "attendance"])]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_guest(self):
        return self.member_id is None

    @property
    def is_active(self):
        return self.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)

    @property
    def attendee_name(self):
        """The name the organisers see: the member's name as it is now (with a stand-in for a
        member without one), or the guest's name. Select the member with it."""
        if self.member_id is not None:
            return self.member.display_name
        return self.name or str(_("Guest without a name"))

    @property
    def display_status(self):
        """The status as the attendee list shows it: 'present' once checked in."""
        if self.status == RegistrationStatus.CONFIRMED and self.checked_in_at:
            return _("Present")
        return self.get_status_display()


def new_calendar_token():
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a member's personal calendar feed URL. A new token invalidates the old URL."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_token", verbose_name=_("member")
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(_("created at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self):
        return str(self.member)


# What the organisers do with their meeting on the site (events.messaging, events.moderation)


class MessageAudience(models.TextChoices):
    """Whom the organisers write to: the attendees with a seat, the waitlist, or both."""

    CONFIRMED = "confirmed", _("Confirmed attendees")
    WAITLIST = "waitlist", _("The waitlist")
    BOTH = "both", _("Confirmed attendees and the waitlist")


class EventMessage(models.Model):
    """A message the organisers sent to the attendees of their meeting (events.messaging).
    The text is kept as typed and as HTML rendered once, at save (escaped); the log on the
    organisers' attendee list shows both to the meeting's other organisers."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="organiser_messages", verbose_name=_("event")
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    audience = models.CharField(_("sent to"), max_length=10, choices=MessageAudience.choices)
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"))
    body_html = models.TextField(editable=False)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipient_count = models.PositiveIntegerField(_("number of recipients"), default=0)
    # The form's one-time key: a second submission of the same form (a double click, the
    # back button) finds this message and sends nothing.
    idempotency_key = models.UUIDField(unique=True, editable=False)

    class Meta:
        verbose_name = _("message to attendees")
        verbose_name_plural = _("messages to attendees")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.subject} – {self.event}"


class NetworkAnnouncement(models.Model):
    """That the members of the meeting's learning network have been told of it (once): when
    it is first published, for its circle at once or for the public calendar after the
    editors' approval."""

    event = models.OneToOneField("events.EventPage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return str(self.event)
