"""Small, real PDF files for the demo's downloads (title and text, Helvetica, A4)."""

import textwrap

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from members.roles import ensure_collection


def _pdf_text(text):
    encoded = text.encode("cp1252", errors="replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title, text):
    lines = [f"BT /F1 18 Tf 56 780 Td ({_pdf_text(title)}) Tj ET"]
    y = 748
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, 88) or [""]:
            lines.append(f"BT /F1 11 Tf 56 {y} Td ({_pdf_text(line)}) Tj ET")
            y -= 15
        y -= 6
    content = "\n".join(lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (nl-NL) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (Lerend Netwerk demo) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def document(title, filename, text, collection_name=None):
    """A Wagtail document with a generated PDF; made once per title."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    collection = ensure_collection(collection_name or settings.EDITORIAL_COLLECTION_NAME)
    doc = Document(title=title, collection=collection)
    doc.file.save(filename, ContentFile(simple_pdf(title, text)), save=False)
    doc.save()
    return doc
