"""The forum's repeated fragments (a post on the thread page, a discussion's row on the
category page), each rendered once and kept in the cache under a key made of everything
it shows.

A key is a digest of the values the template reads: the post's text, author's name,
times, reaction counts, whether it is the answer, and the viewer's own part (their
reactions, whether they wrote it, may moderate it, may mark it as the answer), the
language and the template's own source. A fragment is therefore never invalidated: when
anything it shows changes, the page asks for another key, and the old entry expires.
Viewers with the same rights and reactions share an entry; a fragment with an author's
or a moderator's controls is only ever found under a key that contains those rights.

The one value that belongs to a request and not to what is shown, the CSRF token of the
post's forms, is kept out: the fragment holds a marker that cannot come from a post's
sanitised text (a `<`), replaced by the request's own token when the page is served.
"""

import hashlib
from functools import cache

from django.core.cache import cache as fragment_cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# What {% csrf_token %} writes into a cached post instead of the token.
CSRF_MARKER = "<!--csrf-token-->"
TIMEOUT = 60 * 60 * 24


@cache
def _template(name):
    """The template and a digest of its source (a changed template makes new keys)."""
    template = get_template(name)
    return template, hashlib.blake2b(template.template.source.encode(), digest_size=8).hexdigest()


def _cached(template_name, items, shows, context_of, *, csrf_token=None):
    """`item.html` for every item: found in the cache by what `shows(item)` returns (a
    tuple of plain values and the text) or rendered with `context_of(item)` and kept."""
    template, template_digest = _template(template_name)
    prefix = f"forum:fragment:{template_digest}:{get_language()}:"
    keys = {}
    for item in items:
        digest = hashlib.blake2b(repr(shows(item)).encode(), digest_size=16).hexdigest()
        keys[id(item)] = prefix + digest
    found = fragment_cache.get_many(list(keys.values())) if keys else {}
    rendered = {}
    for item in items:
        key = keys[id(item)]
        html = found.get(key)
        if html is None:
            html = rendered[key] = template.render(context_of(item))
        if csrf_token is not None:
            html = html.replace(CSRF_MARKER, csrf_token)
        item.html = mark_safe(html)
    if rendered:
        fragment_cache.set_many(rendered, TIMEOUT)
    return items


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
    return _cached(
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
    return _cached("forum/includes/thread_row.html", threads, _thread_row_shows, lambda thread: {"thread": thread})
