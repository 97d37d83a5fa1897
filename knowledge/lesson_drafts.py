"""A lesson draft from a practice's submitted end evaluation (practices.signals
.evaluation_submitted): the editors find it in the admin (and hear of it by mail),
pre-filled with what the practice learned and with its sources, and turn it into the
lesson they publish."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext, override

from lerendnetwerk.mail import send_templated
from lerendnetwerk.page_slugs import unique_child_slug
from members.services import editors_to_notify
from practices.models import ExperienceReport

from .models import Lesson, LessonIndexPage

logger = logging.getLogger(__name__)


def _paragraph(label, text):
    return ("paragraph", f"<p><b>{escape(label)}</b></p>{linebreaks(escape(text))}")


def lesson_body(evaluation):
    """StreamField blocks: the look back, per element what worked, the conditions and what
    did not, per leervraag the answer. Empty parts are left out."""
    blocks = []
    if evaluation.summary:
        blocks.append(("paragraph", linebreaks(escape(evaluation.summary))))
    for part in evaluation.elements.select_related("element"):
        texts = [
            (gettext("What worked"), part.what_worked),
            (gettext("Under which conditions"), part.conditions),
            (gettext("What did not work"), part.what_did_not_work),
        ]
        texts = [(label, text) for label, text in texts if text]
        if texts:
            blocks.append(("heading", {"text": part.element.name}))
            blocks.extend(_paragraph(label, text) for label, text in texts)
    answers = [part for part in evaluation.questions.select_related("learning_question") if part.answer]
    if answers:
        blocks.append(("heading", {"text": gettext("Answers to the learning questions")}))
        blocks.extend(_paragraph(part.learning_question.text, part.answer) for part in answers)
    return blocks


def draft_lesson(evaluation):
    """The lesson draft (not live) under the lesson index, saved as a revision."""
    index = LessonIndexPage.objects.first()
    if index is None:
        logger.warning("No lesson index: no lesson draft for the evaluation of %s.", evaluation.practice)
        return None
    practice = evaluation.practice
    with override(settings.LANGUAGE_CODE):
        title = gettext("Lessons from %(practice)s") % {"practice": practice.title}
        summary = Truncator(evaluation.summary).chars(400) or gettext(
            "What the learning practice %(practice)s learned, from its end evaluation."
        ) % {"practice": practice.title}
        body = lesson_body(evaluation)
    lesson = Lesson(
        title=title[:255],
        slug=unique_child_slug(index, title, fallback="les"),
        summary=summary,
        body=body,
        evaluation=evaluation,
        live=False,
    )
    lesson.themes.set(list(practice.themes.all()))
    lesson.source_practices = [practice]
    lesson.source_experiences = list(ExperienceReport.objects.child_of(practice).live().public())
    lesson.source_learning_questions = list(practice.learning_questions.all())
    lesson.elements = list(practice.effective_elements.all())  # so the element pages list it
    index.add_child(instance=lesson)
    lesson.save_revision(log_action=True)
    _tell_the_editors(lesson, practice)
    return lesson


def _tell_the_editors(lesson, practice):
    """A mail (after commit) to the editors, with the draft's page in the admin."""
    editors = [editor.email for editor in editors_to_notify()]
    if editors:
        edit_url = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[lesson.pk])
        with override(settings.LANGUAGE_CODE):
            send_templated("knowledge/email/lesson_draft", {"practice": practice, "edit_url": edit_url}, editors)


def evaluation_submitted(sender, evaluation, **kwargs):
    draft_lesson(evaluation)
