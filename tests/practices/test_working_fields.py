"""The trekker edits the practice's working fields on the site (werkruimte › "Praktijk
bewerken"): status, period, elements and rhythm apply at once; the public texts wait for
the editors' approval, while the live page keeps the old ones; who may do it, per role."""

from datetime import date

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from members.roles import Role
from practices import working
from practices.models import LearningPractice, PracticeStatus
from tests import pages
from tests.factories import MemberFactory

SUMMARY = "Eén voordeur voor alle vragen in Zwolle."
NEW_SUMMARY = "Eén voordeur, nu ook met de huisartsen."


@pytest.fixture
def people(db):
    return {
        "trekker": MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]),
        "participant": MemberFactory(first_name="Merel", email="merel@wijkteam.example"),
        "elsewhere": MemberFactory(first_name="Ander", email="trekker@deventer.example"),
        "member": MemberFactory(first_name="Lid", email="lid@elders.example"),
        "editor": MemberFactory(first_name="Redactie", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


@pytest.fixture
def practice(people):
    pages.practice("Elders", leads=[people["elsewhere"]])
    return pages.practice(
        "Eén voordeur in Zwolle",
        summary=SUMMARY,
        elements=[pages.element("vaste-contactpersoon")],
        leads=[people["trekker"]],
        participants=[people["participant"]],
    )


def edit_url(practice):
    return reverse("practices:edit_working", kwargs={"practice_id": practice.pk})


def form_data(practice, **changes):
    data = {
        "status": practice.status,
        "start_date": practice.start_date.isoformat() if practice.start_date else "",
        "end_date": practice.end_date.isoformat() if practice.end_date else "",
        "effective_elements": [element.pk for element in practice.effective_elements.all()],
        "reflection_interval_weeks": practice.reflection_interval_weeks,
        "summary": practice.summary,
        "approach": working.approach_as_text(practice.approach) or "",
        "residents_involvement": practice.residents_involvement,
        "organisations-TOTAL_FORMS": "2",
        "organisations-INITIAL_FORMS": "0",
        "organisations-MIN_NUM_FORMS": "0",
        "organisations-MAX_NUM_FORMS": "30",
    }
    data.update(changes)
    return data


def save(member, practice, **changes):
    values = {
        "status": practice.status,
        "start_date": practice.start_date,
        "end_date": practice.end_date,
        "effective_elements": list(practice.effective_elements.all()),
        "reflection_interval_weeks": practice.reflection_interval_weeks,
        "summary": practice.summary,
        "residents_involvement": practice.residents_involvement,
        "organisations": working.organisations_as_rows(practice.organisations),
        "approach": working.approach_as_text(practice.approach),
    }
    values.update(changes)
    return working.save_practice(member, practice, **values)


def public_text(client, practice):
    client.logout()
    return client.get(practice.url).content.decode()


# Who may edit


@pytest.mark.parametrize(
    ("who", "status"),
    [("trekker", 200), ("editor", 200), ("participant", 403), ("elsewhere", 404), ("member", 404)],
)
def test_only_the_trekkers_and_the_editors_open_the_edit_page(client, people, practice, who, status):
    client.force_login(people[who])
    assert client.get(edit_url(practice)).status_code == status
    assert client.post(edit_url(practice), form_data(practice, summary=NEW_SUMMARY)).status_code in (status, 302)
    practice.refresh_from_db()
    assert practice.get_latest_revision_as_object().summary == (NEW_SUMMARY if status == 200 else SUMMARY)


def test_a_visitor_is_asked_to_log_in(client, practice):
    response = client.get(edit_url(practice))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_an_unknown_practice_is_not_found(client, people):
    client.force_login(people["editor"])
    assert client.get(reverse("practices:edit_working", kwargs={"practice_id": 999999})).status_code == 404


def test_the_service_refuses_a_participant_who_is_not_a_trekker(people, practice):
    with pytest.raises(working.WorkingFieldsError):
        save(people["participant"], practice, status=PracticeStatus.COMPLETED)
    practice.refresh_from_db()
    assert practice.status == PracticeStatus.ACTIVE


# Working fields apply at once


def test_working_fields_apply_at_once_and_stay_when_a_later_revision_is_published(people, practice):
    element = pages.element("brede-vraagverheldering")
    result = save(
        people["trekker"],
        practice,
        status=PracticeStatus.COMPLETED,
        end_date=date(2027, 3, 31),
        reflection_interval_weeks=4,
        effective_elements=[element],
    )

    assert result.outcome == working.SAVED and result.working_changed and result.texts_changed == []
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert (practice.status, practice.end_date, practice.reflection_interval_weeks) == (
        PracticeStatus.COMPLETED,
        date(2027, 3, 31),
        4,
    )
    assert list(practice.effective_elements.all()) == [element]
    assert not practice.has_unpublished_changes  # live page and latest revision agree
    assert WorkflowState.objects.count() == 0  # nothing for the editors to review

    # An editor publishing the page later (from its latest revision) keeps the new values.
    practice.get_latest_revision().publish()
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert (practice.status, practice.reflection_interval_weeks) == (PracticeStatus.COMPLETED, 4)
    assert list(practice.effective_elements.all()) == [element]


def test_an_end_before_the_start_is_refused_keeping_what_was_typed_and_saving_nothing(client, people, practice):
    client.force_login(people["trekker"])
    response = client.post(
        edit_url(practice),
        form_data(practice, start_date="2026-05-01", end_date="2026-04-01", summary=NEW_SUMMARY, status="completed"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Het einde kan niet vóór het begin liggen." in html
    assert "data-error-summary" in html and NEW_SUMMARY in html and 'value="2026-04-01"' in html
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert practice.status == PracticeStatus.ACTIVE and practice.latest_revision == practice.live_revision
    assert WorkflowState.objects.count() == 0

    with pytest.raises(working.WorkingFieldsError):  # the service itself refuses it too
        save(people["trekker"], practice, start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))


def test_a_rhythm_out_of_range_and_an_empty_summary_are_explained_in_dutch(client, people, practice):
    client.force_login(people["trekker"])
    html = client.post(edit_url(practice), form_data(practice, reflection_interval_weeks="40", summary=" ")).content
    html = html.decode()
    assert "Zorg ervoor dat deze waarde hoogstens 26 is." in html
    assert "Schrijf een korte samenvatting." in html


# Public texts go through the editors' review


def test_new_texts_wait_for_the_editors_while_the_live_page_keeps_the_old_ones(client, people, practice):
    result = save(
        people["trekker"],
        practice,
        summary=NEW_SUMMARY,
        approach="We beginnen bij de vraag.\n\nDaarna de buurt.",
        organisations=[{"name": "Wijkteam Zwolle-Zuid", "role": "Uitvoering", "url": "https://wijkteam.example"}],
        residents_involvement="Twee ervaringsdeskundigen denken mee.",
    )

    assert result.outcome == working.SUBMITTED
    assert set(result.texts_changed) == {"summary", "approach", "organisations", "residents_involvement"}
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert practice.summary == SUMMARY and practice.has_unpublished_changes
    html = public_text(client, practice)
    assert SUMMARY in html and NEW_SUMMARY not in html and "Wijkteam Zwolle-Zuid" not in html
    assert "Twee ervaringsdeskundigen" not in html
    state = practice.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == people["trekker"]

    # The trekker sees what waits.
    client.force_login(people["trekker"])
    page = client.get(edit_url(practice)).content.decode()
    assert "Je nieuwe teksten wachten op de redactie" in page
    assert NEW_SUMMARY in page  # the form shows the version in review
    pending = working.pending_change(practice)
    assert pending.code == working.IN_REVIEW and "summary" in pending.changed_fields

    # The editor approves: the new texts are published.
    task_state = practice.current_workflow_task_state.specific
    task_state.approve(user=people["editor"])
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert practice.summary == NEW_SUMMARY and not practice.has_unpublished_changes
    html = public_text(client, practice)
    assert NEW_SUMMARY in html and "Wijkteam Zwolle-Zuid" in html and "Daarna de buurt." in html
    assert "Twee ervaringsdeskundigen denken mee." in html
    assert working.pending_change(practice) is None


def test_working_fields_changed_while_texts_wait_survive_the_approval(people, practice):
    save(people["trekker"], practice, summary=NEW_SUMMARY)
    practice = LearningPractice.objects.get(pk=practice.pk)
    result = save(people["trekker"], practice.get_latest_revision_as_object(), reflection_interval_weeks=3)
    assert result.outcome == working.SAVED
    assert LearningPractice.objects.get(pk=practice.pk).reflection_interval_weeks == 3  # at once

    practice.current_workflow_task_state.specific.approve(user=people["editor"])
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert (practice.summary, practice.reflection_interval_weeks) == (NEW_SUMMARY, 3)


def test_a_second_change_while_one_waits_replaces_it_in_the_same_review(people, practice):
    save(people["trekker"], practice, summary=NEW_SUMMARY)
    practice = LearningPractice.objects.get(pk=practice.pk)
    state = practice.current_workflow_state
    newest = "Eén voordeur, met huisartsen en scholen."
    result = save(people["trekker"], practice.get_latest_revision_as_object(), summary=newest)

    assert result.outcome == working.SUBMITTED
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).get() == state  # no second review
    practice.current_workflow_task_state.specific.approve(user=people["editor"])
    assert LearningPractice.objects.get(pk=practice.pk).summary == newest


def test_after_a_request_for_changes_the_trekker_sees_the_message_and_saving_resumes_the_review(
    client, people, practice
):
    save(people["trekker"], practice, summary=NEW_SUMMARY)
    practice = LearningPractice.objects.get(pk=practice.pk)
    practice.current_workflow_task_state.specific.reject(user=people["editor"], comment="Noem ook de gemeente.")

    client.force_login(people["trekker"])
    page = client.get(edit_url(practice)).content.decode()
    assert "De redactie vraagt je om een aanpassing" in page and "Noem ook de gemeente." in page

    response = client.post(edit_url(practice), form_data(practice, summary="Eén voordeur in de gemeente Zwolle."))
    assert response.status_code == 302
    state = LearningPractice.objects.get(pk=practice.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert LearningPractice.objects.get(pk=practice.pk).summary == SUMMARY  # still the old one


def test_an_editor_publishes_text_changes_at_once(client, people, practice):
    client.force_login(people["editor"])
    response = client.post(edit_url(practice), form_data(practice, summary=NEW_SUMMARY), follow=True)
    assert "Je wijzigingen zijn opgeslagen en gepubliceerd." in response.content.decode()
    assert LearningPractice.objects.get(pk=practice.pk).summary == NEW_SUMMARY
    assert WorkflowState.objects.count() == 0


@pytest.mark.parametrize("with_revision", [True, False])
def test_a_draft_practice_page_can_be_edited_and_goes_live_when_the_editors_approve(client, people, with_revision):
    draft = pages.practice("Nieuw in Kampen", leads=[people["trekker"]], publish=False, summary=SUMMARY)
    if with_revision:
        draft.save_revision()
    client.force_login(people["trekker"])
    assert client.get(edit_url(draft)).status_code == 200
    response = client.post(edit_url(draft), form_data(draft, summary=NEW_SUMMARY, reflection_interval_weeks="8"))
    assert response.status_code == 302

    draft = LearningPractice.objects.get(pk=draft.pk)
    assert not draft.live and draft.reflection_interval_weeks == 8
    assert draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    draft.current_workflow_task_state.specific.approve(user=people["editor"])
    draft = LearningPractice.objects.get(pk=draft.pk)
    assert draft.live and draft.summary == NEW_SUMMARY and draft.reflection_interval_weeks == 8


def test_nothing_changed_is_said_and_starts_no_review(client, people, practice):
    client.force_login(people["trekker"])
    response = client.post(edit_url(practice), form_data(practice), follow=True)
    assert "Er is niets gewijzigd." in response.content.decode()
    assert WorkflowState.objects.count() == 0


# The organisations, as rows


def test_organisations_are_added_changed_and_removed_as_rows(client, people, practice):
    client.force_login(people["editor"])
    rows = {
        "organisations-0-name": "Wijkteam Zuid",
        "organisations-0-role": "Uitvoering",
        "organisations-0-url": "wijkteam.example",
        "organisations-1-name": "Bibliotheek",
    }
    client.post(edit_url(practice), form_data(practice, **rows))
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert working.organisations_as_rows(practice.organisations) == [
        {"name": "Wijkteam Zuid", "role": "Uitvoering", "url": "https://wijkteam.example"},
        {"name": "Bibliotheek", "role": "", "url": ""},
    ]

    page = client.get(edit_url(practice)).content.decode()
    assert 'value="Wijkteam Zuid"' in page and 'name="organisations-3-name"' in page  # two empty rows more
    changes = {
        "organisations-TOTAL_FORMS": "4",
        "organisations-INITIAL_FORMS": "2",
        "organisations-0-name": "Wijkteam Zuid",
        "organisations-0-DELETE": "on",
        "organisations-1-name": "Openbare bibliotheek",
    }
    client.post(edit_url(practice), form_data(practice, **changes))
    practice = LearningPractice.objects.get(pk=practice.pk)
    assert working.organisations_as_rows(practice.organisations) == [
        {"name": "Openbare bibliotheek", "role": "", "url": ""}
    ]


def test_an_organisation_without_a_name_or_with_a_bad_website_is_explained(client, people, practice):
    client.force_login(people["trekker"])
    html = client.post(
        edit_url(practice),
        form_data(
            practice,
            **{"organisations-0-role": "Meedenken", "organisations-1-name": "X", "organisations-1-url": "geen website"},
        ),
    ).content.decode()
    assert "Geef de naam van de organisatie." in html
    assert "Organisatie 2, website: Voer een geldige URL in." in html
    assert 'value="Meedenken"' in html
    assert WorkflowState.objects.count() == 0


def test_an_approach_laid_out_by_the_editors_is_left_to_them(client, people):
    import json

    layout = json.dumps([{"type": "heading", "value": {"text": "Zo doen we het"}}])
    practice = pages.practice("Opgemaakt", leads=[people["trekker"]], approach=layout)
    client.force_login(people["trekker"])
    page = client.get(edit_url(practice)).content.decode()
    assert 'name="approach"' not in page and "Zo doen we het" in page
    client.post(edit_url(practice), form_data(practice, summary=NEW_SUMMARY))
    draft = LearningPractice.objects.get(pk=practice.pk).get_latest_revision_as_object()
    assert draft.summary == NEW_SUMMARY and draft.approach[0].block_type == "heading"


@pytest.mark.django_db  # a page object reads its content type
def test_typed_paragraphs_are_stored_escaped_and_read_back_the_same():
    text = 'Eerst <script>alert(1)</script> de vraag.\nNieuwe regel.\n\nTweede "alinea" & meer.'
    data = working.approach_from_text(text)
    assert "&lt;script&gt;" in data and "<script>" not in data
    practice = LearningPractice(approach=data)
    assert working.approach_as_text(practice.approach) == text
