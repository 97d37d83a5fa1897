"""Figures per municipality: indicators (what is measured, where it comes from), their
values per municipality and period (plus the national value), and a log of each import.

Periods are stored as CBS writes them ("2023JJ00", "2023KW02", "2023MM05"): within one
indicator (one granularity) they sort as text in time order, and they match what the
StatLine API and its CSV exports contain, so nothing is translated on the way in.
"""

import re
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.unique_values import ReadableUniqueMessage

PERIOD_PATTERN = re.compile(r"^(?P<year>\d{4})(?P<kind>JJ|KW|MM)(?P<number>\d{2})$")


class Granularity(models.TextChoices):
    YEAR = "year", _("year")
    QUARTER = "quarter", _("quarter")
    MONTH = "month", _("month")


PERIOD_KINDS = {"JJ": Granularity.YEAR, "KW": Granularity.QUARTER, "MM": Granularity.MONTH}


def period_label(period):
    """How a CBS period reads: "2023", "2023 K2", "mei 2023"."""
    match = PERIOD_PATTERN.match(period or "")
    if not match:
        return period
    year, kind, number = match["year"], match["kind"], int(match["number"])
    if kind == "JJ":
        return year
    if kind == "KW":
        return _("%(year)s Q%(quarter)s") % {"year": year, "quarter": number}
    return formats.date_format(date(int(year), number, 1), "F Y")


class Direction(models.TextChoices):
    HIGHER_IS_BETTER = "higher_better", _("higher is better")
    HIGHER_IS_WORSE = "higher_worse", _("lower is better")
    NEUTRAL = "neutral", _("neither higher nor lower is better")


