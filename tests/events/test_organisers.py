"""Meetings made by the people who hold them (events.organisers, events.organising,
events.organiser_views): who may organise, what is published at once and what waits for
the editors, and that a meeting only for its circle is invisible to everyone else."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import organisers, organising
from events.models import EventPage
from events.records import EventFormat, Registration, RegistrationStatus
from events.services import Choice, register_member
from members.roles import Role
from notifications.models import Notification, NotificationKind
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def people(db):
    return {
        "editor": MemberFactory(first_name="Redacteur", roles=[Role.EDITOR]),
        "coordinator": MemberFactory(first_name="Coördinator"),
        "other_coordinator": MemberFactory(first_name="Elders"),
        "network_member": MemberFactory(first_name="Netwerklid"),
        "trekker": MemberFactory(first_name="Trekker", roles=[Role.MUNICIPAL_LEAD]),
        "participant": MemberFactory(first_name="Deelnemer"),
        "member": MemberFactory(first_name="Lid"),
    }


@pytest.fixture
def world(people):
    pages.event_index()
    network = pages.network(
        "Toegang en integraal werken", coordinators=[people["coordinator"]], members=[people["network_member"]]
    )
    pages.network("Armoede en schulden", coordinators=[people["other_coordinator"]])
    practice = pages.practice("Eén voordeur", leads=[people["trekker"]], participants=[people["participant"]])
    return {"network": network, "practice": practice}


def details(**fields):
    start = timezone.now() + timedelta(days=20)
    values = {
        "title": "Casusoverleg toegang",
        "summary": "We bespreken twee casussen.",
        "start": start,
        "end": start + timedelta(hours=2),
        "venue": "Stadhuis Zwolle",
        "description": "Eerste alinea <b>vet</b>.\n\nTweede alinea.",
        "circle_only": True,
    }
    values.update(fields)
    return organising.MeetingDetails(**values)


def network_meeting(world, people, **fields):
    event, _outcome = organising.create_meeting(people["coordinator"], details(**fields), network=world["network"])
    return event


def practice_meeting(world, people, **fields):
    event, _outcome = organising.create_meeting(people["trekker"], details(**fields), practice=world["practice"])
    return event


# Services


def test_a_coordinator_publishes_a_meeting_for_the_network_at_once(world, people):
    event, outcome = organising.create_meeting(people["coordinator"], details(), network=world["network"])
    assert outcome == organising.PUBLISHED
    event.refresh_from_db()
    assert event.live and event.circle_only and event.network == world["network"]
    assert event.organised_by == people["coordinator"]
    # The plain text is escaped and made into paragraphs once, at save.
    html = str(event.description[0].value)
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and html.count("<p>") == 2


def test_the_network_members_hear_of_a_new_meeting_but_not_the_organiser(world, people):
    network_meeting(world, people)
    notified = set(
        Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING).values_list("recipient", flat=True)
    )
    assert notified == {people["network_member"].pk}


def test_a_meeting_for_the_public_calendar_waits_for_the_editors(world, people):
    event, outcome = organising.create_meeting(
        people["coordinator"], details(circle_only=False), network=world["network"]
    )
    assert outcome == organising.SUBMITTED
    event.refresh_from_db()
    assert not event.live
    assert event.current_workflow_state is not None
    assert not Notification.objects.filter(kind=NotificationKind.NETWORK_MEETING).exists()


def test_an_editor_publishes_a_public_meeting_at_once(world, people):
    _event, outcome = organising.create_meeting(people["editor"], details(circle_only=False), network=world["network"])
    assert outcome == organising.PUBLISHED


@pytest.mark.parametrize("who", ["member", "network_member", "other_coordinator", "participant"])
def test_only_organisers_may_make_a_meeting(world, people, who):
    with pytest.raises(organising.OrganiseError):
        organising.create_meeting(people[who], details(), network=world["network"])
    with pytest.raises(organising.OrganiseError):
        organising.create_meeting(people[who], details(), practice=world["practice"])
    assert not EventPage.objects.filter(title="Casusoverleg toegang").exists()


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"start": timezone.now() - timedelta(days=1)}, "start"),
        ({"end": timezone.now() + timedelta(days=19)}, "end"),
        ({"registration_closes": timezone.now() + timedelta(days=40)}, "registration_closes"),
        ({"format": EventFormat.ONLINE, "online_url": ""}, "online_url"),
        ({"venue": "", "address": ""}, "venue"),
    ],
)
def test_bad_times_and_places_are_refused_and_nothing_is_saved(world, people, fields, field):
    with pytest.raises(organising.OrganiseError) as refused:
        organising.create_meeting(people["coordinator"], details(**fields), network=world["network"])
    assert refused.value.field == field
    assert not EventPage.objects.filter(title="Casusoverleg toegang").exists()


def test_a_trekker_changes_the_practices_meeting(world, people):
    event = practice_meeting(world, people)
    _changed, outcome = organising.change_meeting(people["trekker"], event, details(title="Nieuwe titel"))
    assert outcome == organising.PUBLISHED
    event.refresh_from_db()
    assert event.title == "Nieuwe titel" and event.organising_practice == world["practice"]


def test_cancelling_tells_the_attendees_and_closes_registration(
    world, people, mailoutbox, django_capture_on_commit_callbacks
):
    event = network_meeting(world, people)
    register_member(event, people["network_member"], Choice())
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        organising.cancel_meeting(people["coordinator"], event)
    event.refresh_from_db()
    assert event.is_cancelled and event.registration_state() == "closed"
    assert Registration.objects.get(event=event).status == RegistrationStatus.CANCELLED
    assert [mail.to for mail in mailoutbox] == [[people["network_member"].email]]
    with pytest.raises(organising.OrganiseError):
        organising.change_meeting(people["coordinator"], event, details())


@pytest.mark.parametrize(
    "who, network_event, practice_event",
    [
        ("editor", True, True),
        ("coordinator", True, False),
        ("other_coordinator", False, False),
        ("network_member", False, False),
        ("trekker", False, True),
        ("participant", False, False),
        ("member", False, False),
    ],
)
def test_who_may_organise_a_meeting(world, people, who, network_event, practice_event):
    assert organisers.may_organise(people[who], network_meeting(world, people)) is network_event
    assert organisers.may_organise(people[who], practice_meeting(world, people)) is practice_event


# Views: access per role


ROLES = ["visitor", "member", "network_member", "other_coordinator", "coordinator", "trekker", "editor"]


def log_in_as(client, people, who):
    if who != "visitor":
        client.force_login(people[who])


@pytest.mark.parametrize("who", ROLES)
def test_the_form_for_a_network_meeting_per_role(client, world, people, who):
    log_in_as(client, people, who)
    response = client.get(reverse("events:organise_for_network", args=[world["network"].pk]))
    expected = {"visitor": 302, "coordinator": 200, "editor": 200}.get(who, 404)
    assert response.status_code == expected


@pytest.mark.parametrize("who", ROLES)
def test_the_form_for_a_practice_meeting_per_role(client, world, people, who):
    log_in_as(client, people, who)
    response = client.get(reverse("events:organise_for_practice", args=[world["practice"].pk]))
    expected = {"visitor": 302, "trekker": 200, "editor": 200}.get(who, 404)
    assert response.status_code == expected


@pytest.mark.parametrize("who", ROLES)
def test_the_practices_meetings_page_per_role(client, world, people, who):
    log_in_as(client, people, who)
    response = client.get(reverse("events:practice_meetings", args=[world["practice"].pk]))
    expected = {"visitor": 302, "trekker": 200, "editor": 200}.get(who, 404)
    assert response.status_code == expected
    if expected == 200:
        organise = reverse("events:organise_for_practice", args=[world["practice"].pk])
        assert organise in response.content.decode()


@pytest.mark.parametrize("who", ROLES)
def test_changing_and_cancelling_a_network_meeting_per_role(client, world, people, who):
    event = network_meeting(world, people)
    log_in_as(client, people, who)
    expected = {"visitor": 302, "coordinator": 200, "editor": 200}.get(who, 404)
    assert client.get(reverse("events:organise_change", args=[event.pk])).status_code == expected
    assert client.get(reverse("events:organise_cancel", args=[event.pk])).status_code == expected
    response = client.post(reverse("events:organise_cancel", args=[event.pk]))
    event.refresh_from_db()
    assert event.is_cancelled is (expected == 200)
    assert response.status_code == (302 if expected != 404 else 404)


def form_data(**fields):
    data = {
        "title": "Casusoverleg",
        "summary": "Twee casussen.",
        "start": "14-03-2030 19:30",
        "end": "2030-03-14T21:30",
        "format": "in_person",
        "venue": "Stadhuis",
        "circle_only": "circle",
        "audience": "members",
        "description": "Welkom.",
    }
    data.update(fields)
    return data


def test_a_coordinator_organises_a_meeting_through_the_form(client, world, people):
    client.force_login(people["coordinator"])
    response = client.post(reverse("events:organise_for_network", args=[world["network"].pk]), form_data())
    event = EventPage.objects.get(title="Casusoverleg")
    assert response.status_code == 302 and response["Location"] == event.url
    assert event.live and timezone.localtime(event.start).hour == 19


def test_the_form_keeps_what_was_typed_and_says_what_is_wrong(client, world, people):
    client.force_login(people["coordinator"])
    response = client.post(
        reverse("events:organise_for_network", args=[world["network"].pk]),
        form_data(end="14-03-2030 18:00", start="geen datum"),
    )
    assert response.status_code == 200
    assert "Casusoverleg" in response.content.decode()
    assert response.context["form"].errors["start"]
    response = client.post(
        reverse("events:organise_for_network", args=[world["network"].pk]), form_data(end="14-03-2030 18:00")
    )
    assert response.context["form"].errors["end"]
    assert not EventPage.objects.filter(title="Casusoverleg").exists()


def test_a_trekker_changes_the_meeting_through_the_form(client, world, people):
    event = practice_meeting(world, people)
    client.force_login(people["trekker"])
    page = client.get(reverse("events:organise_change", args=[event.pk])).content.decode()
    assert "Eerste alinea &lt;b&gt;vet&lt;/b&gt;." in page  # the text as typed, to change it
    client.post(reverse("events:organise_change", args=[event.pk]), form_data(title="Anders"))
    event.refresh_from_db()
    assert event.title == "Anders"


# A meeting only for its circle: invisible to everyone else, everywhere


def outsider_sees_it(client, event):
    texts = [
        client.get(event.url),
        client.get(event.get_parent().url),
        client.get(
            event.get_parent().url + "?weergave=maand&maand=" + timezone.localtime(event.start).strftime("%Y-%m")
        ),
        client.get(event.get_parent().url + "ical/"),
        client.get("/"),
        client.get(reverse("search") + "?q=Casusoverleg"),
    ]
    return [response.status_code == 200 and "Casusoverleg toegang" in response.content.decode() for response in texts]


@pytest.mark.parametrize("who", ["visitor", "member", "other_coordinator", "trekker"])
def test_a_network_only_meeting_is_invisible_to_outsiders_everywhere(client, world, people, who):
    event = network_meeting(world, people)
    log_in_as(client, people, who)
    assert client.get(event.url).status_code == 404
    assert client.get(event.url + "ical/").status_code == 404
    assert not any(outsider_sees_it(client, event))
    network_page = client.get(world["network"].url).content.decode()
    assert "Casusoverleg toegang" not in network_page


@pytest.mark.parametrize("who", ["network_member", "coordinator", "editor"])
def test_the_network_sees_its_meeting_on_its_page(client, world, people, who):
    event = network_meeting(world, people)
    log_in_as(client, people, who)
    assert client.get(event.url).status_code == 200
    assert "Casusoverleg toegang" in client.get(world["network"].url).content.decode()


def test_a_public_meeting_waiting_for_the_editors_is_listed_for_its_organisers_only(client, world, people):
    organising.create_meeting(people["coordinator"], details(circle_only=False), network=world["network"])
    client.force_login(people["network_member"])
    assert "Casusoverleg toegang" not in client.get(world["network"].url).content.decode()
    client.force_login(people["coordinator"])
    page = client.get(world["network"].url).content.decode()
    assert "Casusoverleg toegang" in page and "Wacht op goedkeuring van de redactie" in page


def test_the_practices_own_meeting_is_for_its_participants(client, world, people):
    event = practice_meeting(world, people)
    client.force_login(people["participant"])
    assert client.get(event.url).status_code == 200
    workspace = client.get(reverse("events:practice_meetings", args=[world["practice"].pk])).content.decode()
    assert "Casusoverleg toegang" in workspace
    client.force_login(people["network_member"])
    assert client.get(event.url).status_code == 404


def test_the_organisers_page_offers_to_change_the_meeting(client, world, people):
    event = network_meeting(world, people)
    client.force_login(people["coordinator"])
    assert reverse("events:organise_change", args=[event.pk]) in client.get(event.url).content.decode()
    client.force_login(people["network_member"])
    assert reverse("events:organise_change", args=[event.pk]) not in client.get(event.url).content.decode()


@pytest.mark.parametrize(
    "who, sees",
    [
        ("coordinator", True),
        ("editor", True),
        ("network_member", False),
        ("other_coordinator", False),
        ("member", False),
    ],
)
def test_the_evaluation_results_of_a_network_meeting_are_for_its_organisers(client, world, people, who, sees):
    from events import evaluation

    event = network_meeting(world, people)
    event.evaluation_enabled = True  # set by the editors in the admin (the Evaluatie tab)
    event.save(update_fields=["evaluation_enabled"])
    assert evaluation.may_see_results(people[who], event) == sees
    log_in_as(client, people, who)
    response = client.get(reverse("events:evaluation_results", args=[event.pk]))
    assert (response.status_code == 200) == sees


def test_the_organiser_finds_their_meetings_in_the_export_and_the_meeting_outlives_their_account(world, people):
    from lerendnetwerk.personal_data import registered

    event = network_meeting(world, people)
    exported = registered("organised_meetings").export(people["coordinator"], None)
    assert [row["event"] for row in exported] == ["Casusoverleg toegang"]

    people["coordinator"].delete()
    event.refresh_from_db()
    assert event.organised_by is None and event.live
