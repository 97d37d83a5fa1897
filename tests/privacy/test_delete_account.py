"""Delete my account: re-authentication, one transaction, nothing of the person left
(searched in every text column of every table), the waitlist moves up, login fails."""

import io
import zipfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core import mail
from django.db.models import Q
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model

from events.models import Registration, RegistrationStatus
from forum.models import Post, PostRevision, Reaction, Thread, ThreadEvent
from members import privacy as members_privacy
from members.models import Member, MemberProfile
from notifications.models import Notification
from practices.models import ExperienceReport, PracticeApplication
from privacy import services
from tests.factories import PASSWORD, MemberFactory
from tests.privacy.conftest import NEEDLES

pytestmark = pytest.mark.django_db

TEXT_COLUMN_TYPES = {"CharField", "TextField", "EmailField", "SlugField", "URLField", "JSONField"}


def rows_containing(needle):
    """Every row of every table with `needle` in a text, character or JSON column."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        columns = [
            field
            for field in model._meta.local_concrete_fields
            if field.get_internal_type() in TEXT_COLUMN_TYPES or field.__class__.__name__ == "StreamField"
        ]
        if not columns:
            continue
        query = Q()
        for field in columns:
            query |= Q(**{f"{field.attname}__icontains": needle})
        for row in model._base_manager.filter(query):
            matching = [field.name for field in columns if needle.lower() in str(getattr(row, field.attname)).lower()]
            found.append(f"{model._meta.label}#{row.pk}: {matching}")
    return found


def delete_through_the_form(client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert response.url == reverse("privacy:account_deleted")
    return response


def test_the_scan_finds_her_before_the_deletion(world):
    # The control for the test below: the search does find her while she is there.
    for needle in NEEDLES["xantippe"]:
        assert rows_containing(needle), needle
    found = " ".join(rows_containing("Zwerfkei"))
    for table in ("forum.ThreadEvent", "wagtailcore.ModelLogEntry", "wagtailimages.Image", "events.Registration"):
        assert table in found


def test_after_deleting_nothing_in_the_database_names_her(client, world, django_capture_on_commit_callbacks):
    delete_through_the_form(client, world["xantippe"], django_capture_on_commit_callbacks)

    for needle in NEEDLES["xantippe"]:
        assert rows_containing(needle) == [], needle
    # The other member is untouched.
    assert rows_containing("Quistwater")


def test_what_stays_and_what_goes(client, world, django_capture_on_commit_callbacks):
    xantippe = world["xantippe"]
    photo_id = MemberProfile.objects.get(member=xantippe).photo_id
    delete_through_the_form(client, xantippe, django_capture_on_commit_callbacks)

    placeholder = Member.objects.get(pk=xantippe.pk)
    assert placeholder.email == f"verwijderd-lid-{xantippe.pk}@verwijderd.invalid"
    assert (placeholder.first_name, placeholder.last_name, placeholder.is_active) == ("", "", False)
    assert not placeholder.has_usable_password()
    assert not placeholder.groups.exists()
    profile = MemberProfile.objects.get(member=placeholder)
    assert (profile.organisation, profile.bio, profile.photo_id) == ("", "", None)
    assert not profile.interests.exists()
    assert not get_image_model().objects.filter(pk=photo_id).exists()
    assert not EmailAddress.objects.filter(user=placeholder).exists()
    assert not Notification.objects.filter(recipient=placeholder).exists()
    assert not placeholder.thread_follows.exists() and not placeholder.category_follows.exists()
    assert not placeholder.practice_memberships.exists() and not placeholder.associate_requests.exists()
    assert not hasattr(Member.objects.get(pk=placeholder.pk), "calendar_token")

    # Her posts stay, without her; earlier versions go; the forum shows "Voormalig lid".
    her_reply = Post.objects.get(pk=world["her_reply"].pk)
    assert her_reply.author is None and her_reply.body_markdown.startswith("Dank je wel")
    assert not PostRevision.objects.filter(post=her_reply).exists()
    assert Thread.objects.get(pk=world["thread"].pk).author is None
    # His post mentioned her: the mention no longer names or links her.
    his_reply = Post.objects.get(pk=world["his_reply"].pk)
    assert "@Voormalig lid" in his_reply.body_markdown
    assert f"/leden/{xantippe.pk}/" not in his_reply.body_html
    client.force_login(world["bart"])
    page = client.get(world["thread"].get_absolute_url()).content.decode()
    assert "Voormalig lid" in page and "Zwerfkei" not in page
    # His notifications about her reply and her reaction no longer say who it was.
    his_notification, her_reaction = Notification.objects.filter(recipient=world["bart"]).order_by("kind")
    assert his_notification.kind == "mention" and her_reaction.kind == "reaction"
    assert his_notification.actor is None and his_notification.post_id == her_reply.pk
    assert her_reaction.actor is None and her_reaction.post_id == world["his_reply"].pk
    # Reactions still count (the placeholder names nobody).
    assert Reaction.objects.filter(member=placeholder).count() == 1

    # Published experience stays without author; the draft is gone.
    assert ExperienceReport.objects.get(pk=world["published"].pk).author is None
    assert not ExperienceReport.objects.filter(pk=world["draft"].pk).exists()
    # The application stays, without its contact person.
    application = PracticeApplication.objects.get()
    assert application.contact_name == "Voormalig lid" and application.contact_phone == ""

    # Past registration kept for the figures, anonymised.
    past = Registration.objects.get(event=world["past_meeting"], member=placeholder)
    assert (past.name, past.status, past.answers, past.public_consent) == (
        "Voormalig lid",
        RegistrationStatus.CONFIRMED,
        [],
        False,
    )


def test_her_seat_goes_to_the_waitlist(client, world, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    delete_through_the_form(client, world["xantippe"], django_capture_on_commit_callbacks)

    hers = Registration.objects.get(event=world["meeting"], member=world["xantippe"])
    waiting = Registration.objects.get(event=world["meeting"], member=world["waiting"])
    assert hers.status == RegistrationStatus.CANCELLED and hers.answers == []
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert [message.to for message in mail.outbox if "plaats vrij" in message.subject] == [[waiting.email]]


def test_she_is_logged_out_everywhere_and_cannot_log_in_again(client, world, django_capture_on_commit_callbacks):
    other_device = Client()
    other_device.force_login(world["xantippe"])
    assert Session.objects.count() == 1
    delete_through_the_form(client, world["xantippe"], django_capture_on_commit_callbacks)

    assert Session.objects.count() == 0
    assert other_device.get(reverse("privacy:overview")).status_code == 302  # sent to log in
    response = client.get(reverse("privacy:account_deleted"))
    assert response.status_code == 200 and "_auth_user_id" not in client.session

    for login in ("xantippe@zwerfkei.example", f"verwijderd-lid-{world['xantippe'].pk}@verwijderd.invalid"):
        client.post(reverse("account_login"), {"login": login, "password": PASSWORD})
        assert "_auth_user_id" not in client.session
    assert not client.login(email="xantippe@zwerfkei.example", password=PASSWORD)


def test_a_wrong_password_or_no_confirmation_deletes_nothing(client, member):
    client.force_login(member)
    url = reverse("privacy:delete_account")

    response = client.post(url, {"password": "niet-mijn-wachtwoord", "confirm": "on"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Error" in html or "Fout" in html
    assert 'name="confirm"' in html and "checked" in html  # the tick is kept
    response = client.post(url, {"password": PASSWORD})
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.is_active and member.email == "sanne@zwolle.example"
    assert client.get(reverse("privacy:overview")).status_code == 200  # still logged in


def test_the_page_explains_the_consequences(client, world):
    client.force_login(world["xantippe"])
    response = client.get(reverse("privacy:delete_account"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="password"' in html and 'name="confirm"' in html
    assert "Voormalig lid" in html or "Former member" in html
    summary = response.context["summary"]
    assert (summary.posts, summary.upcoming_registrations) == (2, 1)
    assert (summary.published_experiences, summary.unpublished_experiences) == (1, 1)


def test_visitors_are_sent_to_log_in(client):
    assert client.get(reverse("privacy:delete_account")).status_code == 302
    assert client.post(reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}).status_code == 302


def test_an_administrator_cannot_delete_their_own_account_here(client):
    admin = MemberFactory(is_superuser=True, is_staff=True)
    with pytest.raises(services.AccountDeletionRefused):
        services.delete_account(admin)
    admin.refresh_from_db()
    assert admin.is_active


def test_deleting_is_all_or_nothing(world, monkeypatch):
    def fail(member):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(members_privacy, "end_all_sessions", fail)  # near the end: after the forum's erasure
    with pytest.raises(RuntimeError):
        services.delete_account(world["xantippe"])

    xantippe = Member.objects.get(pk=world["xantippe"].pk)
    assert xantippe.is_active and xantippe.last_name == "Zwerfkei"
    assert Registration.objects.get(event=world["meeting"], member=xantippe).status == RegistrationStatus.CONFIRMED
    assert ExperienceReport.objects.filter(pk=world["draft"].pk).exists()
    assert ThreadEvent.objects.filter(payload__html__icontains="Zwerfkei").exists()


def test_two_factor_authenticators_are_exported_without_secrets_and_deleted(client, member):
    Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={"secret": "GEHEIM-SLEUTEL"})
    client.force_login(member)
    export = client.post(reverse("privacy:export")).content
    files = zipfile.ZipFile(io.BytesIO(export))
    assert b"GEHEIM" not in b"".join(files.read(name) for name in files.namelist())
    assert b'"kind"' in files.read("two_factor_authentication.json")

    services.delete_account(member)
    assert not Authenticator.objects.filter(user=member).exists()


def test_guessing_the_password_is_rate_limited_like_logging_in(client, member):
    client.force_login(member)
    url = reverse("privacy:delete_account")
    for _attempt in range(5):
        client.post(url, {"password": "geraden-wachtwoord", "confirm": "on"})

    response = client.post(url, {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 200  # refused: too many failed attempts
    member.refresh_from_db()
    assert member.is_active
