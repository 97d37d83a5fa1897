"""Creating, counting and reading notifications; mail straight away or in a digest."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from lerendnetwerk.mail import send_templated

from .models import IMMEDIATE_KINDS, DigestFrequency, Notification, NotificationKind, NotificationPreference

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
UNSUBSCRIBE_TOPICS = {"mentions", "replies", "digest", "all"}


def member_group(member_id):
    return f"notifications.{member_id}"


def preference_for(member):
    preference, _created = NotificationPreference.objects.get_or_create(member=member)
    return preference


def unread_count(member):
    return Notification.objects.filter(recipient=member, read_at__isnull=True).count()


def push_unread_count(member_id):
    layer = get_channel_layer()
    if layer is None:
        return
    count = Notification.objects.filter(recipient_id=member_id, read_at__isnull=True).count()
    async_to_sync(layer.group_send)(member_group(member_id), {"type": "notification.count", "unread": count})


def _recipients_for(post):
    """{member id: kind} for a new post, the strongest reason per member."""
    from forum.models import CategoryFollow, ThreadFollow

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
    from forum.access import thread_readers

    readers, _ = thread_readers(thread.pk, member_ids)
    return readers


@transaction.atomic
def notify_about_post(post_id):
    """Tell everyone who should know about a new post (background task)."""
    from forum.models import Post

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
        member_id = notification.recipient_id
        transaction.on_commit(lambda member_id=member_id: push_unread_count(member_id))
    _email_immediately(post, [n for n in notifications if n.kind in IMMEDIATE_KINDS])
    return notifications


def notify_answer(post_id, actor_id):
    from forum.models import Post

    post = Post.objects.select_related("thread").get(pk=post_id)
    Notification.objects.get_or_create(
        recipient_id=post.author_id,
        post=post,
        defaults={"kind": NotificationKind.ANSWER, "actor_id": actor_id, "thread": post.thread},
    )
    push_unread_count(post.author_id)


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
    from members.models import Member

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
    from members.models import Member

    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if data.get("t") not in UNSUBSCRIBE_TOPICS:
        raise signing.BadSignature("unknown topic")
    member = Member.objects.get(pk=data["m"])
    preference = preference_for(member)
    if data["t"] in ("mentions", "all"):
        preference.email_mentions = False
    if data["t"] in ("replies", "all"):
        preference.email_replies = False
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
        transaction.on_commit(lambda: push_unread_count(member.pk))
    return changed


def send_digests(frequency, now=None):
    """One summary mail per member with unread, not yet mailed activity since their last
    digest. Each notification goes into at most one digest (emailed_at is set)."""
    from members.models import Member

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
                .filter(recipient=member, read_at__isnull=True, emailed_at__isnull=True, created_at__lte=now)
                .select_related("thread", "post", "actor")
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
                "frequency": frequency,
                "site_url": settings.WAGTAILADMIN_BASE_URL,
                "unsubscribe_url": unsubscribe_url(member, "digest"),
            }
            send_templated("notifications/email/digest", context, [member.email], headers=_headers(member, "digest"))
            sent += 1
    return sent
