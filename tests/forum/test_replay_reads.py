"""The replay after a restart: the places several sockets of a process ask for at once are
read together, and each gets exactly what a read of its own would give, also where
sequence numbers have gaps (a deleted post's events go with it)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from forum import services
from forum.models import ThreadEvent
from forum.timeline import events_after_each


def own_read(thread, sequence, limit):
    """What one socket read on its own before: the next `limit` events after `sequence`."""
    rows = ThreadEvent.objects.filter(thread=thread, sequence__gt=sequence).order_by("sequence")[:limit]
    return [event.sequence for event in rows]


def test_places_asked_together_get_what_their_own_read_gives_across_gaps(forum):
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="Eerste bericht.")
    for number in range(14):
        services.reply(forum["trekker"], thread, body=f"Antwoord {number}.")
    ThreadEvent.objects.filter(thread=thread, sequence__in=[3, 4, 5, 6, 11]).delete()  # gaps
    places = [0, 2, 2, 4, 9, 15]
    with CaptureQueriesContext(connection) as queries:
        answers = events_after_each(thread.pk, places, limit=4)
    assert len(queries) == 3  # 0, 2 and 4 within the limit of the first: one query; 9; 15
    for place in places:
        assert [event["seq"] for event in answers[place]] == own_read(thread, place, 4), place
    assert answers[15] == []  # caught up


def test_places_far_apart_are_read_apart_and_each_is_complete(forum):
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="Eerste bericht.")
    for number in range(12):
        services.reply(forum["trekker"], thread, body=f"Antwoord {number}.")
    with CaptureQueriesContext(connection) as queries:
        answers = events_after_each(thread.pk, [0, 10], limit=3)
    assert len(queries) == 2
    assert [event["seq"] for event in answers[0]] == [1, 2, 3]
    assert [event["seq"] for event in answers[10]] == [11, 12, 13]
