"""A municipality's figures as its page shows them: per theme, each indicator with its
series, the latest value, the national value and the comparison group's median and
spread in the same period, and what the direction means in words; next to each theme
what is known about it ("Wat werkt bij …", effective elements) and the learning practices
in comparable municipalities that work on it.

Everything is read in a fixed number of queries, whatever the number of indicators,
periods, themes or municipalities in the group.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from statistics import median

from django.db.models import F, Q
from django.utils.translation import gettext as _

from knowledge.models import KnowledgeDossier
from members.models import MemberProfile
from practices.models import LearningPractice, PracticeTheme
from practices.records import PracticeMembership, PracticeRole
from themes.models import Theme

from .comparison import comparison_group
from .models import Direction, Indicator, IndicatorValue, period_label

PRACTICES_PER_THEME = 3


@dataclass
class Point:
    period: str
    value: Decimal
    national: Decimal | None = None

    @property
    def label(self):
        return period_label(self.period)


@dataclass
class IndicatorFigures:
    indicator: Indicator
    series: list  # of Point, oldest first
    example: bool = False
    group_values: list = field(default_factory=list)

    @property
    def latest(self):
        return self.series[-1]

    @property
    def group_median(self):
        return median(self.group_values) if self.group_values else None

    @property
    def group_min(self):
        return min(self.group_values) if self.group_values else None

    @property
    def group_max(self):
        return max(self.group_values) if self.group_values else None

    def formatted(self, value):
        return self.indicator.format_value(value)

    @property
    def against_national(self):
        if self.indicator.additive:  # a count (inhabitants): the country's is a sum, not a level to compare with
            return ""
        return compare_in_words(self.indicator.direction, self.latest.value, self.latest.national, _("nationally"))

    @property
    def against_group(self):
        return compare_in_words(self.indicator.direction, self.latest.value, self.group_median, _("in the group"))

    @property
    def trend(self):
        return trend_in_words(self.indicator.direction, self.series)


@dataclass
class ThemeFigures:
    theme: object  # themes.Theme, or None for indicators without a theme
    indicators: list
    dossier: object = None
    practices: list = field(default_factory=list)


@dataclass
class MunicipalityFigures:
    municipality: object
    group: object  # ComparisonGroup or None
    themes: list
    example: bool

    def __bool__(self):
        return bool(self.themes)

    @property
    def dossiers(self):
        return [section.dossier for section in self.themes if section.dossier is not None]


def compare_in_words(direction, value, other, where):
    """'higher than nationally (higher is worse)': never colour alone."""
    if other is None:
        return ""
    if value == other:
        return _("the same as %(where)s") % {"where": where}
    higher = value > other
    if direction == Direction.NEUTRAL:
        text = _("higher than %(where)s") if higher else _("lower than %(where)s")
        return text % {"where": where}
    better = higher == (direction == Direction.HIGHER_IS_BETTER)
    if better:
        text = _("higher than %(where)s: better") if higher else _("lower than %(where)s: better")
    else:
        text = _("higher than %(where)s: worse") if higher else _("lower than %(where)s: worse")
    return text % {"where": where}


def trend_in_words(direction, series):
    if len(series) < 2:
        return ""
    first, last = series[0], series[-1]
    since = {"period": first.label}
    if last.value == first.value:
        return _("unchanged since %(period)s") % since
    rose = last.value > first.value
    if direction == Direction.NEUTRAL:
        return (_("risen since %(period)s") if rose else _("fallen since %(period)s")) % since
    improved = rose == (direction == Direction.HIGHER_IS_BETTER)
    texts = {
        (True, True): _("risen since %(period)s: an improvement"),
        (True, False): _("risen since %(period)s: a deterioration"),
        (False, True): _("fallen since %(period)s: an improvement"),
        (False, False): _("fallen since %(period)s: a deterioration"),
    }
    return texts[(rose, improved)] % since


def municipality_figures(municipality, user=None, *, read_elements=True):
    """The figures of one municipality, grouped by theme (see the module docstring). With
    `user`, the practices next to each theme name their trekkers whose profile user may see.
    `read_elements=False`: the dossiers' related elements are left to the caller, who reads
    them together with other lists' (practices.elements.prefetch_elements)."""
    group = comparison_group(municipality)
    group_ids = set(group.member_ids) if group else set()
    own, national, others = defaultdict(list), {}, defaultdict(list)
    examples = set()
    # One query for the municipality's own series, the national values and the group's.
    shown = IndicatorValue.objects.filter(municipality=municipality).values("indicator_id")
    for indicator_id, municipality_id, period, value, example in (
        IndicatorValue.objects.filter(indicator_id__in=shown)
        .filter(Q(municipality=municipality) | Q(municipality__isnull=True) | Q(municipality_id__in=group_ids))
        .order_by("indicator_id", "period")
        .values_list("indicator_id", "municipality_id", "period", "value", "example")
    ):
        if municipality_id == municipality.pk:
            own[indicator_id].append(Point(period, value))
            if example:
                examples.add(indicator_id)
        elif municipality_id is None:
            national[(indicator_id, period)] = value
        else:
            others[(indicator_id, period)].append(value)
    if not own:
        return MunicipalityFigures(municipality, group, [], False)

    indicators = _indicators_with_themes(own)
    group_values = others
    by_theme = defaultdict(list)
    themes = {}
    for indicator in indicators:
        series = own[indicator.pk]
        for point in series:
            point.national = national.get((indicator.pk, point.period))
        figures = IndicatorFigures(
            indicator,
            series,
            example=indicator.pk in examples,
            group_values=group_values.get((indicator.pk, series[-1].period), []),
        )
        indicator_themes = indicator.read_themes or [None]
        for theme in indicator_themes:
            key = theme.pk if theme else None
            themes[key] = theme
            by_theme[key].append(figures)

    sections = [ThemeFigures(themes[key], by_theme[key]) for key in by_theme]
    sections.sort(key=lambda section: (section.theme is None, section.theme.name if section.theme else ""))
    _add_knowledge(sections, group, user, read_elements)
    return MunicipalityFigures(municipality, group, sections, example=bool(examples))


