"""What a member may no longer read disappears from their notifications: after they leave a
practice, its closed space's discussions (titles, who wrote) are not listed, counted, pushed
or mailed in a digest; what they can still read stays."""

import json

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from forum import services
from lerendnetwerk.routing import websocket_urlpatterns
from notifications.models import DigestFrequency, Notification, NotificationPreference
from notifications.services import send_digests, unread_count
from practices.models import PracticeMembership

# Notifications are made after commit, by a background task (in-process here).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLOSED_TITLE = "Intern overleg over de begroting"
PUBLIC_TITLE = "Openbare vraag over toegang"


@pytest.fixture
def forum(live_forum):
    """The participant hears about a reply in the practice's closed space and in public."""
    closed = services.start_thread(live_forum["participant"], live_forum["space"], title=CLOSED_TITLE, body="?")
    services.reply(live_forum["trekker"], closed, body="Alleen voor ons.")
    public = services.start_thread(live_forum["participant"], live_forum["public"], title=PUBLIC_TITLE, body="?")
    services.reply(live_forum["member"], public, body="Een antwoord.")
    assert Notification.objects.filter(recipient=live_forum["participant"]).count() == 2
    return {**live_forum, "closed": closed, "public_thread": public}


def leave_practice(member):
    PracticeMembership.objects.filter(member=member).delete()


def centre(client, member):
    client.force_login(member)
    response = client.get(reverse("notifications:centre"))
    assert response.status_code == 200
    return response.content.decode()


def test_after_leaving_a_practice_its_closed_space_is_gone_from_the_list_and_the_count(client, forum):
    participant = forum["participant"]
    page = centre(client, participant)
    assert CLOSED_TITLE in page and PUBLIC_TITLE in page
    assert unread_count(participant) == 2

    leave_practice(participant)

    page = centre(client, participant)
    assert CLOSED_TITLE not in page
    assert escape(forum["trekker"].get_full_name()) not in page
    assert PUBLIC_TITLE in page
    assert unread_count(participant) == 1
    (listed,) = client.get(reverse("notifications:centre")).context["notifications"]
    assert listed.thread_id == forum["public_thread"].pk


def test_a_notification_about_a_space_left_behind_cannot_be_opened(client, forum):
    participant = forum["participant"]
    closed = Notification.objects.get(recipient=participant, thread=forum["closed"])
    leave_practice(participant)
    client.force_login(participant)

    response = client.get(reverse("notifications:open", kwargs={"notification_id": closed.pk}))

    assert response.url == reverse("notifications:centre")
    assert Notification.objects.get(pk=closed.pk).read_at is None


def test_the_digest_leaves_out_what_the_member_may_no_longer_read(forum):
    """Followed categories' news waits for the digest (replies were mailed at once)."""
    participant = forum["participant"]
    NotificationPreference.objects.create(member=participant, digest=DigestFrequency.DAILY)
    services.set_category_follow(participant, forum["space"], True)
    services.set_category_follow(participant, forum["public"], True)
    closed = services.start_thread(forum["trekker"], forum["space"], title="Begroting volgend jaar", body="?")
    services.start_thread(forum["member"], forum["public"], title="Nieuwe vraag over schulden", body="?")
    leave_practice(participant)
    mail.outbox.clear()

    assert send_digests(DigestFrequency.DAILY) == 1

    (digest,) = mail.outbox
    assert "Nieuwe vraag over schulden" in digest.body
    assert "Begroting volgend jaar" not in digest.body and CLOSED_TITLE not in digest.body
    left_behind = Notification.objects.get(recipient=participant, thread=closed)
    assert left_behind.emailed_at is None  # in no digest


def test_staff_and_members_of_the_practice_keep_their_notifications(forum):
    """The moderator follows the closed space without being a member of the practice."""
    services.set_thread_follow(forum["moderator"], forum["closed"], True)
    services.reply(forum["participant"], forum["closed"], body="Nog iets.")

    leave_practice(forum["participant"])

    assert unread_count(forum["moderator"]) == 1
    assert unread_count(forum["trekker"]) == 1  # the trekker follows the discussion he replied in


def test_the_list_takes_the_same_number_of_queries_for_more_notifications(client, forum):
    participant = forum["participant"]
    leave_practice(participant)
    client.force_login(participant)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("notifications:centre")).status_code == 200
        return len(context.captured_queries)

    queries()  # once, for what a process keeps after its first page (the feed links)
    before = queries()
    for number in range(3):
        services.reply(forum["member"], forum["public_thread"], body=f"Nog een antwoord {number}.")
    assert unread_count(participant) == 4
    queries()  # counts the centre's notifications again (remembered until they change)

    assert queries() == before


@pytest.mark.asyncio
async def test_the_notification_socket_counts_only_what_the_member_may_read_and_updates_on_leaving(forum):
    participant = forum["participant"]
    socket = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/meldingen/")
    socket.scope["user"] = participant
    connected, _ = await socket.connect()
    assert connected
    assert json.loads(await socket.receive_from(timeout=3)) == {"type": "unread", "count": 2}

    await database_sync_to_async(leave_practice)(participant)

    assert json.loads(await socket.receive_from(timeout=3)) == {"type": "unread", "count": 1}  # pushed at once
    await socket.send_to(text_data=json.dumps({"type": "count"}))  # as after a reconnect
    assert json.loads(await socket.receive_from(timeout=3)) == {"type": "unread", "count": 1}
    await socket.disconnect()


def test_marking_the_answer_of_someone_who_left_the_practice_tells_them_nothing(forum):
    question = services.start_thread(
        forum["trekker"], forum["space"], title="Interne vraag", body="?", is_question=True
    )
    answer = services.reply(forum["participant"], question, body="Zo doen wij dat.")
    leave_practice(forum["participant"])

    services.mark_answer(forum["trekker"], question, answer)

    assert not Notification.objects.filter(recipient=forum["participant"], thread=question).exists()
