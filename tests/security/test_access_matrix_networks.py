"""The learning networks' access matrix: every page and action of a network, for each role
the issue names. Roles: visitor, member of the site who is not in the network (non_member),
network member, coordinator (a member the editors made coordinator), trekker (a municipal
lead who is an ordinary member of the network: the site role gives nothing extra), editor
(staff, not a member). The sockets of the closed discussions are in tests/networks/test_sockets.py.

Outcomes as in test_access_matrix: "ok", "login", "refused" (403/404), "redirect"."""

import pytest
from django.urls import reverse

from forum.models import Category
from members.roles import Role
from networks import membership, shelf
from networks.models import NetworkInvitation, NetworkMembership, NetworkRole, RequestStatus, ShelfItem
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_access_matrix import outcome
from tests.support.second_factor import log_in

ROLES = ["visitor", "non_member", "network_member", "coordinator", "trekker", "editor"]
IN_NETWORK = ["network_member", "coordinator", "trekker"]


@pytest.fixture
def world(db):
    people = {
        "non_member": MemberFactory(first_name="Buiten"),
        "network_member": MemberFactory(first_name="Lid"),
        "coordinator": MemberFactory(first_name="Coördinator"),
        "trekker": MemberFactory(first_name="Trekker", roles=[Role.MUNICIPAL_LEAD]),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
        "applicant": MemberFactory(first_name="Aanvrager"),
    }
    network = pages.network(
        "Toegang en integraal werken",
        mode="request",
        coordinators=[people["coordinator"]],
        members=[people["network_member"], people["trekker"]],
    )
    request = membership.request_membership(people["applicant"], network, "Graag!")
    invitation = membership.invite(people["coordinator"], network, "nieuw@gemeente.example")
    target = NetworkMembership.objects.get(network=network, member=people["network_member"])
    lesson = pages.lesson("Een les")
    item = shelf.add_to_shelf(people["coordinator"], network, lesson)
    return {
        "people": people,
        "network": network,
        "request": request,
        "invitation": invitation,
        "membership": target,
        "lesson": lesson,
        "item": item,
        "space": Category.objects.get(network=network),
    }


def expect(**outcomes):
    """Refused unless named; a visitor is asked to log in."""
    table = dict.fromkeys(ROLES, "refused")
    table["visitor"] = "login"
    table.update(outcomes)
    return table


def as_(client, world, role):
    if role != "visitor":
        log_in(client, world["people"][role])


MANAGERS = expect(coordinator="ok", editor="ok")
SIGNED_IN_OK = expect(**dict.fromkeys(ROLES[1:], "ok"))

# GET pages: (url name, extra arguments from the world, expected).
PAGES = {
    "management page": ("manage", {}, MANAGERS),
    "remove a member (asks first)": ("remove_member", {"membership_id": "membership"}, MANAGERS),
    "ask to join (form)": ("request", {}, SIGNED_IN_OK),
    "leave (asks first)": ("leave", {}, expect(**dict.fromkeys(IN_NETWORK, "ok"))),
}


@pytest.mark.parametrize("case", list(PAGES))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_it_should_on_the_networks_pages(client, world, role, case):
    name, arguments, expected = PAGES[case]
    kwargs = {"network_id": world["network"].pk, **{key: world[value].pk for key, value in arguments.items()}}
    as_(client, world, role)
    assert outcome(client.get(reverse(f"networks:{name}", kwargs=kwargs))) == expected[role]


