"""Journeys on a forum thread: a message posted by one member appears for the other without
a reload; the other loses the connection, misses messages, comes back and shows all of
them, once each, in order (docs/realtime.md). Replying by keyboard only. And a member whose
access ended while offline is told so when back."""

import re

import pytest

from forum import services
from members.roles import Role
from practices.models import PracticeMembership
from tests import pages
from tests.browser.support import (
    assert_accessible,
    expect,
    in_thread,
    log_in,
    log_in_by_keyboard,
    press,
    start_thread_about_the_fixed_contact,
)
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIVE = "Live: nieuwe berichten verschijnen vanzelf"
OFFLINE = "Verbinding verbroken, opnieuw verbinden…"


class Connection:
    """A page's live socket, routed through Playwright so that the test can cut it: the
    browser context goes offline (no new connections, no requests) and the open socket
    is closed, as when a laptop drops off the Wi-Fi. (Chromium's offline mode alone
    refuses new sockets but leaves an open one alone.)"""

    def __init__(self, context, page, path_pattern):
        self.context = context
        self.offline = False
        self.open_routes = []
        self.attempts = 0  # connections the page tried to open
        page.route_web_socket(re.compile(path_pattern), self._route)

    def _route(self, route):
        self.attempts += 1
        if self.offline:
            route.close(code=1001, reason="offline")
            return
        route.connect_to_server()  # messages pass through unchanged
        self.open_routes.append(route)

    def go_offline(self):
        self.offline = True
        self.context.set_offline(True)
        for route in self.open_routes:
            route.close(code=1001, reason="offline")
        self.open_routes.clear()

    def go_online(self):
        self.offline = False
        self.context.set_offline(False)  # the page hears "online" and reconnects at once


def posts_in_page(page):
    """(sequence number, text) of every message on the page, in document order."""
    return page.locator("article[data-seq]").evaluate_all(
        "posts => posts.map(post => [Number(post.dataset.seq), post.querySelector('.ln-post__body').innerText.trim()])"
    )


def post(page, text):
    page.get_by_label("Je bericht").fill(text)
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.get_by_role("article").filter(has_text=text)).to_be_visible()  # back through the socket


def test_messages_appear_live_without_taking_focus_and_a_member_who_was_offline_gets_every_one_once_in_order(
    new_context,
):
    sanne = MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")
    bram = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    thread = start_thread_about_the_fixed_contact(sanne)

    writer_context, reader_context = new_context(), new_context()
    writer, reader = writer_context.new_page(), reader_context.new_page()
    connection = Connection(reader_context, reader, r"/ws/forum/discussie/\d+/$")
    for page, member in ((writer, sanne), (reader, bram)):
        log_in(page, member.email, PASSWORD)
        page.goto(thread.get_absolute_url())
        expect(page.get_by_text(LIVE)).to_be_visible()
    reader.evaluate("window.stillTheSamePage = true")  # gone if the page reloads

    # Bram is typing a reply when Sanne's post arrives: the live insertion (a polite live
    # region) must not take his focus or his text.
    reply_box = reader.get_by_label("Je bericht")
    reply_box.click()
    reader.keyboard.type("Ik typ intussen mee")
    post(writer, "Bericht 1: wij werken met een vaste achtervang.")
    expect(reader.get_by_role("article").filter(has_text="Bericht 1: wij werken")).to_be_visible()
    expect(reply_box).to_be_focused()
    expect(reply_box).to_have_value("Ik typ intussen mee")
    reply_box.fill("")

    connection.go_offline()
    expect(reader.get_by_text(OFFLINE)).to_be_visible()
    for number in (2, 3, 4):
        post(writer, f"Bericht {number}: terwijl Bram offline is.")
    expect(reader.get_by_role("article").filter(has_text="terwijl Bram offline is")).to_have_count(0)

    connection.go_online()
    expect(reader.get_by_text(LIVE)).to_be_visible()
    expect(reader.get_by_role("article").filter(has_text="Bericht 4:")).to_be_visible()
    assert posts_in_page(reader) == [
        [1, "Hoe houden jullie dat vol?"],
        [2, "Bericht 1: wij werken met een vaste achtervang."],
        [3, "Bericht 2: terwijl Bram offline is."],
        [4, "Bericht 3: terwijl Bram offline is."],
        [5, "Bericht 4: terwijl Bram offline is."],
    ]
    assert reader.evaluate("window.stillTheSamePage") is True
    assert_accessible(reader)  # also with the messages that came live


