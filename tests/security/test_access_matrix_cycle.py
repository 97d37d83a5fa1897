"""The learning cycle's access matrix: every werkruimte page of a practice, for each role the
issue names. Roles: visitor, member, participant of another practice, participant of this
practice (no special role), bestuurder (regieteam), adviser of the institute, trekker,
editor. The practice's page is still a draft: the werkruimte works before it is published.

Outcomes as in test_access_matrix: "ok", "login", "refused" (403/404), "redirect"."""

import pytest
from django.urls import reverse

from figures import startanalysis
from figures.models import StartAnalysis
from members.roles import Role
from practices.models import LearningQuestion, PracticeRole, PracticeStatus
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_access_matrix import outcome
from tests.support.second_factor import log_in

ROLES = ["visitor", "member", "other_practice", "participant", "administrator", "adviser", "trekker", "editor"]
PARTICIPANTS = ["participant", "administrator", "adviser", "trekker"]


@pytest.fixture
def world(db):
    people = {
        "member": MemberFactory(first_name="Lid"),
        "other_practice": MemberFactory(first_name="Elders"),
        "participant": MemberFactory(first_name="Deelnemer"),
        "administrator": MemberFactory(first_name="Wethouder"),
        "adviser": MemberFactory(first_name="Adviseur"),
        "trekker": MemberFactory(first_name="Trekker"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }
    practice = pages.practice("Eén voordeur", leads=[people["trekker"]], publish=False, status=PracticeStatus.COMPLETED)
    for role, practice_role in [
        ("participant", PracticeRole.PARTICIPANT),
        ("administrator", PracticeRole.ADMINISTRATOR),
        ("adviser", PracticeRole.ADVISER),
    ]:
        practice.memberships.create(member=people[role], role=practice_role)
    pages.practice("Wijkteams Deventer", participants=[people["other_practice"]])
    question = LearningQuestion.objects.create(practice=practice, text="Hoe doen we dat dan?")
    return {"people": people, "practice": practice, "question": question}


def expect(**outcomes):
    """Refused unless named; a visitor is asked to log in."""
    table = dict.fromkeys(ROLES, "refused")
    table["visitor"] = "login"
    table.update(outcomes)
    return table


EVERY_PARTICIPANT_AND_EDITOR = expect(**dict.fromkeys([*PARTICIPANTS, "editor"], "ok"))

CASES = {
    "werkruimte": ("workspace", {}, EVERY_PARTICIPANT_AND_EDITOR),
    "participants": ("participants", {}, EVERY_PARTICIPANT_AND_EDITOR),
    "edit the practice": ("edit_working", {}, expect(trekker="ok", editor="ok")),
    "learning questions": ("learning_questions", {}, EVERY_PARTICIPANT_AND_EDITOR),
    "change a learning question": ("learning_question_edit", {"question_id": "question"}, expect(trekker="ok")),
    "reflections": ("reflections", {}, EVERY_PARTICIPANT_AND_EDITOR),
    "write a reflection": ("reflection_write", {}, expect(**dict.fromkeys(PARTICIPANTS, "ok"))),
    "end evaluation": ("evaluation", {}, expect(trekker="ok", administrator="ok")),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_it_should_in_the_werkruimte(client, world, role, case):
    name, arguments, expected = CASES[case]
    kwargs = {"practice_id": world["practice"].pk}
    kwargs.update({key: world[value].pk for key, value in arguments.items()})
    if role != "visitor":
        log_in(client, world["people"][role])
    assert outcome(client.get(reverse(f"practices:{name}", kwargs=kwargs))) == expected[role]


@pytest.mark.parametrize("role", ROLES)
def test_only_the_trekker_and_the_editors_invite_someone(client, world, role):
    if role != "visitor":
        log_in(client, world["people"][role])
    response = client.post(
        reverse("practices:invite", kwargs={"practice_id": world["practice"].pk}),
        {"email": "nieuw@gemeente.example", "role": PracticeRole.PROFESSIONAL},
    )
    expected = expect(trekker="redirect", editor="redirect")
    assert outcome(response) == expected[role]
    assert world["practice"].invitations.exists() == (role in ("trekker", "editor"))


def test_my_practices_lists_only_ones_own_practices(client, world):
    log_in(client, world["people"]["other_practice"])
    content = client.get(reverse("practices:my_practices")).content.decode()
    assert "Wijkteams Deventer" in content and "Eén voordeur" not in content
    log_in(client, world["people"]["adviser"])
    assert "Eén voordeur" in client.get(reverse("practices:my_practices")).content.decode()


# The startanalyse: a draft is the regieteam's (and the editors'); shared, every participant reads it.

STARTANALYSIS_CASES = {
    "draft": expect(trekker="ok", administrator="ok", editor="ok"),
    "shared": EVERY_PARTICIPANT_AND_EDITOR,
}


@pytest.mark.parametrize("state", list(STARTANALYSIS_CASES))
@pytest.mark.parametrize("role", ROLES)
def test_the_startanalyse_is_read_by_exactly_whom_it_should(client, world, role, state):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    startanalysis.save(
        trekker, analysis, texts={"target_groups": "Ouderen.", "causes": "Weinig contact."}, share=state == "shared"
    )
    if role != "visitor":
        log_in(client, world["people"][role])
    url = reverse("startanalysis:practice", kwargs={"practice_id": world["practice"].pk})
    assert outcome(client.get(url)) == STARTANALYSIS_CASES[state][role]


@pytest.mark.parametrize("role", ROLES)
def test_only_the_regieteam_and_the_editors_change_the_startanalyse(client, world, role):
    analysis = startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"])
    startanalysis.save(
        world["people"]["trekker"], analysis, texts={"target_groups": "Ouderen.", "causes": "Eén."}, share=True
    )
    if role != "visitor":
        log_in(client, world["people"][role])
    url = reverse("startanalysis:practice", kwargs={"practice_id": world["practice"].pk})
    response = client.post(url, {"version": analysis.version + 1, "action": "save", "causes": "Veranderd."})
    expected = expect(trekker="redirect", administrator="redirect", editor="redirect")
    assert outcome(response) == expected[role]
    assert (StartAnalysis.objects.get().causes == "Veranderd.") == (role in ("trekker", "administrator", "editor"))


@pytest.mark.parametrize("role", ROLES)
def test_a_startanalyse_prepared_before_the_practice_is_its_authors_and_the_editors(client, world, role):
    author = world["people"]["trekker"]
    analysis = startanalysis.begin_for_municipality(author, world["practice"].municipality)
    if role != "visitor":
        log_in(client, world["people"][role])
    response = client.get(reverse("startanalysis:detail", kwargs={"analysis_id": analysis.pk}))
    assert outcome(response) == expect(trekker="ok", editor="ok")[role]
