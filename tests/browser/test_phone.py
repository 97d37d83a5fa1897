"""On a phone (390 × 844): a compact header, one line with the name and a "Menu" button,
so that a thread's first message is on the first screen; the menu opens with the keyboard,
with and without JavaScript, and the page passes axe at that width."""

import pytest

from tests.browser.support import (
    assert_accessible,
    expect,
    log_in,
    press,
    start_thread_about_the_fixed_contact,
    tab_to,
)
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# A member's header at this width: the name and the button (it was ~310 px, all open).
MAX_HEADER_HEIGHT = 120


@pytest.fixture
def thread(db):
    member = MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")
    return member, start_thread_about_the_fixed_contact(member)


def open_as_member_on_a_phone(new_context, thread, **options):
    member, discussion = thread
    page = new_context(**PHONE, **options).new_page()
    log_in(page, member.email, PASSWORD)
    page.goto(discussion.get_absolute_url())
    return page


def menu_link(page, name):
    return page.get_by_role("navigation", name="Jouw account").get_by_role("link", name=name)


def main_menu_link(page, name):
    return page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=name)


def assert_compact_with_the_first_message_in_view(page):
    header = page.locator("header").first.bounding_box()
    assert header["height"] <= MAX_HEADER_HEIGHT, f"header is {header['height']} px high"
    first_message = page.locator("article.ln-post").first.bounding_box()
    assert first_message["y"] < 844, f"the first message starts at {first_message['y']} px"
    expect(menu_link(page, "Mijn profiel")).to_be_hidden()
    expect(main_menu_link(page, "Leden")).to_be_hidden()


def test_the_phone_header_is_compact_and_its_menu_button_opens_with_enter_and_space(new_context, thread):
    page = open_as_member_on_a_phone(new_context, thread)
    assert_compact_with_the_first_message_in_view(page)
    assert_accessible(page)

    button = page.get_by_role("button", name="Menu")
    expect(button).to_have_attribute("aria-expanded", "false")
    press(page, button, "Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu_link(page, "Mijn profiel")).to_be_visible()
    assert_accessible(page)
    tab_to(page, main_menu_link(page, "Leden"))  # every link of the menu on the way, in order

    page.keyboard.press("Escape")  # closes, and the focus goes back to the button
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(main_menu_link(page, "Leden")).to_be_hidden()

    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "true")
    press(page, menu_link(page, "Mijn profiel"), "Enter")
    expect(page.get_by_role("heading", level=1, name="Sanne Bakker")).to_be_visible()


def test_without_javascript_the_menu_link_opens_and_closes_the_menu(new_context, thread):
    page = open_as_member_on_a_phone(new_context, thread, java_script_enabled=False)
    assert_compact_with_the_first_message_in_view(page)

    press(page, page.get_by_role("link", name="Menu", exact=True), "Enter")
    expect(menu_link(page, "Mijn profiel")).to_be_visible()
    expect(main_menu_link(page, "Leden")).to_be_visible()
    tab_to(page, main_menu_link(page, "Leden"))
    # (No axe here: axe-core itself needs JavaScript. The same header, open and closed, is
    # checked in the test above.)

    page.get_by_role("link", name="Menu sluiten").click()
    expect(main_menu_link(page, "Leden")).to_be_hidden()

    page.get_by_role("link", name="Menu", exact=True).click()
    press(page, menu_link(page, "Mijn profiel"), "Enter")
    expect(page.get_by_role("heading", level=1, name="Sanne Bakker")).to_be_visible()


def test_on_a_wide_screen_the_header_shows_everything_and_no_menu_button(page, thread):
    member, discussion = thread
    log_in(page, member.email, PASSWORD)
    page.goto(discussion.get_absolute_url())
    expect(menu_link(page, "Mijn profiel")).to_be_visible()
    expect(main_menu_link(page, "Leden")).to_be_visible()
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("link", name="Menu", exact=True)).to_be_hidden()
