"""Journey: a trekker shares an experience on the practice's page, an editor approves it in
the Wagtail admin (after two-factor authentication), and then every visitor can read it; or
the editor asks for a change, and the trekker reads the request in the bell and on "Mijn
ervaringen" and sends a new version."""

import pytest

from members.roles import Role
from tests import pages
from tests.browser.support import (
    choose_file_by_keyboard,
    code_from_the_app,
    expect,
    log_in,
    log_in_by_keyboard,
    press,
    text_of,
    type_into,
)
from tests.factories import PASSWORD, MemberFactory
from tests.support.second_factor import add_authenticator_app

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Wat de gespreksleidraad ons leerde"
BODY = (
    "We begonnen met een keukentafelgesprek voor iedereen die zich meldde. Dat kostte meer tijd, "
    "maar de vragen werden veel breder. **Wat werkte:** samen de gespreksleidraad maken."
)


def test_a_shared_experience_goes_public_after_the_editor_approves_it(new_context, site):
    trekker = MemberFactory(
        first_name="Annemieke", last_name="ter Horst", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]
    )
    editor = MemberFactory(first_name="Sjoerd", email="redacteur@instituut.example", roles=[Role.EDITOR])
    secret = add_authenticator_app(editor)
    practice = pages.practice("Eén voordeur in Zwolle", themes=[pages.theme("toegang")], leads=[trekker])

    # The trekker writes the experience on the practice's page.
    author = new_context().new_page()
    log_in(author, trekker.email, PASSWORD)
    author.goto(practice.url)
    author.get_by_role("link", name="Een ervaring delen").click()
    author.get_by_label("Titel").fill(TITLE)
    author.get_by_label("Je ervaring").fill(BODY)
    author.get_by_role("button", name="Naar de redactie sturen").click()
    expect(author.get_by_role("status")).to_contain_text("Je ervaring is naar de redactie gestuurd")
    expect(author.get_by_role("row", name=TITLE)).to_contain_text("Ingediend")

    # Not public while it waits.
    visitor = new_context().new_page()
    visitor.goto(practice.url)
    expect(visitor.get_by_role("main")).not_to_contain_text(TITLE)

    # The editor logs in with a code from the authenticator app and approves it.
    reviewer = new_context().new_page()
    log_in(reviewer, editor.email, PASSWORD, code=lambda: code_from_the_app(secret))
    reviewer.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Beheer").click()
    awaiting = reviewer.get_by_role("region", name="In afwachting van jouw beoordeling")
    awaiting.get_by_role("link", name=TITLE).click()
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text(TITLE)
    reviewer.get_by_role("button", name="Meer acties").click()
    reviewer.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    expect(reviewer.get_by_role("status").first).to_contain_text(TITLE)

    # Now every visitor reads it.
    visitor.goto(practice.url)
    experiences = visitor.get_by_role("region", name="Ervaringen uit deze praktijk")
    experiences.get_by_role("link", name=TITLE).click()
    expect(visitor.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    expect(visitor.get_by_role("main").locator("strong", has_text="Wat werkte:")).to_be_visible()

    # And the trekker hears about it, from the server's mail.
    [decision] = site.mailbox.to(trekker.email)
    assert TITLE in decision["Subject"]
    assert visitor.url.removeprefix(site.url) in text_of(decision)


def test_the_editor_asks_for_a_change_and_the_trekker_reads_the_request_changes_and_resends(new_context, site):
    trekker = MemberFactory(
        first_name="Annemieke", last_name="ter Horst", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]
    )
    editor = MemberFactory(first_name="Sjoerd", email="redacteur@instituut.example", roles=[Role.EDITOR])
    secret = add_authenticator_app(editor)
    practice = pages.practice("Eén voordeur in Zwolle", themes=[pages.theme("toegang")], leads=[trekker])
    request = "Mooi stuk! Kun je nog één zin toevoegen over wat de bewoner ervan vond?"

    author = new_context().new_page()
    log_in(author, trekker.email, PASSWORD)
    author.goto(practice.url)
    author.get_by_role("link", name="Een ervaring delen").click()
    author.get_by_label("Titel").fill(TITLE)
    author.get_by_label("Je ervaring").fill(BODY)
    author.get_by_role("button", name="Naar de redactie sturen").click()
    expect(author.get_by_role("row", name=TITLE)).to_contain_text("Ingediend")
    bell = author.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Meldingen")
    expect(bell).not_to_contain_text("1")

    # The editor asks for a change in the admin ("Wijzigingsverzoek"), with a message.
    reviewer = new_context().new_page()
    log_in(reviewer, editor.email, PASSWORD, code=lambda: code_from_the_app(secret))
    reviewer.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Beheer").click()
    reviewer.get_by_role("region", name="In afwachting van jouw beoordeling").get_by_role("link", name=TITLE).click()
    reviewer.get_by_role("button", name="Meer acties").click()
    reviewer.get_by_role("button", name="Wijzigingsverzoek").click()
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_label("Opmerking").fill(request)
    dialog.get_by_role("button", name="Wijzigingsverzoek").click()
    expect(reviewer.get_by_role("status").first).to_contain_text(TITLE)

    # The trekker's bell counts it live; the notification and "Mijn ervaringen" show a
    # request with the editors' message, not a rejection.
    expect(bell).to_contain_text("1")
    bell.click()
    expect(author.get_by_role("main")).to_contain_text(f"De redactie vraagt een aanpassing in je ervaring “{TITLE}”")
    expect(author.get_by_role("main")).to_contain_text("Bericht van de redactie: " + request)
    author.get_by_role("link", name=f"De redactie vraagt een aanpassing in je ervaring “{TITLE}”").click()
    row = author.get_by_role("row", name=TITLE)
    expect(row).to_contain_text("Aanpassing gevraagd")
    expect(row).to_contain_text("Bericht van de redactie: " + request)
    expect(row).not_to_contain_text("Afgewezen")
    [message] = site.mailbox.to(trekker.email)
    assert "aanpassing" in message["Subject"] and request in text_of(message)

    # Changed from there and sent again.
    row.get_by_role("link", name="Aanpassen").click()
    author.get_by_label("Je ervaring").fill(BODY + " De bewoner zei: eindelijk één deur.")
    author.get_by_role("button", name="Naar de redactie sturen").click()
    expect(author.get_by_role("row", name=TITLE)).to_contain_text("Ingediend")


