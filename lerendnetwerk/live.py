"""The live plumbing every app's sockets share: group names, the base consumer and
broadcasting after commit. Apps build on it; it knows no app. See docs/realtime.md
("Platform: lerendnetwerk/live").

- Groups: `group_name("forum", "thread", 7)` names an app's group ("forum.thread.7");
  `member_group(id)` holds every open socket of one member, whatever app it belongs to.
- `LiveConsumer`: lets in only a signed-in, active member (else 4401), refuses readably
  (accept, then close with the code; a refused socket answers nothing), guards every incoming message (size: 1009, rate:
  4429), puts the socket in the member's group and closes it when the member's session
  ends (4401).
- `broadcast_after_commit(group, message)`: a live message is sent only once the
  transaction commits; a rolled-back change is never told.
- `publish_after_commit(topic, seq, data)`: the same for the fan-out of frequent events
  (lerendnetwerk.fanout: one subscription per process, frames written to the sockets
  directly), with `suspend_member_sockets` for changes that take access away.
- `database_call(func)`: a consumer's database read, giving its connection back.
- `socket_auth_stack(inner)`: Channels' AuthMiddlewareStack, with who a socket belongs
  to read beside Channels' one database thread.
- `coalesced(answer)`: reads that many sockets of a process ask at the same moment (an
  access check, a replay after a restart) answered together by one call.
"""

import asyncio
import functools
import json
import time
import weakref

from asgiref.sync import async_to_sync, sync_to_async
from channels.auth import AuthMiddleware, get_user
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.conf import settings
from django.db import close_old_connections, transaction

from . import fanout

# Close codes (4000-4999 are free for applications).
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_MANY = 4429
CLOSE_TOO_LARGE = 1009

SESSION_ENDED = {"type": "session.ended"}
ACCESS_CHANGED = {"type": "access.changed"}


# Groups


def group_name(*parts):
    """A channel-layer group: the app's label first, then what it is about."""
    return ".".join(str(part) for part in parts)


def member_group(member_id):
    """Every open socket of one member (each LiveConsumer joins it): for what concerns the
    member wherever they are, such as their session ending or their access changing."""
    return group_name("member", member_id)


# The database from a socket


def database_call(func, *, thread_sensitive=True):
    """`func` made awaitable for a consumer, giving its database connection back when it
    returns (to PostgreSQL's pool; SQLite's is closed).

    Channels' database_sync_to_async closes connections around the call, but outside the
    context the call runs in; asgiref 3.13 keeps Django's connection in that context, so the
    close sees none and the connection stays checked out: with `thread_sensitive=False` (a
    read beside Channels' own database thread) each executor thread that ran one kept a pool
    connection, until the pool was exhausted. Here the close runs inside the call, where the
    query ran. Consumers use this, not database_sync_to_async."""

    @functools.wraps(func)
    def closing(*args, **kwargs):
        close_old_connections()
        try:
            return func(*args, **kwargs)
        finally:
            close_old_connections()

    return sync_to_async(closing, thread_sensitive=thread_sensitive)


# Who a socket belongs to

# Channels reads a socket's session and user on its one database thread (thread-sensitive),
# one socket after another: 260 sockets that reconnected at once after a worker was killed
# waited there up to a second for their handshake. It is a read, so it may run beside that
# thread, in the executor's threads, each with a connection from the pool.
_socket_user = database_call(get_user.func, thread_sensitive=False)


class SocketAuthMiddleware(AuthMiddleware):
    """Channels' AuthMiddleware (scope["user"] from the session), read off its thread."""

    async def resolve_scope(self, scope):
        scope["user"]._wrapped = await _socket_user(scope)


def socket_auth_stack(inner):
    """Channels' AuthMiddlewareStack with SocketAuthMiddleware."""
    return CookieMiddleware(SessionMiddleware(SocketAuthMiddleware(inner)))


class Coalesced:
    """Reads asked at the same moment for the same key, answered by one call.

    `answer(key, items)` (a coroutine function) returns {item: result}. Every ask is
    answered by a call that *started after* it was asked: one asked while a call runs waits
    for the next call, so nothing is answered from an older read (an access check must
    never let a removed member through on a query from before the removal)."""

    def __init__(self, answer):
        self.answer = answer
        self._waiting = {}  # key -> {item: [futures]}
        self._running = {}  # key -> the task answering its asks

    async def ask(self, key, item):
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, {}).setdefault(item, []).append(future)
        if key not in self._running:
            self._running[key] = asyncio.create_task(self._answer(key))
        return await future

    async def _answer(self, key):
        try:
            while self._waiting.get(key):
                # Let the other sockets that are about to ask the same ask too.
                await asyncio.sleep(0)
                waiting = self._waiting.pop(key)
                try:
                    answers = await self.answer(key, list(waiting))
                except Exception as error:  # noqa: BLE001 - handed to every waiting ask
                    for futures in waiting.values():
                        for future in futures:
                            if not future.done():
                                future.set_exception(error)
                    continue
                for item, futures in waiting.items():
                    for future in futures:
                        if not future.done():
                            future.set_result(answers[item])
        finally:
            del self._running[key]


def coalesced(answer):
    """`ask(key, item)`: `answer(key, items)` for the asks waiting together in this event
    loop (Coalesced; one per loop, as every worker thread runs its own)."""
    per_loop = weakref.WeakKeyDictionary()

    async def ask(key, item):
        loop = asyncio.get_running_loop()
        batch = per_loop.get(loop)
        if batch is None:
            batch = per_loop[loop] = Coalesced(answer)
        return await batch.ask(key, item)

    return ask


