"""What the networks app tells the apps built on it (notifications, forum), which may not be
imported here (.importlinter): they connect receivers in their AppConfig.ready. Each is sent
inside the transaction of the service; receivers send mail and live events after commit."""

from django.dispatch import Signal

# A member asked to join a network that admits on request. Arguments: request
# (NetworkMembershipRequest, pending).
membership_requested = Signal()

# A coordinator (or editor) accepted or declined a request. Arguments: request (with status,
# decided_by and decision_message set), membership (NetworkMembership or None when declined).
request_decided = Signal()

# Someone was invited to a network and the invited address is a member's verified address:
# they find the invitation in the bell. Arguments: invitation (NetworkInvitation), member.
member_invited = Signal()

# A meeting of the network was published for its members (events.organising). Arguments:
# network, event (the meeting's page), organiser (the member who made it). Defined here
# because notifications, on the events layer, may not import events (.importlinter).
meeting_announced = Signal()

# A member no longer takes part in a network: they left, or a coordinator (or editor)
# removed them. Sent inside the service's transaction, after the membership is deleted, so
# what receivers change (events: their registrations for the network's meetings only for
# its members are cancelled) happens with it or not at all. Arguments: network, member,
# removed_by (the member who removed them, or None when they left).
membership_ended = Signal()
