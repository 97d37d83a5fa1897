"""Evaluation invitations go out once per attendee also when two runs coincide (the
scheduler's run and one started by hand), on PostgreSQL. Both runs are released at the same
moment and the step between "who has no invitation yet" and recording the invitations is
slowed down; the control without the lock shows the same load invites twice, so the first
test proves the lock, not the timing. SQLite has one writer at a time: skipped there."""

import threading
import time

import pytest
from django.db import connection

from events import evaluation
from lerendnetwerk.meeting_signals import evaluation_opened
from tests.events.test_evaluation import attend, past_event
from tests.support.races import POSTGRESQL_RACES

pytestmark = POSTGRESQL_RACES

ATTENDEES = 5


@pytest.fixture
def slow_lookup(monkeypatch):
    lookup = evaluation._not_yet_invited

    def slowly(event):
        members = lookup(event)
        time.sleep(0.2)
        return members

    monkeypatch.setattr(evaluation, "_not_yet_invited", slowly)


@pytest.fixture
def invited():
    """Every member an `evaluation_opened` signal was sent for (what notifies and mails)."""
    received = []

    def receiver(sender, event, members, **kwargs):
        received.extend(member.pk for member in members)

    evaluation_opened.connect(receiver, weak=False)
    yield received
    evaluation_opened.disconnect(receiver)


def two_runs_at_once():
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            evaluation.send_invitations()
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_runs_at_once_invite_each_attendee_once(slow_lookup, invited):
    event = past_event()
    attendees = {attend(event).pk for _ in range(ATTENDEES)}

    assert two_runs_at_once() == []
    assert sorted(invited) == sorted(attendees)


def test_control_without_the_lock_two_runs_invite_twice(slow_lookup, invited, monkeypatch):
    monkeypatch.setattr(evaluation, "_lock_for_invitations", lambda event: None)
    event = past_event()
    for _ in range(ATTENDEES):
        attend(event)

    assert two_runs_at_once() == []
    assert len(invited) == 2 * ATTENDEES
