"""Journey: a new reflection period begins (the scheduler's command, run here as its
service); the trekker opens the request from the bell's notification centre, answers the
open leervraag (after a first try without an answer) and makes an experience of the
reflection, landing on the draft to change and send. axe checks each page of the learning
cycle on the way, and the leervragen and the end evaluation."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from members.roles import Role
from practices import learning
from practices.models import PracticeStatus
from tests import pages
from tests.browser.support import expect, in_thread, log_in
from tests.browser.test_accessibility import Audit
from tests.factories import PASSWORD, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUESTION = "Hoe laat je één vaste contactpersoon werken?"
ANSWER = "Aan de keukentafel, met de hele familie erbij; daarna belden ze ons zelf."


def test_the_trekker_reflects_when_asked_and_makes_an_experience_of_it(page):
    trekker = MemberFactory(first_name="Tineke", email="tineke@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    practice = pages.practice(
        "Eén voordeur in Zwolle",
        themes=[pages.theme("toegang")],
        elements=[pages.element("vaste-contactpersoon")],
        leads=[trekker],
        learning_questions=[QUESTION, "Waarom is dit beter?"],
        start_date=timezone.localdate() - timedelta(weeks=7),
    )
    ended = pages.practice(
        "Samen in de wijk",
        elements=[pages.element("vaste-contactpersoon")],
        leads=[trekker],
        learning_questions=["Wat vraagt dit van de organisatie?"],
        status=PracticeStatus.COMPLETED,
    )
    in_thread(learning.send_reflection_prompts)
    audit = Audit(page)
    log_in(page, trekker.email, PASSWORD)

    # The request waits in the notification centre and leads to the form.
    page.goto("/meldingen/")
    page.get_by_role("link", name="Tijd om te reflecteren op de leervragen van “Eén voordeur in Zwolle”").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je reflectie schrijven")
    audit.check("reflection form")

    # Nothing answered: the form says so.
    page.get_by_role("button", name="Reflectie opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text("Beantwoord ten minste één leervraag")
    audit.check("reflection form with errors")

    page.get_by_label(QUESTION).fill(ANSWER)
    page.get_by_role("button", name="Reflectie opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Je reflectie is opgeslagen")
    expect(page.get_by_role("main")).to_contain_text(ANSWER)
    audit.check("reflections")

    # One click makes it a draft experience, to change and send from there.
    page.get_by_role("button", name="Maak er een ervaring van").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je ervaring aanpassen")
    expect(page.get_by_label("Titel")).to_have_value(re.compile(r"^Reflectie van \d{1,2} \w+ \d{4}$"))
    expect(page.get_by_label("Je ervaring")).to_have_value(f"# {QUESTION}\n\n{ANSWER}")
    expect(page.get_by_label("Over welke leervraag?")).to_have_value(str(practice.learning_questions.first().pk))

    audit.visit("practice page with its leervragen", practice.url)
    expect(page.get_by_role("region", name="Leervragen")).to_contain_text(QUESTION)
    audit.visit("learning questions", f"/praktijken/werkruimte/{practice.pk}/leervragen/")
    audit.visit("evaluation before the end", f"/praktijken/werkruimte/{practice.pk}/evaluatie/")
    audit.visit("evaluation", f"/praktijken/werkruimte/{ended.pk}/evaluatie/")
    expect(page.get_by_role("group", name="Vaste contactpersoon")).to_be_visible()
    audit.assert_clean()
