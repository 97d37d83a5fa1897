"""Over the sockets too, a network's closed discussions are for its members and staff: an
outsider cannot open one, and a member removed by a coordinator stops receiving at once
(the forum hears the membership's deletion, members' sockets check again)."""

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter

from forum import services as forum
from forum.models import Category
from lerendnetwerk.live import CLOSE_FORBIDDEN
from lerendnetwerk.routing import websocket_urlpatterns
from members.roles import Role
from networks import membership
from networks.models import NetworkMembership
from tests import pages
from tests.factories import MemberFactory
from tests.support.sockets import OPEN, answer, close_received

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

application = URLRouter(websocket_urlpatterns)


def build():
    people = {
        "coordinator": MemberFactory(first_name="Coördinator"),
        "member": MemberFactory(first_name="Lid"),
        "outsider": MemberFactory(first_name="Buiten"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }
    network = pages.network(coordinators=[people["coordinator"]], members=[people["member"]])
    thread = forum.start_thread(
        people["coordinator"], Category.objects.get(network=network), title="Intern", body="Alleen voor ons."
    )
    return {"network": network, "thread": thread, **people}


@pytest.fixture
def world(transactional_db):
    return build()


async def test_an_outsider_cannot_open_the_socket_of_a_closed_discussion(world):
    path = f"/ws/forum/discussie/{world['thread'].pk}/"
    assert await answer(application, path, world["outsider"]) == CLOSE_FORBIDDEN
    for who in ("coordinator", "member", "editor"):
        assert await answer(application, path, world[who]) == OPEN


async def test_a_member_removed_by_a_coordinator_stops_receiving_at_once(world):
    from channels.testing import WebsocketCommunicator

    connection = WebsocketCommunicator(application, f"/ws/forum/discussie/{world['thread'].pk}/")
    connection.scope["user"] = world["member"]
    connected, _ = await connection.connect()
    assert connected

    def remove():
        target = NetworkMembership.objects.get(network=world["network"], member=world["member"])
        membership.remove_member(world["coordinator"], target)

    await database_sync_to_async(remove)()
    assert await close_received(connection) == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}
