"""The live sockets' access checks: batched per thread, never answered from an older query."""

import asyncio

import pytest

from forum import live_access
from lerendnetwerk.live import Coalesced


@pytest.fixture
def recorded_queries(monkeypatch):
    """Replace the database query by a recording one whose answers the test controls."""
    calls, gates, readable = [], [], set()

    async def fake_thread_readers(thread_id, member_ids):
        calls.append((thread_id, sorted(member_ids)))
        answer = {member for member in member_ids if member in readable}, 7  # as the query starts
        gate = asyncio.Event()
        gates.append(gate)
        await gate.wait()
        return answer

    monkeypatch.setattr(live_access, "_thread_readers", fake_thread_readers)
    return calls, gates, readable


async def open_all(gates):
    while True:
        await asyncio.sleep(0)
        for gate in gates:
            gate.set()
        if all(gate.is_set() for gate in gates):
            await asyncio.sleep(0)
            return


@pytest.mark.asyncio
async def test_checks_waiting_together_are_answered_by_one_query(recorded_queries):
    calls, gates, readable = recorded_queries
    readable.update({1, 2})
    checks = Coalesced(live_access.readers_answer)
    pending = [asyncio.ensure_future(checks.ask(10, member)) for member in (1, 2, 3, 1)]
    await asyncio.sleep(0.01)
    assert calls == [(10, [1, 2, 3])]
    await open_all(gates)
    assert await asyncio.gather(*pending) == [(True, 7), (True, 7), (False, None), (True, 7)]


@pytest.mark.asyncio
async def test_a_check_asked_while_a_query_runs_waits_for_a_fresh_query(recorded_queries):
    calls, gates, readable = recorded_queries
    readable.add(1)
    checks = Coalesced(live_access.readers_answer)
    first = asyncio.ensure_future(checks.ask(10, 1))
    await asyncio.sleep(0.01)
    # The member loses access while the first query runs; a check asked now must not
    # get the first query's answer.
    readable.discard(1)
    second = asyncio.ensure_future(checks.ask(10, 1))
    await asyncio.sleep(0.01)
    assert len(calls) == 1
    gates[0].set()
    assert await first == (True, 7)
    await asyncio.sleep(0.01)
    assert len(calls) == 2
    gates[1].set()
    assert await second == (False, None)


@pytest.mark.asyncio
async def test_threads_are_checked_separately(recorded_queries):
    calls, gates, readable = recorded_queries
    readable.add(1)
    checks = Coalesced(live_access.readers_answer)
    pending = [asyncio.ensure_future(checks.ask(10, 1)), asyncio.ensure_future(checks.ask(11, 1))]
    await asyncio.sleep(0.01)
    assert sorted(calls) == [(10, [1]), (11, [1])]
    await open_all(gates)
    assert await asyncio.gather(*pending) == [(True, 7), (True, 7)]


@pytest.mark.asyncio
async def test_a_failing_query_fails_every_waiting_check_and_the_next_check_asks_again(monkeypatch):
    answers = [RuntimeError("database gone"), ({1}, 3)]

    async def flaky(thread_id, member_ids):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(live_access, "_thread_readers", flaky)
    checks = Coalesced(live_access.readers_answer)
    results = await asyncio.gather(checks.ask(10, 1), checks.ask(10, 2), return_exceptions=True)
    assert [type(result) for result in results] == [RuntimeError, RuntimeError]
    assert await checks.ask(10, 1) == (True, 3)
