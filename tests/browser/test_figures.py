"""The municipality page with figures in a real browser: no axe (WCAG 2.1 A/AA)
violations, the charts are images with a name, and the data table opens by keyboard."""

import pytest

from tests.browser.support import axe_violations, expect
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
