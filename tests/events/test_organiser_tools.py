"""The organisers' tools for their meeting on the site: the attendee list (with check-in and
a CSV), messages to the attendees (events.messaging), the evaluation set up on the site
(events.evaluation.configure), and what follows the editors' decision on a meeting for the
public calendar (events.moderation). Per role, with query counts and bad input."""

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events import evaluation, messaging, organising
from events.evaluation import EvaluationSettings, QuestionChoice
from events.evaluation_records import EvaluationKind, EvaluationQuestion, StandardQuestion
from events.models import EventMessage, EventPage
from events.records import Audience, MessageAudience, Registration, RegistrationStatus
from events.services import Choice, add_guest, register_member, registration_from_cancel_token
from members.roles import Role
from notifications.models import Notification, NotificationKind, NotificationPreference
from notifications.services import unsubscribe_url
from tests import pages
from tests.factories import MemberFactory
from tests.security.test_access_matrix import outcome
from tests.support.second_factor import log_in

ROLES = ["visitor", "member", "attendee", "other_coordinator", "trekker", "coordinator", "editor"]


@pytest.fixture
def people(db):
    return {
        "editor": MemberFactory(first_name="Redacteur", roles=[Role.EDITOR]),
        "coordinator": MemberFactory(first_name="Coördinator"),
        "other_coordinator": MemberFactory(first_name="Elders"),
        "attendee": MemberFactory(first_name="Anna", last_name="de Vries"),
        "waiting": MemberFactory(first_name="Wachtend"),
        "nameless": MemberFactory(first_name="", last_name=""),
        "trekker": MemberFactory(first_name="Trekker", roles=[Role.MUNICIPAL_LEAD]),
        "member": MemberFactory(first_name="Lid"),
    }


@pytest.fixture
def world(people):
    pages.event_index()
    network = pages.network(
        "Toegang en integraal werken",
        coordinators=[people["coordinator"]],
        members=[people["attendee"], people["waiting"], people["nameless"]],
    )
    pages.network("Armoede en schulden", coordinators=[people["other_coordinator"]])
    pages.practice("Eén voordeur", leads=[people["trekker"]])
    start = timezone.now() + timedelta(days=20)
    details = organising.MeetingDetails(
        title="Casusoverleg toegang",
        summary="We bespreken twee casussen.",
        start=start,
        end=start + timedelta(hours=2),
        venue="Stadhuis Zwolle",
        capacity=2,
    )
    event, _outcome = organising.create_meeting(people["coordinator"], details, network=network)
    register_member(event, people["attendee"], Choice())
    register_member(event, people["nameless"], Choice())
    register_member(event, people["waiting"], Choice())  # full: on the waitlist
    return {"network": network, "event": event}


def as_(client, people, role):
    if role != "visitor":
        log_in(client, people[role])
    return client


def send(people, world, *, who="coordinator", audience=MessageAudience.BOTH, key=None, **fields):
    values = {"subject": "Zaalwijziging", "body": "We zitten in zaal 2.\n\nTot dan!"}
    values.update(fields)
    return messaging.send_message(people[who], world["event"], audience=audience, key=key or uuid.uuid4(), **values)


# Messages: the service


