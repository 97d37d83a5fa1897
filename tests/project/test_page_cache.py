"""Whole pages kept for visitors (lerendnetwerk/page_cache.py): a visitor's second request
for a public page is answered from the cache without a query; a change shows on the next
request; members, restricted pages and previews never meet a kept page."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from home.models import ContentPage, HomePage
from practices.models import LearningQuestion
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory, image_upload

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def page(db):
    page = ContentPage(title="Over het netwerk", intro="Wie we zijn.")
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def kept(response):
    return response.get("X-Page-Cache") == "hit"


def test_a_visitor_gets_the_kept_page_without_a_query(page, client, django_assert_num_queries):
    first = client.get(page.url)
    assert first.status_code == 200
    assert not kept(first)
    with django_assert_num_queries(0):
        second = Client().get(page.url)
    assert kept(second)
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())


def test_each_visitor_gets_a_csrf_token_of_their_own_that_works(page):
    Client().get(page.url)  # the first visitor's page is kept
    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get(page.url)
    assert kept(response)
    tokens = set(TOKEN.findall(response.content.decode()))
    assert len(tokens) == 1
    # The kept page's form (the language switcher) posts with this visitor's cookie.
    answer = visitor.post("/i18n/setlang/", {"language": "en", "next": page.url, "csrfmiddlewaretoken": tokens.pop()})
    assert answer.status_code == 302


def test_an_image_size_made_while_rendering_keeps_the_kept_pages(page, client):
    # A rendition is written while some page renders (a card's photo); the pages show the
    # same as before, so the kept ones stay (otherwise every first render forgot them all).
    image = get_image_model().objects.create(title="Foto", file=image_upload())
    client.get(page.url)
    image.get_rendition("fill-80x80")
    assert kept(Client().get(page.url))


def test_a_published_change_shows_on_the_next_request(page, client):
    client.get(page.url)
    assert kept(client.get(page.url))
    page.title = "Over ons netwerk"
    page.save_revision().publish()
    response = client.get(page.url)
    assert not kept(response)
    assert "Over ons netwerk" in response.content.decode()


def test_an_unpublished_page_is_gone_on_the_next_request(page, client):
    client.get(page.url)
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_row_shown_in_a_list_on_the_page_shows_on_the_next_request(db, client):
    practice = pages.practice("Eén voordeur", learning_questions=["Hoe vinden inwoners ons?"])
    client.get(practice.url)
    assert kept(client.get(practice.url))
    LearningQuestion.objects.create(practice=practice, text="Wie belt wie terug?", sort_order=1)
    response = client.get(practice.url)
    assert not kept(response)
    assert "Wie belt wie terug?" in response.content.decode()


def test_a_member_never_gets_a_kept_page_and_never_fills_the_cache(page, client):
    member_client = Client()
    member_client.force_login(MemberFactory())
    member_page = member_client.get(page.url)
    assert not kept(member_page)
    # The member's page was not kept for the visitor who comes next.
    assert not kept(client.get(page.url))
    assert kept(client.get(page.url))
    # Once a visitor's page is kept, the member still gets their own.
    response = member_client.get(page.url)
    assert not kept(response)
    assert reverse("account_logout") in response.content.decode()


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.LOGIN},
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "geheim"},
    ],
)
def test_a_restricted_page_is_never_kept(page, client, restriction):
    PageViewRestriction.objects.create(page=page, **restriction)
    answers = [client.get(page.url) for _ in range(2)]
    assert not any(kept(answer) for answer in answers)
    assert "Wie we zijn." not in answers[1].content.decode()


def test_a_restricted_page_a_member_saw_is_not_kept_for_visitors(page, client):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    member = Client()
    member.force_login(MemberFactory())
    assert not kept(member.get(page.url))
    assert not kept(client.get(page.url))


def test_a_kept_page_follows_the_language(page, client):
    client.get(page.url)
    english = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = english.get(page.url)
    assert not kept(response)
    assert 'lang="en"' in response.content.decode()
    assert kept(english.get(page.url))
    assert 'lang="nl"' in client.get(page.url).content.decode()


def test_pages_that_are_not_wagtail_pages_are_not_kept(db, client):
    client.get("/zoeken/?q=armoede")
    assert not kept(client.get("/zoeken/?q=armoede"))


def test_nothing_is_kept_when_the_page_cache_is_off(page, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(page.url)
    assert not kept(client.get(page.url))


def test_a_municipality_page_is_kept_for_visitors_and_shows_a_new_practice_next(db, client):
    municipality = MunicipalityFactory(name="Zwolle", slug="zwolle")
    pages.practice("Eén voordeur", municipality=municipality)
    url = reverse("municipalities:detail", args=["zwolle"])
    client.get(url)
    assert kept(client.get(url))
    pages.practice("Schuldhulp dichtbij", municipality=municipality)
    response = client.get(url)
    assert not kept(response)
    assert "Schuldhulp dichtbij" in response.content.decode()
    member = Client()
    member.force_login(MemberFactory())
    assert not kept(member.get(url))


def test_a_visitor_with_messages_waiting_gets_the_page_rendered_for_them(page, client):
    client.get(page.url)
    assert kept(client.get(page.url))
    with_messages = Client()
    with_messages.cookies["messages"] = "waiting"
    assert not kept(with_messages.get(page.url))


def test_a_post_is_never_answered_from_the_cache(page, client):
    client.get(page.url)
    assert kept(client.get(page.url))
    assert not kept(client.post(page.url))
