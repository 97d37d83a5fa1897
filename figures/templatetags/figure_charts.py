"""Line charts as SVG made on the server: no chart JavaScript, no inline styles (the
colours are classes in lerendnetwerk.css). The chart has an accessible name and a short
description; the data table next to it (the template) carries the numbers."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

WIDTH, HEIGHT = 480, 200
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 32


def _scale(values):
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    margin = (high - low) / 10
    return low - margin, high + margin


def _points(series, attribute, x_of, y_of):
    return [
        (x_of(index), y_of(getattr(point, attribute)))
        for index, point in enumerate(series)
        if getattr(point, attribute) is not None
    ]


@register.simple_tag
def line_chart(figures, chart_id, municipality_name):
    """An SVG line chart of an indicator's series (and the national value when known)."""
    series = figures.series
    values = [point.value for point in series] + [point.national for point in series if point.national is not None]
    low, high = _scale([float(value) for value in values])
    steps = max(len(series) - 1, 1)

    def x_of(index):
        return LEFT + (WIDTH - LEFT - RIGHT) * (index / steps if len(series) > 1 else 0.5)

    def y_of(value):
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (float(value) - low) / (high - low))

    title = _("%(indicator)s in %(municipality)s, %(first)s to %(last)s") % {
        "indicator": figures.indicator.name,
        "municipality": municipality_name,
        "first": series[0].label,
        "last": series[-1].label,
    }
    description = _("From %(first)s to %(last)s; the dashed line is the national value.") % {
        "first": figures.formatted(series[0].value),
        "last": figures.formatted(series[-1].value),
    }
    parts = [
        format_html(
            '<svg class="ln-chart" role="img" viewBox="0 0 {} {}" aria-labelledby="{}-title {}-desc" '
            'xmlns="http://www.w3.org/2000/svg" focusable="false">',
            WIDTH,
            HEIGHT,
            chart_id,
            chart_id,
        ),
        format_html(
            '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>', chart_id, title, chart_id, description
        ),
    ]
    for value in (high - (high - low) / 10, low + (high - low) / 10):
        y = y_of(value)
        parts.append(
            format_html(
                '<line class="ln-chart__grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="ln-chart__axis" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                _number(y),
                _number(y),
                LEFT - 6,
                _number(y + 4),
                figures.formatted(value),
            )
        )
    for index, point in enumerate(series):
        parts.append(
            format_html(
                '<text class="ln-chart__axis" x="{}" y="{}" text-anchor="middle">{}</text>',
                _number(x_of(index)),
                HEIGHT - 8,
                point.label,
            )
        )
    national = _points(series, "national", x_of, y_of)
    if len(national) > 1:
        parts.append(_polyline("ln-chart__line ln-chart__line--national", national))
    own = _points(series, "value", x_of, y_of)
    if len(own) > 1:
        parts.append(_polyline("ln-chart__line", own))
    for x, y in own:
        parts.append(format_html('<circle class="ln-chart__point" cx="{}" cy="{}" r="4"/>', _number(x), _number(y)))
    parts.append(mark_safe("</svg>"))
    return mark_safe("".join(str(part) for part in parts))


def _number(value):
    return f"{value:.1f}"


def _polyline(css_class, points):
    coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return mark_safe(f'<polyline class="{escape(css_class)}" points="{escape(coordinates)}"/>')


@register.filter
def figure_value(value, figures):
    """A value as its indicator writes it ("12,3%"); a dash when there is none."""
    return figures.formatted(value) if value is not None else "–"


@register.simple_tag
def chart_id_for(section_number, figures):
    """A unique id for an indicator's chart (an indicator can appear under several themes)."""
    return f"chart-{section_number}-{figures.indicator.code}"
