"""No overbooking under concurrency, on PostgreSQL: 50 registrations at once for 10 seats;
guests registering twice at once with one address get one registration, not an error.

Each registration runs in its own thread with its own database connection, all released
at the same moment by a barrier. To make a race likely rather than lucky, counting the
seats is slowed down a little (the window between "count" and "insert" that a lock must
close). The control test removes the lock and shows the same load overbooks the event,
so the first test proves the lock, not the timing.

SQLite cannot show this: it lets one writer at a time into the whole database, so the
race does not exist there; the tests are skipped with that reason.
"""

import threading
import time

import pytest
from django.db import connection

from events import services
from events.models import EventPage, Registration, RegistrationStatus
from events.services import Choice
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.support.races import POSTGRESQL_RACES

pytestmark = POSTGRESQL_RACES

SEATS = 10
REGISTRANTS = 50
ROUNDS = 3


@pytest.fixture
def slow_count(monkeypatch):
    """Widen the window between counting the seats and saving the registration."""
    count = services.seats_taken

    def slowly(event, attendance):
        taken = count(event, attendance)
        time.sleep(0.02)
        return taken

    monkeypatch.setattr(services, "seats_taken", slowly)


def register_all_at_once(event, members):
    barrier = threading.Barrier(len(members))
    errors = []

    def register(member):
        try:
            barrier.wait()
            services.register_member(event, member, Choice())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=register, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def outcome(event):
    registrations = Registration.objects.filter(event=event)
    return (
        registrations.filter(status=RegistrationStatus.CONFIRMED).count(),
        registrations.filter(status=RegistrationStatus.WAITLISTED).count(),
    )


def test_fifty_concurrent_registrations_for_ten_seats_confirm_exactly_ten(slow_count):
    for round_number in range(ROUNDS):
        event = pages.event(f"Drukke bijeenkomst {round_number}", capacity_in_person=SEATS)
        members = MemberFactory.create_batch(REGISTRANTS)
        errors = register_all_at_once(event, members)
        assert errors == []
        assert outcome(event) == (SEATS, REGISTRANTS - SEATS), f"round {round_number}"
        # The waitlist order is the order in which the lock was granted: no ties.
        order = list(Registration.objects.filter(event=event).waitlist_order().values_list("waitlisted_at", flat=True))
        assert order == sorted(order) and len(order) == REGISTRANTS - SEATS


def test_control_without_the_lock_the_same_load_overbooks(slow_count, monkeypatch):
    monkeypatch.setattr(services, "_lock", lambda event: EventPage.objects.get(pk=event.pk))
    event = pages.event("Zonder slot", capacity_in_person=SEATS)
    errors = register_all_at_once(event, MemberFactory.create_batch(REGISTRANTS))
    assert errors == []
    confirmed, _waitlisted = outcome(event)
    assert confirmed > SEATS, "without the row lock the race should confirm more than the seats"


def test_concurrent_cancellations_promote_each_waiting_member_once():
    event = pages.event("Afmelden tegelijk", capacity_in_person=SEATS)
    members = MemberFactory.create_batch(SEATS + 5)
    registrations = [services.register_member(event, m, Choice()) for m in members]
    seated = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED][:5]
    barrier = threading.Barrier(len(seated))

    def cancel(registration):
        try:
            barrier.wait()
            services.cancel(registration)
        finally:
            connection.close()

    threads = [threading.Thread(target=cancel, args=(r,)) for r in seated]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcome(event) == (SEATS, 0)


GUEST_REQUESTS = 8


@pytest.fixture
def slow_guest_choice(monkeypatch):
    """Widen the window between looking for the guest's registration and saving it (a test
    may instrument a private step; tests/events/test_services_api.py allows this one)."""
    apply_choice = services._apply_choice  # private-use-allowed: instrumentation

    def slowly(registration, choice):
        time.sleep(0.02)
        apply_choice(registration, choice)

    monkeypatch.setattr(services, "_apply_choice", slowly)


def test_simultaneous_guest_registrations_with_one_address_make_one_registration(slow_guest_choice):
    event = pages.event("Open bijeenkomst", capacity_in_person=SEATS, audience="open")
    addresses = ["gast@example.org", "Gast@example.org", "GAST@EXAMPLE.ORG", "gast@Example.org"]
    barrier = threading.Barrier(GUEST_REQUESTS)
    errors = []

    def request(number):
        try:
            barrier.wait()
            services.request_guest_registration(event, "Gast", addresses[number % len(addresses)], Choice())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(number,)) for number in range(GUEST_REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    (registration,) = Registration.objects.filter(event=event)
    assert registration.status == RegistrationStatus.PENDING


# A series: many members register for the whole series at once; each session has its own
# seats, so every session ends with exactly its seats confirmed. The series' row and then
# each session's row are locked in one order (events.series), so the registrations wait for
# each other instead of deadlocking.

SERIES_SEATS = (3, 5, 4)
SERIES_REGISTRANTS = 12


def series_of_sessions(title):
    from datetime import timedelta

    from django.utils import timezone

    from events import organising
    from tests.factories import MemberFactory as Members

    coordinator = Members()
    network = pages.network(title, coordinators=[coordinator])
    pages.event_index()
    start = timezone.now() + timedelta(days=10)
    sessions = [
        organising.SessionTimes(start + timedelta(days=7 * n), start + timedelta(days=7 * n, hours=2), seats)
        for n, seats in enumerate(SERIES_SEATS)
    ]
    details = organising.MeetingDetails(
        title=title, summary="Drie sessies.", start=None, end=None, venue="Zwolle", circle_only=False
    )
    editor = Members(roles=[Role.EDITOR])
    made, sessions, _outcome = organising.create_series(editor, details, sessions, network=network)
    return made, sessions


def register_for_series_all_at_once(made, members):
    from events import series

    barrier = threading.Barrier(len(members))
    errors = []

    def register(member):
        try:
            barrier.wait()
            series.register(made, member, Choice())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_series_registrations_confirm_exactly_each_sessions_seats(slow_count):
    from events.models import SeriesRegistration

    made, sessions = series_of_sessions("Drukke reeks")
    members = MemberFactory.create_batch(SERIES_REGISTRANTS)
    errors = register_for_series_all_at_once(made, members)
    assert errors == []
    assert SeriesRegistration.objects.filter(series=made).count() == SERIES_REGISTRANTS
    for session, seats in zip(sessions, SERIES_SEATS, strict=True):
        assert outcome(session) == (seats, SERIES_REGISTRANTS - seats), session.start


def test_control_without_the_session_lock_series_registrations_overbook(slow_count, monkeypatch):
    """The series' own lock is replaced too: it would otherwise let one registration through
    at a time and hide what the session's lock does."""
    from events import series
    from events.models import EventSeries

    monkeypatch.setattr(services, "_lock", lambda event: EventPage.objects.get(pk=event.pk))
    monkeypatch.setattr(series, "_lock", lambda made: EventSeries.objects.get(pk=made.pk))
    made, sessions = series_of_sessions("Reeks zonder slot")
    errors = register_for_series_all_at_once(made, MemberFactory.create_batch(SERIES_REGISTRANTS))
    assert errors == []
    confirmed = [outcome(session)[0] for session in sessions]
    assert any(count > seats for count, seats in zip(confirmed, SERIES_SEATS, strict=True)), confirmed
