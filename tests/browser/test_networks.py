"""Learning networks in the browser: a member asks to join with a message, a coordinator
accepts on the management page, and the member reads the network's closed discussion, where
a new message appears live. axe (WCAG 2.1 A/AA) checks the network's page in each state and
the management page, also with an error."""

import pytest

from forum import services as forum_services
from forum.models import Category
from members.roles import Role
from networks import membership
from networks.models import NetworkMembership
from tests import pages
from tests.browser.support import assert_accessible, expect, in_thread, log_in
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIVE = "Live: nieuwe berichten verschijnen vanzelf"


def build():
    coordinator = MemberFactory(first_name="Nadia", last_name="El Idrissi", roles=[Role.EDITOR])
    trekker = MemberFactory(first_name="Sanne", last_name="Bakker", email="trekker@zwolle.example")
    member = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    network = pages.network(
        "Toegang en integraal werken",
        mode="request",
        themes=[pages.theme("toegang")],
        coordinators=[trekker, coordinator],
        summary="Trekkers en professionals leren van elkaars aanpak van de toegang.",
    )
    lesson = pages.lesson("Een vaste contactpersoon mag doorbeslissen", themes=[pages.theme("toegang")])
    network.shelf_items.create(page=lesson, sort_order=1)
    thread = forum_services.start_thread(
        trekker, Category.objects.get(network=network), title="Casus: drie loketten", body="Wie herkent dit?"
    )
    return {"coordinator": coordinator, "trekker": trekker, "member": member, "network": network, "thread": thread}


def test_ask_to_join_the_coordinator_accepts_and_the_member_reads_the_closed_discussion_live(new_context):
    world = build()
    network, thread = world["network"], world["thread"]
    member_page, trekker_page = new_context().new_page(), new_context().new_page()

    # Bram asks to join, with a message; the page says it waits.
    log_in(member_page, world["member"].email, PASSWORD)
    member_page.goto(network.url)
    expect(member_page.get_by_text("Casus: drie loketten")).to_have_count(0)
    assert_accessible(member_page)
    member_page.get_by_label("Bericht aan de coördinatoren").fill("Ik werk aan de toegang in Deventer.")
    member_page.get_by_role("button", name="Lidmaatschap aanvragen").click()
    expect(member_page.get_by_text("Je aanvraag is naar de coördinatoren gestuurd.")).to_be_visible()
    expect(member_page.get_by_role("status").filter(has_text="wacht op een besluit")).to_be_visible()
    assert_accessible(member_page)

    # The trekker (a coordinator) accepts on the management page, with a message.
    log_in(trekker_page, world["trekker"].email, PASSWORD)
    trekker_page.goto(network.url)
    trekker_page.get_by_role("link", name="Netwerk beheren").click()
    expect(trekker_page.get_by_text("Ik werk aan de toegang in Deventer.")).to_be_visible()
    assert_accessible(trekker_page)
    trekker_page.get_by_role("button", name="Besluit versturen").click()  # nothing chosen yet
    expect(trekker_page.get_by_role("alert")).to_be_visible()
    assert_accessible(trekker_page)
    trekker_page.get_by_label("Aannemen").check()
    trekker_page.get_by_label("Bericht aan het lid").fill("Welkom, Bram!")
    trekker_page.get_by_role("button", name="Besluit versturen").click()
    expect(trekker_page.get_by_text("Bram de Vries is nu lid")).to_be_visible()
    assert NetworkMembership.objects.filter(network=network, member=world["member"]).exists()

    # Bram is a member now: the closed discussion is on the network's page, and live.
    member_page.goto(network.url)
    expect(member_page.get_by_text("Je bent lid van dit netwerk.")).to_be_visible()
    assert_accessible(member_page)
    member_page.get_by_role("link", name="Casus: drie loketten").click()
    expect(member_page.get_by_text(LIVE)).to_be_visible()
    member_page.evaluate("window.stillTheSamePage = true")  # gone if the page reloads
    trekker_page.goto(thread.get_absolute_url())
    trekker_page.get_by_label("Je bericht").fill("Welkom Bram, hoe gaat het bij jullie?")
    trekker_page.get_by_role("button", name="Reactie plaatsen").click()
    expect(member_page.get_by_role("article").filter(has_text="Welkom Bram, hoe gaat het")).to_be_visible()
    assert member_page.evaluate("window.stillTheSamePage") is True


def test_what_visitors_and_invited_members_see_of_networks_has_no_axe_violations(new_context):
    world = build()
    # The bell hears of it after commit (a broadcast): in a thread of its own (support.in_thread).
    invitation = in_thread(membership.invite, world["trekker"], world["network"], world["member"].email)
    visitor = new_context().new_page()
    visitor.goto(world["network"].get_parent().url)
    expect(visitor.get_by_role("link", name="Toegang en integraal werken")).to_be_visible()
    assert_accessible(visitor)
    visitor.goto(world["network"].url)
    expect(visitor.get_by_text("Casus: drie loketten")).to_have_count(0)
    assert_accessible(visitor)
    visitor.goto(f"/leernetwerken/uitnodiging/{invitation.token}/")
    assert_accessible(visitor)

    invited = new_context().new_page()
    log_in(invited, world["member"].email, PASSWORD)
    invited.goto(world["network"].url)
    invited.get_by_role("button", name="Uitnodiging aannemen").click()
    expect(invited.get_by_text("Welkom bij Toegang en integraal werken.")).to_be_visible()
    assert_accessible(invited)
