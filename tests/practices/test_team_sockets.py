"""Removing a participant through the werkruimte (practices.team) closes their open socket
to the practice's closed discussions at once: the service deletes the membership through
the ORM, whose signal the forum listens to."""

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from forum import services as forum_services
from lerendnetwerk.live import CLOSE_FORBIDDEN
from lerendnetwerk.routing import websocket_urlpatterns
from practices import team
from practices.models import PracticeMembership, PracticeRole
from tests.forum.conftest import build_forum
from tests.support.sockets import close_received

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

application = URLRouter(websocket_urlpatterns)


@pytest.fixture
def live_forum(transactional_db):
    return build_forum()


async def test_a_participant_removed_by_the_trekker_loses_the_closed_thread_at_once(live_forum):
    thread = await database_sync_to_async(forum_services.start_thread)(
        live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons."
    )
    connection = WebsocketCommunicator(application, f"/ws/forum/discussie/{thread.pk}/")
    connection.scope["user"] = live_forum["participant"]
    connected, _code = await connection.connect()
    assert connected

    def remove():
        membership = PracticeMembership.objects.get(member=live_forum["participant"])
        team.remove_participant(live_forum["trekker"], membership)

    await database_sync_to_async(remove)()
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}


async def test_a_new_role_keeps_the_socket_open(live_forum):
    thread = await database_sync_to_async(forum_services.start_thread)(
        live_forum["trekker"], live_forum["space"], title="Intern", body="Alleen voor ons."
    )
    connection = WebsocketCommunicator(application, f"/ws/forum/discussie/{thread.pk}/")
    connection.scope["user"] = live_forum["participant"]
    connected, _code = await connection.connect()
    assert connected

    def promote():
        membership = PracticeMembership.objects.get(member=live_forum["participant"])
        team.change_role(live_forum["trekker"], membership, PracticeRole.POLICY_OFFICER)

    await database_sync_to_async(promote)()
    await connection.send_json_to({"type": "ping"})
    answer = await connection.receive_json_from(timeout=3)
    assert answer["type"] == "heartbeat"
    await connection.disconnect()
