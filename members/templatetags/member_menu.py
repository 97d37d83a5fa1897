"""The account menu's questions about the member reading the page."""

from django import template

from members import admin_access

register = template.Library()


@register.filter
def shows_admin_link(user):
    """{% if user|shows_admin_link %}: a link to the Wagtail admin (no query once known)."""
    return admin_access.shows_admin_link(user)
