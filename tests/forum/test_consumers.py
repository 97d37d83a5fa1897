"""The live thread socket: access on connect and per event, catch-up after a reconnect,
order and no duplicates, limits. Runs on whichever channel layer the settings choose
(in-memory here, Redis when REDIS_URL is set)."""

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.db import connections, transaction

from forum import services
from forum.models import Thread
from lerendnetwerk.live import CLOSE_FORBIDDEN, CLOSE_TOO_LARGE, CLOSE_TOO_MANY, CLOSE_UNAUTHENTICATED
from lerendnetwerk.routing import websocket_urlpatterns
from notifications.models import Notification
from practices.models import PracticeMembership
from tests.support.sockets import OPEN, answer, close_received

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

application = URLRouter(websocket_urlpatterns)


def communicator(user, thread_id):
    connection = WebsocketCommunicator(application, f"/ws/forum/discussie/{thread_id}/")
    connection.scope["user"] = user
    return connection


async def connect(user, thread_id):
    connection = communicator(user, thread_id)
    connected, code = await connection.connect()
    return connection, connected, code


async def messages_until(connection, predicate, timeout=3):
    """Receive JSON messages until one satisfies `predicate`; return them all."""
    received = []
    while True:
        message = json.loads(await connection.receive_from(timeout=timeout))
        received.append(message)
        if predicate(message):
            return received


class ReferenceClient:
    """What forum-live.js does with incoming events: apply strictly in order, drop what
    it already has, hold back what comes after a gap."""

    def __init__(self, last_seq):
        self.last_seq, self.buffer, self.applied = last_seq, {}, []

    def receive(self, event):
        if event["seq"] <= self.last_seq or event["seq"] in self.buffer:
            return
        self.buffer[event["seq"]] = event
        while self.last_seq + 1 in self.buffer:
            event = self.buffer.pop(self.last_seq + 1)
            self.last_seq = event["seq"]
            self.applied.append(event["seq"])

    def feed(self, messages):
        for message in messages:
            if message["type"] == "event":
                self.receive(message)
            elif message["type"] == "replay":
                for event in message["events"]:
                    self.receive(event)


start = database_sync_to_async(services.start_thread)
reply = database_sync_to_async(services.reply)


async def public_thread(forum):
    return await start(forum["member"], forum["public"], title="Live vraag", body="Wie weet dit?")


async def test_visitors_are_turned_away_with_a_code_the_page_stops_on(live_forum):
    """Accepted, nothing sent, closed with 4401 at once: refusing the handshake itself
    would reach the browser as 1006, and the page would keep reconnecting."""
    from django.contrib.auth.models import AnonymousUser

    thread = await public_thread(live_forum)
    connection, connected, _code = await connect(AnonymousUser(), thread.pk)
    assert connected
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}
    assert await answer(application, f"/ws/forum/discussie/{thread.pk}/", AnonymousUser()) == CLOSE_UNAUTHENTICATED


async def test_members_outside_a_practice_cannot_open_its_space(live_forum):
    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    path = f"/ws/forum/discussie/{thread.pk}/"
    assert await answer(application, path, live_forum["member"]) == CLOSE_FORBIDDEN
    for who in ("participant", "moderator", "editor"):
        assert await answer(application, path, live_forum[who]) == OPEN


async def test_a_new_post_reaches_everyone_on_the_thread_live(live_forum):
    thread = await public_thread(live_forum)
    first, _, _ = await connect(live_forum["trekker"], thread.pk)
    second, _, _ = await connect(live_forum["participant"], thread.pk)

    post = await reply(live_forum["member"], thread, body="Zo doen wij dat in Deventer.")

    for connection in (first, second):
        [event] = await messages_until(connection, lambda m: m["type"] == "event")
        assert event["kind"] == "post"
        assert event["seq"] == post.sequence == 2
        assert "Zo doen wij dat in Deventer." in event["html"]
        assert 'id="bericht-2"' in event["html"]
    await first.disconnect()
    await second.disconnect()


async def test_catching_up_after_a_reconnect_gives_exactly_what_was_missed_in_order(live_forum):
    thread = await public_thread(live_forum)
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    await reply(live_forum["member"], thread, body="Gezien terwijl verbonden")
    seen = await messages_until(connection, lambda m: m["type"] == "event")
    last_seen = seen[-1]["seq"]
    await connection.disconnect()

    for number in range(4):  # while the trekker's browser is away
        await reply(live_forum["participant"], thread, body=f"Gemist {number}")

    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    await connection.send_to(text_data=json.dumps({"type": "sync", "after": last_seen}))
    received = await messages_until(connection, lambda m: m["type"] == "synced")
    replayed = [event for message in received if message["type"] == "replay" for event in message["events"]]
    assert [event["seq"] for event in replayed] == [3, 4, 5, 6]
    assert ["Gemist 0" in replayed[0]["html"], "Gemist 3" in replayed[-1]["html"]] == [True, True]
    assert received[-1] == {"type": "synced", "seq": 6}
    await connection.disconnect()


