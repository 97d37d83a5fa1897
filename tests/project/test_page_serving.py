"""Pages are found in two queries however deep they lie (lerendnetwerk/page_serving.py),
and in one once the way to them is remembered, with exactly the outcome of Wagtail's own
walk down the tree; their view restrictions are read in one query (none where no page on
the way is restricted) with exactly Wagtail's answer."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage, HomePage
from lerendnetwerk import page_serving
from tests import pages
from tests.factories import MemberFactory


def request_for(path):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def wagtails_route(home, path):
    """Wagtail's own Page.route from the root (one child by slug, then its route, and so on)."""
    components = [component for component in path.split("/") if component]
    return Page.route(home, request_for(path), components)


def our_route(home, path):
    components = [component for component in path.split("/") if component]
    return page_serving.route(home, request_for(path), components)


def outcome(route, home, path):
    try:
        page, args, kwargs = route(home, path)
    except Http404:
        return "404"
    if args:  # a routable page's own view: (view, its args, its kwargs)
        view, view_args, view_kwargs = args
        return (type(page).__name__, page.pk, view.__name__, tuple(view_args), view_kwargs, kwargs)
    return (type(page).__name__, page.pk, kwargs)


def add(parent, page, *, live=True):
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        Page.objects.filter(pk=page.pk).update(live=False)
    return page


@pytest.fixture
def tree(db):
    home = HomePage.objects.get()
    lesson = pages.lesson("Vaste gastvrouw")
    practice = pages.practice("Eén voordeur")
    experience = pages.experience(practice, "Wat we leerden")
    event = pages.event("Landelijke dag")
    about = add(home, ContentPage(title="Over", slug="over"))
    draft_section = add(home, ContentPage(title="Concept", slug="concept"), live=False)
    under_draft = add(draft_section, ContentPage(title="Onder concept", slug="onder"))
    draft_leaf = add(about, ContentPage(title="Niet live", slug="niet-live"), live=False)
    apply_child = add(about, ContentPage(title="Aanmelden", slug="aanmelden"))
    # A practice with the slug of one of its index's own routes: the route wins, as in Wagtail.
    same_slug_as_a_route = pages.practice("Aanmelden")
    assert same_slug_as_a_route.url == pages.practice_index().url + "aanmelden/"
    return {
        "home": HomePage.objects.get(),
        "paths": [
            "/",
            lesson.url,
            pages.lesson_index().url,
            pages.lesson_index().url + "feed/",
            pages.lesson_index().url + "atom/",
            pages.knowledge_index().url,
            practice.url,
            practice.url + "ervaring-delen/",
            experience.url,
            pages.practice_index().url + "aanmelden/",
            event.url,
            event.url + "aanmelden/",
            event.url + "ical/",
            pages.event_index().url + "archief/",
            pages.event_index().url + "ical/",
            pages.event_index().url + "thema/toegang/ical/",
            about.url,
            apply_child.url,
            under_draft.url if under_draft.url else "/concept/onder/",
            "/concept/",
            "/over/niet-live/",
            "/bestaat-niet/",
            "/over/bestaat-niet/",
            lesson.url + "verder/",
            lesson.url + "verder/nog-verder/",
            pages.practice_index().url + "aanmelden/extra/",
            pages.event_index().url + "archief/extra/",
        ],
        "draft_leaf": draft_leaf,
    }


def test_every_path_ends_where_wagtails_own_route_ends(tree):
    home = tree["home"]
    for path in tree["paths"]:
        assert outcome(our_route, home, path) == outcome(wagtails_route, home, path), path


def test_a_page_under_a_draft_section_is_served_as_wagtail_does(tree):
    assert outcome(our_route, tree["home"], "/concept/onder/")[0] == "ContentPage"
    assert outcome(our_route, tree["home"], "/concept/") == "404"
    assert outcome(our_route, tree["home"], "/over/niet-live/") == "404"


def test_a_page_is_found_in_two_queries_however_deep(tree):
    home = tree["home"]
    counts = {}
    for path in ("/over/", pages.lesson_index().url, pages.lesson("Vaste gastvrouw").url):
        with CaptureQueriesContext(connection) as captured:
            our_route(home, path)
        counts[path] = len(captured)
    assert set(counts.values()) == {2}, counts


