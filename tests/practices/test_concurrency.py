"""Two editors deciding on one application at the same moment, two trekkers inviting one
address, two trekkers removing each other: one wins, the others get the normal refusal,
never a database error or a duplicate. On PostgreSQL, where the requests really run at the
same time; SQLite admits one writer at a time, so the race cannot occur there."""

from datetime import date

from members.roles import Role
from practices import decisions, team
from practices.models import LearningPractice, PracticeApplication, PracticeInvitation, PracticeMembership, PracticeRole
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.races import POSTGRESQL_RACES, at_once

pytestmark = POSTGRESQL_RACES


def outcomes_of(*actions):
    """ "ok", or the refusal's class name, or an unexpected error, for each action (sorted)."""
    outcomes = at_once(*actions, refusals=(decisions.AlreadyDecided, team.TeamError))
    return sorted((outcome if isinstance(outcome, str | Exception) else "ok" for outcome in outcomes), key=str)


def test_two_editors_deciding_at_once_make_one_decision():
    pages.practice_index()
    editors = [MemberFactory(roles=[Role.EDITOR]) for _ in range(2)]
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(),
        contact_name="Petra",
        contact_email="petra@gemeente.example",
        learning_questions="Hoe?",
        hours_acknowledged=True,
    )

    def accepting():
        decisions.accept_application(
            editors[0],
            application,
            title="Praktijk",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
            themes=[],
            elements=[],
            trekker_email="petra@gemeente.example",
        )

    outcomes = outcomes_of(accepting, lambda: decisions.decline_application(editors[1], application, reason="Vol."))

    assert outcomes == ["AlreadyDecided", "ok"]
    application.refresh_from_db()
    assert LearningPractice.objects.count() == (1 if application.status == PracticeApplication.Status.ACCEPTED else 0)


def test_two_trekkers_inviting_one_address_at_once_make_one_invitation():
    first, second = MemberFactory(), MemberFactory()
    practice = pages.practice(leads=[first, second])

    outcomes = outcomes_of(
        *[
            lambda trekker=trekker: team.invite(trekker, practice, "nieuw@gemeente.example", PracticeRole.PARTICIPANT)
            for trekker in (first, second, first, second)
        ]
    )

    assert outcomes == ["TeamError"] * 3 + ["ok"]
    assert PracticeInvitation.objects.count() == 1


def test_two_trekkers_removing_each_other_at_once_leave_one_trekker():
    first, second = MemberFactory(), MemberFactory()
    practice = pages.practice(leads=[first, second])
    memberships = {m.member_id: m for m in PracticeMembership.objects.filter(practice=practice)}

    outcomes = outcomes_of(
        lambda: team.remove_participant(first, memberships[second.pk]),
        lambda: team.remove_participant(second, memberships[first.pk]),
    )

    assert outcomes == ["TeamError", "ok"]
    assert PracticeMembership.objects.filter(practice=practice, role=PracticeRole.LEAD).count() == 1
