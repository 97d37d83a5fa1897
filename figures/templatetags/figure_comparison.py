"""Horizontal bar charts for the compare view, as SVG made on the server (as
figure_charts: no JavaScript, no inline styles, colours from classes in lerendnetwerk.css).

Every bar has its name written above it and its value at its end, so nothing is told by
colour alone; the country and the group's median are outlined bars with a dashed or
dotted edge. The chart has an accessible name and a description with every value; the
table above it carries the same numbers."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .figure_charts import _number

register = template.Library()

WIDTH = 560
SIDE = 8
VALUE_SPACE = 88  # room for the value written after the longest bar
ROW = 42
LABEL_HEIGHT = 16
BAR_HEIGHT = 18
TOP = 4


def _bars(row):
    """(label, value, kind) per bar: the chosen municipalities, the group, the country."""
    bars = []
    for index, entry in enumerate(row.entries):
        label = entry.municipality.name
        if entry.period and entry.period != row.national_period:
            label = f"{label} ({entry.period_label})"
        bars.append((label, entry.value, "chosen"))
        group = row.group
        if index == 0 and group is not None and group.values:
            bars.append((_("Comparison group, median"), group.median, "median"))
            low = next(item for item in group.ranking if item[1] == group.low and not item[2])
            high = next(item for item in reversed(group.ranking) if item[1] == group.high and not item[2])
            bars.append((_("Lowest in the group: %(name)s") % {"name": low[0].name}, group.low, "range"))
            bars.append((_("Highest in the group: %(name)s") % {"name": high[0].name}, group.high, "range"))
    if row.national is not None:
        bars.append((_("Nationally"), row.national, "national"))
    return bars


@register.simple_tag
def comparison_bar_chart(row, chart_id):
    """The latest value of each chosen municipality (and of the group and the country) as bars."""
    bars = _bars(row)
    values = [float(value) for _label, value, _kind in bars if value is not None]
    if not values:
        return ""
    low, high = min(0.0, *values), max(0.0, *values)
    if low == high:
        high = low + 1
    span = WIDTH - 2 * SIDE - VALUE_SPACE

    def x_of(value):
        return SIDE + span * (float(value) - low) / (high - low)

    zero = x_of(0)
    height = TOP + ROW * len(bars)
    title = _("%(indicator)s, the latest figures side by side (%(period)s)") % {
        "indicator": row.indicator.name,
        "period": row.national_period_label,
    }
    description = "; ".join(
        f"{label}: {row.formatted(value) if value is not None else _('no figure')}" for label, value, _kind in bars
    )
    parts = [
        format_html(
            '<svg class="ln-chart ln-chart--bars" role="img" viewBox="0 0 {} {}" aria-labelledby="{}-title {}-desc" '
            'xmlns="http://www.w3.org/2000/svg" focusable="false">',
            WIDTH,
            height,
            chart_id,
            chart_id,
        ),
        format_html(
            '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>', chart_id, title, chart_id, description
        ),
    ]
    for index, (label, value, kind) in enumerate(bars):
        top = TOP + ROW * index
        parts.append(
            format_html('<text class="ln-chart__label" x="{}" y="{}">{}</text>', SIDE, _number(top + 12), label)
        )
        bar_top = top + LABEL_HEIGHT
        if value is None:
            parts.append(
                format_html(
                    '<text class="ln-chart__axis" x="{}" y="{}">{}</text>',
                    _number(zero + 4),
                    _number(bar_top + 13),
                    _("no figure"),
                )
            )
            continue
        start, end = sorted((zero, x_of(value)))
        parts.append(
            format_html(
                '<rect class="ln-chart__bar ln-chart__bar--{}" x="{}" y="{}" width="{}" height="{}"/>'
                '<text class="ln-chart__value" x="{}" y="{}">{}</text>',
                kind,
                _number(start),
                bar_top,
                _number(max(end - start, 1)),
                BAR_HEIGHT,
                _number(end + 6),
                _number(bar_top + 13),
                row.formatted(value),
            )
        )
    # The zero line, so that bars read from a common start.
    parts.append(
        format_html(
            '<line class="ln-chart__zero" x1="{}" x2="{}" y1="{}" y2="{}"/>',
            _number(zero),
            _number(zero),
            TOP + LABEL_HEIGHT - 2,
            height,
        )
    )
    parts.append(mark_safe("</svg>"))
    return mark_safe("".join(str(part) for part in parts))


@register.simple_tag
def comparison_chart_id(section_number, row):
    """A unique id for an indicator's chart (an indicator can appear under several themes)."""
    return f"compare-{section_number}-{row.indicator.code}"


@register.simple_tag
def municipality_names(municipalities):
    """'Zwolle, Deventer and Enschede'."""
    names = [municipality.name for municipality in municipalities]
    if len(names) < 2:
        return "".join(names)
    return _("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


@register.simple_tag
def municipality_options(options, selected):
    """The picker's <option>s, `selected` (a slug) chosen: built once per select in Python,
    since a template loop over every municipality five times is slow."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (
                municipality.slug,
                mark_safe(" selected") if municipality.slug == selected else "",
                municipality.choice_label,
            )
            for municipality in options
        ),
    )
