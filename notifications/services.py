"""Creating, counting and reading notifications; mail straight away or in a digest."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from forum.access import may_read_thread, thread_readers
from forum.models import CategoryFollow, Post, ThreadFollow
from lerendnetwerk.live import broadcast_after_commit, group_name
from lerendnetwerk.mail import send_templated
from members.models import Member
from networks.models import NetworkMembership, NetworkRole, RequestStatus
from practices.models import PracticeMembership, PracticeRole

from .models import (
    IMMEDIATE_KINDS,
    POST_ACTIVITY_KINDS,
    DigestFrequency,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from .unread import forget_unread_count, unread_count

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
UNSUBSCRIBE_TOPICS = {"mentions", "replies", "contributions", "digest", "all"}


def count_group(member_id):
    """The member's notification sockets (the bell), which hear the unread count."""
    return group_name("notifications", member_id)


def preference_for(member):
    preference, _created = NotificationPreference.objects.get_or_create(member=member)
    return preference


def unread_count_of(member_id):
    """unread_count() for a member known by id (the notification socket, live pushes)."""
    member = Member.objects.filter(pk=member_id).first()
    return unread_count(member) if member is not None else 0


def push_unread_count(member_id):
    """After commit, the member's bell shows the unread count (counted then: the
    remembered count is forgotten first)."""
    forget_unread_count(member_id)
    broadcast_after_commit(
        count_group(member_id), lambda: {"type": "notification.count", "unread": unread_count_of(member_id)}
    )


def membership_changed(sender, instance, **kwargs):
    """A member joined or left a practice: the bell shows the count they may now read."""
    push_unread_count(instance.member_id)


def _recipients_for(post):
    """{member id: kind} for a new post, the strongest reason per member."""
    reasons = {}

    def add(member_id, kind):
        if member_id and member_id != post.author_id and member_id not in reasons:
            reasons[member_id] = kind

    for member_id in post.mentions.values_list("pk", flat=True):
        add(member_id, NotificationKind.MENTION)
    if post.reply_to_id:
        add(post.reply_to.author_id, NotificationKind.REPLY)
    elif not post.is_opening:
        add(post.thread.author_id, NotificationKind.REPLY)
    for member_id in ThreadFollow.objects.filter(thread_id=post.thread_id).values_list("member_id", flat=True):
        add(member_id, NotificationKind.THREAD_ACTIVITY)
    for member_id in CategoryFollow.objects.filter(category_id=post.thread.category_id).values_list(
        "member_id", flat=True
    ):
        add(member_id, NotificationKind.CATEGORY_ACTIVITY)
    return reasons


def _who_may_read(thread, member_ids):
    readers, _ = thread_readers(thread.pk, member_ids)
    return readers


@transaction.atomic
def notify_about_post(post_id):
    """Tell everyone who should know about a new post (background task)."""
    post = Post.objects.select_related("thread__category", "reply_to", "author").filter(pk=post_id).first()
    if post is None or not post.is_visible:
        return []
    reasons = _recipients_for(post)
    allowed = _who_may_read(post.thread, list(reasons))
    notifications = Notification.objects.bulk_create(
        [
            Notification(recipient_id=member_id, kind=kind, actor=post.author, thread=post.thread, post=post)
            for member_id, kind in reasons.items()
            if member_id in allowed
        ],
        ignore_conflicts=True,
    )
    for notification in notifications:
        push_unread_count(notification.recipient_id)
    _email_immediately(post, [n for n in notifications if n.kind in IMMEDIATE_KINDS])
    return notifications


def notify_answer(post_id, actor_id):
    post = Post.objects.select_related("thread").get(pk=post_id)
    if not may_read_thread(post.author_id, post.thread_id):  # e.g. the author left the practice
        return
    Notification.objects.get_or_create(
        recipient_id=post.author_id,
        post=post,
        kind=NotificationKind.ANSWER,
        defaults={"actor_id": actor_id, "thread": post.thread},
    )
    push_unread_count(post.author_id)


# About the member's own contributions: the review of their experiences (Wagtail's
# workflow signals), reactions to their posts, a post hidden by a moderator. The forum's
# services call these inside their transaction; the count goes live and the mail goes
# out after commit.


def _notify_member(
    recipient,
    kind,
    *,
    actor=None,
    experience=None,
    thread=None,
    post=None,
    practice=None,
    network=None,
    event=None,
    event_message=None,
    message="",
    mail=True,
    mail_context=None,
):
    """Nothing for what a member did themselves, nor for an inactive member. `mail_context`:
    what the mail's template needs besides the notification (a link to cancel)."""
    if recipient is None or not recipient.is_active or (actor is not None and actor.pk == recipient.pk):
        return None
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        actor=actor,
        experience=experience,
        thread=thread,
        post=post,
        practice=practice,
        network=network,
        event=event,
        event_message=event_message,
        message=message or "",
    )
    push_unread_count(recipient.pk)
    preference = NotificationPreference.objects.filter(member=recipient).first() or NotificationPreference(
        member=recipient
    )
    if mail and kind in IMMEDIATE_KINDS and preference.wants_email(kind):
        _email_about_contribution(notification, mail_context)
    return notification


