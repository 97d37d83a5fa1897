"""Registration rules: seats, waitlist and promotion, workshops, hybrid seats, deadlines,
guests, reminders, and the e-mails that go with them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from events import services
from events.models import Attendance, EventFormat, Registration, RegistrationStatus
from events.services import Choice, RegistrationError
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def register(event, member=None, **choice):
    member = member or MemberFactory()
    return services.register_member(event, member, Choice(**choice))


def statuses(event):
    return list(Registration.objects.filter(event=event).order_by("pk").values_list("name", "status"))


def test_registrations_are_confirmed_until_the_seats_run_out_then_waitlisted(django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=2)
    with django_capture_on_commit_callbacks(execute=True):
        first, second, third = (register(event) for _ in range(3))
    assert [r.status for r in (first, second, third)] == ["confirmed", "confirmed", "waitlisted"]
    assert services.seats_left(event, Attendance.IN_PERSON) == 0
    subjects = [m.subject for m in mail.outbox]
    assert sum("Je bent aangemeld" in s for s in subjects) == 2
    assert sum("wachtlijst" in s for s in subjects) == 1


def test_a_confirmation_carries_the_meeting_as_an_ics_attachment(django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=5)
    with django_capture_on_commit_callbacks(execute=True):
        register(event)
    (message,) = mail.outbox
    (attachment,) = message.attachments
    assert attachment[0].endswith(".ics")
    content = attachment[1].decode() if isinstance(attachment[1], bytes) else attachment[1]
    assert "BEGIN:VEVENT" in content and "SUMMARY:Landelijke bijeenkomst" in content


def test_a_member_cannot_register_twice():
    event = pages.event(capacity_in_person=5)
    member = MemberFactory()
    register(event, member)
    with pytest.raises(RegistrationError):
        register(event, member)
    assert Registration.objects.filter(event=event).count() == 1


def test_cancelling_promotes_the_first_on_the_waitlist_in_order(django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=1)
    seated = register(event)
    first_waiting = register(event)
    second_waiting = register(event)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(seated)
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == RegistrationStatus.CONFIRMED
    assert second_waiting.status == RegistrationStatus.WAITLISTED
    promotion = [m for m in mail.outbox if m.to == [first_waiting.email]]
    assert len(promotion) == 1 and "plaats vrij" in promotion[0].subject
    assert [m.to for m in mail.outbox if "afgemeld" in m.subject.lower()] == [[seated.email]]


def test_leaving_the_waitlist_frees_no_seat_and_promotes_nobody():
    event = pages.event(capacity_in_person=1)
    register(event)
    waiting = register(event)
    behind = register(event)
    services.cancel(waiting)
    behind.refresh_from_db()
    assert behind.status == RegistrationStatus.WAITLISTED


def test_waitlist_positions_count_per_attendance_kind():
    event = pages.event(format=EventFormat.HYBRID, capacity_in_person=1, capacity_online=1)
    register(event, attendance=Attendance.IN_PERSON)
    register(event, attendance=Attendance.ONLINE)
    a = register(event, attendance=Attendance.IN_PERSON)
    b = register(event, attendance=Attendance.ONLINE)
    c = register(event, attendance=Attendance.IN_PERSON)
    positions = dict(
        services.with_waitlist_position(Registration.objects.waitlisted()).values_list("pk", "waitlist_position")
    )
    assert positions == {a.pk: 1, b.pk: 1, c.pk: 2}


def test_hybrid_meetings_have_separate_seats_in_person_and_online():
    event = pages.event(format=EventFormat.HYBRID, capacity_in_person=1, capacity_online=2)
    in_person = [register(event, attendance=Attendance.IN_PERSON) for _ in range(2)]
    online = [register(event, attendance=Attendance.ONLINE) for _ in range(3)]
    assert [r.status for r in in_person] == ["confirmed", "waitlisted"]
    assert [r.status for r in online] == ["confirmed", "confirmed", "waitlisted"]
    # An online seat that frees up goes to the online waitlist, not the in-person one.
    services.cancel(online[0])
    in_person[1].refresh_from_db()
    online[2].refresh_from_db()
    assert in_person[1].status == RegistrationStatus.WAITLISTED
    assert online[2].status == RegistrationStatus.CONFIRMED


def test_attendance_must_match_the_format():
    event = pages.event(format=EventFormat.IN_PERSON, capacity_in_person=5)
    with pytest.raises(RegistrationError):
        register(event, attendance=Attendance.ONLINE)
    assert not Registration.objects.exists()


def test_a_full_workshop_refuses_new_choices_and_nothing_is_saved():
    event = pages.event(capacity_in_person=10, workshops=[{"slot": "Ronde 1", "title": "Wijkteams", "capacity": 1}])
    workshop = event.workshops.get()
    register(event, workshops=[workshop])
    with pytest.raises(RegistrationError, match="Wijkteams"):
        register(event, workshops=[workshop])
    assert Registration.objects.filter(event=event).count() == 1
    assert services.workshop_places_left(event) == {workshop.pk: 0}


def test_one_workshop_per_time_slot():
    event = pages.event(
        capacity_in_person=10,
        workshops=[{"slot": "Ronde 1", "title": "A"}, {"slot": "Ronde 1", "title": "B"}],
    )
    with pytest.raises(RegistrationError):
        register(event, workshops=list(event.workshops.all()))


def test_promotion_skips_someone_whose_workshop_is_full_and_keeps_their_place():
    event = pages.event(
        capacity_in_person=2,
        workshops=[
            {"slot": "Ronde 1", "title": "Vol", "capacity": 1},
            {"slot": "Ronde 1", "title": "Ruim", "capacity": 10},
        ],
    )
    full, roomy = event.workshops.order_by("sort_order")
    register(event, workshops=[full])
    leaving = register(event, workshops=[roomy])
    wants_full = register(event, workshops=[full])
    wants_roomy = register(event, workshops=[roomy])
    services.cancel(leaving)
    wants_full.refresh_from_db()
    wants_roomy.refresh_from_db()
    assert wants_full.status == RegistrationStatus.WAITLISTED
    assert wants_roomy.status == RegistrationStatus.CONFIRMED
    assert services.with_waitlist_position(Registration.objects.filter(pk=wants_full.pk)).get().waitlist_position == 1


def test_registration_window_is_enforced_for_members_but_not_for_editors_adding_someone():
    now = timezone.now()
    event = pages.event(capacity_in_person=5, registration_opens=now + timedelta(days=1))
    with pytest.raises(RegistrationError, match="nog niet open"):
        register(event)
    closed = pages.event("Gesloten", capacity_in_person=5, registration_closes=now - timedelta(minutes=1))
    with pytest.raises(RegistrationError, match="gesloten"):
        register(closed)
    added = services.register_member(closed, MemberFactory(), Choice(), by_editor=True)
    assert added.status == RegistrationStatus.CONFIRMED


def test_cancellation_deadline_binds_attendees_but_not_editors():
    event = pages.event(capacity_in_person=5, cancellation_deadline=timezone.now() - timedelta(hours=1))
    registration = services.register_member(event, MemberFactory(), Choice(), by_editor=True)
    with pytest.raises(RegistrationError):
        services.cancel(registration)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    services.cancel(registration, by_editor=True)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_registering_again_after_cancelling_reuses_the_registration():
    event = pages.event(capacity_in_person=5)
    member = MemberFactory()
    first = register(event, member)
    services.cancel(first)
    again = register(event, member)
    assert again.pk == first.pk and again.status == RegistrationStatus.CONFIRMED


def test_publishing_a_higher_capacity_fills_seats_from_the_waitlist(django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=1)
    register(event)
    waiting = register(event)
    event.capacity_in_person = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


# Guests


def test_a_guest_takes_a_seat_only_after_confirming_the_e_mail_address(django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=1, audience="open")
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.request_guest_registration(event, "Gast Jansen", "gast@example.org", Choice())
    assert pending.status == RegistrationStatus.PENDING
    assert services.seats_left(event, Attendance.IN_PERSON) == 1
    (message,) = mail.outbox
    token = services.guest_confirm_token(pending)
    assert token in message.body
    confirmed = services.confirm_guest(services.registration_from_guest_token(token))
    assert confirmed.status == RegistrationStatus.CONFIRMED
    assert services.confirm_guest(confirmed).status == RegistrationStatus.CONFIRMED  # twice changes nothing
    assert services.seats_left(event, Attendance.IN_PERSON) == 0


def test_guests_cannot_register_for_members_only_meetings():
    event = pages.event(capacity_in_person=5)
    with pytest.raises(RegistrationError):
        services.request_guest_registration(event, "Gast", "gast@example.org", Choice())
    assert not Registration.objects.exists()


def test_a_guest_registering_again_gets_the_same_answer_and_an_e_mail_not_a_second_seat(
    django_capture_on_commit_callbacks,
):
    event = pages.event(capacity_in_person=5, audience="open")
    registration = services.request_guest_registration(event, "Gast", "gast@example.org", Choice())
    services.confirm_guest(registration)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.request_guest_registration(event, "Gast", "GAST@example.org", Choice())
    assert Registration.objects.filter(event=event).count() == 1
    assert "al aangemeld" in mail.outbox[0].subject


def test_tampered_links_find_nothing():
    event = pages.event(capacity_in_person=5)
    registration = register(event)
    token = services.cancel_token(registration)
    assert services.registration_from_cancel_token(token) == registration
    assert services.registration_from_cancel_token(token[:-2] + "xx") is None
    assert services.registration_from_cancel_token("nonsense") is None
    assert services.registration_from_guest_token(token) is None  # another salt


# Reminders


def test_reminders_go_out_once_to_confirmed_attendees_of_meetings_that_start_soon(
    settings, django_capture_on_commit_callbacks
):
    settings.EVENT_REMINDER_HOURS = 48
    soon = pages.event("Morgen", start=timezone.now() + timedelta(hours=30), capacity_in_person=1)
    later = pages.event("Volgende maand", start=timezone.now() + timedelta(days=30), capacity_in_person=5)
    seated = register(soon)
    register(soon)  # waitlisted: no reminder
    register(later)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders() == 1
        assert services.send_reminders() == 0
    assert [m.to for m in mail.outbox] == [[seated.email]]
    assert "Herinnering" in mail.outbox[0].subject


def test_the_reminder_command_sends_each_reminder_once(django_capture_on_commit_callbacks):
    from django.core.management import call_command

    soon = pages.event("Morgen", start=timezone.now() + timedelta(hours=20), capacity_in_person=5)
    register(soon)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", verbosity=0)
        call_command("send_event_reminders", verbosity=0)
    assert len(mail.outbox) == 1


def test_a_member_without_a_seat_gets_the_online_link_only_when_confirmed(django_capture_on_commit_callbacks):
    event = pages.event(format=EventFormat.ONLINE, capacity_online=1)
    with django_capture_on_commit_callbacks(execute=True):
        register(event, attendance=Attendance.ONLINE)
        register(event, attendance=Attendance.ONLINE)
    confirmed_mail, waitlist_mail = mail.outbox
    assert event.online_url in confirmed_mail.body
    assert event.online_url not in waitlist_mail.body
    assert not waitlist_mail.attachments


def test_the_meeting_page_reads_its_seats_taken_with_the_page(django_assert_num_queries):
    from events.models import EventPage

    event = pages.event(format=EventFormat.HYBRID, capacity_in_person=3, capacity_online=5)
    register(event, attendance=Attendance.IN_PERSON)
    register(event, attendance=Attendance.ONLINE)
    register(event, attendance=Attendance.ONLINE)
    cancelled = register(event, attendance=Attendance.ONLINE)
    services.cancel(cancelled)
    expected = services.seat_summary(EventPage.objects.get(pk=event.pk))
    served = EventPage.served_queryset(EventPage.objects.all(), None).get(pk=event.pk)
    with django_assert_num_queries(0):
        summary = services.seat_summary(served)
    assert summary == expected
    assert [(kind["taken"], kind["left"]) for kind in summary] == [(1, 2), (2, 3)]
