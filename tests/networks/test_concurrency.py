"""Two coordinators acting on each other at the same moment, one member asking twice at
once: the network keeps a coordinator and one waiting request, and the loser gets the
normal refusal, never a database error. On PostgreSQL, where the requests really run at
the same time. Counting the coordinators is slowed down a little (the window the network's
row lock must close); the control without the lock shows the same load leaves the network
without a coordinator, so the first test proves the lock, not the timing."""

import time

import pytest

from networks import membership
from networks.models import NetworkMembership, NetworkMembershipRequest, NetworkRole
from tests import pages
from tests.factories import MemberFactory
from tests.support.races import POSTGRESQL_RACES, at_once

pytestmark = POSTGRESQL_RACES


@pytest.fixture
def slow_count(monkeypatch):
    count = membership._coordinator_count

    def slowly(network_id):
        counted = count(network_id)
        time.sleep(0.05)
        return counted

    monkeypatch.setattr(membership, "_coordinator_count", slowly)


def outcomes_of(*actions):
    outcomes = at_once(*actions, refusals=(membership.NetworkError,))
    return sorted((outcome if isinstance(outcome, str | Exception) else "ok" for outcome in outcomes), key=str)


def two_coordinators_removing_each_other():
    first, second = MemberFactory(), MemberFactory()
    network = pages.network(coordinators=[first, second])
    memberships = {m.member_id: m for m in NetworkMembership.objects.filter(network=network)}
    outcomes = outcomes_of(
        lambda: membership.remove_member(first, memberships[second.pk]),
        lambda: membership.remove_member(second, memberships[first.pk]),
    )
    return network, outcomes


def test_two_coordinators_removing_each_other_at_once_leave_one_coordinator(slow_count):
    network, outcomes = two_coordinators_removing_each_other()
    assert outcomes == ["NetworkError", "ok"]
    assert NetworkMembership.objects.filter(network=network, role=NetworkRole.COORDINATOR).count() == 1


def test_control_without_the_lock_both_removals_go_through(slow_count, monkeypatch):
    monkeypatch.setattr(membership, "lock_network", lambda network: None)
    network, outcomes = two_coordinators_removing_each_other()
    assert outcomes == ["ok", "ok"], "without the row lock the race should remove both coordinators"
    assert not NetworkMembership.objects.filter(network=network, role=NetworkRole.COORDINATOR).exists()


def test_asking_twice_at_once_makes_one_request():
    coordinator, member = MemberFactory(), MemberFactory()
    network = pages.network(coordinators=[coordinator])
    outcomes = outcomes_of(*[lambda: membership.request_membership(member, network, "Graag") for _ in range(4)])
    assert outcomes == ["NetworkError"] * 3 + ["ok"]
    assert NetworkMembershipRequest.objects.filter(network=network, member=member).count() == 1
