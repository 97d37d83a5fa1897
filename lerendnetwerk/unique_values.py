"""A readable message when a name (or another unique value) is already taken.

Django's own message capitalises the model's and the field's names in mid-sentence
("Er bestaat al een Thema met eenzelfde Naam."). Models that editors or members fill in
mix this in to say it as a sentence: "Er is al een thema met deze naam."
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def in_sentence(name):
    """A verbose name as it reads mid-sentence: "Naam" becomes "naam"; "CBS-code" stays."""
    name = str(name)
    if name[:1].isupper() and name[1:2].islower():
        return name[0].lower() + name[1:]
    return name


class ReadableUniqueMessage:
    def unique_error_message(self, model_class, unique_check):
        if len(unique_check) != 1:
            return super().unique_error_message(model_class, unique_check)
        field = model_class._meta.get_field(unique_check[0])
        return ValidationError(
            _("There already is a %(model_name)s with this %(field_label)s."),
            code="unique",
            params={
                "model": self,
                "model_class": model_class,
                "model_name": in_sentence(model_class._meta.verbose_name),
                "field_label": in_sentence(field.verbose_name),
                "unique_check": unique_check,
            },
        )
