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


class SizeClass(models.IntegerChoices):
    """Size by number of inhabitants, in the classes CBS uses (merged at the edges).
    Figures set it from the latest "inwoners" value (figures.services)."""

    UNDER_10K = 1, _("fewer than 10,000 inhabitants")
    FROM_10K = 2, _("10,000 to 20,000 inhabitants")
    FROM_20K = 3, _("20,000 to 50,000 inhabitants")
    FROM_50K = 4, _("50,000 to 100,000 inhabitants")
    FROM_100K = 5, _("100,000 to 250,000 inhabitants")
    FROM_250K = 6, _("250,000 inhabitants or more")

    @classmethod
    def for_population(cls, inhabitants):
        for bound, size_class in ((10_000, 1), (20_000, 2), (50_000, 3), (100_000, 4), (250_000, 5)):
            if inhabitants < bound:
                return cls(size_class)
        return cls.FROM_250K


class Urbanisation(models.IntegerChoices):
    """CBS's stedelijkheid: 1 (very strongly urban) to 5 (not urban), from the density of addresses."""

    VERY_STRONGLY_URBAN = 1, _("very strongly urban")
    STRONGLY_URBAN = 2, _("strongly urban")
    MODERATELY_URBAN = 3, _("moderately urban")
    HARDLY_URBAN = 4, _("hardly urban")
    NOT_URBAN = 5, _("not urban")


# Paths under /gemeenten/ that are a page of their own, not a municipality (figures.urls):
# a municipality with such a name gets its CBS code in its slug, as a second "Bergen" does.
RESERVED_SLUGS = {"vergelijken"}

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
    # For comparing like with like; kept up to date by the figures import (docs/figures.md).
    size_class = models.PositiveSmallIntegerField(_("size class"), choices=SizeClass.choices, null=True, blank=True)
    urbanisation = models.PositiveSmallIntegerField(
        _("urbanisation"), choices=Urbanisation.choices, null=True, blank=True
    )

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
        if slug in RESERVED_SLUGS or Municipality.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug = f"{slug}-{self.cbs_code.lower()}"
        return slug
