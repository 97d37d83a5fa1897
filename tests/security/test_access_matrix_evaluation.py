"""The meeting evaluation's access matrix: the form, its submission, the results and the CSV,
for each role. Roles: visitor, member (not registered), waitlisted, attendee (confirmed),
editor (staff, not registered). Who sees the results is events.evaluation.may_see_results.

Outcomes as in test_access_matrix: "ok", "login", "refused" (403/404), "redirect"."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.evaluation_records import EvaluationQuestion, EvaluationResponse, StandardQuestion
from events.models import Registration, RegistrationStatus
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_access_matrix import outcome
from tests.support.second_factor import log_in

ROLES = ["visitor", "member", "waitlisted", "attendee", "editor"]


@pytest.fixture
def world(db):
    people = {
        "member": MemberFactory(first_name="Lid"),
        "waitlisted": MemberFactory(first_name="Wachtend"),
        "attendee": MemberFactory(first_name="Deelnemer"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }
    event = pages.event("Geëvalueerd", start=timezone.now() - timedelta(days=1), evaluation_enabled=True)
    question = EvaluationQuestion.objects.create(event=event, standard=StandardQuestion.OVERALL)
    for role, status in (("waitlisted", RegistrationStatus.WAITLISTED), ("attendee", RegistrationStatus.CONFIRMED)):
        member = people[role]
        Registration.objects.create(
            event=event, member=member, name=member.first_name, email=member.email, status=status
        )
    return {"people": people, "event": event, "question": question}


def expect(**outcomes):
    table = dict.fromkeys(ROLES, "refused")
    table["visitor"] = "login"
    table.update(outcomes)
    return table


PAGES = {
    "evaluation form": ("events:evaluation", expect(attendee="ok")),
    "evaluation results": ("events:evaluation_results", expect(editor="ok")),
    "evaluation results CSV": ("events:evaluation_results_csv", expect(editor="ok")),
}


def as_(client, world, role):
    if role != "visitor":
        log_in(client, world["people"][role])


@pytest.mark.parametrize("case", list(PAGES))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_it_should_on_the_evaluation_pages(client, world, role, case):
    name, expected = PAGES[case]
    as_(client, world, role)
    assert outcome(client.get(reverse(name, args=[world["event"].pk]))) == expected[role]


@pytest.mark.parametrize("role", ROLES)
def test_only_a_confirmed_attendee_can_submit_the_evaluation(client, world, role):
    as_(client, world, role)
    url = reverse("events:evaluation", args=[world["event"].pk])
    response = client.post(url, {f"question_{world['question'].pk}": "4"})
    assert EvaluationResponse.objects.exists() == (role == "attendee")
    assert outcome(response) == ("redirect" if role == "attendee" else expect()[role])


@pytest.mark.parametrize("role", ROLES)
def test_the_meeting_page_links_the_form_and_the_results_for_the_right_roles(client, world, role):
    as_(client, world, role)
    html = client.get(world["event"].url).content.decode()
    form_link = f'href="{reverse("events:evaluation", args=[world["event"].pk])}"'
    results_link = f'href="{reverse("events:evaluation_results", args=[world["event"].pk])}"'
    assert (form_link in html) == (role == "attendee")
    assert (results_link in html) == (role == "editor")
