"""Meetings in the Wagtail admin: the "Bijeenkomsten" menu item, the attendee list and
check-in of each meeting, and buttons to them on the event pages."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, ListingButton

from . import admin_views
from .models import EventPage

admin_urlpatterns = [
    path("", admin_views.EventListView.as_view(), name="index"),
    path("<int:event_id>/", admin_views.AttendeeListView.as_view(), name="attendees"),
    path("<int:event_id>/export/<str:file_format>/", admin_views.AttendeeExportView.as_view(), name="export"),
    path("<int:event_id>/toevoegen/", admin_views.AttendeeAddView.as_view(), name="add"),
    path(
        "<int:event_id>/aanmeldingen/<int:registration_id>/afmelden/",
        admin_views.AttendeeRemoveView.as_view(),
        name="remove",
    ),
    path("<int:event_id>/aanwezigheid/", admin_views.CheckInView.as_view(), name="checkin"),
    path(
        "<int:event_id>/aanwezigheid/<int:registration_id>/",
        admin_views.SetPresentView.as_view(),
        name="set_present",
    ),
]


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [path("bijeenkomsten/", include((admin_urlpatterns, "events_admin")))]


@hooks.register("register_admin_viewset")
def register_member_chooser():
    return admin_views.member_chooser_viewset


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.manageable_events(request.user).exists()


@hooks.register("register_admin_menu_item")
def events_menu_item():
    return EventsMenuItem(_("Events"), reverse("events_admin:index"), name="events", icon_name="date", order=180)


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
