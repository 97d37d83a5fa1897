"""Where members meet networks: the index with its theme filter, the network's page (the
way in per mode and state, members as far as their profiles allow, the shelf), the start
page, the profile, the member directory's filter, search, the "Wat werkt bij" dossier of the
theme, the bell; and the editors' screens in the admin, which keep the coordinator rule."""

import pytest
from django.urls import reverse

from members.models import ProfileVisibility
from members.roles import Role
from networks import membership, shelf
from networks.models import NetworkMembership, NetworkRole
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


def test_the_index_lists_live_networks_and_filters_by_theme(client, on_request, open_network):
    pages.network("Nog in voorbereiding", publish=False)
    open_network.themes.set([pages.theme("aanpak-armoede")])
    open_network.save_revision().publish()
    index = pages.network_index()
    titles = [network.title for network in client.get(index.url).context["networks"]]
    assert titles == ["Armoede en schulden", "Toegang en integraal werken"]
    filtered = client.get(index.url, {"theme": "aanpak-armoede"}).context["networks"]
    assert [network.title for network in filtered] == ["Armoede en schulden"]


def test_the_page_offers_the_way_in_that_fits_the_mode_and_the_state(client, on_request, open_network, people):
    content = client.get(on_request.url).content.decode()
    assert "om lid te worden van dit netwerk" in content  # a visitor logs in first
    client.force_login(people["member"])
    assert "Lidmaatschap aanvragen" in client.get(on_request.url).content.decode()
    assert "Netwerk verlaten" not in client.get(on_request.url).content.decode()
    assert "Lid worden" not in client.get(on_request.url).content.decode()
    assert reverse("networks:join", args=[open_network.pk]) in client.get(open_network.url).content.decode()

    membership.request_membership(people["member"], on_request, "Graag")
    content = client.get(on_request.url).content.decode()
    assert "wacht op een besluit van de coördinatoren" in content and "Mijn aanvraag intrekken" in content

    membership.join(people["member"], open_network)
    content = client.get(open_network.url).content.decode()
    assert "Je bent lid van dit netwerk." in content and "Netwerk verlaten" in content


def test_asking_twice_on_the_site_says_so_and_keeps_one_request(client, on_request, people):
    client.force_login(people["member"])
    url = reverse("networks:request", args=[on_request.pk])
    client.post(url, {"message": "Eerste"})
    response = client.post(url, {"message": "Tweede"}, follow=True)
    assert "Je hebt al gevraagd om lid te worden van dit netwerk." in response.content.decode()
    assert on_request.membership_requests.count() == 1


def test_a_message_too_long_is_shown_again_with_the_error(client, on_request, people):
    client.force_login(people["member"])
    response = client.post(reverse("networks:request", args=[on_request.pk]), {"message": "x" * 2001})
    assert response.status_code == 400
    assert "x" * 2001 in response.content.decode()
    assert not on_request.membership_requests.exists()


def test_members_are_shown_as_far_as_their_profiles_allow(client, open_network, people):
    hidden = MemberFactory(first_name="Verborgen", verified=False)  # not listed: no verified address
    public = MemberFactory(first_name="Openbaar", profile__visibility=ProfileVisibility.PUBLIC)
    members_only = MemberFactory(first_name="Ledenprofiel", profile__visibility=ProfileVisibility.MEMBERS)
    for member in (hidden, public, members_only):
        membership.join(member, open_network)
    names = lambda response: {profile.member.first_name for profile in response.context["members"]}  # noqa: E731
    assert names(client.get(open_network.url)) == {"Openbaar"}
    client.force_login(people["outsider"])
    assert names(client.get(open_network.url)) == {"Openbaar", "Ledenprofiel"}
    assert client.get(open_network.url).context["member_count"] == 4  # with the coordinator


def test_the_shelf_shows_only_live_lessons_and_dossiers_the_coordinators_chose(client, open_network, people):
    lesson = pages.lesson("Praat over rondkomen")
    dossier = pages.dossier("aanpak-armoede")
    draft = pages.lesson("Nog niet af", publish=False)
    shelf.add_to_shelf(people["trekker"], open_network, lesson)
    shelf.add_to_shelf(people["trekker"], open_network, dossier)
    with pytest.raises(membership.NetworkError):
        shelf.add_to_shelf(people["trekker"], open_network, draft)
    with pytest.raises(membership.NetworkError):
        shelf.add_to_shelf(people["trekker"], open_network, pages.network_index())  # not a lesson or dossier
    with pytest.raises(membership.NetworkError, match="staat al op de boekenplank"):
        shelf.add_to_shelf(people["trekker"], open_network, lesson)
    lesson.unpublish()
    titles = [item.page.title for item in client.get(open_network.url).context["shelf"]]
    assert titles == [dossier.title]


def test_members_find_their_networks_on_the_start_page_and_their_profile(client, open_network, on_request, people):
    membership.join(people["member"], open_network)
    client.force_login(people["member"])
    home = client.get("/").content.decode()
    assert "Jouw leernetwerken" in home and "Armoede en schulden" in home
    assert "Toegang en integraal werken" not in home
    profile = client.get(reverse("members:profile", args=[people["member"].pk])).content.decode()
    assert "Leernetwerken" in profile and open_network.url in profile


