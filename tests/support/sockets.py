"""How a live socket answers someone, as the page in their browser would hear it."""

from channels.testing import WebsocketCommunicator

OPEN = "open"
ABNORMAL_CLOSURE = 1006  # what a browser reports when the handshake itself is refused


async def answer(application, path, user, headers=()):
    """OPEN when the socket at `path` lets `user` in, otherwise the close code it turns
    them away with. A refusal has to come after the handshake, as a close code the page
    can read (lerendnetwerk.live.ReadableRefusalConsumer); a handshake refused outright
    counts as 1006, all a browser would learn then. An open socket is asked for a ping
    (both sockets answer one), so an answer is waited for, never a silence."""
    connection = WebsocketCommunicator(application, path, headers=list(headers))
    if user is not None:
        connection.scope["user"] = user
    connected, _code = await connection.connect(timeout=3)
    if not connected:
        return ABNORMAL_CLOSURE
    await connection.send_json_to({"type": "ping"})
    first = await connection.receive_output(timeout=3)
    await connection.disconnect()
    if first["type"] == "websocket.close":
        return first.get("code", 1000)
    return OPEN


async def close_received(connection, timeout=3):
    """The next thing the server sends, expected to be its close; then the client ends the
    connection, as a browser does, so that no consumer is left waiting for it when the
    test's event loop is torn down (with Redis, a consumer cancelled there can hang)."""
    output = await connection.receive_output(timeout=timeout)
    await connection.disconnect()
    return output
