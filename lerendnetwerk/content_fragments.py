"""Repeated fragments of a list (a post on the thread page, a discussion's row, a
notification), each rendered once and kept in the cache under a key made of everything it
shows.

A key holds a digest of the values the template reads (for a post: its text, author's
name, times, reaction counts, and the viewer's own part: their reactions, whether they may
moderate it), the language, the template's own source and the release
(lerendnetwerk.release). A fragment is therefore never
invalidated: when anything it shows changes, the page asks for another key, and the old
entry expires. Whoever sees the same values shares an entry; a fragment with an author's
or a moderator's controls is only ever found under a key that contains those rights.

The one value that belongs to a request and not to what is shown, the CSRF token of a
fragment's forms, is kept out: the fragment holds a marker that cannot come from
sanitised text (a `<`), replaced by the request's own token when the page is served.
"""

import hashlib
from functools import cache

from django.core.cache import cache as fragment_cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from lerendnetwerk import release

# What {% csrf_token %} writes into a kept fragment instead of the token.
CSRF_MARKER = "<!--csrf-token-->"
TIMEOUT = 60 * 60 * 24


@cache
def _template(name):
    """The template and a digest of its source (a changed template makes new keys)."""
    template = get_template(name)
    return template, hashlib.blake2b(template.template.source.encode(), digest_size=8).hexdigest()


def render_kept(template_name, items, shows, context_of, *, csrf_token=None):
    """`item.html` for every item: found in the cache by what `shows(item)` returns (a
    tuple of plain values and the text) or rendered with `context_of(item)` and kept; all
    found in one round trip to the cache, the rest kept in one."""
    template, template_digest = _template(template_name)
    prefix = f"fragment:{release.digest()}:{template_digest}:{get_language()}:"
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