def test_a_message_to_the_waitlist_reaches_only_the_waitlist_and_is_logged(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        message = send(people, world, audience=MessageAudience.WAITLIST, body="Er is <b>misschien</b> plek.")
    assert message.recipient_count == 1 and message.sender == people["coordinator"]
    # Rendered once, at save: escaped, in paragraphs.
    assert message.body_html == "<p>Er is &lt;b&gt;misschien&lt;/b&gt; plek.</p>"
    notified = Notification.objects.filter(kind=NotificationKind.EVENT_MESSAGE)
    assert [(n.recipient, n.event_message) for n in notified] == [(people["waiting"], message)]
    assert [mail.to for mail in mailoutbox] == [[people["waiting"].email]]
    text = mailoutbox[0].body
    assert "Zaalwijziging" in text and "Er is <b>misschien</b> plek." in text
    registration = Registration.objects.get(member=people["waiting"])
    # The usual link to cancel: the waiting member's own.
    link = next(line for line in text.splitlines() if "/mijn-bijeenkomsten/afmelden/" in line)
    assert registration_from_cancel_token(link.rstrip("/").rsplit("/", 1)[1]) == registration
    assert unsubscribe_url(people["waiting"], "contributions").rsplit("/", 2)[0] in text  # and to stop such mail


def test_confirmed_and_waitlist_together_and_a_member_who_wants_no_mail_finds_it_in_the_bell(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(member=people["attendee"], email_contributions=False)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        message = send(people, world)
    assert message.recipient_count == 3
    assert set(Notification.objects.filter(event_message=message).values_list("recipient", flat=True)) == {
        people["attendee"].pk,
        people["waiting"].pk,
        people["nameless"].pk,
    }
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([people["waiting"].email, people["nameless"].email])


def test_a_guest_gets_the_message_by_mail_with_the_cancel_link_and_nothing_in_a_bell(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    event = pages.event("Open middag", audience=Audience.OPEN, network=world["network"])
    guest = add_guest(event, "Gerrit Gast", "gerrit@gast.example", Choice())
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        message = messaging.send_message(
            people["coordinator"],
            event,
            audience=MessageAudience.CONFIRMED,
            subject="Parkeren",
            body="Achter.",
            key=uuid.uuid4(),
        )
    assert message.recipient_count == 1
    assert not Notification.objects.filter(kind=NotificationKind.EVENT_MESSAGE).exists()
    assert [mail.to for mail in mailoutbox] == [["gerrit@gast.example"]]
    link = next(line for line in mailoutbox[0].body.splitlines() if "/mijn-bijeenkomsten/afmelden/" in line)
    assert registration_from_cancel_token(link.rstrip("/").rsplit("/", 1)[1]) == guest
    assert "Parkeren" in mailoutbox[0].subject


def test_the_same_form_sent_twice_sends_once(world, people, mailoutbox, django_capture_on_commit_callbacks):
    key = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True):
        first = send(people, world, key=key)
    sent = len(mailoutbox)
    with pytest.raises(messaging.AlreadySent) as again:
        send(people, world, key=key)
    assert again.value.sent == first
    assert EventMessage.objects.count() == 1 and len(mailoutbox) == sent
    assert Notification.objects.filter(kind=NotificationKind.EVENT_MESSAGE).count() == 3


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"audience": ""}, "audience"),
        ({"audience": "everyone"}, "audience"),
        ({"subject": "  "}, "subject"),
        ({"body": " \n "}, "body"),
        ({"body": "x" * (messaging.BODY_MAX_LENGTH + 1)}, "body"),
    ],
)
def test_a_message_without_audience_subject_or_text_is_refused_and_nothing_is_sent(world, people, fields, field):
    values = {"audience": MessageAudience.BOTH, **fields}
    with pytest.raises(messaging.MessageError) as refused:
        send(people, world, **values)
    assert refused.value.field == field
    assert not EventMessage.objects.exists() and not Notification.objects.filter(kind="eventmsg").exists()


def test_a_message_to_nobody_is_refused(world, people):
    Registration.objects.filter(status=RegistrationStatus.WAITLISTED).update(status=RegistrationStatus.CANCELLED)
    with pytest.raises(messaging.MessageError) as refused:
        send(people, world, audience=MessageAudience.WAITLIST)
    assert refused.value.field == "audience" and "wachtlijst" in refused.value.message
    assert not EventMessage.objects.exists()


@pytest.mark.parametrize("who", ["member", "attendee", "other_coordinator", "trekker"])
def test_only_the_organisers_may_write_to_the_attendees(world, people, who):
    with pytest.raises(messaging.MessageError):
        send(people, world, who=who)
    assert not EventMessage.objects.exists()


def test_an_editor_may_write_to_the_attendees(world, people):
    assert send(people, world, who="editor").recipient_count == 3


# The organisers' pages, per role

PAGES = ["organise_attendees", "organise_attendees_csv", "organise_message", "organise_evaluation"]


