"""axe-core (WCAG 2.1 A and AA) on the pages of issue 14 that the journeys in
test_networks.py, test_organise_meetings.py and test_evaluation.py do not reach: a network's
"what we learned" (visitor and member), asking to join with an error, leaving and removing
someone (the pages that ask first), the invitation link in each state a member can meet it
in, the practice's meetings page and a meeting's evaluation results. One test per audience,
each collecting every page's violations (test_accessibility.Audit)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from events.evaluation_records import EvaluationQuestion, StandardQuestion
from events.services import Choice, register_member
from forum import services as forum_services
from forum.models import Category
from networks import membership
from networks.models import NetworkMembership
from tests import pages
from tests.browser.support import expect, in_thread, log_in
from tests.browser.test_accessibility import Audit
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def report(text):
    return json.dumps(
        [{"type": "heading", "value": {"text": "Wat we bespraken"}}, {"type": "paragraph", "value": f"<p>{text}</p>"}]
    )


def build():
    coordinator = MemberFactory(first_name="Sanne", last_name="Bakker", email="trekker@zwolle.example")
    member = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    outsider = MemberFactory(first_name="Femke", last_name="van Wijk", email="femke@tiel.example")
    network = pages.network(
        "Armoede en schulden", mode="request", coordinators=[coordinator], members=[member], themes=[]
    )
    pages.event_index()
    lesson = pages.lesson("Praat over rondkomen, niet over schulden")
    thread = forum_services.start_thread(
        coordinator, Category.objects.get(network=network), title="Na de bijeenkomst", body="Wat namen jullie mee?"
    )
    meeting = pages.event(
        "Leernetwerk armoede: praten over rondkomen",
        start=timezone.now() - timedelta(days=7),
        network=network,
        report=report("De deelnemers wisselden uit welke woorden werken."),
        evaluation_enabled=True,
    )
    meeting.related_lessons = [lesson]
    meeting.discussion = thread
    meeting.save_revision().publish()
    members_only = pages.event(
        "Besloten casusoverleg",
        start=timezone.now() - timedelta(days=60),
        network=network,
        circle_only=True,
        report=report("Twee casussen uit Zwolle."),
    )
    shelf_lesson = pages.lesson("Signaal van een betalingsachterstand snel opvolgen")
    network.shelf_items.create(page=shelf_lesson, sort_order=1)
    for position, standard in enumerate(StandardQuestion):
        EvaluationQuestion.objects.create(event=meeting, standard=standard, sort_order=position)
    register_member(meeting, member, Choice(), by_editor=True)
    return {
        "coordinator": coordinator,
        "member": member,
        "outsider": outsider,
        "network": network,
        "meeting": meeting,
        "members_only": members_only,
    }


def learned_url(network):
    return f"/leernetwerken/netwerk/{network.pk}/wat-we-geleerd-hebben/"


def test_what_visitors_and_outsiders_see_of_a_networks_pages_has_no_axe_violations(new_context):
    world = build()
    network = world["network"]
    invitation = in_thread(membership.invite, world["coordinator"], network, "nieuw@gemeente.example")

    visitor = new_context().new_page()
    audit = Audit(visitor)
    audit.visit("what we learned (visitor)", learned_url(network))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Wat we geleerd hebben")
    expect(visitor.get_by_text("De deelnemers wisselden uit welke woorden werken.")).to_be_visible()
    expect(visitor.get_by_text("Twee casussen uit Zwolle.")).to_have_count(0)
    audit.visit("invitation link (visitor)", f"/leernetwerken/uitnodiging/{invitation.token}/")
    assert audit.visit("invitation link (unknown)", "/leernetwerken/uitnodiging/onbekend/").status == 404

    outsider = new_context().new_page()
    log_in(outsider, world["outsider"].email, PASSWORD)
    audit.page = outsider
    assert (
        audit.visit("invitation link (another address)", f"/leernetwerken/uitnodiging/{invitation.token}/").status
        == 403
    )
    outsider.goto(f"/leernetwerken/netwerk/{network.pk}/aanvragen/")
    audit.check("ask to join (form)")
    message = outsider.get_by_label("Bericht aan de coördinatoren")
    message.evaluate("field => field.removeAttribute('maxlength')")  # as a browser that ignores it
    message.fill("x" * 2100)
    outsider.get_by_role("button", name="Aanvraag versturen").click()
    expect(outsider.get_by_role("alert")).to_be_visible()
    audit.check("ask to join with an error")
    audit.visit("what we learned (outsider)", learned_url(network))
    audit.assert_clean()


def test_what_members_and_coordinators_see_of_a_networks_pages_has_no_axe_violations(new_context):
    world = build()
    network = world["network"]
    invited = MemberFactory(first_name="Hilde", email="hilde@midden-groningen.example")
    invitation = in_thread(membership.invite, world["coordinator"], network, invited.email)

    member = new_context().new_page()
    log_in(member, world["member"].email, PASSWORD)
    audit = Audit(member)
    member.goto(network.url)
    member.get_by_role("link", name="Wat we geleerd hebben").click()
    expect(member.get_by_text("Twee casussen uit Zwolle.")).to_be_visible()  # only for members
    expect(member.get_by_role("link", name="Na de bijeenkomst")).to_be_visible()
    audit.check("what we learned (member)")
    audit.visit("leave (asks first)", f"/leernetwerken/netwerk/{network.pk}/verlaten/")

    newcomer = new_context().new_page()
    log_in(newcomer, invited.email, PASSWORD)
    audit.page = newcomer
    audit.visit("invitation link (ready to accept)", f"/leernetwerken/uitnodiging/{invitation.token}/")

    coordinator = new_context().new_page()
    log_in(coordinator, world["coordinator"].email, PASSWORD)
    audit.page = coordinator
    target = NetworkMembership.objects.get(network=network, member=world["member"])
    audit.visit(
        "remove a member (asks first)", f"/leernetwerken/netwerk/{network.pk}/beheer/leden/{target.pk}/verwijderen/"
    )
    audit.visit("evaluation results (coordinator)", f"/mijn-bijeenkomsten/{world['meeting'].pk}/evaluatie/resultaten/")
    audit.visit("what we learned (coordinator)", learned_url(network))
    audit.assert_clean()


def test_the_practices_meetings_page_has_no_axe_violations(page):
    trekker = MemberFactory(first_name="Annemieke", email="trekker@zwolle.example")
    practice = pages.practice("Eén voordeur", leads=[trekker])
    pages.event_index()
    pages.event("Wijkavond", start=timezone.now() + timedelta(days=10), organising_practice=practice, circle_only=True)
    pages.event("Vorige wijkavond", start=timezone.now() - timedelta(days=30), organising_practice=practice)
    log_in(page, trekker.email, PASSWORD)
    audit = Audit(page)
    audit.visit("practice's meetings", f"/mijn-bijeenkomsten/praktijk/{practice.pk}/")
    expect(page.get_by_role("link", name="Wijkavond", exact=True)).to_be_visible()
    audit.assert_clean()
