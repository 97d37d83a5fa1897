"""Forum: public categories, the closed spaces of the practices, discussions of every kind
(questions with answers, pinned, closed) and two long ones with hundreds of messages."""

import random
import re
from datetime import timedelta

from django.db.models import OuterRef, Subquery

from forum import access, services
from forum.models import Category, ModerationAction, Post, Reaction, Thread, ThreadEvent
from members.models import Member
from notifications import services as notification_services
from notifications.models import Notification
from practices.models import LearningPractice
from themes.models import Theme

from .forum_data import CATEGORIES, LONG_THREADS, REPLY_POOL, THREADS
from .pages import days_ago

MODERATOR = "moderator@lerendnetwerk.example"
MENTION = re.compile(r"@\{([^}]+)\}")


def _with_mentions(text, members):
    return MENTION.sub(lambda match: "@" + members[match.group(1)].mention_handle, text)


def _category(key, categories):
    if key.startswith("practice:"):
        return services.ensure_practice_space(LearningPractice.objects.get(slug=key.split(":", 1)[1]))
    return categories[key]


def _spread_in_time(thread, start):
    """Date the thread and its messages as if written from `start` on, hours apart (only
    timestamps change). A post's event, reactions and notifications are dated with the
    post; the rest of the log (answer, pin, close) and the moderators' actions with the
    last message."""
    moment = last = start
    for post in Post.objects.filter(thread=thread).order_by("sequence"):
        Post.objects.filter(pk=post.pk).update(created_at=moment)
        last = moment
        moment += timedelta(hours=3, minutes=17 * (post.sequence % 5))
    written = Subquery(Post.objects.filter(pk=OuterRef("post_id")).values("created_at")[:1])
    events = ThreadEvent.objects.filter(thread=thread)
    events.filter(kind__in=["post", "reactions"]).update(created_at=written)
    events.exclude(kind__in=["post", "reactions"]).update(created_at=last)
    Reaction.objects.filter(post__thread=thread).update(created_at=written)
    Notification.objects.filter(post__thread=thread).update(created_at=written)
    ModerationAction.objects.filter(thread=thread).update(created_at=last)
    Thread.objects.filter(pk=thread.pk).update(created_at=start, last_activity_at=last)
    return moment


def _readers(category, members):
    return [member for member in members.values() if access.can_read_category(member, category)]


def _react(post, kind, count, readers, rng):
    candidates = [member for member in readers if member.pk != post.author_id]
    for member in rng.sample(candidates, min(count, len(candidates))):
        services.toggle_reaction(member, post, kind)


def load_categories():
    """The public categories, as editors make them in the admin; the practices' closed
    spaces through the service that makes them when a practice is published."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    categories = {}
    for order, data in enumerate(CATEGORIES):
        category, _ = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "theme": themes.get(data["theme"]),
                "sort_order": order,
            },
        )
        categories[data["slug"]] = category
    for practice in LearningPractice.objects.live():
        services.ensure_practice_space(practice)
    return categories


def load_threads(categories, members):
    rng = random.Random(4)  # deterministic demo
    moderator = members[MODERATOR]
    for data in THREADS:
        category = _category(data["category"], categories)
        if Thread.objects.filter(category=category, title=data["title"]).exists():
            continue
        thread = services.start_thread(
            members[data["author"]],
            category,
            title=data["title"],
            body=_with_mentions(data["opening"], members),
            themes=Theme.objects.filter(slug__in=data["themes"]),
            is_question=data["is_question"],
        )
        readers = _readers(category, members)
        posts = []
        for reply in data["posts"]:
            reply_to = posts[reply["reply_to"]] if reply["reply_to"] is not None else None
            post = services.reply(
                members[reply["author"]], thread, body=_with_mentions(reply["body"], members), reply_to=reply_to
            )
            _react(post, "useful", reply["useful"], readers, rng)
            _react(post, "agree", reply["agree"], readers, rng)
            posts.append(post)
        if data["answer"] is not None:
            services.mark_answer(members[data["author"]], thread, posts[data["answer"]])
        if data["pinned"] or data["locked"]:
            services.moderate_thread(moderator, thread, pinned=data["pinned"] or None, locked=data["locked"] or None)
        _spread_in_time(thread, days_ago(data["days_ago"]))


def load_long_threads(categories, members):
    """Hundreds of messages, written through the services like every other post."""
    rng = random.Random(11)
    for data in LONG_THREADS:
        category = categories[data["category"]]
        if Thread.objects.filter(category=category, title=data["title"]).exists():
            continue
        author = members[data["author"]]
        thread = services.start_thread(author, category, title=data["title"], body=data["opening"])
        readers = [member for member in _readers(category, members) if member.pk != author.pk]
        posts = []
        for number in range(data["length"]):
            reply_to = posts[-rng.randint(1, min(5, len(posts)))] if posts and number % 6 == 5 else None
            text = REPLY_POOL[(number * 7 + len(data["title"])) % len(REPLY_POOL)]
            posts.append(services.reply(readers[(number * 5) % len(readers)], thread, body=text, reply_to=reply_to))
        _spread_in_time(thread, days_ago(data["days_ago"]))


def settle_notifications(since):
    """Run after the load has committed, when its background work has told members about
    the new posts (the notifications made since `since`). Whoever writes on the forum has
    seen their bell: what it told them about earlier posts is read (through the service
    the bell uses). Then the notifications are dated when their post was written."""
    made = Notification.objects.filter(created_at__gte=since, post__isnull=False)
    last_written = Post.objects.filter(author_id=OuterRef("recipient_id")).order_by("-created_at").values("created_at")
    seen = made.filter(read_at__isnull=True, post__created_at__lt=Subquery(last_written[:1]))
    by_member = {}
    for recipient_id, notification_id in seen.values_list("recipient_id", "pk"):
        by_member.setdefault(recipient_id, []).append(notification_id)
    for member in Member.objects.filter(pk__in=by_member):
        notification_services.mark_read(member, by_member[member.pk])
    made.update(created_at=Subquery(Post.objects.filter(pk=OuterRef("post_id")).values("created_at")[:1]))


def load():
    members = {member.email: member for member in Member.objects.prefetch_related("groups")}
    categories = load_categories()
    load_threads(categories, members)
    load_long_threads(categories, members)