def test_the_way_to_a_page_is_remembered_and_then_found_in_one_query(tree):
    home = tree["home"]
    paths = ("/over/", pages.lesson("Vaste gastvrouw").url, pages.event_index().url + "archief/", "/bestaat-niet/")
    for path in paths:
        outcome(our_route, home, path)
    counts = {}
    for path in paths:
        wagtails = outcome(wagtails_route, home, path)
        with CaptureQueriesContext(connection) as captured:
            assert outcome(our_route, home, path) == wagtails, path
        counts[path] = len([query for query in captured if "wagtailcore_page" in query["sql"]])
    # A page: only its specific page is read. A routable page's own route and a path that
    # is no page are not remembered (what is kept is bounded by the pages there are).
    assert counts == {paths[0]: 1, paths[1]: 1, paths[2]: 2, paths[3]: 2}, counts


def test_a_remembered_way_follows_the_tree_as_it_changes(tree):
    home = tree["home"]
    about = ContentPage.objects.get(slug="over")
    assert outcome(our_route, home, "/over/aanmelden/")[0] == "ContentPage"
    # Unpublished: Wagtail's 404, at once.
    about.get_children().get(slug="aanmelden").specific.unpublish()
    assert outcome(our_route, home, "/over/aanmelden/") == "404"
    # A new slug: the old path is gone, the new one found.
    about.slug = "over-ons"
    about.save_revision().publish()
    assert outcome(our_route, home, "/over/") == "404"
    assert outcome(our_route, home, "/over-ons/")[0:2] == ("ContentPage", about.pk)
    # Moved under another page.
    lesson = pages.lesson("Vaste gastvrouw")
    lesson_url = lesson.url
    our_route(home, lesson_url)
    Page.objects.get(pk=lesson.pk).move(about, pos="last-child")
    assert outcome(our_route, home, lesson_url) == "404"
    assert outcome(our_route, home, f"/over-ons/{lesson.slug}/")[0:2] == ("Lesson", lesson.pk)


def test_the_site_serves_every_page_through_the_short_route(tree, client):
    lesson = pages.lesson("Vaste gastvrouw")
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert response.context["page"] == lesson
    assert client.get("/over/bestaat-niet/").status_code == 404
    assert client.get(pages.event_index().url + "archief/").status_code == 200


def restrict(page, restriction_type=PageViewRestriction.LOGIN, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **fields)


def test_view_restrictions_are_wagtails_in_one_query(db):
    home = HomePage.objects.get()
    section = add(home, ContentPage(title="Besloten", slug="besloten"))
    inside = add(section, ContentPage(title="Binnen", slug="binnen"))
    open_page = add(home, ContentPage(title="Open", slug="open"))
    on_section = restrict(section)
    on_inside = restrict(inside, PageViewRestriction.PASSWORD, password="geheim")
    # An alias of the restricted page: Wagtail applies its source's restrictions.
    alias = inside.create_alias(parent=open_page, update_slug="alias-van-binnen")
    home.specific.get_view_restrictions()  # the restricted pages' paths, remembered
    queries = []
    for page in (home, section, inside, open_page, alias):
        page = Page.objects.get(pk=page.pk).specific
        with CaptureQueriesContext(connection) as captured:
            ours = set(page.get_view_restrictions())
        queries.append(len(captured))
        assert ours == set(Page.get_view_restrictions(page)), page.title
    # None where no page on the way is restricted or an alias of a restricted page.
    assert queries == [0, 1, 1, 0, 1]
    assert set(Page.objects.get(pk=inside.pk).specific.get_view_restrictions()) == {on_section, on_inside}
    assert set(Page.objects.get(pk=alias.pk).specific.get_view_restrictions()) == {on_inside}


def test_a_new_view_restriction_counts_at_once(db):
    home = HomePage.objects.get()
    open_page = add(home, ContentPage(title="Open", slug="open"))
    below = add(open_page, ContentPage(title="Eronder", slug="eronder"))
    assert not Page.objects.get(pk=below.pk).specific.get_view_restrictions().exists()
    restriction = restrict(open_page)
    assert list(Page.objects.get(pk=below.pk).specific.get_view_restrictions()) == [restriction]
    restriction.delete()
    assert not Page.objects.get(pk=below.pk).specific.get_view_restrictions().exists()


def test_a_restricted_section_still_asks_visitors_to_log_in(db, client):
    lesson = pages.lesson("Vaste gastvrouw")
    restrict(pages.knowledge_index())
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert "login/?next=" + lesson.url in response["Location"]
    client.force_login(MemberFactory())
    assert client.get(lesson.url).status_code == 200
