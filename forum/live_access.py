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

from lerendnetwerk.live import coalesced, database_call

from .access import thread_readers

# Read-only, so it may run beside the thread Channels keeps for other database work.
_thread_readers = database_call(thread_readers, thread_sensitive=False)


async def readers_answer(thread_id, member_ids):
    """{member id: (may read, the thread's last sequence or None)} for the checks of one
    thread waiting together (lerendnetwerk.live.Coalesced), from one query."""
    readers, last_sequence = await _thread_readers(thread_id, member_ids)
    return {member: (member in readers, last_sequence if member in readers else None) for member in member_ids}


_checks = coalesced(readers_answer)  # one Coalesced per event loop


async def check_reader(member_id, thread_id):
    """May this member still read this thread, and what is its last sequence?"""
    return await _checks(thread_id, member_id)


def readers_of(thread_id):
    """The fan-out's access check for one thread's sockets (lerendnetwerk.fanout): which of
    these members may read it, and its last sequence; one query for all of them."""

    async def check(member_ids):
        return await _thread_readers(thread_id, list(member_ids))

    return check
