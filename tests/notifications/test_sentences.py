"""What a notification says (notifications/sentences.py): a Dutch sentence for every kind,
names and titles escaped and isolated in the centre, plain in the digest, and the label
before a message that came with it."""

import pytest
from django.utils import translation

from events.models import EventMessage, EventPage
from forum.models import Thread
from knowledge.models import Lesson
from members.models import Member
from networks.models import LearningNetwork
from notifications import sentences
from notifications.models import Notification, NotificationKind
from practices.models import ExperienceReport, LearningPractice

pytestmark = pytest.mark.django_db  # a page built in memory reads its default locale

RTL_OVERRIDE = "\u202e"
TITLE = f"<b>Samen</b> {RTL_OVERRIDE}sterk"


def notification(kind, **fields):
    """A notification in memory about objects that all carry TITLE (no database needed)."""
    return Notification(
        kind=kind,
        actor=Member(pk=7, first_name="Fatima", last_name="El Amrani"),
        thread=Thread(pk=1, title=TITLE),
        experience=ExperienceReport(pk=2, title=TITLE),
        practice=LearningPractice(pk=3, title=TITLE),
        lesson=Lesson(pk=4, title=TITLE),
        network=LearningNetwork(pk=5, title=TITLE),
        event=EventPage(pk=6, title=TITLE),
        event_message=EventMessage(pk=8, subject="Parkeren"),
        message=TITLE,
        **fields,
    )


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


def test_every_kind_has_a_dutch_sentence_with_its_title_isolated_and_escaped():
    assert set(sentences.SENTENCES) == set(NotificationKind)
    for kind in NotificationKind:
        html = str(sentences.sentence_html(notification(kind)))
        assert "<bdi>&lt;b&gt;Samen&lt;/b&gt; sterk</bdi>" in html, kind
        assert RTL_OVERRIDE not in html and "<b>" not in html, kind
        # Translated: none of the English sentence is left.
        assert not any(word in html for word in (" your ", " the ", " you ")), (kind, html)


def test_the_digest_gets_the_same_sentence_as_plain_text():
    for kind in NotificationKind:
        text = sentences.sentence_text(notification(kind))
        assert "<b>Samen</b> sterk" in text and "<bdi>" not in text and RTL_OVERRIDE not in text, kind
    assert sentences.sentence_text(notification(NotificationKind.MENTION)) == (
        "Fatima El Amrani noemde je in “<b>Samen</b> sterk”"
    )


def test_a_name_is_isolated_and_someone_stands_in_for_an_erased_member():
    mention = notification(NotificationKind.MENTION)
    assert str(sentences.sentence_html(mention)).startswith("<bdi>Fatima El Amrani</bdi> ")
    mention.actor = None
    assert sentences.sentence_text(mention).startswith("Iemand ")


def test_reactions_say_who_else_reacted_in_the_sites_own_words():
    reaction = notification(NotificationKind.REACTION, reactions=[[7, "useful"]])
    assert str(sentences.sentence_html(reaction)).startswith(
        "<bdi>Fatima El Amrani</bdi> reageerde met ‘Nuttig’ op je bericht in “<bdi>"
    )
    reaction.reactions = [[9, "agree"], [10, "agree"], [7, "useful"]]
    assert sentences.sentence_text(reaction).startswith("Fatima El Amrani (Nuttig) en 2 anderen reageerden")


def test_a_decision_without_a_practice_says_the_institute_decided():
    decision = notification(NotificationKind.APPLICATION_DECIDED)
    decision.practice = None
    assert sentences.sentence_text(decision) == "Het instituut heeft besloten over je aanmelding als lerende praktijk"


def test_a_message_that_came_with_it_has_a_label_saying_whose_it_is():
    labels = {kind: sentences.message_label(notification(kind)) for kind in NotificationKind}
    assert labels[NotificationKind.CHANGES_REQUESTED] == "Bericht van de redactie:"
    assert labels[NotificationKind.POST_HIDDEN] == "Toelichting van de moderator:"
    assert labels[NotificationKind.MENTION] == ""


def test_the_centre_shows_every_kinds_names_titles_and_message_in_the_same_queries_for_more(client):
    """The centre reads only what it shows of the member, the discussion and the organisers'
    message (notifications.views.CENTRE_FIELDS): nothing it shows is read afterwards, one
    query per notification."""
    import uuid

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from forum import services as forum_services
    from forum.models import Category
    from tests import pages
    from tests.factories import MemberFactory

    reader = MemberFactory()
    client.force_login(reader)
    category = Category.objects.create(name="Toegang", slug="toegang")
    event = pages.event("Netwerkdag")

    def add(number):
        actor = MemberFactory(first_name=f"Fatima{number}", last_name="El Amrani")
        thread = forum_services.start_thread(actor, category, title=f"Voordeur {number}", body="?")
        message = EventMessage.objects.create(
            event=event,
            audience="all",
            subject=f"Parkeren {number}",
            body="Kom met de trein.",
            body_html="<p>Trein</p>",
            idempotency_key=uuid.uuid4(),
        )
        common = {"recipient": reader, "actor": actor}
        Notification.objects.create(kind=NotificationKind.REPLY, thread=thread, **common)
        Notification.objects.create(
            kind=NotificationKind.REACTION, thread=thread, reactions=[[actor.pk, "useful"]], **common
        )
        Notification.objects.create(kind=NotificationKind.EVENT_MESSAGE, event=event, event_message=message, **common)
        Notification.objects.create(
            kind=NotificationKind.POST_HIDDEN, thread=thread, message=f"Reden {number}", **common
        )

    def centre():
        client.get(reverse("notifications:centre"))  # the counts and menus remembered after the change
        with CaptureQueriesContext(connection) as captured:
            html = client.get(reverse("notifications:centre")).content.decode()
        return html, len(captured)

    add(1)
    html, one = centre()
    for expected in ("Fatima1 El Amrani", "Voordeur 1", "Parkeren 1", "<p>Trein</p>", "Reden 1", "Netwerkdag"):
        assert expected in html
    for number in (2, 3, 4):
        add(number)
    html, four = centre()
    assert "Fatima4 El Amrani" in html and "Voordeur 4" in html and "Parkeren 4" in html
    assert four == one


def test_a_kept_row_shows_the_notification_read_and_its_discussion_renamed_on_the_next_request(client):
    """Each row is kept by what it shows (lerendnetwerk.content_fragments): a change of any
    of it makes another row."""
    from django.urls import reverse

    from forum import services as forum_services
    from forum.models import Category
    from notifications.services import mark_read
    from tests.factories import MemberFactory

    reader = MemberFactory()
    client.force_login(reader)
    thread = forum_services.start_thread(
        MemberFactory(), Category.objects.create(name="T", slug="t"), title="Oud", body="?"
    )
    notification = Notification.objects.create(recipient=reader, kind=NotificationKind.REPLY, thread=thread)
    url = reverse("notifications:centre")

    html = client.get(url).content.decode()
    assert "ln-notification--unread" in html and "“<bdi>Oud</bdi>”" in html

    def rows(page):
        return page[page.index('<ul class="ln-notification-list">') : page.index("</ul>")]

    assert rows(client.get(url).content.decode()) == rows(html)  # kept: the same row
    mark_read(reader, [notification.pk])
    assert "ln-notification--unread" not in client.get(url).content.decode()
    thread.title = "Nieuw"
    thread.save()
    assert "“<bdi>Nieuw</bdi>”" in client.get(url).content.decode()
