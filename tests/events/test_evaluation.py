"""The evaluation after a meeting: once per confirmed attendee, only while open, anonymous
without a link, the invitations, the results and their CSV, the report's announcement."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events import evaluation
from events.evaluation_records import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationKind,
    EvaluationParticipation,
    EvaluationQuestion,
    EvaluationResponse,
    StandardQuestion,
)
from events.models import Registration, RegistrationStatus
from members.models import Role
from notifications.models import Notification, NotificationKind
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

pytestmark = pytest.mark.django_db


def past_event(*, anonymous=False, days_ago=1, capacity=None, **fields):
    start = timezone.now() - timedelta(days=days_ago, hours=4)
    event = pages.event(
        "Bijeenkomst Armoede en schulden",
        start=start,
        evaluation_enabled=True,
        evaluation_anonymous=anonymous,
        capacity_in_person=capacity,
        **fields,
    )
    EvaluationQuestion.objects.create(event=event, standard=StandardQuestion.OVERALL, sort_order=0)
    EvaluationQuestion.objects.create(event=event, standard=StandardQuestion.RECOMMEND, sort_order=1)
    EvaluationQuestion.objects.create(event=event, standard=StandardQuestion.TAKEAWAY, sort_order=2)
    EvaluationQuestion.objects.create(event=event, label="Hoe was de lunch?", kind=EvaluationKind.SCALE, sort_order=3)
    return event


def attend(event, member=None, *, status=RegistrationStatus.CONFIRMED):
    member = member or MemberFactory()
    Registration.objects.create(
        event=event, member=member, name=member.get_full_name(), email=member.email, status=status
    )
    return member


def answers_for(event, overall=4, recommend=True, takeaway="De wijkaanpak", lunch=3):
    questions = list(event.evaluation_questions.all())
    return dict(zip([q.pk for q in questions], [overall, recommend, takeaway, lunch], strict=True))


def form_data(event, overall="4", recommend="yes", takeaway="De wijkaanpak", lunch="3"):
    questions = list(event.evaluation_questions.all())
    return {
        f"question_{q.pk}": value for q, value in zip(questions, [overall, recommend, takeaway, lunch], strict=True)
    }


# The services


def test_a_confirmed_attendee_responds_once():
    event = past_event()
    member = attend(event)
    response = evaluation.submit(event, member, answers_for(event))
    assert response.member == member
    assert EvaluationAnswer.objects.filter(response=response).count() == 4
    with pytest.raises(evaluation.EvaluationError, match=r"al ingevuld|already"):
        evaluation.submit(event, member, answers_for(event))
    assert EvaluationResponse.objects.count() == 1


@pytest.mark.parametrize(
    "status", [RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED, RegistrationStatus.PENDING]
)
def test_only_confirmed_attendees_may_respond(status):
    event = past_event()
    member = attend(event, status=status)
    with pytest.raises(evaluation.EvaluationError):
        evaluation.submit(event, member, answers_for(event))
    with pytest.raises(evaluation.EvaluationError):
        evaluation.submit(event, MemberFactory(), answers_for(event))
    assert not EvaluationResponse.objects.exists()
    assert not EvaluationParticipation.objects.exists()


def test_the_evaluation_is_open_only_from_the_end_for_the_chosen_days():
    event = past_event(evaluation_open_days=3)
    member = attend(event)
    with pytest.raises(evaluation.EvaluationError):
        evaluation.submit(event, member, answers_for(event), now=event.end - timedelta(minutes=1))
    with pytest.raises(evaluation.EvaluationError):
        evaluation.submit(event, member, answers_for(event), now=event.end + timedelta(days=3))
    assert evaluation.submit(event, member, answers_for(event), now=event.end + timedelta(days=2))


def test_an_anonymous_response_has_no_link_to_the_member():
    event = past_event(anonymous=True)
    member = attend(event)
    evaluation.submit(event, member, answers_for(event))
    response = EvaluationResponse.objects.get()
    assert response.member_id is None
    participation = EvaluationParticipation.objects.get()
    assert participation.member == member
    # Nothing in the response's or answers' rows holds the member.
    field_names = {f.name for f in EvaluationParticipation._meta.get_fields()}
    assert "response" not in field_names and not hasattr(participation, "created_at")
    assert member.pk not in EvaluationResponse.objects.values_list("member", flat=True)
    with pytest.raises(evaluation.EvaluationError):
        evaluation.submit(event, member, answers_for(event))


def test_nothing_is_half_saved_when_an_answer_cannot_be_stored(monkeypatch):
    event = past_event()
    member = attend(event)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(EvaluationAnswer.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        evaluation.submit(event, member, answers_for(event))
    assert not EvaluationResponse.objects.exists()
    assert not EvaluationParticipation.objects.exists()


# Results and CSV


def test_results_count_average_yes_no_free_text_and_rate():
    event = past_event()
    first, second = attend(event), attend(event)
    attend(event)  # confirmed, not responding
    attend(event, status=RegistrationStatus.WAITLISTED)
    evaluation.submit(event, first, answers_for(event, overall=5, recommend=True, takeaway="Samen optrekken"))
    evaluation.submit(event, second, answers_for(event, overall=2, recommend=False, takeaway=""))
    results = evaluation.results(event)
    assert (results.responses, results.attendees, results.response_rate) == (2, 3, 67)
    overall, recommend, takeaway, lunch = results.questions
    assert overall.average == 3.5 and overall.count == 2
    assert overall.distribution == [(1, 0), (2, 1), (3, 0), (4, 0), (5, 1)]
    assert (recommend.yes, recommend.no) == (1, 1)
    assert takeaway.texts == ["Samen optrekken"]
    assert lunch.text == "Hoe was de lunch?" and lunch.average == 3


def test_the_csv_is_formula_safe_and_anonymous_has_no_names():
    event = past_event(anonymous=True)
    member = attend(event, MemberFactory(first_name="Sanne", last_name="Bakker"))
    evaluation.submit(event, member, answers_for(event, takeaway="=HYPERLINK(1)"))
    rows = evaluation.results_rows(event)
    assert len(rows) == 2 and "Naam" not in rows[0] and "Name" not in rows[0]
    assert "Sanne Bakker" not in str(rows)
    editor = MemberFactory(roles=[Role.EDITOR])
    from django.test import Client

    client = Client()
    log_in(client, editor)
    response = client.get(reverse("events:evaluation_results_csv", args=[event.pk]))
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed[1][3] == "'=HYPERLINK(1)"
    assert parsed[1][1:3] == ["4", "ja"]


def test_the_csv_names_members_when_not_anonymous():
    event = past_event()
    member = attend(event, MemberFactory(first_name="Sanne", last_name="Bakker"))
    evaluation.submit(event, member, answers_for(event))
    assert evaluation.results_rows(event)[1][1] == "Sanne Bakker"


# The invitations


def test_the_command_invites_each_confirmed_attendee_once(django_capture_on_commit_callbacks):
    event = past_event()
    confirmed = attend(event)
    attend(event, status=RegistrationStatus.WAITLISTED)
    pages.event("Nog te komen", evaluation_enabled=True)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_evaluation_invitations", stdout=io.StringIO())
        call_command("send_evaluation_invitations", stdout=io.StringIO())
    notifications = Notification.objects.filter(kind=NotificationKind.EVENT_EVALUATION)
    assert [n.recipient for n in notifications] == [confirmed]
    assert notifications.get().get_absolute_url() == reverse("events:evaluation", args=[event.pk])
    assert EvaluationInvitation.objects.count() == 1
    assert [m.to for m in mail.outbox] == [[confirmed.email]]
    assert "evaluatie" in mail.outbox[0].subject.lower()


def test_the_bell_names_the_meeting_and_leads_to_the_form_and_the_report(client):
    event = past_event()
    member = attend(event)
    evaluation.send_invitations()
    event.report = [("paragraph", "<p>Wat we leerden.</p>")]
    event.save_revision().publish()
    client.force_login(member)
    html = client.get(reverse("notifications:centre")).content.decode()
    assert f"Vul de evaluatie in van de bijeenkomst “<bdi>{event.title}</bdi>”" in html
    assert f"Het verslag van de bijeenkomst “<bdi>{event.title}</bdi>” is gepubliceerd" in html
    evaluation_notification = Notification.objects.get(kind=NotificationKind.EVENT_EVALUATION)
    opened = client.get(reverse("notifications:open", args=[evaluation_notification.pk]))
    assert opened["Location"] == reverse("events:evaluation", args=[event.pk])


def test_no_invitations_once_the_evaluation_has_closed():
    event = past_event(days_ago=20, evaluation_open_days=14)
    attend(event)
    assert evaluation.send_invitations() == 0


# The report


def test_publishing_the_report_tells_the_confirmed_attendees_once(django_capture_on_commit_callbacks):
    event = past_event()
    confirmed = attend(event)
    attend(event, status=RegistrationStatus.CANCELLED)
    event.save_revision().publish()  # no report yet
    assert not Notification.objects.filter(kind=NotificationKind.EVENT_REPORT).exists()
    event.report = [("paragraph", "<p>Wat we leerden.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
        event.save_revision().publish()
    notification = Notification.objects.get(kind=NotificationKind.EVENT_REPORT)
    assert notification.recipient == confirmed
    assert notification.get_absolute_url() == event.url + "#verslag"
    assert [m.to for m in mail.outbox] == [[confirmed.email]]


# The pages


def test_an_attendee_fills_in_the_form_and_a_second_time_is_refused(client):
    event = past_event()
    member = attend(event)
    client.force_login(member)
    assert "evaluatie" in client.get(event.url).content.decode().lower()
    url = reverse("events:evaluation", args=[event.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(event), follow=True)
    assert "Bedankt" in response.content.decode()
    assert EvaluationResponse.objects.get().member == member
    again = client.get(url)
    assert "al ingevuld" in again.content.decode()
    client.post(url, form_data(event))
    assert EvaluationResponse.objects.count() == 1


def test_a_form_with_errors_keeps_what_was_typed_and_saves_nothing(client):
    event = past_event()
    client.force_login(attend(event))
    response = client.post(reverse("events:evaluation", args=[event.pk]), form_data(event, overall="9"))
    assert response.status_code == 200
    assert "De wijkaanpak" in response.content.decode()
    assert not EvaluationResponse.objects.exists()


def test_the_results_page_lists_free_text_without_names(client):
    event = past_event(anonymous=True)
    member = attend(event, MemberFactory(first_name="Sanne", last_name="Bakker"))
    evaluation.submit(event, member, answers_for(event, takeaway="Samen optrekken"))
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    html = client.get(reverse("events:evaluation_results", args=[event.pk])).content.decode()
    assert "Samen optrekken" in html and "Sanne" not in html
    assert "3,5" in html or "4" in html


# Lessons and meetings, both ways


def test_a_lesson_page_shows_the_meeting_it_came_from_and_the_meeting_shows_the_lesson(client):
    lesson = pages.lesson("Wat werkt aan de voordeur")
    event = past_event()
    event.related_lessons = [lesson]
    event.report = [("paragraph", "<p>Wat we leerden.</p>")]
    event.save_revision().publish()
    draft = pages.event("Nog niet gepubliceerd", publish=False)
    draft.related_lessons = [lesson]
    draft.save()
    lesson_html = client.get(lesson.url).content.decode()
    assert event.title in lesson_html and event.url in lesson_html
    assert "Nog niet gepubliceerd" not in lesson_html
    event_html = client.get(event.url).content.decode()
    assert lesson.title in event_html and "Wat we leerden." in event_html


# Personal data


def test_the_export_has_named_answers_and_only_the_fact_of_an_anonymous_evaluation():
    from lerendnetwerk.personal_data import registered

    member = MemberFactory()
    named, anonymous = past_event(), past_event(anonymous=True)
    for event in (named, anonymous):
        attend(event, member)
        evaluation.submit(event, member, answers_for(event, takeaway="Mijn eigen inzicht"))

    class Export:
        @staticmethod
        def absolute(path):
            return path

    rows = registered("evaluation_responses").export(member, Export())
    by_anonymity = {row["anonymous"]: row for row in rows}
    assert "Mijn eigen inzicht" in str(by_anonymity[False]["answers"])
    assert by_anonymity[True]["answers"] == []


def test_deleting_the_account_keeps_anonymous_answers_and_removes_named_ones():
    member = MemberFactory()
    named, anonymous = past_event(), past_event(anonymous=True)
    for event in (named, anonymous):
        attend(event, member)
        evaluation.submit(event, member, answers_for(event))
    member.delete()
    assert not EvaluationResponse.objects.filter(event=named).exists()
    assert EvaluationResponse.objects.filter(event=anonymous).count() == 1
    assert not EvaluationParticipation.objects.exists()


def test_the_admin_attendee_list_links_the_results(client):
    event = past_event()
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    html = client.get(reverse("events_admin:attendees", args=[event.pk])).content.decode()
    assert reverse("events:evaluation_results", args=[event.pk]) in html
