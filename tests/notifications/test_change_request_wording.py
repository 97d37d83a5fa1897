"""An editor's "Request changes" on an experience reaches its author as a request, never as
a rejection, and always with the editor's message: in the bell, the notification centre,
the mail (only ours: Wagtail's own "rejected" notice is not sent to a member) and the
digest."""

import re

from django.core import mail
from django.urls import reverse

from notifications.models import DigestFrequency, NotificationPreference
from notifications.services import send_digests
from practices import services as practices

MESSAGE = "Kun je de naam van de bewoner weglaten?"
REJECTION_WORDS = re.compile(r"afgewezen|afwijz|geweigerd|rejected|declined", re.IGNORECASE)


def request_changes(forum, capture):
    with capture(execute=True):
        experience = practices.share_experience(
            forum["trekker"], forum["practice"], title="Aan de keukentafel", body="Wat we leerden.", themes=[]
        )
        mail.outbox.clear()
        practices.request_changes(forum["editor"], experience, MESSAGE)
    return experience


def test_the_mail_asks_for_a_change_with_the_message_and_is_the_only_one(forum, django_capture_on_commit_callbacks):
    request_changes(forum, django_capture_on_commit_callbacks)

    [message] = [m for m in mail.outbox if m.to == [forum["trekker"].email]]
    text = message.subject + "\n" + message.body
    assert "vraagt" in message.subject and MESSAGE in message.body
    assert not REJECTION_WORDS.search(text), text


def test_the_centre_and_my_experiences_say_it_is_a_request_with_the_message(
    client, forum, django_capture_on_commit_callbacks
):
    request_changes(forum, django_capture_on_commit_callbacks)
    client.force_login(forum["trekker"])

    centre = client.get(reverse("notifications:centre")).content.decode()
    mine = client.get(reverse("practices:my_experiences")).content.decode()
    for page in (centre, mine):
        assert MESSAGE in page
        assert not REJECTION_WORDS.search(page)
    assert "De redactie vraagt een aanpassing in je ervaring “<bdi>Aan de keukentafel</bdi>”" in centre


def test_the_digest_says_it_is_a_request_with_the_message(forum, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(
        member=forum["trekker"], email_contributions=False, digest=DigestFrequency.DAILY
    )
    request_changes(forum, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        send_digests(DigestFrequency.DAILY)

    [digest] = [m for m in mail.outbox if m.to == [forum["trekker"].email]]
    assert "vraagt een aanpassing" in digest.body and MESSAGE in digest.body
    assert not REJECTION_WORDS.search(digest.body)