def expected(role):
    if role == "visitor":
        return "login"
    return "ok" if role in ("coordinator", "editor") else "refused"


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_it_should_on_the_organisers_pages(client, world, people, role, name):
    as_(client, people, role)
    assert outcome(client.get(reverse(f"events:{name}", args=[world["event"].pk]))) == expected(role)


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_post_to_the_organisers_pages(client, world, people, role, django_capture_on_commit_callbacks):
    as_(client, people, role)
    event = world["event"]
    registration = Registration.objects.get(member=people["attendee"])
    with django_capture_on_commit_callbacks(execute=True):
        responses = [
            client.post(
                reverse("events:organise_message", args=[event.pk]),
                {"audience": "both", "subject": "Hallo", "body": "Tekst.", "key": str(uuid.uuid4())},
            ),
            client.post(reverse("events:organise_set_present", args=[event.pk, registration.pk]), {"present": "1"}),
            client.post(
                reverse("events:organise_evaluation", args=[event.pk]),
                {"enabled": "on", "open_days": "7", "standard": ["overall"], **_empty_own_rows()},
            ),
        ]
    allowed = role in ("coordinator", "editor")
    for response in responses:
        assert outcome(response) == ("redirect" if allowed else expected(role))
    registration.refresh_from_db()
    assert EventMessage.objects.exists() == allowed
    assert (registration.checked_in_at is not None) == allowed
    assert EventPage.objects.get(pk=event.pk).evaluation_enabled == allowed


