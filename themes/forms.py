from django import forms

from .models import Theme


class ThemeMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Checkboxes for the curated themes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Theme.objects.order_by("name"))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
