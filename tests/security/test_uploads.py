"""Editors' uploads in the Wagtail admin: no SVG as an image (it can carry script), a
document's content must match its extension, sizes are limited, and every document is
downloaded as an attachment. (Members' uploads: tests/members/test_profiles.py and
tests/practices/test_experiences.py.)"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from demo.content.documents import simple_pdf
from tests.factories import image_upload
from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def editor_client(client, editor):
    return client_with_second_factor(client, editor)


def upload_through_the_form(client, url, title, upload):
    """Post the admin's add form as the editor fills it in, in the collection it offers."""
    collections = client.get(url).context["form"].fields["collection"].queryset
    return client.post(url, {"title": title, "file": upload, "collection": collections.first().pk})


def add_document(client, upload):
    return upload_through_the_form(client, "/admin/documents/add/", "Handreiking", upload)


def add_image(client, upload):
    return upload_through_the_form(client, "/admin/images/add/", "Foto", upload)


def test_an_svg_is_refused_as_an_image(editor_client):
    svg = SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    response = add_image(editor_client, svg)
    assert response.status_code == 200
    assert "svg" in response.content.decode().lower()  # the error names the refused extension
    assert not Image.objects.exists()


def test_a_real_image_is_accepted(editor_client):
    response = add_image(editor_client, image_upload("wijkteam.png"))
    assert response.status_code == 302
    assert Image.objects.get().title == "Foto"


@pytest.mark.parametrize(
    "upload",
    [
        lambda: SimpleUploadedFile("handreiking.pdf", b"<html><script>alert(1)</script></html>"),
        lambda: SimpleUploadedFile("cijfers.xlsx", b"%PDF-1.4 not a spreadsheet"),
        lambda: SimpleUploadedFile("lijst.csv", b"naam;gemeente\x00\x01\x02binary"),
    ],
    ids=["html as pdf", "pdf as xlsx", "binary as csv"],
)
def test_a_document_whose_content_does_not_match_its_name_is_refused(editor_client, upload):
    response = add_document(editor_client, upload())
    assert response.status_code == 200
    assert "De inhoud van dit bestand past niet bij de naam" in response.content.decode()
    assert not Document.objects.exists()


def test_a_document_type_outside_the_list_is_refused(editor_client):
    response = add_document(editor_client, SimpleUploadedFile("pagina.html", b"<p>Hallo</p>"))
    assert response.status_code == 200
    assert not Document.objects.exists()


def test_a_too_large_document_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    response = add_document(editor_client, SimpleUploadedFile("handreiking.pdf", simple_pdf("Groot", "x" * 500)))
    assert response.status_code == 200
    assert "Dit bestand is te groot" in response.content.decode()
    assert not Document.objects.exists()


def test_an_accepted_document_downloads_as_an_attachment_never_inline(editor_client, client):
    response = add_document(editor_client, SimpleUploadedFile("handreiking.pdf", simple_pdf("Handreiking", "Tekst")))
    assert response.status_code == 302
    document = Document.objects.get()
    editor_client.logout()

    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_csv_with_text_is_accepted(editor_client):
    response = add_document(editor_client, SimpleUploadedFile("deelnemers.csv", b"naam;gemeente\nSanne;Zwolle\n"))
    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".csv")


def test_the_multiple_upload_checks_the_content_too(editor_client):
    """The admin's drag-and-drop upload builds its form from the same base."""
    fake = SimpleUploadedFile("handreiking.pdf", b"<html><script>alert(1)</script></html>")
    response = editor_client.post("/admin/documents/multiple/add/", {"files[]": fake})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "De inhoud van dit bestand past niet bij de naam" in response.json()["error_message"]
    assert not Document.objects.exists()
