from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lerendnetwerk.forms import ShortLabelsMixin, SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from municipalities.models import Province
from themes.models import Theme

from .records import Attendance, EventFormat, EventType, Prefill, QuestionKind
from .services import Choice


class WorkshopSelect(forms.RadioSelect):
    """Radio buttons where a full workshop stays visible but cannot be chosen."""

    def __init__(self, *args, full=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.full = set(full)

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if str(value) in self.full:
            option["attrs"]["disabled"] = True
        return option


class RegistrationForm(ShortLabelsMixin, forms.Form):
    """Registration for one meeting: how you take part, the editor's questions, a workshop
    per time slot and consent for the attendee list. Guests also give name and e-mail."""

    name = SingleLineCharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"), help_text=_("We send a link to confirm your registration."))
    attendance = forms.ChoiceField(
        label=_("How will you take part?"), choices=Attendance.choices, widget=forms.RadioSelect
    )
    public_consent = forms.BooleanField(
        label=_("Show my name on the attendee list for other members"),
        required=False,
    )
    short_labels = {"attendance": _("Attendance")}

    def __init__(self, *args, event, member=None, workshop_places=None, **kwargs):
        self.event = event
        self.member = member
        super().__init__(*args, **kwargs)
        if member is not None:
            del self.fields["name"]
            del self.fields["email"]
        options = event.attendance_options
        self.fields["attendance"].choices = [(value, Attendance(value).label) for value in options]
        if len(options) == 1:
            self.fields["attendance"].widget = forms.HiddenInput()
            self.fields["attendance"].initial = options[0]
        self._question_fields = []
        for question in event.questions.all():
            name = f"question_{question.pk}"
            self.fields[name] = self._question_field(question)
            self._question_fields.append((name, question))
            if member is not None and question.prefill:
                self.initial.setdefault(name, _profile_value(member, question.prefill))
        places = workshop_places or {}
        self._workshop_fields = []
        for index, (slot, workshops) in enumerate(event.workshop_slots, start=1):
            name = f"workshop_{index}"
            full = [str(w.pk) for w in workshops if places.get(w.pk) == 0]
            self.fields[name] = forms.TypedChoiceField(
                label=slot,
                choices=[(w.pk, _workshop_label(w, places.get(w.pk))) for w in workshops],
                coerce=int,
                widget=WorkshopSelect(full=full),
                required=False,  # required in clean(), except for online attendees of a hybrid meeting
            )
            self._workshop_fields.append((name, {w.pk: w for w in workshops}))
        # Consent last, after the questions.
        self.order_fields([f for f in self.fields if f != "public_consent"] + ["public_consent"])

    @staticmethod
    def _question_field(question):
        common = {"label": question.label, "help_text": question.help_text, "required": question.required}
        if question.kind == QuestionKind.TEXTAREA:
            return forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 3}), **common)
        if question.kind == QuestionKind.CHOICE:
            choices = [("", _("Choose …"))] + [(c, c) for c in question.choice_list]
            return forms.ChoiceField(choices=choices, **common)
        if question.kind == QuestionKind.CHECKBOX:
            return forms.BooleanField(**common)
        return SingleLineCharField(max_length=300, **common)

    workshops_required = True

    def clean_name(self):
        """The name goes on the attendee list: no bidirectional controls."""
        name = without_bidi_controls(self.cleaned_data["name"]).strip()
        if not name and self.fields["name"].required:
            raise forms.ValidationError(self.fields["name"].error_messages["required"], code="required")
        return name

    def clean(self):
        cleaned = super().clean()
        if self.workshops_required and self._workshops_apply(cleaned.get("attendance")):
            for name, _workshops in self._workshop_fields:
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, forms.ValidationError(_("Choose a workshop."), code="required"))
        return cleaned

    def _workshops_apply(self, attendance):
        """Workshops are in the room: at a hybrid meeting, online attendees skip them."""
        return not (self.event.format == EventFormat.HYBRID and attendance == Attendance.ONLINE)

    def question_fields(self):
        return [self[name] for name, _question in self._question_fields]

    def workshop_fields(self):
        return [self[name] for name, _workshops in self._workshop_fields]

    def choice(self):
        """The cleaned data as the registration service takes it."""
        data = self.cleaned_data
        answers = []
        for name, question in self._question_fields:
            value = data.get(name)
            if question.kind == QuestionKind.CHECKBOX:
                value = str(_("Yes") if value else _("No"))
            answers.append({"question": question.pk, "label": question.label, "answer": value or ""})
        workshops = []
        if self._workshops_apply(data["attendance"]):
            workshops = [by_id[data[name]] for name, by_id in self._workshop_fields if data.get(name) in by_id]
        return Choice(
            attendance=data["attendance"],
            answers=answers,
            workshops=workshops,
            public_consent=data.get("public_consent", False),
        )


class SeriesRegistrationForm(forms.Form):
    """Registration for a whole series: how you take part (when its sessions give a choice)
    and consent for the sessions' attendee lists."""

    attendance = forms.ChoiceField(
        label=_("How will you take part?"), choices=Attendance.choices, widget=forms.RadioSelect
    )
    public_consent = forms.BooleanField(label=_("Show my name on the attendee lists for other members"), required=False)

    def __init__(self, *args, attendance_options, **kwargs):
        super().__init__(*args, **kwargs)
        options = list(attendance_options) or [Attendance.IN_PERSON]
        self.fields["attendance"].choices = [(value, Attendance(value).label) for value in options]
        if len(options) == 1:
            self.fields["attendance"].widget = forms.HiddenInput()
            self.fields["attendance"].initial = options[0]

    def choice(self):
        return Choice(attendance=self.cleaned_data["attendance"], public_consent=self.cleaned_data["public_consent"])


def _workshop_label(workshop, left):
    if left is None:
        return workshop.title
    if left == 0:
        return _("%(title)s (full)") % {"title": workshop.title}
    return _("%(title)s (%(left)s places left)") % {"title": workshop.title, "left": left}


def _profile_value(member, prefill):
    profile = getattr(member, "profile", None)
    if profile is None:
        return ""
    if prefill == Prefill.ORGANISATION:
        return profile.organisation
    if prefill == Prefill.JOB_TITLE:
        return profile.job_title
    if prefill == Prefill.MUNICIPALITY:
        return profile.municipality.name if profile.municipality_id else ""
    return ""


class EventFilterForm(forms.Form):
    """The calendar's filters (GET). Unknown values are ignored rather than shown as errors."""

    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types"))] + EventType.choices)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.all(),
        to_field_name="slug",
        empty_label=_("All themes"),
    )
    format = forms.ChoiceField(
        label=pgettext_lazy("meeting", "Format"), required=False, choices=[("", _("All formats"))] + EventFormat.choices
    )
    province = forms.ChoiceField(
        label=_("Province"), required=False, choices=[("", _("All provinces"))] + Province.choices
    )

    def filters(self):
        self.is_valid()  # invalid fields are simply left out of cleaned_data
        return {name: value for name, value in self.cleaned_data.items() if value}
