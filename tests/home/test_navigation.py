"""Breadcrumbs (from Home, everywhere) and the lesson feeds that every page advertises."""

import re
from html.parser import HTMLParser

import pytest

from forum import services as forum_services
from tests import pages
from tests.forum.conftest import build_forum


class Breadcrumbs(HTMLParser):
    """The crumbs of the page's breadcrumb nav: (text, href, aria-current)."""

    def __init__(self, html):
        super().__init__()
        self.label, self.crumbs, self._in_nav, self._link = None, [], False, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and "ln-breadcrumbs" in (attrs.get("class") or ""):
            self._in_nav, self.label = True, attrs.get("aria-label")
        elif self._in_nav and tag == "a":
            self._link = [attrs["href"], attrs.get("aria-current"), ""]

    def handle_data(self, data):
        if self._link is not None:
            self._link[2] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            href, current, text = self._link
            self.crumbs.append((text.strip(), href, current))
            self._link = None
        elif tag == "nav":
            self._in_nav = False


def test_the_forums_breadcrumbs_start_at_home_and_mark_the_current_thread(client, db):
    forum = build_forum()
    thread = forum_services.start_thread(forum["member"], forum["public"], title="Een vraag", body="Tekst.")
    client.force_login(forum["member"])
    trail = Breadcrumbs(client.get(thread.get_absolute_url()).content.decode())
    assert trail.label == "Kruimelpad"
    assert trail.crumbs == [
        ("Home", "/", None),
        ("Forum", "/forum/", None),
        ("Toegang", forum["public"].get_absolute_url(), None),
        ("Een vraag", thread.get_absolute_url(), "page"),
    ]


def test_a_category_and_a_municipality_page_have_breadcrumbs_from_home(client, db):
    forum = build_forum()
    client.force_login(forum["member"])
    category = Breadcrumbs(client.get(forum["public"].get_absolute_url()).content.decode())
    assert [text for text, _href, _current in category.crumbs] == ["Home", "Forum", "Toegang"]
    assert category.crumbs[-1][2] == "page"


def test_cms_pages_have_breadcrumbs_from_home_to_the_current_page(client, db):
    lesson = pages.lesson("Vaste gastvrouw")
    trail = Breadcrumbs(client.get(lesson.url).content.decode())
    assert trail.crumbs == [
        ("Home", "/", None),
        ("Kennis", pages.knowledge_index().url, None),
        ("Lessen", pages.lesson_index().url, None),
        ("Vaste gastvrouw", lesson.url, "page"),
    ]


def test_the_home_page_has_no_breadcrumbs(client, db):
    assert Breadcrumbs(client.get("/").content.decode()).crumbs == []


FEED_LINK = re.compile(r'<link rel="alternate" type="(application/(?:rss|atom)\+xml)" title="[^"]+" href="([^"]+)">')


def feed_links(html):
    return FEED_LINK.findall(html[: html.index("</head>")])


@pytest.mark.parametrize("path", ["/", "/forum/", "/zoeken/"])
def test_every_page_advertises_the_lesson_feeds_to_feed_readers(client, db, path):
    index = pages.lesson_index()
    html = client.get(path).content.decode()
    assert feed_links(html) == [
        ("application/rss+xml", index.url + "feed/"),
        ("application/atom+xml", index.url + "atom/"),
    ]


def test_the_lesson_index_advertises_its_feeds_once(client, db):
    index = pages.lesson_index()
    assert len(feed_links(client.get(index.url).content.decode())) == 2


def test_without_a_published_lesson_index_no_feed_is_advertised(client, db):
    assert feed_links(client.get("/").content.decode()) == []


def test_a_route_of_a_page_is_the_current_crumb_after_its_page(client, db):
    index = pages.event_index()
    trail = Breadcrumbs(client.get(index.url + "archief/").content.decode())
    assert trail.crumbs == [
        ("Home", "/", None),
        (index.title, index.url, None),
        ("Archief", index.url + "archief/", "page"),
    ]


def test_the_feed_links_appear_once_the_lesson_index_is_published_and_follow_its_slug(client, db):
    assert feed_links(client.get("/").content.decode()) == []  # remembered: no lesson index
    index = pages.lesson_index()  # published: the remembered answer is forgotten
    assert feed_links(client.get("/").content.decode())[0] == ("application/rss+xml", index.url + "feed/")
    index.slug = "geleerde-lessen"
    index.save_revision().publish()
    index.refresh_from_db()
    assert index.url.endswith("/geleerde-lessen/")
    assert feed_links(client.get("/").content.decode())[0] == ("application/rss+xml", index.url + "feed/")


def test_the_feed_links_cost_no_query_once_remembered(client, db, django_assert_num_queries):
    from knowledge.models import LessonIndexPage

    index = pages.lesson_index()
    LessonIndexPage.feed_paths()
    with django_assert_num_queries(0):
        assert LessonIndexPage.feed_paths() == {"rss": index.url + "feed/", "atom": index.url + "atom/"}
