"""Template helpers for NL Design System (Utrecht) markup."""

from django import template

register = template.Library()

TEXTBOX_TYPES = {"text", "email", "password", "url", "number", "search", "tel", "date", "datetime-local", "time"}


def _classes_for(widget):
    template_name = widget.get("template_name", "")
    input_type = widget.get("type")
    if template_name.endswith("/textarea.html"):
        return ["utrecht-textarea", "utrecht-textarea--html-textarea"], "utrecht-textarea--invalid"
    if template_name.endswith("/select.html"):
        return ["utrecht-select", "utrecht-select--html-select"], "utrecht-select--invalid"
    if input_type == "checkbox":
        return ["utrecht-checkbox", "utrecht-checkbox--html-input"], None
    if input_type == "radio":
        return ["utrecht-radio-button", "utrecht-radio-button--html-input"], "utrecht-radio-button--invalid"
    if input_type == "file":
        return ["ln-file-input"], None
    if input_type in TEXTBOX_TYPES:
        return ["utrecht-textbox", "utrecht-textbox--html-input"], "utrecht-textbox--invalid"
    return [], None


@register.filter
def widget_classes(widget):
    """The CSS classes for a form widget's context dict, keeping any classes it already has."""
    classes, invalid_class = _classes_for(widget)
    attrs = widget.get("attrs", {})
    if invalid_class and attrs.get("aria-invalid") == "true":
        classes.append(invalid_class)
    if attrs.get("class"):
        classes.append(attrs["class"])
    return " ".join(classes)
