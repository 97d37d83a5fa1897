"""Comparing municipalities side by side: up to five chosen ones, or one municipality and
its comparison group, per theme and indicator, each against the country.

`read_choice` turns what the picker sent (slugs, possibly odd) into municipalities and
messages in words; `compare` reads their figures in a fixed number of queries, however
many municipalities, group members, indicators and periods there are.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from municipalities.models import Municipality

from .comparison import comparison_group
from .models import Indicator, IndicatorValue, period_label
from .municipality_figures import compare_in_words

MAX_MUNICIPALITIES = 5
# More values than this of the parameter are not even looked at (a crafted URL).
MAX_VALUES_READ = 20
SLUG_MAX_LENGTH = 110  # Municipality.slug
SHOWN_MAX_LENGTH = 40  # of an unknown slug, repeated in a message


@dataclass
class Choice:
    """What the picker asked for, cleaned: the municipalities in the order chosen."""

    municipalities: list
    with_group: bool = False
    messages: list = field(default_factory=list)

    @property
    def slugs(self):
        return [municipality.slug for municipality in self.municipalities]


@dataclass
class Entry:
    """One municipality's latest figure for an indicator (value None: no figure)."""

    municipality: object
    value: object = None
    period: str = ""
    national: object = None  # the national value in the same period
    direction: str = ""
    group_median: object = None
    additive: bool = False

    @property
    def period_label(self):
        return period_label(self.period)

    @property
    def against_national(self):
        if self.value is None or self.additive:  # a count: the country's is a sum, not a level
            return ""
        return compare_in_words(self.direction, self.value, self.national, _("nationally"))

    @property
    def against_group(self):
        if self.value is None:
            return ""
        return compare_in_words(self.direction, self.value, self.group_median, _("in the group"))


@dataclass
class GroupFigures:
    """The comparison group's figures in the chosen municipality's period."""

    period: str
    ranking: list  # of (municipality, value or None, is the chosen one): lowest first, without a value last
    values: list  # of the other members (the median and range leave the chosen one out)

    @property
    def period_label(self):
        return period_label(self.period)

    @property
    def median(self):
        return median(self.values) if self.values else None

    @property
    def low(self):
        return min(self.values) if self.values else None

    @property
    def high(self):
        return max(self.values) if self.values else None


@dataclass
class IndicatorComparison:
    indicator: object
    entries: list  # of Entry, in the order chosen
    national: object = None  # the national value in the latest period shown
    national_period: str = ""
    group: GroupFigures | None = None
    example: bool = False
    first_period: str = ""
    series: dict = field(default_factory=dict)  # {(municipality id or None, period): value}, for the CSV
    periods: list = field(default_factory=list)  # every period with a value, oldest first

    def formatted(self, value):
        return self.indicator.format_value(value)

    @property
    def national_period_label(self):
        return period_label(self.national_period)

    @property
    def first_period_label(self):
        return period_label(self.first_period)

    @property
    def group_median_against_national(self):
        if self.group is None or self.group.median is None or self.indicator.additive:
            return ""
        national = self.series.get((None, self.group.period))
        return compare_in_words(self.indicator.direction, self.group.median, national, _("nationally"))


@dataclass
class ThemeComparison:
    theme: object  # themes.Theme, or None for indicators without a theme
    indicators: list


@dataclass
class Comparison:
    municipalities: list
    group: object = None  # figures.comparison.ComparisonGroup when comparing with the group
    themes: list = field(default_factory=list)
    example: bool = False
    without_figures: list = field(default_factory=list)  # chosen municipalities without any figure

    def __bool__(self):
        return bool(self.themes)


def municipalities_to_choose(also=()):
    """The municipalities the picker offers: those with figures and those in `also` (the
    chosen ones), by name, in one query. Two with the same name (Bergen) say their province."""
    municipalities = list(
        Municipality.objects.filter(
            Q(Exists(IndicatorValue.objects.filter(municipality=OuterRef("pk"))))
            | Q(pk__in=[municipality.pk for municipality in also])
        )
        .only("name", "slug", "province")
        .order_by("name", "province")
    )
    names = defaultdict(int)
    for municipality in municipalities:
        names[municipality.name] += 1
    for municipality in municipalities:
        municipality.choice_label = (
            f"{municipality.name} ({municipality.get_province_display()})"
            if names[municipality.name] > 1
            else municipality.name
        )
    return municipalities


def _printable(text):
    return "".join(char for char in text if char.isprintable()).strip()


