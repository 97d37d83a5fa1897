"""The practice's werkruimte on the site: the overview and the participants page per role,
managing the team through the pages, the invitation link, and "Mijn praktijken"."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from members.roles import Role
from practices import team
from practices.models import PracticeInvitation, PracticeMembership, PracticeRole
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


@pytest.fixture
def world(db):
    trekker = MemberFactory(first_name="Tessa", last_name="Trekker", email="tessa@zwolle.example")
    participant = MemberFactory(first_name="Pim", last_name="Deelnemer", email="pim@zwolle.example")
    outsider = MemberFactory(first_name="Olga", email="olga@deventer.example")
    practice = pages.practice("Eén voordeur", leads=[trekker], participants=[participant], publish=False)
    pages.practice("Wijkteams Deventer", participants=[outsider])
    return {
        "practice": practice,
        "trekker": trekker,
        "participant": participant,
        "other_practice": outsider,
        "member": MemberFactory(first_name="Mila", email="mila@elders.example"),
        "editor": MemberFactory(first_name="Ria", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


def urls(practice):
    return {
        "workspace": reverse("practices:workspace", args=[practice.pk]),
        "participants": reverse("practices:participants", args=[practice.pk]),
    }


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("page", ["workspace", "participants"])
@pytest.mark.parametrize(
    ("who", "expected"),
    [("trekker", 200), ("participant", 200), ("editor", 200), ("other_practice", 404), ("member", 404)],
)
def test_who_sees_the_workspace_of_a_draft_practice(client, world, page, who, expected):
    log_in(client, world[who])
    assert client.get(urls(world["practice"])[page]).status_code == expected


@pytest.mark.parametrize("page", ["workspace", "participants"])
def test_visitors_are_sent_to_log_in(client, world, page):
    response = client.get(urls(world["practice"])[page])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_overview_shows_the_practice_and_links_to_the_participants(client, world):
    log_in(client, world["participant"])
    content = client.get(urls(world["practice"])["workspace"]).content.decode()
    assert "Eén voordeur" in content
    assert "Tessa Trekker" in content
    assert urls(world["practice"])["participants"] in content


def test_the_participants_page_groups_the_regieteam(client, world):
    PracticeMembership.objects.create(
        practice=world["practice"], member=world["member"], role=PracticeRole.INTERVENTION_PROFESSIONAL
    )
    log_in(client, world["trekker"])
    response = client.get(urls(world["practice"])["participants"])
    groups = {group["key"]: {m.member.first_name for m in group["memberships"]} for group in response.context["groups"]}
    assert groups == {"steering": {"Tessa"}, "others": {"Pim", "Mila"}}


def test_a_participant_sees_the_team_but_no_way_to_change_it(client, world):
    team.invite(world["trekker"], world["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    log_in(client, world["participant"])
    content = client.get(urls(world["practice"])["participants"]).content.decode()
    assert "Tessa Trekker" in content
    assert "nieuw@zwolle.example" not in content
    assert reverse("practices:invite", args=[world["practice"].pk]) not in content


@pytest.mark.parametrize("who", ["participant", "other_practice", "member"])
def test_only_managers_can_post_changes(client, world, who):
    log_in(client, world[who])
    practice = world["practice"]
    pim = PracticeMembership.objects.get(member=world["participant"])
    responses = [
        client.post(reverse("practices:invite", args=[practice.pk]), {"email": "x@y.example", "role": "participant"}),
        client.post(reverse("practices:change_role", args=[practice.pk, pim.pk]), {"role": "lead"}),
        client.post(reverse("practices:remove_participant", args=[practice.pk, pim.pk])),
    ]
    assert [response.status_code for response in responses] == [404, 404, 404]
    assert PracticeMembership.objects.get(pk=pim.pk).role == PracticeRole.PARTICIPANT
    assert not PracticeInvitation.objects.exists()


def test_the_trekker_invites_changes_a_role_and_removes_through_the_pages(client, world):
    log_in(client, world["trekker"])
    practice = world["practice"]
    response = client.post(
        reverse("practices:invite", args=[practice.pk]), {"email": "nieuw@zwolle.example", "role": "adviser"}
    )
    assert response.status_code == 302
    assert PracticeInvitation.objects.get().role == PracticeRole.ADVISER

    pim = PracticeMembership.objects.get(member=world["participant"])
    client.post(reverse("practices:change_role", args=[practice.pk, pim.pk]), {"role": "policy_officer"})
    assert PracticeMembership.objects.get(pk=pim.pk).role == PracticeRole.POLICY_OFFICER

    assert client.get(reverse("practices:remove_participant", args=[practice.pk, pim.pk])).status_code == 200
    client.post(reverse("practices:remove_participant", args=[practice.pk, pim.pk]))
    assert not PracticeMembership.objects.filter(pk=pim.pk).exists()

    invitation = PracticeInvitation.objects.get()
    client.post(reverse("practices:withdraw_invitation", args=[practice.pk, invitation.pk]))
    assert not PracticeInvitation.objects.exists()


def test_inviting_twice_through_the_page_keeps_the_input_and_explains(client, world):
    log_in(client, world["trekker"])
    url = reverse("practices:invite", args=[world["practice"].pk])
    client.post(url, {"email": "nieuw@zwolle.example", "role": "participant"})
    response = client.post(url, {"email": "nieuw@zwolle.example", "role": "adviser"})
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="nieuw@zwolle.example"' in content
    assert "ln-error-summary" in content
    assert PracticeInvitation.objects.count() == 1


def test_removing_the_last_trekker_through_the_page_is_refused_with_a_message(client, world):
    log_in(client, world["trekker"])
    tessa = PracticeMembership.objects.get(member=world["trekker"])
    response = client.post(reverse("practices:remove_participant", args=[world["practice"].pk, tessa.pk]))
    assert response.status_code == 302
    assert messages_of(response)
    assert PracticeMembership.objects.filter(pk=tessa.pk).exists()


def test_a_membership_of_another_practice_cannot_be_reached_by_changing_the_id(client, world):
    log_in(client, world["trekker"])
    olga = PracticeMembership.objects.get(member=world["other_practice"])
    response = client.post(reverse("practices:remove_participant", args=[world["practice"].pk, olga.pk]))
    assert response.status_code == 404
    assert PracticeMembership.objects.filter(pk=olga.pk).exists()


# The invitation link


@pytest.fixture
def invitation(world):
    return team.invite(world["trekker"], world["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)


def test_a_visitor_is_led_to_sign_up_with_the_address_filled_in(client, invitation):
    url = reverse("practices:invitation", args=[invitation.token])
    response = client.get(url)
    assert response.status_code == 200
    assert "email=nieuw%40zwolle.example" in response.context["signup_url"]
    assert "next=" in response.context["login_url"]
    signup = client.get(response.context["signup_url"]).content.decode()
    assert 'value="nieuw@zwolle.example"' in signup


def test_the_invited_member_accepts_and_lands_in_the_workspace(client, world, invitation):
    newcomer = MemberFactory(email="nieuw@zwolle.example")
    log_in(client, newcomer)
    url = reverse("practices:invitation", args=[invitation.token])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response["Location"] == reverse("practices:workspace", args=[world["practice"].pk])
    assert PracticeMembership.objects.filter(member=newcomer, practice=world["practice"]).exists()
    # Following the link again goes straight to the workspace.
    assert client.get(url)["Location"] == reverse("practices:workspace", args=[world["practice"].pk])


def test_a_member_with_another_address_gets_an_explanation(client, world, invitation):
    log_in(client, world["member"])
    url = reverse("practices:invitation", args=[invitation.token])
    response = client.get(url)
    assert response.status_code == 403
    assert response.context["state"] == "other_address"
    assert client.post(url).status_code == 403
    assert not PracticeMembership.objects.filter(member=world["member"]).exists()


def test_an_unknown_or_used_token_says_so(client, world, invitation):
    assert client.get(reverse("practices:invitation", args=["onzin"])).status_code == 404
    team.accept_invitation(MemberFactory(email="nieuw@zwolle.example"), invitation)
    log_in(client, world["member"])
    response = client.get(reverse("practices:invitation", args=[invitation.token]))
    assert response.status_code == 404
    assert response.context["state"] == "used"


def test_my_practices_lists_the_practices_i_take_part_in(client, world):
    log_in(client, world["participant"])
    content = client.get(reverse("practices:my_practices")).content.decode()
    assert "Eén voordeur" in content
    assert "Wijkteams Deventer" not in content
    assert reverse("practices:workspace", args=[world["practice"].pk]) in content


@pytest.mark.parametrize("page", ["workspace", "participants"])
@pytest.mark.parametrize("who", ["trekker", "participant", "editor"])
def test_the_workspace_pages_need_at_most_15_queries(client, world, django_assert_max_num_queries, page, who):
    """The count stays the same however many take part: tests/project/test_query_counts.py."""
    for number in range(5):
        team.invite(world["trekker"], world["practice"], f"nieuw{number}@zwolle.example", PracticeRole.PARTICIPANT)
        team.invite(world["trekker"], world["practice"], MemberFactory().email, PracticeRole.PROFESSIONAL)
    log_in(client, world[who])
    url = urls(world["practice"])[page]
    client.get(url)  # caches that fill once per process
    with django_assert_max_num_queries(15):
        assert client.get(url).status_code == 200


def test_a_trekker_who_leaves_lands_on_my_practices(client, world):
    pim = PracticeMembership.objects.get(member=world["participant"])
    team.change_role(world["trekker"], pim, PracticeRole.LEAD)
    tessa = PracticeMembership.objects.get(member=world["trekker"])
    log_in(client, world["trekker"])
    response = client.post(reverse("practices:remove_participant", args=[world["practice"].pk, tessa.pk]))
    assert response["Location"] == reverse("practices:my_practices")
    assert client.get(urls(world["practice"])["workspace"]).status_code == 404
