"""Menus and page navigation for the site's layout."""

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

register = template.Library()

# Sections served by Django views rather than Wagtail pages, shown after the pages.
APP_MENU_ITEMS = [
    (_("Forum"), "forum:index"),
    (_("Members"), "members:directory"),
]


@dataclass
class MenuItem:
    title: str
    url: str
    is_current: bool = False


def _is_current(request, url):
    if url == "/":
        return request.path == "/"
    return request.path.startswith(url)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Home, the top-level pages marked "show in menus", then the app sections."""
    request = context["request"]
    entries = [(_("Home"), reverse("home"))]
    site = Site.find_for_request(request)
    if site is not None:
        for page in site.root_page.get_children().live().in_menu():
            url = page.get_url(request)
            if url:
                entries.append((page.title, url))
    entries += [(title, reverse(url_name)) for title, url_name in APP_MENU_ITEMS]
    return [MenuItem(str(title), url, _is_current(request, url)) for title, url in entries]


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Content pages the editors chose to show in the footer."""
    from home.models import ContentPage

    request = context["request"]
    pages = ContentPage.objects.live().filter(show_in_footer=True).order_by("path")
    return [MenuItem(page.title, page.get_url(request)) for page in pages]


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers with ellipses for long lists (1 2 … 7 8 9 … 20)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
