"""The editors' side of meetings in the Wagtail admin: who is coming, exports, adding and
removing someone by hand, and checking people in at the door.

Every view about one meeting is for those who may edit its page (Wagtail page
permissions), checked on the server for that page; changes go through the services.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenMultipleView, ChosenView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import services
from .admin_forms import AttendeeAddForm, AttendeeFilterForm, AttendeeKind, CheckInSearchForm, MemberSearchForm
from .exports import AttendeeSheet, attendees_csv, attendees_xlsx
from .models import Attendance, EventPage, Registration, RegistrationStatus
from .services import RegistrationError

# Who may do what


def manageable_events(user):
    """The meetings whose page this user may edit: theirs to manage in the admin."""
    return PagePermissionPolicy(EventPage).instances_user_has_permission_for(user, "change")


def can_manage_event(user, event):
    return event.permissions_for_user(user).can_edit()


# Views


class EventsAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "date"

    def forbidden(self):
        """A plain 403 in the admin's furniture. (Raising PermissionDenied would make
        Wagtail redirect to the dashboard instead.)"""
        context = {"page_title": _("No access"), "header_icon": "warning"}
        return TemplateResponse(self.request, "events/admin/forbidden.html", context, status=403)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("events_admin:index"), "label": _("Events")}]


class EventListView(EventsAdminMixin, View):
    """Bijeenkomsten: the meetings this editor manages, with confirmed and waitlisted
    registrations per kind of attendance."""

    template_name = "events/admin/event_list.html"
    page_title = gettext_lazy("Events")
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        self.events = manageable_events(request.user)
        if not self.events.exists():
            return self.forbidden()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        return items[:-1] + [{"url": "", "label": _("Events")}]

    def get(self, request):
        past = request.GET.get("periode") == "voorbij"
        now = timezone.now()
        events = (
            self.events.filter(end__lt=now).order_by("-start")
            if past
            else self.events.filter(end__gte=now).order_by("start")
        )
        counts = {}
        for attendance in Attendance:
            for status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED):
                counts[f"{status.value}_{attendance.value}"] = Count(
                    "registrations", filter=Q(registrations__status=status, registrations__attendance=attendance)
                )
        paginator = WagtailPaginator(events.annotate(**counts), self.per_page)
        page = paginator.get_page(request.GET.get("p"))
        rows = [
            {
                "event": event,
                "kinds": [
                    {
                        "label": Attendance(attendance).label,
                        "capacity": event.capacity_for(attendance),
                        "confirmed": getattr(event, f"confirmed_{Attendance(attendance).value}"),
                        "waitlisted": getattr(event, f"waitlisted_{Attendance(attendance).value}"),
                    }
                    for attendance in event.attendance_options
                ],
            }
            for event in page
        ]
        return self.render_to_response(
            self.get_context_data(
                page=page, rows=rows, past=past, elided_page_range=paginator.get_elided_page_range(page.number)
            )
        )


class EventAdminView(EventsAdminMixin, View):
    """A view about one meeting, for those who may edit its page."""

    def dispatch(self, request, *args, **kwargs):
        self.event = get_object_or_404(EventPage, pk=kwargs["event_id"])
        if not can_manage_event(request.user, self.event):
            return self.forbidden()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    @property
    def attendees_url(self):
        return reverse("events_admin:attendees", args=[self.event.pk])

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": self.attendees_url, "label": self.event.title}]

    def get_registration(self, registration_id):
        return get_object_or_404(Registration, pk=registration_id, event=self.event)


class AttendeeListView(EventAdminView):
    template_name = "events/admin/attendee_list.html"
    page_title = gettext_lazy("Attendees")

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        return items[:-1] + [{"url": "", "label": self.event.title}]

    def get_header_buttons(self):
        event = self.event
        return [
            HeaderButton(
                _("Add attendee"), reverse("events_admin:add", args=[event.pk]), icon_name="plus", priority=10
            ),
            HeaderButton(
                _("Check-in"), reverse("events_admin:checkin", args=[event.pk]), icon_name="tick", priority=20
            ),
            HeaderButton(
                _("Edit page"), reverse("wagtailadmin_pages:edit", args=[event.pk]), icon_name="edit", priority=30
            ),
        ]

    def get(self, request, event_id):
        event = self.event
        filter_form = AttendeeFilterForm(request.GET)
        sheet = AttendeeSheet(event, filter_form.filter(services.attendee_registrations(event)))
        query = urlencode({"status": filter_form.cleaned_data.get("status", "")}) if filter_form.is_valid() else ""
        return self.render_to_response(
            self.get_context_data(
                event=event,
                sheet=sheet,
                filter_form=filter_form,
                summary=services.attendance_summary(event),
                export_query=f"?{query}" if query else "",
            )
        )


class AttendeeExportView(EventAdminView):
    def get(self, request, event_id, file_format):
        event = self.event
        filter_form = AttendeeFilterForm(request.GET)
        sheet = AttendeeSheet(event, filter_form.filter(services.attendee_registrations(event)))
        filename = f"deelnemers-{event.slug}"
        if file_format == "csv":
            response = HttpResponse(attendees_csv(sheet), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        elif file_format == "xlsx":
            response = HttpResponse(
                attendees_xlsx(sheet, title=_("Attendees")),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        else:
            raise Http404
        return response


class AttendeeAddView(EventAdminView):
    template_name = "events/admin/attendee_add.html"
    page_title = gettext_lazy("Add attendee")

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": _("Add attendee")}]

    def get_form(self, data=None):
        return AttendeeAddForm(
            data,
            event=self.event,
            workshop_places=services.workshop_places_left(self.event),
            member_widget=member_chooser_viewset.widget_class(),
        )

    def get(self, request, event_id):
        return self.render_form(self.get_form())

    def post(self, request, event_id):
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                registration = self._add(form)
            except RegistrationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _added_message(registration))
                return redirect(self.attendees_url)
        messages.error(request, _("The attendee could not be added. Please see the messages below."))
        return self.render_form(form)

    def _add(self, form):
        data = form.cleaned_data
        if data["kind"] == AttendeeKind.MEMBER:
            return services.register_member(self.event, data["member"], form.choice(), by_editor=True)
        return services.add_guest(self.event, data["name"], data["email"], form.choice())

    def render_form(self, form):
        return self.render_to_response(self.get_context_data(event=self.event, form=form))


def _added_message(registration):
    values = {"name": registration.name, "attendance": registration.get_attendance_display().lower()}
    if registration.status == RegistrationStatus.WAITLISTED:
        return _("The meeting is full (%(attendance)s): %(name)s is on the waitlist.") % values
    return _("%(name)s is registered (%(attendance)s).") % values


class AttendeeRemoveView(EventAdminView):
    """Cancel a registration on someone's behalf, after a confirmation; a freed seat goes
    to the first on the waitlist."""

    template_name = "events/admin/attendee_remove.html"
    page_title = gettext_lazy("Cancel registration")

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": _("Cancel registration")}]

    def get(self, request, event_id, registration_id):
        registration = self.get_registration(registration_id)
        return self.render_to_response(self.get_context_data(event=self.event, registration=registration))

    def post(self, request, event_id, registration_id):
        registration = self.get_registration(registration_id)
        if registration.status == RegistrationStatus.CANCELLED:
            messages.warning(request, _("%(name)s had already cancelled.") % {"name": registration.name})
            return redirect(self.attendees_url)
        now = timezone.now()
        try:
            services.cancel(registration, by_editor=True, now=now)
        except RegistrationError as error:
            messages.error(request, error.message)
            return redirect(self.attendees_url)
        messages.success(request, _("The registration of %(name)s is cancelled.") % {"name": registration.name})
        promoted = Registration.objects.filter(
            event=self.event, status=RegistrationStatus.CONFIRMED, confirmed_at=now
        ).values_list("name", flat=True)
        for name in promoted:
            messages.success(request, _("%(name)s moved up from the waitlist and has a seat now.") % {"name": name})
        return redirect(self.attendees_url)


class CheckInView(EventAdminView):
    """At the door, on a tablet: find someone by name and mark them present. Plain forms,
    so it works without JavaScript; every button returns to the same search."""

    template_name = "events/admin/checkin.html"
    page_title = gettext_lazy("Check-in")

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": _("Check-in")}]

    def get(self, request, event_id):
        event = self.event
        form = CheckInSearchForm(request.GET, event=event)
        search, attendance = form.values()
        expected = Registration.objects.confirmed().filter(event=event, attendance=attendance)
        counts = expected.aggregate(expected=Count("pk"), present=Count("pk", filter=Q(checked_in_at__isnull=False)))
        attendees = expected
        if search:
            attendees = attendees.filter(Q(name__icontains=search) | Q(email__icontains=search))
        return self.render_to_response(
            self.get_context_data(
                event=event,
                form=form,
                search=search,
                attendance=attendance,
                attendance_label=Attendance(attendance).label,
                attendees=attendees.order_by(Lower("name"), "pk"),
                counts=counts,
            )
        )


class SetPresentView(EventAdminView):
    http_method_names = ["post"]

    def post(self, request, event_id, registration_id):
        registration = self.get_registration(registration_id)
        present = request.POST.get("present") == "1"
        try:
            services.set_present(registration, present)
        except RegistrationError as error:
            messages.error(request, error.message)
        query = urlencode({"q": request.POST.get("q", ""), "attendance": request.POST.get("attendance", "")})
        return redirect(f"{reverse('events_admin:checkin', args=[self.event.pk])}?{query}#aanmelding-{registration.pk}")


# The "Bijeenkomsten" section of the admin


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return manageable_events(request.user).exists()


class EventsAdminViewSet(ViewSet):
    """The meetings' attendee lists, exports, adding and removing by hand and check-in, with
    a menu item for those who manage a meeting."""

    name = "events_admin"
    url_prefix = "bijeenkomsten"
    add_to_admin_menu = True
    menu_label = gettext_lazy("Events")
    menu_name = "events"
    menu_icon = "date"
    menu_order = 180
    menu_item_class = EventsMenuItem

    def get_urlpatterns(self):
        return [
            path("", EventListView.as_view(), name="index"),
            path("<int:event_id>/", AttendeeListView.as_view(), name="attendees"),
            path("<int:event_id>/export/<str:file_format>/", AttendeeExportView.as_view(), name="export"),
            path("<int:event_id>/toevoegen/", AttendeeAddView.as_view(), name="add"),
            path(
                "<int:event_id>/aanmeldingen/<int:registration_id>/afmelden/",
                AttendeeRemoveView.as_view(),
                name="remove",
            ),
            path("<int:event_id>/aanwezigheid/", CheckInView.as_view(), name="checkin"),
            path("<int:event_id>/aanwezigheid/<int:registration_id>/", SetPresentView.as_view(), name="set_present"),
        ]


events_admin_viewset = EventsAdminViewSet()


# Choosing a member to add by hand


class EventManagersOnlyMixin:
    """Only those who manage a meeting may look through the members here."""

    def dispatch(self, request, *args, **kwargs):
        if not manageable_events(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MemberChooseMixin(EventManagersOnlyMixin):
    filter_form_class = MemberSearchForm

    def get_object_list(self):
        return get_user_model().objects.filter(is_active=True).order_by(Lower("last_name"), Lower("first_name"), "pk")

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Name")
        return column

    @property
    def columns(self):
        return [self.title_column, Column("email", label=_("E-mail address"))]


class MemberChooseView(MemberChooseMixin, ChooseView):
    pass


class MemberChooseResultsView(MemberChooseMixin, ChooseResultsView):
    pass


class MemberChosenView(EventManagersOnlyMixin, ChosenView):
    pass


class MemberChosenMultipleView(EventManagersOnlyMixin, ChosenMultipleView):
    pass


class MemberChooserViewSet(ChooserViewSet):
    model = get_user_model()
    icon = "user"
    choose_one_text = gettext_lazy("Choose a member")
    choose_another_text = gettext_lazy("Choose another member")
    choose_view_class = MemberChooseView
    choose_results_view_class = MemberChooseResultsView
    chosen_view_class = MemberChosenView
    chosen_multiple_view_class = MemberChosenMultipleView
    register_widget = False  # other admin forms keep their own widget for members
    per_page = 20


member_chooser_viewset = MemberChooserViewSet("event_member_chooser", url_prefix="bijeenkomsten/leden-kiezen")
