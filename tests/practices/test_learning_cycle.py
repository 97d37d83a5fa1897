"""The learning cycle's domain operations (practices/learning.py): the reflection rhythm
(periods from the start date, one prompt per period, the trekkers told), reflections and
their experience, and the end evaluation with the lesson draft it leaves for the editors."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from knowledge.models import Lesson
from members.roles import Role
from notifications.models import Notification, NotificationKind
from practices import learning, services
from practices.models import (
    ExperienceReport,
    LearningQuestionStatus,
    PracticeMembership,
    PracticeRole,
    PracticeStatus,
    Reflection,
    ReflectionPrompt,
)
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

START = date(2026, 1, 5)  # a Monday


@pytest.fixture
def people():
    return {
        "trekker": MemberFactory(first_name="Tineke", email="tineke@zwolle.example", roles=[Role.MUNICIPAL_LEAD]),
        "policy_officer": MemberFactory(first_name="Bram"),
        "participant": MemberFactory(first_name="Merel"),
        "outsider": MemberFactory(first_name="Ander"),
    }


@pytest.fixture
def practice(people):
    practice = pages.practice(
        "Eén voordeur in Zwolle",
        themes=[pages.theme("toegang")],
        elements=[pages.element("vaste-contactpersoon")],
        leads=[people["trekker"]],
        participants=[people["participant"]],
        learning_questions=["Hoe doe je dat dan?", "Waarom is dit beter?"],
        start_date=START,
        end_date=date(2026, 12, 31),
        reflection_interval_weeks=6,
    )
    PracticeMembership.objects.create(
        practice=practice, member=people["policy_officer"], role=PracticeRole.POLICY_OFFICER
    )
    return practice


# Periods


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (START - timedelta(days=1), None),  # not started
        (START, None),  # the first period: nothing to look back on yet
        (START + timedelta(days=41), None),  # the last day of the first period
        (START + timedelta(days=42), START + timedelta(days=42)),  # the second period begins
        (START + timedelta(days=83), START + timedelta(days=42)),
        (START + timedelta(days=84), START + timedelta(days=84)),
        (date(2026, 12, 31), START + timedelta(weeks=48)),
    ],
)
def test_a_reflection_period_is_counted_in_whole_intervals_from_the_start_date(practice, today, expected):
    assert learning.reflection_period_start(practice, today) == expected


def test_periods_of_one_week_over_a_leap_day():
    practice = pages.practice("Schrikkel", start_date=date(2028, 2, 26), reflection_interval_weeks=1)
    assert learning.reflection_period_start(practice, date(2028, 3, 3)) is None
    assert learning.reflection_period_start(practice, date(2028, 3, 4)) == date(2028, 3, 4)
    assert learning.reflection_period_start(practice, date(2028, 3, 10)) == date(2028, 3, 4)


def test_a_practice_without_a_start_date_has_no_periods():
    practice = pages.practice("Zonder start", start_date=None)
    assert learning.reflection_period_start(practice, date(2026, 6, 1)) is None


# Prompts


def test_a_new_period_prompts_the_trekkers_once_in_the_bell_and_by_mail(
    practice, people, django_capture_on_commit_callbacks
):
    today = START + timedelta(days=45)

    with django_capture_on_commit_callbacks(execute=True):
        (prompt,) = learning.send_reflection_prompts(today)

    assert (prompt.practice_id, prompt.period_start) == (practice.pk, START + timedelta(days=42))
    (notification,) = Notification.objects.filter(kind=NotificationKind.REFLECTION_DUE)
    assert notification.recipient == people["trekker"] and notification.practice_id == practice.pk
    assert notification.get_absolute_url() == f"/praktijken/werkruimte/{practice.pk}/reflecties/schrijven/"
    assert notification.emailed_at is not None
    (message,) = mail.outbox
    assert message.to == [people["trekker"].email]
    assert "Eén voordeur in Zwolle" in message.subject
    assert f"http://testserver/praktijken/werkruimte/{practice.pk}/reflecties/schrijven/" in message.body


def test_a_period_is_never_prompted_twice_also_when_a_second_run_races_the_first(
    practice, django_capture_on_commit_callbacks
):
    """No check before the insert: the unique period refuses the second row, which is also
    what happens when two runs insert at the same moment."""
    today = START + timedelta(days=45)
    with django_capture_on_commit_callbacks(execute=True):
        learning.send_reflection_prompts(today)

        assert learning.send_reflection_prompts(today) == []
        assert learning.send_reflection_prompts(today + timedelta(days=3)) == []
        assert learning.prompt_reflection(practice, today) is None

    assert ReflectionPrompt.objects.filter(practice=practice).count() == 1
    assert Notification.objects.filter(kind=NotificationKind.REFLECTION_DUE).count() == 1
    assert len(mail.outbox) == 1


def test_the_next_period_prompts_again(practice):
    learning.send_reflection_prompts(START + timedelta(days=45))
    learning.send_reflection_prompts(START + timedelta(days=84))
    assert list(practice.reflection_prompts.values_list("period_start", flat=True)) == [
        START + timedelta(days=84),
        START + timedelta(days=42),
    ]


@pytest.mark.parametrize(
    "change",
    [
        {"status": PracticeStatus.COMPLETED},
        {"status": PracticeStatus.APPLIED},
        {"end_date": START + timedelta(days=44)},
        {"start_date": START + timedelta(days=60)},
    ],
)
def test_practices_that_do_not_run_are_not_prompted(practice, change):
    for field, value in change.items():
        setattr(practice, field, value)
    practice.save()
    assert learning.send_reflection_prompts(START + timedelta(days=45)) == []


def test_a_practice_whose_leervragen_are_all_answered_is_not_prompted(practice):
    practice.learning_questions.update(status=LearningQuestionStatus.ANSWERED, answer="Zo.")
    assert learning.send_reflection_prompts(START + timedelta(days=45)) == []


def test_the_command_sends_todays_prompts(practice, capsys, monkeypatch):
    monkeypatch.setattr(learning.timezone, "localdate", lambda: START + timedelta(days=45))
    call_command("send_reflection_prompts")
    assert "1 reflection prompts sent." in capsys.readouterr().out
    assert practice.reflection_prompts.count() == 1


# Reflections


def test_a_reflection_keeps_the_answers_given_and_is_written_once_per_prompt(practice, people):
    (prompt,) = learning.send_reflection_prompts(START + timedelta(days=45))
    first, second = practice.learning_questions.all()

    reflection = learning.write_reflection(
        people["participant"], practice, answers={first: " Aan de keukentafel. ", second: "  "}, prompt=prompt
    )

    assert [(answer.learning_question, answer.text) for answer in reflection.answers.all()] == [
        (first, "Aan de keukentafel.")
    ]
    with pytest.raises(learning.AlreadyReflected):
        learning.write_reflection(people["participant"], practice, answers={first: "Nog eens."}, prompt=prompt)
    assert Reflection.objects.count() == 1


def test_a_reflection_needs_an_answer_and_a_participant(practice, people):
    first = practice.learning_questions.first()
    with pytest.raises(ValueError):
        learning.write_reflection(people["participant"], practice, answers={first: ""})
    with pytest.raises(PermissionDenied):
        learning.write_reflection(people["outsider"], practice, answers={first: "Ik hoor er niet bij."})


def test_a_reflection_becomes_a_draft_experience_of_its_author_once(practice, people):
    first, second = practice.learning_questions.all()
    reflection = learning.write_reflection(
        people["trekker"], practice, answers={first: "Aan de keukentafel.", second: "Minder doorverwijzen."}
    )

    experience = learning.turn_into_experience(people["trekker"], reflection)

    experience = ExperienceReport.objects.get(pk=experience.pk)
    assert not experience.live and experience.author == people["trekker"]
    assert experience.get_parent().pk == practice.pk
    assert experience.title.startswith("Reflectie van ")
    assert experience.body_markdown == (
        "# Hoe doe je dat dan?\n\nAan de keukentafel.\n\n# Waarom is dit beter?\n\nMinder doorverwijzen."
    )
    assert experience.learning_question is None  # it answers two questions
    assert services.experience_status(experience).code == services.DRAFT
    reflection.refresh_from_db()
    assert reflection.experience == experience
    with pytest.raises(learning.AlreadyAnExperience):
        learning.turn_into_experience(people["trekker"], reflection)
    assert ExperienceReport.objects.count() == 1


def test_a_reflection_on_one_question_makes_an_experience_about_that_question(practice, people):
    first = practice.learning_questions.first()
    reflection = learning.write_reflection(people["participant"], practice, answers={first: "Aan de keukentafel."})
    with pytest.raises(PermissionDenied):
        learning.turn_into_experience(people["trekker"], reflection)
    experience = learning.turn_into_experience(people["participant"], reflection)
    assert ExperienceReport.objects.get(pk=experience.pk).learning_question == first


def test_an_experience_is_about_a_leervraag_of_its_own_practice_only(practice, people):
    other = pages.practice("Elders", learning_questions=["Een andere vraag?"])
    with pytest.raises(PermissionDenied):
        services.share_experience(
            people["trekker"],
            practice,
            title="Verkeerd",
            body="Tekst.",
            themes=[],
            learning_question=other.learning_questions.get(),
            submit=False,
        )


# The end evaluation


def ended(practice):
    practice.status = PracticeStatus.COMPLETED
    practice.save()
    return practice


def evaluation_data(practice, **overrides):
    element = pages.element("vaste-contactpersoon")
    first, second = practice.learning_questions.all()
    data = {
        "summary": "Eén contactpersoon maakte het verschil.",
        "elements": {
            element: {
                "what_worked": "Bewoners wisten wie ze moesten bellen.",
                "conditions": "Ruimte in de caseload.",
                "what_did_not_work": "Vervanging bij ziekte.",
            }
        },
        "questions": {first: "Door het samen te oefenen.", second: ""},
    }
    data.update(overrides)
    return data


def test_the_evaluation_waits_until_the_practice_has_ended(practice, people):
    with pytest.raises(learning.PracticeNotEnded):
        learning.save_evaluation(people["trekker"], practice, **evaluation_data(practice))
    practice.end_date = date.today() - timedelta(days=1)
    practice.save()
    assert learning.has_ended(practice)


def test_only_the_trekker_and_the_steering_team_evaluate(practice, people):
    ended(practice)
    for member in (people["participant"], people["outsider"]):
        with pytest.raises(PermissionDenied):
            learning.save_evaluation(member, practice, **evaluation_data(practice))
    learning.save_evaluation(people["policy_officer"], practice, **evaluation_data(practice))


def test_a_draft_evaluation_changes_nothing_else(practice, people):
    ended(practice)
    evaluation = learning.save_evaluation(people["policy_officer"], practice, **evaluation_data(practice))
    learning.save_evaluation(people["trekker"], practice, **evaluation_data(practice, summary="Beter gezegd."))

    evaluation.refresh_from_db()
    assert evaluation.summary == "Beter gezegd." and not evaluation.is_submitted
    assert evaluation.elements.get().what_worked == "Bewoners wisten wie ze moesten bellen."
    assert not practice.learning_questions.filter(status=LearningQuestionStatus.ANSWERED).exists()
    assert not Lesson.objects.exists()


def test_submitting_answers_the_leervragen_and_leaves_a_lesson_draft_with_its_sources(practice, people):
    ended(practice)
    pages.lesson_index()
    published = services.share_experience(
        people["trekker"], practice, title="Wat de keukentafel ons leerde", body="Het werkte.", themes=[], submit=False
    )
    published.get_latest_revision().publish()
    services.share_experience(
        people["trekker"], practice, title="Nog niet af", body="Concept.", themes=[], submit=False
    )
    first, second = practice.learning_questions.all()

    evaluation = learning.save_evaluation(people["trekker"], practice, **evaluation_data(practice), submit=True)

    assert evaluation.is_submitted and evaluation.submitted_by == people["trekker"]
    first.refresh_from_db(), second.refresh_from_db()
    assert (first.status, first.answer) == (LearningQuestionStatus.ANSWERED, "Door het samen te oefenen.")
    assert second.status == LearningQuestionStatus.OPEN  # no answer given
    lesson = Lesson.objects.get()
    assert not lesson.live and lesson.has_unpublished_changes and lesson.revisions.count() == 1
    assert lesson.get_parent().pk == pages.lesson_index().pk
    assert lesson.title == "Lessen uit Eén voordeur in Zwolle"
    assert lesson.summary == "Eén contactpersoon maakte het verschil."
    assert lesson.evaluation == evaluation
    assert list(lesson.source_practices.all()) == [practice]
    assert [page.pk for page in lesson.source_experiences.all()] == [published.pk]
    assert set(lesson.source_learning_questions.all()) == {first, second}
    assert set(lesson.elements.all()) == set(practice.effective_elements.all())
    assert [theme.slug for theme in lesson.themes.all()] == ["toegang"]
    blocks = [(block.block_type, block.value) for block in lesson.body]
    assert blocks[0][0] == "paragraph" and blocks[1][0] == "heading"
    assert blocks[1][1]["text"] == pages.element("vaste-contactpersoon").name
    body = str(lesson.body)
    for text in (
        "Bewoners wisten wie ze moesten bellen.",
        "Ruimte in de caseload.",
        "Vervanging bij ziekte.",
        "Wat werkte",
        "Onder welke voorwaarden",
        "Wat werkte niet",
        "Antwoorden op de leervragen",
        "Hoe doe je dat dan?",
        "Door het samen te oefenen.",
    ):
        assert text in body, text
    assert "Waarom is dit beter?" not in body  # no answer, no paragraph


def test_an_evaluation_is_submitted_once(practice, people):
    ended(practice)
    pages.lesson_index()
    learning.save_evaluation(people["trekker"], practice, **evaluation_data(practice), submit=True)
    with pytest.raises(learning.EvaluationSubmitted):
        learning.save_evaluation(people["policy_officer"], practice, **evaluation_data(practice), submit=True)
    assert Lesson.objects.count() == 1


def test_the_lesson_draft_escapes_what_the_practice_wrote(practice, people):
    ended(practice)
    pages.lesson_index()
    learning.save_evaluation(
        people["trekker"], practice, **evaluation_data(practice, summary="<script>alert(1)</script>"), submit=True
    )
    assert "<script>" not in str(Lesson.objects.get().body)


def test_the_editors_hear_of_the_lesson_draft_by_mail(practice, people, django_capture_on_commit_callbacks):
    editor = MemberFactory(email="redacteur@instituut.example", roles=[Role.EDITOR])
    ended(practice)
    pages.lesson_index()
    with django_capture_on_commit_callbacks(execute=True):
        learning.save_evaluation(people["trekker"], practice, **evaluation_data(practice), submit=True)

    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert "Eén voordeur in Zwolle" in message.subject and "Een conceptles" in message.subject
    assert f"/admin/pages/{Lesson.objects.get().pk}/edit/" in message.body
