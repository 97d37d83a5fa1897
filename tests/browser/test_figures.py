"""The municipality page and the compare view with figures in a real browser: no axe
(WCAG 2.1 A/AA) violations, the charts are images with a name, the data table opens by
keyboard, and municipalities are chosen for the comparison with the keyboard only."""

import re

import pytest

from tests.browser.support import axe_violations, expect
from tests.factories import MunicipalityFactory
from tests.figures.test_pages import figures  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_municipality_page_with_figures_is_accessible(page, figures):  # noqa: F811
    page.goto(f"/gemeenten/{figures['zwolle'].slug}/")

    chart = page.get_by_role("img", name="Huishoudens met een laag inkomen in Zwolle, 2021 tot 2023")
    expect(chart).to_be_visible()
    summary = page.get_by_text("De cijfers als tabel")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name="Huishoudens met een laag inkomen in Zwolle en landelijk")).to_be_visible()
    assert axe_violations(page) == []


def tab_to(page, name, presses=12):
    """Press Tab until the element with this accessible name has the focus."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if (
            page.evaluate("document.activeElement.labels?.[0]?.textContent || document.activeElement.textContent")
            == name
        ):
            return
    raise AssertionError(f"{name} was not reached with Tab")


def test_municipalities_are_chosen_and_compared_by_keyboard_only(page, figures):  # noqa: F811
    page.goto("/gemeenten/")
    page.get_by_role("link", name="Gemeenten naast elkaar vergelijken").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Gemeenten vergelijken")).to_be_visible()

    page.get_by_label("Gemeente 1", exact=True).focus()
    page.keyboard.type("Zwolle")  # a closed select chooses by typing, as a keyboard user does
    tab_to(page, "Gemeente 2")
    page.keyboard.type("Deventer")
    tab_to(page, "Vergelijken")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/gemeenten/vergelijken/\?gemeente=zwolle&gemeente=deventer&gemeente=&"))
    table = page.get_by_role("table", name="Huishoudens met een laag inkomen: het laatste cijfer van elke gemeente")
    expect(table.get_by_role("row", name="Deventer 7,0% 2023 lager dan landelijk: gunstiger")).to_be_visible()
    expect(page.get_by_label("Gemeente 2", exact=True)).to_have_value("deventer")  # the picker keeps the choice
    assert axe_violations(page) == []


def test_the_comparison_with_the_group_is_accessible(page, figures):  # noqa: F811
    MunicipalityFactory(name="Zonder cijfers", cbs_code="GM0996")
    page.goto("/gemeenten/vergelijken/?gemeente=zwolle&gemeente=zonder-cijfers")
    page.get_by_label("Vergelijk gemeente 1 met haar vergelijkingsgroep").focus()
    page.keyboard.press("Space")
    tab_to(page, "Vergelijken")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Een vergelijkingsgroep hoort bij één gemeente")).to_be_visible()
    chart = page.get_by_role("img", name="Huishoudens met een laag inkomen, de laatste cijfers naast elkaar (2023)")
    expect(chart).to_be_visible()
    summary = page.get_by_text("De hele groep in 2023, laagste eerst (4 gemeenten)")
    summary.focus()
    page.keyboard.press("Enter")
    expect(
        page.get_by_role("table", name="Huishoudens met een laag inkomen in de vergelijkingsgroep, 2023")
    ).to_be_visible()
    assert axe_violations(page) == []
