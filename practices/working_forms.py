"""The form of "Praktijk bewerken" in the werkruimte (practices.working_views): the
practice's working fields and public texts, and the organisations as a formset."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField
from lerendnetwerk.text import without_bidi_controls

from .records import EffectiveElement, PracticeStatus

APPROACH_MAX_LENGTH = 10_000
MAX_ORGANISATIONS = 30
EMPTY_ORGANISATION_ROWS = 2


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PracticeWorkingForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=PracticeStatus.choices)
    start_date = forms.DateField(label=_("Start"), required=False, widget=DateInput())
    end_date = forms.DateField(label=_("End"), required=False, widget=DateInput())
    effective_elements = forms.ModelMultipleChoiceField(
        label=_("Effective elements you work on"),
        queryset=EffectiveElement.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    reflection_interval_weeks = forms.IntegerField(
        label=_("Reflect every … weeks"),
        min_value=1,
        max_value=26,
        help_text=_("How often the trekkers are asked to reflect on the open learning questions."),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences for lists and search."),
        error_messages={"required": _("Write a short summary.")},
    )
    approach = forms.CharField(
        label=_("Approach"),
        max_length=APPROACH_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What you do and how. Leave an empty line between paragraphs."),
    )
    residents_involvement = forms.CharField(
        label=_("Residents and experts by experience"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Which residents and experts by experience take part, and how."),
    )

    def __init__(self, *args, approach_editable=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not approach_editable:
            del self.fields["approach"]

    def clean_summary(self):
        summary = without_bidi_controls(self.cleaned_data["summary"]).strip()
        if not summary:
            raise forms.ValidationError(_("Write a short summary."), code="required")
        return summary

    def clean_approach(self):
        return without_bidi_controls(self.cleaned_data["approach"]).strip()

    def clean_residents_involvement(self):
        return without_bidi_controls(self.cleaned_data["residents_involvement"]).strip()

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", forms.ValidationError(_("The end cannot be before the start."), code="order"))
        return data


class OrganisationForm(forms.Form):
    """One organisation involved; a row left empty is left out (or removed)."""

    hide_optional_marks = True

    name = SingleLineCharField(label=_("Name of the organisation"), max_length=150, required=False)
    role = SingleLineCharField(label=_("Role in the practice"), max_length=200, required=False)
    url = forms.URLField(label=_("Website"), max_length=200, required=False, assume_scheme="https")

    def clean(self):
        data = super().clean()
        if not data.get("name") and (data.get("role") or data.get("url")):
            self.add_error("name", forms.ValidationError(_("Give the name of the organisation."), code="required"))
        return data


class BaseOrganisationFormSet(forms.BaseFormSet):
    def rows(self):
        """The organisations to keep, in their order: rows with a name, not marked for removal."""
        return [
            {"name": form.cleaned_data["name"], "role": form.cleaned_data["role"], "url": form.cleaned_data["url"]}
            for form in self.forms
            if form.cleaned_data.get("name") and not form.cleaned_data.get("DELETE")
        ]


OrganisationFormSet = forms.formset_factory(
    OrganisationForm,
    formset=BaseOrganisationFormSet,
    extra=EMPTY_ORGANISATION_ROWS,
    can_delete=True,
    max_num=MAX_ORGANISATIONS,
    validate_max=True,
)