def test_react_reply_and_mention_a_colleague_with_the_keyboard_only(page):
    """Reacting (Space on a toggle button), replying to one message (its "Reageren" link
    takes the focus to the reply box), choosing a colleague from the @-suggestions with
    the arrow keys and Enter, and posting: the focus stays on the button, the page says
    it was posted, and the message is there."""
    sanne = MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")
    bram = MemberFactory(first_name="Bram", last_name="de Vries", email="bram@deventer.example")
    fatima = MemberFactory(first_name="Fatima", last_name="El Amrani", profile__organisation="GGD IJsselland")
    MemberFactory(first_name="Fatih", last_name="Yilmaz")
    kees = MemberFactory(first_name="Kees", last_name="Mulder")
    thread = start_thread_about_the_fixed_contact(sanne)
    in_thread(services.reply, kees, thread, body="Wij wisselen per wijk, met een vaste achtervang.")

    log_in_by_keyboard(page, bram.email, PASSWORD)
    page.goto(thread.get_absolute_url())
    expect(page.get_by_text(LIVE)).to_be_visible()
    opening = page.get_by_role("article").filter(has_text="Hoe houden jullie dat vol?")

    useful = opening.get_by_role("button", name="Nuttig")
    press(page, useful, key="Space")
    expect(useful).to_have_attribute("aria-pressed", "true")
    expect(useful).to_have_accessible_name("Nuttig 1")
    expect(useful).to_be_focused()

    answer = page.get_by_role("article").filter(has_text="Wij wisselen per wijk")
    press(page, answer.get_by_role("link", name="Reageren"))
    reply_box = page.get_by_label("Je bericht")
    expect(reply_box).to_be_focused()
    expect(page.get_by_text("Je reageert op Kees Mulder.")).to_be_visible()

    page.keyboard.type("Bij ons weet @Fati")
    suggestions = page.get_by_role("listbox")
    options = suggestions.get_by_role("option")
    expect(options).to_have_text(["Fatima El Amrani – GGD IJsselland", "Fatih Yilmaz"])  # by last name
    expect(options.first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    expect(options.last).to_have_attribute("aria-selected", "true")
    expect(reply_box).to_have_attribute("aria-activedescendant", options.last.get_attribute("id"))
    page.keyboard.press("ArrowDown")  # round again, to the first
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(reply_box).to_be_focused()
    page.keyboard.press("Enter")  # chooses the suggestion; it does not send the form
    expect(suggestions).to_be_hidden()
    expect(reply_box).to_have_value("Bij ons weet @Fatima El Amrani ")  # her name, not a handle
    expect(page.locator("[data-reply-form] input[name=mentioned]")).to_have_value(str(fatima.pk))
    page.keyboard.type("hoe dat gaat.")

    send = page.get_by_role("button", name="Reactie plaatsen")
    press(page, send)
    reply = page.get_by_role("article").filter(has_text="Bij ons weet")
    expect(reply).to_be_visible()
    expect(reply.get_by_role("link", name="@Fatima El Amrani")).to_have_attribute("href", f"/leden/{fatima.pk}/")
    expect(reply).not_to_contain_text(fatima.mention_handle)
    under_the_answer = page.locator("[data-children-of='2']")  # Kees's message, the second in the thread
    expect(under_the_answer.get_by_role("article")).to_contain_text("Bij ons weet")
    expect(send).to_be_focused()
    expect(reply_box).to_have_value("")
    expect(page.locator("[data-live-announcer]")).to_have_text("Je bericht is geplaatst.")
    expect(page.locator("[data-reply-form] input[name=mentioned]")).to_have_count(0)  # the next one starts afresh


def test_a_discussion_closed_while_a_member_writes_keeps_her_text_and_her_focus(new_context):
    """A moderator locks the thread while Sanne types her reply: the text stays in the box
    (read-only, so she can still select and copy it), sending is switched off, a polite
    status says so, and the focus stays in the box (not on the skip link)."""
    sanne = MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")
    moderator = MemberFactory(
        first_name="Mo", last_name="Derator", email="moderator@instituut.example", roles=[Role.MODERATOR]
    )
    thread = start_thread_about_the_fixed_contact(moderator)
    typed = "Bij ons werkt het zo: één vaste contactpersoon per gezin."

    page, moderator_page = new_context().new_page(), new_context().new_page()
    for browser_page, member in ((page, sanne), (moderator_page, moderator)):
        log_in(browser_page, member.email, PASSWORD)
        browser_page.goto(thread.get_absolute_url())
    expect(page.get_by_text(LIVE)).to_be_visible()
    reply_box = page.get_by_label("Je bericht")
    reply_box.click()
    page.keyboard.type(typed)

    moderator_page.get_by_role("button", name="Sluiten", exact=True).click()

    closed = "Deze discussie is gesloten. Je tekst is bewaard; je kunt hem kopiëren."
    expect(page.get_by_role("status").filter(has_text=closed)).to_be_visible()
    expect(page.get_by_text("Gesloten: geen nieuwe berichten")).to_be_visible()
    expect(reply_box).to_have_value(typed)
    expect(reply_box).to_have_attribute("readonly", "")
    expect(reply_box).to_be_enabled()  # read-only, not disabled: it can be selected and copied
    expect(reply_box).to_be_focused()
    expect(page.get_by_role("button", name="Reactie plaatsen")).to_be_disabled()
    expect(page.get_by_role("heading", name="Reageren op de discussie")).to_be_visible()
    page.keyboard.press("ControlOrMeta+a")  # still selectable, so it can be copied
    assert page.evaluate("document.activeElement.selectionEnd - document.activeElement.selectionStart") == len(typed)
    assert_accessible(page)


def test_a_member_who_lost_access_while_offline_is_told_so_and_the_page_stops_reconnecting(new_context):
    """The socket turns her away with 4403 after the handshake, so the page can tell "no
    access" from "network gone": it says so and stops, instead of reconnecting for ever."""
    trekker = MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    merel = MemberFactory(first_name="Merel", email="merel@zwolle.example")
    practice = pages.practice("Eén voordeur in Zwolle", leads=[trekker], participants=[merel])
    space = services.ensure_practice_space(practice)
    thread = in_thread(services.start_thread, trekker, space, title="Casus: wie neemt de regie?", body="Intern.")

    context = new_context()
    page = context.new_page()
    connection = Connection(context, page, r"/ws/forum/discussie/\d+/$")
    log_in(page, merel.email, PASSWORD)
    page.goto(thread.get_absolute_url())
    expect(page.get_by_text(LIVE)).to_be_visible()

    connection.go_offline()
    expect(page.get_by_text(OFFLINE)).to_be_visible()
    in_thread(PracticeMembership.objects.filter(member=merel).delete)  # her part in the practice ended
    connection.go_online()

    expect(page.get_by_text("Je hebt geen toegang meer tot deze discussie.").first).to_be_visible()
    attempts = connection.attempts
    page.wait_for_timeout(2500)  # longer than the first retry would wait (0.5 to 1 s)
    assert connection.attempts == attempts
    expect(page.get_by_role("article")).to_have_count(1)  # what she had open stays; nothing new came


def test_a_socket_closed_for_a_server_restart_reconnects_at_once_and_others_back_off(new_context):
    """A release replaces the workers one at a time; the old one closes its sockets with
    1012 while the others serve. A socket that had been open a while reconnects within a
    tenth of a second (hardly a message comes by replay); one closed right after it opened
    (a server that keeps failing) or closed otherwise backs off (the first retry after 0.5
    to 1 s). The page's clock is paused: its timers run only as far as the test moves it."""
    sanne = MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")
    thread = start_thread_about_the_fixed_contact(sanne)
    context = new_context()
    page = context.new_page()
    connection = Connection(context, page, r"/ws/forum/discussie/\d+/$")
    log_in(page, sanne.email, PASSWORD)
    page.clock.install()
    page.goto(thread.get_absolute_url())
    expect(page.get_by_text(LIVE)).to_be_visible()
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)

    def close_and_count_retries(code, open_for_ms):
        page.clock.run_for(open_for_ms)
        before = connection.attempts
        connection.open_routes.pop().close(code=code, reason="test")
        expect(page.get_by_text(OFFLINE)).to_be_visible()
        page.clock.run_for(120)
        page.wait_for_timeout(400)  # real time: a socket opened by now would have been routed
        soon = connection.attempts - before
        page.clock.run_for(1000)
        expect(page.get_by_text(LIVE)).to_be_visible()
        return soon

    assert close_and_count_retries(1012, open_for_ms=2500) == 1  # a restart: back at once
    assert close_and_count_retries(1012, open_for_ms=200) == 0  # closed again right away: back off
    assert close_and_count_retries(1011, open_for_ms=2500) == 0  # a server error: back off
    assert connection.attempts == 4
