"""Who takes part in a practice, managed by its trekkers (practices.team): inviting a
verified member (at once) or an unknown address (an invitation with a link), never twice;
roles, removal, the last trekker; accepting through the link or by verifying the address."""

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.core import mail
from django.db import IntegrityError

from members.roles import Role
from notifications.models import Notification, NotificationKind
from practices import team
from practices.models import PracticeInvitation, PracticeMembership, PracticeRole
from tests import pages
from tests.factories import MemberFactory


@pytest.fixture
def people(db):
    trekker = MemberFactory(first_name="Tessa", email="tessa@zwolle.example")
    participant = MemberFactory(first_name="Pim", email="pim@zwolle.example")
    practice = pages.practice("Eén voordeur", leads=[trekker], participants=[participant])
    return {
        "practice": practice,
        "trekker": trekker,
        "participant": participant,
        "member": MemberFactory(first_name="Mila", email="mila@deventer.example"),
        "editor": MemberFactory(first_name="Ria", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


def membership(people, who):
    return PracticeMembership.objects.get(practice=people["practice"], member=people[who])


def test_a_verified_member_takes_part_at_once_and_is_notified(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        added = team.invite(people["trekker"], people["practice"], "MILA@deventer.example", PracticeRole.POLICY_OFFICER)

    assert isinstance(added, PracticeMembership)
    assert membership(people, "member").role == PracticeRole.POLICY_OFFICER
    notification = Notification.objects.get(recipient=people["member"])
    assert notification.kind == NotificationKind.PRACTICE_INVITATION
    assert notification.practice_id == people["practice"].pk
    assert notification.get_absolute_url() == f"/praktijken/werkruimte/{people['practice'].pk}/"
    [message] = mail.outbox
    assert message.to == ["mila@deventer.example"]
    assert "Eén voordeur" in message.subject


def test_a_member_who_wants_no_mail_is_only_told_in_the_bell(people, django_capture_on_commit_callbacks):
    from notifications.models import NotificationPreference

    NotificationPreference.objects.create(member=people["member"], email_contributions=False)
    with django_capture_on_commit_callbacks(execute=True):
        team.invite(people["trekker"], people["practice"], "mila@deventer.example", PracticeRole.PARTICIPANT)
    assert Notification.objects.filter(recipient=people["member"]).exists()
    assert mail.outbox == []


def test_an_unknown_address_gets_an_invitation_with_a_link(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = team.invite(people["trekker"], people["practice"], " Nieuw@Zwolle.example ", PracticeRole.ADVISER)

    assert isinstance(invitation, PracticeInvitation)
    assert invitation.email == "nieuw@zwolle.example"
    assert len(invitation.token) >= 40
    [message] = mail.outbox
    assert message.to == ["nieuw@zwolle.example"]
    assert f"/praktijken/uitnodiging/{invitation.token}/" in message.body
    assert "Tessa" in message.body


def test_an_unverified_address_of_a_member_is_invited_not_linked(people):
    MemberFactory(email="half@zwolle.example", verified=False)
    invited = team.invite(people["trekker"], people["practice"], "half@zwolle.example", PracticeRole.PARTICIPANT)
    assert isinstance(invited, PracticeInvitation)
    assert PracticeMembership.objects.filter(practice=people["practice"]).count() == 2


def test_inviting_an_address_twice_is_refused(people):
    team.invite(people["trekker"], people["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    with pytest.raises(team.TeamError) as refused:
        team.invite(people["trekker"], people["practice"], "NIEUW@zwolle.example", PracticeRole.ADVISER)
    assert "nieuw@zwolle.example" in refused.value.message
    assert PracticeInvitation.objects.count() == 1


def test_inviting_someone_who_takes_part_already_is_refused(people):
    with pytest.raises(team.TeamError):
        team.invite(people["trekker"], people["practice"], "pim@zwolle.example", PracticeRole.ADVISER)
    assert membership(people, "participant").role == PracticeRole.PARTICIPANT


def test_the_database_refuses_a_second_open_invitation_for_an_address(people):
    PracticeInvitation.objects.create(practice=people["practice"], email="x@zwolle.example", token="a")
    with pytest.raises(IntegrityError):
        PracticeInvitation.objects.create(practice=people["practice"], email="x@zwolle.example", token="b")


@pytest.mark.parametrize("who", ["participant", "member"])
def test_only_trekkers_and_editors_manage_the_team(people, who):
    with pytest.raises(team.TeamError):
        team.invite(people[who], people["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    with pytest.raises(team.TeamError):
        team.remove_participant(people[who], membership(people, "trekker"))
    assert not PracticeInvitation.objects.exists()


def test_an_editor_manages_the_team_too(people):
    team.change_role(people["editor"], membership(people, "participant"), PracticeRole.LEAD)
    assert membership(people, "participant").role == PracticeRole.LEAD


def test_the_last_trekker_cannot_be_removed_or_demoted(people):
    with pytest.raises(team.TeamError):
        team.remove_participant(people["trekker"], membership(people, "trekker"))
    with pytest.raises(team.TeamError):
        team.change_role(people["trekker"], membership(people, "trekker"), PracticeRole.PARTICIPANT)
    assert membership(people, "trekker").role == PracticeRole.LEAD


def test_with_a_second_trekker_the_first_may_step_down(people):
    team.change_role(people["trekker"], membership(people, "participant"), PracticeRole.LEAD)
    team.change_role(people["trekker"], membership(people, "trekker"), PracticeRole.ADVISER)
    assert membership(people, "trekker").role == PracticeRole.ADVISER


def test_removing_a_participant_ends_their_membership(people):
    team.remove_participant(people["trekker"], membership(people, "participant"))
    assert not PracticeMembership.objects.filter(member=people["participant"]).exists()


def test_withdrawing_an_invitation_makes_its_link_useless(people):
    invitation = team.invite(people["trekker"], people["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    team.withdraw_invitation(people["trekker"], invitation)
    assert team.invitation_for_token(invitation.token) is None
    with pytest.raises(team.TeamError):
        team.withdraw_invitation(people["trekker"], invitation)


# Accepting


def test_a_member_with_the_verified_address_accepts(people):
    invitation = team.invite(people["trekker"], people["practice"], "nieuw@zwolle.example", PracticeRole.ADVISER)
    newcomer = MemberFactory(email="nieuw@zwolle.example")
    team.accept_invitation(newcomer, invitation)
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer and invitation.accepted_at is not None
    assert PracticeMembership.objects.get(member=newcomer).role == PracticeRole.ADVISER
    # The same link again: nothing new, no error for the one who accepted.
    assert team.accept_invitation(newcomer, invitation).member == newcomer


def test_a_member_with_another_address_cannot_accept(people):
    invitation = team.invite(people["trekker"], people["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    with pytest.raises(team.TeamError):
        team.accept_invitation(people["member"], invitation)
    unverified = MemberFactory(email="nieuw@zwolle.example", verified=False)
    with pytest.raises(team.TeamError):
        team.accept_invitation(unverified, invitation)
    assert PracticeInvitation.objects.get().is_open


def test_verifying_the_invited_address_accepts_the_open_invitations(people):
    other = pages.practice("Wijkteams Deventer", leads=[people["member"]])
    team.invite(people["trekker"], people["practice"], "nieuw@zwolle.example", PracticeRole.PARTICIPANT)
    team.invite(people["member"], other, "nieuw@zwolle.example", PracticeRole.ADVISER)
    newcomer = MemberFactory(email="nieuw@zwolle.example", verified=False)
    address = EmailAddress.objects.create(user=newcomer, email="nieuw@zwolle.example", verified=True, primary=True)

    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)

    assert {m.practice_id for m in PracticeMembership.objects.filter(member=newcomer)} == {
        people["practice"].pk,
        other.pk,
    }
    assert not PracticeInvitation.objects.filter(accepted_at__isnull=True).exists()


def test_the_notification_centre_names_the_practice_one_was_added_to(client, people):
    team.invite(people["trekker"], people["practice"], "mila@deventer.example", PracticeRole.PARTICIPANT)
    client.force_login(people["member"])
    content = client.get("/meldingen/").content.decode()
    assert "Je doet nu mee in de lerende praktijk “<bdi>Eén voordeur</bdi>”" in content
