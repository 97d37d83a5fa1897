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
from events.services import with_waitlist_position
from forum.models import MAX_REPLY_DEPTH, ModerationAction, Post, Reaction, Thread, ThreadEvent, ThreadFollow
from knowledge.models import KnowledgeDossier, Lesson
from members.models import AssociateMembershipRequest, Member
from members.roles import Role
from municipalities.models import Municipality
from networks.models import (
    LearningNetwork,
    NetworkInvitation,
    NetworkMembership,
    NetworkMembershipRequest,
    NetworkRole,
    RequestStatus,
    ShelfItem,
)
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
        "posts": Post.objects.count(),
        "thread_events": ThreadEvent.objects.count(),
        "reactions": Reaction.objects.count(),
        "follows": ThreadFollow.objects.count(),
        "moderation_actions": ModerationAction.objects.count(),
        "notifications": Notification.objects.count(),
        "unread": Notification.objects.filter(read_at__isnull=True).count(),
        "networks": LearningNetwork.objects.live().count(),
        "network_memberships": NetworkMembership.objects.count(),
        "network_requests": NetworkMembershipRequest.objects.count(),
        "network_invitations": NetworkInvitation.objects.count(),
        "shelf_items": ShelfItem.objects.count(),
    }


def assert_the_learning_networks_show_every_way_in():
    """Three networks, one per mode, each with a coordinator from the institute (the demo
    trekker coordinates one), members, a shelf and a closed discussion with replies; a
    request waits (the demo member's), an invitation waits for a member and one for a new
    address; the accepted requests carry the coordinator's decision."""
    networks = {network.membership_mode: network for network in LearningNetwork.objects.live()}
    assert set(networks) == {"open", "request", "invitation"}
    for network in networks.values():
        coordinators = network.memberships.filter(role=NetworkRole.COORDINATOR).select_related("member")
        assert any(membership.member.is_editor for membership in coordinators)
        assert network.memberships.filter(role=NetworkRole.MEMBER).count() >= 2
        assert network.shelf_items.count() >= 3
        thread = Thread.objects.get(category__network=network)
        assert thread.post_count >= 2
    toegang = networks["request"]
    assert toegang.title == "Toegang en integraal werken"
    assert toegang.memberships.filter(member__email="trekker@zwolle.example", role=NetworkRole.COORDINATOR).exists()
    waiting = NetworkMembershipRequest.objects.get(status=RequestStatus.PENDING)
    assert (waiting.network, waiting.member.email) == (toegang, "lid@gemeente-delft.example")
    assert NetworkMembershipRequest.objects.filter(network=toegang, status=RequestStatus.ACCEPTED).count() >= 3
    assert networks["open"].title == "Armoede en schulden"
    open_invitations = NetworkInvitation.objects.filter(accepted_at__isnull=True, network=networks["invitation"])
    assert set(open_invitations.values_list("email", flat=True)) == {
        "trekker@zwolle.example",
        "wijkcoach@gemeente-kampen.example",
    }
    assert Notification.objects.filter(kind=NotificationKind.NETWORK_REQUEST, network=toegang).exists()


def assert_the_thread_logs_are_what_the_services_write():
    """Every thread's event log is numbered 1, 2, 3… without gaps; each post has its own
    "post" event under its number, each reaction given and each answer marked theirs; all
    of it is dated within the thread's life; every writer follows the thread, and every
    reply told the member it answers."""
    for thread in Thread.objects.all():
        events = list(thread.events.order_by("sequence"))
        assert [event.sequence for event in events] == list(range(1, thread.last_sequence + 1)), thread
        posts = list(thread.posts.select_related("parent").order_by("sequence"))
        assert thread.post_count == len(posts) and posts[0].is_opening
        assert [(event.sequence, event.post_id) for event in events if event.kind == "post"] == [
            (post.sequence, post.pk) for post in posts
        ]
        for event in events:
            if event.kind == "post":
                post = event.post
                assert event.payload["post_seq"] == post.sequence and event.payload["author_id"] == post.author_id
                assert event.payload["parent_seq"] == (post.parent.sequence if post.parent_id else None)
                assert event.payload["html"]
                assert event.created_at == post.created_at
        kinds = Counter(event.kind for event in events)
        assert kinds["reactions"] == Reaction.objects.filter(post__thread=thread).count()
        assert kinds["answer"] == (thread.answer_id is not None)
        assert kinds["thread"] == (thread.is_pinned or thread.is_locked)
        # Dated as the story goes, not when the demo was loaded.
        dated = [
            *events,
            *Reaction.objects.filter(post__thread=thread),
            *ModerationAction.objects.filter(thread=thread),
        ]
        assert all(thread.created_at <= item.created_at <= thread.last_activity_at for item in dated), thread
        writers = {post.author_id for post in posts}
        assert writers <= set(thread.follows.values_list("member_id", flat=True))
        for post in posts:
            assert post.depth <= MAX_REPLY_DEPTH and post.depth == (post.parent.depth + 1 if post.parent_id else 0)
    replies = Post.objects.filter(is_opening=False).select_related("thread", "reply_to")
    for post in replies:
        answered = post.reply_to.author_id if post.reply_to_id else post.thread.author_id
        if answered != post.author_id:
            assert Notification.objects.filter(post=post, recipient_id=answered).exists(), post


