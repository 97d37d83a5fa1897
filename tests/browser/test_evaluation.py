"""An attendee fills in a meeting's evaluation with the keyboard only: a missing answer is
named and the page stays accessible (axe), what was typed is kept, and a second time is
refused clearly."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.evaluation_records import EvaluationQuestion, EvaluationResponse, StandardQuestion
from events.models import Registration, RegistrationStatus
from tests import pages
from tests.browser.support import assert_accessible, expect, log_in, press, tab_to, type_into
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_attendee_fills_in_the_evaluation_with_the_keyboard(page):
    member = MemberFactory(first_name="Sanne", email="sanne@zwolle.example")
    event = pages.event(
        "Leernetwerk armoede: praten over rondkomen",
        start=timezone.now() - timedelta(days=1),
        evaluation_enabled=True,
        evaluation_anonymous=True,
    )
    for position, standard in enumerate(
        [StandardQuestion.OVERALL, StandardQuestion.RECOMMEND, StandardQuestion.TAKEAWAY]
    ):
        EvaluationQuestion.objects.create(event=event, standard=standard, sort_order=position)
    Registration.objects.create(
        event=event, member=member, name="Sanne", email=member.email, status=RegistrationStatus.CONFIRMED
    )
    log_in(page, member.email, PASSWORD)
    page.goto(event.url)
    press(page, page.get_by_role("link", name="Vul de evaluatie van deze bijeenkomst in"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Evaluatie")
    assert_accessible(page)

    # Only the open question answered: the form names what is missing and keeps the text.
    type_into(page, page.get_by_label("Wat neem je mee naar je eigen werk?"), "Eerder over rondkomen beginnen")
    press(page, page.get_by_role("button", name="Evaluatie versturen"))
    expect(page.get_by_role("alert")).to_contain_text("Hoe waardeer je de bijeenkomst als geheel?")
    expect(page.get_by_label("Wat neem je mee naar je eigen werk?")).to_have_value("Eerder over rondkomen beginnen")
    assert_accessible(page)
    assert not EvaluationResponse.objects.exists()

    overall = page.get_by_role("group", name="Hoe waardeer je de bijeenkomst als geheel?")
    tab_to(page, overall.get_by_role("radio", name="1", exact=True))
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(overall.get_by_role("radio", name="4", exact=True)).to_be_checked()
    recommend = page.get_by_role("group", name="Zou je een volgende bijeenkomst aanraden?")
    tab_to(page, recommend.get_by_role("radio", name="Ja"))
    page.keyboard.press("Space")
    press(page, page.get_by_role("button", name="Evaluatie versturen"))
    expect(page.get_by_role("status")).to_contain_text("Bedankt voor het invullen van de evaluatie.")

    response = EvaluationResponse.objects.get()
    assert response.member_id is None
    assert sorted(str(a.scale or a.yes or a.text) for a in response.answers.all()) == sorted(
        ["4", "True", "Eerder over rondkomen beginnen"]
    )
    page.go_back()
    page.reload()
    expect(page.get_by_role("status")).to_contain_text("Je hebt de evaluatie van deze bijeenkomst al ingevuld.")
