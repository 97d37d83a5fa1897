"""The pages' QuerySet: Wagtail's, with `public()` read in the same query.

Wagtail's `PageQuerySet.public()` first reads every view restriction (one query per call)
and turns them into a condition on the tree path. A page that lists several kinds of pages
paid that query once per list. Here the condition is a subquery instead: a page is private
when a restricted page's path is a prefix of its own path (the page itself or an ancestor
is restricted), which is what Wagtail's condition says, without the extra query.

Every page model of the project uses `PageManager` (or a QuerySet built on `PageQuerySet`);
`Page.objects` itself stays Wagtail's.
"""

from django.db.models import Exists, F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import PageManager as WagtailPageManager
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet


def in_private_section():
    """Q: the page is in or under a page with a view restriction (password, login, groups)."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return Q(Exists(restricted))


class PageQuerySet(WagtailPageQuerySet):
    def private_q(self):
        return in_private_section()


PageManager = WagtailPageManager.from_queryset(PageQuerySet)


def stored(relation):
    """A page's many-to-many relation as a QuerySet of the stored rows it names. The page
    of a preview (the admin's edit form, unsaved) holds the relation in memory
    (modelcluster's FakeQuerySet), which knows no `live()`, `public()` or
    `select_related`: there the rows are read by their keys (tests/project/test_previews.py)."""
    items = relation.all()
    if isinstance(items, QuerySet):
        return items
    return relation.model.objects.filter(pk__in=[item.pk for item in items])


def count_of(queryset):
    """The number of rows of `queryset` as a subquery (for an annotation): COUNT(*) over
    it, without GROUP BY, 0 when none."""
    counted = queryset.order_by().values(_count=Func(F("pk"), function="COUNT", output_field=IntegerField()))
    return Coalesce(Subquery(counted[:1]), 0)
