"""The learning cycle of a practice: its leervragen, the reflection rhythm (a prompt every
N weeks, reflections on the open leervragen, a reflection turned into an experience) and
the end evaluation. Views (learning_views.py) and the scheduler's command call these;
the apps above hear about prompts and submitted evaluations through practices.signals."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import formats, timezone
from django.utils.translation import gettext, override

from . import services, signals
from .models import LearningPractice
from .records import (
    STEERING_TEAM_ROLES,
    ElementEvaluation,
    LearningQuestion,
    LearningQuestionStatus,
    PracticeEvaluation,
    PracticeMembership,
    PracticeRole,
    PracticeStatus,
    QuestionEvaluation,
    Reflection,
    ReflectionAnswer,
    ReflectionPrompt,
)

logger = logging.getLogger(__name__)


class AlreadyReflected(Exception):
    """The member already wrote their reflection for this prompt."""


class AlreadyAnExperience(Exception):
    """The reflection was turned into an experience before."""


class EvaluationSubmitted(Exception):
    """The evaluation was submitted and is final."""


class PracticeNotEnded(Exception):
    """The end evaluation waits until the practice has ended."""


# Who may do what in the practice's learning cycle


@dataclass(frozen=True)
class LearningAccess:
    """What one person may do with one practice's leervragen, reflections and evaluation.
    Participants (any role, the institute's advisers included) and editors read; the
    trekkers manage the leervragen; participants write reflections; the trekker and the
    regieteam fill in the end evaluation. `is_editor` is only looked up for someone
    without a role in the practice (a participant's role says it all)."""

    role: str | None = None
    is_editor: bool = False

    @classmethod
    def of(cls, workspace_access):
        """From the werkruimte's access (practices.team.workspace_access), without a query."""
        membership = workspace_access.membership
        return cls(role=membership.role if membership else None, is_editor=workspace_access.is_editor)

    @property
    def can_read(self):
        return self.role is not None or self.is_editor

    @property
    def manages_questions(self):
        return self.role == PracticeRole.LEAD

    @property
    def may_reflect(self):
        return self.role is not None

    @property
    def may_evaluate(self):
        return self.role in STEERING_TEAM_ROLES


def learning_access(user, practice):
    if not (user.is_authenticated and user.is_active):
        return LearningAccess()
    role = next(
        iter(
            PracticeMembership.objects.filter(practice_id=practice.pk, member_id=user.pk).values_list("role", flat=True)
        ),
        None,
    )
    # A participant's role says it all; only for others is the editor role looked up.
    return LearningAccess(role=role, is_editor=role is None and user.is_editor)


def _require(check):
    if not check:
        raise PermissionDenied


# Leervragen


@transaction.atomic
def add_learning_question(member, practice, *, text, status, elements, answer=""):
    _require(learning_access(member, practice).manages_questions)
    last = practice.learning_questions.order_by("-sort_order").values_list("sort_order", flat=True).first()
    question = LearningQuestion.objects.create(
        practice=practice,
        text=text.strip(),
        status=status,
        answer=answer.strip(),
        sort_order=0 if last is None else last + 1,
    )
    question.elements.set(elements)
    return question


@transaction.atomic
def change_learning_question(member, question, *, text, status, elements, answer=""):
    _require(learning_access(member, question.practice).manages_questions)
    question.text, question.status, question.answer = text.strip(), status, answer.strip()
    question.save()
    question.elements.set(elements)
    return question


@transaction.atomic
def remove_learning_question(member, question):
    """The leervraag goes; experiences written for it stay (they lose the link)."""
    _require(learning_access(member, question.practice).manages_questions)
    question.delete()


def open_questions(practice):
    return practice.learning_questions.exclude(status=LearningQuestionStatus.ANSWERED)


# The reflection rhythm


def is_running(practice, today):
    """Active, started, and not past its end date."""
    return (
        practice.status == PracticeStatus.ACTIVE
        and practice.start_date is not None
        and practice.start_date <= today
        and (practice.end_date is None or today <= practice.end_date)
    )


def reflection_period_start(practice, today):
    """The first day of the reflection period `today` falls in, counted in blocks of
    `reflection_interval_weeks` from the start date; None in the first period (nothing to
    reflect on yet) and before the start. A prompt marks the beginning of a new period."""
    if practice.start_date is None or today < practice.start_date:
        return None
    length = timedelta(weeks=practice.reflection_interval_weeks)
    periods = (today - practice.start_date) // length
    if periods == 0:
        return None
    return practice.start_date + periods * length


def running_practices(today):
    """Practices that run on `today` and have open leervragen."""
    return (
        LearningPractice.objects.filter(status=PracticeStatus.ACTIVE, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .filter(learning_questions__status__in=[LearningQuestionStatus.OPEN, LearningQuestionStatus.INVESTIGATING])
        .distinct()
    )


def prompt_reflection(practice, today):
    """The prompt of the period that has begun, made once: None when there is none to
    make, or when it exists (also when another run made it a moment ago: the unique
    period refuses the second row)."""
    period_start = reflection_period_start(practice, today)
    if period_start is None or not is_running(practice, today):
        return None
    try:
        with transaction.atomic():
            prompt = ReflectionPrompt.objects.create(practice=practice, period_start=period_start)
            signals.reflection_due.send(sender=ReflectionPrompt, prompt=prompt)
    except IntegrityError:
        return None
    return prompt


def send_reflection_prompts(today=None):
    """For every running practice with open leervragen whose new period began: its
    prompt, once. Run daily by the scheduler (send_reflection_prompts)."""
    today = today or timezone.localdate()
    sent = []
    for practice in running_practices(today):
        prompt = prompt_reflection(practice, today)
        if prompt is not None:
            sent.append(prompt)
    return sent


def current_prompt(practice):
    return practice.reflection_prompts.order_by("-period_start").first()


def has_reflected(member, prompt):
    return prompt is not None and Reflection.objects.filter(prompt=prompt, author=member).exists()


@transaction.atomic
def write_reflection(member, practice, *, answers, prompt=None):
    """Save a reflection: `answers` maps open leervragen to the member's short answers
    (empty ones are left out). One per prompt and member."""
    _require(learning_access(member, practice).may_reflect)
    answers = {question: text.strip() for question, text in answers.items() if text and text.strip()}
    if not answers:
        raise ValueError("a reflection needs at least one answer")
    if prompt is not None and has_reflected(member, prompt):
        raise AlreadyReflected
    try:
        with transaction.atomic():
            reflection = Reflection.objects.create(practice=practice, prompt=prompt, author=member)
    except IntegrityError as error:  # the same member, twice at the same moment
        raise AlreadyReflected from error
    ReflectionAnswer.objects.bulk_create(
        ReflectionAnswer(reflection=reflection, learning_question=question, text=text)
        for question, text in answers.items()
    )
    return reflection


def reflection_as_markdown(reflection):
    """The answers under their leervragen as headings: the body of the experience."""
    parts = []
    for answer in reflection.answers.select_related("learning_question"):
        parts.append(f"# {answer.learning_question.text}\n\n{answer.text}")
    return "\n\n".join(parts)


@transaction.atomic
def turn_into_experience(member, reflection):
    """The author's reflection becomes a draft experience of the practice, once; they
    change it and send it to the editors from there."""
    reflection = Reflection.objects.select_for_update().select_related("practice").get(pk=reflection.pk)
    _require(reflection.author_id == member.pk)
    if reflection.experience_id is not None:
        raise AlreadyAnExperience
    practice = reflection.practice
    question_ids = list(reflection.answers.values_list("learning_question_id", flat=True))
    with override(settings.LANGUAGE_CODE):
        title = gettext("Reflection of %(date)s") % {
            "date": formats.date_format(timezone.localtime(reflection.created_at).date(), "DATE_FORMAT")
        }
    experience = services.share_experience(
        member,
        practice,
        title=title,
        body=reflection_as_markdown(reflection),
        themes=practice.themes.all(),
        learning_question=LearningQuestion.objects.get(pk=question_ids[0]) if len(question_ids) == 1 else None,
        submit=False,
    )
    reflection.experience = experience
    reflection.save(update_fields=["experience"])
    return experience


# The end evaluation


def has_ended(practice, today=None):
    today = today or timezone.localdate()
    return practice.status == PracticeStatus.COMPLETED or (practice.end_date is not None and practice.end_date < today)


def evaluation_of(practice):
    """The practice's evaluation with its parts, or None before anyone saved it."""
    return (
        PracticeEvaluation.objects.filter(practice=practice)
        .select_related("submitted_by")
        .prefetch_related(
            Prefetch("elements", queryset=ElementEvaluation.objects.select_related("element")),
            Prefetch("questions", queryset=QuestionEvaluation.objects.select_related("learning_question")),
        )
        .first()
    )


@transaction.atomic
def save_evaluation(member, practice, *, summary, elements, questions, submit=False):
    """Save the evaluation (a draft anyone of the regieteam may change) and, with submit,
    make it final: the leervragen get their answers and the editors a lesson draft.
    `elements` maps an effective element to {what_worked, conditions, what_did_not_work};
    `questions` maps a leervraag to its answer. Under a lock: submitted once."""
    _require(learning_access(member, practice).may_evaluate)
    if not has_ended(practice):
        raise PracticeNotEnded
    PracticeEvaluation.objects.get_or_create(practice=practice)
    evaluation = PracticeEvaluation.objects.select_for_update().get(practice=practice)
    if evaluation.is_submitted:
        raise EvaluationSubmitted
    evaluation.summary = summary.strip()
    for element, parts in elements.items():
        ElementEvaluation.objects.update_or_create(
            evaluation=evaluation, element=element, defaults={name: text.strip() for name, text in parts.items()}
        )
    for question, answer in questions.items():
        QuestionEvaluation.objects.update_or_create(
            evaluation=evaluation, learning_question=question, defaults={"answer": answer.strip()}
        )
    if submit:
        evaluation.submitted_at = timezone.now()
        evaluation.submitted_by = member
    evaluation.save()
    if submit:
        for question, answer in questions.items():
            if answer.strip():
                question.answer = answer.strip()
                question.status = LearningQuestionStatus.ANSWERED
                question.save(update_fields=["answer", "status", "updated_at"])
        signals.evaluation_submitted.send(sender=PracticeEvaluation, evaluation=evaluation)
    return evaluation
