"""Forum: public categories, the closed spaces of the practices, discussions of every kind
(questions with answers, pinned, closed) and two long ones with hundreds of messages."""

import random
import re
from datetime import timedelta

from django.db.models import F

from forum import access, services
from forum.models import Category, Post, Thread, ThreadEvent, ThreadFollow
from members.models import Member
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
    """Date the thread and its messages as if written from `start` on, hours apart."""
    moment = last = start
    for post in Post.objects.filter(thread=thread).order_by("sequence"):
        Post.objects.filter(pk=post.pk).update(created_at=moment)
        Notification.objects.filter(post=post).update(created_at=moment)
        last = moment
        moment += timedelta(hours=3, minutes=17 * (post.sequence % 5))
    Thread.objects.filter(pk=thread.pk).update(created_at=start, last_activity_at=last)
    ThreadEvent.objects.filter(thread=thread).update(created_at=start)
    return moment


def _readers(category, members):
    return [member for member in members.values() if access.can_read_category(member, category)]


def _react(post, kind, count, readers, rng):
    candidates = [member for member in readers if member.pk != post.author_id]
    for member in rng.sample(candidates, min(count, len(candidates))):
        services.toggle_reaction(member, post, kind)


def load_categories():
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
    """Hundreds of messages: written in bulk (rows as the services write them, events
    included), because going through a transaction per message would make `make run` slow."""
    rng = random.Random(11)
    for data in LONG_THREADS:
        category = categories[data["category"]]
        if Thread.objects.filter(category=category, title=data["title"]).exists():
            continue
        author = members[data["author"]]
        thread = services.start_thread(author, category, title=data["title"], body=data["opening"])
        readers = [member for member in _readers(category, members) if member.pk != author.pk]
        sequence = thread.last_sequence
        posts = []
        for number in range(data["length"]):
            sequence += 1
            parent = None
            if posts and number % 6 == 5:
                parent = posts[-rng.randint(1, min(5, len(posts)))]
                while parent.depth >= 2:
                    parent = parent.parent
            text = REPLY_POOL[(number * 7 + len(data["title"])) % len(REPLY_POOL)]
            posts.append(
                Post(
                    thread=thread,
                    sequence=sequence,
                    parent=parent,
                    root=(parent.root or parent) if parent else None,
                    reply_to=parent,
                    depth=(parent.depth + 1) if parent else 0,
                    author=readers[(number * 5) % len(readers)],
                    body_markdown=text,
                    body_html=f"<p>{text}</p>",
                )
            )
            Post.objects.bulk_create(posts[-1:])  # saved one by one: later replies point at it
        ThreadEvent.objects.bulk_create(
            ThreadEvent(
                thread=thread,
                sequence=post.sequence,
                kind="post",
                post=post,
                payload={
                    "post_seq": post.sequence,
                    "parent_seq": post.parent.sequence if post.parent else None,
                    "author_id": post.author_id,
                    "html": services.post_html(post),
                },
            )
            for post in posts
        )
        Thread.objects.filter(pk=thread.pk).update(last_sequence=sequence, post_count=F("post_count") + len(posts))
        ThreadFollow.objects.bulk_create(
            [ThreadFollow(member=member, thread=thread) for member in {post.author for post in posts}],
            ignore_conflicts=True,
        )
        _spread_in_time(thread, days_ago(data["days_ago"]))


def load():
    members = {member.email: member for member in Member.objects.prefetch_related("groups")}
    categories = load_categories()
    load_threads(categories, members)
    load_long_threads(categories, members)
