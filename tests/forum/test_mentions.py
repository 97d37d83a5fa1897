"""Mentions: who can be mentioned is the member directory's rule, and what people read
shows the mentioned member's name, never the technical handle (forum/mentions.py)."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from forum import services
from forum.models import Post
from members.models import MemberProfile
from notifications.models import Notification
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


def thread_in(forum):
    return services.start_thread(forum["member"], forum["public"], title="Wie weet het?", body="Vraag aan het netwerk.")


def reply_and_notify(forum, thread, body, capture, **kwargs):
    """A reply by the trekker, with its notifications and mails (made after commit)."""
    with capture(execute=True):
        return services.reply(forum["trekker"], thread, body=body, **kwargs)


def make_unverified(member):
    EmailAddress.objects.filter(user=member).update(verified=False)


def deactivate(member):
    member.is_active = False
    member.save()


def remove_profile(member):
    MemberProfile.objects.filter(member=member).delete()


HIDDEN_FROM_THE_DIRECTORY = {
    "unverified account": make_unverified,
    "profile not in the directory": remove_profile,
    "deactivated account": deactivate,
}


@pytest.mark.parametrize("hide", HIDDEN_FROM_THE_DIRECTORY.values(), ids=HIDDEN_FROM_THE_DIRECTORY.keys())
def test_a_member_the_directory_does_not_show_is_not_mentioned_nor_told(
    forum, hide, django_capture_on_commit_callbacks
):
    hidden = MemberFactory(first_name="Verborgen", last_name="Lid", email="verborgen@gemeente.example")
    shown = MemberFactory(first_name="Zichtbaar", last_name="Lid", email="zichtbaar@gemeente.example")
    hide(hidden)
    thread = thread_in(forum)

    body = f"Vraag @{hidden.mention_handle} en @{shown.mention_handle}."
    post = reply_and_notify(forum, thread, body, django_capture_on_commit_callbacks)

    assert list(post.mentions.all()) == [shown]
    assert f"@{hidden.mention_handle}" in post.body_html  # plain text, as typed
    assert f"/leden/{hidden.pk}/" not in post.body_html
    assert "Verborgen" not in post.body_html
    assert f'<a href="/leden/{shown.pk}/" rel="nofollow ugc noopener">@Zichtbaar Lid</a>' in post.body_html
    assert not Notification.objects.filter(recipient=hidden).exists()
    assert Notification.objects.filter(recipient=shown, kind="mention").exists()
    assert [message.to for message in mail.outbox if "noemde je" in message.subject] == [[shown.email]]


@pytest.mark.parametrize("hide", HIDDEN_FROM_THE_DIRECTORY.values(), ids=HIDDEN_FROM_THE_DIRECTORY.keys())
def test_the_suggestions_offer_only_members_the_directory_shows(client, forum, hide):
    hidden = MemberFactory(first_name="Gerda", last_name="Verborgen")
    MemberFactory(first_name="Gerda", last_name="Zichtbaar")
    hide(hidden)
    log_in(client, forum["member"])
    members = client.get(reverse("forum:mentions"), {"q": "gerda"}).json()["members"]
    assert [member["name"] for member in members] == ["Gerda Zichtbaar"]


def test_a_name_chosen_from_the_suggestions_is_stored_as_the_handle_and_shown_as_the_name(forum):
    joost = MemberFactory(first_name="Joost", name_prefix="van der", last_name="Linden")
    thread = thread_in(forum)

    post = services.reply(
        forum["trekker"], thread, body="Vraag het @Joost van der Linden, hij weet het.", mentioned=[joost.pk]
    )

    assert post.body_markdown == f"Vraag het @{joost.mention_handle}, hij weet het."
    assert list(post.mentions.all()) == [joost]
    assert f'<a href="/leden/{joost.pk}/" rel="nofollow ugc noopener">@Joost van der Linden</a>' in post.body_html
    assert joost.mention_handle not in post.body_html


def test_a_chosen_name_that_is_not_in_the_text_or_not_in_the_directory_mentions_nobody(forum):
    joost = MemberFactory(first_name="Joost", last_name="Linden")
    hidden = MemberFactory(first_name="Piet", last_name="Verborgen")
    make_unverified(hidden)
    thread = thread_in(forum)

    post = services.reply(
        forum["trekker"], thread, body="Vraag @Piet Verborgen of @Joost Lindenberg.", mentioned=[joost.pk, hidden.pk]
    )

    assert post.body_markdown == "Vraag @Piet Verborgen of @Joost Lindenberg."
    assert list(post.mentions.all()) == []


def test_replying_with_a_chosen_name_works_through_the_form(client, forum):
    joost = MemberFactory(first_name="Joost", name_prefix="van der", last_name="Linden")
    thread = thread_in(forum)
    log_in(client, forum["trekker"])

    client.post(
        reverse("forum:reply", kwargs={"thread_id": thread.pk}),
        {"body": "Ken je @Joost van der Linden?", "mentioned": [str(joost.pk), "x", "²"]},
    )

    post = Post.objects.get(thread=thread, sequence=2)
    assert post.body_markdown == f"Ken je @{joost.mention_handle}?"
    assert list(post.mentions.all()) == [joost]


def test_the_mail_about_a_mention_quotes_the_names_not_the_handles(forum, django_capture_on_commit_callbacks):
    joost = MemberFactory(first_name="Joost", name_prefix="van der", last_name="Linden", email="joost@gemeente.example")
    thread = thread_in(forum)

    reply_and_notify(
        forum, thread, f"Vraag het @{joost.mention_handle} of @{forum['participant'].mention_handle}.",
        django_capture_on_commit_callbacks,
    )  # fmt: skip

    (message,) = [message for message in mail.outbox if message.to == [joost.email]]
    assert f"Vraag het @Joost van der Linden of @{forum['participant'].get_full_name()}." in message.body
    assert joost.mention_handle not in message.body
    (to_the_asker,) = [message for message in mail.outbox if message.to == [forum["member"].email]]
    assert "Vraag het @Joost van der Linden" in to_the_asker.body  # the reply mail quotes alike
    assert joost.mention_handle not in to_the_asker.body


def test_editing_shows_names_and_keeps_the_mentions(client, forum):
    joost = MemberFactory(first_name="Joost", name_prefix="van der", last_name="Linden")
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body=f"Vraag het @{joost.mention_handle}.")
    log_in(client, forum["trekker"])
    url = reverse("forum:post_edit", kwargs={"post_id": post.pk})

    page = client.get(url).content.decode()
    assert ">\nVraag het @Joost van der Linden.</textarea>" in page
    assert f'<input type="hidden" name="mentioned" value="{joost.pk}"' in page
    assert joost.mention_handle not in page

    client.post(url, {"body": "Vraag het @Joost van der Linden, echt.", "mentioned": [str(joost.pk)]})
    post.refresh_from_db()
    assert post.body_markdown == f"Vraag het @{joost.mention_handle}, echt."
    assert "@Joost van der Linden</a>, echt." in post.body_html


def test_quoting_a_post_shows_the_names(client, forum):
    joost = MemberFactory(first_name="Joost", name_prefix="van der", last_name="Linden")
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body=f"Vraag het @{joost.mention_handle}.")
    log_in(client, forum["member"])
    page = client.get(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"op": post.pk, "citeer": "1"})
    assert "&gt; Vraag het @Joost van der Linden." in page.content.decode()
    assert joost.mention_handle not in page.content.decode()


@pytest.mark.parametrize("query", ["\u202e\x00x", "\x00", "ge\x00rda"])
def test_the_suggestions_refuse_a_nul_character_without_an_error(client, forum, query):
    log_in(client, forum["member"])
    response = client.get(reverse("forum:mentions"), {"q": query})
    assert response.status_code == 400
    assert response.json()["members"] == []
    assert response.json()["error"] == "Op die tekens kun je niet zoeken: typ een deel van een naam."
