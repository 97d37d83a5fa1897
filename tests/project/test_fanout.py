"""The live fan-out (lerendnetwerk.fanout): one subscription per process, frames written to
each socket in order, held while a replay is sent and while access is being checked again.
Both transports: in this process (no Redis, `make run`) and Redis pub/sub (with
REDIS_URL)."""

import asyncio
import json
import threading

import pytest

from lerendnetwerk import fanout

pytestmark = pytest.mark.asyncio


@pytest.fixture
def transport(fanout_transport, settings):
    settings.LIVE_FANOUT_PREFIX = "lerendnetwerk-test-fanout"
    return fanout_transport


class Socket:
    """What a client would receive: the texts written to it, and whether it was closed."""

    def __init__(self, member_id=1):
        self.member_id = member_id
        self.texts = []
        self.closed_with = None
        self.outbox = fanout.Outbox(self.send)
        self.arrived = asyncio.Event()

    async def send(self, message):
        self.texts.append(message["text"])
        self.arrived.set()

    async def deny(self, code=None):
        self.closed_with = code or 4403
        self.arrived.set()

    async def until(self, predicate):
        while not predicate(self):
            self.arrived.clear()
            await asyncio.wait_for(self.arrived.wait(), 3)

    def seqs(self):
        return [json.loads(text).get("seq") for text in self.texts]


def readers(allowed, sequence=0):
    async def check(member_ids):
        return {member for member in member_ids if member in allowed}, sequence

    return check


async def join(socket, topic="test.topic", check=None, interval=60):
    return await fanout.hub().join(
        topic, socket.member_id, socket.outbox, socket.deny, check or readers({socket.member_id}), interval
    )


def publish_from_another_thread(topic, frames):
    """As after a commit: from a worker thread, synchronously, in order."""

    def run():
        for seq in frames:
            fanout.publish(topic, seq, json.dumps({"type": "event", "seq": seq}))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


async def test_every_socket_on_a_topic_gets_every_frame_in_order_and_others_nothing(transport):
    first, second, elsewhere = Socket(1), Socket(2), Socket(3)
    await join(first)
    await join(second)
    await join(elsewhere, topic="test.other")

    publish_from_another_thread("test.topic", range(1, 21))

    for socket in (first, second):
        await socket.until(lambda s: len(s.texts) == 20)
        assert socket.seqs() == list(range(1, 21))
    publish_from_another_thread("test.other", [1])
    await elsewhere.until(lambda s: s.texts)
    assert elsewhere.seqs() == [1]  # the other topic's frames never reached it


async def test_a_heartbeat_comes_after_the_events_published_before_it(transport):
    socket = Socket()
    subscription = await join(socket)
    publish_from_another_thread("test.topic", [1, 2, 3])
    await socket.until(lambda s: len(s.texts) == 3)
    socket.outbox.put(json.dumps({"type": "heartbeat", "seq": subscription.topic.visible(3)}))
    await socket.until(lambda s: len(s.texts) == 4)
    assert [json.loads(text)["type"] for text in socket.texts] == ["event"] * 3 + ["heartbeat"]


async def test_frames_wait_during_a_replay_and_what_it_had_is_not_sent_again(transport):
    socket = Socket()
    await join(socket)
    await socket.outbox.hold_and_wait("sync")
    publish_from_another_thread("test.topic", [4, 5, 6])
    await asyncio.sleep(0.2)  # let them arrive (they wait in the outbox)
    assert socket.texts == []
    await socket.send({"text": json.dumps({"type": "replay", "events": [{"seq": 4}, {"seq": 5}]})})
    socket.outbox.floor = 5
    socket.outbox.release("sync")
    await socket.until(lambda s: len(s.texts) == 2)
    assert json.loads(socket.texts[1]) == {"type": "event", "seq": 6}


async def test_a_suspended_member_gets_nothing_more_once_the_check_says_no(transport):
    removed, staying = Socket(1), Socket(2)
    allowed = {1, 2}

    async def check(member_ids):
        return {member for member in member_ids if member in allowed}, 0

    await join(removed, check=check)
    await join(staying, check=check)

    def remove_then_post():
        fanout.suspend(member_id=1)  # inside the transaction, before it commits
        allowed.discard(1)  # the commit
        fanout.recheck(member_id=1)  # after commit
        for seq in (1, 2):
            fanout.publish("test.topic", seq, json.dumps({"type": "event", "seq": seq}))

    await asyncio.to_thread(remove_then_post)
    await staying.until(lambda s: len(s.texts) == 2)
    await removed.until(lambda s: s.closed_with is not None)
    assert removed.texts == []
    assert removed.closed_with == 4403
    assert staying.seqs() == [1, 2]


async def test_a_suspend_whose_change_left_access_releases_the_frames_in_order(transport):
    socket = Socket(1)
    await join(socket)

    def suspend_post_recheck():
        fanout.suspend(member_id=1)
        fanout.publish("test.topic", 1, json.dumps({"type": "event", "seq": 1}))
        fanout.recheck(member_id=1)
        fanout.publish("test.topic", 2, json.dumps({"type": "event", "seq": 2}))

    await asyncio.to_thread(suspend_post_recheck)
    await socket.until(lambda s: len(s.texts) == 2)
    assert socket.seqs() == [1, 2]
    assert socket.closed_with is None


async def test_the_heartbeat_checks_every_socket_and_closes_those_that_may_no_longer_read(transport):
    kept, removed = Socket(1), Socket(2)
    await join(kept, check=readers({1}, sequence=7), interval=0.05)
    await join(removed, check=readers({1}, sequence=7), interval=0.05)
    await kept.until(lambda s: s.texts)
    await removed.until(lambda s: s.closed_with is not None)
    assert json.loads(kept.texts[0]) == {"type": "heartbeat", "seq": 7}
    assert removed.texts == []


async def test_a_heartbeat_does_not_tell_a_sequence_whose_frame_is_under_way_until_it_is_overdue(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(fanout.time, "monotonic", lambda: now[0])
    topic = fanout.Topic("test.topic", None, interval=15)
    assert topic.visible(3) == 3  # what this process knows to start with
    assert topic.visible(4) == 3  # 4 committed, its frame not here yet: no false gap
    now[0] += 1
    assert topic.visible(4) == 3
    now[0] += 1.5  # 2 s on: the frame was lost, the clients must notice and replay
    assert topic.visible(4) == 4
    topic.last_seen = 5  # a later frame arrived
    assert topic.visible(5) == 5
