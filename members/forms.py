from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from lerendnetwerk.forms import ShortLabelsMixin, SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from municipalities.models import Municipality, Province
from themes.forms import ThemeMultipleChoiceField
from themes.models import Theme

from . import directory
from .models import MemberProfile
from .roles import Role


class MemberNameForm(forms.Form):
    """A member's name the Dutch way: first name, prefix (tussenvoegsel), last name."""

    first_name = SingleLineCharField(
        label=_("First name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    name_prefix = SingleLineCharField(
        label=_("Surname prefix"), max_length=20, required=False, help_text=_("For example: van, de, van der.")
    )
    last_name = SingleLineCharField(
        label=_("Last name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )

    # Names and other one-line texts that others see in lists: no bidirectional controls
    # (a right-to-left override would turn the lines they appear on around).
    single_line_fields = ("first_name", "name_prefix", "last_name")

    def clean(self):
        cleaned_data = super().clean()
        for name in self.single_line_fields:
            if isinstance(cleaned_data.get(name), str):
                cleaned_data[name] = without_bidi_controls(cleaned_data[name]).strip()
        for name in ("first_name", "last_name"):
            if name in cleaned_data and not cleaned_data[name] and self.fields[name].required:
                self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned_data


class SignupForm(MemberNameForm):
    """Extra sign-up fields on top of allauth's e-mail and password (ACCOUNT_SIGNUP_FORM_CLASS)."""

    field_order = ["first_name", "name_prefix", "last_name", "email", "password1", "password2"]

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"].strip()
        user.name_prefix = self.cleaned_data["name_prefix"].strip()
        user.last_name = self.cleaned_data["last_name"].strip()
        user.save(update_fields=["first_name", "name_prefix", "last_name"])


class ProfileForm(MemberNameForm, forms.ModelForm):
    """A member's own profile. Saved through members.services.update_profile."""

    remove_photo = forms.BooleanField(label=_("Remove my current photo"), required=False)
    interests = ThemeMultipleChoiceField(
        label=_("Themes I am interested in"),
        help_text=_("We use these to show you colleagues and news on the same themes."),
    )
    expertise = ThemeMultipleChoiceField(
        label=_("Themes I have expertise in"),
        help_text=_("Colleagues can find you on these themes in the member directory."),
    )

    class Meta:
        model = MemberProfile
        fields = ["organisation", "job_title", "municipality", "bio", "visibility", "show_email"]
        field_classes = {"organisation": SingleLineCharField, "job_title": SingleLineCharField}
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6}),
            "visibility": forms.RadioSelect,
        }

    single_line_fields = ("first_name", "name_prefix", "last_name", "organisation", "job_title")

    field_order = [
        "first_name",
        "name_prefix",
        "last_name",
        "photo",
        "remove_photo",
        "organisation",
        "job_title",
        "municipality",
        "bio",
        "interests",
        "expertise",
        "visibility",
        "show_email",
    ]

    def __init__(self, *args, member, **kwargs):
        self.member = member
        profile = kwargs["instance"]
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("first_name", member.first_name)
        initial.setdefault("name_prefix", member.name_prefix)
        initial.setdefault("last_name", member.last_name)
        initial.setdefault("interests", list(profile.interests.all()))
        initial.setdefault("expertise", list(profile.expertise.all()))
        super().__init__(*args, **kwargs)
        # Made per form, so that the upload limits follow the current settings.
        self.fields["photo"] = WagtailImageField(label=_("Photo"), required=False)
        self.order_fields(self.field_order)
        self.fields["municipality"].queryset = Municipality.objects.order_by("name")
        self.fields["municipality"].empty_label = _("(none)")
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["job_title"].widget.attrs["autocomplete"] = "organization-title"
        if not profile.photo_id:
            del self.fields["remove_photo"]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("photo") and cleaned_data.get("remove_photo"):
            self.add_error("remove_photo", _("Choose either a new photo or removing the current one."))
        return cleaned_data

    def profile_fields(self):
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class DirectoryFilterForm(forms.Form):
    """Search and filters of the member directory (GET, shareable URLs)."""

    hide_optional_marks = True  # every filter is optional; saying so on each is noise

    q = SingleLineCharField(label=_("Name or organisation"), required=False, max_length=100, widget=forms.SearchInput)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All municipalities"),
    )
    province = forms.ChoiceField(label=_("Province"), required=False)
    role = forms.ChoiceField(label=_("Role"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces")), *Province.choices]
        self.fields["role"].choices = [("", _("All roles")), *Role.choices]
        # The filters the apps built on members add (members.directory: "Leernetwerk").
        for directory_filter in directory.registered():
            self.fields[directory_filter.name] = directory_filter.make_field()

    def filters(self):
        """The valid filters only: a bad value in one filter does not undo the others."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class AssociateRequestForm(ShortLabelsMixin, forms.Form):
    short_labels = {"motivation": _("Motivation")}

    motivation = forms.CharField(
        label=_("Why would you like to become an Associate Member?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Tell us about your work and what you want to contribute to and get from the network."),
    )
