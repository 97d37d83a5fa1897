"""The thread's timeline: its event log (ThreadEvent rows) and how it reaches live clients.

Each change to a thread is appended as a ThreadEvent with the thread's next sequence
number, while the caller holds a row lock on the thread (services do that). The event is
broadcast to the thread's channel-layer group only when the transaction commits. Clients
replay what they missed from the database (events_after), so a message the channel layer
drops, or a server restart, costs nothing. See docs/realtime.md.
"""

import json

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction

from .models import ThreadEvent


def thread_group(thread_id):
    return f"forum.thread.{thread_id}"


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
    message = as_message(event)
    transaction.on_commit(lambda: broadcast(thread.pk, message))
    return event


def broadcast(thread_id, message):
    """Send to everyone on the thread; serialised once here, not once per client."""
    layer = get_channel_layer()
    if layer is not None:
        text = json.dumps(message)
        async_to_sync(layer.group_send)(thread_group(thread_id), {"type": "thread.event", "text": text})


def events_after(thread_id, sequence, limit=None):
    """The events after `sequence`, in order (at most `limit`)."""
    limit = limit or settings.FORUM_REPLAY_BATCH
    events = ThreadEvent.objects.filter(thread_id=thread_id, sequence__gt=sequence).order_by("sequence")[:limit]
    return [as_message(event) for event in events]
