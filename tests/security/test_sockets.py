"""A member's open sockets close when they log out, are deactivated or get a new password:
a socket only authenticates when it connects, so it is told (members.sessions,
`session.ended`)."""

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
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


NEW_PASSWORD = "een-nieuw-wachtwoord-2026"


async def test_changing_the_password_closes_the_members_sockets_and_no_one_elses(live_forum):
    """The other browsers' sessions end with the old password, and this browser gets a new
    session key: every socket the member had open was authenticated with a session that
    has ended."""
    thread = await database_sync_to_async(services.start_thread)(
        live_forum["member"], live_forum["public"], title="Live vraag", body="Wie weet dit?"
    )
    member, colleague = live_forum["participant"], live_forum["trekker"]
    own_sockets = await sockets_of(member, thread)
    colleagues_sockets = await sockets_of(colleague, thread)

    browser = Client()
    await sync_to_async(browser.post)(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    response = await sync_to_async(browser.post)(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302

    for connection in own_sockets:
        assert await close_received(connection) == CLOSED
    for connection in colleagues_sockets:
        assert await connection.receive_nothing(timeout=0.3)
        await connection.disconnect()


async def test_resetting_the_password_closes_the_members_sockets(live_forum):
    thread = await database_sync_to_async(services.start_thread)(
        live_forum["member"], live_forum["public"], title="Live vraag", body="Wie weet dit?"
    )
    member = live_forum["participant"]
    own_sockets = await sockets_of(member, thread)

    browser = Client()  # someone with the link from the reset mail, not logged in
    key = await database_sync_to_async(default_token_generator.make_token)(member)
    link = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(member), "key": key})
    form = await sync_to_async(browser.get)(link)
    response = await sync_to_async(browser.post)(
        form["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert await database_sync_to_async(lambda: type(member).objects.get(pk=member.pk).check_password(NEW_PASSWORD))()

    for connection in own_sockets:
        assert await close_received(connection) == CLOSED


async def test_a_password_set_outside_allauth_closes_the_members_sockets(live_forum):
    thread = await database_sync_to_async(services.start_thread)(
        live_forum["member"], live_forum["public"], title="Live vraag", body="Wie weet dit?"
    )
    member = live_forum["participant"]
    own_sockets = await sockets_of(member, thread)

    def set_new_password():  # as `manage.py changepassword` or a shell does
        member.set_password(NEW_PASSWORD)
        member.save()

    await database_sync_to_async(set_new_password)()

    for connection in own_sockets:
        assert await close_received(connection) == CLOSED


async def test_the_production_socket_stack_knows_a_member_by_their_session_cookie_and_no_one_without(live_forum):
    """lerendnetwerk.asgi reads a socket's session and user off Channels' database thread
    (lerendnetwerk.live.socket_auth_stack): the session cookie still decides who it is."""
    from lerendnetwerk.asgi import application as production_application
    from tests.support.sockets import OPEN, answer

    browser = Client()
    await sync_to_async(browser.force_login)(live_forum["member"])
    cookie = f"sessionid={browser.cookies['sessionid'].value}".encode()
    origin = (b"origin", b"http://testserver")
    path = "/ws/meldingen/"
    assert await answer(production_application, path, None, headers=[origin, (b"cookie", cookie)]) == OPEN
    assert await answer(production_application, path, None, headers=[origin]) == CLOSE_UNAUTHENTICATED
    forged = (b"cookie", b"sessionid=" + b"x" * 32)
    assert await answer(production_application, path, None, headers=[origin, forged]) == CLOSE_UNAUTHENTICATED
