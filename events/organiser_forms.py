"""The forms in which a network's coordinators and a practice's trekkers make or change
their meeting on the site (events.organising does the rest) and write to its attendees
(events.messaging)."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from municipalities.models import Municipality

from .messaging import BODY_MAX_LENGTH, SUBJECT_MAX_LENGTH
from .organising import MeetingDetails
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
        from django.utils import timezone

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
