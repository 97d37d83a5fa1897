"""The thread's timeline: its event log (ThreadEvent rows) and how it reaches live clients.

Each change to a thread is appended as a ThreadEvent with the thread's next sequence
number, while the caller holds a row lock on the thread (services do that). The event is
published to the thread's fan-out topic (lerendnetwerk.fanout) only when the transaction
commits. Clients
replay what they missed from the database (events_after), so a message the channel layer
drops, or a server restart, costs nothing. See docs/realtime.md.
"""

from django.conf import settings

from lerendnetwerk.live import group_name, publish_after_commit

from .models import ThreadEvent


def thread_group(thread_id):
    return group_name("forum", "thread", thread_id)


def as_message(event):
    """The plain dict a client receives for one event."""
    return {"type": "event", "seq": event.sequence, "kind": event.kind, **event.payload}


def append_event(thread, kind, *, post=None, **payload):
    """Record the next event of a (row-locked) thread and broadcast it after commit.
    The caller saves the thread (its last_sequence changes here)."""
    thread.last_sequence += 1
    event = ThreadEvent.objects.create(
        thread=thread, sequence=thread.last_sequence, kind=kind, post=post, payload=payload
    )
    publish_after_commit(thread_group(thread.pk), event.sequence, as_message(event))
    return event


def events_after(thread_id, sequence, limit=None):
    """The events after `sequence`, in order (at most `limit`)."""
    return events_after_each(thread_id, [sequence], limit)[sequence]


def events_after_each(thread_id, sequences, limit=None):
    """{sequence: the events after it, in order, at most `limit`} for several places in one
    thread: what the sockets of a process that reconnect together after a restart ask.
    Places within `limit` of each other are read by one query. Sequence numbers have gaps
    where a post was deleted (its events went with it), so a query takes as many rows as
    the span of its places plus `limit`: enough for each place, at most twice `limit`."""
    limit = limit or settings.FORUM_REPLAY_BATCH
    groups = []
    for sequence in sorted(set(sequences)):
        if groups and sequence - groups[-1][0] <= limit:
            groups[-1].append(sequence)
        else:
            groups.append([sequence])
    answers = {}
    for group in groups:
        rows = ThreadEvent.objects.filter(thread_id=thread_id, sequence__gt=group[0]).order_by("sequence")
        messages = [as_message(event) for event in rows[: group[-1] - group[0] + limit]]
        for sequence in group:
            answers[sequence] = [message for message in messages if message["seq"] > sequence][:limit]
    return answers
