"""Domain operations of the forum. Every change takes a row lock on its thread, appends
an event to the thread's log (the next sequence number) and is broadcast after commit.
Views and consumers call these; nothing else writes the forum's models."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify

from lerendnetwerk import fanout
from lerendnetwerk.live import tell_member_sockets_to_recheck
from lerendnetwerk.markdown import render_markdown

from . import access, mentions, signals
from .models import (
    MAX_REPLY_DEPTH,
    Category,
    CategoryFollow,
    ModerationAction,
    Post,
    PostReport,
    PostRevision,
    Reaction,
    ReactionKind,
    Thread,
    ThreadFollow,
)
from .timeline import append_event, thread_group


class ThreadLocked(PermissionDenied):
    """A locked thread takes no new posts."""


# Text

MENTION = mentions.MENTION  # the handle in stored Markdown (privacy/ reads it too)


def render_post_markdown(markdown, mentionable):
    """A post's Markdown as sanitised HTML with the handles of members in `mentionable`
    (a Member queryset) linked, and the members mentioned."""
    linked, mentioned = mentions.with_links(markdown, mentionable)
    return render_markdown(linked), mentioned


def _render_for(author, body):
    """A post's text as its author wrote it: only members the directory shows the author
    are mentioned."""
    return render_post_markdown(body, mentions.mentionable_members(author))


def post_html(post):
    """A post as every viewer receives it live (controls for authors and moderators are
    revealed in the browser; the server checks every action anyway). Rendered once, in the
    site's language, whoever's request caused it."""
    post.reaction_counts = reaction_counts([post.pk]).get(post.pk, {})
    post.is_answer = post.thread.answer_id == post.pk
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string("forum/includes/post.html", {"post": post, "live": True})


# Threads and posts


def _lock(thread):
    return Thread.objects.select_for_update(of=("self",)).select_related("category").get(pk=thread.pk)


def _add_post(thread, author, body, *, parent=None, reply_to=None, opening=False, mentioned=()):
    body = mentions.with_handles(body, author, mentioned)
    html, mentioned = _render_for(author, body)
    post = Post.objects.create(
        thread=thread,
        sequence=thread.last_sequence + 1,
        parent=parent,
        root=(parent.root or parent) if parent else None,
        reply_to=reply_to,
        depth=(parent.depth + 1) if parent else 0,
        author=author,
        body_markdown=body,
        body_html=html,
        is_opening=opening,
    )
    post.mentions.set(mentioned)
    event = append_event(
        thread,
        "post",
        post=post,
        post_seq=post.sequence,
        parent_seq=parent.sequence if parent else None,
        author_id=author.pk,
        html=post_html(post),
    )
    assert event.sequence == post.sequence  # noqa: S101 - the post's number is its event's
    thread.post_count += 1
    thread.last_activity_at = timezone.now()
    thread.save(update_fields=["last_sequence", "post_count", "last_activity_at"])
    ThreadFollow.objects.get_or_create(member=author, thread=thread)
    transaction.on_commit(lambda: _notify_later(post.pk))
    return post


def _notify_later(post_id):
    signals.post_created.send(sender=Post, post_id=post_id)


@transaction.atomic
def start_thread(member, category, *, title, body, themes=(), is_question=False, mentioned=()):
    """A new discussion with its opening post. `mentioned`: the members the text names
    as "@Name" (chosen from the suggestions); see forum/mentions.py."""
    if not access.can_read_category(member, category):
        raise PermissionDenied
    thread = Thread.objects.create(category=category, title=title.strip(), author=member, is_question=is_question)
    thread.themes.set(list(themes))
    thread = _lock(thread)
    _add_post(thread, member, body, opening=True, mentioned=mentioned)
    return thread


def _placement(reply_to):
    """Where a reply to `reply_to` goes in the tree: under it, or (too deep) under its
    deepest allowed ancestor, so the tree stays readable."""
    parent = reply_to
    while parent is not None and parent.depth >= MAX_REPLY_DEPTH:
        parent = parent.parent
    return parent


@transaction.atomic
def reply(member, thread, *, body, reply_to=None, mentioned=()):
    """A reply to the thread (reply_to=None) or to one of its posts."""
    thread = _lock(thread)
    if not access.can_read_thread(member, thread):
        raise PermissionDenied
    if thread.is_locked:
        raise ThreadLocked
    if reply_to is not None and reply_to.thread_id != thread.pk:
        raise PermissionDenied
    if reply_to is not None and reply_to.is_opening:
        reply_to = None  # answering the opening post is answering the thread
    parent = _placement(reply_to)
    return _add_post(thread, member, body, parent=parent, reply_to=reply_to, mentioned=mentioned)


@transaction.atomic
def edit_post(member, post, *, body, mentioned=()):
    thread = _lock(post.thread)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if not access.can_edit_post(member, post) or not access.can_read_thread(member, thread):
        raise PermissionDenied
    body = mentions.with_handles(body, member, mentioned)
    if body == post.body_markdown:
        return post
    PostRevision.objects.create(
        post=post,
        body_markdown=post.body_markdown,
        body_html=post.body_html,
        written_at=post.edited_at or post.created_at,
    )
    post.body_html, mentioned = _render_for(member, body)
    post.body_markdown = body
    post.edited_at = timezone.now()
    post.save(update_fields=["body_markdown", "body_html", "edited_at"])
    post.mentions.add(*mentioned)
    append_event(thread, "update", post=post, post_seq=post.sequence, html=post_html(post))
    thread.save(update_fields=["last_sequence"])
    return post


@transaction.atomic
def delete_post(member, post):
    """The author deletes their post: the text goes, "bericht verwijderd" stays in the tree."""
    thread = _lock(post.thread)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.author_id != member.pk or post.is_deleted:
        raise PermissionDenied
    post.is_deleted = True
    post.body_markdown = ""
    post.body_html = ""
    post.save(update_fields=["is_deleted", "body_markdown", "body_html"])
    post.revisions.all().delete()
    post.mentions.clear()
    append_event(thread, "update", post=post, post_seq=post.sequence, html=post_html(post))
    thread.save(update_fields=["last_sequence"])
    return post


def reaction_counts(post_ids):
    """{post id: {kind: count}} in one query."""
    from django.db.models import Count

    counts = {}
    rows = Reaction.objects.filter(post_id__in=post_ids).values_list("post_id", "kind").annotate(total=Count("pk"))
    for post_id, kind, total in rows:
        counts.setdefault(post_id, {})[kind] = total
    return counts


def own_reactions(post_ids, member):
    """{post id: {kinds `member` reacted with}} in one query."""
    mine = {}
    rows = Reaction.objects.filter(post_id__in=post_ids, member_id=member.pk).values_list("post_id", "kind")
    for post_id, kind in rows:
        mine.setdefault(post_id, set()).add(kind)
    return mine


@transaction.atomic
def toggle_reaction(member, post, kind):
    if kind not in ReactionKind.values:
        raise PermissionDenied
    thread = _lock(post.thread)
    if not access.can_read_thread(member, thread) or not post.is_visible:
        raise PermissionDenied
    existing = Reaction.objects.filter(post=post, member=member, kind=kind)
    added = not existing.exists()
    if added:
        Reaction.objects.create(post=post, member=member, kind=kind)
        signals.reaction_added.send(sender=Post, post=post, member=member, kind=kind)
    else:
        existing.delete()
    counts = reaction_counts([post.pk]).get(post.pk, {})
    append_event(thread, "reactions", post=post, post_seq=post.sequence, counts=counts)
    thread.save(update_fields=["last_sequence"])
    return added


@transaction.atomic
def mark_answer(member, thread, post):
    """The asker (or a moderator) marks `post` as the answer; None clears it."""
    thread = _lock(thread)
    if not access.can_mark_answer(member, thread):
        raise PermissionDenied
    if post is not None and (post.thread_id != thread.pk or post.is_opening or not post.is_visible):
        raise PermissionDenied
    thread.answer = post
    append_event(thread, "answer", post=post, post_seq=post.sequence if post else None)
    thread.save(update_fields=["answer", "last_sequence"])
    if post is not None and post.author_id and post.author_id != member.pk:
        transaction.on_commit(lambda: signals.answer_marked.send(sender=Post, post_id=post.pk, member_id=member.pk))
    return thread


# Follows


def set_thread_follow(member, thread, follow):
    if not access.can_read_thread(member, thread):
        raise PermissionDenied
    if follow:
        ThreadFollow.objects.get_or_create(member=member, thread=thread)
    else:
        ThreadFollow.objects.filter(member=member, thread=thread).delete()


def set_category_follow(member, category, follow):
    if not access.can_read_category(member, category):
        raise PermissionDenied
    if follow:
        CategoryFollow.objects.get_or_create(member=member, category=category)
    else:
        CategoryFollow.objects.filter(member=member, category=category).delete()


# Moderation


def report_post(member, post, reason):
    if not access.can_read_thread(member, post.thread):
        raise PermissionDenied
    return PostReport.objects.create(post=post, reporter=member, reason=reason.strip())


def _log(moderator, kind, thread, post=None, detail=""):
    ModerationAction.objects.create(actor=moderator, kind=kind, thread=thread, post=post, detail=detail[:300])


def _resolve_reports(post, moderator, resolution):
    PostReport.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator, resolution=resolution
    )


@transaction.atomic
def set_post_hidden(moderator, post, hidden, *, reason=""):
    if not access.can_moderate(moderator):
        raise PermissionDenied
    thread = _lock(post.thread)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.is_hidden == hidden:
        return post
    post.is_hidden = hidden
    post.save(update_fields=["is_hidden"])
    kind = ModerationAction.Kind.HIDE if hidden else ModerationAction.Kind.RESTORE
    _log(moderator, kind, thread, post, reason)
    _resolve_reports(post, moderator, str(kind.label))
    append_event(thread, "update", post=post, post_seq=post.sequence, html=post_html(post))
    thread.save(update_fields=["last_sequence"])
    if hidden:
        signals.post_hidden.send(sender=Post, post=post, moderator=moderator, reason=reason.strip())
    return post


@transaction.atomic
def dismiss_report(moderator, report):
    if not access.can_moderate(moderator):
        raise PermissionDenied
    report = PostReport.objects.select_for_update().get(pk=report.pk)
    if report.resolved_at is None:
        report.resolved_at, report.resolved_by = timezone.now(), moderator
        report.resolution = str(ModerationAction.Kind.DISMISS.label)
        report.save(update_fields=["resolved_at", "resolved_by", "resolution"])
        _log(moderator, ModerationAction.Kind.DISMISS, report.post.thread, report.post, report.reason)
    return report


@transaction.atomic
def moderate_thread(moderator, thread, *, locked=None, pinned=None, category=None):
    """Lock/unlock, pin/unpin or move a thread; each change is logged and sent live."""
    if not access.can_moderate(moderator):
        raise PermissionDenied
    thread = _lock(thread)
    changes = []
    if locked is not None and locked != thread.is_locked:
        thread.is_locked = locked
        changes.append((ModerationAction.Kind.LOCK if locked else ModerationAction.Kind.UNLOCK, ""))
    if pinned is not None and pinned != thread.is_pinned:
        thread.is_pinned = pinned
        changes.append((ModerationAction.Kind.PIN if pinned else ModerationAction.Kind.UNPIN, ""))
    if category is not None and category.pk != thread.category_id:
        changes.append((ModerationAction.Kind.MOVE, f"{thread.category.name} → {category.name}"))
        thread.category = category
    for kind, detail in changes:
        _log(moderator, kind, thread, detail=detail)
    if changes:
        append_event(
            thread,
            "thread",
            locked=thread.is_locked,
            pinned=thread.is_pinned,
            category=thread.category.name,
            category_url=thread.category.get_absolute_url(),
        )
        thread.save(update_fields=["is_locked", "is_pinned", "category", "last_sequence"])
        if category is not None:
            tell_thread_sockets_to_recheck(thread.pk)
    return thread


# Practice spaces and access changes


def ensure_practice_space(practice):
    """The closed space of a learning practice, made when it is first needed."""
    space = Category.objects.filter(practice=practice).first()
    if space is not None:
        return space
    slug, number = f"praktijk-{slugify(practice.slug)}"[:90], 2
    while Category.objects.filter(slug=slug).exists():
        slug, number = f"praktijk-{slugify(practice.slug)}-{number}"[:95], number + 1
    return Category.objects.create(
        name=practice.title,
        slug=slug,
        practice=practice,
        description=f"De besloten ruimte van {practice.title}: voor de deelnemers en het kennisinstituut.",
        sort_order=1000,
    )


def practice_published(sender, instance, **kwargs):
    ensure_practice_space(instance.specific)


def ensure_network_space(network):
    """The closed discussions of a learning network, made when it is first published."""
    space = Category.objects.filter(network=network).first()
    if space is not None:
        return space
    slug, number = f"netwerk-{slugify(network.slug)}"[:90], 2
    while Category.objects.filter(slug=slug).exists():
        slug, number = f"netwerk-{slugify(network.slug)}-{number}"[:95], number + 1
    return Category.objects.create(
        name=network.title,
        slug=slug,
        network=network,
        description=f"De besloten discussies van het leernetwerk {network.title}: "
        "voor de leden en het kennisinstituut.",
        sort_order=1000,
    )


def network_published(sender, instance, **kwargs):
    ensure_network_space(instance.specific)


def tell_thread_sockets_to_recheck(thread_id):
    """The thread moved: its sockets' frames wait from now on (inside the transaction), and
    after commit each socket is checked again (lerendnetwerk.fanout)."""
    fanout.suspend(topic=thread_group(thread_id))
    fanout.recheck_after_commit(topic=thread_group(thread_id))


def roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """m2m_changed of a member's groups: a member who lost a role (editor, moderator) may
    no longer read closed spaces; their sockets check again."""
    if reverse and action == "pre_clear":  # a group emptied: who is in it, before
        members = list(instance.user_set.values_list("pk", flat=True))
    elif action in ("post_remove", "post_clear") and not (reverse and action == "post_clear"):
        members = (pk_set or ()) if reverse else [instance.pk]
    else:
        return
    for member_id in members:
        tell_member_sockets_to_recheck(member_id)


def membership_ended(sender, instance, **kwargs):
    """A member left a practice or a network: their open sockets check their access again
    at once."""
    tell_member_sockets_to_recheck(instance.member_id)
