"""Live updates for an open thread page. Thin: it checks access on connect, replays missed
events from the database and hands the socket to the process's fan-out hub
(lerendnetwerk.fanout), which writes the thread's events and heartbeats to it in order and
checks access with every heartbeat and whenever a change may have taken it away. The
protocol is described in docs/realtime.md."""

import json

from django.conf import settings

from lerendnetwerk import fanout
from lerendnetwerk.live import CLOSE_FORBIDDEN, LiveConsumer, coalesced, database_call

from .live_access import check_reader, readers_of
from .timeline import events_after_each, thread_group

# Read-only, beside Channels' own database thread; the sockets of a process that ask at
# the same moment (all of them, when they reconnect after a restart) are answered together
# by a query that started after they asked.
_events_after = coalesced(database_call(events_after_each, thread_sensitive=False))


class ThreadConsumer(LiveConsumer):
    subscription = None

    async def admit(self):
        self.thread_id = int(self.scope["url_route"]["kwargs"]["thread_id"])
        # Subscribed (frames held until the socket is open) before access is checked: a
        # suspend for this member from now on reaches this socket too.
        outbox = fanout.Outbox(self.base_send)
        outbox.hold("open")
        self.subscription = await fanout.hub().join(
            thread_group(self.thread_id),
            self.user.pk,
            outbox,
            self._denied,
            readers_of(self.thread_id),
            settings.FORUM_HEARTBEAT_SECONDS,
        )
        if not await self._may_read():
            return None
        return []  # events come through the fan-out, not a channel-layer group

    async def opened(self):
        self.subscription.outbox.release("open")

    async def disconnect(self, code):
        if self.subscription is not None:
            self.subscription.outbox.close()
            fanout.hub().leave(self.subscription)
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
        """Send everything after `after`, in order, in batches until caught up. Live frames
        that arrive meanwhile wait in the socket's outbox and come after the replay, without
        those the replay already had."""
        try:
            after = max(0, int(after))
        except (TypeError, ValueError):
            after = 0
        outbox = self.subscription.outbox
        await outbox.hold_and_wait("sync")
        try:
            if not await self._may_read():
                return
            while True:
                events = await _events_after(self.thread_id, after)
                if not events:
                    break
                await self._send({"type": "replay", "events": events})
                after = events[-1]["seq"]
            await self._send({"type": "synced", "seq": after})
            outbox.floor = max(outbox.floor, after)
        finally:
            outbox.release("sync")

    async def access_changed(self, message):
        await self._may_read()

    async def _heartbeat(self):
        """Tell the client the thread's current sequence (so it notices a gap), in order
        with the events."""
        may_read, sequence = await check_reader(self.user.pk, self.thread_id)
        if not may_read:
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.subscription.outbox.put(
            json.dumps({"type": "heartbeat", "seq": self.subscription.topic.visible(sequence)})
        )

    async def _may_read(self):
        """Asked of the database again (batched with the other sockets on this thread);
        closes the socket when the answer is no."""
        may_read, _ = await check_reader(self.user.pk, self.thread_id)
        if not may_read:
            await self.close(code=CLOSE_FORBIDDEN)
        return may_read

    async def _denied(self, code=None):
        await self.close(code=code or CLOSE_FORBIDDEN)

    async def close(self, code=None, reason=None):
        if self.subscription is not None:
            self.subscription.outbox.close()
            fanout.hub().leave(self.subscription)
        await super().close(code=code, reason=reason)

    async def _send(self, data):
        await self.send(text_data=json.dumps(data))
