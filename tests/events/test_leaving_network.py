"""A member who leaves a learning network, or is removed from it, is no longer registered for
the network's upcoming meetings only for its members (events.leaving, hearing
networks.signals.membership_ended inside the same transaction): the seat goes to the
waitlist, they get a mail saying why; registrations for the network's meetings in the public
calendar, for past meetings and for other networks stay."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events import services
from events.records import RegistrationStatus
from events.services import Choice, register_member
from networks import membership
from networks.models import NetworkMembership
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


@pytest.fixture
def people(db):
    return {
        "coordinator": MemberFactory(first_name="Coördinator"),
        "leaver": MemberFactory(first_name="Vertrekker", email="vertrekker@gemeente.example"),
        "waiting": MemberFactory(first_name="Wachtend", email="wachtend@gemeente.example"),
    }


@pytest.fixture
def network(people):
    pages.event_index()
    return pages.network(coordinators=[people["coordinator"]], members=[people["leaver"], people["waiting"]])


def meeting(network, title, *, days=10, circle_only=True, capacity=1, **fields):
    return pages.event(
        title,
        start=timezone.now() + timedelta(days=days),
        network=network,
        circle_only=circle_only,
        capacity_in_person=capacity,
        **fields,
    )


def status(registration):
    registration.refresh_from_db()
    return registration.status


def test_leaving_cancels_the_members_only_meetings_and_the_waitlist_moves_up(
    network, people, django_capture_on_commit_callbacks
):
    full = meeting(network, "Casusoverleg")
    seat = register_member(full, people["leaver"], Choice())
    waiting = register_member(full, people["waiting"], Choice())
    assert waiting.status == RegistrationStatus.WAITLISTED
    on_the_waitlist = meeting(network, "Intervisie", days=20, capacity=0)
    waitlisted = register_member(on_the_waitlist, people["leaver"], Choice())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        membership.leave(people["leaver"], network)
    assert status(seat) == status(waitlisted) == RegistrationStatus.CANCELLED
    assert status(waiting) == RegistrationStatus.CONFIRMED
    to_leaver = [message for message in mail.outbox if message.to == [people["leaver"].email]]
    assert len(to_leaver) == 2
    assert all("netwerk" in message.body and "verlaten" in message.body for message in to_leaver)
    assert "Niet meer aangemeld" in to_leaver[0].subject
    assert [message.to for message in mail.outbox if "plaats vrij" in message.subject] == [[people["waiting"].email]]


def test_public_past_and_other_networks_meetings_are_kept(network, people):
    public = meeting(network, "Open middag", circle_only=False)
    kept_public = register_member(public, people["leaver"], Choice())
    other = pages.network("Ander netwerk", coordinators=[people["coordinator"]], members=[people["leaver"]])
    kept_other = register_member(meeting(other, "Ander overleg"), people["leaver"], Choice())
    past = meeting(network, "Vorige maand", days=1)
    kept_past = register_member(past, people["leaver"], Choice())
    past.__class__.objects.filter(pk=past.pk).update(
        start=timezone.now() - timedelta(days=30), end=timezone.now() - timedelta(days=30) + timedelta(hours=2)
    )
    membership.leave(people["leaver"], network)
    assert status(kept_public) == status(kept_other) == status(kept_past) == RegistrationStatus.CONFIRMED


def test_a_removed_member_hears_they_are_no_longer_a_member(network, people, django_capture_on_commit_callbacks):
    registration = register_member(meeting(network, "Casusoverleg"), people["leaver"], Choice())
    target = NetworkMembership.objects.get(network=network, member=people["leaver"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        membership.remove_member(people["coordinator"], target)
    assert status(registration) == RegistrationStatus.CANCELLED
    (message,) = [message for message in mail.outbox if message.to == [people["leaver"].email]]
    assert "geen lid meer" in message.body


def test_the_deadline_for_cancelling_does_not_keep_a_leaver_registered(network, people):
    closed = meeting(network, "Casusoverleg", cancellation_deadline=timezone.now() - timedelta(hours=1))
    registration = register_member(closed, people["leaver"], Choice(), by_editor=True)
    membership.leave(people["leaver"], network)
    assert status(registration) == RegistrationStatus.CANCELLED


def test_leaving_and_cancelling_happen_together_or_not_at_all(network, people):
    registration = register_member(meeting(network, "Casusoverleg"), people["leaver"], Choice())
    failing = mock.patch.object(services, "cancel", side_effect=RuntimeError("database went away"))
    with failing, pytest.raises(RuntimeError):
        membership.leave(people["leaver"], network)
    assert NetworkMembership.objects.filter(network=network, member=people["leaver"]).exists()
    assert status(registration) == RegistrationStatus.CONFIRMED


def test_leaving_on_the_site_cancels_and_says_so_by_mail(client, network, people, django_capture_on_commit_callbacks):
    registration = register_member(meeting(network, "Casusoverleg"), people["leaver"], Choice())
    log_in(client, people["leaver"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("networks:leave", args=[network.pk]))
    assert response.status_code == 302
    assert status(registration) == RegistrationStatus.CANCELLED
    assert any(message.to == [people["leaver"].email] for message in mail.outbox)
