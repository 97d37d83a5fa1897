"""Who takes part in a learning network, and how they get in: joining an open network,
asking to join one that admits on request (a coordinator decides, with a message), being
invited by e-mail address; changing a role, removing someone, leaving.

Every operation is atomic and locks the network's row first, so two coordinators acting at
once cannot leave a network without a coordinator, and who may act is checked after the
lock (a coordinator removed a moment ago no longer may). Memberships are created, saved and
deleted one by one through the ORM (never a queryset's update or delete): the forum's closed
discussions and the bell follow their signals, so access ends at once, also live.
Notifications hear networks.signals; mail goes out after commit. When a membership ends
(leaving, being removed), events hears `membership_ended` inside the same transaction and
cancels the member's registrations for the network's upcoming meetings only for members."""

import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Page

from lerendnetwerk.mail import send_templated
from members.models import Member, holds_verified_address_of

from . import signals
from .records import (
    MembershipMode,
    NetworkInvitation,
    NetworkMembership,
    NetworkMembershipRequest,
    NetworkRole,
    RequestStatus,
)


class NetworkError(Exception):
    """An operation on a network that is refused; the message says why, in the member's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Who may do what


def _is_active(user):
    return bool(user is not None and user.is_authenticated and user.is_active)


def membership_of(user, network):
    """The user's membership of the network, or None."""
    if not _is_active(user):
        return None
    return NetworkMembership.objects.filter(network_id=network.pk, member_id=user.pk).first()


def is_network_editor(user, network):
    """Institute staff who may edit the network's page (Wagtail's page permissions)."""
    return _is_active(user) and user.is_editor and network.permissions_for_user(user).can_edit()


@dataclass(frozen=True)
class NetworkAccess:
    """What the user may do in a network. Whether they are an editor is asked only when it
    matters (a coordinator manages without it)."""

    membership: NetworkMembership | None
    user: object = field(repr=False)
    network: object = field(repr=False)

    @cached_property
    def is_editor(self):
        return is_network_editor(self.user, self.network)

    @property
    def is_member(self):
        return self.membership is not None

    @property
    def is_coordinator(self):
        return self.membership is not None and self.membership.is_coordinator

    @property
    def may_manage(self):
        """The network's coordinators and the editors manage its members, requests and shelf
        (a coordinator's answer needs no query: they are asked first)."""
        return self.is_coordinator or self.is_editor


def network_access(user, network, *, memberships=None):
    """What `user` may do in `network`; `memberships`: the network's memberships when the
    caller has read them already (the user's own is found among them)."""
    if memberships is None:
        own = membership_of(user, network)
    else:
        own = next((m for m in memberships if _is_active(user) and m.member_id == user.pk), None)
    return NetworkAccess(membership=own, user=user, network=network)


def lock_network(network):
    """Changes to one network happen one after another (call inside a transaction)."""
    Page.objects.select_for_update().filter(pk=network.pk).first()


def require_manager(actor, network):
    if not network_access(actor, network).may_manage:
        raise NetworkError(_("Only the coordinators of this network can do this."))


def _coordinator_count(network_id):
    return NetworkMembership.objects.filter(network_id=network_id, role=NetworkRole.COORDINATOR).count()


def _require_live(network):
    if not Page.objects.filter(pk=network.pk, live=True).exists():
        raise NetworkError(_("This network is not open yet."))


def _require_active_member(member):
    if not _is_active(member):
        raise NetworkError(_("Log in to take part in a network."))


def _already_member(network, member):
    return NetworkMembership.objects.filter(network_id=network.pk, member_id=member.pk).exists()


def pending_request_of(member, network):
    if not _is_active(member):
        return None
    return NetworkMembershipRequest.objects.filter(
        network_id=network.pk, member_id=member.pk, status=RequestStatus.PENDING
    ).first()


# Joining, asking, leaving


@transaction.atomic
def join(member, network):
    """A member joins an open network."""
    _require_active_member(member)
    lock_network(network)
    _require_live(network)
    if network.membership_mode != MembershipMode.OPEN:
        raise NetworkError(_("You cannot join this network directly: it admits members on request or by invitation."))
    if _already_member(network, member):
        raise NetworkError(_("You are already a member of this network."))
    return NetworkMembership.objects.create(network=network, member=member, role=NetworkRole.MEMBER)


@transaction.atomic
def request_membership(member, network, message=""):
    """A member asks to join a network that admits on request; its coordinators hear it."""
    _require_active_member(member)
    lock_network(network)
    _require_live(network)
    if network.membership_mode != MembershipMode.ON_REQUEST:
        raise NetworkError(_("This network does not take requests to join."))
    if _already_member(network, member):
        raise NetworkError(_("You are already a member of this network."))
    if pending_request_of(member, network) is not None:
        raise NetworkError(
            _("You already asked to join this network. A coordinator will decide; you will hear from us.")
        )
    try:
        with transaction.atomic():
            request = NetworkMembershipRequest.objects.create(network=network, member=member, message=message.strip())
    except IntegrityError:  # one_pending_network_request: a second request in the same moment
        raise NetworkError(
            _("You already asked to join this network. A coordinator will decide; you will hear from us.")
        ) from None
    signals.membership_requested.send(sender=NetworkMembershipRequest, request=request)
    return request


