"""The words of a discussion (forum.models.ThreadWords) are kept by PostgreSQL's triggers
(forum/migrations/0004_thread_words.py) through every way a post or title changes, also
those that pass no service: bulk inserts, removal from the table, the admin's save."""

import pytest
from django.db import connection

from forum import services
from forum.models import Category, Post, Thread, ThreadWords
from members.roles import Role
from tests.factories import MemberFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="The discussions' words are PostgreSQL's full-text vectors"
)


def has(thread, word):
    """Whether the discussion's words hold `word` (as PostgreSQL stems it in Dutch)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT words @@ plainto_tsquery('dutch', %s) FROM forum_threadwords WHERE thread_id = %s",
            [word, thread.pk],
        )
        return cursor.fetchone()[0]


def found(text):
    return set(Thread.objects.matching(text).values_list("title", flat=True))


@pytest.fixture
def author(db):
    return MemberFactory(roles=[Role.EDITOR])


@pytest.fixture
def thread(author):
    category = Category.objects.create(name="Toegang", slug="toegang-woorden")
    return services.start_thread(author, category, title="Overleg wijkteam", body="Hoe regelen jullie de voordeur?")


def test_a_new_discussion_has_the_words_of_its_title_and_opening_post(thread):
    assert all(has(thread, word) for word in ("overleg", "wijkteam", "voordeur"))


def test_a_reply_adds_its_words_and_an_edit_replaces_them(thread, author):
    reply = services.reply(author, thread, body="Wij werken met een schuldhulpmaatje.")
    assert has(thread, "schuldhulpmaatje")

    services.edit_post(author, reply, body="Wij werken met een budgetcoach.")
    assert not has(thread, "schuldhulpmaatje")
    assert has(thread, "budgetcoach")
    assert has(thread, "voordeur")  # the other posts' words stay


def test_hidden_deleted_and_shown_again_posts(thread, author):
    reply = services.reply(author, thread, body="Bel de ouderenconsulent.")
    moderator = MemberFactory(roles=[Role.MODERATOR])
    services.set_post_hidden(moderator, reply, True, reason="Off-topic")
    assert not has(thread, "ouderenconsulent")
    services.set_post_hidden(moderator, reply, False)
    assert has(thread, "ouderenconsulent")
    services.delete_post(author, reply)
    assert not has(thread, "ouderenconsulent")


def test_bulk_inserted_posts_and_posts_removed_from_the_table(thread, author):
    Post.objects.bulk_create(
        [
            Post(thread=thread, sequence=10, author=author, body_markdown="Over de kringloopwinkel.", body_html=""),
            Post(thread=thread, sequence=11, author=author, body_markdown="Verborgen taalmaatje.", is_hidden=True),
        ]
    )
    assert has(thread, "kringloopwinkel")
    assert not has(thread, "taalmaatje")

    Post.objects.filter(thread=thread, sequence=10).delete()
    assert not has(thread, "kringloopwinkel")
    assert has(thread, "voordeur")


def test_a_changed_title_and_a_post_moved_to_another_discussion(thread, author):
    Thread.objects.filter(pk=thread.pk).update(title="Samenwerking met de huisarts")
    assert has(thread, "huisarts")
    assert not has(thread, "wijkteam")

    other = services.start_thread(author, thread.category, title="Andere vraag", body="Iets anders.")
    reply = services.reply(author, thread, body="Het jongerenloket helpt.")
    Post.objects.filter(pk=reply.pk).update(thread=other, sequence=99)
    assert not has(thread, "jongerenloket")
    assert has(other, "jongerenloket")
    assert found("jongerenloket") == {"Andere vraag"}


def test_words_of_an_erased_members_mention_are_counted_again(thread, author):
    """Erasure rewrites posts that mention the member without a service (forum.privacy):
    the name's words leave the discussion's words too."""
    from privacy.services import delete_account

    named = MemberFactory(first_name="Wilhelmina", last_name="Zonnebloem")
    services.reply(author, thread, body=f"Vraag het @{named.mention_handle}.")
    assert has(thread, "zonnebloem")
    delete_account(named)
    assert not has(thread, "zonnebloem")


def test_a_discussion_too_long_for_word_positions_still_takes_new_words(thread, author):
    """A tsvector may not pass 1 MB. A discussion whose words would (here 60 posts of 1,800
    different words: 1.7 MB with positions) keeps its words without positions, up to the
    limit, instead of refusing the post (which would fail the reply)."""
    import random

    rng = random.Random(15)

    def nonsense(count):
        syllables = [consonant + vowel for consonant in "bdfgklmnprstvz" for vowel in "aeiou"]
        return " ".join("".join(rng.choice(syllables) for _ in range(4)) for _ in range(count))

    bodies = [nonsense(1800) for _ in range(60)]
    Post.objects.bulk_create(
        [
            Post(thread=thread, sequence=10 + number, author=author, body_markdown=body, body_html="")
            for number, body in enumerate(bodies)
        ]
    )
    services.reply(author, thread, body="Tot slot: de schuldhulpmaatjes.")

    assert has(thread, "schuldhulpmaatjes")
    assert has(thread, bodies[0].split()[0])
    assert found("schuldhulpmaatjes") == {thread.title}
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_column_size(words) FROM forum_threadwords WHERE thread_id = %s", [thread.pk])
        assert cursor.fetchone()[0] < 1_000_000


def test_the_words_row_goes_with_its_discussion(thread):
    thread.delete()
    assert not ThreadWords.objects.filter(thread_id=thread.pk).exists()