def _absolute(url):
    return url if url.startswith(("http://", "https://")) else settings.WAGTAILADMIN_BASE_URL + url


def _email_about_contribution(notification, extra_context=None):
    """One mail at once, in the site's language (an editor's admin may be in English)."""
    member = notification.recipient
    context = {
        "member": member,
        "notification": notification,
        "url": _absolute(notification.get_absolute_url()),
        "unsubscribe_url": unsubscribe_url(member, "contributions"),
        **(extra_context or {}),
    }
    with translation.override(settings.LANGUAGE_CODE):
        send_templated(
            f"notifications/email/{notification.kind}",
            context,
            [member.email],
            headers=_headers(member, "contributions"),
        )
    notification.emailed_at = timezone.now()
    notification.save(update_fields=["emailed_at"])


def notify_changes_requested(experience, *, editor, message):
    """The editors ask the author for a change to their experience (Wagtail's "Request
    changes"), with the editor's message."""
    return _notify_member(
        experience.author, NotificationKind.CHANGES_REQUESTED, actor=editor, experience=experience, message=message
    )


def notify_experience_published(experience, *, editor):
    return _notify_member(experience.author, NotificationKind.EXPERIENCE_PUBLISHED, actor=editor, experience=experience)


def notify_lesson_cites_practices(lesson):
    """A lesson was published: the participants of the practices it draws on (every role:
    they did the work it distils) hear of it in the bell, and by mail as they chose (like
    the editors' other decisions about what they shared). Once per lesson and member: a
    lesson published again, or drawing on two of their practices, is not told twice (a
    unique constraint backs it when two publishes race); a practice added to the lesson
    later reaches its own participants then. Only who takes part now, with an active
    account; nothing for a lesson that is not live."""
    if not lesson.live:
        return []
    memberships = (
        PracticeMembership.objects.filter(practice__lessons=lesson, member__is_active=True)
        .select_related("member")
        .order_by("member_id", "practice_id")
    )
    first_practice = {}
    for membership in memberships:
        first_practice.setdefault(membership.member_id, membership)
    already = set(
        Notification.objects.filter(
            lesson=lesson, kind=NotificationKind.LESSON_CITES_PRACTICE, recipient_id__in=first_practice
        ).values_list("recipient_id", flat=True)
    )
    preferences = {
        preference.member_id: preference
        for preference in NotificationPreference.objects.filter(member_id__in=first_practice.keys() - already)
    }
    created = []
    for member_id, membership in first_practice.items():
        if member_id in already:
            continue
        with transaction.atomic():
            notification, is_new = Notification.objects.get_or_create(
                recipient_id=member_id,
                lesson=lesson,
                kind=NotificationKind.LESSON_CITES_PRACTICE,
                defaults={"practice_id": membership.practice_id},
            )
        if not is_new:
            continue
        notification.recipient = membership.member
        push_unread_count(member_id)
        preference = preferences.get(member_id) or NotificationPreference(member=membership.member)
        if preference.wants_email(notification.kind):
            _email_about_contribution(notification)
        created.append(notification)
    return created


def notify_practice_invitation(membership, *, invited_by=None):
    """A member takes part in a practice now: the bell, and a mail as they chose."""
    return _notify_member(
        membership.member, NotificationKind.PRACTICE_INVITATION, actor=invited_by, practice=membership.practice
    )


# Learning networks (networks.signals)


def notify_network_request(request):
    """A member asks to join a network: its active coordinators hear it, with the member's
    message, in the bell and by mail as they chose."""
    coordinators = NetworkMembership.objects.filter(
        network_id=request.network_id, role=NetworkRole.COORDINATOR, member__is_active=True
    ).select_related("member", "network")
    return [
        _notify_member(
            coordinator.member,
            NotificationKind.NETWORK_REQUEST,
            actor=request.member,
            network=coordinator.network,
            message=request.message,
        )
        for coordinator in coordinators
    ]


def notify_network_decision(request):
    """The member who asked hears the decision, with the coordinator's message."""
    accepted = request.status == RequestStatus.ACCEPTED
    return _notify_member(
        request.member,
        NotificationKind.NETWORK_ACCEPTED if accepted else NotificationKind.NETWORK_DECLINED,
        actor=request.decided_by,
        network=request.network,
        message=request.decision_message,
    )


