"""Where figures come from: the CBS StatLine OData API, or a CSV file exported from it.

Both give the same thing: rows as dicts keyed by the table's column names (RegioS,
Perioden, and one column per measure, such as HuishoudensMetEenLaagInkomen_1), each with
the line (file) or row number (API) that an error message can point to.

`get_json` is the only function that touches the network; the tests replace it with
recorded responses.
"""

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils.translation import gettext as _

DEFAULT_ODATA_URL = "https://opendata.cbs.nl/ODataApi/odata"
TIMEOUT_SECONDS = 60
MAX_PAGES = 200  # 10,000 rows a page: far more than all municipalities over decades


class FetchError(Exception):
    """The source could not be read as a whole; nothing is imported."""


def get_json(url):
    """GET url and parse its JSON body. Raises FetchError for network and HTTP errors."""
    if not url.startswith(("https://", "http://")):
        raise FetchError(_("Only web addresses can be fetched, not %(url)s.") % {"url": url})
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310 (checked above)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        raise FetchError(_("StatLine answered %(status)s for %(url)s.") % {"status": error.code, "url": url}) from error
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        raise FetchError(_("StatLine could not be read (%(error)s).") % {"error": error}) from error


def table_url(table_id, columns):
    """The TypedDataSet of a table, only the columns needed, only municipalities and the country."""
    base = getattr(settings, "FIGURES_ODATA_URL", DEFAULT_ODATA_URL).rstrip("/")
    query = urllib.parse.urlencode(
        {"$select": ",".join(columns), "$format": "json"},
        safe="$,",
        quote_via=urllib.parse.quote,
    )
    return f"{base}/{urllib.parse.quote(table_id)}/TypedDataSet?{query}"


def fetch_table(table_id, columns):
    """All rows of a StatLine table as (row number, dict), following the API's pages."""
    url = table_url(table_id, columns)
    rows, pages = [], 0
    while url:
        pages += 1
        if pages > MAX_PAGES:
            raise FetchError(_("StatLine kept sending more pages; stopped after %(pages)s.") % {"pages": MAX_PAGES})
        body = get_json(url)
        if not isinstance(body, dict) or not isinstance(body.get("value"), list):
            raise FetchError(_("StatLine's answer has no list of rows (“value”)."))
        rows.extend(body["value"])
        url = body.get("odata.nextLink") or body.get("@odata.nextLink")
    return [(number, row) for number, row in enumerate(rows, start=1) if isinstance(row, dict)]


def read_csv(text):
    """Rows of a CSV export (semicolon- or comma-separated) as (line number, dict)."""
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames:
        raise FetchError(_("The file is empty."))
    reader.fieldnames = [name.strip() for name in reader.fieldnames]
    rows = []
    try:
        for row in reader:
            if any(isinstance(value, str) and value.strip() for value in row.values()):
                rows.append((reader.line_num, row))
    except csv.Error as error:
        raise FetchError(
            _("Line %(line)s cannot be read: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    return rows
