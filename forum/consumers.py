"""Live updates for an open thread page. Thin: it checks access (on connect, for every
event and with every heartbeat), replays missed events from the database and passes
live events on. The protocol is described in docs/realtime.md."""

import asyncio
import json

from django.conf import settings

from lerendnetwerk.live import CLOSE_FORBIDDEN, LiveConsumer, database_call

from .live_access import check_reader
from .timeline import events_after, thread_group


@database_call
def _events_after(thread_id, sequence):
    return events_after(thread_id, sequence)


class ThreadConsumer(LiveConsumer):
    heartbeat = None

    async def admit(self):
        self.thread_id = int(self.scope["url_route"]["kwargs"]["thread_id"])
        if not await self._may_read():
            return None
        return [thread_group(self.thread_id)]

    async def opened(self):
        self.heartbeat = asyncio.create_task(self._beat())

    async def disconnect(self, code):
        if self.heartbeat is not None:
            self.heartbeat.cancel()
        await super().disconnect(code)

    async def receive_message(self, raw):
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