def test_a_registration_of_another_meeting_cannot_be_checked_in_through_this_one(client, world, people):
    other = pages.event("Andere bijeenkomst", network=world["network"])
    registration = register_member(other, people["member"], Choice())
    log_in(client, people["coordinator"])
    response = client.post(
        reverse("events:organise_set_present", args=[world["event"].pk, registration.pk]), {"present": "1"}
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_the_meeting_page_links_the_tools_for_its_organisers_only(client, world, people):
    url = reverse("events:organise_attendees", args=[world["event"].pk])
    for role in ROLES[1:]:
        client.logout()
        as_(client, people, role)
        response = client.get(world["event"].url)
        if response.status_code == 404:  # only for the network's members
            assert role in ("member", "other_coordinator", "trekker")
            continue
        assert (f'href="{url}"' in response.content.decode()) == (role in ("coordinator", "editor")), role


def test_the_network_page_links_the_attendee_list_for_the_coordinator(client, world, people):
    url = reverse("events:organise_attendees", args=[world["event"].pk])
    log_in(client, people["coordinator"])
    assert f'href="{url}"' in client.get(world["network"].url).content.decode()
    client.logout()
    log_in(client, people["attendee"])
    assert f'href="{url}"' not in client.get(world["network"].url).content.decode()


# The attendee list


def test_the_attendee_list_shows_who_comes_in_order_with_names_and_no_addresses(client, world, people):
    event = world["event"]
    Registration.objects.filter(member=people["attendee"]).update(name="Oude naam")
    late = MemberFactory(first_name="\u202eLaat", last_name="Later")
    network_membership(world, late)
    register_member(event, late, Choice())  # second on the waitlist
    cancelled = MemberFactory(first_name="Afgemeld")
    network_membership(world, cancelled)
    from events.services import cancel

    cancel(register_member(event, cancelled, Choice()))
    log_in(client, people["coordinator"])
    html = client.get(reverse("events:organise_attendees", args=[event.pk])).content.decode()
    # The member's name as it is now, a stand-in for a member without one, names isolated.
    assert "<bdi>Anna de Vries</bdi>" in html and "Oude naam" not in html
    assert f"<bdi>{people['nameless'].display_name}</bdi>" in html
    assert "<bdi>Laat Later</bdi>" in html  # without the bidi override
    assert html.index("Wachtend") < html.index("Laat") < html.index("Afgemeld")
    assert "@" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "Bevestigd (2)" in html and "Wachtlijst (2)" in html and "Afgemeld (1)" in html


def network_membership(world, member):
    from networks.models import NetworkMembership

    NetworkMembership.objects.create(network=world["network"], member=member)


def test_the_message_log_is_on_the_attendee_list_for_every_organiser(client, world, people):
    send(people, world, subject="Zaalwijziging")
    for role in ("coordinator", "editor"):
        client.logout()
        log_in(client, people[role])
        html = client.get(reverse("events:organise_attendees", args=[world["event"].pk])).content.decode()
        assert "Zaalwijziging" in html and "We zitten in zaal 2." in html and "3 ontvangers" in html


def test_checking_in_at_the_door(client, world, people):
    registration = Registration.objects.get(member=people["attendee"])
    log_in(client, people["coordinator"])
    url = reverse("events:organise_set_present", args=[world["event"].pk, registration.pk])
    response = client.post(url, {"present": "1"})
    assert response.status_code == 302 and response["Location"].endswith(f"#aanmelding-{registration.pk}")
    registration.refresh_from_db()
    assert registration.checked_in_at is not None
    client.post(url, {"present": "0"})
    registration.refresh_from_db()
    assert registration.checked_in_at is None
    waiting = Registration.objects.get(member=people["waiting"])
    client.post(reverse("events:organise_set_present", args=[world["event"].pk, waiting.pk]), {"present": "1"})
    waiting.refresh_from_db()
    assert waiting.checked_in_at is None  # only confirmed attendees


def test_the_csv_for_organisers_has_no_addresses_and_writes_formulas_as_text(client, world, people):
    event = pages.event("Open middag", audience=Audience.OPEN, network=world["network"])
    add_guest(event, '=HYPERLINK("http://x")', "formule@gast.example", Choice())
    log_in(client, people["coordinator"])
    response = client.get(reverse("events:organise_attendees_csv", args=[event.pk]))
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "formule@gast.example" not in text and "E-mailadres" not in text
    assert "'=HYPERLINK" in text


def count_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", ["organise_attendees", "organise_message", "organise_evaluation"])
def test_the_organisers_pages_take_a_fixed_number_of_queries(client, world, people, name):
    event = world["event"]
    url = reverse(f"events:{name}", args=[event.pk])
    log_in(client, people["coordinator"])

    def grow(count):
        for _ in range(count):
            member = MemberFactory()
            network_membership(world, member)
            register_member(event, member, Choice())
        send(people, world)

    grow(2)
    few = count_queries(client, url)
    grow(12)
    many = count_queries(client, url)
    assert few == many <= 15, (few, many)


# The message form


def test_the_message_form_refuses_empty_input_in_dutch_and_keeps_what_was_typed(client, world, people):
    log_in(client, people["coordinator"])
    url = reverse("events:organise_message", args=[world["event"].pk])
    key = str(uuid.uuid4())
    response = client.post(url, {"audience": "", "subject": "Zaalwijziging", "body": "  ", "key": key})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kies aan wie je het bericht stuurt." in html and "Schrijf een bericht." in html
    assert 'value="Zaalwijziging"' in html and f'value="{key}"' in html
    response = client.post(url, {"audience": "waitlist", "subject": "", "body": "Blijf je?", "key": key})
    html = response.content.decode()
    assert "Schrijf een onderwerp." in html and "Blijf je?" in html
    assert not EventMessage.objects.exists()


def test_a_double_submission_of_the_message_form_sends_once(client, world, people, mailoutbox):
    log_in(client, people["coordinator"])
    url = reverse("events:organise_message", args=[world["event"].pk])
    data = {"audience": "both", "subject": "Zaalwijziging", "body": "Zaal 2.", "key": str(uuid.uuid4())}
    first = client.post(url, data)
    second = client.post(url, data, follow=True)
    assert first.status_code == 302
    assert "Dit bericht is al verstuurd" in second.content.decode()
    assert EventMessage.objects.count() == 1


def test_a_message_form_without_a_valid_key_asks_to_send_again_with_a_new_key(client, world, people):
    log_in(client, people["coordinator"])
    url = reverse("events:organise_message", args=[world["event"].pk])
    response = client.post(url, {"audience": "both", "subject": "Zaal", "body": "Zaal 2.", "key": "geen-sleutel"})
    html = response.content.decode()
    assert response.status_code == 200 and "geen-sleutel" not in html and 'value="Zaal"' in html
    assert not EventMessage.objects.exists()


def test_the_message_form_says_when_nobody_is_on_the_waitlist(client, world, people):
    Registration.objects.filter(status=RegistrationStatus.WAITLISTED).delete()
    log_in(client, people["coordinator"])
    url = reverse("events:organise_message", args=[world["event"].pk])
    response = client.post(
        url, {"audience": "waitlist", "subject": "Zaal", "body": "Zaal 2.", "key": str(uuid.uuid4())}
    )
    assert "Er staat niemand op de wachtlijst" in response.content.decode()


@pytest.mark.parametrize("query", ["?audience=x", "?key=%00", "?page=99999999999999999999"])
def test_odd_query_parameters_do_no_harm(client, world, people, query):
    log_in(client, people["coordinator"])
    for name in PAGES:
        assert client.get(reverse(f"events:{name}", args=[world["event"].pk]) + query).status_code == 200


# The evaluation, set up on the site


def settings(**fields):
    values = {
        "enabled": True,
        "anonymous": True,
        "open_days": 10,
        "questions": [
            QuestionChoice(standard=StandardQuestion.OVERALL),
            QuestionChoice(label="Kom je volgende keer weer?", kind=EvaluationKind.YES_NO),
        ],
    }
    values.update(fields)
    return EvaluationSettings(**values)


def test_an_organiser_switches_the_evaluation_on_with_standard_and_own_questions(world, people):
    event = evaluation.configure(people["coordinator"], world["event"], settings())
    assert event.evaluation_enabled and event.evaluation_anonymous and event.evaluation_open_days == 10
    assert [(q.text, q.answer_kind) for q in evaluation.questions(event)] == [
        (StandardQuestion.OVERALL.label, EvaluationKind.SCALE),
        ("Kom je volgende keer weer?", EvaluationKind.YES_NO),
    ]
    # Live and latest revision agree: a later publication keeps the evaluation.
    assert not event.has_unpublished_changes
    assert event.get_latest_revision_as_object().evaluation_enabled


def test_switching_it_on_without_questions_is_refused(world, people):
    with pytest.raises(evaluation.EvaluationSettingsError) as refused:
        evaluation.configure(people["coordinator"], world["event"], settings(questions=[]))
    assert refused.value.field == "questions"
    assert not EventPage.objects.get(pk=world["event"].pk).evaluation_enabled


@pytest.mark.parametrize(
    "fields",
    [
        {"open_days": 0},
        {"open_days": 91},
        {"questions": [QuestionChoice(standard="bestaat-niet")]},
        {"questions": [QuestionChoice(label="  ", kind=EvaluationKind.OPEN)]},
        {"questions": [QuestionChoice(label="Vraag", kind="raar")]},
        {"questions": [QuestionChoice(standard="overall"), QuestionChoice(standard="overall")]},
    ],
)
def test_bad_evaluation_settings_are_refused_and_nothing_is_saved(world, people, fields):
    with pytest.raises(evaluation.EvaluationSettingsError):
        evaluation.configure(people["coordinator"], world["event"], settings(**fields))
    assert not EvaluationQuestion.objects.exists()
    assert not EventPage.objects.get(pk=world["event"].pk).evaluation_enabled


def _answered(world, people):
    event = evaluation.configure(people["coordinator"], world["event"], settings(anonymous=False))
    EventPage.objects.filter(pk=event.pk).update(
        start=timezone.now() - timedelta(hours=3), end=timezone.now() - timedelta(hours=1)
    )
    event = EventPage.objects.get(pk=event.pk)
    answers = {q.pk: 4 if q.answer_kind == EvaluationKind.SCALE else True for q in evaluation.questions(event)}
    evaluation.submit(event, people["attendee"], answers)
    return event


def test_once_answered_the_questions_and_anonymity_stay_but_the_days_may_change(world, people):
    event = _answered(world, people)
    with pytest.raises(evaluation.EvaluationSettingsError) as refused:
        evaluation.configure(
            people["coordinator"], event, settings(anonymous=False, questions=[QuestionChoice(standard="useful")])
        )
    assert "al geantwoord" in refused.value.message
    with pytest.raises(evaluation.EvaluationSettingsError) as refused:
        evaluation.configure(people["coordinator"], event, settings(anonymous=True, questions=None))
    assert refused.value.field == "anonymous"
    event = evaluation.configure(people["coordinator"], event, settings(anonymous=False, open_days=30, questions=None))
    assert event.evaluation_open_days == 30 and len(evaluation.questions(event)) == 2


def test_a_public_meeting_waiting_for_the_editors_keeps_its_evaluation_when_approved(world, people):
    start = timezone.now() + timedelta(days=30)
    details = organising.MeetingDetails(
        title="Open casusoverleg",
        summary="Voor iedereen.",
        start=start,
        end=start + timedelta(hours=2),
        venue="Stadhuis",
        circle_only=False,
    )
    event, outcome_ = organising.create_meeting(people["coordinator"], details, network=world["network"])
    assert outcome_ == organising.SUBMITTED
    evaluation.configure(people["coordinator"], event, settings())
    event = EventPage.objects.get(pk=event.pk)
    event.current_workflow_task_state.specific.approve(user=people["editor"])
    event = EventPage.objects.get(pk=event.pk)
    assert event.live and event.evaluation_enabled and len(evaluation.questions(event)) == 2


def _empty_own_rows(rows=2):
    data = {"eigen-TOTAL_FORMS": str(rows), "eigen-INITIAL_FORMS": "0", "eigen-MIN_NUM_FORMS": "0"}
    data["eigen-MAX_NUM_FORMS"] = "10"
    for number in range(rows):
        data[f"eigen-{number}-kind"] = "scale"
    return data


def test_the_evaluation_form_on_the_site(client, world, people):
    log_in(client, people["coordinator"])
    url = reverse("events:organise_evaluation", args=[world["event"].pk])
    data = {
        "enabled": "on",
        "open_days": "7",
        "standard": ["overall", "improve"],
        **_empty_own_rows(),
        "eigen-0-text": "Wat neem je mee?",
        "eigen-0-kind": "open",
        "eigen-0-ORDER": "2",
        "eigen-1-text": "Was de zaal goed?",
        "eigen-1-kind": "yes_no",
        "eigen-1-ORDER": "1",
    }
    assert client.post(url, data).status_code == 302
    texts = [question.text for question in evaluation.questions(world["event"])]
    assert texts == [
        StandardQuestion.OVERALL.label,
        StandardQuestion.IMPROVE.label,
        "Was de zaal goed?",
        "Wat neem je mee?",
    ]


def test_the_evaluation_form_refuses_in_dutch_and_keeps_what_was_typed(client, world, people):
    log_in(client, people["coordinator"])
    url = reverse("events:organise_evaluation", args=[world["event"].pk])
    response = client.post(url, {"enabled": "on", "open_days": "7", **_empty_own_rows()})
    html = response.content.decode()
    assert response.status_code == 200 and "Kies ten minste één vraag" in html
    response = client.post(
        url, {"enabled": "on", "open_days": "abc", **_empty_own_rows(), "eigen-0-text": "Mijn vraag"}
    )
    html = response.content.decode()
    assert "Voer een geheel getal in" in html and 'value="Mijn vraag"' in html
    assert not EventPage.objects.get(pk=world["event"].pk).evaluation_enabled


def test_the_evaluation_form_says_the_questions_are_fixed_once_answered(client, world, people):
    event = _answered(world, people)
    log_in(client, people["coordinator"])
    url = reverse("events:organise_evaluation", args=[event.pk])
    html = client.get(url).content.decode()
    assert "Deelnemers hebben al geantwoord." in html and 'name="standard"' not in html
    response = client.post(url, {"enabled": "on", "open_days": "21", "anonymous": "on", "standard": ["useful"]})
    assert response.status_code == 302
    event = EventPage.objects.get(pk=event.pk)
    assert event.evaluation_open_days == 21 and not event.evaluation_anonymous
    assert len(evaluation.questions(event)) == 2


# The editors' decision, and the network's announcement


def _submitted(world, people, title="Open casusoverleg"):
    start = timezone.now() + timedelta(days=30)
    details = organising.MeetingDetails(
        title=title,
        summary="Voor iedereen.",
        start=start,
        end=start + timedelta(hours=2),
        venue="Stadhuis",
        circle_only=False,
    )
    event, _outcome = organising.create_meeting(people["coordinator"], details, network=world["network"])
    return EventPage.objects.get(pk=event.pk)


def test_approval_tells_the_organiser_and_the_network_once(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    Notification.objects.all().delete()
    event = _submitted(world, people)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.current_workflow_task_state.specific.approve(user=people["editor"], comment="Mooi programma.")
    listed = Notification.objects.get(kind=NotificationKind.MEETING_LISTED)
    assert listed.recipient == people["coordinator"] and listed.message == "Mooi programma."
    assert listed.actor == people["editor"] and listed.get_absolute_url() == EventPage.objects.get(pk=event.pk).url
    announced = Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING)
    assert set(announced.values_list("recipient", flat=True)) == {
        people["attendee"].pk,
        people["waiting"].pk,
        people["nameless"].pk,
    }
    coordinator_mail = [mail for mail in mailoutbox if mail.to == [people["coordinator"].email]]
    assert len(coordinator_mail) == 1 and "staat in de agenda" in coordinator_mail[0].subject
    # A change, approved again: the organiser hears it, the network is not told again.
    organising.change_meeting(
        people["coordinator"],
        event,
        organising.MeetingDetails(
            title="Open casusoverleg (nieuw)",
            summary="Voor iedereen.",
            start=event.start,
            end=event.end,
            venue="Stadhuis",
            circle_only=False,
        ),
    )
    EventPage.objects.get(pk=event.pk).current_workflow_task_state.specific.approve(user=people["editor"])
    assert Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING).count() == 3
    assert Notification.objects.filter(kind=NotificationKind.MEETING_LISTED).count() == 2


