"""Notifications about what a member shared: the editors' review of their experience, reactions
to their posts, a post a moderator hid. Each reaches the right member (never for their own
action), shows in the bell and the notification centre, and is mailed at once or left for the
digest as the member chose."""

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import escape

from forum import services as forum_services
from notifications.models import DigestFrequency, Notification, NotificationKind, NotificationPreference
from notifications.services import count_group, mark_read, send_digests
from practices import services as practices

REQUEST = "Mooi stuk! Kun je nog één zin toevoegen over wat de bewoner ervan vond?"


@pytest.fixture
def experience(forum, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return practices.share_experience(
            forum["trekker"], forum["practice"], title="De eerste maand", body="Wat we leerden.", themes=[]
        )


@pytest.fixture
def thread(forum, django_capture_on_commit_callbacks):
    """A discussion opened by the trekker; the notifications of opening it are not the point."""
    with django_capture_on_commit_callbacks(execute=True):
        thread = forum_services.start_thread(forum["trekker"], forum["public"], title="Vraag", body="Wie weet het?")
    Notification.objects.all().delete()
    mail.outbox.clear()
    return thread


def notifications_of(member):
    return list(Notification.objects.filter(recipient=member))


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


# The editors' review of an experience


def test_a_request_for_changes_tells_the_author_with_the_editors_message_in_the_bell_and_by_mail(
    client, forum, experience, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        practices.request_changes(forum["editor"], experience, REQUEST)

    [notification] = notifications_of(forum["trekker"])
    assert notification.kind == NotificationKind.CHANGES_REQUESTED
    assert (notification.message, notification.actor, notification.experience) == (
        REQUEST,
        forum["editor"],
        experience,
    )
    assert notifications_of(forum["editor"]) == []
    [message] = mails_to("trekker@zwolle.example")
    assert message.subject == "[Lerend Netwerk] De redactie vraagt een aanpassing in je ervaring “De eerste maand”"
    assert "Bericht van de redactie:\n" + REQUEST in message.body
    assert "http://testserver/mijn-ervaringen/" in message.body
    assert "afgewezen" not in message.body.lower()
    assert "/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]
    notification.refresh_from_db()
    assert notification.emailed_at is not None  # so it stays out of the digest

    client.force_login(forum["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "De redactie vraagt een aanpassing in je ervaring “<bdi>De eerste maand</bdi>”" in centre
    assert "Bericht van de redactie:</span> " + REQUEST in centre
    response = client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert response.url == reverse("practices:my_experiences")


def test_a_published_experience_tells_the_author_with_a_link_to_the_public_page(
    client, forum, experience, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        practices.approve_experience(forum["editor"], experience)
    experience.refresh_from_db()

    [notification] = notifications_of(forum["trekker"])
    assert (notification.kind, notification.experience) == (NotificationKind.EXPERIENCE_PUBLISHED, experience)
    [message] = mails_to("trekker@zwolle.example")
    assert message.subject == "[Lerend Netwerk] Je ervaring “De eerste maand” is gepubliceerd"
    assert "http://testserver" + experience.url in message.body

    client.force_login(forum["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "Je ervaring “<bdi>De eerste maand</bdi>” is gepubliceerd" in centre
    response = client.get(reverse("notifications:open", kwargs={"notification_id": notification.pk}))
    assert response.url == experience.url


def test_the_review_outcome_waits_for_the_digest_when_the_member_wants_no_mail_at_once(
    forum, experience, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(
        member=forum["trekker"], email_contributions=False, digest=DigestFrequency.DAILY
    )
    with django_capture_on_commit_callbacks(execute=True):
        practices.request_changes(forum["editor"], experience, REQUEST)

    assert [n.kind for n in notifications_of(forum["trekker"])] == [NotificationKind.CHANGES_REQUESTED]
    assert mails_to("trekker@zwolle.example") == []
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(DigestFrequency.DAILY) == 1
    [digest] = mails_to("trekker@zwolle.example")
    assert digest.subject == "[Lerend Netwerk] Nieuws over wat je deelde"
    assert "De redactie vraagt een aanpassing in je ervaring “De eerste maand”" in digest.body
    assert "Bericht van de redactie: " + REQUEST in digest.body
    assert "http://testserver/mijn-ervaringen/" in digest.body


def test_an_editor_reviewing_their_own_experience_is_not_notified(forum, django_capture_on_commit_callbacks):
    editor = forum["editor"]
    with django_capture_on_commit_callbacks(execute=True):
        own = practices.share_experience(editor, forum["practice"], title="Van de redactie", body="Tekst.", themes=[])
        practices.approve_experience(editor, own)
    assert notifications_of(editor) == []
    assert mails_to(editor.email) == []


def test_only_an_editor_who_may_review_can_request_changes(forum, experience):
    with pytest.raises(PermissionDenied):
        practices.request_changes(forum["participant"], experience, REQUEST)
    assert notifications_of(forum["trekker"]) == []


# Reactions


def test_a_reaction_tells_the_author_once_and_gathers_the_reactions_of_others(
    forum, thread, django_capture_on_commit_callbacks
):
    opening = thread.posts.get()
    layer = get_channel_layer()
    bell = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(count_group(forum["trekker"].pk), bell)

    with django_capture_on_commit_callbacks(execute=True):
        forum_services.toggle_reaction(forum["trekker"], opening, "useful")  # their own post: nothing
        forum_services.toggle_reaction(forum["member"], opening, "useful")
    assert async_to_sync(layer.receive)(bell) == {"type": "notification.count", "unread": 1}  # live
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.toggle_reaction(forum["member"], opening, "useful")  # taken back …
        forum_services.toggle_reaction(forum["member"], opening, "useful")  # … and given again
        forum_services.toggle_reaction(forum["participant"], opening, "agree")
        forum_services.toggle_reaction(forum["moderator"], opening, "agree")

    [notification] = notifications_of(forum["trekker"])
    assert notification.kind == NotificationKind.REACTION
    assert notification.post == opening and notification.actor == forum["moderator"]
    assert notification.reactions == [
        [forum["member"].pk, "useful"],
        [forum["participant"].pk, "agree"],
        [forum["moderator"].pk, "agree"],
    ]
    assert notifications_of(forum["member"]) == []
    assert mails_to("trekker@zwolle.example") == []  # reactions wait for the digest

    # Read: a reaction of someone new is news again, one told before is not.
    mark_read(forum["trekker"])
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.toggle_reaction(forum["member"], opening, "useful")
        forum_services.toggle_reaction(forum["member"], opening, "useful")
        forum_services.toggle_reaction(forum["editor"], opening, "useful")
    unread = Notification.objects.get(recipient=forum["trekker"], read_at__isnull=True)
    assert (unread.actor, unread.reactions) == (forum["editor"], [[forum["editor"].pk, "useful"]])


def test_reactions_read_in_dutch_in_the_centre_without_a_query_per_notification(
    client, forum, thread, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    opening = thread.posts.get()
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.toggle_reaction(forum["member"], opening, "useful")
    client.force_login(forum["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    member = escape(forum["member"].get_full_name())
    assert f"<bdi>{member}</bdi> reageerde met ‘Nuttig’ op je bericht in “<bdi>Vraag</bdi>”" in centre

    with django_capture_on_commit_callbacks(execute=True):
        forum_services.toggle_reaction(forum["participant"], opening, "agree")
        forum_services.toggle_reaction(forum["moderator"], opening, "agree")
    centre = client.get(reverse("notifications:centre")).content.decode()
    moderator = escape(forum["moderator"].get_full_name())
    assert f"<bdi>{moderator}</bdi> (Eens) en 2 anderen reageerden op je bericht in “<bdi>Vraag</bdi>”" in centre

    # More notifications of every kind, the same number of queries.
    with django_capture_on_commit_callbacks(execute=True):
        own = practices.share_experience(forum["trekker"], forum["practice"], title="Eén", body="Tekst.", themes=[])
        practices.request_changes(forum["editor"], own, REQUEST)
        answer = forum_services.reply(forum["member"], thread, body="Zo doen wij het.")
        forum_services.toggle_reaction(forum["trekker"], answer, "useful")
    client.get(reverse("notifications:centre"))  # the bell's count, remembered (notifications.unread)
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("notifications:centre"))
    most = len(few.captured_queries)  # now: the next request empties the query log
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.set_post_hidden(forum["moderator"], opening, True, reason="Buiten het onderwerp")
        second = practices.share_experience(forum["trekker"], forum["practice"], title="Twee", body="Tekst.", themes=[])
        practices.approve_experience(forum["editor"], second)
    client.get(reverse("notifications:centre"))
    with django_assert_max_num_queries(most):
        client.get(reverse("notifications:centre"))


# A post hidden by a moderator


def test_a_hidden_post_tells_its_author_politely_with_the_reason(
    client, forum, thread, django_capture_on_commit_callbacks
):
    opening = thread.posts.get()
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.set_post_hidden(forum["moderator"], opening, True, reason="Een bewoner is herkenbaar.")

    [notification] = notifications_of(forum["trekker"])
    assert (notification.kind, notification.post, notification.message) == (
        NotificationKind.POST_HIDDEN,
        opening,
        "Een bewoner is herkenbaar.",
    )
    [message] = mails_to("trekker@zwolle.example")
    assert message.subject == "[Lerend Netwerk] Een moderator heeft je bericht in “Vraag” verborgen"
    assert "Toelichting van de moderator:\nEen bewoner is herkenbaar." in message.body
    assert "http://testserver" + opening.get_absolute_url() in message.body

    client.force_login(forum["trekker"])
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert "Een moderator heeft je bericht in “<bdi>Vraag</bdi>” verborgen. Andere leden zien het niet meer." in centre
    assert "Toelichting van de moderator:</span> Een bewoner is herkenbaar." in centre

    # Showing it again, or hiding one's own post, tells nobody anything.
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.set_post_hidden(forum["moderator"], opening, False)
        own = forum_services.reply(forum["moderator"], thread, body="Even opgeruimd.")
        forum_services.set_post_hidden(forum["moderator"], own, True)
    assert len(notifications_of(forum["trekker"])) == 1
    assert Notification.objects.filter(recipient=forum["moderator"], kind=NotificationKind.POST_HIDDEN).count() == 0


def test_a_hidden_post_without_a_reason_and_without_mail_at_once(forum, thread, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(member=forum["trekker"], email_contributions=False)
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.set_post_hidden(forum["moderator"], thread.posts.get(), True)
    [notification] = notifications_of(forum["trekker"])
    assert (notification.kind, notification.message, notification.emailed_at) == (
        NotificationKind.POST_HIDDEN,
        "",
        None,
    )
    assert mails_to("trekker@zwolle.example") == []


def test_the_setting_for_mail_about_what_i_shared_is_on_the_form_and_has_a_one_click_unsubscribe(
    client, forum, experience, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        practices.request_changes(forum["editor"], experience, REQUEST)
    [message] = mails_to("trekker@zwolle.example")
    link = message.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    client.post(link, {"List-Unsubscribe": "One-Click"})
    preference = NotificationPreference.objects.get(member=forum["trekker"])
    assert (preference.email_contributions, preference.email_mentions, preference.email_replies) == (False, True, True)

    client.force_login(forum["trekker"])
    form = client.get(reverse("notifications:preferences")).content.decode()
    assert "Mail me meteen over wat de redactie en moderatoren doen met wat ik deelde" in form
    client.post(reverse("notifications:preferences"), {"email_contributions": "on", "digest": "weekly"})
    assert NotificationPreference.objects.get(member=forum["trekker"]).email_contributions is True


@pytest.mark.django_db
def test_a_message_without_a_speaker_is_shown_without_a_label(client):
    """A new meeting in your network carries the meeting's title as its message: it is not
    labelled as someone's explanation (only the kinds that carry one are)."""
    from tests.factories import MemberFactory

    member = MemberFactory()
    Notification.objects.create(recipient=member, kind=NotificationKind.NETWORK_MEETING, message="Casusoverleg toegang")
    client.force_login(member)
    centre = client.get(reverse("notifications:centre")).content.decode()
    assert '<p class="ln-notification__message">Casusoverleg toegang</p>' in centre
    assert "Toelichting van de moderator" not in centre
