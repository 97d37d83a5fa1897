"""A series of sessions (events.series, events.organising.create_series/add_session): one
registration covers every open session, each session keeps its own seats and waitlist,
cancelling one session moves only that session's waitlist, and a session added later
registers the series' registrants."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events import organising, series
from events.models import EventPage, EventSeries, Registration, RegistrationStatus, SeriesRegistration
from events.services import Choice, RegistrationError, cancel, register_member
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def people(db):
    return {
        "editor": MemberFactory(first_name="Redacteur", roles=[Role.EDITOR]),
        "coordinator": MemberFactory(first_name="Coördinator"),
        "network_member": MemberFactory(first_name="Netwerklid"),
        "other": MemberFactory(first_name="Ander netwerklid"),
        "third": MemberFactory(first_name="Derde netwerklid"),
        "outsider": MemberFactory(first_name="Buitenstaander"),
    }


@pytest.fixture
def network(people):
    pages.event_index()
    return pages.network(
        "Toegang en integraal werken",
        coordinators=[people["coordinator"]],
        members=[people["network_member"], people["other"], people["third"]],
    )


def details(**fields):
    values = {
        "title": "Leerreeks toegang",
        "summary": "Vier sessies over de voordeur.",
        "start": None,
        "end": None,
        "venue": "Stadskantoor Zwolle",
        "description": "Eerste alinea.\n\nTweede alinea.",
        "capacity": 2,
        "circle_only": True,
    }
    values.update(fields)
    return organising.MeetingDetails(**values)


def times(count=4, *, first_in_days=10, capacities=None):
    capacities = capacities or [None] * count
    sessions = []
    for number in range(count):
        start = timezone.now() + timedelta(days=first_in_days + 14 * number)
        sessions.append(organising.SessionTimes(start, start + timedelta(hours=2), capacities[number]))
    return sessions


def make_series(people, network, *, count=4, capacities=None, **fields):
    made, sessions, _outcome = organising.create_series(
        people["coordinator"], details(**fields), times(count, capacities=capacities), network=network
    )
    return made, sessions


def statuses(member, sessions):
    found = dict(Registration.objects.filter(member=member).values_list("event_id", "status"))
    return [found.get(session.pk) for session in sessions]


# Making a series


def test_a_coordinator_makes_a_series_of_published_sessions_with_their_own_seats(people, network):
    made, sessions = make_series(people, network, capacities=[None, 5, None, None])
    assert [session.series_id for session in sessions] == [made.pk] * 4
    assert all(session.live and session.circle_only and session.network == network for session in sessions)
    assert [session.capacity_in_person for session in sessions] == [2, 5, 2, 2]
    assert [session.start for session in sessions] == sorted(session.start for session in sessions)
    assert made.organised_by == people["coordinator"] and made.network == network


def test_the_sessions_of_a_series_for_the_public_calendar_wait_for_the_editors(people, network):
    _made, sessions, outcome = organising.create_series(
        people["coordinator"], details(circle_only=False), times(2), network=network
    )
    assert outcome == organising.SUBMITTED
    assert not any(EventPage.objects.get(pk=session.pk).live for session in sessions)
    assert all(session.current_workflow_state is not None for session in sessions)


@pytest.mark.parametrize(
    "sessions, message",
    [
        (lambda: times(1), "minstens twee"),
        (lambda: [*times(1), organising.SessionTimes(timezone.now() - timedelta(days=1), timezone.now())], "verleden"),
        (lambda: [times(2)[0], times(2)[0]], "overlappen"),
        (
            lambda: [
                times(1)[0],
                organising.SessionTimes(timezone.now() + timedelta(days=40), timezone.now() + timedelta(days=39)),
            ],
            "na het begin",
        ),
    ],
)
def test_bad_sessions_are_refused_in_dutch_and_nothing_is_saved(people, network, sessions, message):
    from django.utils import translation

    with translation.override("nl"), pytest.raises(organising.OrganiseError) as refused:
        organising.create_series(people["coordinator"], details(), sessions(), network=network)
    assert message in refused.value.message
    assert not EventSeries.objects.exists() and not EventPage.objects.filter(series__isnull=False).exists()


@pytest.mark.parametrize("who", ["network_member", "outsider", "other"])
def test_only_the_networks_organisers_make_a_series(people, network, who):
    with pytest.raises(organising.OrganiseError):
        organising.create_series(people[who], details(), times(2), network=network)
    assert not EventSeries.objects.exists()


# Registering


def test_registering_for_the_series_registers_for_every_open_session(
    people, network, mailoutbox, django_capture_on_commit_callbacks
):
    made, sessions = make_series(people, network)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = series.register(made, people["network_member"], Choice(public_consent=True))
    assert statuses(people["network_member"], sessions) == [RegistrationStatus.CONFIRMED] * 4
    assert len(outcome.confirmed) == 4 and outcome.series_registration.is_active
    assert Registration.objects.filter(member=people["network_member"], public_consent=True).count() == 4
    # One mail for the series, with the sessions in the calendar file; not one per session.
    [mail] = mailoutbox
    assert mail.to == [people["network_member"].email]
    assert "Leerreeks toegang" in mail.subject
    [(_name, ics, _type)] = mail.attachments
    assert ics.count("BEGIN:VEVENT") == 4


def test_each_session_keeps_its_own_seats_and_waitlist(people, network):
    made, sessions = make_series(people, network, capacities=[1, 3, 1, 3])
    series.register(made, people["network_member"], Choice())
    outcome = series.register(made, people["other"], Choice())
    confirmed, waitlisted = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED
    assert statuses(people["other"], sessions) == [waitlisted, confirmed, waitlisted, confirmed]
    assert len(outcome.waitlisted) == 2


def test_a_session_whose_registration_closed_is_left_out(people, network):
    made, sessions = make_series(people, network)
    EventPage.objects.filter(pk=sessions[0].pk).update(registration_closes=timezone.now() - timedelta(hours=1))
    series.register(made, people["network_member"], Choice())
    assert statuses(people["network_member"], sessions)[0] is None
    assert statuses(people["network_member"], sessions)[1:] == [RegistrationStatus.CONFIRMED] * 3


def test_registering_twice_is_refused_clearly(people, network):
    from django.utils import translation

    made, _sessions = make_series(people, network)
    series.register(made, people["network_member"], Choice())
    with translation.override("nl"), pytest.raises(RegistrationError) as refused:
        series.register(made, people["network_member"], Choice())
    assert refused.value.message == "Je bent al aangemeld voor deze reeks."
    assert SeriesRegistration.objects.count() == 1
    assert Registration.objects.filter(member=people["network_member"]).count() == 4


@pytest.mark.parametrize("who", ["outsider"])
def test_a_series_only_for_the_network_refuses_a_non_member(people, network, who):
    made, _sessions = make_series(people, network)
    with pytest.raises(RegistrationError):
        series.register(made, people[who], Choice())
    assert not Registration.objects.filter(member=people[who]).exists()
    assert not SeriesRegistration.objects.exists()


def test_a_public_series_takes_any_member_and_an_editor_may_join_a_network_series(people, network):
    made, _sessions = make_series(people, network)
    series.register(made, people["editor"], Choice())  # editors see every circle
    public, sessions = make_series(people, network, circle_only=False, count=2)
    for session in sessions:  # the editors approve them
        EventPage.objects.get(pk=session.pk).get_latest_revision().publish()
    series.register(public, people["outsider"], Choice())
    assert statuses(people["outsider"], sessions) == [RegistrationStatus.CONFIRMED] * 2


def test_an_unknown_way_of_taking_part_is_refused(people, network):
    made, _sessions = make_series(people, network)
    with pytest.raises(RegistrationError):
        series.register(made, people["network_member"], Choice(attendance="telepathisch"))
    assert not SeriesRegistration.objects.exists()


# Cancelling


def test_cancelling_one_session_promotes_only_that_sessions_waitlist(people, network):
    made, sessions = make_series(people, network, capacities=[1, 1, 1, 1])
    series.register(made, people["network_member"], Choice())
    series.register(made, people["other"], Choice())
    first = Registration.objects.get(member=people["network_member"], event=sessions[1])
    cancel(first)
    waitlisted, confirmed = RegistrationStatus.WAITLISTED, RegistrationStatus.CONFIRMED
    assert statuses(people["other"], sessions) == [waitlisted, confirmed, waitlisted, waitlisted]
    assert statuses(people["network_member"], sessions) == [
        confirmed,
        RegistrationStatus.CANCELLED,
        confirmed,
        confirmed,
    ]
    assert SeriesRegistration.objects.get(member=people["network_member"]).is_active  # the series stays


def test_cancelling_the_series_cancels_every_session_to_come_and_moves_each_waitlist(
    people, network, mailoutbox, django_capture_on_commit_callbacks
):
    made, sessions = make_series(people, network, capacities=[1, 1, 1, 1])
    series.register(made, people["network_member"], Choice())
    series.register(made, people["other"], Choice())
    registration = SeriesRegistration.objects.get(member=people["network_member"])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancelled, kept = series.cancel(registration)
    assert len(cancelled) == 4 and kept == []
    assert statuses(people["network_member"], sessions) == [RegistrationStatus.CANCELLED] * 4
    assert statuses(people["other"], sessions) == [RegistrationStatus.CONFIRMED] * 4
    assert not SeriesRegistration.objects.get(pk=registration.pk).is_active
    # One mail to the one who cancelled; one promotion mail per session to the other.
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(
        [people["network_member"].email] + [people["other"].email] * 4
    )
    # Registering again after cancelling the series works.
    series.register(made, people["network_member"], Choice())
    assert statuses(people["network_member"], sessions) == [RegistrationStatus.WAITLISTED] * 4


def test_cancelling_the_series_keeps_a_session_past_its_deadline_and_says_so(people, network):
    made, sessions = make_series(people, network)
    series.register(made, people["network_member"], Choice())
    EventPage.objects.filter(pk=sessions[0].pk).update(cancellation_deadline=timezone.now() - timedelta(hours=1))
    cancelled, kept = series.cancel(SeriesRegistration.objects.get(member=people["network_member"]))
    assert [registration.event_id for registration in kept] == [sessions[0].pk] and len(cancelled) == 3
    assert (
        statuses(people["network_member"], sessions)
        == [RegistrationStatus.CONFIRMED] + [RegistrationStatus.CANCELLED] * 3
    )


# A session added later


def test_a_session_added_later_registers_the_series_registrants_but_not_who_cancelled_the_series(
    people, network, mailoutbox, django_capture_on_commit_callbacks
):
    made, _sessions = make_series(people, network, count=2, capacities=[5, 5])
    series.register(made, people["network_member"], Choice())
    series.register(made, people["other"], Choice())
    series.register(made, people["third"], Choice())
    series.cancel(SeriesRegistration.objects.get(member=people["third"]))
    mailoutbox.clear()
    start = timezone.now() + timedelta(days=60)
    with django_capture_on_commit_callbacks(execute=True):
        added, outcome = organising.add_session(
            people["coordinator"], made, organising.SessionTimes(start, start + timedelta(hours=2), 1)
        )
    assert outcome == organising.PUBLISHED
    assert added.series_id == made.pk and added.venue == "Stadskantoor Zwolle"
    assert statuses(people["network_member"], [added]) == [RegistrationStatus.CONFIRMED]
    assert statuses(people["other"], [added]) == [RegistrationStatus.WAITLISTED]
    assert statuses(people["third"], [added]) == [None]
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([people["network_member"].email, people["other"].email])
    # Publishing it again (a change) registers nobody twice, and leaves a cancellation alone.
    cancel(Registration.objects.get(member=people["network_member"], event=added))
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=added.pk).save_revision().publish()
    assert statuses(people["network_member"], [added]) == [RegistrationStatus.CANCELLED]
    assert Registration.objects.filter(event=added).count() == 2


def test_a_session_overlapping_the_series_is_refused(people, network):
    made, sessions = make_series(people, network, count=2)
    with pytest.raises(organising.OrganiseError):
        organising.add_session(
            people["coordinator"],
            made,
            organising.SessionTimes(sessions[0].start, sessions[0].end + timedelta(hours=1)),
        )
    with pytest.raises(organising.OrganiseError):
        start = timezone.now() + timedelta(days=90)
        organising.add_session(
            people["network_member"], made, organising.SessionTimes(start, start + timedelta(hours=1))
        )
    assert EventPage.objects.filter(series=made).count() == 2


def test_a_session_page_says_which_session_of_the_series_it_is(people, network):
    made, sessions = make_series(people, network)
    series.register(made, people["network_member"], Choice())
    found = series.for_session(sessions[2], people["network_member"])
    assert (found.session_number, found.session_count, found.is_registered) == (3, 4, True)
    found = series.for_session(sessions[0], people["other"])
    assert (found.session_number, found.session_count, found.is_registered) == (1, 4, False)


def test_a_single_registration_before_the_series_is_kept_as_it_is(people, network):
    made, sessions = make_series(people, network)
    register_member(sessions[0], people["network_member"], Choice(public_consent=True))
    outcome = series.register(made, people["network_member"], Choice())
    assert len(outcome.registrations) == 3
    assert Registration.objects.get(member=people["network_member"], event=sessions[0]).public_consent


def test_a_member_registered_for_every_session_on_its_own_can_still_register_for_the_series(people, network):
    made, sessions = make_series(people, network, count=2)
    for session in sessions:
        register_member(session, people["network_member"], Choice())
    outcome = series.register(made, people["network_member"], Choice())
    assert outcome.registrations == [] and outcome.series_registration.is_active
    assert Registration.objects.filter(member=people["network_member"]).count() == 2
