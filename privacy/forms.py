from allauth.account.adapter import get_adapter
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import ShortLabelsMixin


class DeleteAccountForm(ShortLabelsMixin, forms.Form):
    """Deleting an account asks for the password again (allauth's login-failure rate
    limit applies) and an explicit confirmation."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you."),
    )
    short_labels = {"confirm": _("Confirmation")}
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be deleted, and that this cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )

    def __init__(self, *args, member, request, **kwargs):
        self.member = member
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        adapter = get_adapter(self.request)
        # Raises a ValidationError itself after too many failed attempts.
        user = adapter.authenticate(self.request, email=self.member.email, password=password)
        if user is None or user.pk != self.member.pk:
            raise ValidationError(_("This password is not correct."), code="incorrect_password")
        return password
