"""The learning cycle in the practice's werkruimte, per role: who reads the leervragen and
reflections, who manages the leervragen, who reflects, who evaluates; what a form keeps
when it is refused; the practice page and the experience form that show the leervragen."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from members.roles import Role
from practices import learning, services
from practices.models import (
    ExperienceReport,
    LearningQuestion,
    LearningQuestionStatus,
    PracticeMembership,
    PracticeRole,
    PracticeStatus,
    Reflection,
)
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

pytestmark = pytest.mark.django_db

ROLES = ["trekker", "steering", "participant", "adviser", "other_practice", "editor", "member", "anonymous"]
READERS = {"trekker", "steering", "participant", "adviser", "editor"}
PARTICIPANTS = {"trekker", "steering", "participant", "adviser"}
EVALUATORS = {"trekker", "steering"}


@pytest.fixture
def world():
    people = {
        "trekker": MemberFactory(first_name="Tineke", roles=[Role.MUNICIPAL_LEAD]),
        "steering": MemberFactory(first_name="Bram"),
        "participant": MemberFactory(first_name="Merel"),
        "adviser": MemberFactory(first_name="Ada"),
        "other_practice": MemberFactory(first_name="Olaf"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
        "member": MemberFactory(first_name="Lid"),
    }
    practice = pages.practice(
        "Eén voordeur in Zwolle",
        themes=[pages.theme("toegang")],
        elements=[pages.element("vaste-contactpersoon")],
        leads=[people["trekker"]],
        participants=[people["participant"]],
        learning_questions=["Hoe doe je dat dan?", "Waarom is dit beter?"],
        start_date=date.today() - timedelta(weeks=7),
    )
    PracticeMembership.objects.create(practice=practice, member=people["steering"], role=PracticeRole.ADMINISTRATOR)
    PracticeMembership.objects.create(practice=practice, member=people["adviser"], role=PracticeRole.ADVISER)
    pages.practice("Elders", leads=[people["other_practice"]])
    return {"people": people, "practice": practice}


def as_role(client, world, role):
    if role != "anonymous":
        log_in(client, world["people"][role])
    return client


def url(name, practice, **kwargs):
    return reverse(f"practices:{name}", kwargs={"practice_id": practice.pk, **kwargs})


def assert_refused(response, role):
    if role == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_leervragen_and_reflections_are_read_by_participants_advisers_and_editors(client, world, role):
    as_role(client, world, role)
    practice = world["practice"]
    for name in ("learning_questions", "reflections"):
        response = client.get(url(name, practice))
        if role in READERS:
            assert response.status_code == 200
            assert "Hoe doe je dat dan?" in response.content.decode() or name == "reflections"
        else:
            assert_refused(response, role)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_trekker_adds_changes_and_removes_leervragen(client, world, role):
    as_role(client, world, role)
    practice = world["practice"]
    question = practice.learning_questions.first()
    element = pages.element("vaste-contactpersoon")

    added = client.post(
        url("learning_questions", practice), {"text": "Wat vraagt dit van de organisatie?", "status": "open"}
    )
    changed = client.post(
        url("learning_question_edit", practice, question_id=question.pk),
        {"text": "Hoe doe je dat?", "status": "answered", "answer": "Samen oefenen.", "elements": [element.pk]},
    )

    if role == "trekker":
        assert added.status_code == changed.status_code == 302
        question.refresh_from_db()
        assert (question.text, question.status, question.answer) == ("Hoe doe je dat?", "answered", "Samen oefenen.")
        assert list(question.elements.all()) == [element]
        assert practice.learning_questions.filter(text="Wat vraagt dit van de organisatie?").exists()
        assert "Wat vraagt dit van de organisatie?" in client.get(url("learning_questions", practice)).content.decode()
        confirm = client.get(url("learning_question_remove", practice, question_id=question.pk))
        assert "Hoe doe je dat?" in confirm.content.decode()
        client.post(url("learning_question_remove", practice, question_id=question.pk))
        assert not LearningQuestion.objects.filter(pk=question.pk).exists()
    else:
        assert_refused(added, role)
        assert_refused(changed, role)
        assert not practice.learning_questions.filter(text="Wat vraagt dit van de organisatie?").exists()
        assert_refused(client.post(url("learning_question_remove", practice, question_id=question.pk)), role)
        assert LearningQuestion.objects.filter(pk=question.pk, text="Hoe doe je dat dan?").exists()


def test_a_leervraag_of_another_practice_is_not_found_in_this_one(client, world):
    elsewhere = pages.practice("Nog ergens", leads=[world["people"]["trekker"]], learning_questions=["Elders?"])
    log_in(client, world["people"]["trekker"])
    other_question = elsewhere.learning_questions.get()
    response = client.get(url("learning_question_edit", world["practice"], question_id=other_question.pk))
    assert response.status_code == 404


def test_an_answered_leervraag_needs_its_answer_and_the_form_keeps_what_was_typed(client, world):
    log_in(client, world["people"]["trekker"])
    question = world["practice"].learning_questions.first()
    response = client.post(
        url("learning_question_edit", world["practice"], question_id=question.pk),
        {"text": "Hoe doe je dat nu echt?", "status": "answered", "answer": ""},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Schrijf het korte antwoord" in html and 'value="Hoe doe je dat nu echt?"' in html
    question.refresh_from_db()
    assert question.text == "Hoe doe je dat dan?"


@pytest.mark.parametrize("role", ROLES)
def test_participants_of_any_role_write_a_reflection_others_do_not(client, world, role):
    as_role(client, world, role)
    practice = world["practice"]
    first = practice.learning_questions.first()
    response = client.post(url("reflection_write", practice), {f"question_{first.pk}": "Aan de keukentafel."})
    if role in PARTICIPANTS:
        assert response.status_code == 302
        assert Reflection.objects.get().author == world["people"][role]
    else:
        assert_refused(response, role)
        assert not Reflection.objects.exists()


def test_the_reflection_form_keeps_what_was_typed_and_asks_for_one_answer(client, world):
    log_in(client, world["people"]["trekker"])
    practice = world["practice"]
    response = client.get(url("reflection_write", practice))
    assert "Hoe doe je dat dan?" in response.content.decode()

    first, second = practice.learning_questions.all()
    response = client.post(url("reflection_write", practice), {f"question_{first.pk}": "   "})
    assert "Beantwoord ten minste één leervraag" in response.content.decode()

    response = client.post(
        url("reflection_write", practice),
        {f"question_{first.pk}": "x" * 3001, f"question_{second.pk}": "Minder doorverwijzen."},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Minder doorverwijzen." in html and "ln-error-summary" in html
    assert not Reflection.objects.exists()


def test_a_second_reflection_for_the_same_prompt_is_refused_clearly(client, world):
    practice = world["practice"]
    (prompt,) = learning.send_reflection_prompts()
    first = practice.learning_questions.first()
    log_in(client, world["people"]["trekker"])
    client.post(url("reflection_write", practice), {f"question_{first.pk}": "Eerste keer."})

    response = client.post(url("reflection_write", practice), {f"question_{first.pk}": "Tweede keer."}, follow=True)

    assert "Je hebt je reflectie voor deze periode al geschreven" in response.content.decode()
    assert Reflection.objects.get().prompt == prompt
    assert Reflection.objects.get().answers.get().text == "Eerste keer."


def test_the_reflections_list_shows_the_answers_and_the_author_makes_an_experience_of_hers(client, world):
    practice, trekker = world["practice"], world["people"]["trekker"]
    first = practice.learning_questions.first()
    mine = learning.write_reflection(trekker, practice, answers={first: "Aan de keukentafel."})
    learning.write_reflection(world["people"]["participant"], practice, answers={first: "In de wijk."})
    log_in(client, trekker)

    html = client.get(url("reflections", practice)).content.decode()
    assert "Aan de keukentafel." in html and "In de wijk." in html
    assert html.count("Maak er een ervaring van") == 1

    response = client.post(url("reflection_to_experience", practice, reflection_id=mine.pk))
    experience = ExperienceReport.objects.get()
    assert response["Location"] == reverse("practices:experience_edit", kwargs={"experience_id": experience.pk})
    again = client.post(url("reflection_to_experience", practice, reflection_id=mine.pk), follow=True)
    assert "Je hebt van deze reflectie al een ervaring gemaakt" in again.content.decode()
    assert ExperienceReport.objects.count() == 1


def test_no_one_makes_an_experience_of_someone_elses_reflection(client, world):
    practice = world["practice"]
    first = practice.learning_questions.first()
    theirs = learning.write_reflection(world["people"]["participant"], practice, answers={first: "In de wijk."})
    log_in(client, world["people"]["trekker"])
    response = client.post(url("reflection_to_experience", practice, reflection_id=theirs.pk))
    assert response.status_code == 404
    assert not ExperienceReport.objects.exists()


def end(practice):
    practice.status = PracticeStatus.COMPLETED
    practice.save()


@pytest.mark.parametrize("role", ROLES)
def test_the_trekker_and_the_steering_team_fill_in_the_evaluation(client, world, role):
    practice = world["practice"]
    end(practice)
    as_role(client, world, role)
    response = client.get(url("evaluation", practice))
    if role in EVALUATORS:
        assert response.status_code == 200
        assert "Vaste contactpersoon" in response.content.decode()
    else:
        assert_refused(response, role)


def evaluation_post(practice, action, **overrides):
    element = pages.element("vaste-contactpersoon")
    first = practice.learning_questions.first()
    data = {
        "summary": "Eén contactpersoon maakte het verschil.",
        f"element_{element.pk}_what_worked": "Bewoners wisten wie ze moesten bellen.",
        f"element_{element.pk}_conditions": "Ruimte in de caseload.",
        f"element_{element.pk}_what_did_not_work": "",
        f"question_{first.pk}": "Door het samen te oefenen.",
        "action": action,
    }
    data.update(overrides)
    return data


def test_the_evaluation_is_saved_as_a_draft_then_submitted_once(client, world):
    practice = world["practice"]
    end(practice)
    pages.lesson_index()
    log_in(client, world["people"]["steering"])
    client.post(url("evaluation", practice), evaluation_post(practice, "draft"))
    html = client.get(url("evaluation", practice)).content.decode()
    assert "Ruimte in de caseload." in html  # the draft is shown again to continue

    client.force_login(world["people"]["trekker"])
    response = client.post(url("evaluation", practice), evaluation_post(practice, "submit"), follow=True)
    assert "De evaluatie is ingediend" in response.content.decode()
    assert practice.evaluation.is_submitted
    assert practice.learning_questions.first().status == LearningQuestionStatus.ANSWERED

    again = client.post(url("evaluation", practice), evaluation_post(practice, "submit"), follow=True)
    assert "Deze evaluatie is al ingediend" in again.content.decode()


def test_submitting_without_a_look_back_is_refused_and_keeps_what_was_typed(client, world):
    practice = world["practice"]
    end(practice)
    log_in(client, world["people"]["trekker"])
    response = client.post(url("evaluation", practice), evaluation_post(practice, "submit", summary=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kijk in een paar zinnen terug" in html and "Ruimte in de caseload." in html
    assert not hasattr(practice, "evaluation") or not practice.evaluation.is_submitted


def test_the_evaluation_waits_for_the_end_of_the_practice(client, world):
    log_in(client, world["people"]["trekker"])
    practice = world["practice"]
    assert "wanneer de praktijk is afgelopen" in client.get(url("evaluation", practice)).content.decode()
    response = client.post(url("evaluation", practice), evaluation_post(practice, "draft"), follow=True)
    assert "De evaluatie gaat open wanneer de praktijk is afgelopen" in response.content.decode()


# The practice page and experiences


def test_the_practice_page_shows_each_leervraag_with_what_was_learned_so_far(client, world):
    practice, trekker = world["practice"], world["people"]["trekker"]
    first, second = practice.learning_questions.all()
    first.status, first.answer = LearningQuestionStatus.ANSWERED, "Door het samen te oefenen."
    first.save()
    first.elements.set([pages.element("vaste-contactpersoon")])
    published = services.share_experience(
        trekker, practice, title="Wat de keukentafel leerde", body="Tekst.", themes=[], learning_question=first
    )
    published.get_latest_revision().publish()
    services.share_experience(
        trekker, practice, title="Nog een concept", body="Tekst.", themes=[], learning_question=first, submit=False
    )

    html = client.get(practice.url).content.decode()

    assert "Beantwoord" in html and "Door het samen te oefenen." in html and "Vaste contactpersoon" in html
    assert "Wat de keukentafel leerde" in html and "Nog een concept" not in html
    log_in(client, trekker)
    html = client.get(practice.url).content.decode()
    assert f"ervaring-delen/?leervraag={second.pk}" in html
    assert f"ervaring-delen/?leervraag={first.pk}" not in html  # answered


def test_an_experience_about_a_leervraag_and_an_element_says_so(client, world):
    practice, trekker = world["practice"], world["people"]["trekker"]
    first = practice.learning_questions.first()
    element = pages.element("vaste-contactpersoon")
    log_in(client, trekker)

    form = client.get(practice.url + f"ervaring-delen/?leervraag={first.pk}").content.decode()
    assert f'<option value="{first.pk}" selected>' in form

    client.post(
        practice.url + "ervaring-delen/",
        {
            "title": "Wat de keukentafel leerde",
            "body": "We begonnen met een keukentafelgesprek voor iedereen die zich meldde, en dat werkte.",
            "themes": [],
            "learning_question": first.pk,
            "effective_element": element.pk,
            "action": "draft",
        },
    )
    experience = ExperienceReport.objects.get()
    assert (experience.learning_question, experience.effective_element) == (first, element)
    html = client.get(reverse("practices:experience_preview", kwargs={"experience_id": experience.pk})).content
    assert "Over de leervraag" in html.decode() and "Hoe doe je dat dan?" in html.decode()
    edit = client.get(reverse("practices:experience_edit", kwargs={"experience_id": experience.pk})).content.decode()
    assert f'<option value="{element.pk}" selected>' in edit


def test_the_experience_form_offers_only_this_practices_leervragen(client, world):
    elsewhere = pages.practice("Nog ergens", learning_questions=["Elders?"])
    log_in(client, world["people"]["trekker"])
    response = client.post(
        world["practice"].url + "ervaring-delen/",
        {
            "title": "Verkeerd",
            "body": "We begonnen met een keukentafelgesprek voor iedereen die zich meldde, en dat werkte.",
            "learning_question": elsewhere.learning_questions.get().pk,
            "action": "draft",
        },
    )
    assert response.status_code == 200 and not ExperienceReport.objects.exists()


def test_the_trekker_opens_the_reflection_prompt_from_the_notification_centre(client, world):
    practice, trekker = world["practice"], world["people"]["trekker"]
    learning.send_reflection_prompts()
    log_in(client, trekker)

    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "Tijd om te reflecteren op de leervragen van “<bdi>Eén voordeur in Zwolle</bdi>”" in centre

    notification = trekker.notifications.get()
    response = client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert response["Location"] == url("reflection_write", practice)


def test_editors_manage_every_practices_leervragen_in_the_admin_trekkers_do_not(client, world):
    log_in(client, world["people"]["editor"])
    listing = client.get(reverse("learningquestion:index"))
    assert listing.status_code == 200 and "Hoe doe je dat dan?" in listing.content.decode()
    question = world["practice"].learning_questions.first()
    response = client.post(
        reverse("learningquestion:edit", args=[question.pk]),
        {
            "practice": world["practice"].pk,
            "text": "Hoe doe je dat dan, echt?",
            "status": "investigating",
            "answer": "",
            "sort_order": 0,
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.text, question.status) == ("Hoe doe je dat dan, echt?", "investigating")

    log_in(client, world["people"]["trekker"])
    assert client.get(reverse("learningquestion:index")).status_code in (302, 403)


@pytest.mark.parametrize(("role", "links"), [("trekker", 3), ("participant", 2), ("editor", 2)])
def test_the_workspace_card_links_to_what_the_person_may_use(rf, world, role, links):
    from django.template.loader import render_to_string

    practice = world["practice"]
    html = render_to_string(
        "practices/workspace/_learning.html",
        {"practice": practice, "learning_access": learning.learning_access(world["people"][role], practice)},
    )
    assert html.count('class="utrecht-link"') == links
    assert url("reflections", practice) in html
    assert (url("evaluation", practice) in html) == (role == "trekker")
    assert ("Voeg leervragen toe" in html) == (role == "trekker")
