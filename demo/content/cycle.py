"""The learning cycle, played through the services people use: the editor accepts an
application (the practice starts, in its first weeks), a trekker reflects mid-way on the
open leervragen, and a practice that ended submits its evaluation, from which the editors
publish the lesson draft it gave them. Idempotent: each step is skipped once it was done."""

from datetime import timedelta

from figures import startanalysis
from figures.models import StartAnalysis
from members.models import Member
from practices import decisions, learning
from practices.models import (
    EffectiveElement,
    LearningPractice,
    PracticeApplication,
    PracticeEvaluation,
    Reflection,
)

from .cycle_data import ACCEPTED_APPLICATION, EVALUATION, REFLECTIONS, START_ANALYSIS
from .pages import DEMO_TODAY

EDITOR_EMAIL = "redacteur@lerendnetwerk.example"


def load():
    editor = Member.objects.get(email=EDITOR_EMAIL)
    accept_an_application(editor)
    share_the_startanalyse()
    reflect_mid_way()
    evaluate_and_publish_the_lesson(editor)


def accept_an_application(editor):
    data = ACCEPTED_APPLICATION
    application = PracticeApplication.objects.get(contact_email=data["contact_email"])
    if application.practice_id is not None:
        return
    # The contact prepared the application with a startanalyse of the municipality's figures;
    # accepting it attaches that startanalyse to the new practice (figures.startanalysis).
    author = Member.objects.get(email=START_ANALYSIS["author"])
    startanalysis.begin_for_municipality(author, application.municipality)
    elements = EffectiveElement.objects.filter(slug__in=data["elements"])
    start = DEMO_TODAY.date() - timedelta(weeks=data["weeks_ago"])
    practice = decisions.accept_application(
        editor,
        application,
        title=data["title"],
        start_date=start,
        end_date=start + timedelta(days=30 * data["months"]),
        themes=list(application.themes.all()),
        elements=list(elements),
        trekker_email=application.contact_email,
    )
    # The editor writes the summary and publishes the page: the practice has started.
    practice.summary = data["summary"]
    practice.save_revision(user=editor).publish(user=editor)


def share_the_startanalyse():
    """The trekker fills in the startanalyse the accepted application brought along, with a
    note on each theme of the figures, and shares it with the practice's participants."""
    analysis = StartAnalysis.objects.get(created_by__email=START_ANALYSIS["author"], practice__isnull=False)
    if analysis.is_shared:
        return
    notes = dict.fromkeys(startanalysis.snapshot_theme_keys(analysis)[:1], START_ANALYSIS["note"])
    startanalysis.save(analysis.created_by, analysis, texts=START_ANALYSIS["texts"], theme_notes=notes, share=True)


def reflect_mid_way():
    """Two reflections on earlier periods; the current period's prompt waits for the trekker."""
    practice = LearningPractice.objects.get(slug=REFLECTIONS["practice"])
    author = Member.objects.get(email=REFLECTIONS["author"])
    if Reflection.objects.filter(practice=practice, author=author).exists():
        return
    questions = list(practice.learning_questions.all())
    today = DEMO_TODAY.date()
    current = learning.reflection_period_start(practice, today)
    length = timedelta(weeks=practice.reflection_interval_weeks)
    periods = REFLECTIONS["periods"]
    for number, answers in enumerate(periods):
        period_start = current - (len(periods) - number) * length
        prompt = learning.prompt_reflection(practice, period_start)
        texts = {question: text for question, text in zip(questions, answers, strict=False) if text}
        reflection = learning.write_reflection(author, practice, answers=texts, prompt=prompt)
        if number == 0:
            learning.turn_into_experience(author, reflection)
    learning.prompt_reflection(practice, today)


def evaluate_and_publish_the_lesson(editor):
    data = EVALUATION
    practice = LearningPractice.objects.get(slug=data["practice"])
    if PracticeEvaluation.objects.filter(practice=practice, submitted_at__isnull=False).exists():
        return
    author = Member.objects.get(email=data["author"])
    elements = {element.slug: element for element in EffectiveElement.objects.filter(slug__in=data["elements"])}
    questions = list(practice.learning_questions.all())
    evaluation = learning.save_evaluation(
        author,
        practice,
        summary=data["summary"],
        elements={elements[slug]: parts for slug, parts in data["elements"].items()},
        questions=dict(zip(questions, data["answers"], strict=False)),
        submit=True,
    )
    # The lesson draft the evaluation gave the editors: they read it and publish it.
    lesson = evaluation.lesson
    lesson.get_latest_revision().publish(user=editor)
