"""A network's coordinator uses the organisers' tools for a meeting: opens the attendee list
from the meeting's page, writes to the waitlist (first without filling in the form), sees
the message in the log, and switches the evaluation on. The attendee list, the message form
with its errors and the evaluation settings have no axe (WCAG 2.1 A/AA) violations."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events import organising
from events.services import Choice, register_member
from tests import pages
from tests.browser.support import assert_accessible, expect, log_in
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_coordinator_writes_to_the_waitlist_and_switches_the_evaluation_on(new_context):
    coordinator = MemberFactory(first_name="Sanne", last_name="Bakker", email="trekker@zwolle.example")
    seated = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    waiting = MemberFactory(first_name="Fatima", last_name="El Amrani", email="fatima@arnhem.example")
    pages.event_index()
    network = pages.network("Toegang en integraal werken", coordinators=[coordinator], members=[seated, waiting])
    start = timezone.now() + timedelta(days=14)
    event, _outcome = organising.create_meeting(
        coordinator,
        organising.MeetingDetails(
            title="Casusoverleg toegang",
            summary="We bespreken twee casussen.",
            start=start,
            end=start + timedelta(hours=2),
            venue="Stadskantoor Zwolle",
            capacity=1,
        ),
        network=network,
    )
    register_member(event, seated, Choice())
    register_member(event, waiting, Choice())  # the meeting is full: on the waitlist

    page = new_context().new_page()
    log_in(page, coordinator.email, PASSWORD)
    page.goto(event.url)
    page.get_by_role("link", name="Deelnemers en berichten").click()
    expect(page.get_by_role("heading", name="Deelnemers", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Wachtlijst (1)")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Fatima El Amrani")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Bericht aan de deelnemers").first.click()
    expect(page.get_by_role("heading", name="Bericht aan de deelnemers", level=1)).to_be_visible()
    page.get_by_label("Onderwerp").fill("Er komt misschien een plek vrij")
    page.get_by_role("button", name="Verstuur het bericht").click()
    expect(page.get_by_text("Kies aan wie je het bericht stuurt.").first).to_be_visible()
    expect(page.get_by_label("Onderwerp")).to_have_value("Er komt misschien een plek vrij")  # kept after errors
    assert_accessible(page)

    page.get_by_label("De wachtlijst (1)").check()
    page.get_by_label("Bericht", exact=True).fill("Wil je nog komen? Laat het ons weten.")
    page.get_by_role("button", name="Verstuur het bericht").click()
    expect(page.get_by_text("Je bericht is verstuurd aan 1 deelnemer.")).to_be_visible()
    log = page.get_by_role("region", name="Verstuurde berichten aan de deelnemers")
    expect(log.get_by_role("heading", name="Er komt misschien een plek vrij")).to_be_visible()
    expect(log.get_by_text("Wil je nog komen? Laat het ons weten.")).to_be_visible()

    page.get_by_role("link", name="Evaluatie", exact=True).click()
    expect(page.get_by_role("heading", name="Evaluatie instellen", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Nodig de deelnemers na afloop uit voor een evaluatie").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Kies ten minste één vraag voordat je de evaluatie aanzet.").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Hoe waardeer je de bijeenkomst als geheel?", exact=False).check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De instellingen van de evaluatie zijn opgeslagen.")).to_be_visible()
    expect(page.get_by_text("blijft 14 dagen open")).to_be_visible()
