"""A learning network's "Wat we geleerd hebben" (events.learned): the network's past meetings
with a report or lessons, newest first and grouped by year, with their lessons and follow-up
discussion; what a meeting only for the network left behind is for its members and the
editors; the shelf's items from outside the meetings; the report's excerpt stored at save."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import EventPage
from events.reports import report_excerpt
from forum import services as forum_services
from forum.models import Category
from members.roles import Role
from networks import shelf
from tests import pages
from tests.factories import MemberFactory
from tests.support.second_factor import log_in


def report(*texts):
    blocks = [{"type": "heading", "value": {"text": "Wat we bespraken"}}]
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]
    return json.dumps(blocks)


def past_meeting(network, title, *, days_ago=30, lessons=(), discussion=None, **fields):
    event = pages.event(title, start=timezone.now() - timedelta(days=days_ago), network=network, **fields)
    if lessons or discussion:
        event.related_lessons = list(lessons)
        event.discussion = discussion
        event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


@pytest.fixture
def people(db):
    return {
        "coordinator": MemberFactory(first_name="Coördinator"),
        "network_member": MemberFactory(first_name="Netwerklid"),
        "outsider": MemberFactory(first_name="Buiten"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }


@pytest.fixture
def network(people):
    pages.event_index()
    return pages.network(coordinators=[people["coordinator"]], members=[people["network_member"]])


def url(network):
    return reverse("learned:network", args=[network.pk])


def test_the_excerpt_is_the_reports_text_without_markup_cut_at_a_word():
    blocks = json.loads(report("Eerste <b>alinea</b> &amp; meer.", "Tweede."))
    blocks.append({"type": "paragraph", "value": "<ul><li>Kom terug</li><li>Met dezelfde persoon</li></ul>"})
    assert report_excerpt(blocks) == "Eerste alinea & meer. Tweede. Kom terug Met dezelfde persoon"
    long = [{"type": "paragraph", "value": "<p>" + "woord " * 100 + "</p>"}]
    excerpt = report_excerpt(long, length=40)
    assert len(excerpt) <= 40 and excerpt.endswith("…")
    assert report_excerpt([]) == ""
    quote_only = [{"type": "quote", "value": {"quote": "Kom terug.", "attribution": "Chantal"}}]
    assert report_excerpt(quote_only) == "Kom terug."


def test_saving_and_publishing_a_meeting_keeps_its_excerpt(network):
    event = past_meeting(network, "Casusoverleg", report=report("We bespraken drie casussen."))
    assert event.report_excerpt == "We bespraken drie casussen."
    draft = event.get_latest_revision_as_object()
    draft.report = report("Een nieuw verslag.")
    draft.save_revision().publish()
    event.refresh_from_db()
    assert event.report_excerpt == "Een nieuw verslag."


def test_the_page_lists_past_meetings_with_a_report_or_lessons_newest_first_by_year(client, network, people):
    lesson = pages.lesson("Kom terug met dezelfde persoon")
    thread = forum_services.start_thread(
        people["coordinator"], Category.objects.get(network=network), title="Na het casusoverleg", body="Verder?"
    )
    now = timezone.now()
    last_year = past_meeting(
        network,
        "Vorig jaar",
        days_ago=(now.date() - now.date().replace(month=1, day=1)).days + 40,
        report=report("Toen leerden we veel."),
    )
    recent = past_meeting(
        network, "Casusoverleg", days_ago=10, report=report("Wat werkte."), lessons=[lesson], discussion=thread
    )
    only_lessons = past_meeting(network, "Alleen lessen", days_ago=20, lessons=[lesson])
    past_meeting(network, "Zonder verslag", days_ago=15)
    pages.event("Nog te komen", network=network, report=report("Alvast."))
    elsewhere = pages.network("Ander netwerk", coordinators=[MemberFactory()])
    past_meeting(elsewhere, "Van een ander netwerk", report=report("Elders."))
    cancelled = past_meeting(network, "Afgelast", days_ago=12, report=report("Ging niet door."))
    EventPage.objects.filter(pk=cancelled.pk).update(cancelled_at=timezone.now())

    log_in(client, people["network_member"])
    response = client.get(url(network))
    assert response.status_code == 200
    html = response.content.decode()
    titles = [meeting.title for year in response.context["learned"].years for meeting in year.meetings]
    assert titles == ["Casusoverleg", "Alleen lessen", "Vorig jaar"]
    years = [year.year for year in response.context["learned"].years]
    assert years == sorted(set(years), reverse=True) and len(years) == 2
    assert "Wat werkte." in html and recent.url in html
    assert lesson.url in html
    assert thread.get_absolute_url() in html  # a member reads the network's closed discussion
    assert only_lessons.url in html and last_year.url in html


def test_a_visitor_and_an_outsider_see_what_is_public_and_no_closed_discussion(client, network, people):
    thread = forum_services.start_thread(
        people["coordinator"], Category.objects.get(network=network), title="Besloten vervolg", body="Verder?"
    )
    past_meeting(network, "Openbaar verslag", report=report("Voor iedereen."), discussion=thread)
    past_meeting(network, "Alleen voor leden", report=report("Besloten verslag."), circle_only=True)
    for reader in (None, people["outsider"]):
        if reader is not None:
            log_in(client, reader)
        html = client.get(url(network)).content.decode()
        assert "Voor iedereen." in html
        assert "Alleen voor leden" not in html and "Besloten verslag." not in html
        assert thread.get_absolute_url() not in html and "Besloten vervolg" not in html


@pytest.mark.parametrize("reader", ["network_member", "coordinator", "editor"])
def test_members_and_editors_see_what_a_meeting_only_for_the_network_left_behind(client, network, people, reader):
    past_meeting(network, "Alleen voor leden", report=report("Besloten verslag."), circle_only=True)
    log_in(client, people[reader])
    assert "Besloten verslag." in client.get(url(network)).content.decode()


def test_lessons_that_are_not_public_are_left_out_and_the_shelf_shows_what_came_from_elsewhere(client, network, people):
    from_meeting = pages.lesson("Uit de bijeenkomst")
    from_elsewhere = pages.lesson("Van elders")
    draft = pages.lesson("Nog een concept", publish=False)
    past_meeting(network, "Casusoverleg", lessons=[from_meeting, draft])
    shelf.add_to_shelf(people["coordinator"], network, from_meeting)
    shelf.add_to_shelf(people["coordinator"], network, from_elsewhere)
    response = client.get(url(network))
    (meeting,) = response.context["learned"].years[0].meetings
    assert [lesson.title for lesson in meeting.learned_lessons] == ["Uit de bijeenkomst"]
    assert [item.page.title for item in response.context["learned"].shelf] == ["Van elders"]
    assert "Nog een concept" not in response.content.decode()


def test_a_meeting_whose_only_lesson_is_a_draft_is_not_listed(client, network):
    past_meeting(network, "Concept-les", lessons=[pages.lesson("Concept", publish=False)])
    response = client.get(url(network))
    assert response.context["learned"].years == []
    assert "Nog geen verslagen of lessen" in response.content.decode()


def test_an_unpublished_or_unknown_network_has_no_such_page(client, people):
    draft = pages.network("Concept", coordinators=[people["coordinator"]], publish=False)
    log_in(client, people["coordinator"])
    assert client.get(url(draft)).status_code == 404
    assert client.get(reverse("learned:network", args=[987654])).status_code == 404


@pytest.mark.parametrize("page", ["2", "999", "x", "-1", "1.5", ""])
def test_any_page_number_answers_without_an_error(client, network, page):
    past_meeting(network, "Casusoverleg", report=report("Verslag."))
    response = client.get(url(network), {"page": page})
    assert response.status_code == 200


def test_the_network_page_links_to_it(client, network):
    assert url(network) in client.get(network.url).content.decode()


def test_a_lesson_names_a_meeting_only_for_the_network_to_its_members_only(client, network, people):
    lesson = pages.lesson("Kom terug met dezelfde persoon")
    past_meeting(network, "Besloten casusoverleg", circle_only=True, lessons=[lesson])
    past_meeting(network, "Open middag", lessons=[lesson])
    assert "Besloten casusoverleg" not in client.get(lesson.url).content.decode()
    log_in(client, people["outsider"])
    html = client.get(lesson.url).content.decode()
    assert "Open middag" in html and "Besloten casusoverleg" not in html
    log_in(client, people["network_member"])
    assert "Besloten casusoverleg" in client.get(lesson.url).content.decode()


def test_a_lesson_no_meeting_names_asks_for_none_and_shows_one_named_at_once(client, network, people):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lesson = pages.lesson("Begin bij de vraag")
    log_in(client, people["outsider"])
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(lesson.url).content.decode()
    assert "Uit de bijeenkomsten" not in html
    assert not any('"events_eventpage"."' in query["sql"] for query in captured)  # the meetings' columns
    past_meeting(network, "Open middag", lessons=[lesson])
    assert "Open middag" in client.get(lesson.url).content.decode()
