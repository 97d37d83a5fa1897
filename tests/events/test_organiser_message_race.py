"""The same message form submitted twice at the same moment (a double click that reaches two
workers) sends the message once: the form's one-time key is unique on the message, and the
second request finds the first one's message (events.messaging.AlreadySent)."""

import uuid
from datetime import timedelta

from django.utils import timezone

from events import messaging, organising
from events.models import EventMessage
from events.records import MessageAudience
from events.services import Choice, register_member
from notifications.models import Notification, NotificationKind
from tests import pages
from tests.factories import MemberFactory
from tests.support.races import POSTGRESQL_RACES, at_once

pytestmark = POSTGRESQL_RACES


def test_two_submissions_of_the_same_form_at_once_send_the_message_once():
    coordinator, attendee = MemberFactory(first_name="Coördinator"), MemberFactory(first_name="Anna")
    pages.event_index()
    network = pages.network(coordinators=[coordinator], members=[attendee])
    start = timezone.now() + timedelta(days=10)
    event, _outcome = organising.create_meeting(
        coordinator,
        organising.MeetingDetails(
            title="Casusoverleg", summary="Over.", start=start, end=start + timedelta(hours=2), venue="Zaal"
        ),
        network=network,
    )
    register_member(event, attendee, Choice())
    key = uuid.uuid4()

    def submit():
        return messaging.send_message(
            coordinator, event, audience=MessageAudience.CONFIRMED, subject="Zaal", body="Zaal 2.", key=key
        )

    outcomes = at_once(submit, submit, refusals=(messaging.AlreadySent,))
    sent = [outcome for outcome in outcomes if isinstance(outcome, EventMessage)]
    assert len(sent) == 1 and outcomes.count("AlreadySent") == 1, outcomes
    assert EventMessage.objects.count() == 1
    assert Notification.objects.filter(kind=NotificationKind.EVENT_MESSAGE).count() == 1
