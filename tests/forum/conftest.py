import pytest

from forum.models import Category
from forum.services import ensure_practice_space
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory


def build_forum():
    """A public category, a practice with its closed space, and people in every role."""
    trekker = MemberFactory(first_name="Trekker", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    participant = MemberFactory(first_name="Deelnemer", email="deelnemer@zwolle.example")
    practice = pages.practice("Eén voordeur", leads=[trekker], participants=[participant])
    return {
        "public": Category.objects.create(name="Toegang", slug="toegang", theme=pages.theme("toegang")),
        "space": ensure_practice_space(practice),
        "practice": practice,
        "trekker": trekker,
        "participant": participant,
        "member": MemberFactory(first_name="Lid", email="lid@elders.example"),
        "moderator": MemberFactory(first_name="Moderator", email="moderator@instituut.example", roles=[Role.MODERATOR]),
        "editor": MemberFactory(first_name="Redacteur", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


@pytest.fixture
def forum(db):
    return build_forum()


@pytest.fixture
def live_forum(transactional_db):
    """The same, committed for real, for tests where consumers read the database from
    other threads (and commit hooks must fire)."""
    return build_forum()
