"""At most N requests of a process run their views at once; the rest wait and are served
(lerendnetwerk/http_slots.py). A slow upload or a slow reader holds no slot."""

import asyncio

import pytest

from lerendnetwerk.http_slots import HttpSlots


class App:
    """An ASGI app that reads the body, then "runs the view" until released."""

    def __init__(self):
        self.running = 0
        self.most_at_once = 0
        self.release = asyncio.Event()
        self.served = 0

    async def __call__(self, scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        await self.release.wait()
        self.running -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        self.served += 1
        await send({"type": "http.response.body", "body": b"ok"})


def _body(*chunks):
    messages = [{"type": "http.request", "body": chunk, "more_body": True} for chunk in chunks[:-1]]
    messages.append({"type": "http.request", "body": chunks[-1], "more_body": False})

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    return receive


async def _sink(message):
    pass


@pytest.mark.asyncio
async def test_no_more_than_the_slots_run_at_once_and_the_others_are_served_after():
    app = App()
    slots = HttpSlots(app, 2)
    requests = [asyncio.create_task(slots({"type": "http"}, _body(b"x"), _sink)) for _ in range(5)]
    await asyncio.sleep(0.05)
    assert app.running == 2
    app.release.set()
    await asyncio.gather(*requests)
    assert app.most_at_once == 2
    assert app.served == 5


@pytest.mark.asyncio
async def test_a_request_still_uploading_holds_no_slot():
    app = App()
    slots = HttpSlots(app, 1)
    upload_done = asyncio.Event()

    async def slow_upload():
        if not upload_done.is_set():
            await upload_done.wait()
            return {"type": "http.request", "body": b"end", "more_body": False}
        return {"type": "http.disconnect"}

    uploading = asyncio.create_task(slots({"type": "http"}, slow_upload, _sink))
    other = asyncio.create_task(slots({"type": "http"}, _body(b"x"), _sink))
    await asyncio.sleep(0.05)
    assert app.running == 1  # the other request got the only slot
    app.release.set()
    await other
    upload_done.set()
    await uploading
    assert app.served == 2


@pytest.mark.asyncio
async def test_the_slot_is_given_back_when_the_response_starts():
    """A download to a slow reader (the body still being sent) does not hold the slot."""
    started = asyncio.Event()
    reader_done = asyncio.Event()
    views = []

    async def app(scope, receive, send):
        await receive()
        views.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"..."})

    async def slow_reader(message):
        if message["type"] == "http.response.body":
            started.set()
            await reader_done.wait()

    slots = HttpSlots(app, 1)
    download = asyncio.create_task(slots({"type": "http", "path": "/groot"}, _body(b""), slow_reader))
    await started.wait()
    await asyncio.wait_for(slots({"type": "http", "path": "/pagina"}, _body(b""), _sink), timeout=1)
    assert views == ["/groot", "/pagina"]
    reader_done.set()
    await download


@pytest.mark.asyncio
async def test_a_failing_view_gives_its_slot_back():
    async def failing(scope, receive, send):
        await receive()
        raise RuntimeError("kapot")

    slots = HttpSlots(failing, 1)
    for _ in range(2):
        with pytest.raises(RuntimeError):
            await asyncio.wait_for(slots({"type": "http"}, _body(b""), _sink), timeout=1)


@pytest.mark.asyncio
async def test_websockets_and_a_limit_of_zero_pass_straight_through():
    app = App()
    app.release.set()
    await HttpSlots(app, 0)({"type": "http"}, _body(b""), _sink)
    calls = []

    async def socket_app(scope, receive, send):
        calls.append(scope["type"])

    await HttpSlots(socket_app, 1)({"type": "websocket"}, _body(b""), _sink)
    assert app.served == 1 and calls == ["websocket"]


def test_one_application_serves_from_several_event_loops():
    """As the test servers do, one after the other in the same process: each loop waits on
    a semaphore of its own (one bound to another loop raises)."""
    app = App()
    slots = HttpSlots(app, 1)

    async def two_at_once():
        requests = [asyncio.create_task(slots({"type": "http"}, _body(b"x"), _sink)) for _ in range(2)]
        await asyncio.sleep(0.02)
        app.release.set()
        await asyncio.gather(*requests)
        app.release = asyncio.Event()

    asyncio.run(two_at_once())
    asyncio.run(two_at_once())
    assert app.served == 4 and app.most_at_once == 1


def test_the_server_application_limits_http_with_the_setting(settings):
    from lerendnetwerk.asgi import application

    http = application.application_mapping["http"]
    assert isinstance(http, HttpSlots)
    assert http.slots == settings.HTTP_SLOTS == 2
