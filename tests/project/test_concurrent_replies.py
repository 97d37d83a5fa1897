"""The site as `make run` serves it holds a small group's real use: several members reply
in one discussion at the same moment, through a real ASGI server, while another member
has the discussion open (a live socket reading the same database). No reply may fail.

On the embedded default (SQLite) this needs the database settings of
lerendnetwerk/settings/base.py: write-ahead logging (readers do not block the writer),
transactions that take the write lock when they begin (BEGIN IMMEDIATE; otherwise two
transactions that both read first cannot both upgrade to writing, and one fails at once
with "database is locked") and a busy timeout to wait for it. On PostgreSQL (CI) the same
test runs against the real server and its row locks.
"""

import asyncio
import contextlib
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.test import Client
from websockets.asyncio.client import connect

from forum import services
from forum.models import Post, Thread
from tests.factories import MemberFactory
from tests.forum.conftest import build_forum
from tests.support.servers import AsgiServer, ServerLog

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REPLIERS = 8


def session_cookie(member):
    client = Client()
    client.force_login(member)
    return client.cookies["sessionid"].value


class Replier:
    """One member's browser: opens the discussion (session and CSRF token), then posts a
    reply like the page's JavaScript does."""

    def __init__(self, server, member, thread):
        self.server, self.thread = server, thread
        self.session = session_cookie(member)
        page = urllib.request.urlopen(
            urllib.request.Request(server.url + thread.get_absolute_url(), headers={"Cookie": self.cookie()})
        )
        self.csrf_cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", "")).group(1)
        self.csrf_form = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode()).group(1)

    def cookie(self):
        return f"sessionid={self.session}"

    def post(self, text):
        request = urllib.request.Request(
            self.server.url + f"/forum/discussie/{self.thread.pk}/reageren/",
            data=urllib.parse.urlencode({"body": text, "csrfmiddlewaretoken": self.csrf_form}).encode(),
            headers={"Cookie": f"{self.cookie()}; csrftoken={self.csrf_cookie}", "X-Requested-With": "fetch"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def post_all_at_once(repliers):
    barrier = threading.Barrier(len(repliers))
    statuses = [None] * len(repliers)

    def post(number, replier):
        barrier.wait()
        statuses[number] = replier.post(f"Reactie {number}")

    threads = [threading.Thread(target=post, args=(n, r)) for n, r in enumerate(repliers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


async def watch(server, session, thread, heard):
    """The discussion open in another member's browser: its live socket adds the number
    of every post it hears to `heard`, until cancelled."""
    url = server.url.replace("http://", "ws://") + f"/ws/forum/discussie/{thread.pk}/"
    headers = {"Cookie": f"sessionid={session}", "Origin": server.url}
    async with connect(url, additional_headers=headers) as socket:
        await socket.send(json.dumps({"type": "sync", "after": 1}))
        while True:
            message = json.loads(await socket.recv())
            if message["type"] == "event":
                heard.add(message["seq"])
            elif message["type"] == "replay":
                heard.update(event["seq"] for event in message["events"])


def test_simultaneous_replies_through_the_server_all_succeed_while_the_discussion_is_open(transactional_db):
    forum = build_forum()
    thread = services.start_thread(forum["member"], forum["public"], title="Drukte", body="Wie reageert?")
    server = AsgiServer()
    log = ServerLog(server)
    try:
        repliers = [Replier(server, MemberFactory(), thread) for _ in range(REPLIERS)]
        reader = session_cookie(forum["trekker"])

        async def scenario():
            heard = set()
            watcher = asyncio.create_task(watch(server, reader, thread, heard))
            await asyncio.sleep(1)  # the socket is open and has caught up
            statuses = await asyncio.to_thread(post_all_at_once, repliers)
            for _ in range(200):  # up to 20 s for the last events to arrive
                if len(heard) >= REPLIERS or watcher.done():
                    break
                await asyncio.sleep(0.1)
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            return statuses, heard

        statuses, heard = asyncio.run(scenario())
    finally:
        server.stop()

    assert statuses == [204] * REPLIERS, log.tail()
    assert Post.objects.filter(thread=thread).count() == 1 + REPLIERS
    assert Thread.objects.get(pk=thread.pk).last_sequence == 1 + REPLIERS
    assert heard == set(range(2, 2 + REPLIERS))
