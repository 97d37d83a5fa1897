"""Journey: an editor accepts a municipality's application in the Wagtail admin; the
contact, new to the site, follows the link in the mail with the decision, signs up with the
address filled in, confirms it and arrives in the practice's werkruimte as its trekker,
where they invite a colleague. The new pages pass axe."""

import re

import pytest

from members.roles import Role
from practices.models import LearningPractice, PracticeApplication
from tests import pages
from tests.browser.support import assert_accessible, code_from_the_app, expect, log_in, text_of
from tests.factories import PASSWORD, MemberFactory, MunicipalityFactory
from tests.support.second_factor import add_authenticator_app

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_PASSWORD = "een-heel-goed-wachtwoord-7"


def test_an_accepted_application_leads_the_new_trekker_into_the_workspace(new_context, site):
    pages.practice_index()
    editor = MemberFactory(first_name="Sjoerd", email="redacteur@instituut.example", roles=[Role.EDITOR])
    secret = add_authenticator_app(editor)
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(name="Hoogeveen", cbs_code="GM0118", province="drenthe"),
        contact_name="Petra Schuiling",
        contact_email="petra@hoogeveen.example",
        learning_questions="Hoe bereiken we huishoudens eerder?\nWat werkt bij jongeren?",
        hours_acknowledged=True,
    )
    application.themes.set([pages.theme("aanpak-armoede")])

    # The editor accepts it in the admin.
    admin = new_context().new_page()
    log_in(admin, editor.email, PASSWORD, code=lambda: code_from_the_app(secret))
    admin.goto(f"/admin/praktijken/aanmeldingen/edit/{application.pk}/")
    admin.get_by_role("link", name="Aannemen").click()
    expect(admin.get_by_label("E-mailadres van de trekker")).to_have_value("petra@hoogeveen.example")
    admin.get_by_label("Naam van de lerende praktijk").fill("Armoede Hoogeveen")
    admin.get_by_label("Begin").fill("2026-03-01")
    admin.get_by_label("Einde").fill("2027-02-28")
    admin.get_by_role("checkbox", name="Vaste contactpersoon").check()
    admin.get_by_role("button", name="Aannemen en de praktijk starten").click()
    expect(admin.get_by_text("De aanmelding is aangenomen")).to_be_visible()
    practice = LearningPractice.objects.get(title="Armoede Hoogeveen")
    assert not practice.live

    # Petra follows the link in the mail and signs up.
    [decision] = site.mailbox.to("petra@hoogeveen.example")
    # The link is on the site's address (SITE_URL; the test settings' is not this server's).
    link = re.search(r"https?://\S+(/praktijken/uitnodiging/\S+/)", text_of(decision)).group(1)
    page = new_context().new_page()
    page.goto(link)
    expect(page.get_by_role("main")).to_contain_text("Armoede Hoogeveen")
    assert_accessible(page)
    page.get_by_role("main").get_by_role("link", name="Account aanmaken").click()
    expect(page.get_by_label("E-mail", exact=True)).to_have_value("petra@hoogeveen.example")
    page.get_by_label("Voornaam").fill("Petra")
    page.get_by_label("Achternaam").fill("Schuiling")
    page.get_by_label("Wachtwoord", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill(NEW_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Account aanmaken").click()
    expect(page.get_by_role("heading", name="Verifieer je e-mailadres")).to_be_visible()

    confirmation = next(m for m in site.mailbox.to("petra@hoogeveen.example") if "confirm-email" in text_of(m))
    page.goto(re.search(r"https?://\S+/account/confirm-email/\S+/", text_of(confirmation)).group(0))
    page.get_by_role("button", name="Bevestig").click()

    # Trekker of the practice, in its werkruimte (the page itself is still a draft).
    expect(page).to_have_url(re.compile(rf"/praktijken/werkruimte/{practice.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Armoede Hoogeveen")
    expect(page.get_by_role("main")).to_contain_text("Trekker")
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Deelnemers").click()
    page.get_by_label("E-mailadres").fill("jan@hoogeveen.example")
    page.get_by_label("Rol", exact=True).select_option(label="Beleidsmedewerker")
    page.get_by_role("button", name="Uitnodigen").click()
    expect(page.get_by_role("status")).to_contain_text("jan@hoogeveen.example")
    expect(page.get_by_role("region", name="Openstaande uitnodigingen")).to_contain_text("jan@hoogeveen.example")
    assert_accessible(page)

    # Twice: refused, explained at the top of the form, the address kept.
    page.get_by_label("E-mailadres").fill("jan@hoogeveen.example")
    page.get_by_role("button", name="Uitnodigen").click()
    summary = page.get_by_role("alert").filter(has=page.get_by_role("heading", name="Niet alles is goed ingevuld"))
    expect(summary).to_contain_text("jan@hoogeveen.example is al uitgenodigd voor deze praktijk.")
    expect(page.get_by_label("E-mailadres")).to_have_value("jan@hoogeveen.example")
    assert_accessible(page)

    # The last trekker cannot leave.
    page.get_by_role("link", name="Verwijderen Petra Schuiling").click()
    assert_accessible(page)
    page.get_by_role("button", name="Verwijderen").click()
    expect(page.get_by_role("status")).to_contain_text("Een praktijk heeft altijd een trekker.")

    page.get_by_role("navigation", name="Jouw account").get_by_role("link", name="Mijn praktijken").click()
    expect(page.get_by_role("main").get_by_role("link", name="Armoede Hoogeveen")).to_be_visible()
    assert_accessible(page)
