"""At most a few requests of a process run Django's views at the same time; the others
wait their turn in the event loop.

Under ASGI every request runs its (synchronous) views in a thread of its own. With 20
clients at once, 20 threads take turns at Python's interpreter lock, and a page cost
about a third more CPU than with two at a time: a member's forum thread 16.9 against 12.5
ms of the server's CPU per request, measured with bench/pages_http.py --cpu (clients 20
and 2). Letting N requests in at once and the rest wait (not refused, as uvicorn's
--limit-concurrency does) keeps that cost down; N above 1 still lets one request run
while another waits for the database.

A request takes its slot once its body has arrived (a slow upload holds none) and gives it
back when its response starts (a streamed download, a slow reader holds none), or when it
ends without one. WebSockets never wait here: only HTTP passes through.
"""

import asyncio
import weakref


class HttpSlots:
    def __init__(self, app, slots):
        self.app = app
        self.slots = slots
        self._semaphores = weakref.WeakKeyDictionary()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.slots <= 0:
            return await self.app(scope, receive, send)
        # One per event loop (a semaphore belongs to the loop it first waits in; a test
        # process serves from several loops, a server process from one).
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.slots)
        held = False

        def give_back():
            nonlocal held
            if held:
                held = False
                semaphore.release()

        async def receive_then_wait_turn():
            nonlocal held
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body", False) and not held:
                await semaphore.acquire()
                held = True
            return message

        async def send_and_give_back(message):
            if message["type"] == "http.response.start":
                give_back()
            await send(message)

        try:
            return await self.app(scope, receive_then_wait_turn, send_and_give_back)
        finally:
            give_back()
