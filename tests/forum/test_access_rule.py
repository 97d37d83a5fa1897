"""The live socket's one-statement access check says exactly what the ORM rule says."""

import pytest

from forum import access, services
from forum.models import Thread
from members.roles import Role
from practices.models import PracticeMembership
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
    return [public, closed], [*people, inactive_participant]


def test_the_sql_access_check_agrees_with_the_orm_rule(cases):
    threads, people = cases
    for member in people:
        for thread in threads:
            expected = access.readable_threads(member).filter(pk=thread.pk).exists()
            assert access.may_read_thread(member.pk, thread.pk) is expected, (member, thread)
    assert access.may_read_thread(10**9, threads[0].pk) is False
    assert access.may_read_thread(people[0].pk, 10**9) is False
    assert Thread.objects.count() == 2


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
