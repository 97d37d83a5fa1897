"""The live socket's one-statement access check says exactly what the ORM rule says."""

import pytest

from forum import access, services
from forum.models import Thread
from members.roles import Role
from networks.models import NetworkMembership, NetworkRole
from practices.models import PracticeMembership
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def cases(forum):
    public = services.start_thread(forum["member"], forum["public"], title="Openbaar", body="x")
    closed = services.start_thread(forum["trekker"], forum["space"], title="Besloten", body="x")
    people = [
        forum[who] for who in ("trekker", "participant", "member", "moderator", "editor")
    ] + [
        MemberFactory(is_superuser=True),
        MemberFactory(is_active=False),
        MemberFactory(is_active=False, roles=[Role.EDITOR]),
        MemberFactory(roles=[Role.ASSOCIATE_MEMBER, Role.MUNICIPAL_LEAD]),
    ]  # fmt: skip
    inactive_participant = MemberFactory(is_active=False)
    PracticeMembership.objects.create(practice=forum["practice"], member=inactive_participant)
    # A learning network's closed discussions: its coordinator and members, not the practice's.
    network_member, inactive_network_member = MemberFactory(), MemberFactory(is_active=False)
    network = pages.network(coordinators=[forum["participant"]], members=[network_member])
    NetworkMembership.objects.create(network=network, member=inactive_network_member, role=NetworkRole.MEMBER)
    in_network = services.start_thread(
        forum["participant"], services.ensure_network_space(network), title="Netwerk", body="x"
    )
    return [public, closed, in_network], [*people, inactive_participant, network_member, inactive_network_member]


def test_the_sql_access_check_agrees_with_the_orm_rule(cases, forum):
    threads, people = cases
    for member in people:
        for thread in threads:
            expected = access.readable_threads(member).filter(pk=thread.pk).exists()
            assert access.may_read_thread(member.pk, thread.pk) is expected, (member, thread)
    assert access.may_read_thread(10**9, threads[0].pk) is False
    assert access.may_read_thread(people[0].pk, 10**9) is False
    assert Thread.objects.count() == 3
    # Each closed space keeps out the other's people: the rule tells them apart.
    network_member = people[-2]
    assert access.may_read_thread(network_member.pk, threads[2].pk)
    assert not access.may_read_thread(network_member.pk, threads[1].pk)
    assert not access.may_read_thread(forum["trekker"].pk, threads[2].pk)


def test_many_members_are_checked_in_one_query_with_the_same_answers(cases, django_assert_num_queries):
    threads, people = cases
    for thread in threads:
        expected = {member.pk for member in people if access.readable_threads(member).filter(pk=thread.pk).exists()}
        with django_assert_num_queries(1):
            readers, last_sequence = access.thread_readers(thread.pk, [member.pk for member in people] + [10**9])
        assert readers == expected
        thread.refresh_from_db()
        assert last_sequence == thread.last_sequence


def test_more_members_than_fit_in_one_statement_are_checked_in_chunks(cases, monkeypatch):
    threads, people = cases
    monkeypatch.setattr(access, "READERS_PER_QUERY", 2)
    readers, _ = access.thread_readers(threads[0].pk, [member.pk for member in people])
    assert readers == {member.pk for member in people if member.is_active}


def test_the_one_object_check_agrees_with_the_orm_rule_and_asks_nothing_for_a_public_category(
    cases, django_assert_num_queries
):
    threads, people = cases
    for member in people:
        for thread in threads:
            thread = Thread.objects.select_related("category").get(pk=thread.pk)
            expected = access.readable_threads(member).filter(pk=thread.pk).exists()
            assert access.can_read_thread(member, thread) is expected, (member, thread)
    public = Thread.objects.select_related("category").get(pk=threads[0].pk)
    active = [member for member in people if member.is_active]
    with django_assert_num_queries(0):
        assert all(access.can_read_thread(member, public) for member in active)
