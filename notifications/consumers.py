"""The member's notification socket: the unread count, live."""

import json

from channels.db import database_sync_to_async
from django.conf import settings

from forum.consumers import (
    CLOSE_TOO_LARGE,
    CLOSE_TOO_MANY,
    CLOSE_UNAUTHENTICATED,
    MessageThrottle,
    ReadableRefusalConsumer,
)

from .services import member_group, unread_count_of

_unread = database_sync_to_async(unread_count_of)


class NotificationConsumer(ReadableRefusalConsumer):
    async def connect(self):
        self.user = self.scope.get("user")
        self.throttle = MessageThrottle(settings.WEBSOCKET_MESSAGES_PER_WINDOW, settings.WEBSOCKET_WINDOW_SECONDS)
        if not (self.user and self.user.is_authenticated and self.user.is_active):
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        await self.channel_layer.group_add(member_group(self.user.pk), self.channel_name)
        await self.accept()
        await self._send_count(await _unread(self.user.pk))

    async def disconnect(self, code):
        if getattr(self, "user", None) and self.user.is_authenticated:
            await self.channel_layer.group_discard(member_group(self.user.pk), self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        raw = text_data if text_data is not None else (bytes_data or b"")
        if len(raw.encode() if isinstance(raw, str) else raw) > settings.WEBSOCKET_MAX_MESSAGE_BYTES:
            await self.close(code=CLOSE_TOO_LARGE)
            return
        if not self.throttle.allow():
            await self.close(code=CLOSE_TOO_MANY)
            return
        # The client may ask for the count again (after a reconnect, say).
        await self._send_count(await _unread(self.user.pk))

    async def notification_count(self, message):
        await self._send_count(message["unread"])

    async def session_ended(self, message):
        """The member logged out or was deactivated (members.sessions)."""
        await self.close(code=CLOSE_UNAUTHENTICATED)

    async def _send_count(self, unread):
        await self.send(text_data=json.dumps({"type": "unread", "count": unread}))
