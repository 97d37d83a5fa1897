"""Registering, cancelling and calendars through the site, per role."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events import services
from events.models import EventFormat, Registration, RegistrationStatus
from events.services import Choice
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_a_member_registers_with_the_editors_questions_and_a_workshop(
    member_client, member, django_capture_on_commit_callbacks
):
    member.profile.organisation = "Gemeente Zwolle"
    member.profile.save()
    event = pages.event(
        capacity_in_person=10,
        questions=[
            {"label": "Organisatie", "prefill": "organisation", "required": True},
            {"label": "Dieetwensen", "kind": "textarea"},
        ],
        workshops=[{"slot": "Ronde 1", "title": "Wijkteams", "capacity": 5}],
    )
    form = member_client.get(event.url).context["form"]
    question_ids = [q.pk for q in event.questions.all()]
    assert form.initial[f"question_{question_ids[0]}"] == "Gemeente Zwolle"
    workshop = event.workshops.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            event.url + "aanmelden/",
            {
                "attendance": "in_person",
                f"question_{question_ids[0]}": "Gemeente Zwolle",
                f"question_{question_ids[1]}": "Vegetarisch",
                "workshop_1": workshop.pk,
                "public_consent": "on",
            },
            follow=True,
        )
    registration = Registration.objects.get(event=event, member=member)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert [a["answer"] for a in registration.answers] == ["Gemeente Zwolle", "Vegetarisch"]
    assert list(registration.workshops.all()) == [workshop]
    assert registration.public_consent
    assert "Je bent aangemeld" in response.content.decode()
    assert len(mail.outbox) == 1


def test_a_form_with_errors_keeps_what_was_typed_and_saves_nothing(member_client):
    event = pages.event(
        capacity_in_person=10, questions=[{"label": "Organisatie", "required": True}, {"label": "Dieet"}]
    )
    dieet = event.questions.get(label="Dieet")
    response = member_client.post(
        event.url + "aanmelden/", {"attendance": "in_person", f"question_{dieet.pk}": "Halal"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet alles is goed ingevuld" in html or "error" in html
    assert 'value="Halal"' in html
    assert not Registration.objects.exists()


def test_a_full_workshop_is_shown_but_cannot_be_chosen(member_client):
    event = pages.event(
        capacity_in_person=10,
        workshops=[{"slot": "Ronde 1", "title": "Vol", "capacity": 1}, {"slot": "Ronde 1", "title": "Open"}],
    )
    full = event.workshops.get(title="Vol")
    services.register_member(event, MemberFactory(), Choice(workshops=[full]))
    html = member_client.get(event.url).content.decode()
    assert "Vol (vol)" in html and "disabled" in html
    response = member_client.post(event.url + "aanmelden/", {"attendance": "in_person", "workshop_1": full.pk})
    assert response.status_code == 200
    assert "is vol" in response.content.decode()
    assert Registration.objects.count() == 1


def test_members_only_meetings_ask_visitors_to_log_in_and_refuse_their_posts(client):
    event = pages.event(capacity_in_person=10)
    html = client.get(event.url).content.decode()
    assert "Log in" in html and 'action="' + event.url + 'aanmelden/"' not in html
    response = client.post(event.url + "aanmelden/", {"attendance": "in_person", "name": "X", "email": "x@example.org"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Registration.objects.exists()


def test_a_guest_registers_by_confirming_the_link_in_the_e_mail(client, django_capture_on_commit_callbacks):
    event = pages.event(capacity_in_person=10, audience="open")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            event.url + "aanmelden/", {"attendance": "in_person", "name": "Gast Jansen", "email": "gast@example.org"}
        )
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.PENDING
    link = next(line for line in mail.outbox[0].body.splitlines() if "/mijn-bijeenkomsten/bevestigen/" in line)
    path = link[link.index("/mijn-bijeenkomsten/") :]
    assert client.get(path).status_code == 200  # a mail scanner opening the link confirms nothing
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    client.post(path)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_a_broken_link_gets_a_clear_page_not_an_error(client):
    response = client.get(reverse("events:cancel_by_link", args=["kapot"]))
    assert response.status_code == 404
    assert "Deze link werkt niet meer" in response.content.decode()


def test_cancelling_through_the_link_in_the_e_mail(client):
    event = pages.event(capacity_in_person=10)
    registration = services.register_member(event, MemberFactory(), Choice())
    path = reverse("events:cancel_by_link", args=[services.cancel_token(registration)])
    client.get(path)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    client.post(path)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_a_member_cancels_on_the_event_page_and_only_their_own_registration(member_client, member):
    event = pages.event(capacity_in_person=10)
    other = services.register_member(event, MemberFactory(), Choice())
    mine = services.register_member(event, member, Choice())
    member_client.post(event.url + "afmelden/")
    mine.refresh_from_db()
    other.refresh_from_db()
    assert mine.status == RegistrationStatus.CANCELLED
    assert other.status == RegistrationStatus.CONFIRMED


def test_after_the_cut_off_the_page_says_so_and_a_cancel_post_changes_nothing(member_client, member):
    event = pages.event(capacity_in_person=10, cancellation_deadline=timezone.now() + timedelta(hours=1))
    registration = services.register_member(event, member, Choice())
    event.cancellation_deadline = timezone.now() - timedelta(minutes=1)
    event.save_revision().publish()
    html = member_client.get(event.url).content.decode()
    assert "Afmelden via de site kan niet meer" in html
    member_client.post(event.url + "afmelden/")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_the_online_link_is_shown_only_to_confirmed_attendees(member_client, member):
    event = pages.event(format=EventFormat.ONLINE, capacity_online=1)
    assert event.online_url not in Client().get(event.url).content.decode()
    assert event.online_url not in member_client.get(event.url).content.decode()
    services.register_member(event, member, Choice(attendance="online"))
    assert event.online_url in member_client.get(event.url).content.decode()
    waiting = MemberFactory()
    services.register_member(event, waiting, Choice(attendance="online"))
    other = Client()
    other.force_login(waiting)
    assert event.online_url not in other.get(event.url).content.decode()


def test_the_attendee_list_shows_only_consenting_attendees_and_only_to_members(member_client):
    event = pages.event(capacity_in_person=10)
    services.register_member(event, MemberFactory(first_name="Open", last_name="Baar"), Choice(public_consent=True))
    services.register_member(event, MemberFactory(first_name="Stil", last_name="Zwijgend"), Choice())
    html = member_client.get(event.url).content.decode()
    assert "Open Baar" in html and "Stil Zwijgend" not in html
    assert "Open Baar" not in Client().get(event.url).content.decode()


def test_my_meetings_shows_registrations_waitlist_positions_and_cancel_buttons(member_client, member):
    full = pages.event("Vol", capacity_in_person=1)
    services.register_member(full, MemberFactory(), Choice())
    services.register_member(full, member, Choice())
    open_event = pages.event("Ruim", capacity_in_person=10)
    services.register_member(open_event, member, Choice())
    response = member_client.get(reverse("events:my_events"))
    html = response.content.decode()
    assert [r.event.title for r in response.context["upcoming"]] == ["Vol", "Ruim"]
    assert "nummer 1" in html
    assert html.count("Van de wachtlijst af") == 1 and html.count("Afmelden<span") == 1


def test_my_meetings_shows_place_attendance_and_attended_meetings_without_a_query_per_meeting(member_client, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from events.models import EventPage
    from tests.factories import MunicipalityFactory

    def add_meetings(number):
        hybrid = pages.event(
            f"Hybride {number}",
            format=EventFormat.HYBRID,
            capacity_in_person=5,
            capacity_online=5,
            municipality=MunicipalityFactory(name=f"Gemeente {number}"),
        )
        services.register_member(hybrid, member, Choice(attendance="online"))
        attended = pages.event(f"Terugkomdag {number}", capacity_in_person=5)
        services.register_member(attended, member, Choice())
        past = timezone.localtime().replace(year=2025, month=3, day=10 + number, hour=10, minute=0)
        EventPage.objects.filter(pk=attended.pk).update(start=past, end=past + timedelta(hours=2))

    add_meetings(1)
    member_client.get(reverse("events:my_events"))  # the session's, the site's and the menus' first reads
    with CaptureQueriesContext(connection) as one:
        html = member_client.get(reverse("events:my_events")).content.decode()
    assert "Jaarbeurs, Gemeente 1 en online" in html and "Online" in html
    assert "Terugkomdag 1</a> (11 maart 2025)" in html
    for number in (2, 3, 4):
        add_meetings(number)
    member_client.get(reverse("events:my_events"))  # the menus, read again after the new pages
    with CaptureQueriesContext(connection) as four:
        html = member_client.get(reverse("events:my_events")).content.decode()
    assert "Terugkomdag 4</a> (14 maart 2025)" in html and "Gemeente 4 en online" in html
    assert len(four) == len(one), [q["sql"][:300] for q in four.captured_queries]


def test_a_kept_meeting_card_shows_a_new_waitlist_place_and_cancels_with_the_readers_own_token(member):
    """Each card of Mijn bijeenkomsten is kept by what it shows (lerendnetwerk.content_fragments)."""
    import re

    from tests.support.second_factor import log_in

    full = pages.event("Vol", capacity_in_person=1)
    first = MemberFactory()
    services.register_member(full, first, Choice())
    services.register_member(full, MemberFactory(), Choice())
    services.register_member(full, member, Choice())
    reader = Client(enforce_csrf_checks=True)
    log_in(reader, member)
    assert "nummer 2" in reader.get(reverse("events:my_events")).content.decode()

    services.cancel(Registration.objects.get(event=full, member=first))
    html = reader.get(reverse("events:my_events")).content.decode()
    assert "nummer 1" in html and "nummer 2" not in html
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', html).group(1)
    answer = reader.post(full.url + "afmelden/", {"csrfmiddlewaretoken": token, "next": "mijn"})
    assert answer.status_code == 302
    assert Registration.objects.get(event=full, member=member).status == RegistrationStatus.CANCELLED


def test_my_meetings_requires_logging_in(client):
    response = client.get(reverse("events:my_events"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


# The personal feed


def feed_path(member):
    return reverse("events:personal_feed", args=[services.calendar_token_for(member).token])


def test_the_personal_feed_holds_the_members_own_registrations_with_the_online_link(client, member):
    mine = pages.event("Mijn webinar", format=EventFormat.ONLINE, capacity_online=10)
    pages.event("Niet de mijne")
    services.register_member(mine, member, Choice(attendance="online"))
    services.register_member(pages.event("Van een ander"), MemberFactory(), Choice())
    calendar = Calendar.from_ical(client.get(feed_path(member)).content)
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Mijn webinar"
    assert mine.online_url in str(component["DESCRIPTION"])


def test_a_regenerated_token_invalidates_the_old_feed_url(member_client, member):
    old = feed_path(member)
    calendar_app = Client()  # sends no cookies: the token is the only key
    assert calendar_app.get(old).status_code == 200
    member_client.post(reverse("events:regenerate_feed"))
    assert calendar_app.get(old).status_code == 404
    assert calendar_app.get(feed_path(member)).status_code == 200


def test_unknown_tokens_and_deactivated_members_get_no_feed(client, member):
    path = feed_path(member)
    assert client.get(reverse("events:personal_feed", args=["raden-lukt-niet"])).status_code == 404
    member.is_active = False
    member.save()
    assert client.get(path).status_code == 404


def test_regenerating_the_token_needs_a_post_by_the_member(client, member):
    token = services.calendar_token_for(member).token
    client.get(reverse("events:regenerate_feed"))
    assert services.calendar_token_for(member).token == token


def test_a_workshop_is_required_in_the_room_but_not_for_online_attendees_of_a_hybrid_meeting(member_client, member):
    event = pages.event(
        format=EventFormat.HYBRID,
        capacity_in_person=10,
        capacity_online=10,
        workshops=[{"slot": "Ronde 1", "title": "Wijkteams", "capacity": 5}],
    )
    response = member_client.post(event.url + "aanmelden/", {"attendance": "in_person"})
    assert response.status_code == 200 and "Kies een workshop" in response.content.decode()
    assert not Registration.objects.exists()
    workshop = event.workshops.get()
    member_client.post(event.url + "aanmelden/", {"attendance": "online", "workshop_1": workshop.pk})
    registration = Registration.objects.get(member=member)
    assert registration.attendance == "online" and not registration.workshops.exists()
