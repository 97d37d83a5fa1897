"""The member's notification socket: the unread count, live."""

import json

from lerendnetwerk.live import LiveConsumer, database_call

from .services import count_group, unread_count_of

_unread = database_call(unread_count_of)


class NotificationConsumer(LiveConsumer):
    async def admit(self):
        return [count_group(self.user.pk)]

    async def opened(self):
        await self._send_count(await _unread(self.user.pk))

    async def receive_message(self, raw):
        # The client may ask for the count again (after a reconnect, say).
        await self._send_count(await _unread(self.user.pk))

    async def notification_count(self, message):
        await self._send_count(message["unread"])

    async def _send_count(self, unread):
        await self.send(text_data=json.dumps({"type": "unread", "count": unread}))
