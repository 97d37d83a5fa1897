"""The account menu's questions about the member reading the page, and its links."""

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from members import admin_access

register = template.Library()

# Where each reader's own CSRF token goes in the kept links (the logout form's).
CSRF_MARKER = "\x00account-links-csrf-token\x00"
# The links as rendered, per (language, admin link, script prefix): a handful per process.
_RENDERED_LINKS = {}


@register.filter
def shows_admin_link(user):
    """{% if user|shows_admin_link %}: a link to the Wagtail admin (no query once known)."""
    return admin_access.shows_admin_link(user)


@register.simple_tag(takes_context=True)
def member_links(context):
    """The account menu's links for a logged-in member (templates/includes/account_links.html).
    They are the same for every member who reads in the same language and does or does not
    get the admin link, so they are rendered once per process: on every member's page they
    took 0.5 ms of CPU (docs/performance.md). The logout form gets the reader's own token."""
    show_admin_link = admin_access.shows_admin_link(context["user"])
    key = (get_language(), show_admin_link, get_script_prefix())
    html = _RENDERED_LINKS.get(key)
    if html is None:
        html = render_to_string(
            "includes/account_links.html", {"show_admin_link": show_admin_link, "csrf_token": CSRF_MARKER}
        )
        _RENDERED_LINKS[key] = html
    return mark_safe(html.replace(CSRF_MARKER, escape(str(context.get("csrf_token", "")))))  # escaped, and our HTML
