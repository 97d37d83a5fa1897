"""Importing figures: rows from StatLine (API or CSV) into IndicatorValues.

One import reads one StatLine table. The indicators whose `table_id` is that table say
which columns to read (`measure_key`). A row's region is a municipality (GM0344) or the
country (NL01); other regions (provinces, wards) are skipped. Values of municipalities
that have merged (herindelingen, `figures/data/herindelingen.csv`) are moved to the
current municipality. Bad rows are reported with their line and skipped; the rest is
written in one transaction, so a failed import changes nothing, and an import of the same
data again finds every figure unchanged.
"""

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from municipalities.models import Municipality, SizeClass

from .models import PERIOD_KINDS, PERIOD_PATTERN, ImportRun, Indicator, IndicatorValue
from .sources import FetchError, fetch_table, read_csv, table_url

HERINDELINGEN_CSV = Path(__file__).resolve().parent / "data" / "herindelingen.csv"
REGION_COLUMNS = ("RegioS", "WijkenEnBuurten", "Gemeentecode", "Codering_3")
PERIOD_COLUMN = "Perioden"
NATIONAL_CODES = {"NL01", "NL00", "NL"}
MISSING = {"", ".", "x", "-", "?"}  # CBS's signs for "unknown", "secret", "nil"
POPULATION_CODE = "inwoners"
URBANISATION_CODE = "stedelijkheid"


class ImportConfigurationError(Exception):
    """No indicator is configured for the table."""


@dataclass
class RowError:
    line: int
    message: str
    row_word: str = ""

    def __str__(self):
        return _("%(row)s %(line)s: %(message)s") % {
            "row": self.row_word or _("Line"),
            "line": self.line,
            "message": self.message,
        }


@dataclass
class Reading:
    """What the rows of one table say, before anything is written."""

    values: dict = field(default_factory=dict)  # (indicator, code or None, period) -> Decimal
    errors: list = field(default_factory=list)
    rows_read: int = 0
    rows_skipped: int = 0


@dataclass(frozen=True)
class Herindeling:
    old_code: str
    new_code: str
    date: date


def load_herindelingen(path=HERINDELINGEN_CSV):
    """old code -> Herindeling, from the data file (old_code,new_code,date)."""
    with open(path, encoding="utf-8") as file:
        rows = list(csv.DictReader(line for line in file if not line.startswith("#")))
    return {
        row["old_code"].strip(): Herindeling(
            row["old_code"].strip(), row["new_code"].strip(), date.fromisoformat(row["date"].strip())
        )
        for row in rows
        if row.get("old_code")
    }


def current_code(code, herindelingen):
    """Follow merges to today's code (a municipality may have merged more than once)."""
    seen = set()
    while code in herindelingen and code not in seen:
        seen.add(code)
        code = herindelingen[code].new_code
    return code


def indicators_for(table_id):
    indicators = list(Indicator.objects.filter(table_id=table_id).exclude(measure_key=""))
    if not indicators:
        raise ImportConfigurationError(
            _("No indicator reads table %(table)s: set the table and measure on an indicator in the admin.")
            % {"table": table_id}
        )
    return indicators


def _parse_value(raw):
    if raw is None:
        return None
    if isinstance(raw, (int, float)):
        return Decimal(str(raw))
    text = str(raw).strip()
    if text in MISSING:
        return None
    return Decimal(text.replace(" ", "").replace(",", "."))


def read_rows(rows, indicators, *, known_codes, herindelingen, row_word=""):
    """Turn source rows into values per indicator, municipality code and period."""
    reading = Reading()
    own, merged = {}, defaultdict(list)
    first_line = {}
    for line, row in rows:
        reading.rows_read += 1
        region_column = next((column for column in REGION_COLUMNS if column in row), None)
        region = str(row.get(region_column) or "").strip().upper() if region_column else ""
        if region.isdecimal():
            region = f"GM{int(region):04d}"
        if not region:
            reading.errors.append(RowError(line, _("The region (RegioS) is missing."), row_word))
            continue
        if region not in NATIONAL_CODES and not region.startswith("GM"):
            reading.rows_skipped += 1  # a province, ward or neighbourhood: not shown here
            continue
        try:
            entries = _row_values(row, indicators)
        except ValueError as error:
            reading.errors.append(RowError(line, str(error), row_word))
            continue
        key = (region, str(row.get(PERIOD_COLUMN) or "").strip().upper())
        if key in first_line:
            message = _("%(region)s %(period)s was already on line %(first)s.") % {
                "region": key[0],
                "period": key[1],
                "first": first_line[key],
            }
            reading.errors.append(RowError(line, message, row_word))
            continue
        first_line[key] = line
        if region in NATIONAL_CODES:
            for (indicator, period), value in entries.items():
                own[(indicator, None, period)] = value
            continue
        code = current_code(region, herindelingen)
        if code not in known_codes:
            message = _("%(code)s is not a known municipality.") % {"code": region}
            reading.errors.append(RowError(line, message, row_word))
            continue
        for (indicator, period), value in entries.items():
            if code == region:
                own[(indicator, code, period)] = value
            else:
                merged[(indicator, code, period)].append((region, value))
    reading.values = own
    for key, parts in merged.items():
        if key in own:
            continue  # CBS already published the figure for today's municipality
        indicator = key[0]
        if len(parts) == 1:
            own[key] = parts[0][1]
        elif indicator.additive:
            own[key] = sum((value for _code, value in parts), Decimal(0))
        else:
            reading.rows_skipped += 1
    return reading


