"""The forum answers for its own personal data (forum/privacy.py), through its services: the
member's discussions, posts and earlier versions, mentions by others, reactions, follows,
reports and moderation. Posts stay when the member goes; the person does not."""

import pytest

from forum import services
from forum.models import Post, PostRevision, Reaction, Thread, ThreadEvent, ThreadFollow
from lerendnetwerk.personal_data import Export, registered
from privacy.services import delete_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def talk(forum):
    """The participant (Deelnemer) asks; another member replies mentioning her; she answers
    that reply mentioning him, and edits her answer."""
    asker, other = forum["participant"], forum["member"]
    thread = services.start_thread(asker, forum["public"], title="Hoe begin je?", body="Wie weet het?")
    opening = thread.posts.get()
    his = services.reply(other, thread, body=f"Vraag het @{asker.mention_handle}.", reply_to=opening)
    hers = services.reply(asker, thread, body="Eerste versie.", reply_to=his)
    hers = services.edit_post(asker, hers, body=f"Dank je, @{other.mention_handle}!")
    services.toggle_reaction(asker, his, "agree")
    services.report_post(asker, his, "Dit lijkt reclame.")
    return {**forum, "asker": asker, "other": other, "thread": thread, "his": his, "hers": hers}


def test_her_posts_are_exported_with_earlier_versions_and_without_other_members_handles(talk):
    asker, export = talk["asker"], Export(talk["asker"])

    (thread,) = registered("forum_threads").export(asker, export)
    posts = registered("forum_posts").export(asker, export)
    (reaction,) = registered("forum_reactions").export(asker, export)
    follows = registered("forum_follows").export(asker, export)
    (report,) = registered("forum_reports").export(asker, export)

    assert thread["title"] == "Hoe begin je?" and thread["url"].startswith("http://testserver/forum/")
    assert [post["text"] for post in posts] == ["Wie weet het?", "Dank je, @lid!"]
    assert posts[1]["earlier_versions"][0]["text"] == "Eerste versie."
    assert posts[1]["in_reply_to_post_number"] == talk["his"].sequence
    assert reaction["reaction"] == "Eens" and report["reason"] == "Dit lijkt reclame."
    assert [follow["title"] for follow in follows["discussions"]] == ["Hoe begin je?"]


def test_deleting_keeps_her_posts_without_her_name_anywhere_in_the_forum(talk):
    asker, name = talk["asker"], talk["asker"].get_full_name()
    assert ThreadEvent.objects.filter(payload__html__icontains=name).exists()  # the control

    delete_account(asker)

    assert not Post.objects.filter(author=asker).exists() and Post.objects.filter(pk=talk["hers"].pk).exists()
    assert Thread.objects.get(pk=talk["thread"].pk).author is None
    assert not PostRevision.objects.filter(post=talk["hers"]).exists()
    his = Post.objects.get(pk=talk["his"].pk)
    assert his.body_markdown == "Vraag het @Voormalig lid."
    assert name not in his.body_html and asker.mention_handle not in his.body_html
    assert not Post.mentions.through.objects.filter(member=asker).exists()
    for event in ThreadEvent.objects.filter(thread=talk["thread"]):
        assert name not in str(event.payload)
    renderings = ThreadEvent.objects.filter(post=talk["hers"], payload__has_key="html")
    assert renderings and all("Voormalig lid" in event.payload["html"] for event in renderings)
    assert Reaction.objects.filter(member=asker).exists()  # counts on his post; the placeholder names nobody
    assert not ThreadFollow.objects.filter(member=asker).exists()
