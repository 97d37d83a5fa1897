"""A series of sessions (events.series): the open network on poverty and debt holds four
evenings on early signals. The first took place three weeks ago (with its evaluation,
answered by most attendees, and a published report); three are to come. Four members
registered for the whole series; the third session has fewer seats, so one of them waits;
one member cancelled the second session only. Everything through the services, as it
would have happened on the days it did. Idempotent: a series that exists is left as it is."""

import json
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape

from demo.content.pages import date_page
from events import evaluation, organising, series
from events.models import (
    EvaluationQuestion,
    EventPage,
    EventSeries,
    Registration,
    RegistrationStatus,
)
from events.models import StandardQuestion as Standard
from events.services import Choice, cancel
from knowledge.models import Lesson
from members.models import Member
from municipalities.models import Municipality
from networks.models import LearningNetwork

NETWORK = "armoede-en-schulden"
ORGANISER = "nadia.elidrissi@lerendnetwerk.example"
TITLE = "Leerreeks vroegsignalering: van signaal tot gesprek"

# Days from today (negative: past), start and end hour, own seats (None: the series').
SESSIONS = [(-21, 19, 21, None), (12, 19, 21, None), (40, 19, 21, 3), (68, 19, 21, None)]
CAPACITY = 12
REGISTRANTS = [
    "hans.mulder@schuldhulpmaatje.example",
    "kevin.martina@rotterdam.example",
    "lid@gemeente-delft.example",
    "priya.ramdin@zaanstad.example",
]
CANCELS_SECOND_SESSION = "priya.ramdin@zaanstad.example"
LESSON = "signaal-betalingsachterstand-snel-opvolgen"

REPORT = [
    (
        "Wat we bespraken",
        "De eerste avond ging over het signaal zelf: een betalingsachterstand bij de woningcorporatie, de "
        "energieleverancier of de zorgverzekeraar. Rotterdam en Zaanstad lieten zien hoe snel zij na zo'n signaal "
        "contact zoeken, en wat ze dan zeggen.",
    ),
    (
        "Wat deelnemers meenamen",
        [
            "Bel binnen een week na het signaal; een brief alleen werkt zelden.",
            "Begin het gesprek over rondkomen, niet over de schuld.",
            "Spreek met de partners af wie belt, zodat een huishouden niet drie keer gebeld wordt.",
        ],
    ),
    (
        "De volgende sessie",
        "Volgende keer brengt iedereen een eigen signaal mee dat niet tot een gesprek leidde. Wat ging er mis?",
    ),
]
TAKEAWAYS = [
    "Binnen een week bellen, niet schrijven.",
    "Het gesprek over rondkomen beginnen.",
    "Afspraken met de corporatie over wie belt.",
]


def _moment(days, hour):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _report_blocks():
    blocks = []
    for heading, text in REPORT:
        blocks.append({"type": "heading", "value": {"text": heading}})
        if isinstance(text, list):
            items = "".join(f"<li>{escape(item)}</li>" for item in text)
            blocks.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{escape(text)}</p>"})
    return json.dumps(blocks)


def _answers(event, number):
    values = {
        Standard.OVERALL: [5, 4, 4][number % 3],
        Standard.USEFUL: [4, 5, 4][number % 3],
        Standard.RECOMMEND: True,
        Standard.TAKEAWAY: TAKEAWAYS[number % len(TAKEAWAYS)],
        Standard.IMPROVE: "" if number % 2 else "Iets meer tijd voor de eigen casussen.",
    }
    return {question.pk: values[Standard(question.standard)] for question in evaluation.questions(event)}


def _close_the_first_session(session, members):
    """The first session took place: its evaluation (anonymous, the standard questions) and
    its report, published by the organiser, who is on the institute's staff."""
    session = EventPage.objects.get(pk=session.pk).get_latest_revision_as_object()
    session.evaluation_enabled = True
    session.evaluation_anonymous = True
    session.evaluation_questions = [
        EvaluationQuestion(standard=standard, sort_order=order) for order, standard in enumerate(Standard)
    ]
    session.report = _report_blocks()
    session.related_lessons = list(Lesson.objects.filter(slug=LESSON))
    session.save_revision(user=members[ORGANISER]).publish()  # tells the attendees of the report
    session = EventPage.objects.get(pk=session.pk)
    after = session.end + timedelta(hours=2)
    evaluation.send_invitations(now=after)
    attendees = Registration.objects.filter(
        event=session, status=RegistrationStatus.CONFIRMED, member__isnull=False
    ).order_by("created_at", "pk")
    for number, registration in enumerate(attendees):
        if number == 3:
            continue  # one attendee did not answer
        evaluation.submit(session, registration.member, _answers(session, number), now=after + timedelta(hours=number))


def load():
    network = LearningNetwork.objects.filter(slug=NETWORK).first()
    existing = EventSeries.objects.filter(network=network, title=TITLE).first()
    if network is None or existing is not None:
        return existing
    members = {member.email: member for member in Member.objects.filter(email__in=[ORGANISER, *REGISTRANTS])}
    # The series was made five weeks before its first session.
    made_at = _moment(SESSIONS[0][0] - 35, 10)
    details = organising.MeetingDetails(
        title=TITLE,
        summary=(
            "Vier avonden over vroegsignalering bij geldzorgen: hoe maak je van een signaal van de corporatie of "
            "de energieleverancier een goed gesprek met het huishouden?"
        ),
        start=None,
        end=None,
        venue="Wijkcentrum De Pijp",
        address="Pijpstraat 12, 3011 AB Rotterdam",
        municipality=Municipality.objects.filter(cbs_code="GM0599").first(),
        capacity=CAPACITY,
        description=(
            "Een leerreeks voor de leden van het netwerk Armoede en schulden. Je meldt je één keer aan voor de "
            "hele reeks; kun je een avond niet, meld je dan alleen voor die avond af.\n\n"
            "Elke avond brengt één gemeente een casus in; daarna werken we in kleine groepen."
        ),
        circle_only=True,
    )
    sessions = [
        organising.SessionTimes(_moment(days, start), _moment(days, end), seats) for days, start, end, seats in SESSIONS
    ]
    made, pages, _outcome = organising.create_series(
        members[ORGANISER], details, sessions, network=network, now=made_at
    )
    for page in pages:
        date_page(page, made_at)
    for number, email in enumerate(REGISTRANTS):
        series.register(
            made, members[email], Choice(public_consent=number != 1), now=made_at + timedelta(days=2 + number)
        )
    second = Registration.objects.get(event=pages[1], member=members[CANCELS_SECOND_SESSION])
    cancel(second, now=made_at + timedelta(days=20))
    _close_the_first_session(pages[0], members)
    return made
