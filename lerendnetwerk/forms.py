from django.forms.renderers import TemplatesSetting


class NLDesignFormRenderer(TemplatesSetting):
    """Renders every form (ours and allauth's) with NL Design System markup.

    Templates: templates/forms/ for forms and fields, templates/django/forms/widgets/
    for the widget attributes (CSS classes per widget type).
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class ShortLabelsMixin:
    """Short names for the error summary (templates/forms/error_summary.html), which
    lists "name: error" above the form. A field whose label is a question or a sentence
    to tick declares one in `short_labels`, so the summary does not repeat the sentence."""

    short_labels = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, short_label in self.short_labels.items():
            self.fields[name].short_label = short_label
