"""What an uploaded document must be: its content has to match its extension. The
extension alone says nothing (any file can be renamed report.pdf), so the first bytes are
read (`filetype`: PDF, and zip for the office formats, which are zip containers);
text formats must not be binary.

Used for members' attachments to experiences (practices.forms.AttachmentField) and for
editors' documents in the Wagtail admin (lerendnetwerk.documents.DocumentForm).
Documents are downloaded as attachments, never shown in the browser
(WAGTAILDOCS_INLINE_CONTENT_TYPES); this check keeps the library honest as well.
"""

from pathlib import Path

import filetype
from django import forms
from django.utils.translation import gettext_lazy as _

ZIP = "application/zip"
TEXT = "text/plain"  # no signature: what filetype does not recognise and holds no NUL byte

# extension -> what the file may contain
CONTENT_BY_EXTENSION = {
    "pdf": {"application/pdf"},
    "docx": {ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    "xlsx": {ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    "pptx": {ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    "odt": {ZIP, "application/vnd.oasis.opendocument.text"},
    "ods": {ZIP, "application/vnd.oasis.opendocument.spreadsheet"},
    "odp": {ZIP, "application/vnd.oasis.opendocument.presentation"},
    "csv": {TEXT},
    "txt": {TEXT},
}


def extension_of(uploaded):
    return Path(uploaded.name).suffix.lower().lstrip(".")


def content_type_of(uploaded):
    """What the file's first bytes say it is (TEXT for text), or None."""
    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    return TEXT if b"\x00" not in head else None


def check_content_matches_extension(uploaded):
    """Raise a ValidationError (in Dutch) when the content is not what the extension says.
    Extensions not listed here are left to the caller's own list of allowed ones."""
    extension = extension_of(uploaded)
    expected = CONTENT_BY_EXTENSION.get(extension)
    if expected is not None and content_type_of(uploaded) not in expected:
        raise forms.ValidationError(
            _("The content of this file does not match its name (.%(extension)s).") % {"extension": extension},
            code="file_content",
        )