def _indicators_with_themes(indicator_ids):
    """The indicators by name, each with `read_themes` (by name), in one query: the themes
    joined to the indicators (prefetching them takes a second query)."""
    columns = {f"theme_{name}": F(f"themes__{name}") for name in ("id", "name", "slug", "description")}
    indicators = {}
    for row in (
        Indicator.objects.filter(pk__in=indicator_ids).annotate(**columns).order_by("name", "pk", "themes__name")
    ):
        indicator = indicators.setdefault(row.pk, row)
        if indicator is row:
            indicator.read_themes = []
        if row.theme_id is not None:
            indicator.read_themes.append(
                Theme(id=row.theme_id, name=row.theme_name, slug=row.theme_slug, description=row.theme_description)
            )
    return list(indicators.values())


def _add_knowledge(sections, group, user, read_elements=True):
    """From figure to knowledge: the theme's dossier and practices in comparable municipalities."""
    theme_ids = [section.theme.pk for section in sections if section.theme]
    if not theme_ids:
        return
    dossiers = {
        dossier.theme_id: dossier
        for dossier in KnowledgeDossier.objects.live()
        .public()
        .filter(theme_id__in=theme_ids)
        .prefetch_related(*(["related_elements"] if read_elements else []))
    }
    practices_by_theme = defaultdict(list)
    if group and group.members:
        in_group = LearningPractice.objects.live().public().filter(municipality_id__in=group.member_ids)
        for item in (
            PracticeTheme.objects.filter(tag_id__in=theme_ids, content_object__in=in_group)
            .select_related("content_object__municipality")
            .order_by("content_object__title")
        ):
            if len(practices_by_theme[item.tag_id]) < PRACTICES_PER_THEME:
                practices_by_theme[item.tag_id].append(item.content_object)
    if user is not None:
        _add_visible_leads([practice for practices in practices_by_theme.values() for practice in practices], user)
    for section in sections:
        if section.theme:
            section.dossier = dossiers.get(section.theme.pk)
            section.practices = practices_by_theme.get(section.theme.pk, [])


def _add_visible_leads(practices, user):
    """practice.visible_lead_profiles: its trekkers whose profile `user` may see (one query)."""
    by_practice = defaultdict(list)
    for membership in (
        PracticeMembership.objects.filter(
            practice_id__in={practice.pk for practice in practices},
            role=PracticeRole.LEAD,
            member__profile__in=MemberProfile.objects.visible_to(user),
        )
        .select_related("member")
        .order_by("member__last_name", "member__first_name")
    ):
        by_practice[membership.practice_id].append(membership.member)
    for practice in practices:
        practice.visible_lead_members = by_practice.get(practice.pk, [])
