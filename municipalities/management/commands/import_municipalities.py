from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from municipalities.services import MunicipalityFileError, import_municipalities


class Command(BaseCommand):
    help = "Import the CBS list of municipalities (Gemeenten alfabetisch) from a CSV file."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="CSV file, e.g. as published by CBS.")
        parser.add_argument("--encoding", default="utf-8-sig", help="File encoding (default: utf-8-sig).")

    def handle(self, *args, path, encoding, **options):
        try:
            text = path.read_text(encoding=encoding)
        except (OSError, UnicodeDecodeError, LookupError) as error:
            raise CommandError(_("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}) from error
        try:
            report = import_municipalities(text)
        except MunicipalityFileError as error:
            raise CommandError(str(error)) from error

        for row_error in report.errors:
            self.stderr.write(str(row_error))
        self.stdout.write(
            _("Municipalities: %(created)s added, %(updated)s updated, %(unchanged)s unchanged, %(errors)s rejected.")
            % {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "errors": len(report.errors),
            }
        )
        if report.errors:
            raise CommandError(
                _("%(count)s rows were not imported; see the lines above.") % {"count": len(report.errors)}
            )