def test_the_directory_filters_by_network(client, open_network, people):
    membership.join(people["member"], open_network)
    client.force_login(people["outsider"])
    response = client.get(reverse("members:directory"), {"network": open_network.slug})
    found = {profile.member_id for profile in response.context["profiles"]}
    assert found == {people["member"].pk, people["trekker"].pk}
    # An unknown network is a filter left out, not an error.
    assert client.get(reverse("members:directory"), {"network": "bestaat-niet"}).status_code == 200


def test_search_finds_networks_and_the_dossier_of_the_theme_lists_them(client, open_network):
    open_network.themes.set([pages.theme("aanpak-armoede")])
    open_network.save_revision().publish()
    found = client.get(reverse("search"), {"q": "schulden"}).context["results"]
    assert "Armoede en schulden" in [result["page"].title for result in found]
    dossier = pages.dossier("aanpak-armoede")
    assert "Armoede en schulden" in [network.title for network in client.get(dossier.url).context["related_networks"]]


def test_the_bell_names_the_network_in_each_kind_of_notification(client, on_request, by_invitation, people):
    request = membership.request_membership(people["member"], on_request, "Graag")
    membership.decide_request(people["trekker"], request, accept=False, message="Vol")
    membership.invite(people["trekker"], by_invitation, people["member"].email)
    client.force_login(people["member"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "Je aanvraag voor het leernetwerk “<bdi>Toegang en integraal werken</bdi>” is afgewezen" in centre
    assert "Bericht van de coördinator:" in centre and "Vol" in centre
    assert "Je bent uitgenodigd voor het leernetwerk “<bdi>Wijkgericht werken</bdi>”" in centre
    client.force_login(people["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "vraagt om lid te worden van het leernetwerk “<bdi>Toegang en integraal werken</bdi>”" in centre


def test_the_management_page_accepts_a_request_with_a_message(client, on_request, people):
    request = membership.request_membership(people["member"], on_request, "Graag")
    client.force_login(people["trekker"])
    prefix = f"request-{request.pk}"
    response = client.post(
        reverse("networks:decide", args=[on_request.pk, request.pk]),
        {f"{prefix}-decision": "accept", f"{prefix}-message": "Welkom"},
        follow=True,
    )
    assert "is nu lid" in response.content.decode()
    assert NetworkMembership.objects.filter(network=on_request, member=people["member"]).exists()


# The admin


@pytest.fixture
def editor_client(client, people):
    log_in(client, people["adviser"])
    return client


def test_editors_open_the_networks_pages_and_screens_in_the_admin(editor_client, on_request, people):
    request = membership.request_membership(people["member"], on_request, "Graag")
    invitation = membership.invite(people["trekker"], on_request, "nieuw@kampen.example")
    coordinator = NetworkMembership.objects.get(network=on_request, member=people["trekker"])
    item = shelf.add_to_shelf(people["trekker"], on_request, pages.lesson("Een les"))
    urls = [
        reverse("wagtailadmin_pages:add", args=["networks", "learningnetwork", pages.network_index().pk]),
        reverse("wagtailadmin_pages:edit", args=[on_request.pk]),
        reverse("wagtailadmin_pages:edit", args=[pages.network_index().pk]),
        reverse("networkmembership:index"),
        reverse("networkmembership:add"),
        reverse("networkmembership:edit", args=[coordinator.pk]),
        reverse("networkmembershiprequest:index"),
        reverse("networkmembershiprequest:inspect", args=[request.pk]),
        reverse("networkinvitation:index"),
        reverse("networkinvitation:delete", args=[invitation.pk]),
        reverse("shelfitem:index"),
        reverse("shelfitem:add"),
        reverse("shelfitem:edit", args=[item.pk]),
    ]
    for url in urls:
        assert editor_client.get(url).status_code == 200, url


def test_the_admin_keeps_the_last_coordinator_and_withdraws_by_deleting(editor_client, on_request, people):
    coordinator = NetworkMembership.objects.get(network=on_request, member=people["trekker"])
    response = editor_client.post(
        reverse("networkmembership:edit", args=[coordinator.pk]),
        {"network": on_request.pk, "member": people["trekker"].pk, "role": NetworkRole.MEMBER},
    )
    assert response.status_code == 200  # the form again, with the error
    assert "altijd een coördinator" in response.content.decode()
    editor_client.post(reverse("networkmembership:delete", args=[coordinator.pk]))
    assert NetworkMembership.objects.filter(pk=coordinator.pk).exists()
    invitation = membership.invite(people["trekker"], on_request, "nieuw@kampen.example")
    editor_client.post(reverse("networkinvitation:delete", args=[invitation.pk]))
    assert not on_request.invitations.exists()


def test_only_editors_reach_the_networks_admin(client, people, on_request):
    log_in(client, people["trekker"])
    assert client.get(reverse("networkmembership:index")).status_code in (302, 403)
    assert people["adviser"].has_role(Role.EDITOR)
