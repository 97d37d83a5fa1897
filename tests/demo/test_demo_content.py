"""The demo command builds the whole believable network, and running it again changes nothing."""

from collections import Counter

import pytest
from django.core import mail
from django.core.management import call_command
from django.db.models import Count, Q

from events.models import (
    Attendance,
    EventFormat,
    EventIndexPage,
    EventPage,
    EventType,
    Registration,
    RegistrationStatus,
    Workshop,
)
from forum.models import Thread
from knowledge.models import KnowledgeDossier, Lesson
from members.models import AssociateMembershipRequest, Member
from members.roles import Role
from municipalities.models import Municipality
from notifications.models import Notification, NotificationKind
from practices.models import ExperienceReport, LearningPractice, PracticeApplication, PracticeMembership
from practices.services import experience_statuses


def counts():
    return {
        "members": Member.objects.count(),
        "municipalities": Municipality.objects.count(),
        "practices": LearningPractice.objects.live().count(),
        "memberships": PracticeMembership.objects.count(),
        "experiences": ExperienceReport.objects.count(),
        "dossiers": KnowledgeDossier.objects.live().count(),
        "lessons": Lesson.objects.live().count(),
        "applications": PracticeApplication.objects.count(),
        "associate_requests": AssociateMembershipRequest.objects.count(),
        "events": EventPage.objects.live().count(),
        "registrations": Registration.objects.count(),
        "threads": Thread.objects.count(),
    }


def assert_the_demo_trekker_is_asked_for_a_change():
    """The demo's trekker finds a request for changes on "Mijn ervaringen" and in the bell."""
    trekker = Member.objects.get(email="trekker@zwolle.example")
    statuses = experience_statuses(ExperienceReport.objects.filter(author=trekker))
    [asked] = [status for status in statuses.values() if status.code == "changes_requested"]
    assert asked.message.startswith("Mooi stuk!")
    [notification] = Notification.objects.filter(recipient=trekker, kind=NotificationKind.CHANGES_REQUESTED)
    assert notification.message == asked.message and notification.read_at is None


def assert_the_calendar_is_believable():
    index = EventIndexPage.objects.get()
    assert index.live and index.show_in_menus
    events = list(EventPage.objects.live().child_of(index))
    assert {event.event_type for event in events} == set(EventType.values)
    assert {event.format for event in events} == set(EventFormat.values)
    upcoming = [event for event in events if not event.is_past]
    past = [event for event in events if event.is_past]
    assert len(upcoming) >= 6 and len(past) >= 4
    assert {event.registration_state() for event in upcoming} == {"not_yet", "open", "closed"}
    assert all(event.municipality_id for event in events if event.format != EventFormat.ONLINE)
    assert all(
        event.capacity_in_person and event.capacity_online for event in events if event.format == EventFormat.HYBRID
    )

    # Seats never exceed the capacity of their kind; a full meeting has a waitlist.
    full_with_waitlist = 0
    for event in events:
        for attendance in Attendance.values:
            registrations = Registration.objects.filter(event=event, attendance=attendance)
            confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
            capacity = event.capacity_for(attendance)
            if attendance not in event.attendance_options:
                assert confirmed == 0
            elif capacity is not None:
                assert confirmed <= capacity
                waiting = registrations.filter(status=RegistrationStatus.WAITLISTED).count()
                full_with_waitlist += confirmed == capacity and waiting > 0
    assert full_with_waitlist >= 2
    workshops = Workshop.objects.annotate(
        taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED))
    )
    assert all(workshop.taken <= workshop.capacity for workshop in workshops if workshop.capacity is not None)
    assert any(workshop.taken == workshop.capacity for workshop in workshops)

    registrations = Registration.objects.all()
    assert registrations.filter(member__isnull=True, status=RegistrationStatus.CONFIRMED).exists()  # guests
    assert registrations.filter(public_consent=True).exists()
    assert registrations.exclude(answers=[]).exists()
    assert registrations.filter(checked_in_at__isnull=False, event__in=past).exists()
    assert not registrations.filter(checked_in_at__isnull=False, event__in=upcoming).exists()
    assert all(event.report and event.related_lessons.exists() for event in past)
    assert any(event.discussion_id for event in past)
    assert sum(1 for event in events if event.practices.exists()) >= 10


def assert_the_statements_and_admin_accounts_are_ready():
    """The accessibility and privacy statements are pages editors edit (linked in the
    footer); the demo's admin accounts can pass the admin's second factor."""
    from allauth.mfa.models import Authenticator

    from demo.content.members import DEMO_ADMIN_EMAILS
    from home.models import ContentPage

    statements = ContentPage.objects.live().filter(show_in_footer=True).values_list("title", flat=True)
    assert {"Toegankelijkheidsverklaring", "Privacyverklaring"} <= set(statements)
    with_app = Authenticator.objects.filter(type=Authenticator.Type.TOTP, user__email__in=DEMO_ADMIN_EMAILS)
    assert with_app.count() == len(DEMO_ADMIN_EMAILS)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_content_is_complete_idempotent_and_sends_no_mail(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as in production
    call_command("load_demo_content", verbosity=0)
    assert not DBTaskResult.objects.exists()  # no mail (or other work) left queued for a worker
    first = counts()
    assert first == {
        "members": 41,
        "municipalities": 67,
        "practices": 14,
        "memberships": first["memberships"],
        "experiences": 31,
        "dossiers": 15,
        "lessons": 20,
        "applications": 3,
        "associate_requests": 2,
        "events": 14,
        "registrations": first["registrations"],
        "threads": first["threads"],
    }
    assert first["memberships"] >= 14
    roles = Counter(role for member in Member.objects.prefetch_related("groups") for role in member.roles)
    assert roles[Role.MUNICIPAL_LEAD] == 14
    assert roles[Role.EDITOR] == 3
    states = Counter(status.code for status in experience_statuses(ExperienceReport.objects.all()).values())
    assert states == {"published": 18, "submitted": 6, "changes_requested": 5, "draft": 2}
    assert (
        len({practice.municipality.province for practice in LearningPractice.objects.select_related("municipality")})
        == 12
    )
    assert_the_calendar_is_believable()
    assert_the_demo_trekker_is_asked_for_a_change()
    assert_the_statements_and_admin_accounts_are_ready()
    assert mail.outbox == []

    call_command("load_demo_content", verbosity=0)
    assert counts() == first
