"""The meetings app answers for its own personal data (events/privacy.py): registrations
(also guest registrations made with a verified address), attendee-list consents and the
calendar feed. Deleting cancels upcoming registrations so the waitlist moves up."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events import services
from events.models import Audience, CalendarToken, Registration, RegistrationStatus
from events.services import Choice, add_guest
from lerendnetwerk.personal_data import Export, registered
from privacy.services import delete_account
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    member = MemberFactory(first_name="Mirjam", email="mirjam@gemeente.example")
    waiting = MemberFactory(first_name="Wachtende")
    meeting = pages.event("Landelijke bijeenkomst", capacity_in_person=1)
    services.register_member(meeting, member, Choice(public_consent=True))
    services.register_member(meeting, waiting, Choice())
    past = pages.event("Vorig jaar", start=timezone.now() - timedelta(days=60))
    guest = add_guest(past, "Mirjam als gast", "Mirjam@Gemeente.example", Choice())
    stranger = add_guest(past, "Iemand anders", "iemand@elders.example", Choice())
    services.calendar_token_for(member)
    return {"member": member, "waiting": waiting, "meeting": meeting, "guest": guest, "stranger": stranger}


def test_her_registrations_also_as_a_guest_consents_and_feed_are_exported(world):
    member, export = world["member"], Export(world["member"])

    registrations = registered("registrations").export(member, export)
    consents = registered("attendee_list_consents").export(member, export)
    feed = registered("calendar_feed").export(member, export)

    assert [(r["event"], r["as_guest"]) for r in registrations] == [
        ("Vorig jaar", True),
        ("Landelijke bijeenkomst", False),
    ]
    assert [entry["shown"] for entry in consents["attendee_lists"]] == [False, True]
    assert feed["has_personal_feed"] is True and "token" not in str(feed)


def test_deleting_cancels_her_seat_for_the_waitlist_and_anonymises_her_registrations(world):
    member = world["member"]
    assert registered("registrations").deletion_summary(member, timezone.now()) == {"upcoming_registrations": 1}

    delete_account(member)

    hers = Registration.objects.get(event=world["meeting"], member=member)
    assert hers.status == RegistrationStatus.CANCELLED
    assert (hers.name, hers.email, hers.public_consent) == (
        "Voormalig lid",
        f"verwijderd-lid-{member.pk}@verwijderd.invalid",
        False,
    )
    promoted = Registration.objects.get(event=world["meeting"], member=world["waiting"])
    assert promoted.status == RegistrationStatus.CONFIRMED
    guest = Registration.objects.get(pk=world["guest"].pk)
    assert (guest.name, guest.email) == ("Voormalig lid", f"verwijderde-gast-{guest.pk}@verwijderd.invalid")
    assert Registration.objects.get(pk=world["stranger"].pk).name == "Iemand anders"
    assert not CalendarToken.objects.filter(member=member).exists()


def test_unconfirmed_guest_registrations_are_purged_after_their_period(world):
    open_meeting = pages.event("Open bijeenkomst", audience=Audience.OPEN)
    pending = services.request_guest_registration(open_meeting, "Gast", "gast@elders.example", Choice())
    Registration.objects.filter(pk=pending.pk).update(created_at=timezone.now() - timedelta(days=31))

    (counted,) = registered("registrations").purge(timezone.now(), dry_run=False)

    assert (counted.key, counted.count) == ("unconfirmed_guest_registrations", 1)
    assert not Registration.objects.filter(pk=pending.pk).exists()
    assert Registration.objects.filter(pk=world["guest"].pk).exists()
