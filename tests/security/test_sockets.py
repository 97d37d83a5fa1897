"""A member's open sockets close when they log out or are deactivated: a socket only
authenticates when it connects, so it is told (members.sessions, `session.ended`)."""

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.urls import reverse

from forum import services
from lerendnetwerk.live import CLOSE_UNAUTHENTICATED
from lerendnetwerk.routing import websocket_urlpatterns
from tests.factories import PASSWORD
from tests.forum.conftest import build_forum
from tests.support.sockets import close_received

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

application = URLRouter(websocket_urlpatterns)
CLOSED = {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}


@pytest.fixture
def live_forum(transactional_db):
    return build_forum()


async def open_socket(user, path):
    connection = WebsocketCommunicator(application, path)
    connection.scope["user"] = user
    connected, _code = await connection.connect()
    assert connected
    return connection


async def sockets_of(user, thread):
    """What a browser of `user` has open on a thread page: the thread and the bell."""
    thread_socket = await open_socket(user, f"/ws/forum/discussie/{thread.pk}/")
    bell = await open_socket(user, "/ws/meldingen/")
    assert (await bell.receive_json_from(timeout=3))["type"] == "unread"
    return thread_socket, bell


async def test_logging_out_closes_the_members_sockets_and_no_one_elses(live_forum):
    thread = await database_sync_to_async(services.start_thread)(
        live_forum["member"], live_forum["public"], title="Live vraag", body="Wie weet dit?"
    )
    member, colleague = live_forum["participant"], live_forum["trekker"]
    own_sockets = await sockets_of(member, thread)
    colleagues_sockets = await sockets_of(colleague, thread)

    browser = Client()
    await sync_to_async(browser.post)(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    await sync_to_async(browser.post)(reverse("account_logout"))

    for connection in own_sockets:
        assert await close_received(connection) == CLOSED
    for connection in colleagues_sockets:
        assert await connection.receive_nothing(timeout=0.3)
        await connection.disconnect()


async def test_deactivating_a_member_closes_their_sockets(live_forum):
    thread = await database_sync_to_async(services.start_thread)(
        live_forum["member"], live_forum["public"], title="Live vraag", body="Wie weet dit?"
    )
    member = live_forum["participant"]
    own_sockets = await sockets_of(member, thread)

    def deactivate():
        member.is_active = False
        member.save()

    await database_sync_to_async(deactivate)()

    for connection in own_sockets:
        assert await close_received(connection) == CLOSED
