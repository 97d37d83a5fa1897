"""The servers of bench/ws_delivery.py: the application, plus the floor it is measured
against, a bare Channels consumer that joins one group and forwards what the group gets
(group_send -> forward, nothing else). Only the benchmark serves this route."""

from channels.generic.websocket import AsyncWebsocketConsumer

from lerendnetwerk.asgi import application as project

FLOOR_GROUP = "bench.floor"


class ForwardingConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        await self.channel_layer.group_add(FLOOR_GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(FLOOR_GROUP, self.channel_name)

    async def floor_frame(self, message):
        await self.send(text_data=message["text"])


floor = ForwardingConsumer.as_asgi()


async def application(scope, receive, send):
    if scope["type"] == "websocket" and scope["path"] == "/ws/bench/floor/":
        return await floor(scope, receive, send)
    return await project(scope, receive, send)
