"""The thread page's posts and the category page's rows come from the cache
(forum/fragments.py), and so, with kept parts on (lerendnetwerk/shared_fragments.py), do
the discussion's row and the page's posts and reaction counts (forum.views.thread_detail):
every viewer still sees their own controls, reactions and CSRF token, a change shows on
the very next request, and a closed space's discussion stays closed to outsiders. Each
test runs with kept parts off (the tests' default) and on."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from forum import fragments, services
from forum.models import Reaction
from tests.support.second_factor import log_in


@pytest.fixture(autouse=True, params=[0, 600], ids=["parts-not-kept", "parts-kept"])
def empty_cache(request, settings):
    settings.SHARED_FRAGMENT_SECONDS = request.param
    cache.clear()
    yield
    cache.clear()


def page_as(member, url, client=None):
    client = log_in(client or Client(), member)
    return client.get(url).content.decode()


@pytest.fixture
def discussion(forum):
    thread = services.start_thread(forum["member"], forum["public"], title="De voordeur", body="Hoe doen jullie dat?")
    reply = services.reply(forum["trekker"], thread, body="Met een vaste contactpersoon.")
    return thread, reply


def test_a_cached_post_never_shows_another_members_controls(forum, discussion):
    thread, reply = discussion
    edit = reverse("forum:post_edit", args=[reply.pk])
    hide = reverse("forum:post_moderate", args=[reply.pk])
    url = thread.get_absolute_url()

    # The author's page is rendered (and kept) first, then the moderator's.
    as_author = page_as(forum["trekker"], url)
    as_moderator = page_as(forum["moderator"], url)
    as_member = page_as(forum["member"], url)
    as_participant = page_as(forum["participant"], url)

    assert edit in as_author and hide not in as_author
    assert hide in as_moderator and edit not in as_moderator
    for page in (as_member, as_participant):
        assert edit not in page and hide not in page
    # Served from the cache, the author's page is still the author's.
    assert edit in page_as(forum["trekker"], url)


def test_each_viewer_gets_their_own_csrf_token_in_a_cached_post(forum, discussion):
    thread, reply = discussion
    url = thread.get_absolute_url()
    react = reverse("forum:post_react", args=[reply.pk])
    page_as(forum["participant"], url)  # fills the cache

    client = log_in(Client(enforce_csrf_checks=True), forum["member"])
    page = client.get(url).content.decode()
    assert fragments.CSRF_MARKER not in page
    form = re.search(rf'action="{re.escape(react)}".*?name="csrfmiddlewaretoken" value="([^"]+)"', page)
    # The reaction form works without JavaScript, with the token the page gave this member.
    answer = client.post(react, {"kind": "useful", "csrfmiddlewaretoken": form.group(1)})
    assert answer.status_code == 302
    assert Reaction.objects.filter(post=reply, member=forum["member"], kind="useful").exists()


def test_a_change_to_a_post_shows_on_the_next_request(forum, discussion):
    thread, reply = discussion
    url = thread.get_absolute_url()
    page_as(forum["member"], url)  # fills the cache

    services.edit_post(forum["trekker"], reply, body="Met één vaste contactpersoon per gezin.")
    forum["trekker"].first_name = "Hanna"
    forum["trekker"].save()
    services.toggle_reaction(forum["participant"], reply, "agree")
    page = page_as(forum["member"], url)

    assert "Met één vaste contactpersoon per gezin." in page
    assert "Hanna" in page
    agreed = r'data-reaction="agree" aria-pressed="{}">Eens <span class="ln-reaction__count" data-count>1<'
    assert re.search(agreed.format("false"), page)
    # The participant sees the same count, pressed by themselves.
    assert re.search(agreed.format("true"), page_as(forum["participant"], url))


def test_a_hidden_post_leaves_the_cache_at_once(forum, discussion):
    thread, reply = discussion
    url = thread.get_absolute_url()
    assert "Met een vaste contactpersoon." in page_as(forum["member"], url)

    services.set_post_hidden(forum["moderator"], reply, True, reason="Buiten het onderwerp")

    assert "Met een vaste contactpersoon." not in page_as(forum["member"], url)


def test_a_category_row_shows_new_activity_at_once(forum, discussion):
    thread, _reply = discussion
    url = forum["public"].get_absolute_url()
    assert "2 berichten" in page_as(forum["member"], url)

    services.reply(forum["participant"], thread, body="Wij ook.")

    assert "3 berichten" in page_as(forum["member"], url)


def test_a_discussion_in_a_closed_space_read_by_a_participant_stays_closed_to_others(forum):
    thread = services.start_thread(forum["trekker"], forum["space"], title="Intern overleg", body="Alleen voor ons.")
    url = thread.get_absolute_url()
    assert "Alleen voor ons." in page_as(forum["participant"], url)  # kept, when parts are

    outsider = log_in(Client(), forum["member"])
    assert outsider.get(url).status_code == 404
    assert outsider.get(url + "?page=1").status_code == 404


def test_a_participant_removed_from_the_practice_loses_the_discussion_at_once(forum):
    from practices.models import PracticeMembership

    thread = services.start_thread(forum["trekker"], forum["space"], title="Intern overleg", body="Alleen voor ons.")
    url = thread.get_absolute_url()
    client = log_in(Client(), forum["participant"])
    assert client.get(url).status_code == 200

    PracticeMembership.objects.filter(member=forum["participant"]).delete()

    assert client.get(url).status_code == 404


def test_closing_a_discussion_removes_the_reply_form_on_the_next_request(forum, discussion):
    thread, _reply = discussion
    url = thread.get_absolute_url()
    assert 'name="body"' in page_as(forum["member"], url)

    services.moderate_thread(forum["moderator"], thread, locked=True)

    page = page_as(forum["member"], url)
    assert 'name="body"' not in page and "Deze discussie is gesloten" in page


def test_a_new_reply_shows_on_the_next_request(forum, discussion):
    thread, _reply = discussion
    url = thread.get_absolute_url()
    page_as(forum["member"], url)

    services.reply(forum["participant"], thread, body="Wij werken met een wijkteam.")
    page = page_as(forum["member"], url)

    assert "Wij werken met een wijkteam." in page
    assert 'data-last-seq="3"' in page


def test_a_closed_spaces_category_read_by_a_participant_stays_closed_to_others(forum):
    services.start_thread(forum["trekker"], forum["space"], title="Intern overleg", body="Alleen voor ons.")
    url = forum["space"].get_absolute_url()
    assert "Intern overleg" in page_as(forum["participant"], url)

    outsider = log_in(Client(), forum["member"])
    assert outsider.get(url).status_code == 404
    assert outsider.get(url + "?page=2").status_code == 404


def test_a_new_discussion_shows_in_its_category_and_its_count_on_the_next_request(forum, discussion):
    url = forum["public"].get_absolute_url()
    assert "1 discussie<" in page_as(forum["member"], url)

    services.start_thread(forum["participant"], forum["public"], title="Een tweede vraag", body="Wie weet het?")

    page = page_as(forum["member"], url)
    assert "2 discussies<" in page and "Een tweede vraag" in page
