from django.forms.renderers import TemplatesSetting


class NLDesignFormRenderer(TemplatesSetting):
    """Renders every form (ours and allauth's) with NL Design System markup.

    Templates: templates/forms/ for forms and fields, templates/django/forms/widgets/
    for the widget attributes (CSS classes per widget type).
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
