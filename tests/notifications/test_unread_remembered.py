"""The bell's count is counted once and remembered (notifications.unread), and is counted
again after every change that can alter it: a notification made, read or deleted, the
member's access to a closed space (membership, staff role), a thread moved or a closed
space made public; also when the change commits while another request was counting."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from forum import services as forum_services
from members.roles import Role
from notifications import unread
from notifications.models import Notification, NotificationKind, NotificationQuerySet
from notifications.services import mark_read, unread_count
from practices.models import PracticeMembership

pytestmark = pytest.mark.django_db


def notify(member, thread):
    return Notification.objects.create(recipient=member, kind=NotificationKind.THREAD_ACTIVITY, thread=thread)


def queries_of(function, *args):
    with CaptureQueriesContext(connection) as captured:
        result = function(*args)
    return result, len(captured.captured_queries)


@pytest.fixture
def threads(forum):
    public = forum_services.start_thread(forum["member"], forum["public"], title="Openbaar", body="?")
    closed = forum_services.start_thread(forum["trekker"], forum["space"], title="Besloten", body="?")
    return public, closed


def test_the_count_is_counted_once_and_then_remembered(forum, threads):
    notify(forum["member"], threads[0])

    assert queries_of(unread_count, forum["member"]) == (1, 1)
    assert queries_of(unread_count, forum["member"]) == (1, 0)


def test_a_new_notification_reading_it_and_deleting_it_change_the_count(forum, threads):
    member = forum["member"]
    assert unread_count(member) == 0

    first = notify(member, threads[0])
    assert unread_count(member) == 1
    notify(member, None)
    assert unread_count(member) == 2

    mark_read(member, [first.pk])
    assert unread_count(member) == 1
    Notification.objects.filter(recipient=member).delete()
    assert unread_count(member) == 0


def test_another_members_count_stays_remembered(forum, threads):
    notify(forum["member"], threads[0])
    notify(forum["participant"], threads[0])
    assert unread_count(forum["participant"]) == 1

    notify(forum["member"], threads[0])

    assert queries_of(unread_count, forum["participant"]) == (1, 0)


def test_leaving_the_practice_drops_its_closed_spaces_notifications_from_the_count(forum, threads):
    participant = forum["participant"]
    notify(participant, threads[1])
    assert unread_count(participant) == 1

    PracticeMembership.objects.filter(member=participant).delete()

    assert unread_count(participant) == 0


def test_becoming_a_moderator_counts_the_closed_spaces_notifications_and_stopping_does_not(forum, threads):
    member = forum["member"]
    notify(member, threads[1])  # about a closed space the member may not read
    assert unread_count(member) == 0

    member.groups.add(Group.objects.get(name=Role.MODERATOR.group_name))
    assert unread_count(member) == 1

    member.groups.clear()
    assert unread_count(member) == 0


def test_a_thread_moved_into_a_closed_space_leaves_the_count_of_who_may_not_read_it(forum, threads):
    member = forum["member"]
    notify(member, threads[0])
    assert unread_count(member) == 1

    forum_services.moderate_thread(forum["moderator"], threads[0], category=forum["space"])

    assert unread_count(member) == 0


def test_a_closed_space_made_public_counts_its_notifications_for_everyone(forum, threads):
    member = forum["member"]
    notify(member, threads[1])  # about the practice's closed space
    assert unread_count(member) == 0

    space = forum["space"]
    space.practice = None
    space.save()

    assert unread_count(member) == 1


def test_a_change_that_commits_while_a_request_counts_is_not_hidden_by_that_count(forum, threads):
    """The count made from the data before the change is stored under the versions read
    before counting; the change renews the version, so the next page counts again."""
    member = forum["member"]
    notify(member, threads[0])

    def count_then_change(queryset):
        counted = QuerySet.count(queryset)
        notify(member, threads[0])  # commits while this request was counting
        return counted

    with mock.patch.object(NotificationQuerySet, "count", count_then_change, create=True):
        assert unread_count(member) == 1

    assert queries_of(unread_count, member) == (2, 1)


def test_a_version_missing_from_the_cache_counts_as_a_change(forum, threads):
    member = forum["member"]
    notify(member, threads[0])
    assert unread_count(member) == 1

    unread.cache.delete(unread.ACCESS_VERSION_KEY)  # evicted

    assert queries_of(unread_count, member) == (1, 1)


def test_the_centres_number_of_notifications_is_remembered_and_follows_every_change(forum, threads):
    """unread.readable_count, the notification centre's number: the bell's versions keep it."""
    participant = forum["participant"]
    first = notify(participant, threads[0])
    notify(participant, threads[1])

    assert queries_of(unread.readable_count, participant) == (2, 1)
    assert queries_of(unread.readable_count, participant) == (2, 0)
    mark_read(participant, [first.pk])
    assert unread.readable_count(participant) == 2  # read ones are still listed
    notify(participant, None)
    assert unread.readable_count(participant) == 3
    PracticeMembership.objects.filter(member=participant).delete()
    assert unread.readable_count(participant) == 2  # the closed space's one is gone
    Notification.objects.filter(recipient=participant).delete()
    assert unread.readable_count(participant) == 0
