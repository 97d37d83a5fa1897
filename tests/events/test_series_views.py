"""The series on the site: the organisers' form (a set of sessions, without JavaScript),
what it says about bad input, the series page and a session's page, and their query
counts (constant in the number of sessions)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events import organising, series
from events.models import EventPage, EventSeries, Registration, RegistrationStatus, SeriesRegistration
from events.services import Choice, register_member
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


@pytest.fixture
def people(db):
    return {
        "coordinator": MemberFactory(first_name="Coördinator"),
        "network_member": MemberFactory(first_name="Netwerklid"),
        "other": MemberFactory(first_name="Ander"),
    }


@pytest.fixture
def network(people):
    pages.event_index()
    return pages.network(
        "Toegang en integraal werken", coordinators=[people["coordinator"]], members=[people["network_member"]]
    )


def local(days, hour):
    moment = timezone.localtime(timezone.now() + timedelta(days=days))
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def form_data(rows=(), **fields):
    data = {
        "title": "Leerreeks toegang",
        "summary": "Vier sessies over de voordeur.",
        "format": "in_person",
        "venue": "Stadskantoor Zwolle",
        "capacity": "12",
        "circle_only": "circle",
        "description": "Welkom.\n\nNeem een casus mee.",
        "sessies-TOTAL_FORMS": "6",
        "sessies-INITIAL_FORMS": "0",
        "sessies-MIN_NUM_FORMS": "0",
        "sessies-MAX_NUM_FORMS": "12",
    }
    for number, row in enumerate(rows):
        for key, value in row.items():
            data[f"sessies-{number}-{key}"] = value
    data.update(fields)
    return data


def session_row(days, *, capacity=""):
    start = local(days, 19)
    return {
        "start": start.strftime("%d-%m-%Y %H:%M"),
        "end": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "capacity": capacity,
    }


def post_series(client, network, data):
    return client.post(reverse("events:organise_series_for_network", args=[network.pk]), data)


def test_a_coordinator_organises_a_series_through_the_form(client, people, network):
    log_in(client, people["coordinator"])
    form = client.get(reverse("events:organise_series_for_network", args=[network.pk])).content.decode()
    assert form.count('name="sessies-') >= 18  # six empty rows of start, end and seats, without JavaScript
    rows = [session_row(30), session_row(10, capacity="5"), {}, session_row(50), {}, {}]
    response = post_series(client, network, form_data(rows))
    made = EventSeries.objects.get()
    assert response.status_code == 302 and response["Location"] == series.series_url(made)
    sessions = list(EventPage.objects.filter(series=made).order_by("start"))
    assert [session.capacity_in_person for session in sessions] == [5, 12, 12]  # in time order
    assert all(session.live and timezone.localtime(session.start).hour == 19 for session in sessions)
    page = client.get(response["Location"]).content.decode()
    assert "Leerreeks toegang" in page and "Sessie 3" in page


@pytest.mark.parametrize(
    "rows, fields, message",
    [
        ([session_row(10)], {}, "Geef minstens twee sessies"),
        ([session_row(10), {"start": "geen datum", "end": "morgen", "capacity": "veel"}], {}, "Sessie 2"),
        ([session_row(10), {"start": session_row(20)["start"]}], {}, "Geef het einde van deze sessie."),
        ([session_row(10), session_row(-2)], {}, "Het begin kan niet in het verleden liggen."),
        ([session_row(10), session_row(10)], {}, "Twee sessies overlappen"),
        (
            [session_row(10), session_row(20)],
            {"venue": ""},
            "Een fysieke bijeenkomst heeft een locatie of adres nodig.",
        ),
        ([session_row(10), session_row(20)], {"sessies-TOTAL_FORMS": "99999"}, "Een reeks heeft hoogstens 12 sessies."),
        ([session_row(10), session_row(20)], {"sessies-TOTAL_FORMS": "x"}, "Niet alles is goed ingevuld"),
    ],
)
def test_bad_input_is_named_in_dutch_keeps_what_was_typed_and_saves_nothing(
    client, people, network, rows, fields, message
):
    log_in(client, people["coordinator"])
    response = post_series(client, network, form_data(rows, **fields))
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page, message
    assert 'value="Leerreeks toegang"' in page  # what was typed stays
    assert "Niet alles is goed ingevuld" in page
    assert not EventSeries.objects.exists() and not EventPage.objects.filter(series__isnull=False).exists()


def test_a_management_form_missing_altogether_is_an_error_not_a_crash(client, people, network):
    log_in(client, people["coordinator"])
    data = {key: value for key, value in form_data([session_row(10), session_row(20)]).items() if "FORMS" not in key}
    response = post_series(client, network, data)
    assert response.status_code == 200 and not EventSeries.objects.exists()


def make_series(people, network, count=3, capacity=2, *, actor=None, circle_only=True):
    start = timezone.now() + timedelta(days=10)
    sessions = [
        organising.SessionTimes(start + timedelta(days=14 * n), start + timedelta(days=14 * n, hours=2))
        for n in range(count)
    ]
    details = organising.MeetingDetails(
        title="Leerreeks toegang",
        summary="Sessies.",
        start=None,
        end=None,
        venue="Zwolle",
        capacity=capacity,
        circle_only=circle_only,
    )
    made, sessions, _outcome = organising.create_series(
        actor or people["coordinator"], details, sessions, network=network
    )
    return made, sessions


def test_a_member_registers_on_a_session_page_for_the_whole_series_and_cancels_one_session(client, people, network):
    made, sessions = make_series(people, network)
    log_in(client, people["network_member"])
    page = client.get(sessions[1].url).content.decode()
    assert "Sessie 2 van 3 van de reeks" in page
    assert "Aanmelden voor de reeks" in page
    response = client.post(series.series_url(made) + "aanmelden/", {"attendance": "in_person", "from": "sessie"})
    assert response.status_code == 302
    assert Registration.objects.filter(member=people["network_member"], status="confirmed").count() == 3
    page = client.get(sessions[1].url).content.decode()
    assert "Je bent aangemeld voor" in page and "Afmelden voor deze sessie" not in page
    assert "Aanmelden voor de reeks" not in page

    series_page = client.get(series.series_url(made)).content.decode()
    assert series_page.count("Afmelden voor deze sessie") == 3
    response = client.post(sessions[1].url + "afmelden/", {"next": "reeks"})
    assert response["Location"] == series.series_url(made)
    statuses = [Registration.objects.get(member=people["network_member"], event=session).status for session in sessions]
    assert statuses == [RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED]
    series_page = client.get(series.series_url(made)).content.decode()
    assert "Opnieuw aanmelden voor deze sessie" in series_page

    # Registering twice: a clear message, nothing changes.
    response = client.post(series.series_url(made) + "aanmelden/", {"attendance": "in_person"}, follow=True)
    assert "Je bent al aangemeld voor deze reeks." in response.content.decode()
    assert SeriesRegistration.objects.count() == 1


@pytest.mark.parametrize("attendance", ["", "telepathisch", "in_person\x00", "online"])
def test_odd_values_when_registering_are_refused_without_a_crash(client, people, network, attendance):
    made, _sessions = make_series(people, network)
    log_in(client, people["network_member"])
    response = client.post(series.series_url(made) + "aanmelden/", {"attendance": attendance, "public_consent": "?"})
    assert response.status_code == 200
    assert not SeriesRegistration.objects.exists()


@pytest.mark.parametrize("url", ["reeks/abc/", "reeks/0/", "reeks/99999999999999999999/", "reeks/1/aanmelden/?x=%00"])
def test_odd_series_addresses_are_not_found(client, people, network, url):
    make_series(people, network)
    assert client.get(pages.event_index().url + url).status_code == 404


def test_mijn_bijeenkomsten_names_the_series_of_a_session(client, people, network):
    made, _sessions = make_series(people, network)
    series.register(made, people["network_member"], Choice())
    log_in(client, people["network_member"])
    page = client.get(reverse("events:my_events")).content.decode()
    assert page.count("Sessie van de reeks") == 3 and series.series_url(made) in page


def test_the_network_page_lists_the_series_and_offers_its_coordinator_to_make_one(client, people, network):
    make_series(people, network)
    log_in(client, people["coordinator"])
    page = client.get(network.url).content.decode()
    assert "Reeks organiseren" in page and "Leerreeks toegang" in page and "3 sessies" in page
    log_in(client, people["network_member"])
    page = client.get(network.url).content.decode()
    assert "Reeks organiseren" not in page and "Leerreeks toegang" in page


# Query counts: the same with 2 sessions as with 8, each with registrations.


def count_queries(client, url):
    assert client.get(url).status_code == 200  # warm-up: per-process caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grow(made, network, coordinator, sessions, registrants):
    start = timezone.now() + timedelta(days=200 + 20 * EventPage.objects.filter(series=made).count())
    for number in range(sessions):
        moment = start + timedelta(days=10 * number)
        organising.add_session(coordinator, made, organising.SessionTimes(moment, moment + timedelta(hours=1)))
    for _ in range(registrants):
        member = MemberFactory()
        network.memberships.create(member=member, role="member")
        series.register(made, member, Choice(public_consent=True))


@pytest.mark.parametrize("who", ["visitor", "network_member"])
def test_the_series_page_stays_within_15_queries_and_a_session_page_within_one_more_than_a_meeting(
    client, people, network, who, django_capture_on_commit_callbacks, record_property
):
    editor = MemberFactory(roles=[Role.EDITOR])
    made, sessions = make_series(people, network, count=2, capacity=3, actor=editor, circle_only=False)
    if who != "visitor":
        log_in(client, people[who])
        series.register(made, people[who], Choice())
        register_member(sessions[0], people["other"], Choice())
    with django_capture_on_commit_callbacks(execute=True):
        grow(made, network, editor, 0, 4)  # some on the waitlist
    few = (count_queries(client, series.series_url(made)), count_queries(client, sessions[1].url))
    with django_capture_on_commit_callbacks(execute=True):
        grow(made, network, editor, 6, 4)
    many = (count_queries(client, series.series_url(made)), count_queries(client, sessions[1].url))
    record_property("queries", few)
    assert few == many
    series_page, session_page = few
    # 15 for a visitor. A member's layout costs a few queries of its own on every page
    # (session, member, bell, admin link: the shared pages' budget, measured here on the
    # calendar as member and as visitor); the series page stays within 15 besides those.
    calendar = sessions[0].get_parent().url
    layout = count_queries(client, calendar) - count_queries(Client(), calendar)
    assert series_page <= 15 + layout, (few, layout)
    # A session's page asks one query more than a single meeting's page (its series, its
    # number and whether the reader registered for it); the meeting page itself is the
    # shared page's budget (tests/project/test_query_counts.py).
    single = pages.event("Losse bijeenkomst", capacity_in_person=3, network=network)  # also the network's
    assert session_page <= count_queries(client, single.url) + 1
