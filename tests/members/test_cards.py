"""Members' profile cards are kept for every member (members/cards.py): a kept card is what
rendering it afresh shows; what the page asks with the reader's access (who is shown)
is asked every time; any change a card shows (work, roles, themes, a new name) shows on
the next request."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
