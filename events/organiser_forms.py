"""The forms in which a network's coordinators and a practice's trekkers make or change
their meeting on the site (events.organising does the rest) and write to its attendees
(events.messaging)."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from municipalities.models import Municipality

from .messaging import BODY_MAX_LENGTH, SUBJECT_MAX_LENGTH
from .organising import MAX_SESSIONS, MIN_SESSIONS, MeetingDetails, SessionTimes
from .records import Audience, EventFormat, MessageAudience

# The browser's own date and time picker (shown in Dutch on a Dutch system); typed by hand,
# the Dutch way ("14-03-2027 19:30") is understood too.
DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M", "%d-%m-%Y %H.%M"]


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


def _moment(label, *, required=True, help_text=""):
    return forms.DateTimeField(
        label=label,
        required=required,
        widget=DateTimeLocalInput(),
        input_formats=DATETIME_FORMATS,
        help_text=help_text,
        error_messages={"invalid": _("Enter a date and time, such as 14-03-2027 19:30.")},
    )


class MeetingForm(forms.Form):
    title = SingleLineCharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One or two sentences for lists."),
    )
    start = _moment(_("Start"))
    end = _moment(_("End"))
    format = forms.ChoiceField(
        label=_("Format"), choices=EventFormat.choices, widget=forms.RadioSelect, initial=EventFormat.IN_PERSON
    )
    venue = SingleLineCharField(label=_("Venue"), max_length=200, required=False)
    address = forms.CharField(
        label=_("Address"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Street, postcode and town."),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.order_by("name"), required=False
    )
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        assume_scheme="https",
        help_text=_("For an online or hybrid meeting. Shown only to confirmed attendees."),
    )
    capacity = forms.IntegerField(
        label=_("Number of seats"), required=False, min_value=1, max_value=10000, help_text=_("Empty: no limit.")
    )
    registration_closes = _moment(
        _("Registration closes"), required=False, help_text=_("Empty: until the meeting starts.")
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Plain text; an empty line starts a new paragraph."),
    )
    circle_only = forms.TypedChoiceField(
        label=_("Who is it for?"),
        widget=forms.RadioSelect,
        coerce=lambda value: value == "circle",
        initial="circle",
    )
    audience = forms.ChoiceField(
        label=_("Who may register from the public calendar?"),
        choices=Audience.choices,
        initial=Audience.MEMBERS,
        widget=forms.RadioSelect,
        help_text=_("Only for a meeting in the public calendar."),
    )

    def __init__(self, *args, circle_label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["circle_only"].choices = [
            ("circle", circle_label),
            ("public", _("Everyone: in the public calendar, after the editors have approved it")),
        ]

    @classmethod
    def initial_for(cls, event):
        def local(moment):
            return timezone.localtime(moment) if moment else None

        return {
            "title": event.title,
            "summary": event.summary,
            "start": local(event.start),
            "end": local(event.end),
            "format": event.format,
            "venue": event.venue,
            "address": event.address,
            "municipality": event.municipality_id,
            "online_url": event.online_url,
            "capacity": event.capacity_in_person if event.capacity_in_person is not None else event.capacity_online,
            "registration_closes": local(event.registration_closes),
            "description": event.description_text,
            "circle_only": "circle" if event.circle_only else "public",
            "audience": event.audience,
        }

    def details(self):
        data = self.cleaned_data
        return MeetingDetails(
            title=data["title"],
            summary=data["summary"],
            start=data["start"],
            end=data["end"],
            format=data["format"],
            venue=data["venue"],
            address=data["address"],
            municipality=data["municipality"],
            online_url=data["online_url"],
            capacity=data["capacity"],
            registration_closes=data["registration_closes"],
            description=data["description"],
            audience=data["audience"],
            circle_only=data["circle_only"],
        )


# A series of sessions


class SeriesForm(MeetingForm):
    """The details the sessions of a series share; each session's time is in SessionFormSet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end", "registration_closes", "audience"):
            del self.fields[name]
        self.fields["capacity"].label = _("Number of seats per session")
        self.fields["capacity"].help_text = _("Empty: no limit. A session can have its own number below.")
        self.fields["summary"].help_text = _("One or two sentences for lists: what the series is about.")
        self.fields["circle_only"].choices = [
            ("circle", _("Only the members of the learning network: published at once")),
            (
                "public",
                _("Members of the whole site: every session in the public calendar, after the editors' approval"),
            ),
        ]

    def details(self):
        data = self.cleaned_data
        return MeetingDetails(
            title=data["title"],
            summary=data["summary"],
            start=None,
            end=None,
            format=data["format"],
            venue=data["venue"],
            address=data["address"],
            municipality=data["municipality"],
            online_url=data["online_url"],
            capacity=data["capacity"],
            description=data["description"],
            audience=Audience.MEMBERS,
            circle_only=data["circle_only"],
        )


