from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from figures.models import ImportRun, Indicator
from figures.services import ImportConfigurationError, import_table


class Command(BaseCommand):
    help = (
        "Import figures from CBS StatLine: the tables named (or every table an indicator reads) "
        "over the OData API, or one table from a CSV file (--csv). See docs/figures.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("tables", nargs="*", help="StatLine table identifiers, such as 85618NED.")
        parser.add_argument("--csv", type=Path, help="Read the table from this CSV file instead of the API.")
        parser.add_argument("--encoding", default="utf-8-sig", help="The CSV file's encoding (default: utf-8-sig).")
        parser.add_argument(
            "--example", action="store_true", help="The figures are generated examples (voorbeeldcijfers)."
        )

    def handle(self, *args, tables, csv, encoding, example, **options):
        if csv is not None and len(tables) != 1:
            raise CommandError(_("With --csv, name the one table the file holds, such as 85618NED."))
        if not tables:
            tables = sorted(set(Indicator.objects.exclude(table_id="").values_list("table_id", flat=True)))
            if not tables:
                raise CommandError(_("No indicator names a StatLine table yet."))
        text = None
        if csv is not None:
            try:
                text = csv.read_text(encoding=encoding)
            except (OSError, UnicodeDecodeError, LookupError) as error:
                raise CommandError(_("Cannot read %(path)s: %(error)s") % {"path": csv, "error": error}) from error
        failures = 0
        for table in tables:
            try:
                run = import_table(table, csv_text=text, source=str(csv or ""), example=example)
            except ImportConfigurationError as error:
                raise CommandError(str(error)) from error
            failures += self.report(run)
        if failures:
            message = ngettext(
                "%(count)s table was not imported completely; see above.",
                "%(count)s tables were not imported completely; see above.",
                failures,
            )
            raise CommandError(message % {"count": failures})

    def report(self, run):
        for line in run.errors.splitlines():
            self.stderr.write(line)
        self.stdout.write(
            _(
                "%(table)s: %(result)s. %(read)s rows read; figures: %(created)s added, %(updated)s changed, "
                "%(unchanged)s unchanged; %(skipped)s rows skipped."
            )
            % {
                "table": run.table_id,
                "result": run.get_status_display(),
                "read": run.rows_read,
                "created": run.values_created,
                "updated": run.values_updated,
                "unchanged": run.values_unchanged,
                "skipped": run.rows_skipped,
            }
        )
        return run.status != ImportRun.Status.SUCCEEDED
