import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.models import ProfileVisibility
from tests.factories import MemberFactory, MunicipalityFactory, image_upload
from tests.support.second_factor import log_in
from themes.models import Theme

DIRECTORY = reverse("members:directory")


def names(response):
    return [profile.member.get_full_name() for profile in response.context["profiles"]]


@pytest.fixture
def network(db):
    """A small network: two municipalities in two provinces, two themes, four roles."""
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", province="overijssel")
    utrecht = MunicipalityFactory(name="Utrecht", cbs_code="GM0344", province="utrecht")
    poverty = Theme.objects.get(slug="aanpak-armoede")  # curated themes come with the migrations
    loneliness = Theme.objects.get(slug="eenzaamheid")
    people = {
        "anna": MemberFactory(
            first_name="Anna",
            name_prefix="de",
            last_name="Vries",
            roles=["municipal_lead"],
            profile__municipality=zwolle,
            profile__organisation="Gemeente Zwolle",
            profile__interests=[poverty],
        ),
        "bram": MemberFactory(
            first_name="Bram",
            last_name="Jansen",
            roles=["associate_member"],
            profile__municipality=utrecht,
            profile__organisation="Wijkteam Overvecht",
            profile__expertise=[poverty],
        ),
        "chantal": MemberFactory(
            first_name="Chantal",
            last_name="Pinas",
            profile__municipality=utrecht,
            profile__job_title="Beleidsadviseur eenzaamheid",
            profile__interests=[loneliness],
        ),
        "daan": MemberFactory(first_name="Daan", last_name="Kok", roles=["editor"]),
    }
    return {"people": people, "zwolle": zwolle, "utrecht": utrecht, "poverty": poverty, "loneliness": loneliness}


@pytest.fixture
def viewer(db, client):
    member = MemberFactory(first_name="Zoë", last_name="Zijlstra")
    log_in(client, member)
    return client


def test_visitors_must_log_in_to_see_the_directory(client, db):
    response = client.get(DIRECTORY)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_directory_lists_members_alphabetically_by_last_name(viewer, network):
    response = viewer.get(DIRECTORY)
    assert names(response) == ["Bram Jansen", "Daan Kok", "Chantal Pinas", "Anna de Vries", "Zoë Zijlstra"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "anna"}, ["Anna de Vries"]),
        ({"q": "DE VRIES"}, ["Anna de Vries"]),
        ({"q": "anna vries"}, ["Anna de Vries"]),
        ({"q": "overvecht"}, ["Bram Jansen"]),
        ({"q": "beleidsadviseur"}, ["Chantal Pinas"]),
        ({"theme": "aanpak-armoede"}, ["Bram Jansen", "Anna de Vries"]),
        ({"theme": "eenzaamheid"}, ["Chantal Pinas"]),
        ({"municipality": "utrecht"}, ["Bram Jansen", "Chantal Pinas"]),
        ({"province": "overijssel"}, ["Anna de Vries"]),
        ({"role": "municipal_lead"}, ["Anna de Vries"]),
        ({"role": "editor"}, ["Daan Kok"]),
        ({"theme": "aanpak-armoede", "municipality": "utrecht"}, ["Bram Jansen"]),
        ({"theme": "aanpak-armoede", "province": "utrecht", "role": "associate_member"}, ["Bram Jansen"]),
        ({"theme": "eenzaamheid", "role": "municipal_lead"}, []),
    ],
)
def test_directory_search_and_filters(viewer, network, query, expected):
    response = viewer.get(DIRECTORY, query)
    assert response.status_code == 200
    assert names(response) == expected


def test_a_bad_filter_value_is_reported_and_the_other_filters_still_apply(viewer, network):
    response = viewer.get(DIRECTORY, {"theme": "bestaat-niet", "municipality": "utrecht", "role": "koning"})
    assert response.status_code == 200
    assert names(response) == ["Bram Jansen", "Chantal Pinas"]
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_unverified_and_deactivated_members_are_not_listed(viewer, network):
    MemberFactory(first_name="Onbevestigd", verified=False)
    MemberFactory(first_name="Vertrokken", is_active=False)
    listed = names(viewer.get(DIRECTORY))
    assert not any(name.startswith(("Onbevestigd", "Vertrokken")) for name in listed)


def test_members_see_members_only_and_public_profiles(viewer, network):
    MemberFactory(first_name="Openbaar", last_name="Lid", profile__visibility=ProfileVisibility.PUBLIC)
    assert "Openbaar Lid" in names(viewer.get(DIRECTORY))
    assert "Anna de Vries" in names(viewer.get(DIRECTORY))


def test_directory_paginates(viewer, network, settings):
    settings.MEMBER_DIRECTORY_PAGE_SIZE = 2
    first = viewer.get(DIRECTORY)
    third = viewer.get(DIRECTORY, {"page": 3})
    beyond = viewer.get(DIRECTORY, {"page": 99})
    nonsense = viewer.get(DIRECTORY, {"page": "abc"})

    assert names(first) == ["Bram Jansen", "Daan Kok"]
    assert names(third) == ["Zoë Zijlstra"]
    assert names(beyond) == ["Zoë Zijlstra"]
    assert names(nonsense) == ["Bram Jansen", "Daan Kok"]
    assert 'href="?page=2"' in first.content.decode()


def test_directory_cards_show_photo_roles_and_themes(viewer, network):
    anna = network["people"]["anna"]
    profile = anna.profile
    from members import services

    services.update_profile(
        anna,
        first_name="Anna",
        last_name="de Vries",
        profile_fields={"organisation": "Gemeente Zwolle", "job_title": "Trekker"},
        interests=[network["poverty"]],
        expertise=[],
        photo=image_upload(),
    )
    content = viewer.get(DIRECTORY, {"q": "anna"}).content.decode()
    profile.refresh_from_db()
    assert 'class="ln-avatar"' in content
    assert "Aanpak armoede" in content
    assert "Gemeente Zwolle" in content


def _directory_queries(client):
    client.get(DIRECTORY)  # warm-up: renditions of new photos are made on first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DIRECTORY)
    assert response.status_code == 200
    return len(queries)


def _add_members(count, themes, municipality, start):
    for number in range(start, start + count):
        member = MemberFactory(
            roles=["associate_member"],
            profile__municipality=municipality,
            profile__interests=themes,
            profile__expertise=themes[:1],
        )
        if number % 2 == 0:
            from members import services

            services.update_profile(
                member,
                first_name=member.first_name,
                last_name=member.last_name,
                profile_fields={},
                interests=themes,
                expertise=themes[:1],
                photo=image_upload(),
            )


def test_directory_query_count_does_not_grow_with_the_members_shown(viewer, network):
    themes = [network["poverty"], network["loneliness"]]
    _add_members(2, themes, network["zwolle"], 0)
    with_few = _directory_queries(viewer)
    _add_members(12, themes, network["utrecht"], 2)
    with_many = _directory_queries(viewer)

    assert with_few == with_many
    # session, member, 2× permissions (menu), site + menu pages + footer pages, count,
    # filter choices (themes, municipalities, learning networks), profiles, photos,
    # renditions, interests, expertise, roles
    assert with_many <= 17
