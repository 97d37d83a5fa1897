"""Races in the learning cycle: two scheduler runs at the same moment make one reflection
prompt (and one notification), two submits of the evaluation at the same moment make one
submission and one lesson draft; the others get the normal answer, never a database
error. On PostgreSQL, where they really run at the same time; SQLite admits one writer at
a time, so the race cannot occur there."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from knowledge.models import Lesson
from notifications.models import Notification
from practices import learning
from practices.models import PracticeStatus, ReflectionPrompt
from tests import pages
from tests.factories import MemberFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite admits one writer to the whole database at a time, so the race cannot occur; "
        "run with DATABASE_URL set to PostgreSQL (CI does)",
    ),
]

RUNS = 5


def at_once(function):
    """Call `function` in RUNS threads released together; their outcomes."""
    barrier = threading.Barrier(RUNS)
    outcomes = []

    def run():
        try:
            barrier.wait()
            outcomes.append(function())
        except Exception as error:  # noqa: BLE001 - reported by the test
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(RUNS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


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

    outcomes = at_once(lambda: len(learning.send_reflection_prompts()))

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

    outcomes = at_once(submit)

    assert sorted(outcomes, key=str) == ["refused"] * (RUNS - 1) + ["submitted"]
    assert Lesson.objects.filter(evaluation__practice=practice).count() == 1