def test_a_request_for_changes_reaches_the_organiser_and_their_change_goes_back_to_the_editors(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    event = _submitted(world, people)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.current_workflow_task_state.specific.reject(user=people["editor"], comment="Noem de zaal.")
    returned = Notification.objects.get(kind=NotificationKind.MEETING_RETURNED)
    assert returned.recipient == people["coordinator"] and returned.message == "Noem de zaal."
    assert returned.get_absolute_url() == reverse("events:organise_change", args=[event.pk])
    assert not Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING, event=event).exists()
    # Only our mail, not Wagtail's own notice that points into the admin.
    assert [mail.to for mail in mailoutbox] == [[people["coordinator"].email]]
    assert "Noem de zaal." in mailoutbox[0].body
    organising.change_meeting(
        people["coordinator"],
        event,
        organising.MeetingDetails(
            title="Open casusoverleg",
            summary="Voor iedereen.",
            start=event.start,
            end=event.end,
            venue="Stadhuis, zaal 2",
            circle_only=False,
        ),
    )
    state = EventPage.objects.get(pk=event.pk).current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS


def test_a_meeting_for_the_circle_is_announced_once_also_when_changed(world, people):
    announced = Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING, message="Casusoverleg toegang")
    assert announced.count() == 3
    event = world["event"]
    organising.change_meeting(
        people["coordinator"],
        event,
        organising.MeetingDetails(
            title="Casusoverleg toegang",
            summary="Anders.",
            start=event.start,
            end=event.end,
            venue="Zaal 3",
        ),
    )
    assert announced.count() == 3


def test_the_notification_centre_shows_the_organisers_message(client, world, people):
    send(people, world, subject="Zaalwijziging", body="Zaal <2>.")
    log_in(client, people["attendee"])
    html = client.get(reverse("notifications:centre")).content.decode()
    assert "Bericht van de organisatoren van" in html and "Zaalwijziging" in html and "Zaal &lt;2&gt;." in html
