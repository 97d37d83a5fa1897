"""Live fan-out: one subscription per process, frames handed to its sockets directly.

A thread's event is serialised once, published once after commit, and each ASGI process
hands the same text to every socket it holds on that topic: no channel-layer message per
socket, no Channels dispatch (and its database-thread hop) per event. See
docs/realtime.md ("Fan-out").

- Transport. With `LIVE_FANOUT_REDIS_URL` (production): Redis pub/sub, one connection per
  process (per event loop) subscribed to the topics its sockets are on and to a control
  channel. Without (`make run`, tests): the same in this process, between threads and
  event loops (`loop.call_soon_threadsafe`). Pub/sub channels are not per Redis database,
  so their names carry the prefix and the database number.
- `Outbox`: a socket's frames in order. Live events, heartbeats and replays all reach the
  client through it, so a heartbeat never overtakes an event that was published before it.
  It is held while a replay is sent (the frames wait and come after it; those the replay
  already had are dropped) and while the member's access is being checked again.
- Access. A socket is checked on connect; the hub checks all of a topic's sockets with one
  query every heartbeat; and a change that may remove access calls `suspend()` *before*
  its transaction commits and `recheck_after_commit()`. The suspend reaches every hub
  before any event committed after the change (Redis delivers one connection's messages
  in publish order; in-process callbacks run in order), so the member's frames wait from
  then on; after the commit a query that started after it decides: release them, or drop
  them and close the socket. A suspend whose change rolled back is released by a check
  `SUSPEND_FALLBACK_SECONDS` later.
- The database stays the source of truth: a lost frame is found by the heartbeat (its
  sequence) and replayed from the event log. A hub that loses its Redis connection closes
  its sockets (1012); they reconnect, are checked and replay.
"""

import asyncio
import collections
import json
import logging
import threading
import time
import weakref
from urllib.parse import urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)

CLOSE_SERVICE_RESTART = 1012
SUSPEND_FALLBACK_SECONDS = 10
RECONNECT_SECONDS = 1


# Names


def _channel(name):
    url = settings.LIVE_FANOUT_REDIS_URL
    database = urlsplit(url).path.strip("/") or "0"
    return f"{settings.LIVE_FANOUT_PREFIX}:{database}:live:{name}"


CONTROL = "control"


# Publishing (from any thread, synchronous: after commit, or before it for a suspend)

_redis_clients = {}
_redis_lock = threading.Lock()


def _redis():
    url = settings.LIVE_FANOUT_REDIS_URL
    client = _redis_clients.get(url)
    if client is None:
        import redis

        with _redis_lock:
            client = _redis_clients.setdefault(url, redis.Redis.from_url(url, socket_timeout=5))
    return client


def publish(topic, seq, text):
    """Hand `text` (already serialised) to every socket on `topic`, in every process.
    `seq` orders a topic's frames (0 when it has none)."""
    if settings.LIVE_FANOUT_REDIS_URL:
        _redis().publish(_channel(topic), f"{seq} {text}")
    else:
        for hub in list(_hubs.values()):
            hub.post(hub.dispatch, topic, seq, text)


def _control(operation, member_id=None, topic=None, code=None):
    message = {"op": operation, "member": member_id, "topic": topic, "code": code}
    if settings.LIVE_FANOUT_REDIS_URL:
        _redis().publish(_channel(CONTROL), json.dumps(message))
    else:
        for hub in list(_hubs.values()):
            hub.post(hub.control, message)


def suspend(member_id=None, topic=None):
    """Hold, from now on, every frame for the member's sockets (or a topic's). Call it
    inside the transaction that may remove access, before it commits."""
    _control("suspend", member_id, topic)


def recheck(member_id=None, topic=None, code=None):
    """Check the held sockets again now (a query that starts after this call); those that
    may no longer read are closed with `code` (default 4403)."""
    _control("recheck", member_id, topic, code)


def recheck_after_commit(member_id=None, topic=None, code=None):
    from django.db import transaction

    transaction.on_commit(lambda: recheck(member_id, topic, code))


# A socket's frames, in order


