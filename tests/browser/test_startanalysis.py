"""Journey: the trekker begins the practice's startanalyse from the werkruimte, fills it in
and saves it with the keyboard only, tries to share it too early (the error summary takes
the focus), shares it, and prints it (the print stylesheet leaves the site's chrome out);
an adviser of the institute then reads it. axe checks each page on the way."""

from decimal import Decimal

import pytest

from figures.models import Direction, IndicatorValue
from members.roles import Role
from municipalities.models import SizeClass, Urbanisation
from practices.models import PracticeRole
from tests import pages
from tests.browser.support import expect, log_in, press, tab_to, type_into
from tests.browser.test_accessibility import Audit
from tests.factories import PASSWORD, IndicatorFactory, MemberFactory, MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TARGET_GROUPS = "Alleenstaande ouders in Holtenbroek en Aa-landen."
CAUSES = "Hoge vaste lasten; regelingen die niemand kent."


def _figures(municipality):
    like = {"size_class": SizeClass.FROM_100K, "urbanisation": Urbanisation.STRONGLY_URBAN}
    peer = MunicipalityFactory(name="Deventer", **like)
    income = IndicatorFactory(
        code="laag-inkomen",
        name="Huishoudens met een laag inkomen",
        direction=Direction.HIGHER_IS_WORSE,
        themes=[pages.theme("aanpak-armoede")],
    )
    for place, number in ((municipality, "8.6"), (None, "7.5"), (peer, "7.9")):
        IndicatorValue.objects.create(indicator=income, municipality=place, period="2023JJ00", value=Decimal(number))


def test_the_trekker_writes_the_startanalyse_by_keyboard_and_shares_it_with_the_adviser(page):
    zwolle = MunicipalityFactory(
        name="Zwolle", cbs_code="GM0193", size_class=SizeClass.FROM_100K, urbanisation=Urbanisation.STRONGLY_URBAN
    )
    _figures(zwolle)
    trekker = MemberFactory(first_name="Tineke", email="tineke@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    adviser = MemberFactory(first_name="Ada", email="ada@instituut.example")
    practice = pages.practice("Armoede in Zwolle", municipality=zwolle, leads=[trekker])
    practice.memberships.create(member=adviser, role=PracticeRole.ADVISER)
    audit = Audit(page)
    log_in(page, trekker.email, PASSWORD)

    audit.visit("werkruimte", f"/praktijken/werkruimte/{practice.pk}/")
    page.get_by_role("link", name="Startanalyse").click()
    audit.check("startanalyse not begun")
    page.get_by_role("button", name="Begin de startanalyse").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Startanalyse")
    expect(page.get_by_role("table", name="Cijfers over Aanpak armoede in Zwolle")).to_contain_text("8,6%")
    audit.check("startanalyse form")

    # By keyboard: type into the fields, then share too early.
    type_into(page, page.get_by_label("Wat we lezen in de cijfers over Aanpak armoede"), "Hoger dan landelijk.")
    type_into(page, page.get_by_label("Doelgroepen"), TARGET_GROUPS)
    press(page, page.get_by_role("button", name="Delen met de deelnemers"))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Vul minstens de doelgroepen en de oorzaken in")
    expect(summary).to_be_focused()
    expect(page.get_by_label("Doelgroepen")).to_have_value(TARGET_GROUPS)
    audit.check("startanalyse form with errors")

    type_into(page, page.get_by_label("Oorzaken"), CAUSES)
    press(page, page.get_by_role("button", name="Opslaan als concept"))
    expect(page.get_by_role("status")).to_contain_text("De startanalyse is opgeslagen als concept")
    expect(page.get_by_label("Oorzaken")).to_have_value(CAUSES)
    press(page, page.get_by_role("button", name="Delen met de deelnemers"))
    expect(page.get_by_role("status")).to_contain_text("gedeeld met de deelnemers")

    # On paper: no header, navigation or buttons; the text is there.
    page.emulate_media(media="print")
    expect(page.locator("header.ln-header")).to_be_hidden()
    expect(page.get_by_role("button", name="Opslaan als concept")).to_be_hidden()
    expect(page.get_by_label("Oorzaken")).to_be_visible()
    page.emulate_media(media="screen")
    tab_to(page, page.get_by_role("link", name="Leesversie en afdrukken"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Afdrukken")).to_be_visible()  # the script shows it
    audit.check("startanalyse to read and print")

    # The adviser reads it, from the practice's page.
    page.context.clear_cookies()
    log_in(page, adviser.email, PASSWORD)
    audit.visit("practice page with the startanalyse", practice.url)
    page.get_by_role("link", name="Lees de startanalyse").click()
    expect(page.get_by_role("main")).to_contain_text(CAUSES)
    expect(page.get_by_role("main")).to_contain_text("Hoger dan landelijk.")
    expect(page.get_by_role("main").get_by_role("textbox")).to_have_count(0)  # to read, not to change
    audit.check("startanalyse for a reader")
    audit.assert_clean()
