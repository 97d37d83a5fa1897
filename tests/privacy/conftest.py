"""Two members whose data is intertwined: Xantippe (whose data we export or delete) and
Bartholomeus (who replies to her, mentions her, reacts, registers for the same meeting and
decides on her request). Their names occur nowhere else, so a search finds only them."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.log_actions import log

from events import services as event_services
from events.services import Choice
from forum import services as forum_services
from forum.models import Category
from members import services as member_services
from members.models import AssociateMembershipRequest
from members.roles import Role
from notifications import services as notification_services
from practices import services as practice_services
from tests import pages
from tests.factories import MemberFactory, image_upload

NEEDLES = {
    "xantippe": ("Xantippe", "Zwerfkei", "xantippe@zwerfkei.example", "zwerfkei"),
    "bartholomeus": ("Bartholomeus", "Quistwater", "bart@quistwater.example", "quistwater"),
}


def build_world():
    now = timezone.now()
    xantippe = MemberFactory(first_name="Xantippe", last_name="Zwerfkei", email="xantippe@zwerfkei.example")
    bart = MemberFactory(
        first_name="Bartholomeus", last_name="Quistwater", email="bart@quistwater.example", roles=[Role.EDITOR]
    )
    waiting = MemberFactory(first_name="Wachtende", email="wachtende@elders.example")

    member_services.update_profile(
        xantippe,
        first_name="Xantippe",
        last_name="Zwerfkei",
        profile_fields={"organisation": "Gemeente Zwerfkei-Oost", "job_title": "Beleidsadviseur", "bio": "Over mij."},
        interests=[pages.theme("toegang")],
        expertise=[],
        photo=image_upload(),
    )
    practice = pages.practice("Eén voordeur", leads=[xantippe], participants=[bart])

    # The forum: she asks, he answers and mentions her, she thanks him (and edits that).
    category = Category.objects.create(name="Toegang", slug="toegang")
    thread = forum_services.start_thread(
        xantippe, category, title="Hoe organiseer je brede vraagverheldering?", body="Wie heeft ervaring hiermee?"
    )
    opening = thread.posts.get()
    his_reply = forum_services.reply(
        bart, thread, body=f"Wij wel, @{xantippe.mention_handle}: begin klein.", reply_to=opening
    )
    her_reply = forum_services.reply(xantippe, thread, body="Dank je!", reply_to=his_reply)
    her_reply = forum_services.edit_post(
        xantippe, her_reply, body=f"Dank je wel, @{bart.mention_handle}! Ik probeer het."
    )
    forum_services.toggle_reaction(bart, opening, "useful")
    forum_services.toggle_reaction(xantippe, his_reply, "agree")
    forum_services.report_post(xantippe, his_reply, "Dit lijkt reclame.")
    forum_services.report_post(bart, her_reply, "Per ongeluk gemeld.")
    forum_services.set_category_follow(xantippe, category, True)
    notification_services.notify_about_post(his_reply.pk)  # she is mentioned by him
    notification_services.notify_about_post(her_reply.pk)  # he gets her reply (and his mention)
    log(xantippe, "wagtail.edit", user=bart)  # an editor changed her account in the admin
    notification_services.preference_for(xantippe)

    # Meetings: she holds the only seat, someone waits; a past meeting she attended.
    meeting = pages.event(
        "Landelijke bijeenkomst toegang",
        capacity_in_person=1,
        questions=[{"label": "Dieetwensen", "kind": "text"}],
    )
    event_services.register_member(
        meeting, xantippe, Choice(answers=[{"question": 1, "label": "Dieetwensen", "answer": "Geen noten"}])
    )
    event_services.register_member(meeting, waiting, Choice())
    past = pages.event("Leernetwerk van vorig jaar", start=now - timedelta(days=60))
    for person in (xantippe, bart):
        event_services.register_member(past, person, Choice(public_consent=True), by_editor=True)
    event_services.calendar_token_for(xantippe)

    # Her request to become an Associate Member, decided by him.
    request = member_services.request_associate_membership(xantippe, "Ik wil meer leren.")
    member_services.decide_associate_request(
        request, status=AssociateMembershipRequest.Status.APPROVED, editor=bart, note="Welkom!"
    )

    # Experiences: one published, one still waiting for review.
    published = practice_services.share_experience(
        xantippe, practice, title="Wat de keukentafel ons leerde", body="Het werkte.", themes=[], submit=False
    )
    published.get_latest_revision().publish()
    draft = practice_services.share_experience(
        xantippe, practice, title="Nog niet af", body="Concepttekst.", themes=[], submit=True
    )

    # She applied for her municipality before she had an account.
    practice_services.submit_application(
        municipality=practice.municipality,
        contact_name="Xantippe Zwerfkei",
        contact_email="Xantippe@Zwerfkei.example",
        contact_phone="06-12345678",
        job_title="Beleidsadviseur",
        themes=[pages.theme("toegang")],
        learning_questions="Hoe doe je dat?",
    )
    return {
        "xantippe": xantippe,
        "bart": bart,
        "waiting": waiting,
        "practice": practice,
        "category": category,
        "thread": thread,
        "opening": opening,
        "his_reply": his_reply,
        "her_reply": her_reply,
        "meeting": meeting,
        "past_meeting": past,
        "published": published,
        "draft": draft,
    }


@pytest.fixture
def world(db):
    return build_world()
