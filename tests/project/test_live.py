"""The live plumbing every app's sockets share (lerendnetwerk/live.py): the base consumer's
refusal and message guard, broadcasting only after commit, and closing all of a member's
sockets at once."""

import asyncio

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import channel_layers, get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.urls import path

from lerendnetwerk.live import (
    CLOSE_TOO_LARGE,
    CLOSE_TOO_MANY,
    CLOSE_UNAUTHENTICATED,
    LiveConsumer,
    broadcast_after_commit,
    close_member_sockets,
    group_name,
)
from tests.support.sockets import close_received


class EchoConsumer(LiveConsumer):
    """A socket of some app: in its own group, and answering what passes the guard."""

    async def admit(self):
        return [group_name("echo", "room")]

    async def receive_message(self, raw):
        await self.send(text_data=raw)


application = URLRouter([path("ws/echo/", EchoConsumer.as_asgi())])


def member(pk):
    """A signed-in, active member as the auth middleware puts it in the scope."""
    return get_user_model()(pk=pk, is_active=True)


async def open_socket(user):
    connection = WebsocketCommunicator(application, "/ws/echo/")
    connection.scope["user"] = user
    connected, _code = await connection.connect(timeout=3)
    assert connected
    return connection


# The base consumer


@pytest.mark.asyncio
async def test_a_visitor_is_accepted_and_closed_with_4401_and_answered_nothing_more():
    connection = WebsocketCommunicator(application, "/ws/echo/")
    connection.scope["user"] = AnonymousUser()
    connected, _code = await connection.connect(timeout=3)
    assert connected  # a readable refusal, not a refused handshake (1006 in the browser)
    await connection.send_to(text_data="hallo?")  # sent before the page saw the close
    assert await connection.receive_output(timeout=3) == {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}
    assert await connection.receive_nothing(timeout=0.3)
    await connection.disconnect()


@pytest.mark.asyncio
async def test_a_message_over_the_size_limit_closes_the_socket_with_1009(settings):
    settings.WEBSOCKET_MAX_MESSAGE_BYTES = 16
    connection = await open_socket(member(9001))
    await connection.send_to(text_data="x" * 16)  # at the limit: answered
    assert await connection.receive_from(timeout=3) == "x" * 16
    await connection.send_to(text_data="é" * 9)  # 18 bytes in UTF-8, 9 characters
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_TOO_LARGE}


@pytest.mark.asyncio
async def test_too_many_messages_in_the_window_close_the_socket_with_4429(settings):
    settings.WEBSOCKET_MESSAGES_PER_WINDOW = 3
    settings.WEBSOCKET_WINDOW_SECONDS = 60
    connection = await open_socket(member(9002))
    for number in range(3):
        await connection.send_to(text_data=str(number))
        assert await connection.receive_from(timeout=3) == str(number)
    await connection.send_to(text_data="one too many")
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_TOO_MANY}


# Closing a member's sockets


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_closing_a_members_sockets_reaches_every_one_of_them_and_no_one_elses():
    own = [await open_socket(member(9003)), await open_socket(member(9003))]
    colleague = await open_socket(member(9004))

    await sync_to_async(close_member_sockets)(9003)  # outside a transaction: at once

    for connection in own:
        assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}
    assert await colleague.receive_nothing(timeout=0.3)
    await colleague.send_to(text_data="nog open")
    assert await colleague.receive_from(timeout=3) == "nog open"
    await colleague.disconnect()


# Broadcasting after commit


@pytest.fixture(autouse=True)
def in_memory_channel_layer(settings):
    """These tests are about when and to whom the platform sends, not about the transport:
    they receive through async_to_sync, each call in a loop of its own, which channels-redis
    does not allow (it binds its receive buffers to one loop). So they use the in-memory
    layer, also when the suite runs against Redis; the socket tests elsewhere cover Redis."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    yield
    channel_layers.backends.clear()


def listener(group):
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(group, channel)
    return channel


def received(channel, timeout=0.2):
    """What the channel got, or None when nothing came."""

    async def receive():
        try:
            return await asyncio.wait_for(get_channel_layer().receive(channel), timeout)
        except TimeoutError:
            return None

    return async_to_sync(receive)()


@pytest.mark.django_db
def test_a_broadcast_goes_out_only_when_the_transaction_commits(django_capture_on_commit_callbacks):
    channel = listener("test.after-commit")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        broadcast_after_commit("test.after-commit", {"type": "news", "n": 1})
        assert received(channel) is None  # not while the change can still roll back
    assert received(channel) == {"type": "news", "n": 1}


@pytest.mark.django_db
def test_a_rolled_back_change_is_never_broadcast(django_capture_on_commit_callbacks):
    channel = listener("test.rollback")

    class Failed(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(Failed), transaction.atomic():
        broadcast_after_commit("test.rollback", {"type": "news", "n": 1})
        raise Failed
    assert callbacks == []
    assert received(channel) is None


@pytest.mark.django_db
def test_a_message_given_as_a_function_is_made_after_commit(django_capture_on_commit_callbacks):
    channel = listener("test.count")
    unread = {"count": 0}
    with django_capture_on_commit_callbacks(execute=True):
        broadcast_after_commit("test.count", lambda: {"type": "count", "unread": unread["count"]})
        unread["count"] = 2  # changed later in the same transaction
    assert received(channel) == {"type": "count", "unread": 2}
