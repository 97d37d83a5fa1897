"""The editors' decision on an application: accept (a draft practice with its learning
questions, the trekker invited), decline (with a reason), never twice; the mail to the
contact, the history in the admin, the bell for a contact who is a member."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from members.roles import Role
from notifications.models import Notification, NotificationKind
from practices import decisions
from practices.models import (
    LearningPractice,
    PracticeApplication,
    PracticeInvitation,
    PracticeMembership,
    PracticeRole,
)
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in


@pytest.fixture
def editor(db):
    pages.practice_index()
    return MemberFactory(first_name="Ria", email="redacteur@instituut.example", roles=[Role.EDITOR])


@pytest.fixture
def application(db):
    application = PracticeApplication.objects.create(
        municipality=MunicipalityFactory(name="Hoogeveen", cbs_code="GM0118", province="drenthe"),
        contact_name="Petra Schuiling",
        contact_email="Petra@Hoogeveen.example",
        learning_questions="Hoe bereiken we huishoudens eerder?\n\n- Wat werkt bij jongeren?\n",
        hours_acknowledged=True,
    )
    application.themes.set([pages.theme("aanpak-armoede")])
    return application


def accept(editor, application, **overrides):
    data = {
        "title": "Armoede Hoogeveen",
        "start_date": date(2026, 3, 1),
        "end_date": date(2027, 2, 28),
        "themes": [pages.theme("aanpak-armoede")],
        "elements": [pages.element("vaste-contactpersoon")],
        "trekker_email": application.contact_email,
    }
    data.update(overrides)
    return decisions.accept_application(editor, application, **data)


def test_accepting_starts_a_draft_practice_with_the_applications_questions(
    editor, application, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        practice = accept(editor, application)

    practice = LearningPractice.objects.get(pk=practice.pk)
    assert not practice.live
    assert practice.get_parent().specific_class.__name__ == "PracticeIndexPage"
    assert practice.municipality.name == "Hoogeveen"
    assert (practice.start_date, practice.end_date) == (date(2026, 3, 1), date(2027, 2, 28))
    assert [theme.slug for theme in practice.themes.all()] == ["aanpak-armoede"]
    assert [element.slug for element in practice.effective_elements.all()] == ["vaste-contactpersoon"]
    assert [question.text for question in practice.learning_questions.all()] == [
        "Hoe bereiken we huishoudens eerder?",
        "Wat werkt bij jongeren?",
    ]
    application.refresh_from_db()
    assert application.status == PracticeApplication.Status.ACCEPTED
    assert application.decided_by == editor
    assert application.decided_at is not None
    assert application.practice_id == practice.pk
    # An unknown address: the trekker is invited, the link is in the mail of the decision.
    invitation = PracticeInvitation.objects.get()
    assert (invitation.email, invitation.role) == ("petra@hoogeveen.example", PracticeRole.LEAD)
    [message] = mail.outbox
    assert message.to == ["Petra@Hoogeveen.example"]
    assert f"/praktijken/uitnodiging/{invitation.token}/" in message.body
    assert "Armoede Hoogeveen" in message.body


def test_a_contact_who_is_a_member_is_trekker_at_once_and_finds_the_decision_in_the_bell(
    editor, application, django_capture_on_commit_callbacks
):
    petra = MemberFactory(email="petra@hoogeveen.example")
    with django_capture_on_commit_callbacks(execute=True):
        practice = accept(editor, application)

    assert PracticeMembership.objects.get(practice=practice).member == petra
    assert PracticeMembership.objects.get(practice=practice).role == PracticeRole.LEAD
    assert not PracticeInvitation.objects.exists()
    kinds = set(Notification.objects.filter(recipient=petra).values_list("kind", flat=True))
    assert kinds == {NotificationKind.APPLICATION_DECIDED, NotificationKind.PRACTICE_INVITATION}
    decision_mail = next(m for m in mail.outbox if m.to == ["Petra@Hoogeveen.example"])
    assert f"/praktijken/werkruimte/{practice.pk}/" in decision_mail.body


def test_an_unverified_address_of_a_member_does_not_make_them_trekker(editor, application):
    MemberFactory(email="petra@hoogeveen.example", verified=False)
    practice = accept(editor, application)
    assert not PracticeMembership.objects.filter(practice=practice).exists()
    assert PracticeInvitation.objects.get().email == "petra@hoogeveen.example"
    assert not Notification.objects.exists()


def test_another_trekker_than_the_contact_gets_an_invitation_of_their_own(
    editor, application, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        accept(editor, application, trekker_email="jan@hoogeveen.example")
    invitation = PracticeInvitation.objects.get()
    assert invitation.email == "jan@hoogeveen.example"
    to_jan = next(m for m in mail.outbox if m.to == ["jan@hoogeveen.example"])
    assert invitation.token in to_jan.body
    to_petra = next(m for m in mail.outbox if m.to == ["Petra@Hoogeveen.example"])
    assert invitation.token not in to_petra.body


def test_declining_records_the_reason_and_mails_it(editor, application, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.decline_application(editor, application, reason="  Er is dit jaar geen plek meer.  ")
    application.refresh_from_db()
    assert application.status == PracticeApplication.Status.DECLINED
    assert application.decision_reason == "Er is dit jaar geen plek meer."
    assert application.practice is None
    [message] = mail.outbox
    assert "Er is dit jaar geen plek meer." in message.body
    assert not LearningPractice.objects.exists()


@pytest.mark.parametrize("first", ["accept", "decline"])
def test_a_second_decision_is_refused(editor, application, first):
    if first == "accept":
        accept(editor, application)
    else:
        decisions.decline_application(editor, application, reason="Vol.")
    with pytest.raises(decisions.AlreadyDecided) as refused:
        accept(editor, application)
    assert "al" in refused.value.message
    with pytest.raises(decisions.AlreadyDecided):
        decisions.decline_application(editor, application, reason="Toch niet.")
    assert LearningPractice.objects.count() == (1 if first == "accept" else 0)


def test_the_decision_is_in_the_applications_history(editor, application):
    decisions.decline_application(editor, application, reason="Vol.")
    entry = ModelLogEntry.objects.get(action=decisions.DECLINED_ACTION)
    assert entry.user == editor
    assert entry.object_id == str(application.pk)
    assert entry.message == "Aanmelding afgewezen"
    assert entry.comment == "Vol."


# The admin views


def admin(client, editor):
    log_in(client, editor)
    return client


def test_the_edit_view_offers_accept_and_decline_until_decided(client, editor, application):
    admin(client, editor)
    edit = reverse("practiceapplication:edit", args=[application.pk])
    accept_url = reverse("practiceapplication:accept", args=[application.pk])
    assert accept_url in client.get(edit).content.decode()
    assert accept_url in client.get(reverse("practiceapplication:index")).content.decode()
    decisions.decline_application(editor, application, reason="Vol.")
    assert accept_url not in client.get(edit).content.decode()


def test_the_accept_form_is_prefilled_from_the_application(client, editor, application):
    admin(client, editor)
    response = client.get(reverse("practiceapplication:accept", args=[application.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="Petra@Hoogeveen.example"' in content
    assert f'value="{pages.theme("aanpak-armoede").pk}" checked' in content or "checked" in content


def test_an_editor_accepts_through_the_admin(client, editor, application, django_capture_on_commit_callbacks):
    admin(client, editor)
    data = {
        "title": "Armoede Hoogeveen",
        "start_date": "2026-03-01",
        "end_date": "2027-02-28",
        "themes": [pages.theme("aanpak-armoede").pk],
        "elements": [pages.element("vaste-contactpersoon").pk],
        "trekker_email": "petra@hoogeveen.example",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("practiceapplication:accept", args=[application.pk]), data)
    assert response.status_code == 302
    assert LearningPractice.objects.get().title == "Armoede Hoogeveen"
    history = client.get(reverse("practiceapplication:history", args=[application.pk])).content.decode()
    assert "Aanmelding aangenomen: de praktijk “Armoede Hoogeveen” is gestart" in history


def test_the_accept_form_keeps_input_and_explains_a_period_the_wrong_way_round(client, editor, application):
    admin(client, editor)
    data = {
        "title": "Armoede Hoogeveen",
        "start_date": "2027-03-01",
        "end_date": "2026-02-28",
        "themes": [pages.theme("aanpak-armoede").pk],
        "trekker_email": "petra@hoogeveen.example",
    }
    response = client.post(reverse("practiceapplication:accept", args=[application.pk]), data)
    assert response.status_code == 200
    assert "Armoede Hoogeveen" in response.content.decode()
    assert not LearningPractice.objects.exists()


def test_an_editor_declines_through_the_admin_and_a_reason_is_required(client, editor, application):
    admin(client, editor)
    url = reverse("practiceapplication:decline", args=[application.pk])
    assert client.post(url, {"reason": "  "}).status_code == 200
    application.refresh_from_db()
    assert application.status == PracticeApplication.Status.NEW
    assert client.post(url, {"reason": "Geen plek."}).status_code == 302
    application.refresh_from_db()
    assert application.status == PracticeApplication.Status.DECLINED


def test_deciding_twice_in_the_admin_says_so_instead_of_failing(client, editor, application):
    admin(client, editor)
    decisions.decline_application(editor, application, reason="Vol.")
    response = client.post(reverse("practiceapplication:decline", args=[application.pk]), {"reason": "Nog eens"})
    assert response.status_code == 302
    assert response["Location"] == reverse("practiceapplication:edit", args=[application.pk])
    application.refresh_from_db()
    assert application.decision_reason == "Vol."


@pytest.mark.parametrize("role", [None, Role.MODERATOR, Role.MUNICIPAL_LEAD])
def test_who_may_not_change_applications_cannot_decide(client, application, role):
    pages.practice_index()
    someone = MemberFactory(roles=[role] if role else [])
    log_in(client, someone)
    response = client.post(reverse("practiceapplication:decline", args=[application.pk]), {"reason": "Nee."})
    assert response.status_code in (302, 403)
    assert not response.get("Location", "").endswith(reverse("practiceapplication:index"))
    application.refresh_from_db()
    assert application.status == PracticeApplication.Status.NEW


def test_the_edit_form_cannot_set_a_decision_without_taking_it(client, editor, application):
    admin(client, editor)
    edit = reverse("practiceapplication:edit", args=[application.pk])
    form = client.get(edit).context["form"]
    assert [value for value, _label in form.fields["status"].choices] == ["new", "in_progress"]
    decisions.decline_application(editor, application, reason="Vol.")
    assert client.get(edit).context["form"].fields["status"].disabled


def test_the_mail_and_the_page_are_in_dutch_whatever_the_editors_admin_language(
    editor, application, django_capture_on_commit_callbacks
):
    from django.utils import translation

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        practice = accept(editor, application)
    assert mail.outbox[0].subject == "[Lerend Netwerk] Je aanmelding als lerende praktijk is aangenomen"
    assert LearningPractice.objects.get(pk=practice.pk).summary == "Lerende praktijk van de gemeente Hoogeveen."


def test_a_declined_contact_who_is_a_member_reads_the_reason_in_the_bell_without_a_second_mail(
    editor, application, django_capture_on_commit_callbacks
):
    petra = MemberFactory(email="petra@hoogeveen.example")
    with django_capture_on_commit_callbacks(execute=True):
        decisions.decline_application(editor, application, reason="Vol.")
    notification = Notification.objects.get(recipient=petra)
    assert (notification.kind, notification.message, notification.actor) == (
        NotificationKind.APPLICATION_DECIDED,
        "Vol.",
        editor,
    )
    assert notification.get_absolute_url() == reverse("notifications:centre")
    assert len(mail.outbox) == 1  # the decision itself
