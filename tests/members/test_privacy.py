"""The members app answers for its own personal data (members/privacy.py): the account,
profile, e-mail addresses, consents, Associate Member requests and what the CMS keeps."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from lerendnetwerk.personal_data import Export, registered
from members import services
from members.models import AssociateMembershipRequest, Member, MemberProfile, ProfileVisibility
from privacy.services import delete_account
from tests import pages
from tests.factories import MemberFactory, image_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna():
    anna = MemberFactory(first_name="Anna", last_name="Zeldenrust", email="anna@zeldenrust.example")
    services.update_profile(
        anna,
        first_name="Anna",
        last_name="Zeldenrust",
        profile_fields={"organisation": "Gemeente Zeldenrust", "job_title": "Adviseur", "bio": "Over Anna."},
        interests=[pages.theme("toegang")],
        expertise=[],
        photo=image_upload(),
    )
    EmailAddress.objects.create(user=anna, email="anna@elders.example", verified=False)
    services.request_associate_membership(anna, "Ik wil meer leren.")
    return anna


def test_the_account_profile_addresses_and_requests_are_exported_with_the_photo(anna):
    export = Export(anna)

    account = registered("account").export(anna, export)
    profile = registered("profile").export(anna, export)
    addresses = registered("email_addresses").export(anna, export)
    consents = registered("profile_consents").export(anna, export)
    (request,) = registered("associate_membership_requests").export(anna, export)

    assert (account["first_name"], account["email"]) == ("Anna", "anna@zeldenrust.example")
    assert profile["organisation"] == "Gemeente Zeldenrust"
    assert profile["themes_of_interest"] == ["Toegang tot het sociaal domein"]
    (photo,) = export.files
    assert profile["photo"] == photo["path"] and photo["path"].startswith("photo/")
    assert photo["content"][:4] == b"\x89PNG"
    assert addresses == [
        {"email": "anna@zeldenrust.example", "verified": True, "primary": True},
        {"email": "anna@elders.example", "verified": False, "primary": False},
    ]
    assert consents == {"profile_visibility": "Alleen leden van het netwerk", "show_email_to_members": False}
    assert request["motivation"] == "Ik wil meer leren." and "decided_by" not in request


def test_deleting_leaves_an_anonymous_placeholder_with_an_empty_profile(anna):
    editor = MemberFactory()
    log(anna, "wagtail.edit", user=editor)
    photo_id = MemberProfile.objects.get(member=anna).photo_id

    delete_account(anna)

    placeholder = Member.objects.get(pk=anna.pk)
    assert (placeholder.first_name, placeholder.last_name, placeholder.is_active) == ("", "", False)
    assert placeholder.email == f"verwijderd-lid-{anna.pk}@verwijderd.invalid"
    assert not placeholder.has_usable_password() and not placeholder.groups.exists()
    profile = MemberProfile.objects.get(member=anna)
    assert (profile.organisation, profile.job_title, profile.bio, profile.photo_id) == ("", "", "", None)
    assert profile.visibility == ProfileVisibility.MEMBERS and not profile.interests.exists()
    assert not get_image_model().objects.filter(pk=photo_id).exists()
    assert not EmailAddress.objects.filter(user=anna).exists()
    assert not AssociateMembershipRequest.objects.filter(member=anna).exists()
    (entry,) = ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Member), object_id=anna.pk)
    assert entry.label == "Voormalig lid" and entry.user_id == editor.pk


def test_accounts_never_verified_are_purged_by_the_members_kind():
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    old = MemberFactory(verified=False)
    Member.objects.filter(pk=old.pk).update(date_joined=now - timedelta(days=31))
    EmailAddress.objects.create(user=old, email=old.email, verified=False)
    verified = MemberFactory()
    Member.objects.filter(pk=verified.pk).update(date_joined=now - timedelta(days=31))

    (counted,) = registered("account").purge(now, dry_run=True)
    assert (counted.key, counted.count) == ("unverified_accounts", 1)
    assert Member.objects.filter(pk=old.pk).exists()

    registered("account").purge(now, dry_run=False)
    assert set(Member.objects.values_list("pk", flat=True)) == {verified.pk}