@transaction.atomic
def withdraw_request(member, network):
    """The member no longer wants to join: their waiting request goes."""
    lock_network(network)
    request = pending_request_of(member, network)
    if request is None:
        raise NetworkError(_("You have no request waiting for this network."))
    request.delete()


@transaction.atomic
def decide_request(actor, request, *, accept, message=""):
    """A coordinator (or editor) accepts or declines a request, with a message for the
    member. Accepted: the member takes part at once."""
    network = request.network
    lock_network(network)
    require_manager(actor, network)
    request = NetworkMembershipRequest.objects.select_related("member").filter(pk=request.pk).first()
    if request is None or not request.is_pending:
        raise NetworkError(_("This request has already been decided or withdrawn."))
    membership = None
    if accept:
        if not request.member.is_active:
            raise NetworkError(_("This member's account is no longer active."))
        membership = NetworkMembership.objects.filter(network_id=network.pk, member_id=request.member_id).first()
        if membership is None:
            membership = NetworkMembership.objects.create(network=network, member=request.member)
    request.status = RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED
    request.decided_by = actor
    request.decided_at = timezone.now()
    request.decision_message = message.strip()
    request.save(update_fields=["status", "decided_by", "decided_at", "decision_message"])
    signals.request_decided.send(sender=NetworkMembershipRequest, request=request, membership=membership)
    return request


@transaction.atomic
def leave(member, network):
    """A member leaves: their access to the closed discussions ends at once. The last
    coordinator stays until they made someone else coordinator."""
    lock_network(network)
    membership = membership_of(member, network)
    if membership is None:
        raise NetworkError(_("You are not a member of this network."))
    if membership.is_coordinator and _coordinator_count(network.pk) == 1:
        raise NetworkError(_("You are the only coordinator of this network. Make someone else coordinator first."))
    membership.delete()
    signals.membership_ended.send(sender=NetworkMembership, network=network, member=member, removed_by=None)


# Managing members


@transaction.atomic
def change_role(actor, membership, role):
    """Make a member coordinator, or a coordinator member again. A network always keeps a
    coordinator."""
    network = membership.network
    lock_network(network)
    require_manager(actor, network)
    membership = NetworkMembership.objects.select_related("member").filter(pk=membership.pk).first()
    if membership is None:
        raise NetworkError(_("This person is no longer a member of the network."))
    if role not in NetworkRole.values:
        raise NetworkError(_("Choose one of the roles."))
    if membership.is_coordinator and role != NetworkRole.COORDINATOR and _coordinator_count(network.pk) == 1:
        raise NetworkError(_("A network always has a coordinator. Make someone else coordinator first."))
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_member(actor, membership):
    """Remove someone from the network: their access to its closed discussions ends at once.
    The last coordinator stays."""
    network = membership.network
    lock_network(network)
    require_manager(actor, network)
    membership = NetworkMembership.objects.select_related("member").filter(pk=membership.pk).first()
    if membership is None:
        raise NetworkError(_("This person is no longer a member of the network."))
    if membership.is_coordinator and _coordinator_count(network.pk) == 1:
        raise NetworkError(_("A network always has a coordinator. Make someone else coordinator first."))
    membership.delete()
    signals.membership_ended.send(sender=NetworkMembership, network=network, member=membership.member, removed_by=actor)


@transaction.atomic
def appoint_coordinator(network, member):
    """Editors' start of a network (the demo, the admin): the member takes part as
    coordinator (their membership's role changes if they were a member already)."""
    lock_network(network)
    membership, created = NetworkMembership.objects.get_or_create(
        network=network, member=member, defaults={"role": NetworkRole.COORDINATOR}
    )
    if not created and not membership.is_coordinator:
        membership.role = NetworkRole.COORDINATOR
        membership.save(update_fields=["role"])
    return membership


# Invitations


def invitation_url(invitation):
    return settings.WAGTAILADMIN_BASE_URL + reverse("networks:invitation", args=[invitation.token])


def _verified_member(email):
    return Member.objects.with_verified_address(email).filter(is_active=True).first()


def _invitation_taken(email):
    return _("%(email)s has already been invited to this network.") % {"email": email}


