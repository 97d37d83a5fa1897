"""Races in the learning cycle: two scheduler runs at the same moment make one reflection
prompt (and one notification), two submits of the evaluation at the same moment make one
submission and one lesson draft; the others get the normal answer, never a database
error. On PostgreSQL, where they really run at the same time; SQLite admits one writer at
a time, so the race cannot occur there."""

import time
from datetime import timedelta

from django.utils import timezone

from knowledge.models import Lesson
from notifications.models import Notification
from practices import learning
from practices.models import PracticeStatus, ReflectionPrompt
from tests import pages
from tests.factories import MemberFactory
from tests.support.races import POSTGRESQL_RACES, at_once

pytestmark = POSTGRESQL_RACES

RUNS = 5


def test_simultaneous_scheduler_runs_make_one_prompt_and_tell_the_trekker_once(monkeypatch):
    trekker = MemberFactory()
    practice = pages.practice(
        "Eén voordeur",
        leads=[trekker],
        learning_questions=["Hoe doe je dat dan?"],
        start_date=timezone.localdate() - timedelta(weeks=7),
    )
    create = ReflectionPrompt.objects.create

    def slowly(**fields):  # widen the window between the runs
        time.sleep(0.02)
        return create(**fields)

    monkeypatch.setattr(ReflectionPrompt.objects, "create", slowly)

    outcomes = at_once(*[lambda: len(learning.send_reflection_prompts())] * RUNS)

    assert sorted(outcomes, key=str) == [0] * (RUNS - 1) + [1]
    assert ReflectionPrompt.objects.filter(practice=practice).count() == 1
    assert Notification.objects.filter(recipient=trekker).count() == 1


def test_simultaneous_submits_of_the_evaluation_make_one_submission_and_one_lesson_draft():
    trekker = MemberFactory()
    practice = pages.practice("Eén voordeur", leads=[trekker], status=PracticeStatus.COMPLETED)
    pages.lesson_index()

    def submit():
        try:
            learning.save_evaluation(trekker, practice, summary="Terugblik.", elements={}, questions={}, submit=True)
        except learning.EvaluationSubmitted:
            return "refused"
        return "submitted"

    outcomes = at_once(*[submit] * RUNS)

    assert sorted(outcomes, key=str) == ["refused"] * (RUNS - 1) + ["submitted"]
    assert Lesson.objects.filter(evaluation__practice=practice).count() == 1
