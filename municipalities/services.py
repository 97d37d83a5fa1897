"""Importing the official CBS list of municipalities.

CBS publishes the list as "Gemeenten alfabetisch" (semicolon-separated, columns such as
Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam).
The import also accepts comma- or tab-separated files and a few plain column names
(cbs_code, name, province). Rows are matched on the CBS code, so importing the same
file twice creates nothing new. A bad row is reported with its line number and skipped;
the good rows are still imported.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Municipality, Province, cbs_code_validator

# CBS's own province codes (ProvinciecodePV).
CBS_PROVINCE_CODES = {
    "PV20": Province.GRONINGEN,
    "PV21": Province.FRYSLAN,
    "PV22": Province.DRENTHE,
    "PV23": Province.OVERIJSSEL,
    "PV24": Province.FLEVOLAND,
    "PV25": Province.GELDERLAND,
    "PV26": Province.UTRECHT,
    "PV27": Province.NOORD_HOLLAND,
    "PV28": Province.ZUID_HOLLAND,
    "PV29": Province.ZEELAND,
    "PV30": Province.NOORD_BRABANT,
    "PV31": Province.LIMBURG,
}

CODE_COLUMNS = ("gemeentecodegm", "gemeentecode", "cbs_code", "code")
NAME_COLUMNS = ("gemeentenaam", "naam", "name")
PROVINCE_NAME_COLUMNS = ("provincienaam", "provincie", "province")
PROVINCE_CODE_COLUMNS = ("provinciecodepv", "provinciecode")


def _simplify(text):
    """Lower case without accents, spaces or hyphens: 'Fryslân' -> 'fryslan'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if c.isalnum())


PROVINCE_NAMES = {_simplify(province.value): province for province in Province}
PROVINCE_NAMES.update(
    {
        "friesland": Province.FRYSLAN,
        "northholland": Province.NOORD_HOLLAND,
        "southholland": Province.ZUID_HOLLAND,
        "northbrabant": Province.NOORD_BRABANT,
    }
)


class MunicipalityFileError(Exception):
    """The file as a whole cannot be read as a list of municipalities."""


class RowError(Exception):
    """One row that cannot be imported, with its line number in the file."""

    def __init__(self, line, message):
        super().__init__(message)
        self.line = line
        self.message = message

    def __str__(self):
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)


@dataclass
class MunicipalityRow:
    line: int
    cbs_code: str
    name: str
    province: str


def _first_column(fieldnames, candidates):
    for candidate in candidates:
        if candidate in fieldnames:
            return candidate
    return None


def _normalise_code(raw):
    code = raw.strip().upper()
    if code.isdecimal():
        code = f"GM{int(code):04d}"
    return code


def _province_from(row, name_column, code_column):
    code = (row.get(code_column) or "").strip().upper() if code_column else ""
    if code.isdecimal():
        code = f"PV{int(code)}"
    if code in CBS_PROVINCE_CODES:
        return CBS_PROVINCE_CODES[code]
    name = (row.get(name_column) or "") if name_column else ""
    return PROVINCE_NAMES.get(_simplify(name))


def parse_municipality_rows(text):
    """Read CSV text into valid rows and errors (with the file's line numbers)."""
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
        dialect = type("GuessedDialect", (csv.excel,), {"delimiter": delimiter})
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames:
        raise MunicipalityFileError(_("The file is empty."))
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]

    code_column = _first_column(reader.fieldnames, CODE_COLUMNS)
    name_column = _first_column(reader.fieldnames, NAME_COLUMNS)
    province_name_column = _first_column(reader.fieldnames, PROVINCE_NAME_COLUMNS)
    province_code_column = _first_column(reader.fieldnames, PROVINCE_CODE_COLUMNS)
    if not (code_column and name_column and (province_name_column or province_code_column)):
        raise MunicipalityFileError(
            _(
                "The file needs columns for the CBS code (GemeentecodeGM), the name "
                "(Gemeentenaam) and the province (Provincienaam or ProvinciecodePV). "
                "Found: %(columns)s."
            )
            % {"columns": ", ".join(reader.fieldnames)}
        )

    columns = (code_column, name_column, province_name_column, province_code_column)
    rows, errors, first_line_of_code = [], [], {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(isinstance(value, str) and value.strip() for value in row.values()):
                continue  # a blank line
            try:
                parsed = _parse_row(row, line, columns)
            except RowError as error:
                errors.append(error)
                continue
            if parsed.cbs_code in first_line_of_code:
                first = first_line_of_code[parsed.cbs_code]
                errors.append(
                    RowError(
                        line, _("%(code)s was already on line %(first)s.") % {"code": parsed.cbs_code, "first": first}
                    )
                )
                continue
            first_line_of_code[parsed.cbs_code] = line
            rows.append(parsed)
    except csv.Error as error:
        raise MunicipalityFileError(
            _("Line %(line)s cannot be read: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    return rows, errors


def _parse_row(row, line, columns):
    code_column, name_column, province_name_column, province_code_column = columns
    code = _normalise_code(row.get(code_column) or "")
    name = (row.get(name_column) or "").strip()
    try:
        cbs_code_validator(code)
    except ValidationError:
        raise RowError(
            line, _("“%(code)s” is not a CBS municipality code (GM followed by four digits).") % {"code": code}
        ) from None
    if not name:
        raise RowError(line, _("The municipality name is missing."))
    if len(name) > Municipality._meta.get_field("name").max_length:
        raise RowError(line, _("The municipality name is too long."))
    province = _province_from(row, province_name_column, province_code_column)
    if province is None:
        raise RowError(line, _("The province is missing or unknown."))
    return MunicipalityRow(line=line, cbs_code=code, name=name, province=province)


def import_municipalities(text):
    """Create or update municipalities from CSV text; returns an ImportReport."""
    rows, errors = parse_municipality_rows(text)
    report = ImportReport(errors=errors)
    with transaction.atomic():
        existing = Municipality.objects.select_for_update().in_bulk(
            [row.cbs_code for row in rows], field_name="cbs_code"
        )
        for row in rows:
            municipality = existing.get(row.cbs_code)
            if municipality is None:
                Municipality.objects.create(cbs_code=row.cbs_code, name=row.name, province=row.province)
                report.created += 1
            elif (municipality.name, municipality.province) != (row.name, row.province):
                municipality.name, municipality.province = row.name, row.province
                municipality.save(update_fields=["name", "province"])
                report.updated += 1
            else:
                report.unchanged += 1
    return report
