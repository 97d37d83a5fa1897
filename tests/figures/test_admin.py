import pytest
from django.urls import reverse

from figures import startanalysis
from figures.models import ImportRun, Indicator
from figures.services import import_table
from members.roles import Role
from tests import pages
from tests.factories import IndicatorFactory, MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in


@pytest.fixture
def editor_client(client, db):
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    return client


def test_editors_add_an_indicator_with_its_themes_and_source(editor_client):
    poverty = pages.theme("aanpak-armoede")
    response = editor_client.post(
        reverse("indicator:add"),
        {
            "name": "Huishoudens met een laag inkomen",
            "code": "laag-inkomen",
            "themes": [poverty.pk],
            "unit": "%",
            "decimals": 1,
            "direction": "higher_worse",
            "source": "CBS StatLine",
            "table_id": "85618NED",
            "measure_key": "HuishoudensMetEenLaagInkomen_1",
            "granularity": "year",
        },
    )

    assert response.status_code == 302
    indicator = Indicator.objects.get(code="laag-inkomen")
    assert list(indicator.themes.all()) == [poverty]
    assert editor_client.get(reverse("indicator:index")).status_code == 200
    assert editor_client.get(reverse("indicator:edit", args=[indicator.pk])).status_code == 200


def test_editors_see_when_each_table_was_imported_and_with_what_result_but_cannot_change_it(editor_client):
    MunicipalityFactory(name="Zwolle", cbs_code="GM0193")
    IndicatorFactory(code="laag-inkomen", measure_key="LaagInkomen_1")
    run = import_table("85618NED", csv_text="RegioS;Perioden;LaagInkomen_1\nGM0193;2023JJ00;8.6\nGM0193;2023;1\n")

    listing = editor_client.get(reverse("importrun:index")).content.decode()
    assert "85618NED" in listing and "gelukt, rijen overgeslagen" in listing
    inspect = editor_client.get(reverse("importrun:inspect", args=[run.pk])).content.decode()
    assert "Regel 3: “2023” is geen CBS-periode" in inspect
    assert editor_client.get(reverse("importrun:edit", args=[run.pk])).status_code in (302, 403)
    assert editor_client.get(reverse("importrun:add")).status_code in (302, 403)
    assert ImportRun.objects.count() == 1


def test_members_without_the_editor_role_cannot_manage_indicators(client, db):
    log_in(client, MemberFactory())
    assert client.get(reverse("indicator:index")).status_code in (302, 403)


def test_editors_list_the_startanalyses_but_cannot_change_them(editor_client):
    trekker = MemberFactory()
    practice = pages.practice("Armoede in Zwolle", municipality=MunicipalityFactory(name="Zwolle"), leads=[trekker])
    analysis = startanalysis.begin_for_practice(trekker, practice)
    startanalysis.save(trekker, analysis, texts={"causes": "Hoge vaste lasten."})

    assert "Armoede in Zwolle" in editor_client.get(reverse("startanalysis_admin:index")).content.decode()
    inspect = editor_client.get(reverse("startanalysis_admin:inspect", args=[analysis.pk])).content.decode()
    assert "Hoge vaste lasten." in inspect
    assert editor_client.get(reverse("startanalysis_admin:edit", args=[analysis.pk])).status_code in (302, 403)
