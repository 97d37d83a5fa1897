"""A member without a name (made with createsuperuser, or before the profile was filled
in) is shown everywhere with a readable stand-in, never as an empty link or as their
e-mail address."""

import re

import pytest

from events import services as event_services
from events.services import Choice
from forum import services as forum_services
from members.models import Member, MemberProfile
from tests import pages
from tests.factories import MemberFactory
from tests.forum.conftest import build_forum


@pytest.fixture
def forum(db):
    return build_forum()


def nameless():
    return MemberFactory(first_name="", last_name="", email="naamloos@gemeente.example")


def stand_in(member):
    return f"Lid zonder naam (nr. {member.pk})"


def empty_links(html):
    return re.findall(r"<a\b[^>]*>\s*(?:<bdi>\s*</bdi>)?\s*</a>", html)


def test_the_display_name_is_the_full_name_or_a_stand_in_with_the_members_number(db):
    assert MemberFactory(first_name="Anna", name_prefix="de", last_name="Vries").display_name == "Anna de Vries"
    member = nameless()
    assert member.display_name == stand_in(member)
    assert member.email not in member.display_name


def test_a_superuser_made_on_the_command_line_has_a_readable_display_name(db):
    admin = Member.objects.create_superuser("beheer@instituut.example", "een-goed-wachtwoord-42")
    assert admin.display_name == stand_in(admin)


def test_a_nameless_members_post_shows_the_stand_in_and_no_empty_link_or_e_mail(forum, client):
    member = nameless()
    thread = forum_services.start_thread(forum["member"], forum["public"], title="Vraag", body="Wie weet het?")
    forum_services.reply(member, thread, body="Ik weet het.")
    client.force_login(forum["trekker"])
    html = client.get(thread.get_absolute_url()).content.decode()
    assert stand_in(member) in html
    assert member.email not in html
    assert empty_links(html) == []


def test_nameless_members_are_left_out_of_the_directory_until_they_give_a_name(member_client):
    member = nameless()
    html = member_client.get("/leden/").content.decode()
    assert stand_in(member) not in html and member.email not in html
    assert empty_links(html) == []
    assert not MemberProfile.objects.listed().filter(member=member).exists()
    member.first_name, member.last_name = "Noor", "Naam"
    member.save()
    assert "Noor Naam" in member_client.get("/leden/").content.decode()


def test_the_attendee_list_shows_a_nameless_member_by_the_stand_in_not_the_e_mail_address(member_client):
    event = pages.event(capacity_in_person=10)
    member = nameless()
    event_services.register_member(event, member, Choice(public_consent=True))
    html = member_client.get(event.url).content.decode()
    assert stand_in(member) in html
    assert member.email not in html


def test_a_nameless_member_is_not_mentioned_and_leaves_no_empty_link(forum):
    # Mentions follow the directory's rule, and the directory lists a member once they give a name.
    member = nameless()
    thread = forum_services.start_thread(
        forum["member"], forum["public"], title="Vraag", body=f"Weet @{member.mention_handle} dit?"
    )
    post = thread.posts.get()
    assert f'href="/leden/{member.pk}/"' not in post.body_html
    assert "<a></a>" not in post.body_html and f"@{member.mention_handle}" in post.body_html
    assert not post.mentions.exists()


def test_mails_to_a_nameless_member_greet_them_without_an_empty_name(db):
    assert nameless().salutation_name == "lid"
    assert MemberFactory(first_name="Sanne").salutation_name == "Sanne"
