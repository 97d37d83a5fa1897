"""The municipality pages (/gemeenten/): what happens there (practices, members) and its
figures against the country and comparable municipalities, with a CSV of those figures;
and the compare view (/gemeenten/vergelijken/): municipalities side by side."""

import csv

from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _

from lerendnetwerk import shared_fragments
from lerendnetwerk.spreadsheets import as_spreadsheet_text
from municipalities.models import Municipality
from practices.municipality_activity import (
    municipalities_with_activity,
    municipality_activity,
    with_listed_member_count,
)

from .compare import MAX_MUNICIPALITIES, compare, group_figures, municipalities_to_choose, read_choice
from .comparison import with_comparison_group
from .models import IndicatorValue, period_label
from .municipality_figures import municipality_figures

SEARCH_MAX_LENGTH = 100
CONTENT_TEMPLATE = "municipalities/includes/municipality_content.html"


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
    # A QuerySet, read only when the page's content is not kept (lerendnetwerk.shared_fragments).
    return render(request, "municipalities/municipality_index.html", {"municipalities": municipalities, "query": query})


def municipality_detail(request, slug):
    # With its comparison group and, for visitors, the number of members listed there.
    municipalities = Municipality.objects.all()
    if not request.user.is_authenticated:
        municipalities = with_listed_member_count(municipalities)
    municipality = with_comparison_group(municipalities, slug)
    if municipality is None:
        raise Http404

    def content():
        figures = municipality_figures(municipality, request.user, read_elements=False)
        # The practices' elements and the dossiers' in one query.
        activity = municipality_activity(
            request, municipality, also_elements_of=[(figures.dossiers, "related_elements")]
        )
        if not activity["has_activity"] and not figures:
            return None
        context = {"municipality": municipality, "figures": figures, **activity}
        return render_to_string(CONTENT_TEMPLATE, context, request)

    # The same for every reader of an audience (visitors, members): kept whole.
    html = shared_fragments.kept(request, "municipality", CONTENT_TEMPLATE, [municipality.pk], content)
    if html is None:
        raise Http404
    return render(request, "municipalities/municipality_detail.html", {"municipality": municipality, "content": html})


def municipality_figures_csv(request, slug):
    """The figures on the municipality page as CSV (semicolons, as Dutch spreadsheets expect)."""
    municipality = get_object_or_404(Municipality, slug=slug)
    figures = municipality_figures(municipality)
    if not figures:
        raise Http404
    response, writer = _csv_download(f"cijfers-{municipality.slug}.csv")
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


def municipality_compare(request):
    """Up to five municipalities side by side, or one with its comparison group: the same
    for every reader, read only when the page's content is not kept (templates/figures/compare.html,
    lerendnetwerk.shared_fragments)."""

    def comparison():
        choice = read_choice(request.GET.getlist("gemeente"), request.GET.get("groep", ""))
        chosen = choice.slugs + [""] * (MAX_MUNICIPALITIES - len(choice.slugs))
        return {
            "choice": choice,
            "comparison": compare(choice),
            "options": municipalities_to_choose(also=choice.municipalities),
            "picker": list(enumerate(chosen, start=1)),
            "choice_query": urlencode(
                [("gemeente", slug) for slug in choice.slugs] + ([("groep", "1")] if choice.with_group else [])
            ),
        }

    names = ("choice", "comparison", "options", "picker", "choice_query")
    return render(request, "figures/compare.html", shared_fragments.lazy_context(comparison, names))


def municipality_compare_csv(request):
    """The comparison as CSV: per indicator and period a column per municipality, the
    country and, with the group, its median and range."""
    choice = read_choice(request.GET.getlist("gemeente"), request.GET.get("groep", ""))
    comparison = compare(choice)
    if not comparison:
        raise Http404
    response, writer = _csv_download("vergelijking-" + "-".join(choice.slugs) + ".csv")
    group = comparison.group
    writer.writerow(
        [
            _("Theme"),
            _("Indicator"),
            _("Unit"),
            _("Period"),
            *(as_spreadsheet_text(municipality.name) for municipality in comparison.municipalities),
            _("National"),
            *(
                (
                    _("Comparison group median"),
                    _("Comparison group lowest"),
                    _("Comparison group highest"),
                    _("Municipalities in the group with a figure"),
                )
                if group
                else ()
            ),
            _("Source"),
            _("Table"),
            _("Example figure"),
        ]
    )
    for section in comparison.themes:
        theme = section.theme.name if section.theme else _("Other figures")
        for row in section.indicators:
            for period in row.periods:
                cells = [
                    as_spreadsheet_text(theme),
                    as_spreadsheet_text(row.indicator.name),
                    as_spreadsheet_text(row.indicator.unit),
                    period_label(period),
                    *(_plain(row.series.get((municipality.pk, period))) for municipality in comparison.municipalities),
                    _plain(row.series.get((None, period))),
                ]
                if group:
                    in_group = group_figures(group, row.series, period)
                    cells += [
                        _plain(in_group.median),
                        _plain(in_group.low),
                        _plain(in_group.high),
                        len(in_group.values),
                    ]
                cells += [
                    as_spreadsheet_text(row.indicator.source),
                    as_spreadsheet_text(row.indicator.table_id),
                    _("yes") if row.example else _("no"),
                ]
                writer.writerow(cells)
    return response


def _csv_download(filename):
    """A CSV answer to download and its writer: semicolons, as Dutch spreadsheets expect."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write("\ufeff")  # so that Excel reads UTF-8
    return response, csv.writer(response, delimiter=";")


def _plain(value):
    """A number as a Dutch spreadsheet reads it: decimal comma, no grouping."""
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")