class Indicator(ReadableUniqueMessage, models.Model):
    """Something measured per municipality, such as the share of households with a low income.

    The source fields say where the import finds it: a StatLine table (table_id), the
    column of that table (measure_key). Editors manage indicators in the admin; which
    indicators exist is data, not code.
    """

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_(
            "A short fixed name, such as laag-inkomen. “inwoners” and “stedelijkheid” set the comparison groups."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("Such as %, inhabitants or per 1,000."))
    decimals = models.PositiveSmallIntegerField(_("decimals shown"), default=1)
    themes = models.ManyToManyField("themes.Theme", blank=True, related_name="indicators", verbose_name=_("themes"))
    direction = models.CharField(_("direction"), max_length=20, choices=Direction.choices, default=Direction.NEUTRAL)
    definition = models.TextField(_("definition"), blank=True)
    source = models.CharField(_("source"), max_length=100, default="CBS StatLine")
    table_id = models.CharField(
        _("StatLine table"), max_length=20, blank=True, help_text=_("The table's identifier, such as 85618NED.")
    )
    measure_key = models.CharField(
        _("measure"),
        max_length=80,
        blank=True,
        help_text=_("The column of the table that holds this figure, such as HuishoudensMetEenLaagInkomen_1."),
    )
    table_period = models.CharField(
        _("period of the table"),
        max_length=8,
        blank=True,
        help_text=_("Only for tables without a Perioden column (such as Kerncijfers wijken en buurten): 2023JJ00."),
    )
    granularity = models.CharField(_("period"), max_length=10, choices=Granularity.choices, default=Granularity.YEAR)
    additive = models.BooleanField(
        _("can be added up"),
        default=False,
        help_text=_("A count (inhabitants): values of merged municipalities are added up. Not for shares."),
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def format_value(self, value):
        if value is None:
            return ""
        text = formats.number_format(value, decimal_pos=self.decimals, use_l10n=True, force_grouping=True)
        return f"{text}%" if self.unit == "%" else f"{text} {self.unit}".strip()


class IndicatorValue(models.Model):
    """One figure: an indicator's value for a municipality (or, without one, for the whole
    country) in a period."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.CASCADE, null=True, blank=True, related_name="figures"
    )
    period = models.CharField(_("period"), max_length=8)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    example = models.BooleanField(
        _("example figure"), default=False, help_text=_("Generated for the demo, not a published figure.")
    )
    import_run = models.ForeignKey(
        "ImportRun", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        # Two partial constraints rather than nulls_distinct=False, which SQLite lacks:
        # one value per municipality and period, and one national value per period.
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "municipality", "period"],
                condition=Q(municipality__isnull=False),
                name="figures_one_value_per_municipality_period",
            ),
            models.UniqueConstraint(
                fields=["indicator", "period"],
                condition=Q(municipality__isnull=True),
                name="figures_one_national_value_per_period",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "indicator", "period"])]

    def __str__(self):
        return f"{self.indicator_id} {self.municipality_id or 'NL'} {self.period}: {self.value}"

    @property
    def period_label(self):
        return period_label(self.period)


class ImportRun(models.Model):
    """One run of the import: what it read, what it did, and what went wrong."""

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        SUCCEEDED_WITH_ERRORS = "with_errors", _("succeeded, rows skipped")
        FAILED = "failed", _("failed, nothing changed")

    table_id = models.CharField(_("StatLine table"), max_length=20)
    source = models.CharField(_("read from"), max_length=255, help_text=_("The API address or the file name."))
    example = models.BooleanField(_("example figures"), default=False)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(_("result"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)
    values_created = models.PositiveIntegerField(_("figures added"), default=0)
    values_updated = models.PositiveIntegerField(_("figures changed"), default=0)
    values_unchanged = models.PositiveIntegerField(_("figures unchanged"), default=0)
    rows_skipped = models.PositiveIntegerField(_("rows skipped"), default=0)
    errors = models.TextField(_("errors"), blank=True)

    class Meta:
        verbose_name = _("figures import")
        verbose_name_plural = _("figures imports")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.table_id} {self.started_at:%Y-%m-%d %H:%M}"


class StartAnalysis(models.Model):
    """A startanalyse: the practice's analysis of its local situation before it acts, on a
    worksheet that starts from the municipality's figures against its comparison group.

    `figures` is a snapshot of those figures (figures/startanalysis.py `take_snapshot`),
    taken when the worksheet is begun and refreshed only on request, so that a shared or
    printed startanalyse does not change under people when new figures are imported.
    Without a practice it is a member's preparation for an application: private to its
    author (and the editors) until it is attached to the practice."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SHARED = "shared", _("shared with the participants")

    practice = models.OneToOneField(
        "practices.LearningPractice",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="start_analysis",
        verbose_name=_("learning practice"),
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.CASCADE, related_name="+", verbose_name=_("municipality")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="start_analyses",
        verbose_name=_("begun by"),
    )
    target_groups = models.TextField(_("target groups"), blank=True)
    causes = models.TextField(_("causes"), blank=True)
    local_strengths = models.TextField(_("local strengths"), blank=True)
    current_efforts = models.TextField(_("what is already being done"), blank=True)
    focus = models.TextField(_("what we want to learn"), blank=True)
    # What the practice reads in the figures of each theme: {theme key: text} (the keys
    # are those of the snapshot's themes).
    theme_notes = models.JSONField(_("notes per theme"), default=dict, blank=True)
    figures = models.JSONField(_("figures"), default=dict, blank=True, editable=False)
    figures_taken_at = models.DateTimeField(_("figures of"), null=True, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    shared_at = models.DateTimeField(_("shared at"), null=True, blank=True)
    created_at = models.DateTimeField(_("begun at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )
    # Raised by every save: a worksheet saved from an older version is refused (two people
    # of the regieteam writing at once do not overwrite each other unnoticed).
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("startanalyse")
        verbose_name_plural = _("startanalyses")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            # A member prepares one startanalyse per municipality before a practice exists.
            models.UniqueConstraint(
                fields=["created_by", "municipality"],
                condition=Q(practice__isnull=True),
                name="figures_one_open_start_analysis_per_author_and_municipality",
            ),
        ]

    def __str__(self):
        return f"{self.municipality} ({self.practice or self.created_by or '-'})"

    @property
    def is_shared(self):
        return self.status == self.Status.SHARED
