"""The personal data of the forum: discussions, posts (and their earlier versions),
mentions, reactions, follows, reports and moderation. Exported and erased through the
privacy app (docs/privacy.md).

Posts stay when their author deletes the account, so that replies stay understandable; the
person goes: the author, earlier versions (only the last text was answered), the handle in
others' mentions, and their name in the thread's event log (what live clients replay)."""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Section, register

from .models import (
    CategoryFollow,
    ModerationAction,
    Post,
    PostReport,
    PostRevision,
    Reaction,
    Thread,
    ThreadEvent,
    ThreadFollow,
)
from .services import MENTION, post_html, render_post_markdown


def _own_text(markdown, member):
    """The member's text without other members' mention handles (@anna-de-vries-12
    carries that person's name); the member's own handle stays."""
    neutral = "@" + _("member")
    return MENTION.sub(lambda match: match.group(0) if int(match.group(2)) == member.pk else neutral, markdown)


@register
class Threads(PersonalData):
    """Discussions the member started stay, without the author (the sweep)."""

    key = "forum_threads"
    section = Section(
        "forum_threads", gettext_lazy("Discussions you started"), gettext_lazy("Titles and places of your discussions.")
    )
    position = 1000
    models = ("forum.thread",)
    labels = {
        "category": gettext_lazy("Category"),
        "is_question": gettext_lazy("Question"),
        "started_at": gettext_lazy("Started at"),
    }

    def export(self, member, export):
        threads = Thread.objects.filter(author=member).select_related("category").order_by("created_at")
        return [
            {
                "title": thread.title,
                "category": thread.category.name,
                "is_question": thread.is_question,
                "started_at": thread.created_at,
                "url": export.absolute(thread.get_absolute_url()),
            }
            for thread in threads
        ]


@register
class Posts(PersonalData):
    """Posts stay in their discussions and show "Former member"; their earlier versions go.
    Posts of others that mention the member get "@Former member" instead of the handle (the
    name), earlier versions included. The event log's renderings of the member's posts, of
    posts mentioning them and of replies to their posts are replaced by today's rendering."""

    key = "forum_posts"
    section = Section(
        "forum_posts",
        gettext_lazy("Posts"),
        gettext_lazy("Your posts in the forum with their earlier versions. Only your own texts."),
    )
    position = 1100
    models = ("forum.post", "forum.post_mentions")
    erase_order = 400
    labels = {
        "deleted_by_you": gettext_lazy("Deleted by you"),
        "earlier_versions": gettext_lazy("Earlier versions"),
        "edited_at": gettext_lazy("Edited at"),
        "hidden_by_a_moderator": gettext_lazy("Hidden by a moderator"),
        "in_reply_to_post_number": gettext_lazy("In reply to post number"),
        "number": gettext_lazy("Number"),
        "posted_at": gettext_lazy("Posted at"),
        "written_at": gettext_lazy("Written at"),
    }

    def export(self, member, export):
        posts = (
            Post.objects.filter(author=member)
            .select_related("thread", "reply_to")
            .prefetch_related("revisions")
            .order_by("created_at", "pk")
        )
        return [
            {
                "discussion": post.thread.title,
                "number": post.sequence,
                "url": export.absolute(post.get_absolute_url()),
                "in_reply_to_post_number": post.reply_to.sequence if post.reply_to_id else None,
                "text": _own_text(post.body_markdown, member),
                "posted_at": post.created_at,
                "edited_at": post.edited_at,
                "deleted_by_you": post.is_deleted,
                "hidden_by_a_moderator": post.is_hidden,
                "earlier_versions": [
                    {"text": _own_text(revision.body_markdown, member), "written_at": revision.written_at}
                    for revision in post.revisions.all()
                ],
            }
            for post in posts
        ]

    def erase(self, erasure):
        member = erasure.member
        own_post_ids = list(Post.objects.filter(author=member).values_list("pk", flat=True))
        PostRevision.objects.filter(post_id__in=own_post_ids).delete()
        mentioning_post_ids = _forget_mentions(member, erasure.placeholder_name)
        # Without the author before rendering again, so that the renderings name nobody.
        Post.objects.filter(pk__in=own_post_ids).update(author=None)
        Thread.objects.filter(author=member).update(author=None)
        replies_to_own_posts = Post.objects.filter(reply_to_id__in=own_post_ids).values_list("pk", flat=True)
        _rerender_thread_events({*own_post_ids, *mentioning_post_ids, *replies_to_own_posts})

    def deletion_summary(self, member, now):
        return {"posts": Post.objects.filter(author=member, is_deleted=False).count()}


