import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum import services
from forum.models import POST_MAX_LENGTH, Post, Thread
from tests.factories import MemberFactory
from tests.support.second_factor import log_in

XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    "[klik](javascript:alert(1))",
    '"><svg onload=alert(1)>',
    "<a href='x' onclick='alert(1)'>a</a>",
    "javascript:alert(1)",
]


def thread_in(forum, category="public", author="member", title="Hoe doen jullie de voordeur?"):
    return services.start_thread(forum[author], forum[category], title=title, body="Vraag aan het netwerk.")


def as_(client, forum, who):
    if who != "visitor":
        log_in(client, forum[who])
    return client


PUBLIC_READERS = ["member", "trekker", "participant", "moderator", "editor"]
SPACE_READERS = ["trekker", "participant", "moderator", "editor"]


@pytest.mark.parametrize("who", ["visitor", *PUBLIC_READERS])
def test_public_category_and_thread_access(client, forum, who):
    thread = thread_in(forum)
    as_(client, forum, who)
    category = client.get(forum["public"].get_absolute_url())
    page = client.get(thread.get_absolute_url())
    if who == "visitor":
        assert category.status_code == page.status_code == 302
        assert page.url.startswith(reverse("account_login"))
    else:
        assert category.status_code == page.status_code == 200


@pytest.mark.parametrize("who", ["visitor", "member", *SPACE_READERS])
def test_closed_space_access(client, forum, who):
    thread = thread_in(forum, category="space", author="trekker", title="Interne afstemming")
    as_(client, forum, who)
    urls = [
        forum["space"].get_absolute_url(),
        thread.get_absolute_url(),
        reverse("forum:thread_new", kwargs={"slug": forum["space"].slug}),
        reverse("forum:reply", kwargs={"thread_id": thread.pk}),
    ]
    statuses = [client.get(url).status_code for url in urls]
    posted = client.post(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": "Binnengedrongen"})
    index = client.get(reverse("forum:index")).content.decode()
    if who in SPACE_READERS:
        assert statuses == [200, 200, 200, 200]
        assert "Eén voordeur" in index
    else:
        assert all(status in (302, 404) for status in statuses)
        assert posted.status_code in (302, 404)
        assert not Post.objects.filter(body_markdown="Binnengedrongen").exists()
        # Not even the name of the space is shown.
        assert "Eén voordeur" not in index
        assert "Interne afstemming" not in index


def test_visitors_see_public_category_names_only(client, forum):
    thread_in(forum)
    thread_in(forum, category="space", author="trekker", title="Besloten onderwerp")
    content = client.get(reverse("forum:index")).content.decode()
    assert "Toegang" in content
    assert "Hoe doen jullie de voordeur?" not in content
    assert "Besloten onderwerp" not in content


def test_posting_without_javascript_redirects_to_the_new_post(client, forum):
    thread = thread_in(forum)
    log_in(client, forum["trekker"])
    response = client.post(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": "Zo doen wij het."})
    post = Post.objects.get(body_markdown="Zo doen wij het.")
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    page = client.get(response.url)
    assert 'id="bericht-2"' in page.content.decode()


@pytest.mark.parametrize("digit_like", ["²", "①", "99999999999999999999"])
def test_a_post_number_that_is_no_number_is_ignored(client, forum, digit_like):
    thread = thread_in(forum)
    log_in(client, forum["trekker"])
    assert client.get(thread.get_absolute_url(), {"bericht": digit_like}).status_code == 200
    reply_form = reverse("forum:reply", kwargs={"thread_id": thread.pk})
    assert client.get(reply_form, {"op": digit_like, "citeer": ""}).status_code == 200


def test_posting_with_javascript_gets_an_empty_answer_the_live_event_does_the_rest(client, forum):
    thread = thread_in(forum)
    log_in(client, forum["trekker"])
    response = client.post(
        reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": "Via fetch"}, HTTP_X_REQUESTED_WITH="fetch"
    )
    assert response.status_code == 204


def test_too_long_or_empty_messages_get_a_clear_message_and_keep_the_text(client, forum):
    thread = thread_in(forum)
    log_in(client, forum["trekker"])
    long_text = "woord " * (POST_MAX_LENGTH // 5)
    response = client.post(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": long_text})
    assert response.status_code == 200
    assert "Je bericht is te lang" in response.content.decode()
    assert "woord woord woord" in response.content.decode()
    empty = client.post(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": "   "})
    assert (
        "Schrijf eerst een bericht." in empty.content.decode() or "Dit is een verplicht veld." in empty.content.decode()
    )
    assert Post.objects.filter(thread=thread).count() == 1


def test_new_thread_form_keeps_input_on_errors(client, forum):
    log_in(client, forum["member"])
    response = client.post(reverse("forum:thread_new", kwargs={"slug": "toegang"}), {"title": "", "body": "Mijn vraag"})
    assert response.status_code == 200
    assert "Mijn vraag" in response.content.decode()
    assert not Thread.objects.exists()


def assert_inert(html):
    from html.parser import HTMLParser

    found = []

    class Inspector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in {"script", "iframe", "svg", "object", "embed"} or (tag == "img" and "onerror" in dict(attrs)):
                found.append(tag)
            for name, value in attrs:
                if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                    found.append(f"{tag}[{name}]")

    Inspector().feed(html)
    assert found == []


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_in_titles_and_posts_renders_inert(client, forum, payload):
    log_in(client, forum["member"])
    client.post(
        reverse("forum:thread_new", kwargs={"slug": "toegang"}),
        {"title": f"Titel {payload}", "body": f"Tekst {payload}", "themes": []},
    )
    thread = Thread.objects.get()
    client.post(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": payload})
    for url in (thread.get_absolute_url(), forum["public"].get_absolute_url(), reverse("notifications:centre")):
        content = client.get(url).content.decode()
        main = content[content.index("<main") : content.index("</main>")]
        assert_inert(main)


def test_thread_page_query_count_does_not_grow_with_the_posts(client, forum):
    thread = thread_in(forum)
    people = [forum["trekker"], forum["participant"], forum["member"], forum["moderator"]]

    def add_posts(count):
        for number in range(count):
            parent = Post.objects.filter(thread=thread).order_by("-sequence").first() if number % 3 else None
            post = services.reply(people[number % 4], thread, body=f"Bericht {number}", reply_to=parent)
            services.toggle_reaction(people[(number + 1) % 4], post, "useful")
            if number % 5 == 0:
                services.edit_post(post.author, post, body=f"Bericht {number}, aangepast")

    def queries():
        client.get(thread.get_absolute_url())
        with CaptureQueriesContext(connection) as captured:
            assert client.get(thread.get_absolute_url()).status_code == 200
        return len(captured)

    log_in(client, forum["member"])
    add_posts(3)
    few = queries()
    add_posts(15)
    assert queries() == few


def test_long_threads_paginate_and_a_post_link_opens_its_page(client, forum, settings):
    settings.FORUM_ROOT_POSTS_PER_PAGE = 5
    thread = thread_in(forum)
    for number in range(12):
        services.reply(forum["trekker"], thread, body=f"Bericht {number}")
    log_in(client, forum["member"])
    first = client.get(thread.get_absolute_url()).content.decode()
    assert "Bericht 0" in first and "Bericht 5" not in first
    linked = client.get(Post.objects.get(body_markdown="Bericht 11").get_absolute_url()).content.decode()
    assert "Bericht 11" in linked and "Bericht 0" not in linked


def test_a_thread_page_reads_its_posts_and_their_number_in_one_query_on_any_page(client, forum, settings):
    """The opening post, one page of branches with their replies and the number of pages come
    in one query; a page number past the last shows the last page, one that is not a number
    the first."""
    settings.FORUM_ROOT_POSTS_PER_PAGE = 5
    thread = thread_in(forum)
    for number in range(12):
        branch = services.reply(forum["trekker"], thread, body=f"Tak {number}")
        services.reply(forum["participant"], thread, body=f"Onder tak {number}", reply_to=branch)
    log_in(client, forum["member"])
    url = thread.get_absolute_url()

    def page(query):
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url + query).content.decode()
        return html, [q["sql"] for q in captured if 'FROM "forum_post"' in q["sql"]]

    second, post_queries = page("?page=2")
    assert len(post_queries) == 1
    assert "Tak 5" in second and "Onder tak 9" in second and "Tak 4<" not in second and "Tak 10" not in second
    assert "Vraag aan het netwerk." in second  # the opening post is on every page
    last, _queries = page("?page=99")
    assert "Tak 11" in last and "Onder tak 10" in last and "Tak 9<" not in last
    assert 'aria-current="page" href="?page=3"' in last
    first, _queries = page("?page=twee")
    assert "Tak 0" in first and "Tak 5" not in first


def test_edit_history_is_visible_to_everyone_who_sees_the_post(client, forum):
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body="Eerste versie")
    services.edit_post(forum["trekker"], post, body="Tweede versie")
    log_in(client, forum["member"])
    page = client.get(thread.get_absolute_url()).content.decode()
    assert reverse("forum:post_history", kwargs={"post_id": post.pk}) in page
    history = client.get(reverse("forum:post_history", kwargs={"post_id": post.pk})).content.decode()
    assert "Eerste versie" in history and "Tweede versie" in history


@pytest.mark.parametrize(
    ("url_name", "method"),
    [("forum:post_edit", "get"), ("forum:post_edit", "post"), ("forum:post_delete", "post")],
)
def test_nobody_edits_or_deletes_someone_elses_post(client, forum, url_name, method):
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body="Van de trekker")
    log_in(client, forum["moderator"])
    response = getattr(client, method)(reverse(url_name, kwargs={"post_id": post.pk}), {"body": "Overgenomen"})
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.body_markdown == "Van de trekker" and not post.is_deleted


def test_moderators_act_on_the_page_members_cannot(client, forum):
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body="Ongepast")
    moderate = reverse("forum:post_moderate", kwargs={"post_id": post.pk})
    log_in(client, forum["member"])
    assert client.post(moderate, {"hidden": "1"}).status_code == 403
    assert (
        client.post(reverse("forum:thread_moderate", kwargs={"thread_id": thread.pk}), {"locked": "1"}).status_code
        == 403
    )
    log_in(client, forum["moderator"])
    client.post(moderate, {"hidden": "1"})
    client.post(reverse("forum:thread_moderate", kwargs={"thread_id": thread.pk}), {"locked": "1"})
    post.refresh_from_db()
    thread.refresh_from_db()
    assert post.is_hidden and thread.is_locked
    log_in(client, forum["member"])
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Verborgen door een moderator" in page
    assert "Ongepast" not in page


def test_reporting_puts_the_post_in_the_moderation_queue(client, forum):
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body="Twijfelachtig")
    log_in(client, forum["member"])
    client.post(reverse("forum:post_report", kwargs={"post_id": post.pk}), {"reason": "Herleidbaar naar een inwoner"})
    log_in(client, forum["moderator"])
    queue = client.get(reverse("forum_moderation_queue")).content.decode()
    assert "Herleidbaar naar een inwoner" in queue
    report_id = re.search(r"/admin/forum/meldingen/(\d+)/", queue).group(1)
    client.post(reverse("forum_handle_report", kwargs={"report_id": report_id}), {"action": "hide"})
    post.refresh_from_db()
    assert post.is_hidden
    log_in(client, forum["member"])
    assert client.get(reverse("forum_moderation_queue")).status_code in (302, 403)


def test_mention_suggestions_respect_profile_visibility_and_need_a_login(client, forum):
    # "Wubbo" is in none of Faker's Dutch name lists, so the fixture's members (whose last
    # names Faker draws) cannot match it by chance, as "Gerrit" matched "Gerritsen".
    MemberFactory(first_name="Wubbo", last_name="Vos")
    assert client.get(reverse("forum:mentions"), {"q": "wub"}).status_code == 302
    log_in(client, forum["member"])
    members = client.get(reverse("forum:mentions"), {"q": "wubbo"}).json()["members"]
    assert [member["name"] for member in members] == ["Wubbo Vos"]
    assert members[0]["handle"].startswith("wubbo-vos-")


def test_a_reply_sent_to_a_discussion_closed_meanwhile_keeps_the_text_and_says_so(client, forum):
    thread = thread_in(forum)
    log_in(client, forum["trekker"])
    services.moderate_thread(forum["moderator"], thread, locked=True)  # while the trekker was writing

    response = client.post(
        reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"body": "Mijn lange, zorgvuldige antwoord."}
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Deze discussie is gesloten. Je tekst is bewaard; je kunt hem kopiëren." in page
    textarea = re.search(r"<textarea[^>]*>\s*Mijn lange, zorgvuldige antwoord\.</textarea>", page)
    assert textarea is not None and " readonly" in textarea.group(0)
    assert "Reactie plaatsen" not in page  # nothing to send it with
    assert Post.objects.filter(thread=thread).count() == 1


def test_a_reply_sent_with_javascript_to_a_closed_discussion_is_refused_without_a_redirect(client, forum):
    thread = thread_in(forum)
    services.moderate_thread(forum["moderator"], thread, locked=True)
    log_in(client, forum["trekker"])
    response = client.post(
        reverse("forum:reply", kwargs={"thread_id": thread.pk}),
        {"body": "Nog één ding"},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 409  # the page keeps the text and says the discussion closed
    assert response.json() == {"errors": {"__all__": ["Deze discussie is gesloten."]}}


@pytest.mark.parametrize("number", ["²", "1²"])
def test_odd_numbers_in_the_address_are_ignored_not_an_error(client, forum, number):
    thread = thread_in(forum)
    log_in(client, forum["member"])
    assert client.get(thread.get_absolute_url(), {"bericht": number}).status_code == 200
    assert client.get(reverse("forum:reply", kwargs={"thread_id": thread.pk}), {"op": number}).status_code == 200


def test_a_moderation_reason_with_a_nul_character_is_refused_with_a_message(client, forum):
    thread = thread_in(forum)
    post = services.reply(forum["trekker"], thread, body="Twijfelachtig")
    log_in(client, forum["moderator"])
    url = reverse("forum:post_moderate", kwargs={"post_id": post.pk})
    response = client.post(url, {"hidden": "1", "reason": "a\x00b"}, follow=True)
    assert response.status_code == 200
    assert "Null-tekens zijn niet toegestaan." in response.content.decode()
    post.refresh_from_db()
    assert not post.is_hidden
