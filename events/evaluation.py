"""Closing the loop after a meeting: the evaluation and the report's announcement.

Attendees with a confirmed registration as a member answer the evaluation once, while it is
open (from the meeting's end for `evaluation_open_days` days). `submit` saves the whole
response in one transaction or nothing; the participation row's unique constraint refuses
a second response, also when two arrive at once. The results are for `may_see_results`.
The notifications go out through lerendnetwerk.meeting_signals.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lerendnetwerk.meeting_signals import evaluation_opened, report_published

from . import organisers
from .evaluation_records import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationKind,
    EvaluationParticipation,
    EvaluationQuestion,
    EvaluationResponse,
    ReportAnnouncement,
    StandardQuestion,
)
from .records import Registration, RegistrationStatus


class EvaluationError(Exception):
    """Why this member cannot (or can no longer) fill in the evaluation; shown to them."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Who


def may_see_results(user, event):
    """Who sees the results: the meeting's organisers (`events.organisers.may_organise`:
    editors, the coordinators of its network, the trekkers of its practice)."""
    return organisers.may_organise(user, event)


def is_confirmed_attendee(member, event):
    return (
        member.is_authenticated
        and Registration.objects.filter(event=event, member=member, status=RegistrationStatus.CONFIRMED).exists()
    )


def has_responded(member, event):
    return EvaluationParticipation.objects.filter(event=event, member=member).exists()


def page_links(user, event, registration):
    """What the meeting's page links to: {"form": url} for an attendee who can still respond,
    {"results": url} for who may see the results."""
    if not event.evaluation_enabled or not user.is_authenticated:
        return {}
    links = {}
    if (
        registration is not None
        and registration.status == RegistrationStatus.CONFIRMED
        and is_open(event)
        and not has_responded(user, event)
    ):
        links["form"] = reverse("events:evaluation", args=[event.pk])
    if may_see_results(user, event):
        links["results"] = reverse("events:evaluation_results", args=[event.pk])
    return links


# When


def closes_at(event):
    return event.end + timedelta(days=event.evaluation_open_days)


def is_open(event, now=None):
    now = now or timezone.now()
    return event.evaluation_enabled and event.live and event.end <= now < closes_at(event)


def questions(event):
    """The questions as published (from the database, not a page object being edited)."""
    return list(EvaluationQuestion.objects.filter(event_id=event.pk).order_by("sort_order", "pk"))


def check_may_respond(member, event, now=None):
    """Raise EvaluationError with the reason this member cannot respond now."""
    now = now or timezone.now()
    if not event.evaluation_enabled or not event.live:
        raise EvaluationError(_("This meeting has no evaluation."))
    if not is_confirmed_attendee(member, event):
        raise EvaluationError(_("Only confirmed attendees of this meeting can fill in its evaluation."))
    if now < event.end:
        raise EvaluationError(_("The evaluation opens when the meeting has ended."))
    if now >= closes_at(event):
        raise EvaluationError(_("The evaluation of this meeting has closed."))
    if has_responded(member, event):
        raise EvaluationError(_("You have already filled in the evaluation of this meeting. Thank you!"))


# Setting it up (the organisers on the site; editors also in the admin's "Evaluation" tab)

OPEN_DAYS_MAX = 90
QUESTIONS_MAX = 15