def notify_network_meeting(network, organiser, title):
    """A meeting of the network was published for its members: every active member hears
    of it (the bell, and a mail as they chose), except the organiser. The notification
    names the meeting and leads to the network's page, where it is listed."""
    memberships = NetworkMembership.objects.filter(network_id=network.pk, member__is_active=True).select_related(
        "member"
    )
    return [
        _notify_member(
            membership.member, NotificationKind.NETWORK_MEETING, actor=organiser, network=network, message=title
        )
        for membership in memberships
    ]


def notify_network_invitation(invitation, member):
    """A member whose verified address was invited finds the invitation (accepted on the
    network's page)."""
    return _notify_member(
        member, NotificationKind.NETWORK_INVITATION, actor=invitation.invited_by, network=invitation.network
    )


def notify_application_decided(application, *, editor=None):
    """Only in the bell: the decision itself was mailed to the address (practices)."""
    recipient = Member.objects.with_verified_address(application.contact_email).filter(is_active=True).first()
    return _notify_member(
        recipient,
        NotificationKind.APPLICATION_DECIDED,
        actor=editor,
        practice=application.practice,
        message=application.decision_reason,
        mail=False,
    )


def notify_post_hidden(post, *, moderator, reason=""):
    """A moderator hid the member's post; the reason, when there is one, goes with it."""
    if post.author_id is None or not may_read_thread(post.author_id, post.thread_id):
        return None
    return _notify_member(
        post.author, NotificationKind.POST_HIDDEN, actor=moderator, thread=post.thread, post=post, message=reason
    )


def notify_reaction(post, member, reaction_kind):
    """Someone reacted to a post: its author hears it. Called under the thread's lock.
    Reactions gather in one notification per post until the author has read it (or it
    went out in a digest); a reaction the author was told about before (taken back and
    given again) is not told twice; nothing for reacting to one's own post."""
    author_id = post.author_id
    if author_id is None or author_id == member.pk or not may_read_thread(author_id, post.thread_id):
        return None
    reaction = [member.pk, reaction_kind]
    earlier = list(
        Notification.objects.select_for_update().filter(
            recipient_id=author_id, post_id=post.pk, kind=NotificationKind.REACTION
        )
    )
    if any(reaction in notification.reactions for notification in earlier):
        return None
    gathering = next((n for n in earlier if n.read_at is None and n.emailed_at is None), None)
    if gathering is None:
        notification = Notification.objects.create(
            recipient_id=author_id,
            kind=NotificationKind.REACTION,
            actor=member,
            thread_id=post.thread_id,
            post_id=post.pk,
            reactions=[reaction],
        )
        push_unread_count(author_id)
        return notification
    gathering.reactions.append(reaction)
    gathering.actor = member
    gathering.created_at = timezone.now()
    gathering.save(update_fields=["reactions", "actor", "created_at"])
    return gathering


# The learning cycle of practices (practices.signals)


def notify_reflection_due(prompt):
    """A practice's new reflection period began: each of its trekkers finds the request in
    the bell and by mail (sent after commit). A task in their practice rather than
    activity they follow: mailed whatever they chose for activity, never again in a digest."""
    leads = PracticeMembership.objects.filter(
        practice_id=prompt.practice_id, role=PracticeRole.LEAD, member__is_active=True
    ).select_related("member", "practice")
    notifications = []
    for membership in leads:
        member = membership.member
        notification = Notification.objects.create(
            recipient=member, kind=NotificationKind.REFLECTION_DUE, practice=membership.practice
        )
        push_unread_count(member.pk)
        context = {
            "member": member,
            "notification": notification,
            "practice": membership.practice,
            "url": _absolute(notification.get_absolute_url()),
        }
        with translation.override(settings.LANGUAGE_CODE):
            send_templated("notifications/email/reflection", context, [member.email])
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
        notifications.append(notification)
    return notifications


# Meetings the member attended (lerendnetwerk.meeting_signals)


def notify_event_attendees(event, members, kind):
    """The evaluation opened, or the report was published: each attendee finds it in the
    bell and (as they chose for contributions) by mail."""
    return [_notify_member(member, kind, event=event) for member in members]


def notify_organisers_message(message, recipients):
    """The organisers of a meeting wrote to its attendees: each member among them finds the
    message in the bell, and (as they chose for contributions) by mail, with their own link
    to cancel the registration. `recipients`: [(member, cancel_url)]."""
    return [
        _notify_member(
            member,
            NotificationKind.EVENT_MESSAGE,
            actor=message.sender,
            event=message.event,
            event_message=message,
            mail_context={"message": message, "cancel_url": url},
        )
        for member, url in recipients
    ]