def assert_the_notifications_are_believable():
    """Notifications about posts are dated when the post was written, and nobody's bell
    is flooded with what they saw while writing in the same conversation."""
    about_posts = Notification.objects.filter(post__isnull=False).select_related("post")
    assert about_posts.exists()
    assert all(notification.created_at == notification.post.created_at for notification in about_posts)
    unread = Counter(Notification.objects.filter(read_at__isnull=True).values_list("recipient_id", flat=True))
    assert 0 < max(unread.values()) <= 100


def assert_the_requests_wait_for_the_editors():
    from demo.content.pages import DEMO_TODAY

    applications = PracticeApplication.objects.all()
    Status = PracticeApplication.Status
    assert {application.status for application in applications} == {Status.NEW, Status.IN_PROGRESS, Status.ACCEPTED}
    assert all(application.themes.exists() and application.hours_acknowledged for application in applications)
    requests = AssociateMembershipRequest.objects.all()
    assert {request.status for request in requests} == {AssociateMembershipRequest.Status.PENDING}
    assert all(item.created_at < DEMO_TODAY for item in [*applications, *requests])


def assert_the_learning_cycle_runs_from_application_to_lesson():
    """An application was accepted (a live practice in its first weeks, with open
    leervragen, its trekker and the shared startanalyse its contact prepared), one practice
    reflects mid-way (two reflections, one made an experience, the current period's prompt
    waiting), and an ended practice evaluated, from which the editors published the lesson,
    citing it, with its leervragen answered."""
    from demo.content.pages import DEMO_TODAY
    from notifications.models import Notification, NotificationKind
    from practices.models import LearningQuestionStatus, PracticeRole, Reflection

    accepted = PracticeApplication.objects.get(status=PracticeApplication.Status.ACCEPTED)
    started = accepted.practice
    assert started.live and accepted.decided_by is not None
    assert (DEMO_TODAY.date() - started.start_date).days < 6 * 7
    assert started.learning_questions.filter(status=LearningQuestionStatus.OPEN).exists()
    assert started.memberships.filter(role=PracticeRole.LEAD, member__email=accepted.contact_email).exists()
    # The startanalyse the contact prepared came along with the acceptance, filled in and shared.
    analysis = started.start_analysis
    assert analysis.is_shared and analysis.created_by.email == accepted.contact_email
    assert analysis.figures["example"] and analysis.figures["themes"] and analysis.theme_notes
    assert analysis.target_groups and analysis.causes and analysis.focus

    reflections = Reflection.objects.filter(practice__slug="emmen-samen-minder-alleen")
    assert reflections.count() == 2 and reflections.filter(experience__isnull=False).count() == 1
    latest_prompt = reflections.first().practice.reflection_prompts.order_by("-period_start").first()
    assert not reflections.filter(prompt=latest_prompt).exists()
    assert Notification.objects.filter(kind=NotificationKind.REFLECTION_DUE, practice=latest_prompt.practice).exists()

    ended = LearningPractice.objects.get(slug="arnhem-een-huishouden-een-plan")
    lesson = ended.evaluation.lesson
    assert ended.evaluation.is_submitted and lesson.live
    assert list(lesson.source_practices.all()) == [ended]
    assert set(lesson.source_learning_questions.all()) == set(ended.learning_questions.all())
    assert not ended.learning_questions.exclude(status=LearningQuestionStatus.ANSWERED).exists()
    assert Notification.objects.filter(kind=NotificationKind.LESSON_CITES_PRACTICE, lesson=lesson).exists()


