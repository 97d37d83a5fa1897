"""A search's pages, facets and result page are kept between requests (the same for every
reader: live, public pages only) and forgotten as soon as a page or theme changes."""

import pickle

import pytest
from django.core.management import call_command
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from search.query import RESULT_TYPES
from tests import pages
from tests.factories import MemberFactory
from tests.support.cards import card_names

SEARCH = reverse("search")


def titles(client, q="wijkteam", **params):
    response = client.get(SEARCH, {"q": q, **params})
    assert response.status_code == 200
    return [result["page"].title for result in response.context["results"]]


@pytest.fixture
def lesson(db):
    theme = pages.theme("toegang")
    lesson = pages.lesson("Het wijkteam als voordeur", themes=[theme])
    call_command("update_index", verbosity=0)
    return lesson


def test_the_same_search_again_reads_neither_the_index_nor_the_pages(client, lesson):
    from django.db import connection

    assert titles(client) == ["Het wijkteam als voordeur"]
    with CaptureQueriesContext(connection) as queries:
        assert titles(client) == ["Het wijkteam als voordeur"]
    read = " ".join(entry["sql"] for entry in queries.captured_queries)
    assert "wagtailsearch" not in read and "wagtailcore_page" not in read


def test_a_page_published_after_a_search_is_found_at_once(client, lesson):
    assert titles(client) == ["Het wijkteam als voordeur"]
    pages.lesson("Wat het wijkteam leerde")
    assert set(titles(client)) == {"Het wijkteam als voordeur", "Wat het wijkteam leerde"}


def test_an_unpublished_or_restricted_page_is_gone_at_once(client, lesson):
    other = pages.lesson("Wat het wijkteam leerde")
    assert len(titles(client)) == 2

    other.unpublish()
    assert titles(client) == ["Het wijkteam als voordeur"]

    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client) == []


def test_a_renamed_theme_shows_its_new_name_in_the_facets(client, lesson):
    def theme_facets():
        return [facet.label for facet in client.get(SEARCH, {"q": "wijkteam"}).context["outcome"].theme_facets]

    theme = lesson.themes.get()
    assert theme_facets() == [theme.name]
    theme.name = "Toegang en voordeur"
    theme.save()
    assert theme_facets() == ["Toegang en voordeur"]


def test_what_is_kept_is_the_same_for_visitors_and_members_and_names_no_reader(client, lesson):
    """Only pages are kept: the members and discussions a member finds are searched for
    every request, with the reader's own access."""
    assert titles(client) == ["Het wijkteam als voordeur"]
    client.force_login(MemberFactory(first_name="Wijkteam"))
    response = client.get(SEARCH, {"q": "wijkteam"})
    assert [result["page"].title for result in response.context["results"]] == ["Het wijkteam als voordeur"]
    assert [name.split()[0] for name in card_names(response.context["member_cards"])] == ["Wijkteam"]


def test_kept_searches_differ_by_type_theme_and_result_page(client, lesson):
    pages.event("Het wijkteam op bezoek")
    assert set(titles(client)) == {"Het wijkteam als voordeur", "Het wijkteam op bezoek"}
    assert titles(client, type="les") == ["Het wijkteam als voordeur"]
    assert titles(client, type="bijeenkomst") == ["Het wijkteam op bezoek"]
    assert titles(client, theme="toegang") == ["Het wijkteam als voordeur"]
    for number in range(12):
        pages.lesson(f"Wijkteam les {number}")
    first, second = titles(client), titles(client, page=2)
    assert len(first) == 10 and second and not set(first) & set(second)


@pytest.mark.parametrize("kept", [0, 600], ids=["parts-not-kept", "parts-kept"])
def test_discussions_found_in_a_closed_space_reach_its_participants_only_also_when_kept(db, settings, kept):
    from django.test import Client

    from forum import services as forum_services
    from practices.models import PracticeMembership
    from tests.forum.conftest import build_forum
    from tests.support.second_factor import log_in

    settings.SHARED_FRAGMENT_SECONDS = kept
    forum = build_forum()
    forum_services.start_thread(forum["member"], forum["public"], title="Wachtlijst openbaar", body="?")
    forum_services.start_thread(forum["trekker"], forum["space"], title="Wachtlijst intern", body="?")

    def found(member):
        response = log_in(Client(), member).get(SEARCH, {"q": "wachtlijst"})
        return {thread.title for thread in response.context["thread_results"]}

    assert found(forum["participant"]) == {"Wachtlijst openbaar", "Wachtlijst intern"}
    assert found(forum["member"]) == {"Wachtlijst openbaar"}

    PracticeMembership.objects.filter(member=forum["participant"]).delete()
    assert found(forum["participant"]) == {"Wachtlijst openbaar"}


def test_a_kept_search_holds_its_result_types_as_keys_and_reads_back_the_same_objects():
    """A search's outcome is kept with the type of each hit; a type's label is a lazy
    translation, which would be built again at every read of the kept search."""
    kept = pickle.dumps(dict(enumerate(RESULT_TYPES)))
    assert b"_lazy_proxy_unpickle" not in kept
    read = pickle.loads(kept).values()  # noqa: S301 (pickled here)
    assert all(type_read is result_type for type_read, result_type in zip(read, RESULT_TYPES, strict=True))