def test_share_an_experience_with_an_attachment_and_approve_it_with_the_keyboard_only(new_context, site, tmp_path):
    """The same journey without a mouse, on both sides: the trekker's form (an error
    summary, a theme checkbox, the file chooser opened with Space) and the editor's
    login with a code and approval in the Wagtail admin."""
    trekker = MemberFactory(
        first_name="Annemieke", last_name="ter Horst", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]
    )
    editor = MemberFactory(first_name="Sjoerd", email="redacteur@instituut.example", roles=[Role.EDITOR])
    secret = add_authenticator_app(editor)
    practice = pages.practice("Eén voordeur in Zwolle", themes=[pages.theme("toegang")], leads=[trekker])
    handout = tmp_path / "gespreksleidraad.pdf"
    handout.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

    author = new_context().new_page()
    log_in_by_keyboard(author, trekker.email, PASSWORD)
    author.goto(practice.url)
    press(author, author.get_by_role("link", name="Een ervaring delen"))
    type_into(author, author.get_by_label("Titel"), TITLE)
    type_into(author, author.get_by_label("Je ervaring"), "Te kort.")
    press(author, author.get_by_role("button", name="Naar de redactie sturen"))

    summary = author.get_by_role("alert")
    expect(summary).to_be_focused()
    press(author, summary.get_by_role("link", name="Je ervaring"))
    body = author.get_by_label("Je ervaring")
    expect(body).to_be_focused()
    expect(body).to_have_value("Te kort.")  # kept, to be improved
    author.keyboard.press("Control+A")
    author.keyboard.type(BODY)
    themes = author.get_by_role("group", name="Thema's")
    expect(themes.get_by_role("checkbox", name="Toegang")).to_be_checked()  # the practice's theme, to start with
    theme = themes.get_by_role("checkbox", name="Eenzaamheid")
    press(author, theme, key="Space")
    expect(theme).to_be_checked()
    choose_file_by_keyboard(author, author.get_by_label("Bijlage"), handout)
    press(author, author.get_by_role("button", name="Naar de redactie sturen"))
    expect(author.get_by_role("status")).to_contain_text("Je ervaring is naar de redactie gestuurd")
    expect(author.get_by_role("row", name=TITLE)).to_contain_text("Ingediend")

    # The editor: code from the app, then the admin, by keyboard.
    reviewer = new_context().new_page()
    log_in_by_keyboard(reviewer, editor.email, PASSWORD, code=lambda: code_from_the_app(secret))
    press(reviewer, reviewer.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Beheer"))
    awaiting = reviewer.get_by_role("region", name="In afwachting van jouw beoordeling")
    press(reviewer, awaiting.get_by_role("link", name=TITLE))
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text(TITLE)
    press(reviewer, reviewer.get_by_role("button", name="Meer acties"))
    press(reviewer, reviewer.get_by_role("button", name="Goedkeuren en publiceren", exact=True))
    expect(reviewer.get_by_role("status").first).to_contain_text(TITLE)

    visitor = new_context().new_page()
    visitor.goto(practice.url)
    experiences = visitor.get_by_role("region", name="Ervaringen uit deze praktijk")
    press(visitor, experiences.get_by_role("link", name=TITLE))
    expect(visitor.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    attachment = visitor.get_by_role("link", name="Bijlage: gespreksleidraad.pdf (PDF, 48 bytes)")
    expect(attachment).to_be_visible()
    with visitor.expect_download() as download:
        press(visitor, attachment)
    assert download.value.suggested_filename == "gespreksleidraad.pdf"  # the trekker's name, not the stored one
