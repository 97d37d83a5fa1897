import pytest
from django.core.exceptions import PermissionDenied

from forum import services
from forum.models import MAX_REPLY_DEPTH, Category, ModerationAction, Post, PostReport, ThreadEvent, ThreadFollow
from practices.models import PracticeMembership
from tests import pages


def start(forum, author="member", category="public", **kwargs):
    return services.start_thread(
        forum[author], forum[category], title=kwargs.pop("title", "Hoe doen jullie dat?"), body="Vraag.", **kwargs
    )


def test_every_change_takes_the_next_sequence_number(forum):
    thread = start(forum)
    first = services.reply(forum["trekker"], thread, body="Eerste")
    services.toggle_reaction(forum["member"], first, "useful")
    services.edit_post(forum["trekker"], first, body="Eerste, aangepast")
    second = services.reply(forum["member"], thread, body="Tweede")
    thread.refresh_from_db()

    assert [post.sequence for post in Post.objects.filter(thread=thread)] == [1, 2, 5]
    assert list(ThreadEvent.objects.filter(thread=thread).values_list("sequence", "kind")) == [
        (1, "post"), (2, "post"), (3, "reactions"), (4, "update"), (5, "post"),
    ]  # fmt: skip
    assert thread.last_sequence == 5
    assert thread.post_count == 3
    assert second.sequence == 5


def test_replies_nest_to_a_bounded_depth_and_keep_what_they_answer(forum):
    thread = start(forum)
    post = services.reply(forum["trekker"], thread, body="niveau 0")
    chain = [post]
    for level in range(1, MAX_REPLY_DEPTH + 3):
        chain.append(services.reply(forum["member"], thread, body=f"niveau {level}", reply_to=chain[-1]))
    deepest = chain[-1]
    assert max(p.depth for p in chain) == MAX_REPLY_DEPTH
    assert deepest.depth == MAX_REPLY_DEPTH
    assert deepest.reply_to == chain[-2]
    assert deepest.parent == chain[MAX_REPLY_DEPTH - 1]
    assert all(p.root == chain[0] for p in chain[1:])


def test_replying_to_the_opening_post_is_replying_to_the_thread(forum):
    thread = start(forum)
    opening = Post.objects.get(thread=thread, is_opening=True)
    reply = services.reply(forum["trekker"], thread, body="Antwoord", reply_to=opening)
    assert (reply.parent, reply.depth, reply.reply_to) == (None, 0, None)


def test_starting_and_replying_follow_the_thread(forum):
    thread = start(forum)
    services.reply(forum["trekker"], thread, body="Ik volg nu ook")
    assert set(ThreadFollow.objects.filter(thread=thread).values_list("member__first_name", flat=True)) == {
        "Lid", "Trekker",
    }  # fmt: skip


def test_editing_keeps_the_history_and_only_the_author_may(forum):
    thread = start(forum)
    post = services.reply(forum["trekker"], thread, body="Versie 1")
    services.edit_post(forum["trekker"], post, body="Versie 2")
    services.edit_post(forum["trekker"], post, body="Versie 3")
    post.refresh_from_db()
    assert post.body_markdown == "Versie 3"
    assert [revision.body_markdown for revision in post.revisions.all()] == ["Versie 2", "Versie 1"]
    with pytest.raises(PermissionDenied):
        services.edit_post(forum["moderator"], post, body="Overgenomen")


def test_deleting_removes_the_text_and_history_but_keeps_the_place(forum):
    thread = start(forum)
    post = services.reply(forum["trekker"], thread, body="Oeps, vertrouwelijk")
    services.edit_post(forum["trekker"], post, body="Nog steeds vertrouwelijk")
    child = services.reply(forum["member"], thread, body="Reactie", reply_to=post)
    services.delete_post(forum["trekker"], post)
    post.refresh_from_db()
    assert post.is_deleted and post.body_markdown == "" and post.body_html == ""
    assert not post.revisions.exists()
    assert child.parent == post
    with pytest.raises(PermissionDenied):
        services.delete_post(forum["member"], child.parent)


