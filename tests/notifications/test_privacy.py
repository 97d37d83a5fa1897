"""The notifications app answers for its own personal data (notifications/privacy.py): the
member's notifications (without who caused them) and their e-mail settings."""

import pytest

from forum import services as forum_services
from forum.models import Category
from lerendnetwerk.personal_data import Export, registered
from notifications import services
from notifications.models import DigestFrequency, Notification, NotificationPreference
from privacy.services import delete_account
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    asker = MemberFactory(first_name="Vera", last_name="Vraagsteller")
    helper = MemberFactory(first_name="Harm", last_name="Helper")
    category = Category.objects.create(name="Toegang", slug="toegang")
    thread = forum_services.start_thread(asker, category, title="Hoe begin je?", body="Wie weet het?")
    reply = forum_services.reply(helper, thread, body="Zo.", reply_to=thread.posts.get())
    services.notify_about_post(reply.pk)
    back = forum_services.reply(asker, thread, body="Dank!", reply_to=reply)
    services.notify_about_post(back.pk)
    preference = services.preference_for(asker)
    preference.digest = DigestFrequency.WEEKLY
    preference.save()
    return {"asker": asker, "helper": helper, "thread": thread}


def test_notifications_and_settings_are_exported_without_who_caused_them(world):
    asker, export = world["asker"], Export(world["asker"])

    (notification,) = registered("notifications").export(asker, export)
    consents = registered("email_consents").export(asker, export)
    settings = registered("notification_preferences").export(asker, export)

    assert notification["kind"] == "reply"
    assert notification["description"] == "Een reactie op jou in de discussie “Hoe begin je?”."
    assert "Harm" not in str(notification) and "Helper" not in str(notification)
    assert consents["summary_email"] == settings["summary_email"] == "Wekelijks"
    assert settings["saved"] is True


def test_deleting_removes_her_notifications_and_settings_and_takes_her_out_of_others(world):
    asker, helper = world["asker"], world["helper"]
    assert Notification.objects.filter(recipient=helper, actor=asker).exists()

    delete_account(asker)

    assert not Notification.objects.filter(recipient=asker).exists()
    assert not NotificationPreference.objects.filter(member=asker).exists()
    assert Notification.objects.filter(recipient=helper).exists()
    assert not Notification.objects.filter(actor=asker).exists()
