"""Paginating a list of a page whose size is already known (read with the page itself),
and the pages' numbers in their own query parameter when a page has several lists."""

from django.core import paginator


class Paginator(paginator.Paginator):
    """Django's Paginator, cheap to keep in the cache. Its default error messages are lazy
    translations, and unpickling a lazy translation builds a class: three per paginator,
    half the cost of reading a kept page of a discussion (about 0.25 ms of 0.5). They are
    left out of the pickle and taken from the class again when it is read."""

    def __getstate__(self):
        state = self.__dict__.copy()
        if state.get("error_messages") is self.default_error_messages:
            del state["error_messages"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.__dict__.setdefault("error_messages", self.default_error_messages)


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
