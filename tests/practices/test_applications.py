import pytest
from django.core import mail
from django.urls import reverse

from members.roles import Role
from practices.models import PracticeApplication
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in

APPLY = "/praktijken/aanmelden/"


@pytest.fixture
def setup(db):
    pages.practice_index()
    MemberFactory(email="redacteur@instituut.example", roles=[Role.EDITOR])
    return MunicipalityFactory(name="Hoogeveen", cbs_code="GM0118", province="drenthe")


def valid(chosen_municipality, **overrides):
    data = {
        "municipality": chosen_municipality.pk,
        "contact_name": "Petra Schuiling",
        "job_title": "Beleidsadviseur",
        "contact_email": "petra@hoogeveen.example",
        "contact_phone": "0528 123 456",
        "themes": [pages.theme("aanpak-armoede").pk, pages.theme("schuldhulpverlening").pk],
        "learning_questions": "Hoe bereiken we huishoudens eerder?\nWat werkt bij jongeren?",
        "hours_acknowledged": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_a_municipality_applies_and_gets_a_confirmation(client, setup, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, valid(setup))

    assert response.status_code == 200
    assert "Bedankt voor je aanmelding" in response.content.decode()
    application = PracticeApplication.objects.get()
    assert application.municipality.name == "Hoogeveen"
    assert application.hours_acknowledged
    assert {theme.slug for theme in application.themes.all()} == {"aanpak-armoede", "schuldhulpverlening"}
    confirmation = next(m for m in mail.outbox if m.to == ["petra@hoogeveen.example"])
    assert confirmation.subject == "[Lerend Netwerk] We hebben je aanmelding als lerende praktijk ontvangen"
    assert "Hoe bereiken we huishoudens eerder?" in confirmation.body
    editors = next(m for m in mail.outbox if m.to == ["redacteur@instituut.example"])
    assert "Hoogeveen" in editors.subject


def test_the_4_hours_acknowledgement_is_required_and_input_is_kept(client, setup):
    data = valid(setup)
    del data["hours_acknowledged"]
    response = client.post(APPLY, data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Een lerende praktijk heeft een trekker nodig met ongeveer 4 uur per week" in content
    assert 'value="Petra Schuiling"' in content
    assert "Hoe bereiken we huishoudens eerder?" in content
    assert not PracticeApplication.objects.exists()


def test_odd_input_gives_messages_not_errors(client, setup):
    response = client.post(APPLY, valid(setup, municipality="abc", contact_email="geen-adres", themes=["x"]))
    assert response.status_code == 200
    assert not PracticeApplication.objects.exists()


def test_bots_filling_the_hidden_field_are_thanked_but_nothing_is_stored(client, setup):
    response = client.post(APPLY, valid(setup, website="https://spam.example"))
    assert response.status_code == 200
    assert not PracticeApplication.objects.exists()
    assert mail.outbox == []


def test_many_applications_from_one_address_are_slowed_down(client, setup):
    for _ in range(5):
        assert client.post(APPLY, valid(setup)).status_code == 200
    assert client.post(APPLY, valid(setup)).status_code == 429
    assert PracticeApplication.objects.count() == 5


def test_editors_list_and_export_applications_others_cannot(client, setup):
    PracticeApplication.objects.create(
        municipality=setup, contact_name="Petra", contact_email="p@x.example", learning_questions="Vraag?"
    )
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    listing = client.get(reverse("practiceapplication:index"))
    assert listing.status_code == 200
    assert "Petra" in listing.content.decode()
    export = client.get(reverse("practiceapplication:index") + "?export=csv")
    assert export.status_code == 200
    assert (
        b"Petra" in b"".join(export.streaming_content)
        if hasattr(export, "streaming_content")
        else b"Petra" in export.content
    )

    log_in(client, MemberFactory(roles=[Role.MUNICIPAL_LEAD]))
    assert client.get(reverse("practiceapplication:index")).status_code in (302, 403)
