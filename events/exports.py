"""The attendee list of a meeting as columns and rows, the same on the admin's screen and
in the CSV and Excel files editors download.

Answers come from guests: a text that a spreadsheet would run as a formula is written as
text (lerendnetwerk.spreadsheets), in both formats.
"""

import csv
import io

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from lerendnetwerk.spreadsheets import as_spreadsheet_text

from .models import RegistrationStatus


class AttendeeRow:
    def __init__(self, registration, workshops, answers):
        self.registration = registration
        self.workshops = workshops
        self.answers = answers

    @property
    def waitlist_position(self):
        if self.registration.status == RegistrationStatus.WAITLISTED:
            return self.registration.waitlist_position
        return None


class AttendeeSheet:
    """One column per workshop slot and per question of the meeting. Answers to a question
    that has since been removed keep a column of their own (by its label), so an export
    never loses what people answered."""

    def __init__(self, event, registrations, *, contact=True):
        """`contact`: with the e-mail addresses (the editors' lists); the organisers' list on
        the site has none (they write to the attendees through the site)."""
        self.contact = contact
        self.registrations = list(registrations)
        self.slots = [slot for slot, _workshops in event.workshop_slots]
        self.questions = [(question.pk, question.label) for question in event.questions.all()]
        self._question_ids = {question_id for question_id, _label in self.questions}
        seen = set(self._question_ids)
        for registration in self.registrations:
            for answer in registration.answers:
                key = self._answer_key(answer)
                if key not in seen:
                    seen.add(key)
                    self.questions.append((key, answer.get("label", "")))

    def _answer_key(self, answer):
        """The question's id, or its label when the question no longer exists."""
        question_id = answer.get("question")
        return question_id if question_id in self._question_ids else ("label", answer.get("label", ""))

    @cached_property
    def rows(self):
        rows = []
        for registration in self.registrations:
            chosen = {workshop.slot: workshop.title for workshop in registration.workshops.all()}
            given = {self._answer_key(answer): answer.get("answer") for answer in registration.answers}
            rows.append(
                AttendeeRow(
                    registration,
                    workshops=[chosen.get(slot, "") for slot in self.slots],
                    answers=[_answer_text(given.get(key)) for key, _label in self.questions],
                )
            )
        return rows

    @property
    def question_labels(self):
        return [label for _key, label in self.questions]

    def export_headers(self):
        return [
            _("Name"),
            *([_("E-mail address")] if self.contact else []),
            _("Member or guest"),
            _("Attendance"),
            _("Status"),
            _("Waitlist position"),
            *self.slots,
            *self.question_labels,
            _("On the attendee list"),
            _("Registered at"),
            _("Present at"),
        ]

    def export_rows(self):
        for row in self.rows:
            registration = row.registration
            yield [
                registration.name,
                *([registration.email] if self.contact else []),
                _("Guest") if registration.is_guest else _("Member"),
                registration.get_attendance_display(),
                str(registration.display_status),
                row.waitlist_position,
                *row.workshops,
                *row.answers,
                _("Yes") if registration.public_consent else _("No"),
                _local(registration.created_at),
                _local(registration.checked_in_at),
            ]


def _answer_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return str(value)


def _local(moment):
    """A moment as the editor reads it: local time, without the time zone (Excel has none)."""
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0) if moment else None


def _csv_value(value):
    """Answers come from guests: a text that a spreadsheet would run as a formula is
    exported as text (lerendnetwerk.spreadsheets)."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")
    return as_spreadsheet_text(str(value))


def attendees_csv(sheet):
    """UTF-8 with a byte order mark, so that Excel reads the accents right."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";")  # what Excel expects with Dutch regional settings
    writer.writerow([_csv_value(header) for header in sheet.export_headers()])
    for values in sheet.export_rows():
        writer.writerow([_csv_value(value) for value in values])
    return buffer.getvalue().encode("utf-8")


def _xlsx_row(worksheet, row_number, values, font=None):
    for column_number, value in enumerate(values, start=1):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value) or None  # an empty cell, not an empty text
        cell = worksheet.cell(row=row_number, column=column_number, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text stays text, even when it starts with "="
        elif hasattr(value, "strftime"):
            cell.number_format = "yyyy-mm-dd hh:mm"
        if font is not None:
            cell.font = font


def attendees_xlsx(sheet, title):
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = title[:31]
    headers = [str(header) for header in sheet.export_headers()]
    _xlsx_row(worksheet, 1, headers, font=Font(bold=True))
    for row_number, values in enumerate(sheet.export_rows(), start=2):
        _xlsx_row(worksheet, row_number, values)
    for column_number, header in enumerate(headers, start=1):
        worksheet.column_dimensions[get_column_letter(column_number)].width = max(12, min(len(header) + 2, 40))
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = worksheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
