"""Two ASGI server processes share one Redis: a client connected to each receives every
post made through the other (as with several production workers behind a load balancer)."""

import asyncio
import json
import os
import re
import urllib.parse
import urllib.request

import pytest
from django.test import Client
from websockets.asyncio.client import connect

from forum import services
from forum.models import Thread
from tests.forum.test_consumers import ReferenceClient
from tests.support.servers import AsgiServer, redis_reachable

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/13"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not redis_reachable(REDIS_URL), reason=f"needs Redis at {REDIS_URL} (CI starts it)"),
]


def session_cookie(member):
    client = Client()
    client.force_login(member)
    return client.cookies["sessionid"].value


def post_reply(server, session, thread, text):
    """Post through `server` like the page's JavaScript does (HTTP, not the socket)."""
    headers = {"Cookie": f"sessionid={session}"}
    page = urllib.request.urlopen(urllib.request.Request(server.url + thread.get_absolute_url(), headers=headers))
    csrf_cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", "")).group(1)
    csrf_form = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode()).group(1)
    request = urllib.request.Request(
        server.url + f"/forum/discussie/{thread.pk}/reageren/",
        data=urllib.parse.urlencode({"body": text, "csrfmiddlewaretoken": csrf_form}).encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={csrf_cookie}", "X-Requested-With": "fetch"},
    )
    assert urllib.request.urlopen(request).status == 204


async def listen(server, session, thread, after, expected):
    client = ReferenceClient(after)
    url = server.url.replace("http://", "ws://") + f"/ws/forum/discussie/{thread.pk}/"
    headers = {"Cookie": f"sessionid={session}", "Origin": server.url}
    async with connect(url, additional_headers=headers) as socket:
        await socket.send(json.dumps({"type": "sync", "after": after}))
        while len(client.applied) < expected:
            message = json.loads(await asyncio.wait_for(socket.recv(), timeout=15))
            client.feed([message])
    return client


def test_posts_made_through_one_server_reach_clients_of_the_other(live_forum):
    thread = services.start_thread(live_forum["member"], live_forum["public"], title="Twee servers", body="Start")
    sessions = {who: session_cookie(live_forum[who]) for who in ("trekker", "participant", "member")}
    first, second = AsgiServer(redis_url=REDIS_URL), AsgiServer(redis_url=REDIS_URL)
    try:

        async def scenario():
            listeners = [
                asyncio.create_task(listen(first, sessions["trekker"], thread, 1, expected=6)),
                asyncio.create_task(listen(second, sessions["participant"], thread, 1, expected=6)),
            ]
            await asyncio.sleep(1.5)  # both sockets connected and subscribed
            for number in range(6):
                server = first if number % 2 else second
                await asyncio.to_thread(post_reply, server, sessions["member"], thread, f"Bericht {number}")
            return await asyncio.gather(*listeners)

        on_first, on_second = asyncio.run(scenario())
    finally:
        first.stop()
        second.stop()

    thread = Thread.objects.get(pk=thread.pk)
    assert thread.last_sequence == 7
    assert on_first.applied == on_second.applied == [2, 3, 4, 5, 6, 7]
