"""Who takes part in a practice, managed by its trekkers on the site: inviting by e-mail
address, changing a role, removing someone, withdrawing an invitation, and accepting an
invitation. Views call these; each one is atomic and locks the practice's row, so two
trekkers acting at once cannot leave the practice without a trekker.

Memberships are created, saved and deleted one by one through the ORM (never with a
queryset's update or delete): the forum's closed space and the bell follow their signals.
"""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from lerendnetwerk.mail import send_templated
from members import admin_access
from members.models import Member

from .records import PracticeInvitation, PracticeMembership, PracticeRole
from .signals import member_invited


class TeamError(Exception):
    """A change to the team that is refused; the message says why, in the member's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Who may do what


def membership_of(user, practice):
    """The user's membership of the practice, or None."""
    if not (user.is_authenticated and user.is_active):
        return None
    return PracticeMembership.objects.filter(practice_id=practice.pk, member_id=user.pk).first()


def is_practice_editor(user, practice):
    """Institute staff who may edit the practice's page (Wagtail's page permissions). Whether
    the member is an editor at all is remembered (members.admin_access): no query for the
    others."""
    if not (user.is_authenticated and user.is_active):
        return False
    return admin_access.is_editor(user) and practice.permissions_for_user(user).can_edit()


@dataclass(frozen=True)
class WorkspaceAccess:
    """What the user may do in a practice's werkruimte."""

    membership: PracticeMembership | None
    is_editor: bool

    @property
    def may_view(self):
        return self.membership is not None or self.is_editor

    @property
    def may_manage(self):
        """The practice's trekkers and the editors manage who takes part."""
        return self.is_editor or (self.membership is not None and self.membership.is_lead)


def workspace_access(user, practice):
    membership = membership_of(user, practice)
    return WorkspaceAccess(membership=membership, is_editor=is_practice_editor(user, practice))


def _require_manager(user, practice):
    if not workspace_access(user, practice).may_manage:
        raise TeamError(_("Only the trekkers of this practice can change who takes part."))


def _lock_practice(practice):
    """Team changes of one practice happen one after another; who may make them is
    checked after the lock (a trekker removed a moment ago no longer may)."""
    Page.objects.select_for_update().filter(pk=practice.pk).first()


def _lead_count(practice_id):
    return PracticeMembership.objects.filter(practice_id=practice_id, role=PracticeRole.LEAD).count()


# Inviting


def invitation_url(invitation):
    return settings.WAGTAILADMIN_BASE_URL + reverse("practices:invitation", args=[invitation.token])


def workspace_url(practice):
    return settings.WAGTAILADMIN_BASE_URL + reverse("practices:workspace", args=[practice.pk])


def _verified_member(email):
    return Member.objects.with_verified_address(email).filter(is_active=True).first()


def add_by_address(practice, email, role, *, invited_by=None, send_mail=True):
    """Invite an address to the practice (call inside a transaction holding the practice's
    lock). A member who verified this address takes part at once and is notified; anyone
    else gets an invitation with a link (mailed unless send_mail is False).
    Returns the membership or the invitation."""
    email = email.strip().lower()
    if PracticeInvitation.objects.filter(practice_id=practice.pk, email=email, accepted_at__isnull=True).exists():
        raise TeamError(_("%(email)s has already been invited to this practice.") % {"email": email})
    member = _verified_member(email)
    if member is not None:
        if PracticeMembership.objects.filter(practice_id=practice.pk, member=member).exists():
            raise TeamError(_("%(email)s already takes part in this practice.") % {"email": email})
        membership = PracticeMembership.objects.create(practice=practice, member=member, role=role)
        member_invited.send(sender=PracticeMembership, membership=membership, invited_by=invited_by)
        return membership
    try:
        with transaction.atomic():
            invitation = PracticeInvitation.objects.create(
                practice=practice, email=email, role=role, invited_by=invited_by, token=secrets.token_urlsafe(32)
            )
    except IntegrityError:
        # Another request invited the same address a moment ago (one_open_invitation_per_address).
        raise TeamError(_("%(email)s has already been invited to this practice.") % {"email": email}) from None
    if send_mail:
        send_invitation_mail(invitation)
    return invitation


def send_invitation_mail(invitation):
    context = {
        "invitation": invitation,
        "practice": invitation.practice,
        "inviter": invitation.invited_by,
        "role": invitation.get_role_display(),
        "url": invitation_url(invitation),
    }
    # In the site's language: an editor's admin may be in English.
    with translation.override(settings.LANGUAGE_CODE):
        send_templated("practices/email/invitation", context, [invitation.email])


