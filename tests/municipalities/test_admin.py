import pytest
from django.urls import reverse

from members.roles import Role
from municipalities.models import Municipality
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in


@pytest.fixture
def editor_client(client, db):
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    return client


def test_editors_list_and_search_municipalities_in_the_admin(editor_client):
    MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel")
    MunicipalityFactory(name="Utrecht", cbs_code="GM0344", province="utrecht")
    url = reverse("wagtailsnippets_municipalities_municipality:list")

    response = editor_client.get(url, {"q": "zwol"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Zwolle" in content
    assert "GM0344" not in content


def test_editors_add_a_municipality_with_a_validated_cbs_code(editor_client):
    url = reverse("wagtailsnippets_municipalities_municipality:add")
    bad = editor_client.post(url, {"name": "Nieuwegemeente", "cbs_code": "1234", "province": "utrecht"})
    assert bad.status_code == 200
    assert "Vul een CBS-gemeentecode in" in bad.content.decode()
    assert not Municipality.objects.exists()

    editor_client.post(url, {"name": "Nieuwegemeente", "cbs_code": "GM1999", "province": "utrecht"})
    assert Municipality.objects.get(cbs_code="GM1999").slug == "nieuwegemeente"


def test_members_without_the_editor_role_cannot_manage_municipalities(client, db):
    log_in(client, MemberFactory(roles=[Role.MUNICIPAL_LEAD]))
    response = client.get(reverse("wagtailsnippets_municipalities_municipality:list"))
    assert response.status_code in (302, 403)
    assert Municipality.objects.count() == 0
