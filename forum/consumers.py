"""Live updates for an open thread page. Thin: it checks access (on connect, for every
event and with every heartbeat), replays missed events from the database and passes
live events on. The protocol is described in docs/realtime.md."""

import asyncio
import json
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from .live_access import check_reader
from .services import member_group
from .timeline import events_after, thread_group

# Close codes (4000-4999 are free for applications).
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_MANY = 4429
CLOSE_TOO_LARGE = 1009


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


@database_sync_to_async
def _events_after(thread_id, sequence):
    return events_after(thread_id, sequence)


class ThreadConsumer(ReadableRefusalConsumer):
    groups = []

    async def connect(self):
        self.thread_id = int(self.scope["url_route"]["kwargs"]["thread_id"])
        self.user = self.scope.get("user")
        self.throttle = MessageThrottle(settings.WEBSOCKET_MESSAGES_PER_WINDOW, settings.WEBSOCKET_WINDOW_SECONDS)
        self.heartbeat = None
        if not (self.user and self.user.is_authenticated):
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        if not await self._may_read():
            return
        await self.channel_layer.group_add(thread_group(self.thread_id), self.channel_name)
        await self.channel_layer.group_add(member_group(self.user.pk), self.channel_name)
        await self.accept()
        self.heartbeat = asyncio.create_task(self._beat())

    async def disconnect(self, code):
        if self.heartbeat is not None:
            self.heartbeat.cancel()
        if getattr(self, "user", None) and self.user.is_authenticated:
            await self.channel_layer.group_discard(thread_group(self.thread_id), self.channel_name)
            await self.channel_layer.group_discard(member_group(self.user.pk), self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        raw = text_data if text_data is not None else (bytes_data or b"")
        if len(raw.encode() if isinstance(raw, str) else raw) > settings.WEBSOCKET_MAX_MESSAGE_BYTES:
            await self.close(code=CLOSE_TOO_LARGE)
            return
        if not self.throttle.allow():
            await self.close(code=CLOSE_TOO_MANY)
            return
        try:
            message = json.loads(raw)
            kind = message.get("type")
        except (ValueError, AttributeError):
            return  # not ours to answer
        if kind == "sync":
            await self._replay(message.get("after"))
        elif kind == "ping":
            await self._heartbeat()

    async def _replay(self, after):
        """Send everything after `after`, in order, in batches until caught up. Live events
        that arrive meanwhile wait in the consumer's queue and come after the replay; the
        client drops any it already has."""
        try:
            after = max(0, int(after))
        except (TypeError, ValueError):
            after = 0
        if not await self._may_read():
            return
        while True:
            events = await _events_after(self.thread_id, after)
            if not events:
                break
            await self._send({"type": "replay", "events": events})
            after = events[-1]["seq"]
        await self._send({"type": "synced", "seq": after})

    async def thread_event(self, message):
        if await self._may_read():
            await self.send(text_data=message["text"])

    async def access_changed(self, message):
        await self._may_read()

    async def session_ended(self, message):
        """The member logged out or was deactivated (members.sessions)."""
        await self.close(code=CLOSE_UNAUTHENTICATED)

    async def _beat(self):
        while True:
            await asyncio.sleep(settings.FORUM_HEARTBEAT_SECONDS)
            try:
                if not await self._heartbeat():
                    return
            except OSError:  # the client went away between two beats (the server's ClientDisconnected)
                return

    async def _heartbeat(self):
        """Tell the client the thread's current sequence (so it notices a gap)."""
        may_read, sequence = await check_reader(self.user.pk, self.thread_id)
        if not may_read:
            await self.close(code=CLOSE_FORBIDDEN)
            return False
        await self._send({"type": "heartbeat", "seq": sequence})
        return True

    async def _may_read(self):
        """Asked of the database again (batched with the other sockets on this thread);
        closes the socket when the answer is no."""
        may_read, _ = await check_reader(self.user.pk, self.thread_id)
        if not may_read:
            await self.close(code=CLOSE_FORBIDDEN)
        return may_read

    async def _send(self, data):
        await self.send(text_data=json.dumps(data))
