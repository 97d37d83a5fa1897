"""The evaluation of a past meeting: the questions on its page, the attendees invited and
most of them answered, all through the services (events.evaluation). One attendee in
four has not answered yet, so the demo can fill in the evaluation while it is open.
Idempotent: a meeting that already has an evaluation is left as it is."""

from datetime import timedelta

from demo.content.pages import date_page
from events import evaluation
from events.models import EvaluationKind, EvaluationQuestion, EventPage, Registration, RegistrationStatus
from events.models import StandardQuestion as Standard

SLUG = "leernetwerk-armoede-praten-over-rondkomen"

OWN_QUESTIONS = [("Was de casus vooraf duidelijk genoeg beschreven?", EvaluationKind.YES_NO)]

TAKEAWAYS = [
    "Het gesprek over rondkomen beginnen vóór er schulden zijn.",
    "De vraag 'Hoe doe je dat, rondkomen?' in plaats van 'Heeft u schulden?'.",
    "",
    "Samen met de schuldhulp één werkwijze voor betalingsachterstanden afspreken.",
    "Meer tijd nemen voor het eerste gesprek.",
    "",
    "Het voorbeeld van Zwolle met de vaste contactpersoon.",
]
IMPROVEMENTS = ["", "Iets meer tijd voor de casus in kleine groepen.", "", "Een pauze halverwege.", "", "", ""]


def _answers(event, number):
    values = {
        Standard.OVERALL: [5, 4, 4, 5, 3, 4, 5][number % 7],
        Standard.USEFUL: [4, 4, 3, 5, 4, 5, 4][number % 7],
        Standard.RECOMMEND: number % 6 != 4,
        Standard.TAKEAWAY: TAKEAWAYS[number % len(TAKEAWAYS)],
        Standard.IMPROVE: IMPROVEMENTS[number % len(IMPROVEMENTS)],
    }
    answers = {}
    for question in evaluation.questions(event):
        if question.standard:
            answers[question.pk] = values[Standard(question.standard)]
        else:
            answers[question.pk] = number % 5 != 1
    return answers


def load():
    event = EventPage.objects.filter(slug=SLUG).first()
    if event is None or event.evaluation_enabled:
        return event
    event.evaluation_enabled = True
    event.evaluation_anonymous = True
    event.evaluation_open_days = 14
    questions = [EvaluationQuestion(standard=standard, sort_order=order) for order, standard in enumerate(Standard)]
    questions += [
        EvaluationQuestion(label=label, kind=kind, sort_order=len(questions) + order)
        for order, (label, kind) in enumerate(OWN_QUESTIONS)
    ]
    event.evaluation_questions = questions
    published = event.last_published_at
    # Publishing tells the attendees about the report (they registered after it was first published).
    event.save_revision().publish()
    date_page(event, published)
    event = EventPage.objects.get(pk=event.pk)
    after = event.end + timedelta(hours=2)
    evaluation.send_invitations(now=after)
    attendees = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED, member__isnull=False
    ).order_by("created_at", "pk")
    for number, registration in enumerate(attendees):
        if number % 4 == 3:
            continue  # has not answered yet
        evaluation.submit(event, registration.member, _answers(event, number), now=after + timedelta(hours=3 * number))
    return event
