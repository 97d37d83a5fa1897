import pytest

from members.roles import Role
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def people(db):
    return {
        "adviser": MemberFactory(first_name="Adviseur", email="adviseur@instituut.example", roles=[Role.EDITOR]),
        "trekker": MemberFactory(first_name="Trekker", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD]),
        "member": MemberFactory(first_name="Lid", email="lid@deventer.example"),
        "outsider": MemberFactory(first_name="Buiten", email="buiten@elders.example"),
    }


@pytest.fixture
def on_request(people):
    """A network that admits on request, coordinated by the trekker."""
    return pages.network("Toegang en integraal werken", mode="request", coordinators=[people["trekker"]])


@pytest.fixture
def open_network(people):
    return pages.network("Armoede en schulden", mode="open", coordinators=[people["trekker"]])


@pytest.fixture
def by_invitation(people):
    return pages.network("Wijkgericht werken", mode="invitation", coordinators=[people["trekker"]])
