"""Journeys around a meeting: registering (once by keyboard only), the .ics, cancelling,
and the waitlist that fills itself when someone else cancels."""

import icalendar
import pytest
from django.core import mail

from events import services
from events.models import Registration, RegistrationStatus
from tests import pages
from tests.browser.support import assert_accessible, assert_focus_visible, expect, focused, in_thread, log_in, tab_to
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUESTION = {"label": "Wat wil je die dag leren?", "required": True}


def registration_panel(page):
    return page.get_by_role("complementary", name="Aanmelden")


def test_register_download_the_calendar_file_and_cancel(page):
    member = MemberFactory(first_name="Sanne", email="sanne@zwolle.example")
    event = pages.event("Landelijke bijeenkomst: toegang die werkt", questions=[QUESTION], capacity_in_person=40)
    log_in(page, member.email, PASSWORD)
    page.goto(event.url)

    # The required question left open: the form says so, and stays accessible.
    registration_panel(page).get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("Wat wil je die dag leren?")
    expect(page.get_by_label("Wat wil je die dag leren?")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.get_by_label("Wat wil je die dag leren?").fill("Hoe andere gemeenten de voordeur organiseren")
    registration_panel(page).get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("status")).to_contain_text("Je bent aangemeld.")
    expect(registration_panel(page).get_by_text("Aangemeld", exact=True)).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Zet in mijn agenda (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    [meeting] = calendar.walk("VEVENT")
    assert str(meeting["SUMMARY"]) == event.title
    assert meeting.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert meeting.decoded("DTEND") == event.end.replace(microsecond=0)
    assert str(meeting["UID"]).startswith(f"event-{event.pk}@")

    registration_panel(page).get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("status")).to_contain_text("Je aanmelding is geannuleerd.")
    expect(registration_panel(page).get_by_role("button", name="Aanmelden")).to_be_visible()
    assert Registration.objects.get(member=member).status == RegistrationStatus.CANCELLED


def test_a_full_meeting_puts_you_on_the_waitlist_and_a_cancellation_gives_you_the_seat(page):
    member = MemberFactory(first_name="Sanne", email="sanne@zwolle.example")
    other = MemberFactory(first_name="Bram", email="bram@deventer.example")
    event = pages.event("Leernetwerk eenzaamheid", capacity_in_person=1)
    seat_holder = in_thread(services.register_member, event, other, services.Choice())
    assert seat_holder.status == RegistrationStatus.CONFIRMED

    log_in(page, member.email, PASSWORD)
    page.goto(event.url)
    expect(registration_panel(page)).not_to_contain_text("Aangemeld")
    registration_panel(page).get_by_role("button", name="Zet me op de wachtlijst").click()
    expect(registration_panel(page).get_by_text("Wachtlijst", exact=True)).to_be_visible()
    expect(registration_panel(page)).to_contain_text("nummer 1 op de wachtlijst")

    in_thread(services.cancel, seat_holder)  # Bram cancels (by e-mail link, say)
    [promotion] = [message for message in mail.outbox if message.to == [member.email]]
    assert [name for name, _content, _type in promotion.attachments] == ["bijeenkomst.ics"]

    page.reload()
    expect(registration_panel(page).get_by_text("Aangemeld", exact=True)).to_be_visible()
    page.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Mijn bijeenkomsten").click()
    upcoming = page.get_by_role("region", name="Komend", exact=True)
    meeting = upcoming.get_by_role("listitem").filter(has=page.get_by_role("link", name="Leernetwerk eenzaamheid"))
    expect(meeting.get_by_text("Aangemeld", exact=True)).to_be_visible()
    expect(meeting).not_to_contain_text("Wachtlijst")


# Keyboard only


def test_register_with_the_keyboard_only_and_see_where_the_focus_is(page):
    member = MemberFactory(first_name="Sanne", email="sanne@zwolle.example")
    event = pages.event("Webinar: wat werkt bij schuldhulp", questions=[QUESTION])
    log_in(page, member.email, PASSWORD)
    page.goto(event.url)

    # The first Tab reaches the skip link; Enter takes the focus to the content.
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Naar de inhoud")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()

    # Submitting without an answer: the error summary takes the focus; its link leads to the field.
    panel = registration_panel(page)
    tab_to(page, panel.get_by_role("button", name="Aanmelden"))
    page.keyboard.press("Enter")
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    tab_to(page, summary.get_by_role("link", name="Wat wil je die dag leren?"))
    page.keyboard.press("Enter")
    expect(page.get_by_label("Wat wil je die dag leren?")).to_be_focused()
    page.keyboard.type("Hoe je signalen over schulden snel opvolgt")

    consent = page.get_by_label("Toon mijn naam op de deelnemerslijst voor andere leden")
    tab_to(page, consent)
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    tab_to(page, registration_panel(page).get_by_role("button", name="Aanmelden"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Je bent aangemeld.")
    expect(registration_panel(page).get_by_text("Aangemeld", exact=True)).to_be_visible()
    registration = Registration.objects.get(member=member)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.public_consent