class SessionForm(forms.Form):
    """One session of a series: a row left empty is left out."""

    hide_optional_marks = True

    start = _moment(_("Start"), required=False)
    end = _moment(_("End"), required=False)
    capacity = forms.IntegerField(
        label=_("Own number of seats"),
        required=False,
        min_value=1,
        max_value=10000,
        help_text=_("Empty: the number of the series."),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        filled = start or end or data.get("capacity") is not None
        if filled and not start and "start" not in self.errors:
            self.add_error("start", forms.ValidationError(_("Give the start of this session."), code="required"))
        if filled and not end and "end" not in self.errors:
            self.add_error("end", forms.ValidationError(_("Give the end of this session."), code="required"))
        if start and end and end <= start:
            self.add_error("end", forms.ValidationError(_("The end must be after the start."), code="order"))
        if start and start < timezone.now():
            self.add_error("start", forms.ValidationError(_("The start cannot be in the past."), code="past"))
        return data

    def session(self):
        data = self.cleaned_data
        if not data.get("start") or not data.get("end"):
            return None
        return SessionTimes(start=data["start"], end=data["end"], capacity=data.get("capacity"))


class BaseSessionFormSet(forms.BaseFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": _("A series has at most %(num)d sessions."),
        "missing_management_form": _("The sessions could not be read. Please fill them in again."),
    }

    def sessions(self):
        """The filled rows as SessionTimes, in the order typed."""
        return [session for session in (form.session() for form in self.forms) if session is not None]

    def clean(self):
        if any(self.errors):
            return
        if len(self.sessions()) < MIN_SESSIONS:
            raise forms.ValidationError(_("Give at least two sessions, each with a start and an end."), code="few")


SESSION_ROWS = 6

SessionFormSet = forms.formset_factory(
    SessionForm, formset=BaseSessionFormSet, extra=SESSION_ROWS, max_num=MAX_SESSIONS, validate_max=True
)


class AddSessionForm(SessionForm):
    """One more session of an existing series: start and end required."""

    def clean(self):
        data = super().clean()
        if not self.errors and self.session() is None:
            self.add_error("start", forms.ValidationError(_("Give the start of this session."), code="required"))
        return data


class MessageForm(forms.Form):
    """The organisers' message to the attendees (events.messaging.send_message). `key` is
    the form's one-time key: submitted twice, the message is sent once."""

    audience = forms.ChoiceField(
        label=_("To"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who gets the message."),
            "invalid_choice": _("Choose who gets the message."),
        },
    )
    subject = SingleLineCharField(
        label=_("Subject"),
        max_length=SUBJECT_MAX_LENGTH,
        error_messages={"required": _("Write a subject.")},
    )
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Plain text; an empty line starts a new paragraph. Everyone gets it by e-mail with their link to cancel; "
            "members also find it among their notifications."
        ),
        error_messages={"required": _("Write a message.")},
    )
    key = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = [
            (value, f"{label} ({counts.get(value, 0)})") for value, label in MessageAudience.choices
        ]
        if not self.is_bound:
            self.initial["key"] = str(uuid.uuid4())

    def clean_key(self):
        """The one-time key as a UUID, or None when it is missing or not one (the view then
        asks to send the form again, with a new key)."""
        try:
            return uuid.UUID(self.cleaned_data["key"])
        except (TypeError, ValueError):
            return None

    def renew_key(self):
        """Render the form again with a new one-time key (nothing was sent with the old one)."""
        self.data = self.data.copy()
        self.data[self.add_prefix("key")] = str(uuid.uuid4())

    def clean_body(self):
        body = without_bidi_controls(self.cleaned_data["body"]).strip()
        if not body:
            raise forms.ValidationError(_("Write a message."), code="required")
        return body
