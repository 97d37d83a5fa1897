from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = _("Themes")

    def ready(self):
        from django import forms
        from taggit.managers import TaggableManager
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.admin.forms.tags import TagField

        from .forms import ThemeMultipleChoiceField
        from .models import Theme

        def theme_choice(db_field):
            """Themes are curated: in the Wagtail admin a themes field is a list of
            checkboxes of the existing themes (Wagtail's tag field lets editors type new
            ones, and shows multi-word themes in quotes). Other tags stay Wagtail's."""
            if issubclass(db_field.related_model, Theme):
                return {"form_class": ThemeMultipleChoiceField, "widget": forms.CheckboxSelectMultiple}
            return {"form_class": TagField, "tag_model": db_field.related_model}

        register_form_field_override(TaggableManager, override=theme_choice)
