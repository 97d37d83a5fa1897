"""The menus, the footer and the breadcrumb trails are remembered between requests
(lerendnetwerk/tree_cache.py): they cost no query once remembered, and every change an editor makes to
the pages they list shows on the very next request."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home.models import ContentPage, HomePage
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def home(db):
    return HomePage.objects.get()


def add_content_page(parent, title, **fields):
    page = ContentPage(title=title, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def main_menu(client, path="/"):
    html = client.get(path).content.decode()
    nav = html[html.index('id="main-menu"') : html.index("</nav>", html.index('id="main-menu"'))]
    return re.findall(r'<a class="ln-main-nav__link" href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav)


def footer(client, path="/"):
    html = client.get(path).content.decode()
    return re.findall(r'<a class="utrecht-link ln-footer__link" href="([^"]+)">([^<]+)</a>', html)


def section_menu(client, path):
    html = client.get(path).content.decode()
    if 'class="ln-section-nav"' not in html:
        return None
    start = html.index('class="ln-section-nav"')
    nav = html[start : html.index("</nav>", start)]
    return re.findall(r'href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav)


def titles(items):
    return [item[-1] for item in items]


def layout_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    conditions = [query["sql"].partition(" WHERE ")[2] for query in captured.captured_queries]
    return [where for where in conditions if "show_in_menus" in where or "show_in_footer" in where]


def test_the_menus_and_the_footer_cost_no_query_once_remembered(home, client):
    add_content_page(home, "Over ons", show_in_menus=True)
    add_content_page(home, "Privacyverklaring", show_in_footer=True)
    pages.lesson("Een les")
    lesson_index = pages.lesson_index()
    client.get(lesson_index.url)
    assert layout_queries(client, lesson_index.url) == []
    # Another page of the same section and the home page use the same remembered menus.
    client.get("/")
    assert layout_queries(client, "/") == []


def test_a_page_published_for_the_menu_shows_at_once_and_goes_when_unpublished(home, client):
    assert "Over ons" not in titles(main_menu(client))
    page = add_content_page(home, "Over ons", show_in_menus=True)
    assert "Over ons" in titles(main_menu(client))
    page.unpublish()
    assert "Over ons" not in titles(main_menu(client))


def test_a_renamed_menu_page_shows_its_new_title_at_once(home, client):
    page = add_content_page(home, "Over ons", show_in_menus=True)
    assert "Over ons" in titles(main_menu(client))
    page.title = "Over het netwerk"
    page.save_revision().publish()
    assert "Over het netwerk" in titles(main_menu(client))
    assert "Over ons" not in titles(main_menu(client))


def test_a_page_taken_out_of_the_menu_or_deleted_goes_at_once(home, client):
    first = add_content_page(home, "Over ons", show_in_menus=True)
    second = add_content_page(home, "Contact", show_in_menus=True)
    assert {"Over ons", "Contact"} <= set(titles(main_menu(client)))
    first.show_in_menus = False
    first.save_revision().publish()
    second.delete()
    assert not {"Over ons", "Contact"} & set(titles(main_menu(client)))


def test_moving_a_menu_page_changes_the_menus_order_at_once(home, client):
    first = add_content_page(home, "Eerste", show_in_menus=True)
    second = add_content_page(home, "Tweede", show_in_menus=True)
    menu = titles(main_menu(client))
    assert menu.index("Eerste") < menu.index("Tweede")
    first.move(second, pos="right")
    menu = titles(main_menu(client))
    assert menu.index("Tweede") < menu.index("Eerste")


def test_the_footer_changes_at_once(home, client):
    page = add_content_page(home, "Privacyverklaring", show_in_footer=True)
    assert footer(client) == [("/privacyverklaring/", "Privacyverklaring")]
    page.title = "Privacy"
    page.save_revision().publish()
    assert footer(client) == [("/privacyverklaring/", "Privacy")]
    page.show_in_footer = False
    page.save_revision().publish()
    assert footer(client) == []


def test_the_current_page_is_marked_per_request_not_remembered(home, client):
    page = add_content_page(home, "Over ons", show_in_menus=True)
    on_home = main_menu(client, "/")
    assert [title for _url, current, title in on_home if current] == ["Home"]
    on_page = main_menu(client, page.url)
    assert [title for _url, current, title in on_page if current] == ["Over ons"]


def test_a_section_menu_shows_a_new_child_at_once_and_marks_the_current_page(home, client):
    lesson_index = pages.lesson_index()
    knowledge = pages.knowledge_index()
    assert section_menu(client, lesson_index.url) is None or "Werkzame elementen" not in titles(
        section_menu(client, lesson_index.url)
    )
    elements = pages.element_index()
    elements.show_in_menus = True
    elements.save_revision().publish()
    lesson_index.show_in_menus = True
    lesson_index.save_revision().publish()
    menu = section_menu(client, lesson_index.url)
    assert ("Overzicht" in titles(menu)) and (elements.title in titles(menu))
    assert [title for _url, current, title in menu if current] == [lesson_index.title]
    menu = section_menu(client, knowledge.url)
    assert [title for _url, current, title in menu if current] == ["Overzicht"]


def test_a_renamed_section_page_shows_in_the_breadcrumbs_of_the_pages_below_at_once(home, client):
    lesson = pages.lesson("Vaste gastvrouw")
    index = pages.lesson_index()
    assert f'href="{index.url}"><bdi>Lessen</bdi></a>' in client.get(lesson.url).content.decode()
    index.title = "Geleerde lessen"
    index.save_revision().publish()
    assert f'href="{index.url}"><bdi>Geleerde lessen</bdi></a>' in client.get(lesson.url).content.decode()


def test_each_language_has_its_own_remembered_menu(home, client):
    index = pages.practice_index()
    index.show_in_menus = True
    index.save_revision().publish()
    assert "Lerende praktijken" in titles(main_menu(client))
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    try:
        assert "Learning practices" in titles(main_menu(client))
        assert "Leden" not in titles(main_menu(client))
    finally:
        translation.activate("nl")
    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert "Leden" in titles(main_menu(client))


def test_everyone_sees_the_same_menu_whoever_filled_it(home, client):
    """The menus hold nothing of the reader: a member's visit and a visitor's read the same."""
    add_content_page(home, "Over ons", show_in_menus=True)
    client.force_login(MemberFactory())
    as_member = main_menu(client)
    client.logout()
    assert main_menu(client) == as_member


def test_the_remembered_home_page_shows_a_new_introduction_at_once(home, client):
    client.get("/")
    home.intro = "Een nieuwe inleiding van de redactie."
    home.save_revision().publish()
    assert "Een nieuwe inleiding van de redactie." in client.get("/").content.decode()


def test_a_page_is_served_without_reading_the_site_or_its_root_page_again(home, client):
    page = add_content_page(home, "Over ons")
    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    tables = " ".join(query["sql"].partition(" WHERE ")[0] for query in captured.captured_queries)
    assert "wagtailcore_site" not in tables
    assert "home_homepage" not in tables
    # The specific page: the way to it and that nothing on the way is restricted are
    # remembered (lerendnetwerk/page_serving.py).
    assert len(captured) == 1


def test_a_site_pointed_at_another_root_is_followed_at_once(home, client):
    from wagtail.models import Site

    client.get("/")
    other = add_content_page(home, "Andere start")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other
    site.save()
    response = client.get("/")
    assert response.context["page"] == other
