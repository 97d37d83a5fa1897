import pytest
from django.core import mail
from django.urls import reverse

from members.models import AssociateMembershipRequest
from members.roles import Role
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

REQUEST_URL = reverse("members:associate_request")
MOTIVATION = "Ik werk als wijkcoach en wil mijn ervaring met brede vraagverheldering delen."


@pytest.fixture
def editor(db):
    return MemberFactory(email="redacteur@instituut.example", roles=[Role.EDITOR])


def edit_url(associate_request):
    return reverse("associatemembershiprequest:edit", args=[associate_request.pk])


def test_a_member_asks_to_become_an_associate_member(member_client, member, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(REQUEST_URL, {"motivation": MOTIVATION})
    assert response.status_code == 302
    request = AssociateMembershipRequest.objects.get()
    assert (request.member, request.status) == (member, "pending")
    assert {tuple(message.to) for message in mail.outbox} == {(member.email,), (editor.email,)}
    page = member_client.get(REQUEST_URL).content.decode()
    assert "De redactie laat je haar besluit per e-mail weten." in page
    assert 'name="motivation"' not in page


def test_a_second_request_while_one_is_pending_is_not_stored(member_client, member, editor):
    member_client.post(REQUEST_URL, {"motivation": MOTIVATION})
    member_client.post(REQUEST_URL, {"motivation": MOTIVATION})
    assert AssociateMembershipRequest.objects.count() == 1


def test_an_empty_motivation_is_refused_with_a_message(member_client, member):
    response = member_client.post(REQUEST_URL, {"motivation": "   "})
    assert response.status_code == 200
    assert "Dit is een verplicht veld." in response.content.decode()
    assert not AssociateMembershipRequest.objects.exists()


def test_an_editor_approves_in_the_admin_and_the_member_gets_the_role(
    client, member, editor, django_capture_on_commit_callbacks
):
    associate_request = AssociateMembershipRequest.objects.create(member=member, motivation=MOTIVATION)
    log_in(client, editor)
    assert MOTIVATION in client.get(edit_url(associate_request)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(associate_request), {"status": "approved", "decision_note": "Welkom!"})
    assert response.status_code == 302

    member.refresh_from_db()
    assert member.has_role(Role.ASSOCIATE_MEMBER)
    associate_request.refresh_from_db()
    assert associate_request.decided_by == editor
    assert associate_request.decided_at is not None
    [message] = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "[Lerend Netwerk] Je bent nu Associate Member"
    assert "Welkom!" in message.body


def test_a_declined_request_gives_no_role_and_tells_the_member(
    client, member, editor, django_capture_on_commit_callbacks
):
    associate_request = AssociateMembershipRequest.objects.create(member=member, motivation=MOTIVATION)
    log_in(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(associate_request), {"status": "declined", "decision_note": "Eerst een praktijk starten."})
    member.refresh_from_db()
    assert not member.has_role(Role.ASSOCIATE_MEMBER)
    assert "Eerst een praktijk starten." in mail.outbox[0].body
    log_in(client, member)
    page = client.get(REQUEST_URL).content.decode()
    assert "Je vorige aanvraag is niet goedgekeurd." in page
    assert 'name="motivation"' in page


def test_other_roles_cannot_decide_requests(client, member):
    associate_request = AssociateMembershipRequest.objects.create(member=member, motivation=MOTIVATION)
    log_in(client, MemberFactory(roles=[Role.MODERATOR, Role.MUNICIPAL_LEAD]))
    client.post(edit_url(associate_request), {"status": "approved", "decision_note": ""})
    associate_request.refresh_from_db()
    assert associate_request.status == "pending"
    member.refresh_from_db()
    assert not member.has_role(Role.ASSOCIATE_MEMBER)


def test_visitors_are_asked_to_log_in(client, db):
    response = client.get(REQUEST_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
