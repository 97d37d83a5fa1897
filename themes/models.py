from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import ItemBase, TagBase

from lerendnetwerk.unique_values import ReadableUniqueMessage


class Theme(ReadableUniqueMessage, TagBase):
    """A theme of the social domain (armoede, eenzaamheid, …).

    Themes are curated by editors: members, practices and content choose from this
    list; nobody creates a theme by typing a new tag.
    """

    description = models.TextField(_("description"), blank=True)

    # Wagtail's tag fields and tag autocomplete offer existing themes only.
    free_tagging = False

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]


class ThemedItemBase(ItemBase):
    """Through model for a `TaggableManager` whose tags are themes.

    A concrete subclass adds `content_object` (a ForeignKey, or a ParentalKey on
    Wagtail pages) pointing to the themed model.
    """

    tag = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s_items")

    class Meta:
        abstract = True