# Broadcasting


def broadcast(group, message):
    """Send a channel-layer message (`{"type": <handler>, ...}`) to every socket in `group`,
    now. `message` may be a function that returns it, called only when there is a layer."""
    layer = get_channel_layer()
    if layer is None:
        return
    async_to_sync(layer.group_send)(group, message() if callable(message) else message)


def broadcast_after_commit(group, message):
    """broadcast() once the current transaction commits (at once outside one); never on
    rollback. Pass a function as `message` for what must be read after commit (a count)."""
    transaction.on_commit(lambda: broadcast(group, message))


def publish_after_commit(topic, seq, data):
    """Hand `data` to every socket on a fan-out `topic` (lerendnetwerk.fanout) once the
    transaction commits: serialised once here, published once, written to each socket as
    is. `seq` is the topic's sequence number of this frame (its order)."""
    text = json.dumps(data)
    transaction.on_commit(lambda: fanout.publish(topic, seq, text))


def suspend_member_sockets(member_id, code=CLOSE_FORBIDDEN):
    """Inside a transaction that may take access away: the member's fan-out frames wait from
    now on, and after commit a fresh access check releases them or closes the sockets (with
    `code`). So nothing committed after the change reaches a member it removed
    (lerendnetwerk.fanout)."""
    fanout.suspend(member_id=member_id)
    fanout.recheck_after_commit(member_id=member_id, code=code)


def close_member_sockets(member_id):
    """After commit, every open socket of the member closes with 4401 (logout,
    deactivation), on which the pages stop reconnecting."""
    suspend_member_sockets(member_id, CLOSE_UNAUTHENTICATED)
    broadcast_after_commit(member_group(member_id), SESSION_ENDED)


def tell_member_sockets_to_recheck(member_id):
    """After commit, every open socket of the member checks its access again; fan-out frames
    wait for that check from now on (call it before the change commits)."""
    suspend_member_sockets(member_id)
    broadcast_after_commit(member_group(member_id), ACCESS_CHANGED)


# The base consumer


class MessageThrottle:
    """At most `limit` messages from a client per `window` seconds."""

    def __init__(self, limit, window):
        self.limit, self.window, self.stamps = limit, window, []

    def allow(self):
        now = time.monotonic()
        self.stamps = [stamp for stamp in self.stamps if now - stamp < self.window]
        self.stamps.append(now)
        return len(self.stamps) <= self.limit


class ReadableRefusalConsumer(AsyncWebsocketConsumer):
    """A socket that is turned away hears why. Closing before accepting answers the
    handshake with HTTP 403, which a browser reports only as close code 1006: the page
    cannot tell "no access" from "network gone" and keeps reconnecting. So a refusal
    accepts, sends nothing, and closes at once with its code (4401, 4403), on which the
    pages stop (forum-live.js, lerendnetwerk.js)."""

    accepted = False

    async def accept(self, subprotocol=None, headers=None):
        await super().accept(subprotocol, headers)
        self.accepted = True

    async def close(self, code=None, reason=None):
        if not self.accepted:
            await self.accept()
        await super().close(code=code, reason=reason)


class LiveConsumer(ReadableRefusalConsumer):
    """The socket of a signed-in member. A subclass says which groups of its app the socket
    joins (`admit`, which may refuse by closing), what it does once open (`opened`) and how
    it answers a message that passed the guard (`receive_message`)."""

    groups = []
    admitted = False  # open and in its groups; until then (and after a close) messages are dropped

    async def connect(self):
        self.user = self.scope.get("user")
        self.throttle = MessageThrottle(settings.WEBSOCKET_MESSAGES_PER_WINDOW, settings.WEBSOCKET_WINDOW_SECONDS)
        self.joined = []
        if not (self.user and self.user.is_authenticated and self.user.is_active):
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        groups = await self.admit()
        if groups is None:
            return
        for group in [*groups, member_group(self.user.pk)]:
            await self.channel_layer.group_add(group, self.channel_name)
            self.joined.append(group)
        await self.accept()
        self.admitted = True
        await self.opened()

    async def admit(self):
        """The app's groups for this socket, or None after refusing it (self.close(code))."""
        return []

    async def opened(self):
        """The socket is open and in its groups."""

    async def disconnect(self, code):
        for group in getattr(self, "joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def close(self, code=None, reason=None):
        self.admitted = False
        await super().close(code=code, reason=reason)

    async def receive(self, text_data=None, bytes_data=None):
        if not self.admitted:
            return  # refused or closed: nothing more is answered
        raw = text_data if text_data is not None else (bytes_data or b"")
        if len(raw.encode() if isinstance(raw, str) else raw) > settings.WEBSOCKET_MAX_MESSAGE_BYTES:
            await self.close(code=CLOSE_TOO_LARGE)
            return
        if not self.throttle.allow():
            await self.close(code=CLOSE_TOO_MANY)
            return
        await self.receive_message(raw)

    async def receive_message(self, raw):
        """A message from the client that passed the size and rate guard (str or bytes)."""

    async def session_ended(self, message):
        """The member logged out or was deactivated (members.sessions)."""
        await self.close(code=CLOSE_UNAUTHENTICATED)

    async def access_changed(self, message):
        """The member's access may have changed (they left a practice, say). A consumer
        that shows what depends on access checks again here; others have nothing to do."""
