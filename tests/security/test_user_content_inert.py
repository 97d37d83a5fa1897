"""User content is inert: whatever members type (known XSS payloads, and text that
hypothesis builds from their pieces and arbitrary characters) comes out of every page
that shows it without anything a browser would run.

Each field is written through the same service the site uses, the page that shows it is
rendered, and the HTML is parsed: no <script> carrying the marker, no event-handler
attribute, no javascript: link, and no <iframe>/<object>/<embed> from user text.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import services as event_services
from events.services import Choice
from forum import services as forum_services
from members import services as member_services
from practices import services as practice_services
from tests import pages
from tests.factories import MemberFactory
from tests.forum.conftest import build_forum
from tests.support.second_factor import log_in

MARK = "XSSMARK"
PAYLOADS = [
    f"<script>{MARK}()</script>",
    f"<img src=x onerror={MARK}()>",
    f"<svg onload={MARK}()>",
    f'"><img src=x onerror="{MARK}()">',
    f"<a href='javascript:{MARK}()'>klik</a>",
    f"[klik](javascript:{MARK}())",
    f"[klik](JaVaScRiPt:{MARK}())",
    f"<iframe src='javascript:{MARK}()'></iframe>",
    f"<body onload={MARK}()>",
    f'<div style="background:url(javascript:{MARK}())">x</div>',
    f"{{{{ {MARK} }}}}{{% debug %}}",
    f"</textarea><script>{MARK}()</script>",
    f"<object data='javascript:{MARK}()'></object>",
    f'![x](x" onerror="{MARK}())',
]

# Text made of payload pieces and arbitrary characters, as a member might paste it. NUL
# never reaches the services: every form field refuses it (Django's
# ProhibitNullCharactersValidator; see the last test), and PostgreSQL cannot store it.
any_character_but_nul = st.characters(codec="utf-8", exclude_characters="\x00")  # what a form can send
user_text = st.lists(
    st.one_of(st.sampled_from(PAYLOADS), st.text(alphabet=any_character_but_nul, max_size=20)), min_size=1, max_size=4
).map("".join)


class ActiveContent(HTMLParser):
    """Collects everything in a page that a browser would run."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        if tag == "script":
            self._in_script = True
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.found.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction", "data") and value.startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")
            if name == "style" and "javascript:" in value:
                self.found.append(f"{tag} style={value}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and MARK in data:
            self.found.append(f"script: {data[:80]}")


def active_content(html):
    parser = ActiveContent()
    parser.feed(html)
    return parser.found


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def forum(db):
    return build_forum()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_known_payloads_in_thread_titles_and_posts_render_inert(client, forum, payload):
    thread = forum_services.start_thread(forum["member"], forum["public"], title=payload[:200], body=payload)
    forum_services.reply(forum["trekker"], thread, body=payload)
    log_in(client, forum["member"])
    for url in (thread.get_absolute_url(), forum["public"].get_absolute_url(), reverse("forum:index")):
        assert active_content(page(client, url)) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=user_text)
def test_any_text_in_a_post_renders_inert(client, forum, text):
    thread = forum_services.start_thread(forum["member"], forum["public"], title="Vraag", body=text or "x")
    forum_services.reply(forum["trekker"], thread, body=text or "x")
    log_in(client, forum["member"])
    assert active_content(page(client, thread.get_absolute_url())) == []


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=user_text)
def test_any_text_in_a_profile_renders_inert_on_the_profile_and_in_the_directory(client, db, text):
    member = MemberFactory()
    member_services.update_profile(
        member,
        first_name=text[:150] or "x",
        name_prefix="",
        last_name=text[:150] or "x",
        profile_fields={"organisation": text[:200], "job_title": text[:200], "bio": text[:1000]},
        interests=[],
        expertise=[],
    )
    log_in(client, MemberFactory())
    for url in (reverse("members:profile", args=[member.pk]), reverse("members:directory")):
        assert active_content(page(client, url)) == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=user_text)
def test_any_text_in_an_experience_renders_inert_in_its_preview(client, forum, text):
    experience = practice_services.share_experience(
        forum["participant"], forum["practice"], title=(text[:200] or "x"), body=text or "x", themes=[], submit=False
    )
    log_in(client, forum["participant"])
    assert active_content(page(client, reverse("practices:experience_preview", args=[experience.pk]))) == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_registration_answers_and_guest_names_render_inert_in_the_attendee_admin(client, db, payload):
    from members.roles import Role

    event = pages.event(capacity_in_person=5, audience="open", questions=[{"label": "Organisatie"}])
    question = event.questions.get()
    answers = [{"question": question.pk, "label": question.label, "answer": payload}]
    event_services.register_member(event, MemberFactory(first_name=payload[:150]), Choice(answers=answers))
    guest = event_services.request_guest_registration(event, payload[:200], "gast@example.org", Choice(answers=answers))
    event_services.confirm_guest(guest)
    log_in(client, MemberFactory(roles=[Role.EDITOR]))
    html = page(client, reverse("events_admin:attendees", args=[event.pk]))
    assert active_content(html) == []


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if "<" in p and "{%" not in p and "![" not in p])
def test_the_detector_finds_each_raw_payload_so_these_tests_can_fail(payload):
    assert active_content(payload) != []


def test_a_nul_character_in_a_post_gets_a_dutch_error_and_saves_nothing(client, forum):
    log_in(client, forum["member"])
    response = client.post(
        reverse("forum:thread_new", kwargs={"slug": forum["public"].slug}),
        {"title": "Vraag\x00", "body": "Tekst\x00met NUL"},
    )
    assert response.status_code == 200
    assert "Null-tekens zijn niet toegestaan" in response.content.decode()
    assert not forum["public"].threads.exists()