def assert_the_demo_trekker_is_asked_for_a_change():
    """The demo's trekker finds a request for changes on "Mijn ervaringen" and in the bell."""
    trekker = Member.objects.get(email="trekker@zwolle.example")
    statuses = experience_statuses(ExperienceReport.objects.filter(author=trekker))
    [asked] = [status for status in statuses.values() if status.code == "changes_requested"]
    assert asked.message.startswith("Mooi stuk!")
    [notification] = Notification.objects.filter(recipient=trekker, kind=NotificationKind.CHANGES_REQUESTED)
    assert notification.message == asked.message and notification.read_at is None


def assert_a_past_meeting_has_evaluation_results_and_its_report_was_announced():
    from events import evaluation
    from events.models import EvaluationResponse, ReportAnnouncement

    [event] = EventPage.objects.filter(evaluation_enabled=True, organised_by__isnull=True, series__isnull=True)
    assert event.is_past and event.report and event.related_lessons.exists()
    results = evaluation.results(event)
    assert 0 < results.responses < results.attendees
    assert all(question.count for question in results.questions)
    assert not EvaluationResponse.objects.filter(event=event, member__isnull=False).exists()  # anonymous
    assert evaluation.is_open(event)  # the rest can still answer
    assert ReportAnnouncement.objects.filter(event=event).exists()
    told = Notification.objects.filter(event=event)
    assert told.filter(kind=NotificationKind.EVENT_EVALUATION).count() == results.attendees
    assert told.filter(kind=NotificationKind.EVENT_REPORT).count() == results.attendees


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
            # The waitlist is numbered 1, 2, 3… and nobody waits while a seat is free.
            positions = with_waitlist_position(registrations.filter(status=RegistrationStatus.WAITLISTED))
            assert sorted(registration.waitlist_position for registration in positions) == list(
                range(1, len(positions) + 1)
            )
            assert not positions or confirmed == capacity
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


def assert_every_curated_element_has_a_page_and_dossiers_name_sources_and_gaps():
    """Each curated effective element has a live page, written like an editor would; some
    dossiers have a bronnenlijst and gaps that look for practices; lessons name elements."""
    from knowledge.models import EffectiveElementPage, KnowledgeGap, Lesson
    from practices.curated import CURATED_EFFECTIVE_ELEMENTS

    element_pages = EffectiveElementPage.objects.live().select_related("element")
    assert {page.element.slug for page in element_pages} == {slug for _, slug, _ in CURATED_EFFECTIVE_ELEMENTS}
    assert all(page.intro and page.application and page.conditions and page.examples for page in element_pages)
    assert KnowledgeGap.objects.seeking_practices().exists()
    assert Lesson.objects.filter(elements__isnull=False).distinct().count() == 21  # with the one from Arnhem


def assert_meetings_are_made_by_those_who_hold_them():
    """A network meeting made by its coordinator (a trekker) and a practice's own local
    meeting made by its trekker: published for their circle, with attendees."""
    from events.models import EventPage

    made = EventPage.objects.filter(organised_by__isnull=False).select_related("organised_by")
    network_meeting = made.get(network__slug="toegang-en-integraal-werken")
    practice_meeting = made.get(organising_practice__slug="midden-groningen-bestaanszekerheid")
    for meeting in (network_meeting, practice_meeting):
        assert meeting.live and meeting.circle_only and not meeting.organised_by.is_editor
        assert meeting.registrations.confirmed().exists()
    assert_the_organisers_use_their_tools(network_meeting, practice_meeting)


def assert_the_organisers_use_their_tools(network_meeting, practice_meeting):
    """The network meeting's coordinator wrote to its confirmed attendees (in their bell);
    the practice's meeting has its evaluation switched on, with its questions."""
    from events.evaluation import questions
    from events.models import EventMessage

    message = EventMessage.objects.get(event=network_meeting)
    assert message.sender == network_meeting.organised_by and message.audience == "confirmed"
    confirmed = set(network_meeting.registrations.confirmed().values_list("member", flat=True))
    assert message.recipient_count == len(confirmed) >= 2
    notified = Notification.objects.filter(kind=NotificationKind.EVENT_MESSAGE, event_message=message)
    assert set(notified.values_list("recipient", flat=True)) == confirmed
    assert practice_meeting.evaluation_enabled and len(questions(practice_meeting)) == 3
    assert not practice_meeting.has_unpublished_changes


