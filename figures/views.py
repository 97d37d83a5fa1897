"""The municipality pages (/gemeenten/): what happens there (practices, members) and its
figures against the country and comparable municipalities, with a CSV of those figures."""

import csv

from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from lerendnetwerk.spreadsheets import as_spreadsheet_text
from municipalities.models import Municipality
from practices.municipality_activity import municipalities_with_activity, municipality_activity

from .models import IndicatorValue
from .municipality_figures import municipality_figures

SEARCH_MAX_LENGTH = 100


def municipality_index(request):
    """Municipalities with a page: a practice, members or figures; searchable by name."""
    # Without control characters and direction marks: PostgreSQL refuses NUL in a query.
    query = "".join(char for char in request.GET.get("q", "") if char.isprintable()).strip()[:SEARCH_MAX_LENGTH]
    municipalities = (
        municipalities_with_activity(request.user)
        .annotate(has_figures=Exists(IndicatorValue.objects.filter(municipality=OuterRef("pk"))))
        .filter(Q(has_practice=True) | Q(has_members=True) | Q(has_figures=True))
        .order_by("province", "name")
    )
    if query:
        municipalities = municipalities.filter(name__icontains=query)
    return render(request, "municipalities/municipality_index.html", {"municipalities": municipalities, "query": query})


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    activity = municipality_activity(request, municipality)
    figures = municipality_figures(municipality, request.user)
    if not activity["has_activity"] and not figures:
        raise Http404
    return render(
        request,
        "municipalities/municipality_detail.html",
        {"municipality": municipality, "figures": figures, **activity},
    )


def municipality_figures_csv(request, slug):
    """The figures on the municipality page as CSV (semicolons, as Dutch spreadsheets expect)."""
    municipality = get_object_or_404(Municipality, slug=slug)
    figures = municipality_figures(municipality)
    if not figures:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"cijfers-{municipality.slug}.csv")
    response.write("\ufeff")  # so that Excel reads UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Theme"),
            _("Indicator"),
            _("Unit"),
            _("Period"),
            municipality.name,
            _("National"),
            _("Comparison group median"),
            _("Comparison group lowest"),
            _("Comparison group highest"),
            _("Source"),
            _("Table"),
            _("Example figure"),
        ]
    )
    for section in figures.themes:
        theme = section.theme.name if section.theme else _("Other figures")
        for row in section.indicators:
            for point in row.series:
                is_latest = point is row.latest
                writer.writerow(
                    [
                        as_spreadsheet_text(theme),
                        as_spreadsheet_text(row.indicator.name),
                        as_spreadsheet_text(row.indicator.unit),
                        point.label,
                        _plain(point.value),
                        _plain(point.national),
                        _plain(row.group_median if is_latest else None),
                        _plain(row.group_min if is_latest else None),
                        _plain(row.group_max if is_latest else None),
                        as_spreadsheet_text(row.indicator.source),
                        as_spreadsheet_text(row.indicator.table_id),
                        _("yes") if row.example else _("no"),
                    ]
                )
    return response


def _plain(value):
    """A number as a Dutch spreadsheet reads it: decimal comma, no grouping."""
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")
