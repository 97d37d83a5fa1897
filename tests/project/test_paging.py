"""lerendnetwerk.paging: paginators that are kept in the cache with the list they page."""

import pickle

import pytest
from django.core.paginator import EmptyPage
from django.utils import translation

from lerendnetwerk.paging import KnownCountPaginator, Paginator, page_of


def lazy_objects_in(value):
    """How many lazy translations a pickle of `value` would build again when read."""
    return pickle.dumps(value).count(b"_lazy_proxy_unpickle")


def kept_and_read(value):
    return pickle.loads(pickle.dumps(value))  # noqa: S301 (pickled here)


def test_a_kept_page_leaves_the_paginators_lazy_error_messages_out_and_reads_them_back():
    page = page_of(list(range(35)), 10, 2, count=35)
    assert lazy_objects_in(page) == 0
    read = kept_and_read(page)
    assert (read.number, list(read), read.has_next(), read.paginator.num_pages) == (2, list(range(10, 20)), True, 4)
    assert read.paginator.error_messages is Paginator.default_error_messages
    with translation.override("nl"), pytest.raises(EmptyPage, match="Die pagina bevat geen resultaten"):
        read.paginator.validate_number(9)


def test_a_paginators_own_error_messages_are_kept_with_it():
    paginator = KnownCountPaginator([], 10, count=5, error_messages={"no_results": "Niets op die pagina"})
    read = kept_and_read(paginator)
    with pytest.raises(EmptyPage, match="Niets op die pagina"):
        read.validate_number(3)