@pytest.mark.parametrize("role", ROLES)
def test_the_network_page_and_index_are_public_and_the_manage_link_is_for_managers(client, world, role):
    as_(client, world, role)
    page = client.get(world["network"].url)
    assert outcome(page) == outcome(client.get(world["network"].get_parent().url)) == "ok"
    shows_manage = reverse("networks:manage", args=[world["network"].pk]) in page.content.decode()
    assert shows_manage == (role in ("coordinator", "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_only_members_and_staff_read_the_closed_discussions(client, world, role):
    as_(client, world, role)
    expected = expect(**dict.fromkeys([*IN_NETWORK, "editor"], "ok"))
    assert outcome(client.get(world["space"].get_absolute_url())) == expected[role]


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_editors_decide_a_request(client, world, role):
    as_(client, world, role)
    url = reverse("networks:decide", args=[world["network"].pk, world["request"].pk])
    prefix = f"request-{world['request'].pk}"
    response = client.post(url, {f"{prefix}-decision": "accept", f"{prefix}-message": "Welkom"})
    assert outcome(response) == expect(coordinator="redirect", editor="redirect")[role]
    world["request"].refresh_from_db()
    assert (world["request"].status == RequestStatus.ACCEPTED) == (role in ("coordinator", "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_editors_invite_change_roles_remove_and_fill_the_shelf(client, world, role):
    as_(client, world, role)
    network_id = world["network"].pk
    may = role in ("coordinator", "editor")
    expected = "redirect" if may else ("login" if role == "visitor" else "refused")
    responses = [
        client.post(
            reverse("networks:invite", args=[network_id]), {"email": "ander@gemeente.example", "role": "member"}
        ),
        client.post(
            reverse("networks:change_role", args=[network_id, world["membership"].pk]), {"role": "coordinator"}
        ),
        client.post(reverse("networks:shelf_remove", args=[network_id, world["item"].pk])),
        client.post(reverse("networks:withdraw_invitation", args=[network_id, world["invitation"].pk])),
    ]
    assert [outcome(response) for response in responses] == [expected] * 4
    assert NetworkInvitation.objects.filter(email="ander@gemeente.example").exists() == may
    assert NetworkMembership.objects.get(pk=world["membership"].pk).role == (
        NetworkRole.COORDINATOR if may else NetworkRole.MEMBER
    )
    assert ShelfItem.objects.filter(pk=world["item"].pk).exists() != may
    removed = client.post(reverse("networks:remove_member", args=[network_id, world["membership"].pk]))
    assert outcome(removed) == expected
    assert NetworkMembership.objects.filter(pk=world["membership"].pk).exists() != may


@pytest.mark.parametrize("role", ROLES)
def test_joining_an_open_network_is_for_signed_in_members(client, world, role):
    open_network = pages.network("Armoede en schulden", mode="open", coordinators=[world["people"]["coordinator"]])
    as_(client, world, role)
    response = client.post(reverse("networks:join", args=[open_network.pk]))
    assert outcome(response) == ("login" if role == "visitor" else "redirect")
    joined = role in ("non_member", "network_member", "trekker", "editor")  # the coordinator is one already
    assert NetworkMembership.objects.filter(network=open_network).count() == 1 + joined


@pytest.mark.parametrize("role", ROLES)
def test_asking_to_join_is_refused_to_those_inside_and_a_visitor_logs_in_first(client, world, role):
    as_(client, world, role)
    response = client.post(reverse("networks:request", args=[world["network"].pk]), {"message": "Mag ik erbij?"})
    assert outcome(response) == ("login" if role == "visitor" else "redirect")
    asked = world["network"].membership_requests.filter(message="Mag ik erbij?").exists()
    assert asked == (role in ("non_member", "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_an_invitation_link_is_accepted_only_by_its_verified_address(client, world, role):
    as_(client, world, role)
    url = reverse("networks:invitation", args=[world["invitation"].token])
    response = client.post(url)
    assert outcome(response) == ("ok" if role == "visitor" else "refused")
    world["invitation"].refresh_from_db()
    assert world["invitation"].is_open
    invited = MemberFactory(email="nieuw@gemeente.example")
    log_in(client, invited)
    assert outcome(client.post(url)) == "redirect"
    assert NetworkMembership.objects.filter(network=world["network"], member=invited).exists()


# Meetings of the network (events.organisers): made, changed and cancelled by its
# coordinators and the editors; a meeting only for the network is seen by its members and
# the editors, and by no one else anywhere.


def network_meeting(world):
    from datetime import timedelta

    from django.utils import timezone

    from events import organising

    pages.event_index()
    start = timezone.now() + timedelta(days=10)
    details = organising.MeetingDetails(
        title="Casusoverleg netwerk", summary="Casussen.", start=start, end=start + timedelta(hours=2), venue="Zwolle"
    )
    event, _outcome = organising.create_meeting(world["people"]["coordinator"], details, network=world["network"])
    return event


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_editors_organise_change_and_cancel_the_networks_meetings(client, world, role):
    event = network_meeting(world)
    as_(client, world, role)
    urls = [
        reverse("events:organise_for_network", args=[world["network"].pk]),
        reverse("events:organise_change", args=[event.pk]),
        reverse("events:organise_cancel", args=[event.pk]),
    ]
    assert [outcome(client.get(url)) for url in urls] == [MANAGERS[role]] * 3
    response = client.post(reverse("events:organise_cancel", args=[event.pk]))
    assert outcome(response) == expect(coordinator="redirect", editor="redirect")[role]
    event.refresh_from_db()
    assert event.is_cancelled == (role in ("coordinator", "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_a_meeting_only_for_the_network_is_seen_by_its_members_and_the_editors_only(client, world, role):
    event = network_meeting(world)
    as_(client, world, role)
    sees = role in (*IN_NETWORK, "editor")
    assert outcome(client.get(event.url)) == ("ok" if sees else "refused")
    assert outcome(client.get(event.url + "ical/")) == ("ok" if sees else "refused")
    assert ("Casusoverleg netwerk" in client.get(world["network"].url).content.decode()) == sees
    # Never in the calendar, its month view, its feed, the home page or search.
    index = event.get_parent().url
    month = timezone_month(event)
    for url in (index, f"{index}?weergave=maand&maand={month}", f"{index}ical/", "/", "/zoeken/?q=Casusoverleg"):
        assert "Casusoverleg netwerk" not in client.get(url).content.decode(), url


def timezone_month(event):
    from django.utils import timezone

    return timezone.localtime(event.start).strftime("%Y-%m")


# The rest of a member's way in and out, the shelf, the invitation link's page, the
# network's "what we learned" and its meetings' evaluation results.


@pytest.mark.parametrize("role", ROLES)
def test_only_the_applicant_withdraws_their_request(client, world, role):
    as_(client, world, role)
    response = client.post(reverse("networks:withdraw_request", args=[world["network"].pk]))
    assert outcome(response) == ("login" if role == "visitor" else "redirect")
    world["request"].refresh_from_db()
    assert world["request"].is_pending  # nobody else's request is touched
    log_in(client, world["people"]["applicant"])
    client.post(reverse("networks:withdraw_request", args=[world["network"].pk]))
    assert not world["network"].membership_requests.filter(pk=world["request"].pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_leaving_is_for_those_inside_and_the_only_coordinator_stays(client, world, role):
    as_(client, world, role)
    response = client.post(reverse("networks:leave", args=[world["network"].pk]))
    expected = expect(**dict.fromkeys(IN_NETWORK, "redirect"))
    assert outcome(response) == expected[role]
    members_after = set(NetworkMembership.objects.filter(network=world["network"]).values_list("member", flat=True))
    left = {name for name in IN_NETWORK if world["people"][name].pk not in members_after}
    # Ordinary members leave; the only coordinator stays (the network keeps one); others change nothing.
    assert left == ({role} if role in ("network_member", "trekker") else set())


@pytest.mark.parametrize("role", ROLES)
def test_accepting_an_invitation_on_the_networks_page_is_for_the_invited_address_only(client, world, role):
    as_(client, world, role)
    response = client.post(reverse("networks:accept", args=[world["network"].pk]))
    assert outcome(response) == ("login" if role == "visitor" else "redirect")
    world["invitation"].refresh_from_db()
    assert world["invitation"].is_open
    invited = MemberFactory(email="nieuw@gemeente.example")
    log_in(client, invited)
    client.post(reverse("networks:accept", args=[world["network"].pk]))
    assert NetworkMembership.objects.filter(network=world["network"], member=invited).exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_editors_put_something_on_the_shelf(client, world, role):
    other = pages.lesson("Nog een les")
    as_(client, world, role)
    response = client.post(reverse("networks:shelf_add", args=[world["network"].pk]), {"page": other.pk})
    assert outcome(response) == expect(coordinator="redirect", editor="redirect")[role]
    assert ShelfItem.objects.filter(network=world["network"], page=other).exists() == (
        role in ("coordinator", "editor")
    )


@pytest.mark.parametrize("role", ROLES)
def test_the_invitation_links_page_shows_a_visitor_the_way_in_and_refuses_other_addresses(client, world, role):
    as_(client, world, role)
    response = client.get(reverse("networks:invitation", args=[world["invitation"].token]))
    assert outcome(response) == ("ok" if role == "visitor" else "refused")
    assert outcome(client.get(reverse("networks:invitation", args=["onbekend"]))) == "refused"


def past_network_meeting(world, title, **fields):
    import json
    from datetime import timedelta

    from django.utils import timezone

    pages.event_index()
    report = json.dumps([{"type": "paragraph", "value": f"<p>Verslag van {title}.</p>"}])
    return pages.event(
        title, start=timezone.now() - timedelta(days=10), network=world["network"], report=report, **fields
    )


@pytest.mark.parametrize("role", ROLES)
def test_what_we_learned_is_public_and_a_members_only_report_is_for_members_and_editors(client, world, role):
    past_network_meeting(world, "Open middag")
    past_network_meeting(world, "Besloten casusoverleg", circle_only=True)
    as_(client, world, role)
    response = client.get(reverse("learned:network", args=[world["network"].pk]))
    assert outcome(response) == "ok"
    html = response.content.decode()
    assert "Verslag van Open middag." in html
    assert ("Verslag van Besloten casusoverleg." in html) == (role in (*IN_NETWORK, "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_the_evaluation_results_of_a_network_meeting_are_for_its_coordinators_and_the_editors(client, world, role):
    meeting = past_network_meeting(world, "Geëvalueerd", evaluation_enabled=True)
    as_(client, world, role)
    for name in ("events:evaluation_results", "events:evaluation_results_csv"):
        response = client.get(reverse(name, args=[meeting.pk]))
        assert outcome(response) == MANAGERS[role], name
    # No one of these roles attended: the form itself is for confirmed attendees only.
    assert outcome(client.get(reverse("events:evaluation", args=[meeting.pk]))) == expect()[role]
