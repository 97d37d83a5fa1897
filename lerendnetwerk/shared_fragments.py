"""Parts of a page that are the same for every reader of an audience, rendered once and
kept: what a member's page costs is then mostly what is their own.

A member's dossier, lesson or practice page cost 30–60 ms of CPU, most of it building and
running the queries of lists that every member sees alike (the dossier's lessons and
practices, the practice page's experiences, the start page's news), and rendering them.
A mailing that sends a few hundred members to one dossier rendered it a few hundred times.
Kept here, a part costs one cache read; what depends on the reader (the account menu, the
bell, a trekker's buttons, a meeting only for a network's members) stays outside it.

`{% shared_fragment "name" value … %}…{% endshared_fragment %}` (home/templatetags/fragments.py)
keeps what it encloses under a key made of

- the release (lerendnetwerk.release: a new release never reads what an older one kept);
- the two generation numbers of the visitors' page cache (lerendnetwerk.page_cache and
  tree_cache): a new number whenever a page is published, moved or deleted and whenever
  any other row that a reader could see is written, so a kept part never outlives a change
  it could show (the same rule as the visitors' pages, with the same upper bound,
  SHARED_FRAGMENT_SECONDS, for what signals do not see);
- today's date (a part may say "tomorrow"), the language, the audience (visitor or
  member: a member sees profiles that a visitor does not), the template's source and the
  values the tag names (the page, a page number of a list).

Never kept: previews and draft views (`request.is_preview`), and anything when
SHARED_FRAGMENT_SECONDS is 0 (the tests' default; tests/project/test_shared_fragments.py
turns it on). A part may hold a form: its CSRF token is kept as a marker and each reader
gets their own.

The values a part shows are computed only when it is rendered (`lazy_context`), so a kept
part costs no query.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from lerendnetwerk import page_cache, release, tree_cache

CSRF_MARKER = "\x00shared-fragment-csrf-token\x00"


def enabled(request):
    return (
        getattr(settings, "SHARED_FRAGMENT_SECONDS", 0) > 0
        and request is not None
        and not getattr(request, "is_preview", False)
    )


def fragment_key(request, name, source_digest, values):
    tree, pages = tree_cache.generation(request), tree_cache.generation(request, page_cache.GENERATION_KEY)
    audience = "member" if request.user.is_authenticated else "visitor"
    varies = hashlib.blake2b(repr(values).encode(), digest_size=16).hexdigest()
    return ":".join(
        [
            "shared-fragment",
            release.digest(),
            tree,
            pages,
            timezone.localdate().isoformat(),
            get_language() or "",
            audience,
            source_digest,
            name,
            varies,
        ]
    )


def render(request, name, source_digest, values, render_part, csrf_token):
    """The part's HTML: kept, or made by `render_part(csrf_marker)` and kept."""
    if not enabled(request):
        return render_part(None)
    key = fragment_key(request, name, source_digest, values)
    html = cache.get(key)
    if html is None:
        html = render_part(CSRF_MARKER)
        cache.set(key, html, settings.SHARED_FRAGMENT_SECONDS)
    if CSRF_MARKER in html:
        html = html.replace(CSRF_MARKER, str(csrf_token or ""))
    return mark_safe(html)


def source_digest(template_name, source):
    """A digest of a template's source, part of every key: a changed template makes new
    keys (as does any other change of a release, lerendnetwerk.release: the templates it
    includes, the translations, the code that builds a kept value)."""
    return hashlib.blake2b(f"{template_name}\n{source}".encode(), digest_size=8).hexdigest()


@functools.cache
def template_digest(template_name):
    return source_digest(template_name, get_template(template_name).template.source)


def kept(request, name, template_name, values, build):
    """What `build()` returns (HTML rendered from `template_name`, or None: the view says
    there is no such page), kept as the template tag keeps a part. For a view whose page
    is a part to keep as a whole, 404 included (figures.views.municipality_detail)."""

    def checked():
        html = build()
        if html is not None and "csrfmiddlewaretoken" in html:
            raise ValueError(f"{template_name} holds a form: its token would be kept (use the template tag)")
        return html

    html = kept_value(request, name, values, checked, source_digest=template_digest(template_name))
    return None if html is None else mark_safe(html)


def kept_value(request, name, values, build, *, source_digest="value", keep=None):
    """What `build()` returns, kept as a part is: for a value the same for every reader of
    an audience that a page goes on to use (which members match a search, the newest
    members), under the same key and for as long. With `keep`, a value is only kept when
    keep(value) is true (a miss asked by anyone for any id need not fill the cache)."""
    if not enabled(request):
        return build()
    key = fragment_key(request, name, source_digest, values)
    found = cache.get(key)  # a 1-tuple, so that a kept None is told from a miss
    if found is None:
        found = (build(),)
        if keep is not None and not keep(found[0]):
            return found[0]
        cache.set(key, found, settings.SHARED_FRAGMENT_SECONDS)
    return found[0]


def kept_many(request, name, template_name, values, build):
    """{item: HTML} for each item of `values` ({item: the values its part varies on}), each
    kept as `kept` keeps a part: those kept read in one round trip to the cache, the rest
    made by `build(missing items)` ({item: HTML}; an item it leaves out is left out) and kept.
    For the same part shown for many things at once (a member's profile cards)."""
    if not enabled(request):
        return {item: mark_safe(html) for item, html in build(list(values)).items()}
    digest = template_digest(template_name)
    keys = {item: fragment_key(request, name, digest, varies) for item, varies in values.items()}
    found = cache.get_many(list(keys.values()))
    parts = {item: found[key] for item, key in keys.items() if key in found}
    missing = [item for item in values if item not in parts]
    if missing:
        built = build(missing)
        cache.set_many({keys[item]: html for item, html in built.items()}, settings.SHARED_FRAGMENT_SECONDS)
        parts.update(built)
    return {item: mark_safe(parts[item]) for item in values if item in parts}


def lazy_context(build, names):
    """{name: the value build() gives it}, with build() run at the first use of any of
    them: never, when every part that shows them was kept."""
    built = []

    def value(name):
        if not built:
            values = build()
            if set(values) != set(names):  # a name added to one and not the other
                raise ValueError(f"{build} gives {sorted(values)}, the page reads {sorted(names)}")
            built.append(values)
        return built[0][name]

    return {name: SimpleLazyObject(lambda name=name: value(name)) for name in names}
