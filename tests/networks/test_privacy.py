"""The networks app answers for its own personal data (networks/privacy.py): memberships,
requests to join (with the member's message and the decision) and invitations, found by a
verified address only; deleting the account takes them along."""

from allauth.account.models import EmailAddress

from lerendnetwerk.personal_data import Export, registered
from networks import membership, shelf
from networks.models import NetworkInvitation, NetworkMembership, NetworkMembershipRequest, ShelfItem
from privacy.services import delete_account
from tests import pages


def test_memberships_requests_and_invitations_are_exported(on_request, by_invitation, people):
    member = people["member"]
    request = membership.request_membership(member, on_request, "Ik werk aan de toegang.")
    membership.decide_request(people["trekker"], request, accept=True, message="Welkom!")
    membership.invite(people["trekker"], by_invitation, "LID@deventer.example")
    EmailAddress.objects.create(user=member, email="getypt@elders.example", verified=False)
    membership.invite(people["trekker"], by_invitation, "getypt@elders.example")  # not hers: unverified
    export = Export(member)

    (row,) = registered("network_memberships").export(member, export)
    assert (row["learning_network"], row["role"]) == ("Toegang en integraal werken", "Lid")
    (asked,) = registered("network_requests").export(member, export)
    assert (asked["message"], asked["decision_message"], asked["status"]) == (
        "Ik werk aan de toegang.",
        "Welkom!",
        "Geaccepteerd",
    )
    assert "decided_by" not in asked
    invitations = registered("network_invitations").export(member, export)
    assert [invitation["email"] for invitation in invitations["received"]] == ["lid@deventer.example"]
    assert invitations["sent"] == []
    sent = registered("network_invitations").export(people["trekker"], Export(people["trekker"]))["sent"]
    assert len(sent) == 2 and all("email" not in invitation for invitation in sent)


def test_deleting_the_account_takes_memberships_requests_and_invitations_along(on_request, by_invitation, people):
    member, trekker = people["member"], people["trekker"]
    membership.request_membership(member, on_request, "Graag")
    membership.invite(trekker, by_invitation, "lid@deventer.example")
    open_network = pages.network("Armoede en schulden", mode="open", coordinators=[trekker])
    membership.join(member, open_network)
    membership.change_role(trekker, NetworkMembership.objects.get(network=open_network, member=member), "coordinator")
    item = shelf.add_to_shelf(member, open_network, pages.lesson("Een les"))

    delete_account(member)

    assert not NetworkMembership.objects.filter(member_id=member.pk).exists()
    assert not NetworkMembershipRequest.objects.filter(member_id=member.pk).exists()
    assert not NetworkInvitation.objects.filter(email="lid@deventer.example").exists()
    assert ShelfItem.objects.get(pk=item.pk).added_by is None  # the network's shelf keeps the lesson