def _forget_mentions(member, replacement_name):
    """Posts (and earlier versions) that mention the member carry their name: in the handle
    (@anna-de-vries-12) and in the rendered link. The handle is replaced by "@Former member"
    and the text rendered again. Returns the ids of the posts that changed."""
    # A coarse filter for the database (PostgreSQL and SQLite read it alike); MENTION decides.
    pattern = rf"@[a-z0-9-]*-{member.pk}([^0-9]|$)"
    replacement = "@" + replacement_name

    def scrub(markdown):
        return MENTION.sub(lambda match: replacement if int(match.group(2)) == member.pk else match.group(0), markdown)

    changed = set()
    candidates = Post.objects.filter(Q(mentions=member) | Q(body_markdown__regex=pattern)).distinct()
    for post in candidates:
        markdown = scrub(post.body_markdown)
        post.body_markdown = markdown
        # Mentions of others stay as they were resolved when the post was written.
        post.body_html, _mentioned = render_post_markdown(markdown, post.mentions.all())
        post.save(update_fields=["body_markdown", "body_html"])
        changed.add(post.pk)
    for revision in PostRevision.objects.filter(body_markdown__regex=pattern).select_related("post"):
        revision.body_markdown = scrub(revision.body_markdown)
        revision.body_html, _mentioned = render_post_markdown(revision.body_markdown, revision.post.mentions.all())
        revision.save(update_fields=["body_markdown", "body_html"])
    Post.mentions.through.objects.filter(member=member).delete()
    return changed


def _rerender_thread_events(post_ids):
    """The thread's event log holds each post as it was rendered (with the author's name).
    Events of the changed posts get today's rendering, which names nobody."""
    posts = Post.objects.filter(pk__in=post_ids).select_related("thread", "author", "reply_to__author")
    for post in posts:
        events = list(ThreadEvent.objects.filter(post=post, payload__has_key="html"))
        if not events:
            continue
        html = post_html(post)
        for event in events:
            event.payload = {**event.payload, "html": html}
        ThreadEvent.objects.bulk_update(events, ["payload"])


@register
class Reactions(PersonalData):
    """Reactions stay: they are counts on other people's posts, and the placeholder names
    nobody."""

    key = "forum_reactions"
    section = Section(
        "forum_reactions", gettext_lazy("Reactions"), gettext_lazy("The posts you marked as useful or agreed with.")
    )
    position = 1200
    models = ("forum.reaction",)
    kept = ("forum.reaction",)
    labels = {"post_number": gettext_lazy("Post number"), "reaction": gettext_lazy("Reaction")}

    def export(self, member, export):
        reactions = Reaction.objects.filter(member=member).select_related("post__thread").order_by("created_at")
        return [
            {
                "reaction": str(reaction.get_kind_display()),
                "discussion": reaction.post.thread.title,
                "post_number": reaction.post.sequence,
                "url": export.absolute(reaction.post.get_absolute_url()),
                "at": reaction.created_at,
            }
            for reaction in reactions
        ]


@register
class Follows(PersonalData):
    """Follows of discussions and categories: deleted with the account (the sweep)."""

    key = "forum_follows"
    section = Section(
        "forum_follows", gettext_lazy("Follows"), gettext_lazy("The discussions and categories you follow.")
    )
    position = 1300
    models = ("forum.threadfollow", "forum.categoryfollow")
    labels = {"categories": gettext_lazy("Categories"), "discussions": gettext_lazy("Discussions")}

    def export(self, member, export):
        threads = ThreadFollow.objects.filter(member=member).select_related("thread").order_by("created_at")
        categories = CategoryFollow.objects.filter(member=member).select_related("category").order_by("created_at")
        return {
            "discussions": [
                {
                    "title": follow.thread.title,
                    "url": export.absolute(follow.thread.get_absolute_url()),
                    "since": follow.created_at,
                }
                for follow in threads
            ],
            "categories": [
                {
                    "name": follow.category.name,
                    "url": export.absolute(follow.category.get_absolute_url()),
                    "since": follow.created_at,
                }
                for follow in categories
            ],
        }


@register
class Reports(PersonalData):
    """Reports stay for the moderators, without the reporter or the handler (the sweep)."""

    key = "forum_reports"
    section = Section(
        "forum_reports",
        gettext_lazy("Posts you reported"),
        gettext_lazy("Posts you reported to the moderators, and the outcome."),
    )
    position = 1400
    models = ("forum.postreport",)
    labels = {
        "handled_at": gettext_lazy("Handled at"),
        "handling": gettext_lazy("Handling"),
        "reason": gettext_lazy("Reason"),
        "reported_at": gettext_lazy("Reported at"),
    }

    def export(self, member, export):
        reports = PostReport.objects.filter(reporter=member).select_related("post__thread").order_by("created_at")
        return [
            {
                "discussion": report.post.thread.title,
                "post_number": report.post.sequence,
                "url": export.absolute(report.post.get_absolute_url()),
                "reason": report.reason,
                "reported_at": report.created_at,
                "handled_at": report.resolved_at,
                "handling": report.resolution,
            }
            for report in reports
        ]


@register
class ModerationActions(PersonalData):
    """The moderation log stays, without the moderator (the sweep)."""

    key = "moderation_actions"
    section = Section(
        "moderation_actions",
        gettext_lazy("Moderation"),
        gettext_lazy("What you did as a moderator (only when you have that role)."),
    )
    position = 1500
    models = ("forum.moderationaction",)
    labels = {"action": gettext_lazy("Action")}

    def export(self, member, export):
        # The detail line is left out: it can quote another member's report.
        actions = ModerationAction.objects.filter(actor=member).select_related("thread").order_by("created_at")
        return [
            {"action": str(action.get_kind_display()), "discussion": action.thread.title, "at": action.created_at}
            for action in actions
        ]
