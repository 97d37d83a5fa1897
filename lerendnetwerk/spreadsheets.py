"""Exports that editors open in a spreadsheet program: text stays text.

A CSV cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
Excel and LibreOffice (OWASP "CSV injection"): `=HYPERLINK(…)` in a guest's name would
become a link that sends data elsewhere. What members and visitors type ends up in the
exports, so every CSV cell goes through `as_spreadsheet_text`, which makes such a value
plain text by putting an apostrophe in front. Used by the attendee export
(events.exports) and, through the index views below, by every Wagtail ViewSet with a
`list_export` (Wagtail itself writes CSV cells as they are; its XLSX export already keeps
them text).
"""

from wagtail.admin.views.generic import IndexView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_spreadsheet_text(value: str) -> str:
    """`value`, so that a spreadsheet program shows it and never runs it."""
    return "'" + value if value.startswith(FORMULA_START) else value


class FormulaSafeExportMixin:
    """For views with Wagtail's SpreadsheetExportMixin: every CSV cell is text."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return as_spreadsheet_text(value)
        return value


class FormulaSafeIndexView(FormulaSafeExportMixin, IndexView):
    """`index_view_class` of a ModelViewSet with a `list_export`."""


class FormulaSafeSnippetIndexView(FormulaSafeExportMixin, SnippetIndexView):
    """`index_view_class` of a SnippetViewSet with a `list_export`."""
