"""Only the addresses a member verified make someone else's rows theirs. Anyone can type
another person's address on their e-mail page: that must not hand them that person's guest
registrations or application as a learning practice, in the export or on deletion."""

import io
import json
import zipfile

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from events.models import Registration, RegistrationStatus
from events.services import Choice, add_guest
from members.models import Member
from practices import services as practice_services
from practices.models import PracticeApplication
from privacy import services
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

VICTIM = "renske@dijkgraaf.example"


@pytest.fixture
def victims_data():
    """A guest registration and an application as a learning practice, both with Renske's
    address: she has no account."""
    meeting = pages.event("Regionale bijeenkomst", questions=[{"label": "Dieetwensen", "kind": "text"}])
    registration = add_guest(
        meeting,
        "Renske Dijkgraaf",
        VICTIM,
        Choice(answers=[{"question": 1, "label": "Dieetwensen", "answer": "Lactosevrij"}]),
    )
    practice_services.submit_application(
        municipality=pages.practice("Wijkteams").municipality,
        contact_name="Renske Dijkgraaf",
        contact_email="Renske@Dijkgraaf.example",
        contact_phone="06-87654321",
        job_title="Teamleider wijkteams",
        themes=[],
        learning_questions="Hoe werken wijkteams samen?",
    )
    return {"registration": registration, "application": PracticeApplication.objects.get()}


def add_address_on_the_email_page(client, member, address):
    """What anyone can do: add an address on allauth's e-mail page (it is not verified)."""
    client.force_login(member)
    response = client.post(reverse("account_email"), {"action_add": "", "email": address})
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=member, email__iexact=address, verified=False).exists()


def export(client, member):
    client.force_login(member)
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name[:-5]: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}


def test_an_unverified_address_does_not_bring_someone_elses_rows_into_the_export(client, member, victims_data):
    add_address_on_the_email_page(client, member, VICTIM)

    data = export(client, member)

    assert data["registrations"] == []
    assert data["consents"]["attendee_lists"] == []
    assert data["practice_applications"] == []
    assert "Dijkgraaf" not in json.dumps(data)
    # The address she typed is hers to see, marked as not verified.
    assert {"email": VICTIM, "verified": False, "primary": False} in data["email_addresses"]


def test_a_verified_address_brings_the_rows_made_with_it_into_the_export(client, member, victims_data):
    EmailAddress.objects.create(user=member, email=VICTIM.upper(), verified=True, primary=False)

    data = export(client, member)

    (registration,) = data["registrations"]
    assert registration["as_guest"] is True
    assert registration["answers"] == [{"question": "Dieetwensen", "answer": "Lactosevrij"}]
    (application,) = data["practice_applications"]
    assert application["telephone"] == "06-87654321"


def test_an_unverified_address_does_not_cancel_or_anonymise_someone_elses_rows(
    client, member, victims_data, django_capture_on_commit_callbacks
):
    add_address_on_the_email_page(client, member, VICTIM)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.delete_account(member)

    registration = Registration.objects.get(pk=victims_data["registration"].pk)
    assert (registration.name, registration.email, registration.status) == (
        "Renske Dijkgraaf",
        VICTIM,
        RegistrationStatus.CONFIRMED,
    )
    assert registration.answers[0]["answer"] == "Lactosevrij"
    application = PracticeApplication.objects.get()
    assert (application.contact_name, application.contact_email, application.contact_phone) == (
        "Renske Dijkgraaf",
        "Renske@Dijkgraaf.example",
        "06-87654321",
    )
    assert not [message for message in mail.outbox if VICTIM in message.to]


def test_a_verified_address_cancels_and_anonymises_the_rows_made_with_it(
    member, victims_data, django_capture_on_commit_callbacks
):
    EmailAddress.objects.create(user=member, email=VICTIM, verified=True, primary=False)

    with django_capture_on_commit_callbacks(execute=True):
        services.delete_account(member)

    registration = Registration.objects.get(pk=victims_data["registration"].pk)
    assert registration.status == RegistrationStatus.CANCELLED
    assert registration.name == services.deleted_member_name()
    assert VICTIM not in registration.email and registration.answers == []
    application = PracticeApplication.objects.get()
    assert application.contact_name == services.deleted_member_name()
    assert application.contact_phone == "" and application.job_title == ""


def test_deleting_an_account_keeps_sent_mail_to_an_address_it_never_verified(member):
    EmailAddress.objects.create(user=member, email=VICTIM, verified=False, primary=False)
    to_the_victim = DBTaskResult.objects.create(
        task_path="lerendnetwerk.tasks.send_email",
        backend_name="default",
        args_kwargs={"args": [{"to": [VICTIM], "body": "Je aanmelding is bevestigd."}], "kwargs": {}},
        status=TaskResultStatus.SUCCESSFUL,
        finished_at=timezone.now(),
        run_after=timezone.now(),
        exception_class_path="",
        traceback="",
    )

    services.delete_account(member)

    assert DBTaskResult.objects.filter(pk=to_the_victim.pk).exists()


def test_only_a_verified_address_identifies_a_member():
    verified = MemberFactory(email="geverifieerd@elders.example")
    EmailAddress.objects.create(user=verified, email="Tweede@Elders.example", verified=True)
    typed = MemberFactory(email="getypt@elders.example", verified=False)
    EmailAddress.objects.create(user=typed, email="getypt@elders.example", verified=False, primary=True)
    EmailAddress.objects.create(user=verified, email="niet-van-mij@elders.example", verified=False)

    assert verified.verified_email_addresses() == {"geverifieerd@elders.example", "tweede@elders.example"}
    assert typed.verified_email_addresses() == set()
    assert list(Member.objects.with_verified_address("TWEEDE@elders.example")) == [verified]
    assert not Member.objects.with_verified_address("getypt@elders.example").exists()
    assert not Member.objects.with_verified_address("niet-van-mij@elders.example").exists()
