"""Meetings in the Wagtail admin: the "Bijeenkomsten" section (events.admin_views), the
member chooser for adding someone by hand, and buttons to the attendee list and check-in on
the event pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button, ListingButton

from . import admin_views
from .models import EventPage


@hooks.register("register_admin_viewset")
def register_event_admin_viewsets():
    return [admin_views.events_admin_viewset, admin_views.member_chooser_viewset]


def _is_managed_event(page, user):
    return (
        page.specific_class is not None
        and issubclass(page.specific_class, EventPage)
        and (page.permissions_for_user(user).can_edit())
    )


@hooks.register("register_page_listing_buttons")
def attendees_listing_button(page, user, next_url=None):
    if _is_managed_event(page, user):
        yield ListingButton(
            _("Attendees"),
            reverse("events_admin:attendees", args=[page.pk]),
            icon_name="group",
            attrs={"aria-label": _("Attendees of '%(title)s'") % {"title": page.get_admin_display_title()}},
            priority=30,
        )


@hooks.register("register_page_header_buttons")
def attendees_header_buttons(page, user, view_name, next_url=None):
    if _is_managed_event(page, user):
        yield Button(_("Attendees"), reverse("events_admin:attendees", args=[page.pk]), icon_name="group", priority=12)
        yield Button(_("Check-in"), reverse("events_admin:checkin", args=[page.pk]), icon_name="tick", priority=13)
