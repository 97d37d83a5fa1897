"""The evaluation of a meeting, below the pages (models.py imports these).

The editor chooses the questions on the event page's "Evaluation" tab: questions from the
standard set and their own (EvaluationQuestion). Attendees answer once (EvaluationResponse
with its EvaluationAnswer rows).

Anonymous evaluations: the response has no member, and the one-per-attendee guard is a
separate row (EvaluationParticipation: meeting + member, nothing else) that cannot be
joined to the response: both have random (UUID) keys so their order of creation does not
pair them, the participation has no time, and an anonymous response keeps only the day it
was given. What the answers say is then no longer about a known member.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class EvaluationKind(models.TextChoices):
    SCALE = "scale", _("Scale from 1 to 5")
    YES_NO = "yes_no", _("Yes or no")
    OPEN = "open", _("Open answer")


class StandardQuestion(models.TextChoices):
    """The standard set; the value is stable, the label is the question asked."""

    OVERALL = "overall", _("How do you rate the meeting as a whole?")
    TAKEAWAY = "takeaway", _("What do you take back to your own work?")
    USEFUL = "useful", _("How useful was it for your practice?")
    RECOMMEND = "recommend", _("Would you recommend a next meeting?")
    IMPROVE = "improve", _("What could be better?")


STANDARD_KINDS = {
    StandardQuestion.OVERALL: EvaluationKind.SCALE,
    StandardQuestion.TAKEAWAY: EvaluationKind.OPEN,
    StandardQuestion.USEFUL: EvaluationKind.SCALE,
    StandardQuestion.RECOMMEND: EvaluationKind.YES_NO,
    StandardQuestion.IMPROVE: EvaluationKind.OPEN,
}


class EvaluationQuestion(Orderable):
    """One question of a meeting's evaluation: one from the standard set, or the editor's own."""

    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="evaluation_questions")
    standard = models.CharField(
        _("from the standard set"),
        max_length=20,
        choices=StandardQuestion.choices,
        blank=True,
        help_text=_("Choose a standard question, or leave empty and write your own below."),
    )
    label = models.CharField(_("own question"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind of answer"),
        max_length=10,
        choices=EvaluationKind.choices,
        default=EvaluationKind.SCALE,
        help_text=_("For your own question; a standard question has its own kind."),
    )

    panels = [FieldPanel("standard"), FieldRowPanel([FieldPanel("label"), FieldPanel("kind")])]

    class Meta(Orderable.Meta):
        verbose_name = _("evaluation question")
        verbose_name_plural = _("evaluation questions")

    def __str__(self):
        return str(self.text)

    @property
    def text(self):
        return StandardQuestion(self.standard).label if self.standard else self.label

    @property
    def answer_kind(self):
        return STANDARD_KINDS[StandardQuestion(self.standard)] if self.standard else self.kind

    @property
    def answer_kind_label(self):
        return EvaluationKind(self.answer_kind).label

    def clean(self):
        if not self.standard and not self.label.strip():
            raise ValidationError({"label": _("Choose a standard question or write your own.")})


class EvaluationResponse(models.Model):
    """One attendee's filled-in evaluation; without a member when the evaluation is anonymous."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="evaluation_responses", verbose_name=_("event")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evaluation_responses",
        verbose_name=_("member"),
    )
    submitted_on = models.DateField(_("submitted on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("evaluation response")
        verbose_name_plural = _("evaluation responses")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "member"], condition=models.Q(member__isnull=False), name="one_evaluation_per_member"
            )
        ]

    def __str__(self):
        return f"{self.event} ({self.submitted_on})"


class EvaluationAnswer(models.Model):
    """One answer. The question's text and kind are kept, so the answer still reads right
    after the editor changed or removed the question."""

    response = models.ForeignKey(EvaluationResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(EvaluationQuestion, on_delete=models.SET_NULL, null=True, related_name="answers")
    question_text = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=EvaluationKind.choices)
    scale = models.PositiveSmallIntegerField(null=True, blank=True)
    yes = models.BooleanField(null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")

    def __str__(self):
        return self.question_text


class EvaluationParticipation(models.Model):
    """That a member has filled in a meeting's evaluation: the once-per-attendee guard, also
    for anonymous evaluations (it says nothing about which response is theirs)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "member"], name="one_evaluation_participation")]

    def __str__(self):
        return f"{self.member} – {self.event}"


class EvaluationInvitation(models.Model):
    """That a confirmed attendee has been invited to the evaluation (once)."""

    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "member"], name="one_evaluation_invitation")]

    def __str__(self):
        return f"{self.member} – {self.event}"


class ReportAnnouncement(models.Model):
    """That the attendees have been told the meeting's report is published (once)."""

    event = models.OneToOneField("events.EventPage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return str(self.event)
