"""Parts of pages kept for every reader of an audience (lerendnetwerk/shared_fragments.py):
a kept part shows what rendering it afresh shows, to each member alike; a change shows on
the next request; what depends on the reader (their role, a meeting only for their
network, a visitor's or member's view of profiles, their CSRF token) never crosses over;
previews are never kept."""

import re
from datetime import timedelta

import pytest
from django.template import RequestContext, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from events.models import EventPage
from lerendnetwerk import shared_fragments
from members.models import ProfileVisibility
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[A-Za-z0-9]+"')


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.SHARED_FRAGMENT_SECONDS = 600


def member_client(**fields):
    client = Client()
    log_in(client, MemberFactory(**fields))
    return client


def without_tokens(response):
    return TOKEN.sub("", response.content.decode())


def main(response):
    """The page's <main>, where the kept parts are (the header holds the reader's name and bell)."""
    html = without_tokens(response)
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def theme_with_everything(db):
    """A dossier, a lesson, a practice with an experience, an element's page and two
    meetings on one theme, with a trekker."""
    theme = pages.theme("eenzaamheid")
    municipality = MunicipalityFactory(name="Deventer")
    trekker = MemberFactory(first_name="Trekker", profile__municipality=municipality)
    element = pages.element("vaste-contactpersoon")
    practice = pages.practice(
        "Samen aan tafel", municipality=municipality, themes=[theme], elements=[element], leads=[trekker]
    )
    experience = pages.experience(practice, "Wat de tafel opleverde", author=trekker, element=element)
    lesson = pages.lesson("Begin klein", themes=[theme], practices=[practice])
    meeting = pages.event("Netwerkdag eenzaamheid", themes=[theme])
    meeting.related_lessons = [lesson]
    meeting.save_revision().publish()
    pages.event("Terugblik", start=timezone.now() - timedelta(days=40))
    return {
        "dossier": pages.dossier("eenzaamheid"),
        "lesson": lesson,
        "practice": practice,
        "experience": experience,
        "element_index": pages.element_index(),
        "element_page": pages.element_page("vaste-contactpersoon"),
        "meeting": meeting,
        "trekker": trekker,
        "municipality": municipality,
    }


def page_urls(data):

    events = pages.event_index()
    return {
        "practice index": pages.practice_index().url,
        "lesson index": pages.lesson_index().url,
        "element index": data["element_index"].url,
        "element page": data["element_page"].url,
        "experience": data["experience"].url,
        "events index": events.url,
        "events month": events.url + "?weergave=maand",
        "events archive": events.url + events.reverse_subpage("archive"),
        "event page": data["meeting"].url,
        "dossier": data["dossier"].url,
        "lesson": data["lesson"].url,
        "practice page": data["practice"].url,
        "home": "/",
        "knowledge index": pages.knowledge_index().url,
        "municipality page": reverse("municipalities:detail", args=[data["municipality"].slug]),
        "municipality index": reverse("municipalities:index"),
        "municipality compare": reverse("municipalities:compare") + f"?gemeente={data['municipality'].slug}",
        "practice apply": pages.practice_index().url + pages.practice_index().reverse_subpage("apply"),
        "member directory": reverse("members:directory"),
        "member directory, filtered": reverse("members:directory") + "?q=Trekker",
        "my start analyses": reverse("startanalysis:mine"),
        "member profile": reverse("members:profile", args=[data["trekker"].pk]),
    }


