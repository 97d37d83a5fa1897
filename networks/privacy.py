"""The personal data of learning networks: memberships, requests to join and invitations
(found by the member's verified addresses). Exported and erased through the privacy app
(docs/privacy.md)."""

from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Section, register
from members.invitations import exported_invitations
from members.models import address_matches

from .records import NetworkInvitation, NetworkMembership, NetworkMembershipRequest


@register
class NetworkMemberships(PersonalData):
    """The member's place in learning networks: deleted with the account (the sweep)."""

    key = "network_memberships"
    section = Section(
        "network_memberships",
        gettext_lazy("Learning networks"),
        gettext_lazy("The learning networks you are a member of, and your role."),
    )
    position = 720
    models = ("networks.networkmembership",)
    labels = {
        "learning_network": gettext_lazy("Learning network"),
        "role": gettext_lazy("Role"),
        "since": gettext_lazy("Since"),
    }

    def export(self, member, export):
        return [
            {
                "learning_network": membership.network.title,
                "role": str(membership.get_role_display()),
                "since": membership.created_at,
                "url": export.absolute(membership.network.url) if membership.network.live else "",
            }
            for membership in NetworkMembership.objects.filter(member=member)
            .select_related("network")
            .order_by("created_at")
        ]


@register
class NetworkRequests(PersonalData):
    """The member's requests to join a network, with their own message and the decision
    addressed to them (without who decided: another member). Deleted with the account (the
    sweep); requests others sent that the member decided lose them (SET_NULL)."""

    key = "network_requests"
    section = Section(
        "network_requests",
        gettext_lazy("Requests to join learning networks"),
        gettext_lazy("The requests to join a learning network you sent, with your message and the decision."),
    )
    position = 730
    models = ("networks.networkmembershiprequest",)
    labels = {
        "learning_network": gettext_lazy("Learning network"),
        "message": gettext_lazy("Your message"),
        "requested_at": gettext_lazy("Requested at"),
        "decision_message": gettext_lazy("Message with the decision"),
        "decided_at": gettext_lazy("Decided at"),
    }

    def export(self, member, export):
        requests = NetworkMembershipRequest.objects.filter(member=member).select_related("network")
        return [
            {
                "learning_network": request.network.title,
                "message": request.message,
                "requested_at": request.created_at,
                "status": str(request.get_status_display()),
                "decision_message": request.decision_message,
                "decided_at": request.decided_at,
            }
            for request in requests.order_by("created_at")
        ]


@register
class NetworkInvitations(PersonalData):
    """Invitations to a network sent to one of the member's verified addresses, and those
    the member sent (without the invited address: someone else's). Erased: the invitations
    to the member's addresses; the ones they sent lose them (the sweep)."""

    key = "network_invitations"
    section = Section(
        "network_invitations",
        gettext_lazy("Invitations to learning networks"),
        gettext_lazy("Invitations to a learning network sent to your e-mail address, and those you sent."),
    )
    position = 740
    models = ("networks.networkinvitation",)
    erase_order = 200
    labels = {
        "learning_network": gettext_lazy("Learning network"),
        "role": gettext_lazy("Role"),
        "invited_at": gettext_lazy("Invited at"),
        "accepted_at": gettext_lazy("Accepted at"),
        "received": gettext_lazy("Invitations you received"),
        "sent": gettext_lazy("Invitations you sent"),
    }

    def export(self, member, export):
        return exported_invitations(
            NetworkInvitation.objects.all(), member, invited_to="network", key="learning_network"
        )

    def erase(self, erasure):
        NetworkInvitation.objects.filter(address_matches("email", erasure.addresses)).delete()


@register
class ShelfChoices(PersonalData):
    """Who put a lesson on a network's shelf: the network's, it stays; the member goes
    with the account (SET_NULL by the sweep). Not exported: a choice made for the network."""

    key = "network_shelf"
    models = ("networks.shelfitem",)
