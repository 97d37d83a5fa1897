import pytest

from members.models import ProfileVisibility
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory


@pytest.fixture
def places(db):
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel")
    deventer = MunicipalityFactory(name="Deventer", cbs_code="GM0150", province="overijssel")
    quiet = MunicipalityFactory(name="Stilstad", cbs_code="GM0999", province="zeeland")
    access = pages.theme("toegang")
    practice = pages.practice("Eén voordeur in Zwolle", municipality=zwolle, themes=[access])
    elsewhere = pages.practice("Toegang in Deventer", municipality=deventer, themes=[access])
    pages.practice("Iets anders in Deventer", municipality=deventer, themes=[pages.theme("overlast")])
    MemberFactory(
        first_name="Openbaar",
        last_name="Zwollenaar",
        profile__municipality=zwolle,
        profile__visibility=ProfileVisibility.PUBLIC,
    )
    MemberFactory(first_name="Besloten", last_name="Zwollenaar", profile__municipality=zwolle)
    MemberFactory(
        first_name="Collega", last_name="Deventer", profile__municipality=deventer, profile__interests=[access]
    )
    return {"zwolle": zwolle, "deventer": deventer, "quiet": quiet, "practice": practice, "elsewhere": elsewhere}


def test_municipality_page_shows_practices_members_and_who_works_on_the_same_theme(client, places):
    client.force_login(MemberFactory())
    content = client.get("/gemeenten/zwolle/").content.decode()
    assert "Gemeente Zwolle" in content
    assert "Eén voordeur in Zwolle" in content
    assert "Openbaar Zwollenaar" in content
    assert "Besloten Zwollenaar" in content
    assert "Toegang in Deventer" in content
    assert "Iets anders in Deventer" not in content
    assert "Collega Deventer" in content


def test_visitors_see_public_profiles_only(client, places):
    content = client.get("/gemeenten/zwolle/").content.decode()
    assert "Openbaar Zwollenaar" in content
    assert "Besloten Zwollenaar" not in content
    assert "om nog 1 lid te zien" in content
    assert "Collega Deventer" not in content


def test_municipalities_without_practices_or_members_have_no_page(client, places):
    assert client.get("/gemeenten/stilstad/").status_code == 404
    assert client.get("/gemeenten/bestaat-niet/").status_code == 404


def test_municipality_index_lists_municipalities_with_activity_by_province(client, places):
    content = client.get("/gemeenten/").content.decode()
    assert "Overijssel" in content
    assert "Zwolle" in content and "Deventer" in content
    assert "Stilstad" not in content
