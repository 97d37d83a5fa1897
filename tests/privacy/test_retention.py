"""Retention: what the scheduled purge removes, and when (time is passed in or frozen)."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from events.models import Registration, RegistrationStatus
from members.models import Member
from privacy import services
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def unverified(email, *, days_ago, **fields):
    member = MemberFactory(email=email, verified=False, **fields)
    Member.objects.filter(pk=member.pk).update(date_joined=NOW - timedelta(days=days_ago))
    EmailAddress.objects.create(user=member, email=email, verified=False, primary=True)
    return member


def session(expires_in):
    store = SessionStore()
    store["_auth_user_id"] = "1"
    store.create()
    Session.objects.filter(session_key=store.session_key).update(expire_date=NOW + expires_in)
    return store.session_key


def task_result(address, *, finished_days_ago=None, status=TaskResultStatus.SUCCESSFUL):
    """A queued mail; finished (sent or failed) that many days ago, or still waiting."""
    finished_at = None
    if finished_days_ago is None:
        status = TaskResultStatus.READY
    else:
        finished_at = NOW - timedelta(days=finished_days_ago)
    return DBTaskResult.objects.create(
        task_path="lerendnetwerk.tasks.send_email",
        backend_name="default",
        args_kwargs={"args": [{"to": [address], "body": "Beste lid, …"}], "kwargs": {}},
        status=status,
        finished_at=finished_at,
        run_after=NOW - timedelta(days=60),
        exception_class_path="",
        traceback="",
    )


def existing(*members):
    return {member.email for member in members if Member.objects.filter(pk=member.pk).exists()}


def test_unverified_accounts_go_after_the_retention_period():
    old = unverified("oud@elders.example", days_ago=31)
    recent = unverified("recent@elders.example", days_ago=29)
    verified = MemberFactory(email="geverifieerd@elders.example")
    Member.objects.filter(pk=verified.pk).update(date_joined=NOW - timedelta(days=400))
    logged_in = unverified("ingelogd@elders.example", days_ago=40, last_login=NOW - timedelta(days=35))
    staff = unverified("staf@instituut.example", days_ago=40, is_staff=True)
    made_by_an_editor = MemberFactory(email="door-redactie@elders.example", verified=False)
    Member.objects.filter(pk=made_by_an_editor.pk).update(date_joined=NOW - timedelta(days=400))

    result = services.purge_personal_data(now=NOW)

    assert result.unverified_accounts == 1
    assert existing(old, recent, verified, logged_in, staff, made_by_an_editor) == {
        "recent@elders.example",
        "geverifieerd@elders.example",
        "ingelogd@elders.example",
        "staf@instituut.example",
        "door-redactie@elders.example",
    }
    assert not EmailAddress.objects.filter(email="oud@elders.example").exists()


def test_the_period_is_a_setting(settings):
    settings.PRIVACY_UNVERIFIED_ACCOUNT_DAYS = 7
    member = unverified("week@elders.example", days_ago=8)

    assert services.purge_personal_data(now=NOW).unverified_accounts == 1
    assert not existing(member)


def test_expired_sessions_go_current_ones_stay():
    expired = session(timedelta(minutes=-1))
    current = session(timedelta(days=3))

    assert services.purge_personal_data(now=NOW).expired_sessions == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [current]
    assert expired != current


def test_unconfirmed_guest_registrations_go_after_the_retention_period():
    meeting = pages.event("Open bijeenkomst")
    common = {"event": meeting, "member": None, "answers": []}
    old = Registration.objects.create(
        name="Gast Oud",
        email="oud@gast.example",
        status=RegistrationStatus.PENDING,
        created_at=NOW - timedelta(days=31),
        **common,
    )
    recent = Registration.objects.create(
        name="Gast Nieuw",
        email="nieuw@gast.example",
        status=RegistrationStatus.PENDING,
        created_at=NOW - timedelta(days=2),
        **common,
    )
    confirmed = Registration.objects.create(
        name="Gast Bevestigd",
        email="bevestigd@gast.example",
        status=RegistrationStatus.CONFIRMED,
        created_at=NOW - timedelta(days=90),
        **common,
    )

    assert services.purge_personal_data(now=NOW).unconfirmed_guest_registrations == 1
    assert set(Registration.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}
    assert old.pk not in set(Registration.objects.values_list("pk", flat=True))


def test_copies_of_sent_mail_go_after_the_retention_period():
    old = task_result("a@elders.example", finished_days_ago=15)
    failed = task_result("b@elders.example", finished_days_ago=20, status=TaskResultStatus.FAILED)
    recent = task_result("c@elders.example", finished_days_ago=3)
    waiting = task_result("d@elders.example")

    assert services.purge_personal_data(now=NOW).task_results == 2
    remaining = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, waiting.pk}
    assert old.pk not in remaining and failed.pk not in remaining


def test_deleting_an_account_removes_sent_mail_to_it_but_not_mail_still_waiting(member):
    sent = task_result("Sanne@Zwolle.example", finished_days_ago=1)
    waiting = task_result("sanne@zwolle.example")
    someone_else = task_result("ander@elders.example", finished_days_ago=1)

    services.delete_account(member)

    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {waiting.pk, someone_else.pk}
    assert sent.pk not in set(DBTaskResult.objects.values_list("pk", flat=True))


def test_a_dry_run_counts_and_deletes_nothing():
    member = unverified("oud@elders.example", days_ago=31)
    session(timedelta(minutes=-1))

    result = services.purge_personal_data(now=NOW, dry_run=True)

    assert (result.unverified_accounts, result.expired_sessions) == (1, 1)
    assert existing(member) and Session.objects.exists()


def test_the_command_uses_the_current_time(settings):
    member = unverified("oud@elders.example", days_ago=20)
    out = StringIO()

    call_command("purge_personal_data", stdout=out)
    assert existing(member)
    assert "Deleted: 0 unverified accounts" in out.getvalue()

    with mock.patch("django.utils.timezone.now", return_value=NOW + timedelta(days=11)):
        call_command("purge_personal_data", "--dry-run", stdout=out)
        assert existing(member)
        call_command("purge_personal_data", stdout=out)
    assert not existing(member)
    assert "Would delete: 1 unverified accounts" in out.getvalue()
    assert "Deleted: 1 unverified accounts" in out.getvalue()
