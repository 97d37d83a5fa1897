"""A published lesson that draws on a practice tells that practice's participants: in the
bell and the notification centre, by mail as they chose, once per lesson and member."""

import pytest
from django.core import mail
from django.urls import reverse

from members.roles import Role
from notifications.models import DigestFrequency, Notification, NotificationKind, NotificationPreference
from notifications.services import send_digests
from practices.models import PracticeMembership, PracticeRole
from tests import pages
from tests.factories import MemberFactory

TITLE = "Eén contactpersoon werkt als die blijft"


@pytest.fixture
def people(db):
    trekker = MemberFactory(first_name="Annemieke", email="trekker@zwolle.example", roles=[Role.MUNICIPAL_LEAD])
    policy_officer = MemberFactory(first_name="Bas", email="beleid@zwolle.example")
    participant = MemberFactory(first_name="Merel", email="merel@wijkteam.example")
    practice = pages.practice("Eén voordeur in Zwolle", leads=[trekker], participants=[participant])
    PracticeMembership.objects.create(practice=practice, member=policy_officer, role=PracticeRole.POLICY_OFFICER)
    elsewhere = MemberFactory(first_name="Ander", email="trekker@deventer.example")
    return {
        "practice": practice,
        "trekker": trekker,
        "policy_officer": policy_officer,
        "participant": participant,
        "elsewhere": elsewhere,
        "other_practice": pages.practice("Deventer dichtbij", leads=[elsewhere]),
        "editor": MemberFactory(first_name="Redactie", email="redacteur@instituut.example", roles=[Role.EDITOR]),
    }


def lesson_notifications():
    return Notification.objects.filter(kind=NotificationKind.LESSON_CITES_PRACTICE)


def publish_lesson(capture, title=TITLE, **fields):
    with capture(execute=True):
        return pages.lesson(title, **fields)


def test_publishing_a_lesson_tells_every_participant_of_the_practice_it_draws_on(
    client, people, django_capture_on_commit_callbacks
):
    lesson = publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])

    notified = {n.recipient for n in lesson_notifications()}
    assert notified == {people["trekker"], people["policy_officer"], people["participant"]}
    notification = lesson_notifications().get(recipient=people["trekker"])
    assert (notification.lesson, notification.practice) == (lesson, people["practice"])

    [message] = [m for m in mail.outbox if m.to == ["trekker@zwolle.example"]]
    assert message.subject == f"[Lerend Netwerk] Een nieuwe les bouwt voort op je lerende praktijk: “{TITLE}”"
    assert "“Eén voordeur in Zwolle”" in message.body and "http://testserver" + lesson.url in message.body
    assert "/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]

    client.force_login(people["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    practice = "Eén voordeur in Zwolle"
    assert f"De les “<bdi>{TITLE}</bdi>” bouwt voort op je lerende praktijk “<bdi>{practice}</bdi>”" in centre
    response = client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert response.url == lesson.url


def test_publishing_the_lesson_again_tells_nobody_twice(people, django_capture_on_commit_callbacks):
    lesson = publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        lesson.summary = "Een betere samenvatting."
        lesson.save_revision().publish()

    assert lesson_notifications().count() == 3
    assert mail.outbox == []


def test_a_practice_added_when_republishing_reaches_only_its_own_participants(
    people, django_capture_on_commit_callbacks
):
    lesson = publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])
    with django_capture_on_commit_callbacks(execute=True):
        lesson.source_practices = [people["practice"], people["other_practice"]]
        lesson.save_revision().publish()

    assert lesson_notifications().count() == 4
    assert lesson_notifications().get(recipient=people["elsewhere"]).practice == people["other_practice"]


def test_a_member_in_two_cited_practices_is_told_once(people, django_capture_on_commit_callbacks):
    PracticeMembership.objects.create(practice=people["other_practice"], member=people["trekker"])
    publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"], people["other_practice"]])
    assert lesson_notifications().filter(recipient=people["trekker"]).count() == 1


def test_a_draft_lesson_tells_nobody(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lesson = pages.lesson(TITLE, practices=[people["practice"]], publish=False)
        lesson.save_revision()
    assert not lesson_notifications().exists()
    assert mail.outbox == []


def test_a_lesson_without_practices_tells_nobody_and_outsiders_are_never_told(
    people, django_capture_on_commit_callbacks
):
    publish_lesson(django_capture_on_commit_callbacks)
    publish_lesson(django_capture_on_commit_callbacks, title="Andere les", practices=[people["practice"]])
    assert not lesson_notifications().filter(recipient__in=[people["elsewhere"], people["editor"]]).exists()


def test_removed_and_inactive_participants_are_not_told(people, django_capture_on_commit_callbacks):
    PracticeMembership.objects.filter(member=people["participant"]).delete()
    people["policy_officer"].is_active = False
    people["policy_officer"].save()

    publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])

    assert [n.recipient for n in lesson_notifications()] == [people["trekker"]]


def test_a_member_who_wants_no_mail_at_once_finds_it_in_the_digest(people, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(
        member=people["trekker"], email_contributions=False, digest=DigestFrequency.DAILY
    )
    publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])
    assert not [m for m in mail.outbox if m.to == ["trekker@zwolle.example"]]

    with django_capture_on_commit_callbacks(execute=True):
        send_digests(DigestFrequency.DAILY)
    [digest] = [m for m in mail.outbox if m.to == ["trekker@zwolle.example"]]
    assert f"De les “{TITLE}” bouwt voort op je lerende praktijk “Eén voordeur in Zwolle”" in digest.body


def test_the_lesson_notification_is_in_the_members_data_export(people, django_capture_on_commit_callbacks):
    from lerendnetwerk.personal_data import Export, registered

    lesson = publish_lesson(django_capture_on_commit_callbacks, practices=[people["practice"]])
    trekker = people["trekker"]

    (exported,) = registered("notifications").export(trekker, Export(trekker))

    assert exported["kind"] == "lesson"
    assert exported["description"] == f"De les “{TITLE}” bouwt voort op je lerende praktijk."
    assert exported["url"].endswith(lesson.url)
