"""Two Associate Member requests of one member at the same moment (a double click): one
request is made, the other gets the normal "already pending" answer, never a database
error. On PostgreSQL, where the requests really run at the same time; SQLite admits one
writer at a time, so the race cannot occur there."""

import threading
import time

import pytest
from django.db import connection

from members import services
from members.models import AssociateMembershipRequest
from tests.factories import MemberFactory
from tests.support.races import POSTGRESQL_RACES

pytestmark = POSTGRESQL_RACES

REQUESTS = 6


@pytest.fixture
def slow_create(monkeypatch):
    """Widen the window between checking for a pending request and making one."""
    create = AssociateMembershipRequest.objects.create

    def slowly(**fields):
        time.sleep(0.02)
        return create(**fields)

    monkeypatch.setattr(AssociateMembershipRequest.objects, "create", slowly)


def test_simultaneous_associate_requests_of_one_member_make_one_request(slow_create):
    member = MemberFactory()
    barrier = threading.Barrier(REQUESTS)
    outcomes = []

    def request():
        try:
            barrier.wait()
            services.request_associate_membership(member, "Ik wil meedoen.")
            outcomes.append("made")
        except services.RequestPending:
            outcomes.append("pending")
        except Exception as error:  # noqa: BLE001 - reported by the test
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request) for _ in range(REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes, key=str) == ["made"] + ["pending"] * (REQUESTS - 1)
    assert AssociateMembershipRequest.objects.filter(member=member).count() == 1
