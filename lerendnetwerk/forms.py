import re

import django_filters
from django import forms
from django.db import models
from django.forms.renderers import TemplatesSetting

from .text import without_bidi_controls


class NLDesignFormRenderer(TemplatesSetting):
    """Renders every form (ours and allauth's) with NL Design System markup.

    Templates: templates/forms/ for forms and fields, templates/django/forms/widgets/
    for the widget attributes (CSS classes per widget type).
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


# Line breaks (CR, LF, NEL, the Unicode line and paragraph separators) and the other control
# characters: a run of them becomes one space.
_LINE_BREAKS_AND_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def as_single_line(text):
    """`text` on one line: what would start a new line (in a mail, an export, a calendar) or
    control a terminal becomes a space. A tab pasted from a spreadsheet is a space too. The
    bidirectional controls go too (lerendnetwerk.text): a one-line name or title that
    could turn the text around it is never stored."""
    return without_bidi_controls(_LINE_BREAKS_AND_CONTROLS.sub(" ", text)).strip()


class SingleLineCharField(forms.CharField):
    """A one-line text that a member or visitor fills in (a name, a title, a phone number).

    A browser's text input cannot hold a line break, but a request can: in a plain-text
    mail or a header it would add lines of its own. So line breaks and other control
    characters are replaced by a space before validation; nothing typed is refused.
    Model forms name it in `Meta.field_classes`; the Wagtail admin's forms get it through
    `use_single_line_fields_in_wagtail_admin` and `SingleLineFieldsViewSetMixin`."""

    def to_python(self, value):
        value = super().to_python(value)
        if isinstance(value, str):
            value = as_single_line(value)
            if value in self.empty_values:
                return self.empty_value
        return value


def single_line_formfield(db_field, **kwargs):
    """The form field of a model field, a SingleLineCharField for a plain CharField (one
    with choices stays a choice field; EmailField, SlugField, URLField keep their own)."""
    if type(db_field) is models.CharField:
        kwargs.setdefault("form_class", SingleLineCharField)
    return db_field.formfield(**kwargs)


def use_single_line_fields_in_wagtail_admin():
    """Every plain CharField of a model in the Wagtail admin's forms (page titles, snippets,
    ViewSets with panels) becomes a SingleLineCharField. Called once at start-up, before
    the admin builds its forms (home.apps)."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.CharField, override={"form_class": SingleLineCharField}, exact_class=True)


class SingleLineFieldsViewSetMixin:
    """For a Wagtail ModelViewSet with `form_fields`: its form is made by Django's
    modelform_factory, which the admin's field overrides above do not reach."""

    def formfield_for_dbfield(self, db_field, **kwargs):
        return single_line_formfield(db_field, **kwargs)


class ShortLabelsMixin:
    """Short names for the error summary (templates/forms/error_summary.html), which
    lists "name: error" above the form. A field whose label is a question or a sentence
    to tick declares one in `short_labels`, so the summary does not repeat the sentence."""

    short_labels = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, short_label in self.short_labels.items():
            self.fields[name].short_label = short_label


class ModelMultipleChoiceFieldOfIds(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that answers a number too large for the database (a
    20-digit id in a filter URL) with its usual "not a valid value" error instead of the
    database's OverflowError."""

    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except OverflowError as error:
            raise forms.ValidationError(
                self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": "…"}
            ) from error


class ModelChoiceFieldOfIds(django_filters.fields.ModelChoiceField):
    """The admin's list filters choose one object by id; a number too large for the
    database is "not one of the choices", not an OverflowError."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError as error:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from error


def filters_answer_odd_ids_with_a_form_error():
    """Every list filter of the Wagtail admin (django-filter) that chooses objects by id uses
    the fields above. Called once at start-up (home.apps)."""
    django_filters.ModelChoiceFilter.field_class = ModelChoiceFieldOfIds
    django_filters.ModelMultipleChoiceFilter.field_class = ModelMultipleChoiceFieldOfIds
