"""The werkruimte's forms for who takes part, and the editors' decision on an application."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from themes.forms import ThemeMultipleChoiceField

from .records import EffectiveElement, PracticeRole


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Someone who is not a member yet gets an e-mail with a link to sign up."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(label=_("Role"), choices=PracticeRole.choices, initial=PracticeRole.PARTICIPANT)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=PracticeRole.choices)


class AcceptApplicationForm(forms.Form):
    title = SingleLineCharField(label=_("Name of the learning practice"), max_length=255)
    start_date = forms.DateField(label=_("Start"), widget=forms.DateInput(attrs={"type": "date"}))
    end_date = forms.DateField(label=_("End"), widget=forms.DateInput(attrs={"type": "date"}))
    themes = ThemeMultipleChoiceField(label=_("Themes"), required=True)
    elements = forms.ModelMultipleChoiceField(
        label=_("Effective elements"),
        queryset=EffectiveElement.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    trekker_email = forms.EmailField(
        label=_("E-mail address of the trekker"),
        help_text=_("The trekker gets the link to the practice's workspace, or an invitation to sign up."),
    )

    def clean_title(self):
        title = without_bidi_controls(self.cleaned_data["title"]).strip()
        if not title:
            raise forms.ValidationError(self.fields["title"].error_messages["required"], code="required")
        return title

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end comes after the start."))
        return data


class DeclineApplicationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The contact person reads this in the e-mail with the decision."),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(self.fields["reason"].error_messages["required"], code="required")
        return reason
