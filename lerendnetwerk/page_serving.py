"""Serving a page: found in two queries however deep it lies, its view restrictions in one.

Wagtail's `Page.route` walks the tree one level at a time: for every level the child with
the next slug (a query) and its specific page (another). A lesson at
/kennis/lessen/<slug>/ took seven queries before its view was called, and the check of
view restrictions two more (the ancestors, then their restrictions).

`route(root, request, components)` reads every page on the way at once, by `url_path`
(which Wagtail keeps up to date on every save and move), and asks Wagtail's own `route`
of the deepest page for the rest, so what a page answers stays Wagtail's (its own routes,
`live`, the 404). A page on the way that answers paths itself is respected where Wagtail
would: a routable page (RoutablePageMixin) whose own routes take the rest of the path gets
it, before its children are looked at; a page type with a `route` of its own (none in this
project) gets the rest of the path the usual way.

The specific page is read with what its type asks for in `served_queryset` (the practice
page its municipality and the sizes of its lists).

The pages on the way to a page that exists are remembered with the menus
(lerendnetwerk.tree_cache: forgotten whenever any page is saved, published, unpublished,
moved or deleted), so a page is then found in one query, its specific page's. A path
that is not a page's all the way (a 404, a routable page's own route) is read every time:
what is remembered is bounded by the pages there are.

`ViewRestrictionsInOneQuery` reads the restrictions of a page and its ancestors (and of the
pages aliases stand for, as Wagtail does) in one query from the page's tree path, and in
none when no page on the way could have one: the tree paths of the restricted pages and
of their aliases are remembered with the menus (a restriction saved or deleted forgets
them too).
"""

import hashlib

from django.db.models import Q
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from lerendnetwerk import shared_fragments, tree_cache


def _ancestor_paths(path, depth):
    return [path[: Page.steplen * level] for level in range(1, depth + 1)]


def _takes_rest_itself(page, components):
    """Whether Wagtail's route would stop at `page` (its own route for these components)."""
    page_class = page.specific_class
    if page_class is None or page_class.route is Page.route:
        return False
    if page_class.route is not RoutablePageMixin.route:
        return True  # a route of its own: let it decide
    if not page.live:
        return False
    path = "/" + "".join(f"{component}/" for component in components)
    try:
        page_class.get_resolver().resolve(path)
    except Resolver404:  # not one of its own routes
        return False
    return True


def route(root, request, path_components):
    """What Wagtail's `Page.route` of `root` returns, in two queries: the pages on the way,
    then the specific page found. `root`'s own routes (if any) are its caller's business:
    this is what its `route` calls once those did not answer."""
    if not path_components:
        return Page.route(root, request, path_components)
    wanted, url_path = [], root.url_path
    for component in path_components:
        url_path += f"{component}/"
        wanted.append(url_path)
    on_the_way = {page.url_path: page for page in _pages_on_the_way(root, request, wanted)}
    parent, consumed = root, 0
    for url_path in wanted:
        page = on_the_way.get(url_path)
        if page is None or page.depth != parent.depth + 1 or not page.path.startswith(parent.path):
            break  # no such child: the deepest page found answers the rest (Wagtail's 404)
        page._cached_parent_obj = parent
        parent, consumed = page, consumed + 1
        rest = path_components[consumed:]
        if rest and _takes_rest_itself(page, rest):
            break
    if parent is root:
        return Page.route(root, request, path_components)
    found = served_page(parent, request)
    found._cached_parent_obj = parent._cached_parent_obj
    return found.route(request, path_components[consumed:])


def _pages_on_the_way(root, request, wanted):
    """The pages under `root` whose url_path is one of `wanted` (each path one level deeper
    than the one before), remembered when there is one for every path."""

    def find():
        return list(Page.objects.filter(url_path__in=wanted, path__startswith=root.path, depth__gt=root.depth))

    digest = hashlib.blake2b(wanted[-1].encode(), digest_size=16).hexdigest()
    return tree_cache.remembered(
        request, "route", find, root.pk, digest, in_process=False, keep=lambda pages: len(pages) == len(wanted)
    )


def served_page(page, request):
    """The specific page of `page`. A page type may read more in that same query: its
    classmethod `served_queryset(queryset, request)` adds select_related and annotations
    (what its template shows of related rows, the sizes of its lists). When what it reads
    is the same for every reader of an audience (`served_page_is_shared`: nothing of the
    reader's own, such as their role in a practice), the page as read is kept as the parts
    of pages are (lerendnetwerk.shared_fragments: forgotten with any write a reader could
    see, never for a preview)."""
    model = page.specific_class
    if model is None or not hasattr(model, "served_queryset"):
        return page.specific

    def read():
        return model.served_queryset(model._default_manager.all(), request).get(pk=page.pk)

    if getattr(model, "served_page_is_shared", False):
        return shared_fragments.kept_value(request, "served-page", (model._meta.label, page.pk), read)
    return read()


def _restricted_paths():
    """The tree paths of the pages with a view restriction and of the aliases of those pages
    (an alias is restricted by its source's restrictions, Wagtail's rule)."""
    restricted = PageViewRestriction.objects.values("page")
    return frozenset(
        Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted)).values_list("path", flat=True)
    )


class ViewRestrictionsInOneQuery:
    """Page mixin: `get_view_restrictions()` in one query (Wagtail's takes two), and in none
    when no page on the way is restricted or an alias of a restricted page."""

    def get_view_restrictions(self):
        ancestor_paths = _ancestor_paths(self.path, self.depth)
        restricted_paths = tree_cache.remembered(None, "restricted-paths", _restricted_paths)
        if restricted_paths.isdisjoint(ancestor_paths):
            return PageViewRestriction.objects.none()
        on_the_way = Page.objects.filter(path__in=ancestor_paths)
        return PageViewRestriction.objects.filter(
            Q(page__in=on_the_way.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=on_the_way.filter(alias_of__isnull=False).values("alias_of"))
        )


# No page row has this key: serial keys start at 1 on PostgreSQL and SQLite.
UNSAVED_PAGE_KEY = 0


class PreviewWhileAdded:
    """Page mixin: the admin's preview of a page that is being added (no key yet) renders.

    Wagtail's add-form preview builds the page in memory with a made-up place in the tree
    (`PreviewOnCreateView.get_object`). Its key is None, and Django refuses to read a
    relation of an unsaved object (`practice.lessons`, `filter(event=event)` raise
    ValueError): the preview answered 500 for practices, experiences, meetings, lessons,
    dossiers and learning networks. Here the page gets a key no row has for its preview,
    so every list that points at it is read as what it is, empty, and the page renders as
    it will right after it is first published. The preview's page is thrown away after
    the request (Wagtail builds it from the form for every preview); nothing is saved, and
    previews are never kept (lerendnetwerk.shared_fragments)."""

    def serve_preview(self, request, mode_name):
        if self.pk is None:
            for model in [type(self), *type(self)._meta.get_parent_list()]:
                setattr(self, model._meta.pk.attname, UNSAVED_PAGE_KEY)
        return super().serve_preview(request, mode_name)
