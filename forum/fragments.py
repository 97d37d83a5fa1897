"""The forum's repeated fragments (a post on the thread page, a discussion's row on the
category page), each rendered once and kept under a key made of everything it shows
(lerendnetwerk.content_fragments): the post's text, author's name, times, reaction counts,
whether it is the answer, and the viewer's own part (their reactions, whether they wrote
it, may moderate it, may mark it as the answer)."""

from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

from lerendnetwerk.content_fragments import CSRF_MARKER, render_kept


def _name(member):
    return None if member is None else (member.pk, member.display_name, member.has_name)


def _post_shows(post):
    reply_to = post.reply_to if post.reply_to_id else None
    return (
        post.pk,
        post.thread_id,
        post.sequence,
        post.parent_id,
        post.is_opening,
        _name(post.author),
        post.created_at,
        post.edited_at,
        post.is_deleted,
        post.is_hidden,
        post.body_html,
        reply_to and (reply_to.sequence, _name(reply_to.author)),
        post.is_answer,
        sorted(post.reaction_counts.items()),
        # The viewer's part.
        sorted(post.my_reactions),
        post.viewer_is_author,
        post.viewer_can_moderate,
        post.viewer_can_mark_answer,
    )


def render_posts(request, posts):
    """`post.html` for each post of the thread page, for this viewer (the posts carry the
    viewer's part: forum.views._annotate_for)."""
    return render_kept(
        "forum/includes/post.html",
        posts,
        _post_shows,
        lambda post: {"post": post, "live": False, "csrf_token": mark_safe(CSRF_MARKER)},
        csrf_token=get_token(request),
    )


def _thread_row_shows(thread):
    return (
        thread.pk,
        thread.title,
        thread.is_pinned,
        thread.is_locked,
        thread.is_question,
        thread.answer_id is not None,
        _name(thread.author),
        thread.post_count,
        thread.last_activity_at,
    )


def render_thread_rows(threads):
    """`thread.html` for each discussion of a list (the same for every reader)."""
    return render_kept("forum/includes/thread_row.html", threads, _thread_row_shows, lambda thread: {"thread": thread})
