"""The forms of learning networks: the index's filter, asking to join, and the coordinators'
management (deciding on a request, inviting, a role, the shelf)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from themes.models import Theme

from .records import REQUEST_MESSAGE_MAX_LENGTH, NetworkRole


class NetworkFilterForm(forms.Form):
    hide_optional_marks = True

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )

    def filters(self):
        """The valid filters only."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the coordinators"),
        help_text=_("Optional: who you are and why you would like to join."),
        max_length=REQUEST_MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("accept", _("Accept")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the member"),
        help_text=_("They read it with the decision."),
        max_length=REQUEST_MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @property
    def accepts(self):
        return self.cleaned_data["decision"] == "accept"


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("A member with this address finds the invitation on the site; anyone else gets an e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(label=_("Role"), choices=NetworkRole.choices, initial=NetworkRole.MEMBER)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=NetworkRole.choices)


class ShelfForm(forms.Form):
    """Put a lesson or dossier on the shelf: a list of the live, public ones."""

    page = forms.ModelChoiceField(label=_("Lesson or dossier"), queryset=None, empty_label=_("Choose…"))

    def __init__(self, *args, pages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = pages