async def test_live_events_during_a_replay_come_after_it_and_duplicates_are_harmless(live_forum):
    thread = await public_thread(live_forum)
    for number in range(5):
        await reply(live_forum["participant"], thread, body=f"Eerder {number}")
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    client = ReferenceClient(last_seq=0)

    await connection.send_to(text_data=json.dumps({"type": "sync", "after": 0}))
    # Posts while the replay is under way: they are in the database (and so maybe in the
    # replay) and also arrive live. The client must end with each once, in order.
    await asyncio.gather(*(reply(live_forum["member"], thread, body=f"Tijdens {n}") for n in range(3)))
    received = await messages_until(connection, lambda m: m["type"] == "synced")
    # A heartbeat goes through the same queue as the events: everything published before
    # it has been written when it arrives.
    await connection.send_to(text_data='{"type": "ping"}')
    received += await messages_until(connection, lambda m: m["type"] == "heartbeat")
    client.feed(received)

    total = (await database_sync_to_async(Thread.objects.get)(pk=thread.pk)).last_sequence
    assert client.applied == list(range(1, total + 1))
    synced = next(index for index, m in enumerate(received) if m["type"] == "synced")
    after_replay = [m["seq"] for m in received[synced:] if m["type"] == "event"]
    assert all(seq > received[synced]["seq"] for seq in after_replay)  # not sent again after the replay
    await connection.disconnect()


async def test_a_lost_message_is_noticed_through_the_heartbeat_and_filled_from_the_database(live_forum, settings):
    settings.FORUM_HEARTBEAT_SECONDS = 0.2
    thread = await public_thread(live_forum)
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    # The transport drops this one (a lost connection …): it never reaches the socket.
    from unittest import mock

    with mock.patch("forum.timeline.publish_after_commit"):
        await reply(live_forum["member"], thread, body="Onderweg kwijtgeraakt")
    # The first heartbeats may still say 1 (the frame could be under way); once it has been
    # missing for a heartbeat, they tell 2: more than the client has, and it asks again.
    heartbeats = [m for m in await messages_until(connection, lambda m: m.get("seq") == 2) if m["type"] == "heartbeat"]
    assert heartbeats[-1]["seq"] == 2
    await connection.send_to(text_data=json.dumps({"type": "sync", "after": 1}))
    received = await messages_until(connection, lambda m: m["type"] == "synced")
    replayed = [event for message in received if message["type"] == "replay" for event in message["events"]]
    assert [event["seq"] for event in replayed] == [2]
    assert "Onderweg kwijtgeraakt" in replayed[0]["html"]
    await connection.disconnect()


async def test_a_member_removed_from_the_practice_stops_receiving_at_once(live_forum):
    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    connection, connected, _ = await connect(live_forum["participant"], thread.pk)
    assert connected

    await database_sync_to_async(lambda: PracticeMembership.objects.filter(member=live_forum["participant"]).delete())()
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}


async def test_access_taken_away_without_a_signal_is_found_by_the_heartbeat(live_forum, settings):
    settings.FORUM_HEARTBEAT_SECONDS = 0.2
    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    connection, _, _ = await connect(live_forum["participant"], thread.pk)
    # Removed without the signal (e.g. straight in the database): the heartbeat's check,
    # one query for all of the thread's sockets, closes it.
    await database_sync_to_async(
        lambda: PracticeMembership.objects.filter(member=live_forum["participant"])._raw_delete("default")
    )()
    outputs = await outputs_until_closed(connection)
    assert outputs[-1] == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}


async def outputs_until_closed(connection):
    outputs = []
    while not outputs or outputs[-1]["type"] != "websocket.close":
        outputs.append(await connection.receive_output(timeout=3))
    await connection.disconnect()
    return outputs


async def test_a_removed_member_gets_nothing_committed_after_the_removal(live_forum, settings, fanout_transport):
    """Access is not asked per event; the removal holds the member's frames before it
    commits, and a check after the commit closes the socket. A post committed right after
    the removal never reaches it, however the messages race."""
    settings.FORUM_HEARTBEAT_SECONDS = 60  # the heartbeat plays no part here
    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    connection, connected, _ = await connect(live_forum["participant"], thread.pk)
    assert connected
    await reply(live_forum["trekker"], thread, body="Voor het vertrek")
    [before] = await messages_until(connection, lambda m: m["type"] == "event")
    assert "Voor het vertrek" in before["html"]

    def remove_then_post():
        with transaction.atomic():
            PracticeMembership.objects.filter(member=live_forum["participant"]).delete()
        for number in range(3):
            services.reply(live_forum["trekker"], thread, body=f"Na het vertrek {number}")

    await database_sync_to_async(remove_then_post)()
    outputs = await outputs_until_closed(connection)
    assert not [output for output in outputs if "Na het vertrek" in output.get("text", "")]
    assert outputs[-1] == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}