def notify_meeting_moderated(event, *, organiser, editor=None, approved, comment=""):
    """The editors approved (published) or sent back a meeting the organiser submitted for
    the public calendar: the organiser hears it, with the editor's comment when there is one."""
    kind = NotificationKind.MEETING_LISTED if approved else NotificationKind.MEETING_RETURNED
    return _notify_member(organiser, kind, actor=editor, event=event, message=comment)


def unsubscribe_token(member, topic):
    return signing.dumps({"m": member.pk, "t": topic}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(member, topic):
    return settings.WAGTAILADMIN_BASE_URL + reverse(
        "notifications:unsubscribe", args=[unsubscribe_token(member, topic)]
    )


def _headers(member, topic):
    url = unsubscribe_url(member, topic)
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _email_immediately(post, notifications):
    members = Member.objects.filter(pk__in=[n.recipient_id for n in notifications]).select_related(
        "notification_preference"
    )
    kinds = {n.recipient_id: n.kind for n in notifications}
    quote = post.readable_markdown if notifications else ""
    sent = []
    for member in members:
        preference = getattr(member, "notification_preference", None) or NotificationPreference(member=member)
        kind = kinds[member.pk]
        if not preference.wants_email(kind):
            continue
        topic = "mentions" if kind == NotificationKind.MENTION else "replies"
        context = {
            "member": member,
            "post": post,
            "quote": quote,
            "kind": kind,
            "post_url": settings.WAGTAILADMIN_BASE_URL + post.get_absolute_url(),
            "unsubscribe_url": unsubscribe_url(member, topic),
        }
        send_templated(f"notifications/email/{kind}", context, [member.email], headers=_headers(member, topic))
        sent.append(member.pk)
    Notification.objects.filter(post=post, recipient_id__in=sent).update(emailed_at=timezone.now())


def unsubscribe(token):
    """Apply a one-click unsubscribe link; returns (member, topic) or raises BadSignature."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if data.get("t") not in UNSUBSCRIBE_TOPICS:
        raise signing.BadSignature("unknown topic")
    member = Member.objects.get(pk=data["m"])
    preference = preference_for(member)
    if data["t"] in ("mentions", "all"):
        preference.email_mentions = False
    if data["t"] in ("replies", "all"):
        preference.email_replies = False
    if data["t"] in ("contributions", "all"):
        preference.email_contributions = False
    if data["t"] in ("digest", "all"):
        preference.digest = DigestFrequency.NEVER
    preference.save()
    return member, data["t"]


def mark_read(member, notification_ids=None):
    notifications = Notification.objects.filter(recipient=member, read_at__isnull=True)
    if notification_ids is not None:
        notifications = notifications.filter(pk__in=notification_ids)
    changed = notifications.update(read_at=timezone.now())
    if changed:
        push_unread_count(member.pk)
    return changed


def send_digests(frequency, now=None):
    """One summary mail per member with unread, not yet mailed activity since their last
    digest. Each notification goes into at most one digest (emailed_at is set). What the
    member may no longer read when the digest goes out stays out of it."""
    now = now or timezone.now()
    sent = 0
    wants_it = Q(notification_preference__digest=frequency)
    if frequency == DigestFrequency.WEEKLY:  # the default for members who never chose
        wants_it |= Q(notification_preference__isnull=True)
    members = (
        Member.objects.filter(wants_it, is_active=True)
        .filter(notifications__read_at__isnull=True, notifications__emailed_at__isnull=True)
        .distinct()
    )
    for member in members:
        with transaction.atomic():
            pending = list(
                Notification.objects.select_for_update(of=("self",))
                .readable_by(member)
                .filter(read_at__isnull=True, emailed_at__isnull=True, created_at__lte=now)
                .select_related(
                    "thread", "post", "actor", "experience", "practice", "network", "event", "event_message"
                )
                .order_by("created_at")
            )
            if not pending:
                continue
            Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
            preference = preference_for(member)
            preference.last_digest_at = now
            preference.save(update_fields=["last_digest_at"])
            context = {
                "member": member,
                "notifications": pending,
                "discussions": [n for n in pending if n.kind in POST_ACTIVITY_KINDS],
                "contributions": [
                    {"notification": n, "url": _absolute(n.get_absolute_url())}
                    for n in pending
                    if n.kind not in POST_ACTIVITY_KINDS
                ],
                "frequency": frequency,
                "site_url": settings.WAGTAILADMIN_BASE_URL,
                "unsubscribe_url": unsubscribe_url(member, "digest"),
            }
            send_templated("notifications/email/digest", context, [member.email], headers=_headers(member, "digest"))
            sent += 1
    return sent