@transaction.atomic
def invite(actor, practice, email, role):
    """A trekker (or editor) invites someone by e-mail address, with a role."""
    _lock_practice(practice)
    _require_manager(actor, practice)
    return add_by_address(practice, email, role, invited_by=actor)


@transaction.atomic
def withdraw_invitation(actor, invitation):
    _lock_practice(invitation.practice)
    _require_manager(actor, invitation.practice)
    invitation = PracticeInvitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).first()
    if invitation is None:
        raise TeamError(_("This invitation has already been accepted or withdrawn."))
    invitation.delete()


# Changing the team


@transaction.atomic
def change_role(actor, membership, role):
    """Give a participant another role. The last trekker stays trekker."""
    _lock_practice(membership.practice)
    _require_manager(actor, membership.practice)
    membership = PracticeMembership.objects.filter(pk=membership.pk).first()
    if membership is None:
        raise TeamError(_("This person no longer takes part in the practice."))
    if membership.is_lead and role != PracticeRole.LEAD and _lead_count(membership.practice_id) == 1:
        raise TeamError(_("A practice always has a trekker. Make someone else trekker first."))
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_participant(actor, membership):
    """Remove someone from the practice: their access to its closed space ends at once
    (the forum listens to the membership's deletion). The last trekker stays."""
    _lock_practice(membership.practice)
    _require_manager(actor, membership.practice)
    membership = PracticeMembership.objects.filter(pk=membership.pk).first()
    if membership is None:
        raise TeamError(_("This person no longer takes part in the practice."))
    if membership.is_lead and _lead_count(membership.practice_id) == 1:
        raise TeamError(_("A practice always has a trekker. Make someone else trekker first."))
    membership.delete()


# Accepting


def _accept(invitation, member):
    """Under the practice's lock: the member takes part (with the invited role, unless
    they already do) and the invitation is marked accepted."""
    membership = PracticeMembership.objects.filter(practice_id=invitation.practice_id, member=member).first()
    if membership is None:
        membership = PracticeMembership.objects.create(
            practice_id=invitation.practice_id, member=member, role=invitation.role
        )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = member
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def invitation_for_token(token):
    return PracticeInvitation.objects.select_related("practice").filter(token=token).first()


@transaction.atomic
def accept_invitation(member, invitation):
    """The member follows the link of an open invitation. Only a verified address equal to
    the invited one identifies them."""
    _lock_practice(invitation.practice)
    invitation = PracticeInvitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_open:
        if invitation.accepted_by_id == member.pk:
            return PracticeMembership.objects.filter(practice_id=invitation.practice_id, member=member).first()
        raise TeamError(_("This invitation has already been accepted."))
    if invitation.email not in member.verified_email_addresses():
        raise TeamError(_("This invitation was sent to another e-mail address."))
    return _accept(invitation, member)


def accept_invitations_for_address(member, email):
    """allauth's email_confirmed: the member proved they own this address, so the open
    invitations sent to it are theirs."""
    email = email.strip().lower()
    accepted = []
    for invitation_id in PracticeInvitation.objects.filter(email=email, accepted_at__isnull=True).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            invitation = PracticeInvitation.objects.select_related("practice").get(pk=invitation_id)
            _lock_practice(invitation.practice)
            invitation = PracticeInvitation.objects.select_for_update().filter(pk=invitation_id).first()
            if invitation is not None and invitation.is_open:
                accepted.append(_accept(invitation, member))
    return accepted


def email_confirmed(sender, request, email_address, **kwargs):
    """Receiver of allauth's email_confirmed signal (connected in PracticesConfig.ready)."""
    if email_address.user_id is not None:
        accept_invitations_for_address(email_address.user, email_address.email)


# What the werkruimte shows


def team_of(practice):
    """The practice's participants (with their member) and open invitations, two queries."""
    memberships = list(
        PracticeMembership.objects.filter(practice_id=practice.pk)
        .select_related("member")
        .order_by("member__last_name", "member__first_name", "pk")
    )
    invitations = list(
        PracticeInvitation.objects.filter(practice_id=practice.pk, accepted_at__isnull=True)
        .select_related("invited_by")
        .order_by("email")
    )
    return memberships, invitations


def practices_of(member):
    """The practices the member takes part in, with their role."""
    return list(PracticeMembership.objects.filter(member=member).select_related("practice").order_by("practice__title"))
