"""Journey: a newcomer signs up, confirms the address from the mail, fills in the profile
and finds a colleague in the member directory."""

import re

import pytest

from tests import pages
from tests.browser.support import (
    assert_accessible,
    expect,
    fill_in_the_login_form_by_keyboard,
    press,
    text_of,
    type_into,
)
from tests.factories import MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "een-heel-goed-wachtwoord-7"


def test_sign_up_confirm_complete_the_profile_and_find_a_colleague(page, site):
    MemberFactory(
        first_name="Fatima",
        last_name="El Amrani",
        email="fatima@ggd-ijsselland.example",
        profile__organisation="GGD IJsselland",
        profile__job_title="Sociaal verpleegkundige",
        profile__interests=[pages.theme("eenzaamheid")],
    )

    page.goto("/")
    page.get_by_role("link", name="Account aanmaken").click()
    page.get_by_label("Voornaam").fill("Noor")
    page.get_by_label("Achternaam").fill("Visser")
    page.get_by_label("E-mail", exact=True).fill("noor@gemeente-zwolle.example")
    page.get_by_label("Wachtwoord", exact=True).fill("kort")
    page.get_by_label("Wachtwoord (bevestigen)").fill("kort")
    page.get_by_role("main").get_by_role("button", name="Account aanmaken").click()

    # Errors: summarised at the top (and focused), the field marked invalid.
    summary = page.get_by_role("alert").filter(has=page.get_by_role("heading", name="Niet alles is goed ingevuld"))
    expect(summary).to_be_focused()
    expect(page.get_by_label("Wachtwoord", exact=True)).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Account aanmaken").click()
    expect(page.get_by_role("heading", name="Verifieer je e-mailadres")).to_be_visible()

    [message] = site.mailbox.to("noor@gemeente-zwolle.example")
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", text_of(message)).group(0)
    assert link.startswith(site.url), link  # the link leads back to the site it came from
    page.goto(link)
    page.get_by_role("button", name="Bevestig").click()

    # Logged in, and welcomed on the profile form to complete it.
    expect(page.get_by_role("status")).to_contain_text("Je bent nu ingelogd als Noor Visser.")
    expect(page).to_have_url(re.compile(r"/leden/\d+/bewerken/\?welkom=1$"))
    page.get_by_label("Organisatie").fill("Gemeente Zwolle")
    page.get_by_label("Functie").fill("Kwartiermaker sociaal domein")
    interests = page.get_by_role("group", name="Thema's die mij interesseren")
    interests.get_by_role("checkbox", name="Eenzaamheid").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Je profiel is opgeslagen.")
    expect(page.get_by_role("heading", name="Noor Visser", level=1)).to_be_visible()

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Leden").click()
    page.get_by_label("Naam of organisatie").fill("GGD")
    page.get_by_role("button", name="Leden tonen").click()
    results = page.get_by_role("region", name=re.compile(r"\d+ lid"))
    expect(results.get_by_role("heading", level=3)).to_have_text(["Fatima El Amrani"])

    results.get_by_role("link", name="Fatima El Amrani").click()
    expect(page.get_by_role("heading", name="Fatima El Amrani", level=1)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Sociaal verpleegkundige, GGD IJsselland")


def test_sign_up_log_in_and_find_a_colleague_with_the_keyboard_only(page, site):
    """The same journey without a mouse: Tab, Enter and Space, with the focus visible at
    every stop (`tab_to`), and the focus put where the next step is. (Another address than
    the test above: the server's rate limit of one confirmation mail per address per few
    minutes outlives a test.)"""
    MemberFactory(
        first_name="Fatima",
        last_name="El Amrani",
        email="fatima@ggd-ijsselland.example",
        profile__organisation="GGD IJsselland",
    )

    page.goto("/")
    press(page, page.get_by_role("link", name="Account aanmaken"))
    expect(page.get_by_role("heading", name="Account aanmaken", level=1)).to_be_visible()
    type_into(page, page.get_by_label("Voornaam"), "Daan")
    type_into(page, page.get_by_label("Achternaam"), "Kok")
    type_into(page, page.get_by_label("E-mail", exact=True), "daan@gemeente-kampen.example")
    type_into(page, page.get_by_label("Wachtwoord", exact=True), "kort")
    type_into(page, page.get_by_label("Wachtwoord (bevestigen)"), "kort")
    press(page, page.get_by_role("main").get_by_role("button", name="Account aanmaken"))

    # The error summary has the focus; its link takes it to the field, what was typed is kept.
    summary = page.get_by_role("alert").filter(has=page.get_by_role("heading", name="Niet alles is goed ingevuld"))
    expect(summary).to_be_focused()
    expect(page.get_by_label("Voornaam")).to_have_value("Daan")
    press(page, summary.get_by_role("link").first)
    expect(page.get_by_label("Wachtwoord", exact=True)).to_be_focused()
    page.keyboard.type(PASSWORD)
    type_into(page, page.get_by_label("Wachtwoord (bevestigen)"), PASSWORD)
    press(page, page.get_by_role("main").get_by_role("button", name="Account aanmaken"))
    expect(page.get_by_role("heading", name="Verifieer je e-mailadres")).to_be_visible()

    # The link in the mail is opened from the mail program; the rest is on the site.
    [message] = site.mailbox.to("daan@gemeente-kampen.example")
    page.goto(re.search(r"https?://\S+/account/confirm-email/\S+/", text_of(message)).group(0))
    press(page, page.get_by_role("button", name="Bevestig"))
    expect(page.get_by_role("status")).to_contain_text("Je bent nu ingelogd als Daan Kok.")
    type_into(page, page.get_by_label("Organisatie"), "Gemeente Kampen")
    interest = page.get_by_role("group", name="Thema's die mij interesseren").get_by_role(
        "checkbox", name="Eenzaamheid"
    )
    press(page, interest, key="Space")
    expect(interest).to_be_checked()
    press(page, page.get_by_role("button", name="Opslaan"))
    expect(page.get_by_role("status")).to_contain_text("Je profiel is opgeslagen.")

    # Out, and in again with the login form.
    press(page, page.get_by_role("button", name="Uitloggen"))
    press(page, page.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Inloggen"))
    fill_in_the_login_form_by_keyboard(page, "daan@gemeente-kampen.example", PASSWORD)

    # The directory: search, then open the colleague's profile.
    press(page, page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Leden"))
    type_into(page, page.get_by_label("Naam of organisatie"), "GGD")
    page.keyboard.press("Enter")  # submits the search form from its field
    results = page.get_by_role("region", name=re.compile(r"\d+ lid"))
    expect(results.get_by_role("heading", level=3)).to_have_text(["Fatima El Amrani"])
    press(page, results.get_by_role("link", name="Fatima El Amrani"))
    expect(page.get_by_role("heading", name="Fatima El Amrani", level=1)).to_be_visible()
