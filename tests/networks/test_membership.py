"""The ways into and out of a learning network (networks/membership.py): the mode decides
how someone gets in, a request waits once, a network keeps a coordinator, and only a
verified address accepts an invitation."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from networks import membership
from networks.models import NetworkMembership, NetworkMembershipRequest, NetworkRole, RequestStatus
from notifications.models import Notification, NotificationKind
from tests import pages
from tests.factories import MemberFactory


def is_member(network, member):
    return NetworkMembership.objects.filter(network=network, member=member).exists()


# Joining an open network


def test_a_member_joins_an_open_network_at_once(open_network, people):
    membership.join(people["member"], open_network)
    assert is_member(open_network, people["member"])


def test_joining_twice_is_refused_clearly(open_network, people):
    membership.join(people["member"], open_network)
    with pytest.raises(membership.NetworkError, match="al lid"):
        membership.join(people["member"], open_network)


@pytest.mark.parametrize("mode", ["request", "invitation"])
def test_only_an_open_network_can_be_joined_directly(people, mode):
    network = pages.network("Eenzaamheid", mode=mode, coordinators=[people["trekker"]])
    with pytest.raises(membership.NetworkError):
        membership.join(people["member"], network)
    assert not is_member(network, people["member"])


def test_a_draft_network_cannot_be_joined(people):
    network = pages.network("Nog niet open", mode="open", coordinators=[people["trekker"]], publish=False)
    with pytest.raises(membership.NetworkError, match="nog niet open"):
        membership.join(people["member"], network)


# Asking to join


def test_a_request_waits_and_its_coordinators_hear_of_it_with_the_message(
    on_request, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = membership.request_membership(people["member"], on_request, "Ik werk aan de toegang in Deventer.")
    assert request.status == RequestStatus.PENDING
    assert not is_member(on_request, people["member"])
    notification = Notification.objects.get(recipient=people["trekker"])
    assert notification.kind == NotificationKind.NETWORK_REQUEST
    assert notification.network_id == on_request.pk
    assert notification.message == "Ik werk aan de toegang in Deventer."
    assert [message.to for message in mail.outbox] == [[people["trekker"].email]]
    assert "Toegang en integraal werken" in mail.outbox[0].subject


def test_asking_twice_is_refused_clearly_and_nothing_is_added(on_request, people):
    membership.request_membership(people["member"], on_request, "Eerste keer")
    with pytest.raises(membership.NetworkError, match="al gevraagd"):
        membership.request_membership(people["member"], on_request, "Tweede keer")
    assert NetworkMembershipRequest.objects.filter(member=people["member"]).count() == 1


def test_a_member_cannot_ask_to_join_an_open_or_invitation_network(open_network, by_invitation, people):
    for network in (open_network, by_invitation):
        with pytest.raises(membership.NetworkError):
            membership.request_membership(people["member"], network)
    assert not NetworkMembershipRequest.objects.exists()


def test_a_coordinator_accepts_with_a_message_and_the_member_is_told(
    on_request, people, django_capture_on_commit_callbacks
):
    request = membership.request_membership(people["member"], on_request)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        membership.decide_request(people["trekker"], request, accept=True, message="Welkom, tot de 12e!")
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED and request.decided_by == people["trekker"]
    assert is_member(on_request, people["member"])
    notification = Notification.objects.get(recipient=people["member"])
    assert notification.kind == NotificationKind.NETWORK_ACCEPTED
    assert notification.message == "Welkom, tot de 12e!"
    assert mail.outbox[0].to == [people["member"].email]
    assert "Welkom, tot de 12e!" in mail.outbox[0].body


def test_a_declined_request_adds_nobody_and_a_new_request_may_follow(on_request, people):
    request = membership.request_membership(people["member"], on_request)
    membership.decide_request(people["trekker"], request, accept=False, message="Dit netwerk is vol.")
    assert not is_member(on_request, people["member"])
    assert Notification.objects.get(recipient=people["member"]).kind == NotificationKind.NETWORK_DECLINED
    membership.request_membership(people["member"], on_request, "Nog een keer")
    assert NetworkMembershipRequest.objects.filter(member=people["member"]).count() == 2


def test_a_request_is_decided_once(on_request, people):
    request = membership.request_membership(people["member"], on_request)
    membership.decide_request(people["trekker"], request, accept=True)
    with pytest.raises(membership.NetworkError, match="al besloten"):
        membership.decide_request(people["trekker"], request, accept=False)


def test_only_a_coordinator_or_editor_decides_a_request(on_request, people):
    request = membership.request_membership(people["member"], on_request)
    with pytest.raises(membership.NetworkError, match="coördinatoren"):
        membership.decide_request(people["outsider"], request, accept=True)
    membership.decide_request(people["adviser"], request, accept=True)  # an editor, not a member
    assert is_member(on_request, people["member"])


def test_a_member_may_withdraw_a_waiting_request(on_request, people):
    membership.request_membership(people["member"], on_request)
    membership.withdraw_request(people["member"], on_request)
    assert membership.pending_request_of(people["member"], on_request) is None


# Coordinators


def test_the_last_coordinator_cannot_leave_be_removed_or_step_down(on_request, people):
    own = NetworkMembership.objects.get(network=on_request, member=people["trekker"])
    with pytest.raises(membership.NetworkError, match="enige coördinator"):
        membership.leave(people["trekker"], on_request)
    with pytest.raises(membership.NetworkError, match="altijd een coördinator"):
        membership.remove_member(people["adviser"], own)
    with pytest.raises(membership.NetworkError, match="altijd een coördinator"):
        membership.change_role(people["trekker"], own, NetworkRole.MEMBER)
    assert NetworkMembership.objects.get(pk=own.pk).role == NetworkRole.COORDINATOR


def test_a_coordinator_makes_another_member_coordinator_and_may_then_step_down(open_network, people):
    other = membership.join(people["member"], open_network)
    membership.change_role(people["trekker"], other, NetworkRole.COORDINATOR)
    own = NetworkMembership.objects.get(network=open_network, member=people["trekker"])
    membership.change_role(people["member"], own, NetworkRole.MEMBER)
    membership.leave(people["trekker"], open_network)
    assert not is_member(open_network, people["trekker"])


def test_a_plain_member_manages_nothing(open_network, people):
    membership.join(people["member"], open_network)
    coordinator = NetworkMembership.objects.get(network=open_network, member=people["trekker"])
    with pytest.raises(membership.NetworkError):
        membership.remove_member(people["member"], coordinator)
    with pytest.raises(membership.NetworkError):
        membership.invite(people["member"], open_network, "iemand@gemeente.example")


def test_a_member_leaves_and_is_no_longer_a_member(open_network, people):
    membership.join(people["member"], open_network)
    membership.leave(people["member"], open_network)
    assert not is_member(open_network, people["member"])
    with pytest.raises(membership.NetworkError, match="geen lid"):
        membership.leave(people["member"], open_network)


# Invitations


def test_inviting_a_members_verified_address_tells_them_in_the_bell_and_they_accept(by_invitation, people):
    invitation = membership.invite(people["trekker"], by_invitation, "LID@deventer.example", NetworkRole.MEMBER)
    assert invitation.email == "lid@deventer.example"
    assert not is_member(by_invitation, people["member"])
    assert Notification.objects.get(recipient=people["member"]).kind == NotificationKind.NETWORK_INVITATION
    assert membership.open_invitation_for(people["member"], by_invitation) == invitation
    membership.accept_invitation(people["member"], invitation)
    assert is_member(by_invitation, people["member"])


def test_the_open_invitation_is_found_by_a_verified_address_in_any_case_in_one_query(
    by_invitation, people, django_assert_num_queries
):
    member = people["member"]
    EmailAddress.objects.create(user=member, email="Werk@Deventer.Example", verified=True, primary=False)
    invitation = membership.invite(people["trekker"], by_invitation, "werk@deventer.example")
    with django_assert_num_queries(1):  # the addresses are asked inside the invitation's query
        assert membership.open_invitation_for(member, by_invitation) == invitation


def test_an_unknown_address_gets_a_mail_with_the_link(by_invitation, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = membership.invite(people["trekker"], by_invitation, "nieuw@kampen.example")
    assert mail.outbox[0].to == ["nieuw@kampen.example"]
    assert invitation.token in mail.outbox[0].body


def test_an_unverified_address_identifies_nobody(by_invitation, people):
    stranger = MemberFactory(email="claim@elders.example", verified=False)
    EmailAddress.objects.create(user=stranger, email="claim@elders.example", verified=False, primary=True)
    invitation = membership.invite(people["trekker"], by_invitation, "claim@elders.example")
    assert not Notification.objects.filter(recipient=stranger).exists()
    assert membership.open_invitation_for(stranger, by_invitation) is None
    with pytest.raises(membership.NetworkError, match="ander e-mailadres"):
        membership.accept_invitation(stranger, invitation)
    assert not is_member(by_invitation, stranger)


def test_another_member_cannot_accept_someone_elses_invitation(by_invitation, people):
    invitation = membership.invite(people["trekker"], by_invitation, "lid@deventer.example")
    with pytest.raises(membership.NetworkError):
        membership.accept_invitation(people["outsider"], invitation)
    assert not is_member(by_invitation, people["outsider"])


def test_verifying_the_invited_address_later_brings_the_invitation_to_the_member(by_invitation, people, rf):
    from allauth.account.signals import email_confirmed

    invitation = membership.invite(people["trekker"], by_invitation, "later@kampen.example")
    newcomer = MemberFactory(email="later@kampen.example", verified=False)
    address = EmailAddress.objects.create(user=newcomer, email="later@kampen.example", verified=True, primary=True)
    email_confirmed.send(sender=EmailAddress, request=rf.get("/"), email_address=address)
    assert Notification.objects.get(recipient=newcomer).kind == NotificationKind.NETWORK_INVITATION
    membership.accept_invitation(newcomer, invitation)
    assert is_member(by_invitation, newcomer)


def test_an_address_is_invited_once_and_a_member_not_at_all(by_invitation, people):
    membership.invite(people["trekker"], by_invitation, "nieuw@kampen.example")
    with pytest.raises(membership.NetworkError, match="al uitgenodigd"):
        membership.invite(people["trekker"], by_invitation, "nieuw@kampen.example")
    with pytest.raises(membership.NetworkError, match="al lid"):
        membership.invite(people["trekker"], by_invitation, "trekker@zwolle.example")


def test_the_invited_role_is_taken_and_a_withdrawn_invitation_cannot_be_accepted(by_invitation, people):
    invitation = membership.invite(people["trekker"], by_invitation, "lid@deventer.example", NetworkRole.COORDINATOR)
    membership.accept_invitation(people["member"], invitation)
    assert NetworkMembership.objects.get(network=by_invitation, member=people["member"]).is_coordinator
    second = membership.invite(people["trekker"], by_invitation, "buiten@elders.example")
    membership.withdraw_invitation(people["trekker"], second)
    with pytest.raises(membership.NetworkError, match="ingetrokken"):
        membership.accept_invitation(people["outsider"], second)
