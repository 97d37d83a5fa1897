from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import EffectiveElement
from themes.models import Theme


class LessonFilterForm(forms.Form):
    hide_optional_marks = True

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    element = forms.ModelChoiceField(
        label=_("Effective element"),
        queryset=EffectiveElement.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All effective elements"),
    )

    def filters(self):
        """The filters that were chosen and valid; an unknown value filters on nothing."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