def test_a_second_member_gets_the_kept_parts_with_fewer_queries_and_the_same_page(theme_with_everything, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first, second = member_client(), member_client()
    for name, url in page_urls(theme_with_everything).items():
        settings.SHARED_FRAGMENT_SECONDS = 0
        fresh = second.get(url)  # the second member's page, rendered afresh
        settings.SHARED_FRAGMENT_SECONDS = 600
        with CaptureQueriesContext(connection) as filling:
            filled = first.get(url)
        with CaptureQueriesContext(connection) as reading:
            kept = second.get(url)
        assert fresh.status_code == filled.status_code == kept.status_code == 200, name
        assert main(kept) == main(fresh), name
        assert len(reading) < len(filling), name


def test_a_new_practice_on_the_theme_shows_on_the_next_request(theme_with_everything, client):
    log_in(client, MemberFactory())
    url = theme_with_everything["dossier"].url
    assert "Buurtkamer" not in client.get(url).content.decode()
    pages.practice("Buurtkamer", themes=[pages.theme("eenzaamheid")])
    assert "Buurtkamer" in client.get(url).content.decode()


def test_a_published_change_to_the_lesson_shows_on_the_next_request(theme_with_everything, client):
    log_in(client, MemberFactory())
    lesson = theme_with_everything["lesson"]
    client.get(lesson.url)
    lesson.summary = "Een nieuwe samenvatting."
    lesson.save_revision().publish()
    assert "Een nieuwe samenvatting." in client.get(lesson.url).content.decode()


def test_only_a_reader_who_may_share_gets_the_share_buttons(theme_with_everything):
    practice = theme_with_everything["practice"]
    share_url = practice.url + practice.reverse_subpage("share_experience")
    outsider = member_client()
    assert share_url not in outsider.get(practice.url).content.decode()
    trekker = Client()
    log_in(trekker, theme_with_everything["trekker"])
    assert share_url in trekker.get(practice.url).content.decode()
    assert share_url not in member_client().get(practice.url).content.decode()


def test_profiles_only_for_members_stay_out_of_a_visitors_kept_page(db):
    municipality = MunicipalityFactory(name="Zutphen")
    MemberFactory(
        first_name="Zichtbaar", profile__municipality=municipality, profile__visibility=ProfileVisibility.PUBLIC
    )
    MemberFactory(
        first_name="Alleenleden", profile__municipality=municipality, profile__visibility=ProfileVisibility.MEMBERS
    )
    url = reverse("municipalities:detail", args=[municipality.slug])
    assert "Alleenleden" in member_client().get(url).content.decode()
    html = Client().get(url).content.decode()
    assert "Zichtbaar" in html and "Alleenleden" not in html


def test_a_kept_profile_shows_its_email_to_members_only_and_a_members_only_profile_to_no_visitor(db):
    public = MemberFactory(
        first_name="Zichtbaar", profile__visibility=ProfileVisibility.PUBLIC, profile__show_email=True
    )
    members_only = MemberFactory(first_name="Alleenleden", profile__visibility=ProfileVisibility.MEMBERS)
    public_url = reverse("members:profile", args=[public.pk])
    members_url = reverse("members:profile", args=[members_only.pk])
    assert public.email in member_client().get(public_url).content.decode()
    assert "Alleenleden" in member_client().get(members_url).content.decode()  # kept for members

    visitor = Client()
    html = visitor.get(public_url).content.decode()
    assert "Zichtbaar" in html and public.email not in html
    assert visitor.get(members_url).status_code == 302  # to the login page, as for no profile at all


def test_a_change_to_a_kept_profile_shows_on_the_next_request_and_a_deactivated_one_is_gone(db):
    other = MemberFactory(first_name="Anna", profile__job_title="Beleidsadviseur")
    url = reverse("members:profile", args=[other.pk])
    reader = member_client()
    assert "Beleidsadviseur" in reader.get(url).content.decode()
    other.profile.job_title = "Wijkcoach"
    other.profile.save()
    assert "Wijkcoach" in reader.get(url).content.decode()
    other.profile.expertise.add(pages.theme("eenzaamheid"))
    assert "Eenzaamheid" in reader.get(url).content.decode()
    other.is_active = False
    other.save()
    assert reader.get(url).status_code == 404


def test_ones_own_profile_is_never_kept_and_has_its_own_buttons(db):
    member = MemberFactory(first_name="Eigen")
    own = member_client()
    log_in(own, member)
    url = reverse("members:profile", args=[member.pk])
    member_client().get(url)  # another member's view of it, kept
    assert "Mijn profiel bewerken" in own.get(url).content.decode()
    assert "Mijn profiel bewerken" not in member_client().get(url).content.decode()


def test_a_meeting_only_for_a_network_is_named_on_a_kept_lesson_to_its_members_only(db):
    network_member = MemberFactory(first_name="Netwerklid")
    network = pages.network(members=[network_member])
    lesson = pages.lesson("Kom terug met dezelfde persoon")
    event = pages.event("Besloten casusoverleg", start=timezone.now() - timedelta(days=20), network=network)
    event.circle_only = True
    event.related_lessons = [lesson]
    event.save_revision().publish()
    assert EventPage.objects.get(pk=event.pk).circle_only
    assert "Besloten casusoverleg" not in member_client().get(lesson.url).content.decode()
    inside = Client()
    log_in(inside, network_member)
    assert "Besloten casusoverleg" in inside.get(lesson.url).content.decode()
    assert "Besloten casusoverleg" not in member_client().get(lesson.url).content.decode()


def test_a_preview_shows_the_draft_and_is_never_kept(theme_with_everything, rf, settings):
    lesson = theme_with_everything["lesson"]
    reader = member_client()
    reader.get(lesson.url)  # the published lesson is kept
    draft = lesson.get_latest_revision_as_object()
    draft.summary = "Een samenvatting in concept."
    preview_request = rf.get(lesson.url)
    preview_request.user = theme_with_everything["trekker"]
    preview = draft.make_preview_request(preview_request, draft.default_preview_mode)
    preview.render()
    assert "Een samenvatting in concept." in preview.content.decode()
    # ... and the published page still shows the published summary.
    html = reader.get(lesson.url).content.decode()
    assert "Een samenvatting in concept." not in html and lesson.summary in html


def test_each_reader_of_a_kept_part_with_a_form_gets_their_own_csrf_token(db):
    template = Template(
        '{% load fragments %}{% shared_fragment "form-part" %}<form method="post">{% csrf_token %}</form>'
        "{% endshared_fragment %}"
    )
    from django.middleware.csrf import _unmask_cipher_token

    tokens = []
    for _ in range(2):
        request = RequestFactory().get("/")
        request.user = MemberFactory()
        html = template.render(RequestContext(request, {}))
        [token] = re.findall(r'value="([A-Za-z0-9]{64})"', html)
        # The reader's own token: it unmasks to the secret of this request's CSRF cookie.
        assert _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
        tokens.append(token)
    assert tokens[0] != tokens[1]


def test_a_part_kept_from_a_view_may_not_hold_a_form(db, rf):
    request = rf.get("/")
    request.user = MemberFactory()
    with pytest.raises(ValueError, match="holds a form"):
        shared_fragments.kept(
            request, "a-form", "includes/language_switcher.html", [], lambda: '<input name="csrfmiddlewaretoken">'
        )


def test_nothing_is_kept_when_turned_off(theme_with_everything, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SHARED_FRAGMENT_SECONDS = 0
    url = theme_with_everything["dossier"].url
    counts = []
    for client in (member_client(), member_client()):
        client.get(url)  # what a process remembers once (menus, the site)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_new_registration_shows_in_the_seats_and_the_names_on_the_next_request(db):
    from events import services as event_services

    meeting = pages.event("Netwerkdag", capacity_in_person=10)
    reader = member_client()
    html = reader.get(meeting.url).content.decode()
    assert "10 van 10 plaatsen" in html
    attendee = MemberFactory(first_name="Aanwezige", last_name="Deelnemer")
    event_services.register_member(meeting, attendee, event_services.Choice(public_consent=True))
    html = reader.get(meeting.url).content.decode()
    assert "9 van 10 plaatsen" in html and "Aanwezige Deelnemer" in html


def test_what_someone_typed_in_the_application_is_never_kept(db):
    index = pages.practice_index()
    url = index.url + index.reverse_subpage("apply")
    visitor = Client()
    visitor.get(url)  # the empty form is kept
    typed = visitor.post(url, {"contact_name": "Petra de Typiste", "contact_email": "geen-adres"})
    assert typed.status_code == 200 and "Petra de Typiste" in typed.content.decode()
    assert "Petra de Typiste" not in Client().get(url).content.decode()
    assert "Petra de Typiste" not in member_client().get(url).content.decode()


def test_the_kept_application_form_posts_with_each_readers_own_token(db):
    index = pages.practice_index()
    url = index.url + index.reverse_subpage("apply")
    member_client().get(url)  # the empty form is kept for members
    reader = Client(enforce_csrf_checks=True)
    log_in(reader, MemberFactory())
    html = reader.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', html).group(1)
    answer = reader.post(url, {"csrfmiddlewaretoken": token, "contact_name": "Petra"})
    assert answer.status_code == 200  # the form's own errors, not CSRF's 403


def test_a_new_municipality_shows_in_the_kept_startanalysis_form_on_the_next_request(db):
    MunicipalityFactory(name="Deventer")
    reader = member_client()
    url = reverse("startanalysis:mine")
    assert "Deventer" in reader.get(url).content.decode()  # the empty form is kept
    MunicipalityFactory(name="Zutphen")
    assert "Zutphen" in reader.get(url).content.decode()


def test_a_refused_startanalysis_choice_is_answered_afresh_and_never_kept(db):
    reader = member_client()
    url = reverse("startanalysis:mine")
    reader.get(url)  # the empty form is kept
    refused = reader.post(url, {"municipality": "999999"})
    assert refused.status_code == 200 and 'aria-invalid="true"' in refused.content.decode()
    assert 'aria-invalid="true"' not in reader.get(url).content.decode()


def test_the_kept_reply_form_of_a_discussion_posts_with_each_readers_own_token(db):
    from forum import services as forum_services
    from forum.models import Category, Post

    category = Category.objects.create(name="Toegang", slug="toegang")
    thread = forum_services.start_thread(MemberFactory(), category, title="De voordeur", body="Hoe?")
    first = member_client()
    assert 'name="body"' in first.get(thread.get_absolute_url()).content.decode()  # kept
    reader = Client(enforce_csrf_checks=True)
    log_in(reader, MemberFactory())
    html = reader.get(thread.get_absolute_url()).content.decode()
    assert 'name="body"' in html and "data-mentions" in html
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', html).group(1)
    answer = reader.post(reverse("forum:reply", args=[thread.pk]), {"csrfmiddlewaretoken": token, "body": "Zo!"})
    assert answer.status_code == 302
    assert Post.objects.filter(thread=thread, body_markdown="Zo!").exists()


def test_a_second_reader_of_a_kept_discussion_reads_only_what_is_their_own(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from forum import services as forum_services
    from forum.models import Category

    category = Category.objects.create(name="Toegang", slug="toegang", theme=pages.theme("toegang"))
    thread = forum_services.start_thread(MemberFactory(), category, title="De voordeur", body="Hoe?")
    forum_services.reply(MemberFactory(), thread, body="Zo.")
    first, reader = member_client(), member_client()
    first.get(thread.get_absolute_url())  # keeps the page's parts
    with CaptureQueriesContext(connection) as queries:
        assert reader.get(thread.get_absolute_url()).status_code == 200
    tables = {re.search(r'FROM "(\w+)"', query["sql"]).group(1) for query in queries.captured_queries}
    # Whether they follow it and their own reactions: not the discussion, its posts, their
    # reaction counts or its themes.
    assert {table for table in tables if table.startswith(("forum_", "themes_"))} == {
        "forum_threadfollow",
        "forum_reaction",
    }


def test_a_network_meeting_read_by_a_network_member_stays_closed_to_others(db):
    network_member = MemberFactory(first_name="Netwerklid")
    network = pages.network(members=[network_member])
    event = pages.event("Besloten casusoverleg", network=network)
    event.circle_only = True
    event.save_revision().publish()
    inside, outsider = Client(), member_client()
    log_in(inside, network_member)
    assert "Besloten casusoverleg" in inside.get(event.url).content.decode()  # the page as read is kept

    assert outsider.get(event.url).status_code == 404


def test_an_unpublished_meeting_is_gone_on_the_next_request(theme_with_everything):
    meeting = theme_with_everything["meeting"]
    reader = member_client()
    assert reader.get(meeting.url).status_code == 200

    meeting.unpublish()

    assert reader.get(meeting.url).status_code == 404


def test_a_second_reader_of_a_kept_meeting_page_reads_only_their_own_registration(theme_with_everything):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    meeting = theme_with_everything["meeting"]
    first, reader = member_client(), member_client()
    first.get(meeting.url)
    with CaptureQueriesContext(connection) as queries:
        assert reader.get(meeting.url).status_code == 200
    tables = {re.search(r'FROM "(\w+)"', query["sql"]).group(1) for query in queries.captured_queries}
    assert "wagtailcore_page" not in tables and "events_eventpage" not in tables
    assert "events_registration" in tables  # their own registration, asked every time


def test_a_discussion_or_category_that_does_not_exist_is_not_kept(db):
    from unittest import mock

    reader = member_client()
    with mock.patch.object(shared_fragments.cache, "set", wraps=shared_fragments.cache.set) as kept:
        assert reader.get(reverse("forum:thread", args=[999999, "verzonnen"])).status_code == 404
        assert reader.get(reverse("forum:category", args=["verzonnen"])).status_code == 404
    keys = [call.args[0] for call in kept.call_args_list]
    assert not any(":forum-thread:" in key or ":forum-category:" in key for key in keys)
