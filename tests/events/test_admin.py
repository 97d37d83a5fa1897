"""The editors' side of meetings in the Wagtail admin: attendee list, exports, adding and
cancelling by hand, check-in at the door, and who may do any of it."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import GroupPagePermission

from events import services
from events.exports import AttendeeSheet
from events.models import Attendance, EventFormat, Registration, RegistrationStatus
from events.services import Choice, RegistrationError
from members.roles import Role
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return MemberFactory(first_name="Eva", last_name="Redacteur", roles=[Role.EDITOR])


@pytest.fixture
def editor_client(client, editor):
    log_in(client, editor)
    return client


@pytest.fixture
def event(db):
    return pages.event(
        "Leernetwerk armoede",
        capacity_in_person=2,
        questions=[{"label": "Organisatie"}, {"label": "Dieetwensen", "kind": "textarea"}],
        workshops=[
            {"slot": "Ronde 1", "title": "Wijkteams"},
            {"slot": "Ronde 1", "title": "Schuldhulp"},
            {"slot": "Ronde 2", "title": "Ervaringsdeskundigen"},
        ],
    )


def answers(event, *values):
    return [
        {"question": question.pk, "label": question.label, "answer": value}
        for question, value in zip(event.questions.all(), values, strict=False)
    ]


def workshop(event, title):
    return event.workshops.get(title=title)


def register(event, member=None, **choice):
    return services.register_member(event, member or MemberFactory(), Choice(**choice), by_editor=True)


def url(name, event, *args):
    return reverse(f"events_admin:{name}", args=[event.pk, *args])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def filled(event):
    """Two confirmed (one present), one on the waitlist, one cancelled guest."""
    anna = register(
        event,
        MemberFactory(first_name="Anna", last_name="de Vries", email="anna@zwolle.example"),
        answers=answers(event, "Gemeente Zwolle", "=SUM(1+1)"),
        workshops=[workshop(event, "Schuldhulp"), workshop(event, "Ervaringsdeskundigen")],
        public_consent=True,
    )
    bram = register(event, MemberFactory(first_name="Bram", last_name="Jansen"), answers=answers(event, "GGD", ""))
    services.set_present(anna, True)
    cees = register(event, MemberFactory(first_name="Cees", last_name="Smit"), answers=answers(event, "Wijkteam"))
    guest = services.add_guest(event, "Gerda Gast", "gerda@example.org", Choice())
    return {"anna": anna, "bram": bram, "cees": cees, "guest": guest}


# The attendee list


def test_the_attendee_list_shows_statuses_answers_and_workshops(editor_client, event, filled):
    services.cancel(filled["bram"], by_editor=True)  # Cees moves up; the guest stays on the waitlist
    response = editor_client.get(url("attendees", event))

    assert response.status_code == 200
    content = response.content.decode()
    for text in ("Anna de Vries", "anna@zwolle.example", "Gemeente Zwolle", "Schuldhulp", "Ervaringsdeskundigen"):
        assert text in content
    assert "Organisatie" in content and "Dieetwensen" in content and "Ronde 2" in content
    rows = {row.registration.name: row for row in response.context["sheet"].rows}
    present = str(Registration(status=RegistrationStatus.CONFIRMED, checked_in_at=timezone.now()).display_status)
    assert {name: str(row.registration.display_status) for name, row in rows.items()} == {
        "Anna de Vries": present,
        "Bram Jansen": str(RegistrationStatus.CANCELLED.label),
        "Cees Smit": str(RegistrationStatus.CONFIRMED.label),
        "Gerda Gast": str(RegistrationStatus.WAITLISTED.label),
    }
    for status in {present, str(RegistrationStatus.CANCELLED.label), str(RegistrationStatus.WAITLISTED.label)}:
        assert status in content
    assert rows["Anna de Vries"].answers == ["Gemeente Zwolle", "=SUM(1+1)"]
    assert rows["Anna de Vries"].workshops == ["Schuldhulp", "Ervaringsdeskundigen"]
    assert rows["Gerda Gast"].waitlist_position == 1
    assert rows["Cees Smit"].waitlist_position is None
    # Confirmed first, then the waitlist, then the rest.
    assert list(rows) == ["Anna de Vries", "Cees Smit", "Gerda Gast", "Bram Jansen"]
    # Someone who cancelled has no cancel button; the others do.
    assert url("remove", event, filled["anna"].pk) in content
    assert url("remove", event, filled["bram"].pk) not in content


def test_present_is_shown_as_its_own_status(editor_client, event, filled):
    response = editor_client.get(url("attendees", event))
    rows = {row.registration.name: row for row in response.context["sheet"].rows}
    assert rows["Anna de Vries"].registration.display_status != rows["Bram Jansen"].registration.display_status
    assert str(rows["Anna de Vries"].registration.display_status) in response.content.decode()


@pytest.mark.parametrize(
    ("status", "names"),
    [
        ("confirmed", ["Anna de Vries", "Bram Jansen"]),
        ("present", ["Anna de Vries"]),
        ("waitlisted", ["Cees Smit", "Gerda Gast"]),
        ("cancelled", []),
        ("nonsense", ["Anna de Vries", "Bram Jansen", "Cees Smit", "Gerda Gast"]),
    ],
)
def test_the_attendee_list_filters_by_status(editor_client, event, filled, status, names):
    response = editor_client.get(url("attendees", event), {"status": status})
    assert [row.registration.name for row in response.context["sheet"].rows] == names


def test_the_attendee_list_shows_seats_waitlist_and_present_per_attendance(editor_client, event, filled):
    response = editor_client.get(url("attendees", event))
    (in_person,) = response.context["summary"]
    assert (in_person["capacity"], in_person["taken"], in_person["left"]) == (2, 2, 0)
    assert (in_person["waitlisted"], in_person["present"]) == (2, 1)


def test_the_attendee_list_takes_the_same_number_of_queries_for_many_registrations(editor_client, event):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(url("attendees", event)).status_code == 200
        return len(captured)

    register(event, answers=answers(event, "A"), workshops=[workshop(event, "Wijkteams")])
    queries()  # warm the caches (content types, site root paths)
    few = queries()
    for number in range(12):
        register(event, answers=answers(event, f"Org {number}"), workshops=[workshop(event, "Schuldhulp")])
    services.add_guest(event, "Gast", "gast@example.org", Choice(workshops=[workshop(event, "Wijkteams")]))
    assert Registration.objects.filter(event=event).count() == 14
    assert queries() == few


def test_answers_to_a_removed_question_keep_a_column_of_their_own(event):
    old_answer = {"question": 999_999, "label": "Vervoer", "answer": "Trein"}
    register(event, MemberFactory(first_name="Anna"), answers=[*answers(event, "GGD"), old_answer])
    sheet = AttendeeSheet(event, services.attendee_registrations(event))
    assert sheet.question_labels == ["Organisatie", "Dieetwensen", "Vervoer"]
    assert sheet.rows[0].answers == ["GGD", "", "Trein"]


# Exports


def test_the_csv_export_has_a_bom_and_a_column_per_question_and_workshop_slot(editor_client, event, filled):
    response = editor_client.get(url("export", event, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="deelnemers-' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert header[6:10] == ["Ronde 1", "Ronde 2", "Organisatie", "Dieetwensen"]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_name) == {"Anna de Vries", "Bram Jansen", "Cees Smit", "Gerda Gast"}
    anna = by_name["Anna de Vries"]
    assert anna["Ronde 1"] == "Schuldhulp" and anna["Ronde 2"] == "Ervaringsdeskundigen"
    assert anna["Organisatie"] == "Gemeente Zwolle"
    assert anna["Dieetwensen"] == "'=SUM(1+1)"  # not a formula in a spreadsheet
    assert by_name["Gerda Gast"][header[5]] == "2"  # second on the waitlist
    assert by_name["Cees Smit"][header[5]] == "1"


def test_the_csv_export_follows_the_status_filter(editor_client, event, filled):
    response = editor_client.get(url("export", event, "csv"), {"status": "waitlisted"})
    _header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows] == ["Cees Smit", "Gerda Gast"]


def test_the_excel_export_has_a_column_per_question_and_workshop_slot(editor_client, event, filled):
    response = editor_client.get(url("export", event, "xlsx"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    worksheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
    assert {"Ronde 1", "Ronde 2", "Organisatie", "Dieetwensen"} <= set(header)
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    anna = by_name["Anna de Vries"]
    assert anna["Ronde 1"] == "Schuldhulp"
    assert anna["Organisatie"] == "Gemeente Zwolle"
    assert anna["Dieetwensen"] == "=SUM(1+1)"
    formula_cell = next(cell for cell in worksheet.iter_rows() for cell in cell if cell.value == "=SUM(1+1)")
    assert formula_cell.data_type == "s"  # stored as text, not as a formula
    assert anna[header[10]] == gettext("Yes")  # agreed to be on the attendee list
    assert by_name["Gerda Gast"]["Organisatie"] is None  # a guest added without answers


def test_an_unknown_export_format_is_not_found(editor_client, event):
    assert editor_client.get(url("export", event, "pdf")).status_code == 404


# Adding and removing by hand


def test_an_editor_adds_members_and_a_full_meeting_puts_them_on_the_waitlist(editor_client, event, filled):
    services.cancel(filled["bram"], by_editor=True)
    services.cancel(filled["cees"], by_editor=True)  # the guest got Cees's seat: full again
    late = MemberFactory(first_name="Dirk", last_name="Laat")

    response = editor_client.post(
        url("add", event),
        {
            "kind": "member",
            "member": late.pk,
            "attendance": Attendance.IN_PERSON,
            f"question_{event.questions.first().pk}": "Gemeente Deventer",
            "workshop_1": workshop(event, "Wijkteams").pk,
        },
    )

    assert response.status_code == 302
    registration = Registration.objects.get(event=event, member=late)
    assert registration.status == RegistrationStatus.WAITLISTED
    assert registration.answers[0]["answer"] == "Gemeente Deventer"
    assert [w.title for w in registration.workshops.all()] == ["Wijkteams"]
    assert any("Dirk Laat" in message for message in messages_of(response))


def test_an_editor_adds_a_member_while_there_is_a_seat(editor_client, event):
    member = MemberFactory(first_name="Fleur", last_name="Vos")
    response = editor_client.post(url("add", event), {"kind": "member", "member": member.pk, "attendance": "in_person"})
    assert response.status_code == 302
    assert Registration.objects.get(event=event, member=member).status == RegistrationStatus.CONFIRMED


def test_an_editor_adds_a_guest_who_takes_a_seat_at_once(editor_client, event):
    response = editor_client.post(
        url("add", event),
        {"kind": "guest", "name": "Henk Gast", "email": "henk@example.org", "attendance": "in_person"},
    )
    assert response.status_code == 302
    guest = Registration.objects.get(event=event, email="henk@example.org")
    assert guest.member is None and guest.status == RegistrationStatus.CONFIRMED


def test_adding_someone_twice_shows_the_reason(editor_client, event, filled):
    response = editor_client.post(
        url("add", event), {"kind": "guest", "name": "Gerda", "email": "GERDA@example.org", "attendance": "in_person"}
    )
    assert response.status_code == 200
    assert "GERDA@example.org" in response.content.decode()
    assert response.context["form"].non_field_errors()

    response = editor_client.post(
        url("add", event), {"kind": "member", "member": filled["anna"].member_id, "attendance": "in_person"}
    )
    assert response.status_code == 200
    assert "Anna de Vries" in str(response.context["form"].non_field_errors())
    assert Registration.objects.filter(event=event).count() == 4


def test_the_add_form_asks_for_what_each_kind_needs(editor_client, event):
    member = MemberFactory(email="lid@gemeente.example")
    response = editor_client.post(url("add", event), {"kind": "member", "attendance": "in_person"})
    assert "member" in response.context["form"].errors
    response = editor_client.post(url("add", event), {"kind": "guest", "attendance": "in_person"})
    assert {"name", "email"} <= set(response.context["form"].errors)
    response = editor_client.post(
        url("add", event), {"kind": "guest", "name": "X", "email": member.email.upper(), "attendance": "in_person"}
    )
    assert "email" in response.context["form"].errors
    assert not Registration.objects.filter(event=event).exists()


def test_only_a_verified_address_makes_a_guest_a_member(editor_client, event):
    member = MemberFactory(email="lid@gemeente.example")
    EmailAddress.objects.create(user=member, email="tweede@gemeente.example", verified=True)
    EmailAddress.objects.create(user=member, email="gerda@example.org", verified=False)  # typed, not hers

    def add_guest(email):
        return editor_client.post(
            url("add", event), {"kind": "guest", "name": "Gerda", "email": email, "attendance": "in_person"}
        )

    response = add_guest("Tweede@gemeente.example")
    assert response.context["form"].errors["email"] == [
        "Dit adres hoort bij een lid. Kies “Een lid” en selecteer die persoon."
    ]
    assert add_guest("gerda@example.org").status_code == 302
    assert Registration.objects.get(event=event).email == "gerda@example.org"


def test_the_add_form_opens_with_the_member_chooser(editor_client, event):
    response = editor_client.get(url("add", event))
    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("event_member_chooser:choose") in content
    assert 'name="question_' in content and 'name="workshop_1"' in content


def test_cancelling_by_hand_gives_the_seat_to_the_first_on_the_waitlist(editor_client, event, filled):
    confirm_page = editor_client.get(url("remove", event, filled["bram"].pk))
    assert confirm_page.status_code == 200
    assert "Bram Jansen" in confirm_page.content.decode()

    response = editor_client.post(url("remove", event, filled["bram"].pk))

    assert response.status_code == 302
    assert response.url == url("attendees", event)
    statuses = dict(Registration.objects.filter(event=event).values_list("name", "status"))
    assert statuses == {
        "Anna de Vries": RegistrationStatus.CONFIRMED,
        "Bram Jansen": RegistrationStatus.CANCELLED,
        "Cees Smit": RegistrationStatus.CONFIRMED,
        "Gerda Gast": RegistrationStatus.WAITLISTED,
    }
    assert any("Cees Smit" in message for message in messages_of(response))


def test_a_registration_of_another_event_cannot_be_cancelled_through_this_one(editor_client, event, filled):
    other = pages.event("Andere bijeenkomst")
    assert editor_client.post(url("remove", other, filled["anna"].pk)).status_code == 404
    assert Registration.objects.get(pk=filled["anna"].pk).status == RegistrationStatus.CONFIRMED


def test_add_guest_uses_the_same_seat_rules():
    event = pages.event(capacity_in_person=1)
    first = services.add_guest(event, "Een", "een@example.org", Choice())
    second = services.add_guest(event, "Twee", "twee@example.org", Choice())
    assert (first.status, second.status) == (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
    with pytest.raises(RegistrationError):
        services.add_guest(event, "Twee", "TWEE@example.org", Choice())
    services.cancel(first, by_editor=True)
    second.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED


# Check-in at the door


def test_check_in_lists_confirmed_attendees_and_counts_them(editor_client, event, filled):
    response = editor_client.get(url("checkin", event))
    assert response.status_code == 200
    assert [r.name for r in response.context["attendees"]] == ["Anna de Vries", "Bram Jansen"]
    assert response.context["counts"] == {"expected": 2, "present": 1}
    assert "checkin.css" in response.content.decode()


def test_check_in_searches_by_name(editor_client, event, filled):
    response = editor_client.get(url("checkin", event), {"q": "bram"})
    assert [r.name for r in response.context["attendees"]] == ["Bram Jansen"]
    assert response.context["counts"] == {"expected": 2, "present": 1}


def test_check_in_toggles_and_returns_to_the_same_search(editor_client, event, filled):
    bram = filled["bram"]
    response = editor_client.post(
        url("set_present", event, bram.pk), {"present": "1", "q": "bram", "attendance": "in_person"}
    )

    assert response.status_code == 302
    assert response.url == f"{url('checkin', event)}?q=bram&attendance=in_person#aanmelding-{bram.pk}"
    bram.refresh_from_db()
    assert bram.checked_in_at is not None
    assert editor_client.get(url("checkin", event)).context["counts"] == {"expected": 2, "present": 2}

    editor_client.post(url("set_present", event, bram.pk), {"present": "0", "q": ""})
    bram.refresh_from_db()
    assert bram.checked_in_at is None


def test_check_in_refuses_someone_on_the_waitlist(editor_client, event, filled):
    response = editor_client.post(url("set_present", event, filled["cees"].pk), {"present": "1"})
    assert response.status_code == 302
    assert Registration.objects.get(pk=filled["cees"].pk).checked_in_at is None
    assert messages_of(response)


def test_check_in_is_a_form_post_only(editor_client, event, filled):
    assert editor_client.get(url("set_present", event, filled["bram"].pk)).status_code == 405


def test_check_in_of_a_hybrid_meeting_shows_one_kind_of_attendance_at_a_time(editor_client):
    event = pages.event(format=EventFormat.HYBRID)
    register(event, MemberFactory(first_name="Ina", last_name="Zaal"), attendance=Attendance.IN_PERSON)
    register(event, MemberFactory(first_name="Olaf", last_name="Online"), attendance=Attendance.ONLINE)
    in_person = editor_client.get(url("checkin", event))
    online = editor_client.get(url("checkin", event), {"attendance": "online"})
    assert [r.name for r in in_person.context["attendees"]] == ["Ina Zaal"]
    assert [r.name for r in online.context["attendees"]] == ["Olaf Online"]


# The list of meetings, the menu and the buttons on the page


def test_the_events_overview_counts_per_kind_of_attendance(editor_client, event, filled):
    pages.event("Webinar", format=EventFormat.ONLINE, capacity_online=100)
    response = editor_client.get(reverse("events_admin:index"))

    assert response.status_code == 200
    rows = {row["event"].title: row["kinds"] for row in response.context["rows"]}
    assert rows["Leernetwerk armoede"] == [
        {"label": Attendance.IN_PERSON.label, "capacity": 2, "confirmed": 2, "waitlisted": 2}
    ]
    assert rows["Webinar"] == [{"label": Attendance.ONLINE.label, "capacity": 100, "confirmed": 0, "waitlisted": 0}]
    assert url("attendees", event) in response.content.decode()


def test_past_events_are_listed_separately(editor_client, event):
    pages.event("Vorig jaar", start=timezone.now() - timedelta(days=365))
    upcoming = editor_client.get(reverse("events_admin:index"))
    past = editor_client.get(reverse("events_admin:index"), {"periode": "voorbij"})
    assert [row["event"].title for row in upcoming.context["rows"]] == ["Leernetwerk armoede"]
    assert [row["event"].title for row in past.context["rows"]] == ["Vorig jaar"]


def test_editors_find_the_menu_item_and_the_buttons_on_the_event_page(editor_client, event):
    dashboard = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("events_admin:index") in dashboard

    explorer = editor_client.get(reverse("wagtailadmin_explore", args=[pages.event_index().pk]))
    assert url("attendees", event) in explorer.content.decode()

    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert url("attendees", event) in edit.content.decode()
    assert url("checkin", event) in edit.content.decode()


def test_the_member_chooser_finds_members_by_name(editor_client, event):
    MemberFactory(first_name="Karin", last_name="Zoekbaar", email="karin@example.org")
    MemberFactory(first_name="Lotte", last_name="Anders")
    response = editor_client.get(reverse("event_member_chooser:choose_results"), {"q": "zoekb"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Karin Zoekbaar" in content and "Lotte Anders" not in content


# Who may do this


def all_urls(event, registration):
    return [
        ("get", url("attendees", event)),
        ("get", url("export", event, "csv")),
        ("get", url("export", event, "xlsx")),
        ("get", url("add", event)),
        ("post", url("add", event)),
        ("get", url("remove", event, registration.pk)),
        ("post", url("remove", event, registration.pk)),
        ("get", url("checkin", event)),
        ("post", url("set_present", event, registration.pk)),
    ]


def test_a_member_without_admin_access_gets_nothing(client, event, filled):
    log_in(client, MemberFactory())
    for method, address in [*all_urls(event, filled["bram"]), ("get", reverse("events_admin:index"))]:
        response = getattr(client, method)(address, {"present": "1"} if method == "post" else {})
        assert response.status_code == 302, address
        assert "Bram" not in response.content.decode()
    bram = Registration.objects.get(pk=filled["bram"].pk)
    assert bram.status == RegistrationStatus.CONFIRMED and bram.checked_in_at is None


def test_a_moderator_with_admin_access_but_no_page_permission_gets_403(client, event, filled):
    log_in(client, MemberFactory(roles=[Role.MODERATOR]))
    for method, address in [*all_urls(event, filled["bram"]), ("get", reverse("events_admin:index"))]:
        response = getattr(client, method)(address, {"present": "1"} if method == "post" else {})
        assert response.status_code == 403, address
        assert "Bram" not in response.content.decode()
    assert Registration.objects.get(pk=filled["bram"].pk).status == RegistrationStatus.CONFIRMED
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("events_admin:index") not in dashboard
    assert (
        client.get(reverse("event_member_chooser:choose"), headers={"x-requested-with": "XMLHttpRequest"}).status_code
        == 403
    )


def test_an_editor_who_may_not_edit_this_event_page_gets_403(client, event, filled):
    """Page permissions on another part of the tree only: the meeting is not theirs."""
    group = Group.objects.create(name="Redactie praktijken")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    change_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    GroupPagePermission.objects.create(group=group, page=pages.practice_index(), permission=change_page)
    other_editor = MemberFactory()
    other_editor.groups.add(group)
    log_in(client, other_editor)

    for method, address in all_urls(event, filled["bram"]):
        response = getattr(client, method)(address, {"present": "1"} if method == "post" else {})
        assert response.status_code == 403, address
    assert client.get(reverse("events_admin:index")).status_code == 403
    explorer = client.get(reverse("wagtailadmin_explore", args=[pages.event_index().pk]))
    assert url("attendees", event) not in explorer.content.decode()
    bram = Registration.objects.get(pk=filled["bram"].pk)
    assert bram.status == RegistrationStatus.CONFIRMED and bram.checked_in_at is None


def test_an_editor_sees_only_the_events_whose_page_they_may_edit(client, event):
    group = Group.objects.create(name="Redactie één bijeenkomst")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    change_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    mine = pages.event("Mijn bijeenkomst")
    GroupPagePermission.objects.create(group=group, page=mine, permission=change_page)
    user = MemberFactory()
    user.groups.add(group)
    log_in(client, user)

    response = client.get(reverse("events_admin:index"))
    assert [row["event"].title for row in response.context["rows"]] == ["Mijn bijeenkomst"]
    assert client.get(url("attendees", mine)).status_code == 200
    assert client.get(url("attendees", event)).status_code == 403
