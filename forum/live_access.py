"""The live sockets' access check, asked of the database for every event, in batches.

When a post is broadcast, every socket on that thread in this process receives it at about
the same moment and must check that its member may still read the thread. Asking once per
socket costs one query per socket per event (500 sockets, 500 queries). Instead the checks
that are waiting at the same moment for the same thread are answered together by one query
(forum.access.thread_readers).

Nothing is cached: every check is answered by a query that *starts after* the check was
asked. A check that arrives while a query is running waits for the next one, so a member
removed from a practice a moment ago is never let through on an older answer.
"""

import asyncio
import weakref

from lerendnetwerk.live import database_call

from .access import thread_readers

# Read-only, so it may run beside the thread Channels keeps for other database work.
_thread_readers = database_call(thread_readers, thread_sensitive=False)


class ThreadReaderChecks:
    """Coalesces the access checks of one event loop's sockets, per thread."""

    def __init__(self):
        self._waiting = {}  # thread id -> {member id: [futures]}
        self._running = {}  # thread id -> the task answering its checks

    async def check(self, member_id, thread_id):
        """(may read, the thread's last sequence or None) for this member, from a query
        that started after this call."""
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(thread_id, {}).setdefault(member_id, []).append(future)
        if thread_id not in self._running:
            self._running[thread_id] = asyncio.create_task(self._answer(thread_id))
        return await future

    async def _answer(self, thread_id):
        try:
            while self._waiting.get(thread_id):
                # Let the other sockets that received the same event ask too.
                await asyncio.sleep(0)
                waiting = self._waiting.pop(thread_id)
                try:
                    readers, last_sequence = await _thread_readers(thread_id, list(waiting))
                except Exception as error:  # noqa: BLE001 - handed to every waiting socket
                    for futures in waiting.values():
                        for future in futures:
                            if not future.done():
                                future.set_exception(error)
                    continue
                for member_id, futures in waiting.items():
                    answer = (member_id in readers, last_sequence if member_id in readers else None)
                    for future in futures:
                        if not future.done():
                            future.set_result(answer)
        finally:
            del self._running[thread_id]


_checks = weakref.WeakKeyDictionary()  # event loop -> ThreadReaderChecks


async def check_reader(member_id, thread_id):
    """May this member still read this thread, and what is its last sequence?"""
    loop = asyncio.get_running_loop()
    checks = _checks.get(loop)
    if checks is None:
        checks = _checks[loop] = ThreadReaderChecks()
    return await checks.check(member_id, thread_id)


def readers_of(thread_id):
    """The fan-out's access check for one thread's sockets (lerendnetwerk.fanout): which of
    these members may read it, and its last sequence; one query for all of them."""

    async def check(member_ids):
        return await _thread_readers(thread_id, list(member_ids))

    return check
