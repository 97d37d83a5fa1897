"""The start page's active discussions (home.models.HomePage._active_threads): the four
with the latest activity that the reader may read. Which categories a member may read is
remembered with their access and the rows are kept for everyone who may read the same
ones; each test runs with kept parts off (the tests' default) and on, so a closed space's
discussion never reaches an outsider and a change of access shows on the next request."""

import re

import pytest
from django.test import Client

from forum import services as forum_services
from practices.models import PracticeMembership
from tests.forum.conftest import build_forum
from tests.support.second_factor import log_in


@pytest.fixture(autouse=True, params=[0, 600], ids=["parts-not-kept", "parts-kept"])
def _kept(request, settings):
    settings.SHARED_FRAGMENT_SECONDS = request.param


@pytest.fixture
def forum(db):
    from tests import pages

    pages.home()
    forum = build_forum()
    forum["open"] = forum_services.start_thread(forum["member"], forum["public"], title="Openbare vraag", body="?")
    forum["closed"] = forum_services.start_thread(forum["trekker"], forum["space"], title="Intern overleg", body="?")
    return forum


def active(member):
    html = log_in(Client(), member).get("/").content.decode()
    section = re.search(r'id="active-threads".*?</section>', html, re.S)
    return section.group(0) if section else ""


def test_a_participant_sees_their_closed_spaces_discussion_and_an_outsider_never_does(forum):
    inside = active(forum["participant"])
    assert "Intern overleg" in inside and "Openbare vraag" in inside

    outside = active(forum["member"])
    assert "Openbare vraag" in outside and "Intern overleg" not in outside


def test_leaving_and_joining_a_practice_show_on_the_next_request(forum):
    participant, practice = forum["participant"], forum["practice"]
    assert "Intern overleg" in active(participant)

    PracticeMembership.objects.filter(member=participant).delete()
    assert "Intern overleg" not in active(participant)

    PracticeMembership.objects.create(member=participant, practice=practice)
    assert "Intern overleg" in active(participant)


def test_a_new_discussion_shows_on_the_next_request(forum):
    assert "Nieuwe vraag" not in active(forum["member"])

    forum_services.start_thread(forum["participant"], forum["public"], title="Nieuwe vraag", body="?")

    assert "Nieuwe vraag" in active(forum["member"])


def test_staff_see_every_closed_space(forum):
    assert "Intern overleg" in active(forum["moderator"])
