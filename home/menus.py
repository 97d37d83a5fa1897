"""The layout's menus, remembered in the cache between requests.

The main menu, a section's menu, the footer links and a CMS page's breadcrumb trail are
the same for every reader (they list live pages, whoever reads them), so every page built
them afresh for nothing: four queries on every request. They are now kept in the cache,
per site, language and (for a section or a trail) tree path, and all forgotten together
whenever a page is saved, published, unpublished, moved or deleted, or a site changes
(HomeConfig.ready connects `forget`). Which link is the current one depends on the
request and is marked after reading the cache, never stored.

Forgetting replaces a generation number that is part of every key, so one cache write
drops every menu at once (the old entries expire by themselves). It happens at once and
again when the transaction commits: a request that read the tree between the two, before
the change was committed, stored the old tree under the new number.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

GENERATION_KEY = "home:menus:generation"
TIMEOUT = 24 * 3600


def _generation(request=None):
    memo = getattr(request, "_menus_generation", None) if request is not None else None
    if memo is not None:
        return memo
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    if request is not None:
        request._menus_generation = generation
    return generation


def remembered(request, name, build, *parts):
    """What build() returns, kept under (generation, name, language, *parts)."""
    key = ":".join(["home:menus", _generation(request), name, get_language() or "", *map(str, parts)])
    found = cache.get(key)  # a 1-tuple, so that a remembered None is told from a miss
    if found is None:
        found = (build(),)
        cache.set(key, found, TIMEOUT)
    return found[0]


def forget(**kwargs):
    """Every remembered menu is rebuilt at the next request (now, and after the commit)."""
    cache.delete(GENERATION_KEY)
    transaction.on_commit(lambda: cache.delete(GENERATION_KEY))


def forget_for_pages(sender, instance=None, **kwargs):
    """post_save and post_delete of any model: forget when it is a page."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        forget()
