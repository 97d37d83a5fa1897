"""The Wagtail admin's "Gebruikers" for our Member model: the name with its prefix, and
the e-mail address left to the member (changing it needs verification through allauth)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet


class MemberCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"name_prefix"}


class MemberEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"name_prefix"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email: forms.Field = self.fields["email"]
        email.disabled = True
        email.help_text = _("Members change their e-mail address themselves, after verifying the new one.")


class MemberViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return MemberEditForm if for_update else MemberCreationForm