async def test_a_role_taken_away_closes_the_socket_before_the_next_post(live_forum, settings, fanout_transport):
    from django.contrib.auth.models import Group

    from members.roles import Role

    settings.FORUM_HEARTBEAT_SECONDS = 60
    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    connection, connected, _ = await connect(live_forum["moderator"], thread.pk)
    assert connected

    def demote_then_post():
        live_forum["moderator"].groups.remove(Group.objects.get(name=Role.MODERATOR.group_name))
        services.reply(live_forum["trekker"], thread, body="Niet meer voor de moderator")

    await database_sync_to_async(demote_then_post)()
    outputs = await outputs_until_closed(connection)
    assert not [output for output in outputs if "Niet meer voor de moderator" in output.get("text", "")]
    assert outputs[-1] == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}


async def test_a_member_who_keeps_access_receives_every_held_frame_in_order(live_forum, fanout_transport):
    """A change that might have taken access (a role removed) holds the member's frames;
    the check after commit finds they still read the thread (a practice's lead) and lets
    them through, in order, nothing lost. Others' frames were never held."""
    from django.contrib.auth.models import Group

    from members.roles import Role

    thread = await start(live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons.")
    trekker, _, _ = await connect(live_forum["trekker"], thread.pk)
    participant, _, _ = await connect(live_forum["participant"], thread.pk)

    def change_role_then_post():
        with transaction.atomic():
            live_forum["trekker"].groups.remove(Group.objects.get(name=Role.MUNICIPAL_LEAD.group_name))
            services.reply(live_forum["participant"], thread, body="Tijdens de wijziging")
        for number in range(2):
            services.reply(live_forum["participant"], thread, body=f"Daarna {number}")

    await database_sync_to_async(change_role_then_post)()
    for connection in (trekker, participant):
        received = await messages_until(connection, lambda m: m.get("seq") == 4 and m["type"] == "event")
        assert [m["seq"] for m in received if m["type"] == "event"] == [2, 3, 4]
        await connection.disconnect()


async def test_oversized_messages_close_the_socket(live_forum):
    thread = await public_thread(live_forum)
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    await connection.send_to(text_data=json.dumps({"type": "sync", "after": 0, "padding": "x" * 5000}))
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_TOO_LARGE}


async def test_flooding_closes_the_socket(live_forum, settings):
    settings.WEBSOCKET_MESSAGES_PER_WINDOW = 5
    thread = await public_thread(live_forum)
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    for _ in range(6):
        await connection.send_to(text_data='{"type": "ping"}')
    outputs = []
    while True:
        output = await connection.receive_output(timeout=3)
        outputs.append(output)
        if output["type"] == "websocket.close":
            break
    assert outputs[-1] == {"type": "websocket.close", "code": CLOSE_TOO_MANY}
    await connection.disconnect()
    assert len([o for o in outputs if o["type"] == "websocket.send"]) == 5


async def test_nonsense_from_a_client_is_ignored(live_forum):
    thread = await public_thread(live_forum)
    connection, _, _ = await connect(live_forum["trekker"], thread.pk)
    for junk in ("not json", "[]", '{"type": "sync", "after": "abc"}', '{"type": "drop tables"}'):
        await connection.send_to(text_data=junk)
    received = await messages_until(connection, lambda m: m["type"] == "synced")
    assert received[-1]["type"] == "synced"
    await connection.disconnect()


async def test_the_notification_socket_counts_unread_live(live_forum):
    from notifications.services import notify_about_post

    thread = await public_thread(live_forum)
    connection = WebsocketCommunicator(application, "/ws/meldingen/")
    connection.scope["user"] = live_forum["member"]
    connected, _ = await connection.connect()
    assert connected
    assert json.loads(await connection.receive_from(timeout=3)) == {"type": "unread", "count": 0}

    post = await reply(live_forum["trekker"], thread, body="Een antwoord op je vraag")
    await database_sync_to_async(notify_about_post)(post.pk)  # the task (in-process here)
    update = json.loads(await connection.receive_from(timeout=3))
    assert update == {"type": "unread", "count": 1}
    assert await database_sync_to_async(Notification.objects.filter(recipient=live_forum["member"]).count)() == 1
    await connection.disconnect()


async def test_the_notification_socket_refuses_visitors():
    from django.contrib.auth.models import AnonymousUser

    assert await answer(application, "/ws/meldingen/", AnonymousUser()) == CLOSE_UNAUTHENTICATED


@pytest.mark.skipif(
    connections["default"].vendor != "postgresql",
    reason="the connection pool is PostgreSQL's; run with DATABASE_URL set to PostgreSQL (CI does)",
)
async def test_sockets_give_every_pool_connection_back(live_forum):
    """Opening a thread's socket (its access check runs beside Channels' database thread)
    and closing it leaves the pool as it was. With Channels' database_sync_to_async the
    check kept a connection per thread it ran in (asgiref 3.13 keeps Django's connection
    in the call's context, where Channels' close did not look), until the full suite on
    PostgreSQL ran the pool dry (lerendnetwerk.live.database_call)."""
    thread = await public_thread(live_forum)
    pool = connections["default"].pool
    before = pool.get_stats()["pool_available"]
    for _ in range(3):
        socket, connected, _code = await connect(live_forum["member"], thread.pk)
        assert connected
        await socket.disconnect()
    assert pool.get_stats()["pool_available"] == before
