"""The knowledge chain of a "Wat werkt bij" dossier: its bronnenlijst, when it was last
reviewed, and its knowledge gaps, which may call for new learning practices."""

from datetime import date

import pytest
from django.urls import reverse

from knowledge.models import KnowledgeGap
from members.roles import Role
from practices.models import PracticeApplication
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in

APPLY = "/praktijken/aanmelden/"


@pytest.fixture
def dossier(db):
    pages.practice_index()
    return pages.dossier(
        "integraal-werken",
        last_reviewed=date(2026, 12, 3),
        sources=[
            {
                "kind": "effect_study",
                "authors": "Jansen, P. & De Vries, A.",
                "year": 2025,
                "title": "Eén plan werkt",
                "publisher": "Tijdschrift voor Sociaal Werk",
                "url": "https://bron.example/een-plan",
            },
            {"kind": "literature", "authors": "Kennisinstituut", "year": None, "title": "Overzicht", "publisher": ""},
        ],
        gaps=[("Werkt het ook zonder zorgvraag?", True), ("Wat kost het?", False)],
        elements=[pages.element("procesregie")],
    )


def gap(question):
    return KnowledgeGap.objects.get(question=question)


def test_dossier_shows_its_sources_as_a_reference_list_and_when_it_was_reviewed(client, dossier):
    content = client.get(dossier.url).content.decode()
    assert 'Laatst herzien op <time datetime="2026-12-03">3 december 2026</time>' in content
    assert (
        'Jansen, P. &amp; De Vries, A. (2025). <cite><a class="utrecht-link" href="https://bron.example/een-plan">'
        "Eén plan werkt</a></cite>. Tijdschrift voor Sociaal Werk."
    ) in content
    assert "[Effectonderzoek]" in content
    assert "Kennisinstituut (z.j.). <cite>Overzicht</cite>." in content


def test_dossier_invites_practices_only_for_gaps_that_look_for_them(client, dossier):
    content = client.get(dossier.url).content.decode()
    assert "Werkt het ook zonder zorgvraag?" in content
    assert "Wat kost het?" in content
    assert f'href="{APPLY}?kennislacune={gap("Werkt het ook zonder zorgvraag?").pk}"' in content
    assert f"?kennislacune={gap('Wat kost het?').pk}" not in content


def test_the_application_page_invites_for_the_gaps_of_live_dossiers_only(client, dossier):
    pages.dossier("eenzaamheid", gaps=[("Een vraag uit een concept?", True)], publish=False)
    content = client.get(APPLY).content.decode()
    assert "Help ons uitzoeken wat we nog niet weten" in content
    assert "Werkt het ook zonder zorgvraag?" in content
    assert "Wat kost het?" not in content
    assert "Een vraag uit een concept?" not in content


def test_a_link_from_a_gap_preselects_it_and_odd_values_are_ignored(client, dossier):
    chosen = gap("Werkt het ook zonder zorgvraag?")
    content = client.get(APPLY, {"kennislacune": chosen.pk}).content.decode()
    assert f'<option value="{chosen.pk}" selected>' in content
    for odd in ("abc", "99999", "-1", "99999999999999999999", "²"):
        response = client.get(APPLY, {"kennislacune": odd})
        assert response.status_code == 200
        assert "selected>Werkt het" not in response.content.decode()


def application_data(**overrides):
    data = {
        "municipality": MunicipalityFactory(name="Hoogeveen").pk,
        "contact_name": "Petra Schuiling",
        "contact_email": "petra@hoogeveen.example",
        "themes": [pages.theme("integraal-werken").pk],
        "learning_questions": "Hoe houden we het plan samen vast?",
        "hours_acknowledged": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_chosen_gap_is_stored_on_the_application(client, dossier):
    chosen = gap("Werkt het ook zonder zorgvraag?")
    response = client.post(APPLY, application_data(knowledge_gap=chosen.pk))
    assert response.status_code == 200
    assert PracticeApplication.objects.get().knowledge_gap == chosen


def test_an_application_without_a_gap_is_fine(client, dossier):
    client.post(APPLY, application_data())
    assert PracticeApplication.objects.get().knowledge_gap is None


@pytest.mark.parametrize("which", ["no longer seeking", "unknown", "of a draft dossier"])
def test_a_gap_that_does_not_look_for_practices_is_refused_and_input_kept(client, dossier, which):
    if which == "no longer seeking":
        value = gap("Wat kost het?").pk
    elif which == "unknown":
        value = 99999
    else:
        draft = pages.dossier("eenzaamheid", gaps=[("Concept?", True)], publish=False)
        value = draft.knowledge_gaps.get().pk
    response = client.post(APPLY, application_data(knowledge_gap=value))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Voor deze kennislacune zoeken we geen lerende praktijken meer." in content
    assert 'value="Petra Schuiling"' in content
    assert "Hoe houden we het plan samen vast?" in content
    assert not PracticeApplication.objects.exists()


def test_editors_see_the_named_gap_in_the_admin_and_the_export(client, dossier):
    chosen = gap("Werkt het ook zonder zorgvraag?")
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(),
        contact_name="Petra",
        contact_email="p@x.example",
        learning_questions="Vraag?",
        knowledge_gap=chosen,
    )
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    edit = client.get(reverse("practiceapplication:edit", args=[application.pk]))
    assert edit.status_code == 200
    assert f'<option value="{chosen.pk}" selected>' in edit.content.decode()
    export = client.get(reverse("practiceapplication:index") + "?export=csv")
    body = b"".join(export.streaming_content) if hasattr(export, "streaming_content") else export.content
    assert b"Werkt het ook zonder zorgvraag?" in body


def test_a_dossier_links_its_elements_to_their_pages(client, dossier):
    element_page = pages.element_page("procesregie")
    assert f'href="{element_page.url}"' in client.get(dossier.url).content.decode()
