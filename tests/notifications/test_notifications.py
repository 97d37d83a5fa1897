import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from forum import services
from notifications.models import DigestFrequency, Notification, NotificationPreference
from notifications.services import mark_read, send_digests

# Notifications are made after commit, by a background task (in-process here): these
# tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def forum(live_forum):
    return live_forum


def kinds(member):
    return {(n.kind, n.post.sequence) for n in Notification.objects.filter(recipient=member).select_related("post")}


def test_replies_mentions_and_follows_notify_the_right_people_once(forum):
    services.set_category_follow(forum["editor"], forum["public"], True)
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="Wie weet het?")
    services.set_thread_follow(forum["moderator"], thread, True)

    answer = services.reply(forum["trekker"], thread, body=f"Ik, en @{forum['participant'].mention_handle} ook.")
    services.reply(forum["participant"], thread, body="Klopt.", reply_to=answer)

    assert kinds(forum["member"]) == {("reply", 2), ("thread", 3)}
    assert kinds(forum["participant"]) == {("mention", 2)}
    assert kinds(forum["trekker"]) == {("reply", 3)}
    assert kinds(forum["moderator"]) == {("thread", 2), ("thread", 3)}
    assert kinds(forum["editor"]) == {("category", 1), ("category", 2), ("category", 3)}
    assert Notification.objects.filter(recipient=forum["trekker"], post=answer).count() == 0  # not for your own


def test_mentions_and_direct_replies_are_mailed_at_once_unless_switched_off(forum):
    NotificationPreference.objects.create(member=forum["participant"], email_mentions=False)
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="Wie weet het?")
    services.reply(forum["trekker"], thread, body=f"Vraag het @{forum['participant'].mention_handle}")

    recipients = [message.to for message in mail.outbox]
    assert recipients == [["lid@elders.example"]]  # the asker gets the reply; the mention was switched off
    message = mail.outbox[0]
    assert message.subject == "[Lerend Netwerk] Trekker " + forum["trekker"].last_name + " reageerde op je in “Vraag”"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]


def test_nobody_outside_a_practice_hears_about_its_closed_space(forum):
    services.set_category_follow(forum["trekker"], forum["space"], True)
    thread = services.start_thread(forum["trekker"], forum["space"], title="Intern", body="Alleen voor ons")
    # A mention of an outsider in a closed space tells them nothing.
    services.reply(forum["participant"], thread, body=f"Zou @{forum['member'].mention_handle} dit weten?")
    assert not Notification.objects.filter(recipient=forum["member"]).exists()
    assert Notification.objects.filter(recipient=forum["trekker"]).exists()


def test_marking_the_answer_tells_its_author(forum):
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="?", is_question=True)
    answer = services.reply(forum["trekker"], thread, body="Zo.")
    services.mark_answer(forum["member"], thread, answer)
    assert ("answer", answer.sequence) in kinds(forum["trekker"])


def test_the_notification_centre_marks_read(client, forum):
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="?")
    services.reply(forum["trekker"], thread, body="Antwoord")
    client.force_login(forum["member"])
    page = client.get(reverse("notifications:centre")).content.decode()
    assert "reageerde op je in “<bdi>Vraag</bdi>”" in page
    assert "data-unread-count>1<" in page.replace(" ", "") or ">1<span" in page
    notification = Notification.objects.get(recipient=forum["member"])
    response = client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert response.url.endswith("#bericht-2")
    notification.refresh_from_db()
    assert not notification.is_unread
    # Someone else's notification cannot be opened (or marked) by id.
    client.force_login(forum["trekker"])
    client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert Notification.objects.get(pk=notification.pk).read_at is not None


def test_the_digest_contains_followed_activity_and_goes_out_once(forum):
    NotificationPreference.objects.create(member=forum["moderator"], digest=DigestFrequency.DAILY)
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="?")
    services.set_thread_follow(forum["moderator"], thread, True)
    services.reply(forum["trekker"], thread, body="Eén")
    services.reply(forum["participant"], thread, body="Twee")
    mail.outbox.clear()

    assert send_digests(DigestFrequency.DAILY) == 1
    assert send_digests(DigestFrequency.DAILY) == 0
    [digest] = mail.outbox
    assert digest.to == ["moderator@instituut.example"]
    assert "2 nieuwe berichten in wat je volgt" in digest.subject
    assert "Vraag (2 nieuwe berichten)" in digest.body
    assert send_digests(DigestFrequency.WEEKLY, now=timezone.now() + timedelta(days=7)) >= 0
    assert len([m for m in mail.outbox if m.to == ["moderator@instituut.example"]]) == 1


def test_read_notifications_stay_out_of_the_digest(forum):
    NotificationPreference.objects.create(member=forum["moderator"], digest=DigestFrequency.WEEKLY)
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="?")
    services.set_thread_follow(forum["moderator"], thread, True)
    services.reply(forum["trekker"], thread, body="Eén")
    mark_read(forum["moderator"])
    mail.outbox.clear()
    assert send_digests(DigestFrequency.WEEKLY) == 0


def test_the_unsubscribe_link_works_with_one_click_and_a_bad_link_changes_nothing(client, forum):
    thread = services.start_thread(forum["member"], forum["public"], title="Vraag", body="?")
    services.reply(forum["trekker"], thread, body="Antwoord")
    link = re.search(r"https?://testserver(/meldingen/afmelden/[^\s]+/)", mail.outbox[0].body).group(1)

    assert "Ja, afmelden" in client.get(link).content.decode()  # looking changes nothing
    assert NotificationPreference.objects.filter(member=forum["member"], email_replies=False).count() == 0
    response = client.post(link, {"List-Unsubscribe": "One-Click"})  # as a mail program does, no session
    assert response.status_code == 200
    assert NotificationPreference.objects.get(member=forum["member"]).email_replies is False
    assert client.post("/meldingen/afmelden/vervalst-teken/").status_code == 400


def test_preferences_are_saved_from_the_form(client, forum):
    client.force_login(forum["member"])
    client.post(reverse("notifications:preferences"), {"email_mentions": "on", "digest": "daily"})
    preference = NotificationPreference.objects.get(member=forum["member"])
    assert (preference.email_mentions, preference.email_replies, preference.digest) == (True, False, "daily")
