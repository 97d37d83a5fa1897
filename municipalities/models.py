from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.unique_values import ReadableUniqueMessage


class Province(models.TextChoices):
    """The twelve provinces. The values appear in shareable filter URLs."""

    GRONINGEN = "groningen", _("Groningen")
    FRYSLAN = "fryslan", _("Friesland")
    DRENTHE = "drenthe", _("Drenthe")
    OVERIJSSEL = "overijssel", _("Overijssel")
    FLEVOLAND = "flevoland", _("Flevoland")
    GELDERLAND = "gelderland", _("Gelderland")
    UTRECHT = "utrecht", _("Utrecht")
    NOORD_HOLLAND = "noord-holland", _("North Holland")
    ZUID_HOLLAND = "zuid-holland", _("South Holland")
    ZEELAND = "zeeland", _("Zeeland")
    NOORD_BRABANT = "noord-brabant", _("North Brabant")
    LIMBURG = "limburg", _("Limburg")


cbs_code_validator = RegexValidator(
    r"^GM\d{4}$", _("Enter a CBS municipality code: GM followed by four digits, such as GM0344.")
)


class Municipality(ReadableUniqueMessage, models.Model):
    """A Dutch municipality (gemeente), identified by its CBS code."""

    name = models.CharField(_("name"), max_length=100)
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        unique=True,
        validators=[cbs_code_validator],
        help_text=_("The code Statistics Netherlands (CBS) uses, such as GM0344."),
    )
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    slug = models.SlugField(_("slug"), max_length=110, unique=True, editable=False)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        slug = slugify(self.name)
        if Municipality.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug = f"{slug}-{self.cbs_code.lower()}"
        return slug
