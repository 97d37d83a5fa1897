"""A practice's page shows the meetings linked to it that are still to come."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventFormat
from tests import pages
from tests.factories import MunicipalityFactory


@pytest.fixture
def practice(db):
    return pages.practice("Eén voordeur in Zwolle", themes=[pages.theme("toegang")])


def _event(title, practice, *, days, **fields):
    return pages.event(
        title,
        start=timezone.now() + timedelta(days=days),
        practices=[practice] if practice else [],
        themes=[pages.theme("toegang"), pages.theme("integraal-werken")],
        municipality=MunicipalityFactory(),
        **fields,
    )


def test_practice_page_lists_its_upcoming_meetings_only(client, practice):
    other = pages.practice("Andere praktijk")
    _event("Leernetwerk toegang", practice, days=12, event_type="learning_network")
    _event("Webinar voordeur", practice, days=3, event_type="webinar", format=EventFormat.ONLINE)
    _event("Bijeenkomst die al was", practice, days=-20)
    _event("Bijeenkomst van een ander", other, days=5)
    _event("Bijeenkomst zonder praktijk", None, days=6)
    _event("Concept-bijeenkomst", practice, days=8, publish=False)

    response = client.get(practice.url)
    content = response.content.decode()
    assert [event.title for event in response.context["upcoming_events"]] == ["Webinar voordeur", "Leernetwerk toegang"]
    assert 'id="events-heading"' in content
    assert "Webinar voordeur" in content and "Leernetwerk toegang" in content
    for title in (
        "Bijeenkomst die al was",
        "Bijeenkomst van een ander",
        "Bijeenkomst zonder praktijk",
        "Concept-bijeenkomst",
    ):
        assert title not in content
    assert content.index("Webinar voordeur") < content.index("Leernetwerk toegang")


def test_a_meeting_that_is_still_going_on_is_listed(client, practice):
    _event("Tweedaagse", practice, days=-1, hours=48)
    assert "Tweedaagse" in client.get(practice.url).content.decode()


def test_no_section_without_upcoming_meetings(client, practice):
    _event("Bijeenkomst die al was", practice, days=-20)
    response = client.get(practice.url)
    assert list(response.context["upcoming_events"]) == []
    assert 'id="events-heading"' not in response.content.decode()


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_practice_page_query_count_does_not_grow_with_the_meetings(client, practice):
    _event("Eerste bijeenkomst", practice, days=4)
    few = _queries(client, practice.url)
    for number in range(4):
        _event(f"Bijeenkomst {number}", practice, days=10 + number, format=EventFormat.HYBRID)
    assert _queries(client, practice.url) == few
    assert len(client.get(practice.url).context["upcoming_events"]) == 5
