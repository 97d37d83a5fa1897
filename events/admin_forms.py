"""Forms of the editors' side of meetings (Wagtail admin)."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm

from .forms import RegistrationForm
from .models import Attendance, RegistrationStatus


class AttendeeKind:
    MEMBER = "member"
    GUEST = "guest"
    CHOICES = [(MEMBER, _("A member")), (GUEST, _("A guest (not a member)"))]


class AttendeeAddForm(RegistrationForm):
    """An editor adds someone by hand: a member chosen from the members, or a guest by name
    and e-mail address. The editor may not know every answer or workshop choice, so these
    are optional here; the seat rules are the same as on the site."""

    workshops_required = False

    kind = forms.ChoiceField(
        label=_("Who"), choices=AttendeeKind.CHOICES, initial=AttendeeKind.MEMBER, widget=forms.RadioSelect
    )
    member = forms.ModelChoiceField(
        label=_("Member"), queryset=get_user_model().objects.filter(is_active=True), required=False
    )

    def __init__(self, *args, event, member_widget=None, **kwargs):
        super().__init__(*args, event=event, member=None, **kwargs)
        if member_widget is not None:
            self.fields["member"].widget = member_widget
        name, email = self.fields["name"], self.fields["email"]
        name.required = email.required = False
        name.label = _("Guest's name")
        email.label = _("Guest's e-mail address")
        email.help_text = _("The guest receives the confirmation (or the waitlist message) at this address.")
        self.fields["attendance"].label = _("Attendance")
        self.fields["attendance"].initial = event.attendance_options[0]
        self.fields["public_consent"].label = _("Show the name on the attendee list for other members")
        for field_name, _item in self._question_fields + self._workshop_fields:
            self.fields[field_name].required = False
        self.order_fields(["kind", "member", "name", "email"])

    def clean(self):
        data = super().clean()
        if data.get("kind") == AttendeeKind.MEMBER:
            if not data.get("member"):
                self.add_error("member", _("Choose a member."))
        elif data.get("kind") == AttendeeKind.GUEST:
            if not data.get("name"):
                self.add_error("name", _("Give the guest's name."))
            email = data.get("email")
            if not email and "email" not in self.errors:
                self.add_error("email", _("Give the guest's e-mail address."))
            elif email and get_user_model().objects.with_verified_address(email).exists():
                self.add_error("email", _("This address belongs to a member. Choose “A member” and pick them instead."))
        return data


class AttendeeFilterForm(forms.Form):
    """The attendee list's status filter (GET); an unknown value shows everyone."""

    PRESENT = "present"

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("All")),
            (RegistrationStatus.CONFIRMED, _("Confirmed (including present)")),
            (PRESENT, _("Present")),
            (RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED.label),
            (RegistrationStatus.PENDING, RegistrationStatus.PENDING.label),
            (RegistrationStatus.CANCELLED, RegistrationStatus.CANCELLED.label),
        ],
    )

    def filter(self, registrations):
        status = self.cleaned_data.get("status") if self.is_valid() else ""
        if status == self.PRESENT:
            return registrations.filter(status=RegistrationStatus.CONFIRMED, checked_in_at__isnull=False)
        if status:
            return registrations.filter(status=status)
        return registrations


class CheckInSearchForm(forms.Form):
    """Search at the door (GET), and for a hybrid meeting: who is expected in person or online."""

    q = forms.CharField(label=_("Search by name"), required=False, max_length=100)
    attendance = forms.ChoiceField(label=_("Attendance"), required=False, choices=Attendance.choices)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        options = event.attendance_options
        self.fields["attendance"].choices = [(value, Attendance(value).label) for value in options]
        if len(options) == 1:
            self.fields["attendance"].widget = forms.HiddenInput()
        self.default_attendance = options[0]

    def values(self):
        """(search text, attendance) with the defaults for anything missing or invalid."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return (data.get("q") or "").strip(), data.get("attendance") or self.default_attendance


class MemberSearchForm(BaseFilterForm):
    """The search in the member chooser: every word in the name or the e-mail address."""

    q = forms.CharField(label=_("Search term"), required=False)

    def filter(self, objects):
        objects = super().filter(objects)
        search = (self.cleaned_data.get("q") or "").strip()
        if search:
            for word in search.split():
                objects = objects.filter(
                    Q(first_name__icontains=word)
                    | Q(name_prefix__icontains=word)
                    | Q(last_name__icontains=word)
                    | Q(email__icontains=word)
                )
            self.is_searching = True
            self.search_query = search
        return objects
