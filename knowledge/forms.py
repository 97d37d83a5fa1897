from django import forms
from django.utils.translation import gettext_lazy as _

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
