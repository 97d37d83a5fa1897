"""What is built from the page tree and the same for every reader, remembered between requests.

The layout's menus (the main menu, a section's menu, the footer links, a CMS page's
breadcrumb trail: home/templatetags/navigation.py) and the site with its root page
(`RememberedSiteMiddleware`) list live pages, whoever reads them, so every request built
them afresh for nothing: six queries on every CMS page. They are kept in the cache under
keys that say what they depend on (site, language, tree path) and all forgotten together
whenever a page is saved, published, unpublished, moved or deleted, or a site changes
(HomeConfig.ready connects `forget` and `forget_for_pages`). Whatever depends on the
request (which link is the current one) is worked out after reading the cache, never
stored. Nothing that depends on who reads the page may be kept here.

Forgetting replaces a generation number that is part of every key, so one cache write
drops everything at once (the old entries expire by themselves). It happens at once and
again when the transaction commits: a request that read the tree between the two, before
the change was committed, stored the old tree under the new number.
"""

import pickle
import uuid
from contextlib import suppress

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

from lerendnetwerk import release

GENERATION_KEY = "tree-cache:generation"
TIMEOUT = 24 * 3600


def generation(request=None, key=GENERATION_KEY):
    """The current number under `key` (read once per request). Other caches built on
    the same rule keep a number of their own beside this one (lerendnetwerk.page_cache)."""
    memo_name = "_tree_cache_generation" if key == GENERATION_KEY else f"_generation_{key}"
    memo = getattr(request, memo_name, None) if request is not None else None
    if memo is not None:
        return memo
    number = cache.get(key)
    if number is None:
        cache.add(key, uuid.uuid4().hex, None)
        number = cache.get(key)
    if request is not None:
        setattr(request, memo_name, number)
    return number


# What this process has read from the cache, pickled: an entry's key holds the generation,
# so an entry never changes, and a new generation means new keys. Only the generation
# itself is read from the shared cache on every request (once). Each reader gets a fresh
# copy (unpickled), as from the shared cache, so what a request changes stays its own.
_IN_THIS_PROCESS = {}
IN_THIS_PROCESS_MAX_ENTRIES = 2000


def remembered(request, name, build, *parts, seconds=TIMEOUT, in_process=True, keep=None):
    """What build() returns, kept under (generation, name, language, *parts) for `seconds`.
    With `in_process=False` not in this process's own memo: for what has no bound in
    number (what people search for), which would crowd out the few menus. With `keep`, a
    value is only kept when keep(value) is true (the rest is built again every time)."""
    key = ":".join(["tree-cache", release.digest(), generation(request), name, get_language() or "", *map(str, parts)])
    kept = _IN_THIS_PROCESS.get(key) if in_process else None
    if kept is not None:
        return pickle.loads(kept)[0]  # noqa: S301 (written by this process, below)
    found = cache.get(key)  # a 1-tuple, so that a remembered None is told from a miss
    if found is None:
        found = (build(),)
        if keep is not None and not keep(found[0]):
            return found[0]
        cache.set(key, found, seconds)
    if not in_process:
        return found[0]
    if len(_IN_THIS_PROCESS) >= IN_THIS_PROCESS_MAX_ENTRIES:
        _IN_THIS_PROCESS.clear()  # the old generations' entries, mostly
    _IN_THIS_PROCESS[key] = pickle.dumps(found, pickle.HIGHEST_PROTOCOL)
    return found[0]


def forget(**kwargs):
    """Everything remembered is built again at the next request (now, and after the commit)."""
    forget_generation(GENERATION_KEY)


def forget_generation(key):
    """A new number under `key`: now, and again when the transaction commits."""
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def forget_for_pages(sender, instance=None, **kwargs):
    """post_save and post_delete of any model: forget when it is a page."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        forget()


class RememberedSiteMiddleware:
    """Wagtail's site for the request's host and port, with its root page (specific), and
    the sites' root paths, from the cache: Wagtail reads them on every request
    (`Site.find_for_request`, the root page's specific page to route from, the root paths
    for every link to a page). The first request for a host reads them as Wagtail does;
    Wagtail finds them on the request (`request._wagtail_site`, `_wagtail_cached_site_root_paths`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.db import DatabaseError
        from django.http.request import split_domain_port
        from wagtail.models import Site

        hostname = split_domain_port(request._get_raw_host())[0]

        def find():
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018  (read now, so that it is remembered too)
            return site

        # When the database cannot be reached, what needs the site asks again (and fails
        # there), while what needs no database, like /health/ saying so, still answers.
        with suppress(DatabaseError):
            request._wagtail_site = remembered(request, "site", find, hostname, request.get_port())
            # The sites' root paths, with which every link to a page is made (Wagtail reads
            # them from the cache once per request, `Page._get_site_root_paths`; Wagtail
            # forgets them when a site or a site's root page changes, and so does this).
            request._wagtail_cached_site_root_paths = remembered(request, "site-root-paths", Site.get_site_root_paths)
        return self.get_response(request)
