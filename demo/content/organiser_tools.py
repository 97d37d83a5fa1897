"""The organisers' tools in use: the coordinator of the demo network meeting wrote to its
confirmed attendees (events.messaging), and the trekker of the practice's own meeting
switched its evaluation on (events.evaluation.configure), with two standard questions and
one of her own. A second load changes nothing: the message has a fixed one-time key, and
an evaluation that is on already is left alone."""

import contextlib
import uuid

from events import evaluation, messaging
from events.evaluation_records import EvaluationKind, StandardQuestion
from events.models import EventPage
from events.records import MessageAudience
from members.models import Member

NETWORK_MEETING = "Casusoverleg toegang: de vaste contactpersoon"
PRACTICE_MEETING = "Lokale bijeenkomst: vroegsignalering in de wijk"

MESSAGE = {
    "key": uuid.uuid5(uuid.NAMESPACE_URL, "lerendnetwerk-demo/organiser-message/casusoverleg-toegang"),
    "subject": "Neem een casus mee over de vaste contactpersoon",
    "body": (
        "Fijn dat je komt naar het casusoverleg in Zwolle.\n\n"
        "Zwolle en Arnhem brengen elk een casus in. Heb je zelf een situatie waarin de vaste "
        "contactpersoon het verschil maakte (of juist niet)? Neem hem mee: we bespreken er "
        "aan het eind nog één.\n\n"
        "We beginnen om 19.00 uur; de koffie staat vanaf 18.45 uur klaar."
    ),
}


def load():
    coordinator = Member.objects.get(email="trekker@zwolle.example")
    network_meeting = EventPage.objects.get(title=NETWORK_MEETING, organised_by=coordinator)
    with contextlib.suppress(messaging.AlreadySent):  # sent at the first load
        messaging.send_message(
            coordinator,
            network_meeting,
            audience=MessageAudience.CONFIRMED,
            subject=MESSAGE["subject"],
            body=MESSAGE["body"],
            key=MESSAGE["key"],
        )

    trekker = Member.objects.get(email="hilde.wubbena@midden-groningen.example")
    practice_meeting = EventPage.objects.get(title=PRACTICE_MEETING, organised_by=trekker)
    if not practice_meeting.evaluation_enabled:
        evaluation.configure(
            trekker,
            practice_meeting,
            evaluation.EvaluationSettings(
                enabled=True,
                anonymous=True,
                open_days=14,
                questions=[
                    evaluation.QuestionChoice(standard=StandardQuestion.OVERALL),
                    evaluation.QuestionChoice(standard=StandardQuestion.TAKEAWAY),
                    evaluation.QuestionChoice(
                        label="Welke afspraak over vroegsignalering ga je de komende maand uitproberen?",
                        kind=EvaluationKind.OPEN,
                    ),
                ],
            ),
        )