class EvaluationSettingsError(Exception):
    """Why these settings were not saved; the text is for the organiser."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class QuestionChoice:
    """One question as the organiser chose it: from the standard set, or their own (text
    and kind of answer)."""

    standard: str = ""
    label: str = ""
    kind: str = ""

    @classmethod
    def of(cls, question):
        if question.standard:
            return cls(standard=question.standard)
        return cls(label=question.label, kind=question.kind)


@dataclass
class EvaluationSettings:
    enabled: bool
    anonymous: bool
    open_days: int
    # [QuestionChoice] in their order; None keeps the questions as they are.
    questions: list | None = None


def has_answers(event):
    return EvaluationResponse.objects.filter(event_id=event.pk).exists()


def _check_settings(settings):
    if not 1 <= settings.open_days <= OPEN_DAYS_MAX:
        raise EvaluationSettingsError(
            _("The evaluation is open for 1 to %(days)s days.") % {"days": OPEN_DAYS_MAX}, field="open_days"
        )
    if settings.questions is None:
        return
    if len(settings.questions) > QUESTIONS_MAX:
        raise EvaluationSettingsError(
            _("Choose at most %(count)s questions.") % {"count": QUESTIONS_MAX}, field="questions"
        )
    standards = [choice.standard for choice in settings.questions if choice.standard]
    if len(standards) != len(set(standards)):
        raise EvaluationSettingsError(_("Each standard question can be chosen once."), field="questions")
    for choice in settings.questions:
        if choice.standard:
            if choice.standard not in StandardQuestion.values:
                raise EvaluationSettingsError(_("Choose a question from the standard set."), field="questions")
        elif not choice.label.strip() or len(choice.label) > 200 or choice.kind not in EvaluationKind.values:
            raise EvaluationSettingsError(
                _("Write your own question (at most 200 characters) and choose its kind of answer."),
                field="questions",
            )


def configure(actor, event, settings):
    """The organisers switch the evaluation of their meeting on or off and choose its
    questions. Refused: enabling it without questions; changing the questions, or whether
    it is anonymous, once someone has answered.

    The evaluation is not public content, so it applies at once, also for a meeting in the
    public calendar: on the page's row and question rows (what the evaluation reads), and in
    a new latest revision of the page, so that a later publication (the editors approving a
    change, or publishing in the admin) keeps it. A page that had no changes waiting is
    published with it, so its live version and latest revision stay the same."""
    from .models import EventPage

    if not organisers.may_organise(actor, event):
        raise EvaluationSettingsError(_("Only the organisers of this meeting can set up its evaluation."))
    _check_settings(settings)
    with transaction.atomic():
        event = EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)
        if event.is_cancelled:
            raise EvaluationSettingsError(_("This meeting has been cancelled."))
        current_rows = questions(event)
        current = [QuestionChoice.of(question) for question in current_rows]
        wanted = current if settings.questions is None else list(settings.questions)
        if has_answers(event):
            if wanted != current:
                raise EvaluationSettingsError(
                    _("Attendees have already answered: the questions can no longer be changed."), field="questions"
                )
            if settings.anonymous != event.evaluation_anonymous:
                raise EvaluationSettingsError(
                    _("Attendees have already answered: whether it is anonymous can no longer be changed."),
                    field="anonymous",
                )
        if settings.enabled and not wanted:
            raise EvaluationSettingsError(
                _("Choose at least one question before you switch the evaluation on."), field="questions"
            )
        had_pending_changes = event.has_unpublished_changes or event.current_workflow_state is not None

        values = {
            "evaluation_enabled": settings.enabled,
            "evaluation_anonymous": settings.anonymous,
            "evaluation_open_days": settings.open_days,
        }
        EventPage.objects.filter(pk=event.pk).update(**values)
        if wanted != current:
            # Nobody has answered (checked above), so no answer points at these rows.
            EvaluationQuestion.objects.filter(event_id=event.pk).delete()
            EvaluationQuestion.objects.bulk_create(
                [
                    EvaluationQuestion(
                        event_id=event.pk,
                        sort_order=number,
                        standard=choice.standard,
                        label="" if choice.standard else choice.label.strip(),
                        kind=EvaluationKind.SCALE if choice.standard else choice.kind,
                    )
                    for number, choice in enumerate(wanted)
                ]
            )
            current_rows = questions(event)

        draft = event.get_latest_revision_as_object()
        for name, value in values.items():
            setattr(draft, name, value)
        draft.evaluation_questions = current_rows
        revision = draft.save_revision(user=actor, log_action=True)
        if event.live and not had_pending_changes:
            # The organiser has no page rights in Wagtail; this service decided that the
            # evaluation needs no review.
            revision.publish(user=actor, skip_permission_checks=True)
    return EventPage.objects.get(pk=event.pk)


# Answering


def submit(event, member, answers, *, now=None):
    """Save one attendee's response. `answers`: {question id: value} with an int 1–5 for a
    scale, a bool for yes/no, a str for an open question (the form's cleaned data)."""
    now = now or timezone.now()
    check_may_respond(member, event, now)
    try:
        with transaction.atomic():
            EvaluationParticipation.objects.create(event=event, member=member)
            response = EvaluationResponse.objects.create(
                event=event,
                member=None if event.evaluation_anonymous else member,
                submitted_on=timezone.localdate(now),
            )
            rows = []
            for question in questions(event):
                value = answers.get(question.pk)
                kind = question.answer_kind
                row = EvaluationAnswer(response=response, question=question, question_text=question.text, kind=kind)
                if kind == EvaluationKind.SCALE:
                    row.scale = value
                elif kind == EvaluationKind.YES_NO:
                    row.yes = value
                else:
                    row.text = (value or "").strip()
                rows.append(row)
            EvaluationAnswer.objects.bulk_create(rows)
    except IntegrityError as error:
        raise EvaluationError(_("You have already filled in the evaluation of this meeting. Thank you!")) from error
    return response


# Results


@dataclass
class QuestionResult:
    text: str
    kind: str
    count: int = 0
    average: float | None = None
    distribution: list = field(default_factory=list)  # [(score, count)] for 1..5
    yes: int = 0
    no: int = 0
    texts: list = field(default_factory=list)


@dataclass
class Results:
    responses: int
    attendees: int
    questions: list

    @property
    def response_rate(self):
        return round(100 * self.responses / self.attendees) if self.attendees else None


def results(event):
    """Counts, averages and free text per question, in a fixed number of queries. Answers
    to a question the editor has since removed are listed under their own text."""
    by_question = {}
    order = []
    for question in questions(event):
        key = ("q", question.pk)
        by_question[key] = QuestionResult(question.text, question.answer_kind)
        order.append(key)
    answers = (
        EvaluationAnswer.objects.filter(response__event=event)
        .order_by("response__submitted_on", "pk")
        .values_list("question_id", "question_text", "kind", "scale", "yes", "text")
    )
    for question_id, text, kind, scale, yes, written in answers:
        key = ("q", question_id) if ("q", question_id) in by_question else ("t", text, kind)
        if key not in by_question:
            by_question[key] = QuestionResult(text, kind)
            order.append(key)
        result = by_question[key]
        if kind == EvaluationKind.SCALE and scale is not None:
            result.count += 1
            result.distribution.append(scale)
        elif kind == EvaluationKind.YES_NO and yes is not None:
            result.count += 1
            if yes:
                result.yes += 1
            else:
                result.no += 1
        elif kind == EvaluationKind.OPEN and written:
            result.count += 1
            result.texts.append(written)
    for result in by_question.values():
        if result.kind == EvaluationKind.SCALE:
            scores = result.distribution
            result.average = round(sum(scores) / len(scores), 1) if scores else None
            result.distribution = [(score, scores.count(score)) for score in range(1, 6)]
    counts = event.registrations.aggregate(
        attendees=Count("pk", filter=_confirmed_members()),
    )
    return Results(
        responses=EvaluationResponse.objects.filter(event=event).count(),
        attendees=counts["attendees"],
        questions=[by_question[key] for key in order],
    )


def _confirmed_members():
    return Q(status=RegistrationStatus.CONFIRMED, member__isnull=False)


def results_rows(event):
    """The CSV: one row per response, one column per question (never a name when anonymous)."""
    question_list = questions(event)
    header = [_("Submitted on")]
    if not event.evaluation_anonymous:
        header.append(_("Name"))
    header += [question.text for question in question_list]
    rows = [header]
    responses = (
        EvaluationResponse.objects.filter(event=event)
        .select_related("member")
        .prefetch_related("answers")
        .order_by("submitted_on", "pk")
    )
    for response in responses:
        by_question = {answer.question_id: answer for answer in response.answers.all()}
        row = [response.submitted_on.isoformat()]
        if not event.evaluation_anonymous:
            row.append(response.member.get_full_name() if response.member else "")
        for question in question_list:
            answer = by_question.get(question.pk)
            row.append(answer_text(answer))
        rows.append(row)
    return rows


def answer_text(answer):
    if answer is None:
        return ""
    if answer.kind == EvaluationKind.SCALE:
        return "" if answer.scale is None else str(answer.scale)
    if answer.kind == EvaluationKind.YES_NO:
        return "" if answer.yes is None else (_("yes") if answer.yes else _("no"))
    return answer.text


# Telling the attendees


def send_invitations(*, now=None):
    """Invite the confirmed attendees (members) of meetings whose evaluation is open and who
    were not invited yet; each once. Returns the number of invitations. Run by the
    scheduler (management command send_evaluation_invitations)."""
    from .models import EventPage

    now = now or timezone.now()
    sent = 0
    events = EventPage.objects.live().filter(evaluation_enabled=True, end__lte=now, end__gte=now - timedelta(days=366))
    for event in events:
        if not is_open(event, now):
            continue
        with transaction.atomic():
            # One run at a time per meeting (the scheduler's and one started by hand):
            # the second waits here and then finds the first one's invitations.
            _lock_for_invitations(event)
            members = _not_yet_invited(event)
            if not members:
                continue
            EvaluationInvitation.objects.bulk_create(
                [EvaluationInvitation(event=event, member=member, sent_at=now) for member in members],
                ignore_conflicts=True,
            )
            evaluation_opened.send(sender=EventPage, event=event, members=members)
            sent += len(members)
    return sent


def _lock_for_invitations(event):
    type(event).objects.select_for_update(of=("self",)).filter(pk=event.pk).first()


def _not_yet_invited(event):
    """The confirmed attendees (members) who have no invitation yet."""
    invited = EvaluationInvitation.objects.filter(event=event).values("member")
    registrations = (
        Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED, member__isnull=False)
        .exclude(member__in=invited)
        .select_related("member")
    )
    return [registration.member for registration in registrations]


def announce_report(event):
    """The report is published: the confirmed attendees (members) hear of it, once. Until
    there is someone to tell, nothing is recorded (a later publication tells them)."""
    if not event.report:
        return 0
    with transaction.atomic():
        members = [
            registration.member
            for registration in Registration.objects.filter(
                event=event, status=RegistrationStatus.CONFIRMED, member__isnull=False
            ).select_related("member")
        ]
        if not members:
            return 0
        _announcement, created = ReportAnnouncement.objects.get_or_create(event=event)
        if not created:
            return 0
        report_published.send(sender=type(event), event=event, members=members)
    return len(members)


def report_page_published(sender, instance, **kwargs):
    """page_published for an EventPage (connected in EventsConfig.ready)."""
    announce_report(instance)