class Outbox:
    """The frames for one socket, written in order by one writer task at a time."""

    def __init__(self, send):
        self._send = send  # the ASGI send of the socket
        self._frames = collections.deque()  # (seq or None, text)
        self._holds = set()
        self._writer = None
        self.closed = False
        self.floor = 0  # frames with a sequence at or below this were replayed: dropped

    def put(self, text, seq=None):
        if self.closed:
            return
        self._frames.append((seq, text))
        if self._writer is None and not self._holds:
            self._writer = asyncio.get_running_loop().create_task(self._write())

    async def _write(self):
        try:
            while self._frames and not self._holds and not self.closed:
                seq, text = self._frames.popleft()
                if seq is not None and seq <= self.floor:
                    continue
                await self._send({"type": "websocket.send", "text": text})
        except Exception:  # noqa: BLE001 - the client went away (ClientDisconnected, OSError …)
            self.close()
        finally:
            self._writer = None

    def hold(self, reason):
        self._holds.add(reason)

    async def hold_and_wait(self, reason):
        """Hold, and wait until a frame being written has gone (to send directly after)."""
        self._holds.add(reason)
        writer = self._writer
        if writer is not None:
            await asyncio.wait([writer])

    def release(self, reason):
        self._holds.discard(reason)
        if self._frames and self._writer is None and not self._holds and not self.closed:
            self._writer = asyncio.get_running_loop().create_task(self._write())

    def is_held(self, reason):
        return reason in self._holds

    def close(self):
        self.closed = True
        self._frames.clear()


# Subscribers and topics


class Subscription:
    """One socket on one topic. `deny(code)` closes the socket (a coroutine function)."""

    __slots__ = ("__weakref__", "deny", "generation", "member_id", "outbox", "topic")

    def __init__(self, topic, member_id, outbox, deny):
        self.topic, self.member_id, self.outbox, self.deny = topic, member_id, outbox, deny
        self.generation = 0  # counts suspends; an answer to an older one releases nothing


class Topic:
    """A topic's sockets in this process, how to check who may read it (`check(member ids)`
    → (ids that may, current sequence)) and its heartbeat."""

    def __init__(self, name, check, interval):
        self.name, self.check, self.interval = name, check, interval
        self.subscriptions = set()
        self.last_seen = None  # the highest sequence handed out here
        self.suspect = None  # (sequence, since): committed, not seen here yet
        self.ready = None
        self.beat = None

    def visible(self, sequence):
        """The sequence a heartbeat tells: the database's, unless it is ahead of what this
        process has handed out and only just so (its frame is under way: telling it would
        make clients see a false gap and replay). Ahead for longer than a heartbeat (at most
        2 s): the frame was lost, and the clients must notice."""
        now = time.monotonic()
        if self.last_seen is None:
            self.last_seen = sequence
        if sequence <= self.last_seen:
            return sequence
        if self.suspect is None or self.suspect[0] <= self.last_seen:
            self.suspect = (sequence, now)
            return self.last_seen
        if now - self.suspect[1] >= min(self.interval, 2.0):
            return sequence
        return self.last_seen