def _row_values(row, indicators):
    """{(indicator, period): value} for one row; raises ValueError with a readable message."""
    entries = {}
    raw_period = str(row.get(PERIOD_COLUMN) or "").strip().upper()
    for indicator in indicators:
        period = raw_period or indicator.table_period
        match = PERIOD_PATTERN.match(period)
        if not match:
            raise ValueError(_("“%(period)s” is not a CBS period such as 2023JJ00.") % {"period": period})
        if PERIOD_KINDS[match["kind"]] != indicator.granularity:
            continue  # a year total in a table with quarters, say: not this indicator's period
        if indicator.measure_key not in row:
            raise ValueError(_("The column %(column)s is missing.") % {"column": indicator.measure_key})
        try:
            value = _parse_value(row[indicator.measure_key])
        except InvalidOperation:
            raise ValueError(
                _("“%(value)s” in %(column)s is not a number.")
                % {"value": row[indicator.measure_key], "column": indicator.measure_key}
            ) from None
        if value is not None:
            if not value.is_finite() or abs(value) >= Decimal("1e12"):
                raise ValueError(_("%(column)s is out of range.") % {"column": indicator.measure_key})
            entries[(indicator, period)] = value.quantize(Decimal("0.0001"))
    return entries


@dataclass
class WriteResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def write_values(values, *, municipalities, example, run):
    """Create or update the values; a value that is the same is left alone."""
    result = WriteResult()
    indicator_ids = {indicator.pk for indicator, _code, _period in values}
    existing = {
        (value.indicator_id, value.municipality_id, value.period): value
        for value in IndicatorValue.objects.select_for_update().filter(indicator_id__in=indicator_ids)
    }
    to_create, to_update = [], []
    for (indicator, code, period), number in values.items():
        municipality_id = municipalities[code] if code else None
        current = existing.get((indicator.pk, municipality_id, period))
        if current is None:
            to_create.append(
                IndicatorValue(
                    indicator=indicator,
                    municipality_id=municipality_id,
                    period=period,
                    value=number,
                    example=example,
                    import_run=run,
                )
            )
        elif current.value != number or current.example != example:
            current.value, current.example, current.import_run = number, example, run
            to_update.append(current)
        else:
            result.unchanged += 1
    IndicatorValue.objects.bulk_create(to_create, batch_size=1000)
    IndicatorValue.objects.bulk_update(to_update, ["value", "example", "import_run"], batch_size=1000)
    result.created, result.updated = len(to_create), len(to_update)
    return result


def import_table(table_id, *, csv_text=None, source="", example=False):
    """Import one table from the API (csv_text None) or from CSV text; returns the ImportRun.

    The run is logged whatever happens; the figures change only when the table could be
    read. Rows with errors are skipped and listed in the run.
    """
    indicators = indicators_for(table_id)
    columns = ["RegioS", PERIOD_COLUMN, *sorted({indicator.measure_key for indicator in indicators})]
    if csv_text is None:
        source = table_url(table_id, columns)
    run = ImportRun.objects.create(table_id=table_id, source=source[:255], example=example)
    try:
        if csv_text is None:
            rows, row_word = fetch_table(table_id, columns), _("Row")
        else:
            rows, row_word = read_csv(csv_text), _("Line")
        with transaction.atomic():
            municipalities = dict(Municipality.objects.values_list("cbs_code", "pk"))
            reading = read_rows(
                rows,
                indicators,
                known_codes=municipalities.keys(),
                herindelingen=load_herindelingen(),
                row_word=row_word,
            )
            written = write_values(reading.values, municipalities=municipalities, example=example, run=run)
            update_comparison_fields()
    except FetchError as error:
        _finish(run, status=ImportRun.Status.FAILED, errors=str(error))
        return run
    except Exception as error:
        _finish(run, status=ImportRun.Status.FAILED, errors=f"{type(error).__name__}: {error}")
        raise
    _finish(
        run,
        status=ImportRun.Status.SUCCEEDED_WITH_ERRORS if reading.errors else ImportRun.Status.SUCCEEDED,
        rows_read=reading.rows_read,
        rows_skipped=reading.rows_skipped + len(reading.errors),
        values_created=written.created,
        values_updated=written.updated,
        values_unchanged=written.unchanged,
        errors="\n".join(str(error) for error in reading.errors),
    )
    return run


def _finish(run, **fields):
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.replace("\x00", "\ufffd")  # a file's NUL: PostgreSQL refuses it in text
        setattr(run, name, value)
    run.finished_at = timezone.now()
    run.save()


def update_comparison_fields():
    """Set each municipality's size class and urbanisation from its latest figures."""
    latest = {}
    for code, municipality_id, value in (
        IndicatorValue.objects.filter(
            indicator__code__in=[POPULATION_CODE, URBANISATION_CODE], municipality__isnull=False
        )
        .order_by("indicator__code", "municipality_id", "period")
        .values_list("indicator__code", "municipality_id", "value")
    ):
        latest[(code, municipality_id)] = value  # the last period wins
    changed = []
    measured = {municipality_id for _code, municipality_id in latest}
    for municipality in Municipality.objects.filter(pk__in=measured):
        population = latest.get((POPULATION_CODE, municipality.pk))
        urbanisation = latest.get((URBANISATION_CODE, municipality.pk))
        size_class = SizeClass.for_population(population) if population is not None else municipality.size_class
        if urbanisation is not None and 1 <= urbanisation <= 5:
            urbanisation = int(urbanisation)
        else:
            urbanisation = municipality.urbanisation
        if (municipality.size_class, municipality.urbanisation) != (size_class, urbanisation):
            municipality.size_class, municipality.urbanisation = size_class, urbanisation
            changed.append(municipality)
    Municipality.objects.bulk_update(changed, ["size_class", "urbanisation"])
