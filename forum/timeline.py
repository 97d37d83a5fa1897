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
    limit = limit or settings.FORUM_REPLAY_BATCH
    events = ThreadEvent.objects.filter(thread_id=thread_id, sequence__gt=sequence).order_by("sequence")[:limit]
    return [as_message(event) for event in events]
