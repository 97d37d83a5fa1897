"""A series of sessions: every new page and action per role (issue 14). Roles as in
test_access_matrix_networks: visitor, non_member (a member of the site outside the
network), network_member, coordinator, trekker (a municipal lead who is an ordinary member
of the network) and editor.

Outcomes as in test_access_matrix: "ok", "login", "refused" (403/404), "redirect"."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import organising, series
from events.models import EventPage, EventSeries, Registration, RegistrationStatus, SeriesRegistration
from events.services import Choice
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_access_matrix import outcome
from tests.support.second_factor import log_in

ROLES = ["visitor", "non_member", "network_member", "coordinator", "trekker", "editor"]
IN_NETWORK = ["network_member", "coordinator", "trekker"]
MANAGERS = ["coordinator", "editor"]


@pytest.fixture
def world(db):
    people = {
        "non_member": MemberFactory(first_name="Buiten"),
        "network_member": MemberFactory(first_name="Lid"),
        "coordinator": MemberFactory(first_name="Coördinator"),
        "trekker": MemberFactory(first_name="Trekker", roles=[Role.MUNICIPAL_LEAD]),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }
    pages.event_index()
    network = pages.network(
        "Toegang en integraal werken",
        coordinators=[people["coordinator"]],
        members=[people["network_member"], people["trekker"]],
    )
    return {"people": people, "network": network}


def make_series(world, *, circle_only=True):
    start = timezone.now() + timedelta(days=10)
    sessions = [
        organising.SessionTimes(start + timedelta(days=14 * n), start + timedelta(days=14 * n, hours=2))
        for n in range(3)
    ]
    details = organising.MeetingDetails(
        title="Leerreeks toegang",
        summary="Drie sessies.",
        start=None,
        end=None,
        venue="Zwolle",
        capacity=10,
        circle_only=circle_only,
    )
    made, sessions, _outcome = organising.create_series(
        world["people"]["editor" if not circle_only else "coordinator"], details, sessions, network=world["network"]
    )
    return made, sessions


def as_(client, world, role):
    if role != "visitor":
        log_in(client, world["people"][role])


def series_url(made):
    return series.series_url(made)


@pytest.mark.parametrize("role", ROLES)
def test_a_series_only_for_the_network_is_seen_by_its_members_and_the_editors_only(client, world, role):
    made, sessions = make_series(world)
    as_(client, world, role)
    sees = role in (*IN_NETWORK, "editor")
    assert outcome(client.get(series_url(made))) == ("ok" if sees else "refused")
    assert outcome(client.get(sessions[0].url)) == ("ok" if sees else "refused")
    assert ("Leerreeks toegang" in client.get(world["network"].url).content.decode()) == sees
    # Never in the public calendar, its feed or search.
    index = sessions[0].get_parent().url
    for url in (index, f"{index}ical/", "/zoeken/?q=Leerreeks"):
        assert "Leerreeks toegang" not in client.get(url).content.decode(), url


@pytest.mark.parametrize("role", ROLES)
def test_a_public_series_is_seen_by_everyone_and_registering_asks_a_visitor_to_log_in(client, world, role):
    made, _sessions = make_series(world, circle_only=False)
    as_(client, world, role)
    page = client.get(series_url(made))
    assert outcome(page) == "ok"
    if role == "visitor":
        assert "Log in" in page.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_registering_for_a_series_only_for_the_network(client, world, role):
    made, sessions = make_series(world)
    as_(client, world, role)
    response = client.post(series_url(made) + "aanmelden/", {"attendance": "in_person"})
    expected = {"visitor": "refused", "non_member": "refused"}.get(role, "redirect")
    assert outcome(response) == expected
    registered = role in (*IN_NETWORK, "editor")
    assert SeriesRegistration.objects.filter(series=made).exists() == registered
    assert Registration.objects.filter(event__in=sessions, status=RegistrationStatus.CONFIRMED).count() == (
        3 if registered else 0
    )


@pytest.mark.parametrize("role", ROLES)
def test_registering_for_a_public_series_is_for_members_and_a_visitor_logs_in_first(client, world, role):
    made, _sessions = make_series(world, circle_only=False)
    as_(client, world, role)
    response = client.post(series_url(made) + "aanmelden/", {"attendance": "in_person"})
    assert outcome(response) == ("login" if role == "visitor" else "redirect")
    assert SeriesRegistration.objects.filter(series=made).exists() == (role != "visitor")


@pytest.mark.parametrize("role", ROLES)
def test_cancelling_a_session_or_the_series_touches_only_ones_own_registration(client, world, role):
    made, sessions = make_series(world)
    owner = world["people"]["network_member"]
    series.register(made, owner, Choice())
    as_(client, world, role)
    session_cancel = client.post(sessions[1].url + "afmelden/", {"next": "reeks"})
    series_cancel = client.post(series_url(made) + "afmelden/")
    if role in ("visitor", "non_member"):
        assert outcome(session_cancel) == "refused" and outcome(series_cancel) == "refused"
    else:
        assert outcome(session_cancel) == "redirect" and outcome(series_cancel) == "redirect"
    own = role == "network_member"
    assert SeriesRegistration.objects.get(member=owner).is_active != own
    statuses = list(Registration.objects.filter(member=owner).order_by("event__start").values_list("status", flat=True))
    assert statuses == ([RegistrationStatus.CANCELLED] * 3 if own else [RegistrationStatus.CONFIRMED] * 3)


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_editors_make_a_series_and_add_a_session(client, world, role):
    made, _sessions = make_series(world)
    as_(client, world, role)
    expected = "ok" if role in MANAGERS else ("login" if role == "visitor" else "refused")
    form = client.get(reverse("events:organise_series_for_network", args=[world["network"].pk]))
    add = client.get(reverse("events:organise_add_session", args=[made.pk]))
    assert [outcome(form), outcome(add)] == [expected, expected]
    start = timezone.localtime(timezone.now() + timedelta(days=80))
    response = client.post(
        reverse("events:organise_add_session", args=[made.pk]),
        {"start": start.strftime("%Y-%m-%dT10:00"), "end": start.strftime("%Y-%m-%dT12:00")},
    )
    assert outcome(response) == ("redirect" if role in MANAGERS else expected)
    assert EventPage.objects.filter(series=made).count() == (4 if role in MANAGERS else 3)


@pytest.mark.parametrize("role", ROLES)
def test_cancelling_one_session_of_the_series_is_for_its_organisers(client, world, role):
    _made, sessions = make_series(world)
    as_(client, world, role)
    response = client.post(reverse("events:organise_cancel", args=[sessions[1].pk]))
    may = role in MANAGERS
    assert outcome(response) == ("redirect" if may else ("login" if role == "visitor" else "refused"))
    assert [EventPage.objects.get(pk=s.pk).is_cancelled for s in sessions] == [False, may, False]


@pytest.mark.parametrize("role", ROLES)
def test_an_unknown_series_is_not_found_for_anyone(client, world, role):
    make_series(world)
    as_(client, world, role)
    missing = (EventSeries.objects.order_by("-pk").first().pk or 0) + 100
    index = pages.event_index()
    assert outcome(client.get(f"{index.url}reeks/{missing}/")) == "refused"
    assert outcome(client.post(f"{index.url}reeks/{missing}/aanmelden/")) == "refused"
    assert outcome(client.get(reverse("events:organise_add_session", args=[missing]))) == (
        "login" if role == "visitor" else "refused"
    )