def read_choice(values, group_value=""):
    """The municipalities asked for by slug (in the order given) and what was odd about the
    request, in words: unknown names, duplicates, more than five, a group with several."""
    messages = []
    if len(values) > MAX_VALUES_READ:
        values = values[:MAX_VALUES_READ]
        messages.append(
            _("That was a very long list. Only the first %(count)s choices were read.") % {"count": MAX_VALUES_READ}
        )
    slugs, repeated = [], []
    for value in values:
        slug = _printable(value)[:SLUG_MAX_LENGTH]
        if not slug:
            continue
        if slug in slugs:
            if slug not in repeated:
                repeated.append(slug)
            continue
        slugs.append(slug)
    found = {municipality.slug: municipality for municipality in Municipality.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    chosen = [found[slug] for slug in slugs if slug in found]
    if unknown:
        shown = ", ".join(f"“{slug[:SHOWN_MAX_LENGTH]}”" for slug in unknown)
        messages.append(
            ngettext(
                "There is no municipality %(names)s. Choose one from the list.",
                "There are no municipalities %(names)s. Choose them from the list.",
                len(unknown),
            )
            % {"names": shown}
        )
    if repeated:
        names = ", ".join(found[slug].name if slug in found else slug[:SHOWN_MAX_LENGTH] for slug in repeated)
        messages.append(_("You chose %(names)s more than once; it is shown once.") % {"names": names})
    with_group = group_value == "1"
    if with_group and len(chosen) > 1:
        messages.append(
            _(
                "A comparison group goes with one municipality: shown is %(name)s with its group. "
                "Uncheck the group to compare the municipalities you chose."
            )
            % {"name": chosen[0].name}
        )
        chosen = chosen[:1]
    elif len(chosen) > MAX_MUNICIPALITIES:
        messages.append(
            _("You can compare up to %(max)s municipalities at a time. Shown are the first %(max)s: %(names)s.")
            % {"max": MAX_MUNICIPALITIES, "names": ", ".join(m.name for m in chosen[:MAX_MUNICIPALITIES])}
        )
        chosen = chosen[:MAX_MUNICIPALITIES]
    return Choice(chosen, with_group=with_group and bool(chosen), messages=messages)


def compare(choice):
    """The figures of the chosen municipalities (and the group's) side by side, per theme."""
    chosen = choice.municipalities
    group = comparison_group(chosen[0]) if choice.with_group and chosen else None
    if not chosen:
        return Comparison([], group)
    chosen_ids = [municipality.pk for municipality in chosen]
    member_ids = group.member_ids if group else []
    shown = IndicatorValue.objects.filter(municipality_id__in=chosen_ids).values("indicator_id")
    series = defaultdict(dict)
    periods = defaultdict(set)
    examples = set()
    with_figures = set()
    # One query for every value: the chosen municipalities', the group's and the country's.
    for indicator_id, municipality_id, period, value, example in (
        IndicatorValue.objects.filter(indicator_id__in=shown)
        .filter(Q(municipality_id__in=chosen_ids + member_ids) | Q(municipality__isnull=True))
        .values_list("indicator_id", "municipality_id", "period", "value", "example")
    ):
        series[indicator_id][(municipality_id, period)] = value
        if municipality_id in chosen_ids:
            periods[indicator_id].add(period)
            with_figures.add(municipality_id)
            if example:
                examples.add(indicator_id)
    indicators = Indicator.objects.filter(pk__in=series).prefetch_related("themes").order_by("name")
    by_theme, themes = defaultdict(list), {}
    for indicator in indicators:
        row = _indicator_comparison(indicator, chosen, group, series[indicator.pk], sorted(periods[indicator.pk]))
        row.example = indicator.pk in examples
        for theme in list(indicator.themes.all()) or [None]:
            key = theme.pk if theme else None
            themes[key] = theme
            by_theme[key].append(row)
    sections = [ThemeComparison(themes[key], by_theme[key]) for key in by_theme]
    sections.sort(key=lambda section: (section.theme is None, section.theme.name if section.theme else ""))
    return Comparison(
        chosen,
        group,
        sections,
        example=bool(examples),
        without_figures=[municipality for municipality in chosen if municipality.pk not in with_figures],
    )


def _indicator_comparison(indicator, chosen, group, values, periods):
    latest = {}
    for (municipality_id, period), _value in values.items():
        if municipality_id is not None and period > latest.get(municipality_id, ""):
            latest[municipality_id] = period
    entries = []
    for municipality in chosen:
        period = latest.get(municipality.pk, "")
        entries.append(
            Entry(
                municipality,
                values.get((municipality.pk, period)) if period else None,
                period,
                values.get((None, period)) if period else None,
                indicator.direction,
                additive=indicator.additive,
            )
        )
    shown_period = max((entry.period for entry in entries), default="")
    row = IndicatorComparison(
        indicator,
        entries,
        national=values.get((None, shown_period)),
        national_period=shown_period,
        first_period=periods[0] if periods else "",
        series=values,
        periods=periods,
    )
    if group is not None and entries[0].period:
        row.group = group_figures(group, values, entries[0].period)
        entries[0].group_median = row.group.median
    return row


def group_figures(group, values, period):
    """The group's values in `period`, the chosen municipality among them: lowest first,
    those without a value last (by name)."""
    everyone = [group.municipality, *group.members]
    ranking = [
        (municipality, values.get((municipality.pk, period)), municipality is group.municipality)
        for municipality in everyone
    ]
    ranking.sort(key=lambda item: (item[1] is None, item[1] if item[1] is not None else 0, item[0].name))
    others = [value for municipality, value, is_chosen in ranking if value is not None and not is_chosen]
    return GroupFigures(period, ranking, others)
