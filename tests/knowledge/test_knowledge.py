import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge.models import KnowledgeDossier, KnowledgeIndexPage, Lesson, LessonIndexPage
from tests import pages


def test_knowledge_page_types_go_only_where_they_belong(db):
    knowledge = pages.knowledge_index()
    lessons = pages.lesson_index()
    assert KnowledgeDossier.can_create_at(knowledge)
    assert Lesson.can_create_at(lessons)
    assert not Lesson.can_create_at(knowledge)
    assert not KnowledgeDossier.can_create_at(pages.home())
    assert not KnowledgeIndexPage.can_create_at(pages.home())  # there is one already
    assert not LessonIndexPage.can_create_at(knowledge)  # one per knowledge section


@pytest.fixture
def knowledge(db):
    loneliness = pages.dossier("eenzaamheid")
    practice = pages.practice("Samen minder alleen", themes=[pages.theme("eenzaamheid")])
    other_practice = pages.practice("Schulden eerder in beeld", themes=[pages.theme("schuldhulpverlening")])
    return {
        "dossier": loneliness,
        "practice": practice,
        "other_practice": other_practice,
        "feeding": pages.lesson("Ontmoeting werkt pas met een vaste gastvrouw", dossiers=[loneliness]),
        "themed": pages.lesson("Huisartsen verwijzen vaker door", themes=[pages.theme("eenzaamheid")]),
        "unrelated": pages.lesson("Vroegsignalering vraagt afspraken", themes=[pages.theme("schuldhulpverlening")]),
        "draft": pages.lesson("Nog niet klaar", dossiers=[loneliness], publish=False),
    }


def test_dossier_shows_its_factors_and_automatically_the_related_lessons_and_practices(client, knowledge):
    response = client.get(knowledge["dossier"].url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Een factor" in content
    assert "Sterk onderbouwd" in content
    assert "Ontmoeting werkt pas met een vaste gastvrouw" in content
    assert "Huisartsen verwijzen vaker door" in content
    assert "Samen minder alleen" in content
    assert "Vroegsignalering vraagt afspraken" not in content
    assert "Schulden eerder in beeld" not in content
    assert "Nog niet klaar" not in content


def test_lesson_shows_where_it_comes_from(client, knowledge):
    lesson = pages.lesson("Uit de praktijk", practices=[knowledge["practice"]], dossiers=[knowledge["dossier"]])
    content = client.get(lesson.url).content.decode()
    assert "Samen minder alleen" in content
    assert "Wat werkt bij eenzaamheid" in content


def lesson_titles(response):
    return [lesson.title for lesson in response.context["lessons"]]


def test_lesson_index_filters_by_theme_and_shows_newest_first(client, knowledge):
    index = pages.lesson_index()
    assert lesson_titles(client.get(index.url))[0] == "Vroegsignalering vraagt afspraken"
    assert lesson_titles(client.get(index.url, {"theme": "schuldhulpverlening"})) == [
        "Vroegsignalering vraagt afspraken"
    ]
    assert len(lesson_titles(client.get(index.url, {"theme": "onzin"}))) == 3


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url_of", [lambda: pages.lesson_index().url, lambda: pages.knowledge_index().url])
def test_knowledge_index_query_counts_do_not_grow_with_the_lessons(client, knowledge, url_of):
    few = _queries(client, url_of())
    for number in range(6):
        pages.lesson(f"Extra les {number}", themes=[pages.theme("eenzaamheid"), pages.theme("activering")])
    assert _queries(client, url_of()) == few


def test_dossier_query_count_does_not_grow_with_related_content(client, knowledge):
    few = _queries(client, knowledge["dossier"].url)
    for number in range(5):
        pages.lesson(f"Nog een les {number}", dossiers=[knowledge["dossier"]], themes=[pages.theme("eenzaamheid")])
        pages.practice(f"Nog een praktijk {number}", themes=[pages.theme("eenzaamheid")])
    assert _queries(client, knowledge["dossier"].url) == few


@pytest.mark.parametrize(("route", "version"), [("feed/", "rss20"), ("atom/", "atom10")])
def test_lesson_feeds_are_valid_and_list_published_lessons_only(client, knowledge, route, version):
    restricted = pages.lesson("Alleen voor leden")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(pages.lesson_index().url + route)

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "Lessen uit het lerend netwerk"
    titles = [entry.title for entry in feed.entries]
    assert set(titles) == {
        "Ontmoeting werkt pas met een vaste gastvrouw",
        "Huisartsen verwijzen vaker door",
        "Vroegsignalering vraagt afspraken",
    }
    entry = next(entry for entry in feed.entries if entry.title == "Vroegsignalering vraagt afspraken")
    assert entry.link == "http://localhost/kennis/lessen/vroegsignalering-vraagt-afspraken/"
    assert entry.id == entry.link
    assert [tag.term for tag in entry.tags] == ["Schulden en schuldhulpverlening"]
    assert entry.get("published_parsed") or entry.get("updated_parsed")


def test_lesson_index_announces_its_feeds(client, knowledge):
    content = client.get(pages.lesson_index().url).content.decode()
    assert 'type="application/rss+xml"' in content
    assert 'type="application/atom+xml"' in content