@transaction.atomic
def invite(actor, network, email, role=NetworkRole.MEMBER):
    """A coordinator (or editor) invites an address. A member who verified it finds the
    invitation in the bell and on the network's page; anyone else gets a mail with a link
    to sign up. Either way the invited person accepts it themselves."""
    lock_network(network)
    require_manager(actor, network)
    email = email.strip().lower()
    if role not in NetworkRole.values:
        raise NetworkError(_("Choose one of the roles."))
    if NetworkInvitation.objects.filter(network_id=network.pk, email=email, accepted_at__isnull=True).exists():
        raise NetworkError(_invitation_taken(email))
    member = _verified_member(email)
    if member is not None and _already_member(network, member):
        raise NetworkError(_("%(email)s is already a member of this network.") % {"email": email})
    try:
        with transaction.atomic():
            invitation = NetworkInvitation.objects.create(
                network=network, email=email, role=role, invited_by=actor, token=secrets.token_urlsafe(32)
            )
    except IntegrityError:  # one_open_network_invitation_per_address: invited a moment ago
        raise NetworkError(_invitation_taken(email)) from None
    if member is not None:
        signals.member_invited.send(sender=NetworkInvitation, invitation=invitation, member=member)
    else:
        _send_invitation_mail(invitation)
    return invitation


def _send_invitation_mail(invitation):
    context = {
        "invitation": invitation,
        "network": invitation.network,
        "inviter": invitation.invited_by,
        "url": invitation_url(invitation),
    }
    # In the site's language: an editor's admin may be in English. Sent after commit.
    with translation.override(settings.LANGUAGE_CODE):
        send_templated("networks/email/invitation", context, [invitation.email])


@transaction.atomic
def withdraw_invitation(actor, invitation):
    lock_network(invitation.network)
    require_manager(actor, invitation.network)
    invitation = NetworkInvitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).first()
    if invitation is None:
        raise NetworkError(_("This invitation has already been accepted or withdrawn."))
    invitation.delete()


def invitation_for_token(token):
    return NetworkInvitation.objects.select_related("network").filter(token=token).first()


def open_invitation_for(member, network):
    """The open invitation to the network sent to one of the member's verified addresses."""
    if not _is_active(member):
        return None
    return (
        NetworkInvitation.objects.filter(network_id=network.pk, accepted_at__isnull=True)
        .filter(holds_verified_address_of(member))
        .first()
    )


@transaction.atomic
def accept_invitation(member, invitation):
    """The member accepts an open invitation. Only a verified address equal to the invited
    one identifies them; the invited role is theirs (unless they take part already)."""
    _require_active_member(member)
    lock_network(invitation.network)
    invitation = NetworkInvitation.objects.filter(pk=invitation.pk).first()
    if invitation is None:
        raise NetworkError(_("This invitation has been withdrawn."))
    if not invitation.is_open:
        if invitation.accepted_by_id == member.pk:
            return membership_of(member, invitation.network)
        raise NetworkError(_("This invitation has already been accepted."))
    if invitation.email not in member.verified_email_addresses():
        raise NetworkError(_("This invitation was sent to another e-mail address."))
    membership = NetworkMembership.objects.filter(network_id=invitation.network_id, member=member).first()
    if membership is None:
        membership = NetworkMembership.objects.create(
            network_id=invitation.network_id, member=member, role=invitation.role
        )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = member
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    # A request of theirs that was still waiting is answered by this.
    NetworkMembershipRequest.objects.filter(
        network_id=invitation.network_id, member=member, status=RequestStatus.PENDING
    ).delete()
    return membership


def email_confirmed(sender, request, email_address, **kwargs):
    """allauth's email_confirmed: the open invitations to this address are now the member's;
    they find each in the bell (and accept it on the network's page)."""
    member = email_address.user
    if member is None or not member.is_active:
        return
    invitations = NetworkInvitation.objects.filter(
        email=email_address.email.strip().lower(), accepted_at__isnull=True
    ).select_related("network")
    for invitation in invitations:
        if not _already_member(invitation.network, member):
            signals.member_invited.send(sender=NetworkInvitation, invitation=invitation, member=member)


# What the pages show


def members_of(network):
    """The network's members with their member, coordinators first (one query)."""
    return list(
        NetworkMembership.objects.filter(network_id=network.pk)
        .select_related("member")
        .order_by("role", "member__last_name", "member__first_name", "pk")
    )


def requests_and_invitations(network):
    """The network's waiting requests (with their member) and open invitations: two queries."""
    requests = list(
        NetworkMembershipRequest.objects.filter(network_id=network.pk, status=RequestStatus.PENDING)
        .select_related("member")
        .order_by("created_at", "pk")
    )
    invitations = list(
        NetworkInvitation.objects.filter(network_id=network.pk, accepted_at__isnull=True)
        .select_related("invited_by")
        .order_by("email")
    )
    return requests, invitations


def networks_of(member):
    """The live networks the member takes part in, with their role (home page, profile):
    of the network, what a link to it needs (its title and place in the tree), not the
    rest of its page."""
    if not _is_active(member):
        return []
    return list(
        NetworkMembership.objects.filter(member_id=member.pk, network__live=True)
        .select_related("network")
        .only("member_id", "role", *(f"network__{field}" for field in NETWORK_LINK_FIELDS))
        .order_by("network__title")
    )


# What {% pageurl %} and a link's text read of a page.
NETWORK_LINK_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "live", "content_type_id")