def assert_a_network_shows_what_it_learned():
    """Armoede en schulden held two meetings with a report and lessons (and its series a
    session with a report); the latest was followed by a discussion in the network's closed
    space. Its "what we learned" shows them (the discussion to its members only)."""
    from django.test import Client
    from django.urls import reverse

    from events.learned import learned_meetings
    from members.models import Member

    network = LearningNetwork.objects.get(slug="armoede-en-schulden")
    member = Member.objects.get(email="priya.ramdin@zaanstad.example")
    meetings = list(learned_meetings(member, network))
    # Its two meetings with lessons, and the past first session of its series (a report).
    assert len(meetings) == 3 and all(meeting.report_excerpt for meeting in meetings)
    held = [meeting for meeting in meetings if meeting.series_id is None]
    assert len(held) == 2 and all(meeting.learned_lessons for meeting in held)
    assert meetings[0].discussion.category.network == network and meetings[0].discussion_readable
    visitor_page = Client().get(reverse("learned:network", args=[network.pk]))
    assert visitor_page.status_code == 200
    html = visitor_page.content.decode()
    assert meetings[0].title in html and meetings[0].discussion.title not in html


def assert_a_series_has_a_past_session_with_results_and_sessions_to_come():
    """The network on poverty holds a series of four sessions: the first took place, with
    evaluation results and a report the attendees heard of; three are to come, each within
    its own seats (the third is full and has a waitlist); one member cancelled one session
    and stays registered for the series."""
    from events import evaluation
    from events.models import EventSeries, ReportAnnouncement, SeriesRegistration

    [made] = EventSeries.objects.all()
    assert made.network.slug == "armoede-en-schulden" and made.circle_only
    sessions = list(EventPage.objects.filter(series=made).order_by("start"))
    assert len(sessions) == 4 and all(session.live for session in sessions)
    assert [session.is_past for session in sessions] == [True, False, False, False]
    first = sessions[0]
    results = evaluation.results(first)
    assert first.report and 0 < results.responses < results.attendees
    assert ReportAnnouncement.objects.filter(event=first).exists()
    registrants = SeriesRegistration.objects.active().filter(series=made)
    assert registrants.count() == 4
    for session in sessions:
        confirmed = session.registrations.confirmed().count()
        assert confirmed <= session.capacity_in_person
    assert sessions[2].registrations.waitlisted().count() == 1
    cancelled = sessions[1].registrations.filter(status=RegistrationStatus.CANCELLED)
    assert cancelled.count() == 1
    assert registrants.filter(member=cancelled.get().member).exists()


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
        "practices": 15,
        "memberships": first["memberships"],
        "experiences": 32,
        "dossiers": 15,
        "lessons": 21,
        "applications": 3,
        "associate_requests": 2,
        "events": 20,
        "registrations": first["registrations"],
        "threads": first["threads"],
        "posts": first["posts"],
        "thread_events": first["thread_events"],
        "reactions": first["reactions"],
        "follows": first["follows"],
        "moderation_actions": first["moderation_actions"],
        "notifications": first["notifications"],
        "unread": first["unread"],
        "networks": 3,
        "network_memberships": first["network_memberships"],
        "network_requests": first["network_requests"],
        "network_invitations": first["network_invitations"],
        "shelf_items": first["shelf_items"],
    }
    assert first["memberships"] >= 14
    assert_meetings_are_made_by_those_who_hold_them()
    roles = Counter(role for member in Member.objects.prefetch_related("groups") for role in member.roles)
    assert roles[Role.MUNICIPAL_LEAD] == 14
    assert roles[Role.EDITOR] == 3
    states = Counter(status.code for status in experience_statuses(ExperienceReport.objects.all()).values())
    assert states == {"published": 18, "submitted": 6, "changes_requested": 5, "draft": 3}
    assert (
        len({practice.municipality.province for practice in LearningPractice.objects.select_related("municipality")})
        == 12
    )
    assert_the_calendar_is_believable()
    assert_a_past_meeting_has_evaluation_results_and_its_report_was_announced()
    assert_a_series_has_a_past_session_with_results_and_sessions_to_come()
    assert_the_thread_logs_are_what_the_services_write()
    assert_the_notifications_are_believable()
    assert_the_requests_wait_for_the_editors()
    assert_the_learning_cycle_runs_from_application_to_lesson()
    assert_the_demo_trekker_is_asked_for_a_change()
    assert_the_statements_and_admin_accounts_are_ready()
    assert_every_curated_element_has_a_page_and_dossiers_name_sources_and_gaps()
    assert_the_learning_networks_show_every_way_in()
    assert_a_network_shows_what_it_learned()
    assert mail.outbox == []

    call_command("load_demo_content", verbosity=0)
    assert counts() == first
