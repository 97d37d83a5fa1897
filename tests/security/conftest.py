import pytest

from members.roles import Role
from tests.factories import MemberFactory


@pytest.fixture(autouse=True)
def _one_step_of_clock_drift(settings):
    """Accept the previous and next authenticator code too, so that a test crossing a
    30-second boundary between making a code and posting it does not fail."""
    settings.MFA_TOTP_TOLERANCE = 1


@pytest.fixture
def editor(db):
    return MemberFactory(first_name="Ria", last_name="Redacteur", email="ria@instituut.example", roles=[Role.EDITOR])
