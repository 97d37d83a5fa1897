"""A learning network's closed discussions: made when it is published, readable by its
members and the institute's staff only, invisible to everyone else everywhere (the forum's
start page, the category and thread, search, the start page, notifications and mentions),
and closed at once for a member who leaves or is removed."""

import pytest
from django.urls import reverse

from forum import services as forum
from forum.models import Category, Post
from home.models import HomePage
from networks import membership
from networks.models import NetworkMembership
from notifications.models import Notification
from tests import pages
from tests.factories import MemberFactory

TITLE = "Casus: wachtlijst schuldhulp"


@pytest.fixture
def world(people):
    home = HomePage.objects.get()
    network = pages.network("Armoede en schulden", mode="open", coordinators=[people["trekker"]])
    membership.join(people["member"], network)
    space = Category.objects.get(network=network)
    thread = forum.start_thread(people["trekker"], space, title=TITLE, body="Hoe houden jullie de wachtlijst kort?")
    return {"network": network, "space": space, "thread": thread, "home": home, **people}


def test_publishing_a_network_gives_it_closed_discussions_once(people):
    network = pages.network("Eenzaamheid", mode="open", coordinators=[people["trekker"]], publish=False)
    assert not Category.objects.filter(network=network).exists()
    network.save_revision().publish()
    network.save_revision().publish()
    space = Category.objects.get(network=network)
    assert space.is_closed and space.name == "Eenzaamheid"


@pytest.mark.parametrize("who", ["trekker", "member", "adviser"])
def test_members_coordinators_and_staff_read_and_write(client, world, who):
    client.force_login(world[who])
    assert client.get(world["space"].get_absolute_url()).status_code == 200
    assert client.get(world["thread"].get_absolute_url()).status_code == 200
    assert "Armoede en schulden" in client.get(reverse("forum:index")).content.decode()


@pytest.mark.parametrize("who", ["visitor", "outsider"])
def test_outsiders_see_nothing_of_them_not_even_the_name(client, world, who):
    if who != "visitor":
        client.force_login(world[who])
    for url in (world["space"].get_absolute_url(), world["thread"].get_absolute_url()):
        assert client.get(url).status_code in (302, 404)
    posted = client.post(reverse("forum:reply", kwargs={"thread_id": world["thread"].pk}), {"body": "Binnengedrongen"})
    assert posted.status_code in (302, 404)
    assert not Post.objects.filter(body_markdown="Binnengedrongen").exists()
    index = client.get(reverse("forum:index")).content.decode()
    assert "Armoede en schulden" not in index and TITLE not in index
    assert TITLE not in client.get(world["home"].url).content.decode()
    page = client.get(world["network"].url).content.decode()
    assert TITLE not in page and world["space"].get_absolute_url() not in page


def test_the_network_page_shows_members_the_latest_discussions(client, world):
    client.force_login(world["member"])
    page = client.get(world["network"].url).content.decode()
    assert TITLE in page and world["space"].get_absolute_url() in page


def test_search_finds_the_discussions_for_members_only(client, world):
    client.force_login(world["outsider"])
    assert not client.get(reverse("search"), {"q": "wachtlijst"}).context.get("thread_results")
    client.force_login(world["member"])
    found = [thread.title for thread in client.get(reverse("search"), {"q": "wachtlijst"}).context["thread_results"]]
    assert found == [TITLE]


def test_a_mention_of_an_outsider_tells_them_nothing(world):
    forum.reply(world["member"], world["thread"], body=f"Weet @{world['outsider'].mention_handle} dit?")
    forum.reply(world["member"], world["thread"], body=f"En @{world['trekker'].mention_handle}?")
    from notifications.services import notify_about_post

    for post in Post.objects.filter(thread=world["thread"]):
        notify_about_post(post.pk)
    assert not Notification.objects.filter(recipient=world["outsider"]).exists()
    assert Notification.objects.filter(recipient=world["trekker"], thread=world["thread"]).exists()


def test_leaving_ends_access_and_hides_the_notifications_about_it(client, world):
    forum.reply(world["trekker"], world["thread"], body=f"@{world['member'].mention_handle} wat vind jij?")
    from notifications.services import notify_about_post

    notify_about_post(Post.objects.filter(thread=world["thread"]).last().pk)
    assert Notification.objects.readable_by(world["member"]).filter(thread=world["thread"]).exists()
    membership.leave(world["member"], world["network"])
    client.force_login(world["member"])
    assert client.get(world["thread"].get_absolute_url()).status_code == 404
    assert not Notification.objects.readable_by(world["member"]).filter(thread=world["thread"]).exists()


def test_a_removed_member_loses_access_at_once(client, world):
    target = NetworkMembership.objects.get(network=world["network"], member=world["member"])
    membership.remove_member(world["trekker"], target)
    client.force_login(world["member"])
    assert client.get(world["space"].get_absolute_url()).status_code == 404


def test_a_practice_space_and_a_network_space_keep_each_others_people_out(client, world):
    practice_member = MemberFactory(first_name="Deelnemer")
    practice = pages.practice("Eén voordeur", participants=[practice_member])
    practice_space = forum.ensure_practice_space(practice)
    client.force_login(practice_member)
    assert client.get(world["thread"].get_absolute_url()).status_code == 404
    client.force_login(world["member"])
    assert client.get(practice_space.get_absolute_url()).status_code == 404
