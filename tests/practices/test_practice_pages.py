import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import ContentPage, HomePage
from practices.models import ExperienceReport, LearningPractice, PracticeIndexPage, PracticeStatus
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory


def test_page_types_go_only_where_they_belong(db):
    home = pages.home()
    index = pages.practice_index()
    practice = pages.practice()
    assert PracticeIndexPage.can_create_at(home) is False  # one already
    assert LearningPractice.can_create_at(index)
    assert not LearningPractice.can_create_at(home)
    assert ExperienceReport.can_create_at(practice)
    assert not ExperienceReport.can_create_at(index)
    assert not ContentPage.can_create_at(practice)
    assert not ExperienceReport.can_create_at(Page.get_first_root_node())
    assert PracticeIndexPage in HomePage.allowed_subpage_models()


@pytest.fixture
def network(db):
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel")
    utrecht = MunicipalityFactory(name="Utrecht", cbs_code="GM0344", province="utrecht")
    leeuwarden = MunicipalityFactory(name="Leeuwarden", cbs_code="GM0080", province="fryslan")
    access, poverty = pages.theme("toegang"), pages.theme("aanpak-armoede")
    contact, early = pages.element("vaste-contactpersoon"), pages.element("vroegsignalering")
    return {
        "a": pages.practice("A Zwolle toegang", municipality=zwolle, themes=[access], elements=[contact]),
        "b": pages.practice(
            "B Utrecht armoede",
            municipality=utrecht,
            themes=[poverty, access],
            elements=[early],
            status=PracticeStatus.COMPLETED,
        ),
        "c": pages.practice(
            "C Leeuwarden armoede",
            municipality=leeuwarden,
            themes=[poverty],
            elements=[early, contact],
            status=PracticeStatus.APPLIED,
        ),
        "d": pages.practice("D Concept", municipality=zwolle, themes=[access], publish=False),
    }


def titles(response):
    return [practice.title for practice in response.context["practices"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["A Zwolle toegang", "B Utrecht armoede", "C Leeuwarden armoede"]),
        ({"theme": "toegang"}, ["A Zwolle toegang", "B Utrecht armoede"]),
        ({"theme": "aanpak-armoede"}, ["B Utrecht armoede", "C Leeuwarden armoede"]),
        ({"element": "vaste-contactpersoon"}, ["A Zwolle toegang", "C Leeuwarden armoede"]),
        ({"province": "overijssel"}, ["A Zwolle toegang"]),
        ({"status": "completed"}, ["B Utrecht armoede"]),
        ({"theme": "aanpak-armoede", "element": "vroegsignalering", "status": "applied"}, ["C Leeuwarden armoede"]),
        ({"theme": "toegang", "province": "fryslan"}, []),
        ({"theme": "bestaat-niet", "province": "utrecht"}, ["B Utrecht armoede"]),
    ],
)
def test_practice_index_filters_combine(client, network, query, expected):
    response = client.get("/praktijken/", query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_practice_index_paginates(client, network, settings):
    settings.PRACTICE_INDEX_PAGE_SIZE = 2
    assert titles(client.get("/praktijken/")) == ["A Zwolle toegang", "B Utrecht armoede"]
    assert titles(client.get("/praktijken/", {"page": 2})) == ["C Leeuwarden armoede"]


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_practice_index_query_count_does_not_grow_with_the_practices(client, network):
    lead = MemberFactory()
    few = _queries(client, "/praktijken/")
    for number in range(6):
        pages.practice(f"Extra {number}", themes=[pages.theme("eenzaamheid")], elements=[pages.element()], leads=[lead])
    assert _queries(client, "/praktijken/") == few


def test_practice_page_shows_what_a_practice_is(client, network):
    member = MemberFactory(first_name="Trekker", last_name="Zwolle")
    practice = pages.practice(
        "Zichtbare praktijk",
        municipality=network["a"].municipality,
        themes=[pages.theme("toegang")],
        elements=[pages.element("brede-vraagverheldering")],
        learning_questions=["Hoe doen we dat eigenlijk?"],
        leads=[member],
    )
    content = client.get(practice.url).content.decode()
    assert "Zichtbare praktijk" in content
    assert "Gemeente Zwolle" in content
    assert "Hoe doen we dat eigenlijk?" in content
    assert "Brede vraagverheldering" in content
    assert "september 2025 tot december 2026" in content
    # The trekker's profile is for members only: a visitor is asked to log in.
    assert "Trekker Zwolle" not in content
    assert "om te zien wie deze praktijk trekt" in content
    client.force_login(MemberFactory())
    assert "Trekker Zwolle" in client.get(practice.url).content.decode()


def test_practice_page_lists_published_experiences_and_lessons(client, network):
    practice = network["a"]
    published = ExperienceReport(title="Gepubliceerde ervaring", body_markdown="Tekst van de ervaring.")
    draft = ExperienceReport(title="Concept-ervaring", body_markdown="Nog niet klaar.", live=False)
    practice.add_child(instance=published)
    published.save_revision().publish()
    practice.add_child(instance=draft)
    pages.lesson("Les uit Zwolle", practices=[practice])
    pages.lesson("Les over iets anders")

    content = client.get(practice.url).content.decode()
    assert "Gepubliceerde ervaring" in content
    assert "Concept-ervaring" not in content
    assert "Les uit Zwolle" in content
    assert "Les over iets anders" not in content


def test_unpublished_practices_are_not_shown(client, network):
    assert client.get(network["d"].url or "/praktijken/d-concept/").status_code == 404
