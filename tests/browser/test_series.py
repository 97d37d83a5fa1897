"""A series of sessions in the browser: a network's coordinator makes a series on the site
(the form, also with errors), a member of the network registers for it on a session's page
and cancels one session on the series' page. Axe (WCAG 2.1 A/AA) on the series form with
and without errors, the series page and a session's page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventSeries, Registration, RegistrationStatus
from tests import pages
from tests.browser.support import assert_accessible, expect, log_in
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def day(days_ahead):
    return timezone.localtime(timezone.now() + timedelta(days=days_ahead)).strftime("%Y-%m-%d")


def test_a_coordinator_makes_a_series_and_a_member_registers_and_cancels_one_session(new_context):
    coordinator = MemberFactory(first_name="Sanne", last_name="Bakker", email="trekker@zwolle.example")
    member = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    pages.event_index()
    network = pages.network("Toegang en integraal werken", coordinators=[coordinator], members=[member])

    page = new_context().new_page()
    log_in(page, coordinator.email, PASSWORD)
    page.goto(network.url)
    page.get_by_role("link", name="Reeks organiseren").click()
    expect(page.get_by_role("heading", name="Reeks organiseren", level=1)).to_be_visible()
    assert_accessible(page)

    # One session only, and no summary: the form says what is wrong and keeps the rest.
    page.get_by_label("Titel").fill("Leerreeks toegang 2027")
    page.locator("#id_sessies-0-start").fill(f"{day(20)}T19:30")
    page.locator("#id_sessies-0-end").fill(f"{day(20)}T21:30")
    page.get_by_role("button", name="Reeks organiseren").click()
    expect(page.get_by_role("heading", name="Niet alles is goed ingevuld")).to_be_visible()
    expect(page.get_by_label("Titel")).to_have_value("Leerreeks toegang 2027")
    expect(page.locator("#id_sessies-0-start")).to_have_value(f"{day(20)}T19:30")
    assert_accessible(page)

    page.get_by_label("Samenvatting").fill("Drie avonden over de voordeur, met casussen uit de praktijk.")
    page.get_by_label("Locatie").fill("Stadskantoor Zwolle")
    page.get_by_label("Aantal plaatsen per sessie").fill("10")
    for row, days_ahead in ((1, 34), (2, 48)):
        page.locator(f"#id_sessies-{row}-start").fill(f"{day(days_ahead)}T19:30")
        page.locator(f"#id_sessies-{row}-end").fill(f"{day(days_ahead)}T21:30")
    page.get_by_role("button", name="Reeks organiseren").click()
    expect(page.get_by_role("heading", name="Leerreeks toegang 2027", level=1)).to_be_visible()
    expect(page.get_by_text("De reeks is gepubliceerd.")).to_be_visible()
    assert_accessible(page)
    series_url = page.url

    other = new_context().new_page()
    log_in(other, member.email, PASSWORD)
    other.goto(series_url)
    other.get_by_role("listitem").filter(has_text="Sessie 2:").get_by_role("link").first.click()
    expect(other.get_by_text("Sessie 2 van 3 van de reeks")).to_be_visible()
    assert_accessible(other)
    other.get_by_role("button", name="Aanmelden voor de reeks").click()
    expect(other.get_by_text("Je bent aangemeld voor de reeks")).to_be_visible()
    expect(other.get_by_role("button", name="Afmelden voor deze sessie")).to_have_count(3)
    assert_accessible(other)

    other.get_by_role("button", name="Afmelden voor deze sessie").nth(1).click()
    expect(other.get_by_text("Je aanmelding is geannuleerd.")).to_be_visible()
    expect(other.get_by_role("button", name="Afmelden voor deze sessie")).to_have_count(2)
    expect(other.get_by_role("link", name="Opnieuw aanmelden voor deze sessie")).to_be_visible()

    made = EventSeries.objects.get()
    statuses = list(
        Registration.objects.filter(member=member, event__series=made)
        .order_by("event__start")
        .values_list("status", flat=True)
    )
    assert statuses == [RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED]
