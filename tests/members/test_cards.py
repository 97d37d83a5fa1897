"""Members' profile cards are kept for every member (members/cards.py): a kept card is what
rendering it afresh shows; what the page asks with the reader's access (who is shown)
is asked every time, or kept for every member where every member sees the same (the
newest members, who matches a search); any change a card shows (work, roles, themes, a
new name) or who is listed shows on the next request."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members.roles import Role
from tests import pages
from tests.factories import MemberFactory, ThemeFactory
from tests.support.cards import card_names
from tests.support.second_factor import log_in


@pytest.fixture(autouse=True)
def _fragments_on(settings, db):
    settings.SHARED_FRAGMENT_SECONDS = 600


@pytest.fixture
def start(client):
    theme = pages.theme("toegang")
    colleague = MemberFactory(first_name="Pieter", last_name="Groen", profile__expertise=[theme])
    reader = MemberFactory(first_name="Sanne", profile__interests=[theme])
    log_in(client, reader)
    return {"client": client, "colleague": colleague, "theme": theme}


def colleague_cards(client):
    return client.get("/").context["colleague_cards"]


def card_queries(client):
    """The start page's queries that read what a card shows."""
    with CaptureQueriesContext(connection) as captured:
        cards = colleague_cards(client)
    return cards, [query["sql"] for query in captured if "wagtailimages_image" in query["sql"]]


def test_a_kept_card_is_the_card_rendered_afresh_and_costs_no_card_query(start, settings):
    client = start["client"]
    fresh, queries = card_queries(client)
    assert card_names(fresh) == ["Pieter Groen"] and queries
    kept, queries = card_queries(client)
    assert kept == fresh
    assert queries == []
    settings.SHARED_FRAGMENT_SECONDS = 0
    assert colleague_cards(client) == fresh


def test_a_changed_profile_role_or_theme_shows_on_the_next_request(start):
    client, colleague = start["client"], start["colleague"]
    assert "Beleidsadviseur" not in str(colleague_cards(client))
    colleague.profile.job_title = "Beleidsadviseur"
    colleague.profile.save()
    assert "Beleidsadviseur" in str(colleague_cards(client))

    colleague.groups.add(Group.objects.get(name=Role.MUNICIPAL_LEAD.group_name))
    assert str(Role.MUNICIPAL_LEAD.label) in str(colleague_cards(client))

    colleague.profile.interests.add(ThemeFactory(name="Schuldhulp in de wijk"))
    assert "Schuldhulp in de wijk" in str(colleague_cards(client))

    colleague.first_name = "Piet"
    colleague.save()
    assert card_names(colleague_cards(client)) == ["Piet Groen"]


def test_who_is_shown_is_asked_every_time(start):
    client, colleague = start["client"], start["colleague"]
    assert card_names(colleague_cards(client)) == ["Pieter Groen"]
    colleague.is_active = False
    colleague.save()
    assert colleague_cards(client) == []


def newest_names(client):
    return [name.split()[0] for name in card_names(client.get("/").context["newest_member_cards"])]


def member_client(member):
    client = Client()
    log_in(client, member)
    return client


def test_the_newest_members_are_kept_for_every_member_but_never_show_the_reader_themself(db):
    now = timezone.now()
    members = {
        name: MemberFactory(first_name=name, date_joined=now - timedelta(days=days))
        for days, name in [(1, "Nieuwste"), (2, "Tweede"), (3, "Derde"), (4, "Vierde")]
    }
    newest, older = member_client(members["Nieuwste"]), member_client(members["Vierde"])

    assert newest_names(older) == ["Nieuwste", "Tweede", "Derde"]
    with CaptureQueriesContext(connection) as captured:
        assert newest_names(newest) == ["Tweede", "Derde", "Vierde"]
    assert not [q for q in captured if '"date_joined" DESC' in q["sql"]]  # who they are: kept for every member

    MemberFactory(first_name="Nieuwkomer")
    assert newest_names(older) == ["Nieuwkomer", "Nieuwste", "Tweede"]
    members["Tweede"].is_active = False
    members["Tweede"].save()
    assert newest_names(newest) == ["Nieuwkomer", "Derde", "Vierde"]


def test_which_members_match_a_search_is_kept_for_every_member_and_follows_changes(start):
    url = reverse("search") + "?q=Groen"
    second = member_client(MemberFactory())

    assert card_names(start["client"].get(url).context["member_cards"]) == ["Pieter Groen"]
    with CaptureQueriesContext(connection) as captured:
        assert card_names(second.get(url).context["member_cards"]) == ["Pieter Groen"]
    assert not [q for q in captured if "members_memberprofile" in q["sql"]]  # neither who nor their card

    MemberFactory(first_name="Anna", last_name="Groen")
    assert card_names(second.get(url).context["member_cards"]) == ["Anna Groen", "Pieter Groen"]
    start["colleague"].last_name = "Rood"
    start["colleague"].save()
    assert card_names(second.get(url).context["member_cards"]) == ["Anna Groen"]
