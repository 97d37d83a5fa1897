"""Paginating a list of a page whose size is already known (read with the page itself),
and the pages' numbers in their own query parameter when a page has several lists."""

from django.core.paginator import Paginator


class KnownCountPaginator(Paginator):
    """A Paginator that does not count: the number of items was read already (for example
    as an annotation of the page that shows the list)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @property
    def count(self):
        return self._known_count


def page_of(items, per_page, number, *, count):
    """The requested page of `items` (any page number a visitor types: the nearest page)."""
    return KnownCountPaginator(items, per_page, count=count).get_page(number)
