"""Domain operations on members and their profiles. Views call these; nothing else
writes to the members' models."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model

from lerendnetwerk.mail import send_templated

from .models import AssociateMembershipRequest, MemberProfile
from .roles import Role, ensure_collection


def create_profile_for_new_member(sender, instance, created, raw=False, **kwargs):
    """Every member has a profile from the start (post_save receiver)."""
    if created and not raw:
        MemberProfile.objects.get_or_create(member=instance)


def _store_photo(member, uploaded_file):
    """Save an uploaded (already validated) photo as a Wagtail image under a random name,
    so that its address reveals nothing about the member."""
    extension = Path(uploaded_file.name).suffix.lower()
    uploaded_file.name = f"profielfoto-{uuid.uuid4().hex}{extension}"
    image = get_image_model()(
        title=f"Profielfoto {member.display_name}",
        file=uploaded_file,
        collection=ensure_collection(settings.MEMBER_PHOTO_COLLECTION_NAME),
        uploaded_by_user=member,
    )
    image._set_image_file_metadata()
    image.save()
    return image


def _delete_photo_after_commit(image):
    if image is not None:
        transaction.on_commit(image.delete)


@transaction.atomic
def update_profile(
    member,
    *,
    first_name,
    last_name,
    profile_fields,
    interests,
    expertise,
    name_prefix="",
    photo=None,
    remove_photo=False,
):
    """Save a member's own profile in one transaction.

    `profile_fields` holds the plain MemberProfile fields; `interests` and `expertise`
    are iterables of Theme; `photo` an uploaded image file that replaces the current one.
    """
    profile = MemberProfile.objects.select_for_update().get(member=member)
    member.first_name, member.name_prefix, member.last_name = first_name.strip(), name_prefix.strip(), last_name.strip()
    member.save(update_fields=["first_name", "name_prefix", "last_name"])

    for name, value in profile_fields.items():
        setattr(profile, name, value)

    old_photo = profile.photo
    if photo is not None:
        profile.photo = _store_photo(member, photo)
    elif remove_photo:
        profile.photo = None
    profile.save()
    if profile.photo != old_photo:
        _delete_photo_after_commit(old_photo)

    profile.interests.set(list(interests))
    profile.expertise.set(list(expertise))
    return profile


# Associate Membership


class AlreadyAssociate(Exception):
    """The member is an Associate Member already."""


class RequestPending(Exception):
    """The member's earlier request is still waiting for a decision."""


def _mail(template, context, to):
    send_templated(f"members/email/{template}", context, to)


@transaction.atomic
def request_associate_membership(member, motivation):
    # The member's row, locked: a second request at the same moment (a double click) waits
    # here and then finds the first one pending, instead of colliding with it.
    get_user_model().objects.select_for_update().get(pk=member.pk)
    if member.has_role(Role.ASSOCIATE_MEMBER):
        raise AlreadyAssociate
    if AssociateMembershipRequest.objects.filter(
        member=member, status=AssociateMembershipRequest.Status.PENDING
    ).exists():
        raise RequestPending
    request = AssociateMembershipRequest.objects.create(member=member, motivation=motivation.strip())
    editors = [editor.email for editor in editors_to_notify()]
    context = {"request": request, "member": member, "admin_url": settings.WAGTAILADMIN_BASE_URL + "/admin/"}
    _mail("associate_request_received", context, [member.email])
    if editors:
        _mail("associate_request_for_editors", context, editors)
    return request


def editors_to_notify():
    return Group.objects.get(name=Role.EDITOR.group_name).user_set.filter(is_active=True)


@transaction.atomic
def decide_associate_request(associate_request, *, status, editor, note=""):
    """Record the editor's decision; approving gives the member the Associate Member role."""
    associate_request = AssociateMembershipRequest.objects.select_for_update().get(pk=associate_request.pk)
    was_pending = associate_request.status == AssociateMembershipRequest.Status.PENDING
    associate_request.status = status
    associate_request.decision_note = note
    if status != AssociateMembershipRequest.Status.PENDING and was_pending:
        associate_request.decided_by = editor
        associate_request.decided_at = timezone.now()
    associate_request.save()
    if was_pending and status == AssociateMembershipRequest.Status.APPROVED:
        associate_request.member.groups.add(Group.objects.get(name=Role.ASSOCIATE_MEMBER.group_name))
    if was_pending and status != AssociateMembershipRequest.Status.PENDING:
        _mail(
            f"associate_request_{status}",
            {"request": associate_request, "member": associate_request.member},
            [associate_request.member.email],
        )
    return associate_request
