"""includes/pagination.html and its tag page_links: the links of a paginated list."""

import re

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from lerendnetwerk.paging import page_of


def pagination(path, number, count=300, **include):
    request = RequestFactory().get(path)
    page_obj = page_of(list(range(count)), 20, number, count=count)
    with translation.override("nl"):
        return render_to_string("includes/pagination.html", {"page_obj": page_obj, **include}, request)


def test_a_long_list_links_its_neighbours_and_ends_with_gaps_between_keeping_the_other_parameters():
    html = pagination("/zoeken/?q=armoede&page=7", 7)
    assert 'aria-label="Pagina\'s"' in html
    assert 'rel="prev" href="?q=armoede&amp;page=6">Vorige' in html
    assert 'rel="next" href="?q=armoede&amp;page=8">Volgende' in html
    assert re.findall(r"Pagina </span>(\d+)</a>", html) == ["1", "5", "6", "7", "8", "9", "15"]
    assert html.count("…") == 2
    assert 'aria-current="page" href="?q=armoede&amp;page=7"' in html


def test_the_first_page_has_no_previous_link_and_the_last_no_next():
    assert 'rel="prev"' not in pagination("/forum/", 1)
    assert 'rel="next"' not in pagination("/forum/", 15)


def test_one_of_several_lists_pages_in_its_own_parameter_to_its_anchor_under_its_own_name():
    label = "Pagina's van ervaringen"
    html = pagination("/praktijk/?lessen=2", 1, count=45, param="ervaringen", anchor="experiences-heading", label=label)
    assert 'aria-label="Pagina&#x27;s van ervaringen"' in html
    assert 'href="?lessen=2&amp;ervaringen=2#experiences-heading"' in html


def test_a_list_of_one_page_has_no_pagination():
    assert pagination("/forum/", 1, count=20).strip() == ""
