"""The home page shows the next three meetings of the calendar."""

from datetime import timedelta

from django.utils import timezone

from tests import pages


def _event(title, *, days, **fields):
    return pages.event(title, start=timezone.now() + timedelta(days=days), **fields)


def test_home_page_shows_the_next_three_meetings(client, db):
    _event("Al geweest", days=-3)
    _event("Over zes weken", days=40)
    _event("Derde", days=20)
    _event("Eerste", days=2)
    _event("Concept", days=1, publish=False)
    _event("Tweede", days=9)

    response = client.get("/")
    content = response.content.decode()
    assert [event.title for event in response.context["upcoming_events"]] == ["Eerste", "Tweede", "Derde"]
    assert 'id="upcoming-events"' in content
    assert 'href="/bijeenkomsten/"' in content
    for title in ("Al geweest", "Over zes weken", "Concept"):
        assert title not in content


def test_home_page_without_upcoming_meetings_has_no_section(client, db):
    _event("Al geweest", days=-3)
    response = client.get("/")
    assert response.context["upcoming_events"] == []
    assert 'id="upcoming-events"' not in response.content.decode()
