"""A network's coordinator organises a meeting on the site: the form (also with errors),
the published meeting and the network's page listing it have no axe (WCAG 2.1 A/AA)
violations, and a member of the network sees the meeting."""

import pytest

from tests import pages
from tests.browser.support import assert_accessible, expect, log_in
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_coordinator_organises_a_meeting_for_the_network_and_a_member_sees_it(new_context):
    coordinator = MemberFactory(first_name="Sanne", last_name="Bakker", email="trekker@zwolle.example")
    member = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    pages.event_index()
    network = pages.network("Toegang en integraal werken", coordinators=[coordinator], members=[member])

    page = new_context().new_page()
    log_in(page, coordinator.email, PASSWORD)
    page.goto(network.url)
    page.get_by_role("link", name="Bijeenkomst organiseren").first.click()
    expect(page.get_by_role("heading", name="Bijeenkomst organiseren", level=1)).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Titel").fill("Casusoverleg toegang")
    page.get_by_role("button", name="Bijeenkomst organiseren").click()
    expect(page.get_by_role("heading", name="Bijeenkomst organiseren", level=1)).to_be_visible()
    expect(page.get_by_label("Titel")).to_have_value("Casusoverleg toegang")  # kept after errors
    assert_accessible(page)

    page.get_by_label("Samenvatting").fill("We bespreken twee casussen.")
    page.get_by_label("Begin", exact=True).fill("2030-03-14T19:30")
    page.get_by_label("Einde", exact=True).fill("2030-03-14T21:30")
    page.get_by_label("Locatie").fill("Stadskantoor Zwolle")
    page.get_by_role("button", name="Bijeenkomst organiseren").click()
    expect(page.get_by_role("heading", name="Casusoverleg toegang", level=1)).to_be_visible()
    expect(page.get_by_text("De bijeenkomst is gepubliceerd.")).to_be_visible()
    assert_accessible(page)

    other = new_context().new_page()
    log_in(other, member.email, PASSWORD)
    other.goto(network.url)
    expect(other.get_by_role("link", name="Casusoverleg toegang")).to_be_visible()
    assert_accessible(other)