def test_reactions_toggle(forum):
    thread = start(forum)
    post = services.reply(forum["trekker"], thread, body="Tip")
    assert services.toggle_reaction(forum["member"], post, "useful") is True
    assert services.toggle_reaction(forum["participant"], post, "useful") is True
    assert services.toggle_reaction(forum["member"], post, "useful") is False
    assert services.reaction_counts([post.pk]) == {post.pk: {"useful": 1}}
    with pytest.raises(PermissionDenied):
        services.toggle_reaction(forum["member"], post, "boos")


def test_only_the_asker_or_a_moderator_marks_the_answer(forum):
    thread = start(forum, is_question=True)
    answer = services.reply(forum["trekker"], thread, body="Zo doen wij het")
    with pytest.raises(PermissionDenied):
        services.mark_answer(forum["trekker"], thread, answer)
    services.mark_answer(forum["member"], thread, answer)
    thread.refresh_from_db()
    assert thread.answer == answer
    services.mark_answer(forum["moderator"], thread, None)
    thread.refresh_from_db()
    assert thread.answer is None
    not_a_question = start(forum, title="Mededeling")
    with pytest.raises(PermissionDenied):
        services.mark_answer(
            forum["member"], not_a_question, services.reply(forum["trekker"], not_a_question, body="x")
        )


def test_closed_spaces_are_for_practice_members_and_staff_only(forum):
    thread = start(forum, author="trekker", category="space")
    services.reply(forum["participant"], thread, body="Ik ook")
    services.reply(forum["moderator"], thread, body="Vanuit het instituut")
    with pytest.raises(PermissionDenied):
        services.reply(forum["member"], thread, body="Ik mag hier niet zijn")
    with pytest.raises(PermissionDenied):
        services.start_thread(forum["member"], forum["space"], title="x", body="y")


def test_a_locked_thread_takes_no_new_posts(forum):
    thread = start(forum)
    services.moderate_thread(forum["moderator"], thread, locked=True)
    with pytest.raises(services.ThreadLocked):
        services.reply(forum["member"], thread, body="Nog één ding")


def test_moderation_is_logged_with_who_and_what(forum):
    thread = start(forum)
    post = services.reply(forum["member"], thread, body="Ongepast")
    report = services.report_post(forum["trekker"], post, "Persoonlijke aanval")
    other = Category.objects.create(name="Algemeen", slug="algemeen")
    services.set_post_hidden(forum["moderator"], post, True, reason="Persoonlijke aanval")
    services.moderate_thread(forum["moderator"], thread, locked=True, pinned=True, category=other)
    services.set_post_hidden(forum["moderator"], post, False)

    actions = list(ModerationAction.objects.order_by("pk").values_list("kind", "actor__first_name", "detail"))
    assert actions == [
        ("hide", "Moderator", "Persoonlijke aanval"),
        ("lock", "Moderator", ""),
        ("pin", "Moderator", ""),
        ("move", "Moderator", "Toegang → Algemeen"),
        ("restore", "Moderator", ""),
    ]
    report.refresh_from_db()
    assert report.resolved_by == forum["moderator"] and not report.is_open
    with pytest.raises(PermissionDenied):
        services.set_post_hidden(forum["member"], post, True)
    with pytest.raises(PermissionDenied):
        services.moderate_thread(forum["trekker"], thread, locked=False)


def test_dismissing_a_report_keeps_the_post(forum):
    thread = start(forum)
    post = services.reply(forum["member"], thread, body="Scherp maar netjes")
    report = services.report_post(forum["trekker"], post, "Te scherp")
    services.dismiss_report(forum["moderator"], report)
    post.refresh_from_db()
    assert not post.is_hidden
    assert not PostReport.objects.get().is_open


def test_publishing_a_practice_gives_it_a_closed_space(db):
    practice = pages.practice("Nieuwe praktijk")
    space = Category.objects.get(practice=practice)
    assert space.is_closed
    assert space.name == "Nieuwe praktijk"
    practice.save_revision().publish()
    assert Category.objects.filter(practice=practice).count() == 1


def test_leaving_a_practice_ends_access_to_its_space(forum):
    thread = start(forum, author="trekker", category="space")
    PracticeMembership.objects.filter(member=forum["participant"]).delete()
    with pytest.raises(PermissionDenied):
        services.reply(forum["participant"], thread, body="Nog even")