class Hub:
    """This event loop's side of the fan-out: its topics, its sockets, its subscription."""

    def __init__(self, loop):
        self.loop = loop
        self.topics = {}
        self.members = collections.defaultdict(weakref.WeakSet)
        self.redis = bool(settings.LIVE_FANOUT_REDIS_URL)
        self.started = None
        self.pubsub = None
        self.reader = None

    def post(self, callback, *args):
        """Run `callback(*args)` in the hub's loop, in the order posted (from any thread)."""
        try:
            self.loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop has closed
            _hubs.pop(self.loop, None)

    # Joining and leaving

    async def join(self, name, member_id, outbox, deny, check, interval):
        """Subscribe a socket; returns once frames published from now on reach it."""
        await self._start()
        topic = self.topics.get(name)
        if topic is None:
            topic = self.topics[name] = Topic(name, check, interval)
            topic.ready = self.loop.create_future()
            topic.beat = self.loop.create_task(self._beat(topic))
            if self.redis:
                self._waiting[_channel(name).encode()] = topic.ready
                await self.pubsub.subscribe(_channel(name))
            else:
                topic.ready.set_result(None)
        subscription = Subscription(topic, member_id, outbox, deny)
        topic.subscriptions.add(subscription)
        self.members[member_id].add(subscription)
        await asyncio.shield(topic.ready)
        return subscription

    def leave(self, subscription):
        topic = subscription.topic
        topic.subscriptions.discard(subscription)
        self.members.get(subscription.member_id, set()).discard(subscription)
        if not topic.subscriptions and self.topics.get(topic.name) is topic:
            del self.topics[topic.name]
            topic.beat.cancel()
            if self.redis and self.pubsub is not None:
                self.loop.create_task(self._unsubscribe(topic.name))

    async def _unsubscribe(self, name):
        if name not in self.topics:
            try:
                await self.pubsub.unsubscribe(_channel(name))
            except Exception:
                logger.debug("unsubscribe failed", exc_info=True)

    # Delivery

    def dispatch(self, name, seq, text):
        topic = self.topics.get(name)
        if topic is None:
            return
        if seq and (topic.last_seen is None or seq > topic.last_seen):
            topic.last_seen = seq
        for subscription in topic.subscriptions:
            subscription.outbox.put(text, seq or None)

    def _matching(self, message):
        if message.get("member") is not None:
            return list(self.members.get(message["member"], ()))
        topic = self.topics.get(message.get("topic"))
        return list(topic.subscriptions) if topic else []

    def control(self, message):
        subscriptions = self._matching(message)
        if message["op"] == "suspend":
            for subscription in subscriptions:
                subscription.generation += 1
                subscription.outbox.hold("access")
            if subscriptions:
                self.loop.call_later(SUSPEND_FALLBACK_SECONDS, self._recheck, subscriptions)
        elif message["op"] == "recheck":
            self._recheck(subscriptions, message.get("code"))

    def _recheck(self, subscriptions, code=None):
        by_topic = collections.defaultdict(list)
        for subscription in subscriptions:
            if subscription.outbox.is_held("access") and not subscription.outbox.closed:
                by_topic[subscription.topic].append((subscription, subscription.generation))
        for topic, waiting in by_topic.items():
            self.loop.create_task(self._decide(topic, waiting, code))

    async def _decide(self, topic, waiting, code=None):
        try:
            readers, _sequence = await topic.check([subscription.member_id for subscription, _ in waiting])
        except Exception:
            logger.exception("access check failed; asking again")
            self.loop.call_later(1, self._recheck, [subscription for subscription, _ in waiting], code)
            return
        for subscription, generation in waiting:
            if subscription.generation != generation or subscription.outbox.closed:
                continue  # suspended again meanwhile: that suspend's own check decides
            if subscription.member_id in readers:
                subscription.outbox.release("access")
            else:
                self.deny(subscription, code)

    def deny(self, subscription, code=None):
        """Close a socket: nothing more is written to it from now on."""
        subscription.outbox.close()
        self.leave(subscription)
        self.loop.create_task(subscription.deny(code))

    async def _beat(self, topic):
        """Every `interval`: one access query for all of the topic's sockets here, and a
        heartbeat (in order with the events) for those that may still read it."""
        while True:
            await asyncio.sleep(topic.interval)
            subscriptions = list(topic.subscriptions)
            if not subscriptions:
                continue
            try:
                readers, sequence = await topic.check({subscription.member_id for subscription in subscriptions})
            except Exception:
                logger.exception("heartbeat access check failed")
                continue
            frame = json.dumps({"type": "heartbeat", "seq": topic.visible(sequence)}) if readers else None
            for subscription in subscriptions:
                if subscription not in topic.subscriptions:
                    continue
                if subscription.member_id in readers:
                    subscription.outbox.put(frame)
                else:
                    self.deny(subscription)

    # Redis

    async def _start(self):
        if not self.redis:
            return
        if self.started is None or (self.started.done() and self.started.exception() is not None):
            self.started = self.loop.create_future()
            self._waiting = {}
            self.reader = self.loop.create_task(self._read())
        await asyncio.shield(self.started)

    async def _read(self):
        import redis.asyncio as aioredis

        client = aioredis.Redis.from_url(settings.LIVE_FANOUT_REDIS_URL, socket_timeout=None)
        self.pubsub = pubsub = client.pubsub()
        control = _channel(CONTROL).encode()
        prefix = len(_channel(""))
        try:
            self._waiting[control] = self.started
            await pubsub.subscribe(control)
            while True:
                message = await pubsub.get_message(timeout=None)
                if message is None:
                    continue
                kind, channel = message["type"], message["channel"]
                if kind == "message":
                    if channel == control:
                        self.control(json.loads(message["data"]))
                    else:
                        seq, _, text = message["data"].partition(b" ")
                        self.dispatch(channel[prefix:].decode(), int(seq), text.decode())
                elif kind == "subscribe":
                    waiting = self._waiting.pop(channel, None)
                    if waiting is not None and not waiting.done():
                        waiting.set_result(None)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - connection lost: every socket starts over
            logger.warning("live fan-out lost its Redis subscription: %s", error)
            self._lost(error)
        finally:
            self.pubsub = None
            try:
                await pubsub.aclose()
                await client.aclose()
            except Exception:
                logger.debug("closing the subscription failed", exc_info=True)

    def _lost(self, error):
        """What was published while the subscription was gone never arrives: close every
        socket (1012); they reconnect, are checked and replay from the database."""
        for future in [self.started, *self._waiting.values()]:
            if future is not None and not future.done():
                future.set_exception(ConnectionError(str(error)))
        self.started = None
        for topic in list(self.topics.values()):
            for subscription in list(topic.subscriptions):
                self.deny(subscription, CLOSE_SERVICE_RESTART)


_hubs = weakref.WeakKeyDictionary()  # event loop -> Hub


def hub():
    loop = asyncio.get_running_loop()
    found = _hubs.get(loop)
    if found is None:
        found = _hubs[loop] = Hub(loop)
    return found
