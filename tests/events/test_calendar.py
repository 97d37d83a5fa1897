"""The calendar pages (list, month view, archive, filters) and the iCal output."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from events import services
from events.ical import event_uid
from events.models import EventFormat, EventType
from events.services import Choice
from tests import pages
from tests.factories import MemberFactory, MunicipalityFactory, ThemeFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def titles(response):
    return [event.title for event in response.context["events"]]


def test_the_list_shows_upcoming_meetings_in_order_and_the_archive_the_past_ones(client):
    now = timezone.now()
    later = pages.event("Later", start=now + timedelta(days=20))
    sooner = pages.event("Eerder", start=now + timedelta(days=2))
    past = pages.event("Voorbij", start=now - timedelta(days=10), report=[("paragraph", "<p>Verslag</p>")])
    index = pages.event_index()
    assert titles(client.get(index.url)) == [sooner.title, later.title]
    archive = client.get(index.url + "archief/")
    assert titles(archive) == [past.title]
    assert "Lees het verslag" in archive.content.decode()


def test_filters_by_type_theme_format_and_province(client):
    theme = ThemeFactory(name="Armoede en schulden")
    utrecht = MunicipalityFactory(name="Utrecht", province="utrecht")
    pages.event("Webinar schulden", event_type=EventType.WEBINAR, format=EventFormat.ONLINE, themes=[theme])
    pages.event("Regionaal Utrecht", event_type=EventType.REGIONAL, municipality=utrecht)
    pages.event("Landelijk", event_type=EventType.NATIONAL)
    url = pages.event_index().url
    assert titles(client.get(url, {"type": "webinar"})) == ["Webinar schulden"]
    assert titles(client.get(url, {"theme": theme.slug})) == ["Webinar schulden"]
    assert titles(client.get(url, {"format": "online"})) == ["Webinar schulden"]
    assert titles(client.get(url, {"province": "utrecht"})) == ["Regionaal Utrecht"]
    assert len(titles(client.get(url, {"type": "onzin", "theme": "bestaat-niet"}))) == 3  # odd input: ignored


def test_the_month_view_places_meetings_on_their_days_in_dutch(client):
    start = datetime(2026, 12, 8, 10, 0, tzinfo=AMSTERDAM)
    pages.event("Decemberbijeenkomst", start=start)
    pages.event("Januaribijeenkomst", start=datetime(2027, 1, 12, 10, 0, tzinfo=AMSTERDAM))
    response = client.get(pages.event_index().url, {"weergave": "maand", "maand": "2026-12"})
    html = response.content.decode()
    assert "december 2026" in html
    assert [e.title for e in response.context["month_events"]] == ["Decemberbijeenkomst"]
    days = {day["date"].day: day["events"] for week in response.context["weeks"] for day in week if day["in_month"]}
    assert [e.title for e in days[8]] == ["Decemberbijeenkomst"]
    assert '<abbr title="maandag">' in html
    assert "?weergave=maand&amp;maand=2027-01" in html and "?weergave=maand&amp;maand=2026-11" in html


def test_the_month_view_survives_an_odd_month_parameter(client):
    response = client.get(pages.event_index().url, {"weergave": "maand", "maand": "2026-13"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "odd_month", ["9999-12", "1-1", "0001-01", "99999999999999999999-01", "2026-99999999999999999999", "２０２６-０３"]
)
def test_a_month_out_of_range_or_malformed_shows_the_current_month_with_a_dutch_notice(client, odd_month):
    response = client.get(pages.event_index().url + f"?weergave=maand&maand={odd_month}")
    assert response.status_code == 200
    assert response.context["month"] == timezone.localdate().replace(day=1)
    assert "Die maand kan niet worden getoond" in response.content.decode()


def test_the_month_view_offers_no_link_beyond_the_months_it_shows(client):
    last_year = timezone.localdate().year + 50
    response = client.get(pages.event_index().url, {"weergave": "maand", "maand": f"{last_year}-12"})
    assert response.status_code == 200
    assert response.context["month"].year == last_year
    html = response.content.decode()
    assert 'rel="next"' not in html
    assert f"maand={last_year}-11" in html


def test_the_event_list_query_count_does_not_grow_with_the_number_of_events(client):
    theme = ThemeFactory()
    municipality = MunicipalityFactory()
    url = pages.event_index().url
    for n in range(2):
        pages.event(f"Bijeenkomst {n}", themes=[theme], municipality=municipality)
    client.get(url)  # warm caches (site root, menus)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(2, 10):
        pages.event(f"Bijeenkomst {n}", themes=[theme], municipality=municipality)
    client.get(url)  # the menus are read again once after pages were published
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(response.context["events"]) == 10
    assert len(many) == len(few)


def test_an_event_page_shows_seats_left_in_dutch(client):
    event = pages.event("Met plaatsen", capacity_in_person=50)
    for _ in range(38):
        services.register_member(event, MemberFactory(), Choice())
    html = client.get(event.url).content.decode()
    assert "nog 12 van 50 plaatsen" in html


def test_dates_are_shown_in_dutch_in_amsterdam_time(client):
    event = pages.event("Op tijd", start=datetime(2026, 12, 8, 9, 30, tzinfo=ZoneInfo("UTC")), hours=6)
    html = client.get(event.url).content.decode()
    assert "dinsdag 8 december 2026, 10.30–16.30 uur" in html


# iCalendar


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_an_event_ics_is_valid_with_a_stable_uid_and_utc_times(client):
    start = datetime(2026, 12, 8, 10, 0, tzinfo=AMSTERDAM)
    event = pages.event("Ical-test", start=start, hours=3)
    calendar = parse(client.get(event.url + "ical/"))
    (component,) = calendar.walk("VEVENT")
    assert str(component["UID"]) == event_uid(event)
    assert component.decoded("DTSTART") == start
    assert component.decoded("DTSTART").utcoffset() == timedelta(0)
    assert component.decoded("DTEND") == start + timedelta(hours=3)
    assert str(component["SUMMARY"]) == "Ical-test"
    assert "Jaarbeurs" in str(component["LOCATION"])
    for required in ("DTSTAMP", "UID"):
        assert required in component
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    again = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]
    assert str(again["UID"]) == str(component["UID"])


def test_a_changed_event_gets_a_higher_sequence_and_the_same_uid(client):
    event = pages.event("Verzet", start=timezone.now() + timedelta(days=10))
    before = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]
    event.refresh_from_db()
    event.start += timedelta(hours=1)
    event.end += timedelta(hours=1)
    revision = event.save_revision()
    revision.publish(changed=True)
    event.refresh_from_db()
    event.last_published_at = before.decoded("LAST-MODIFIED") + timedelta(seconds=5)
    event.save(update_fields=["last_published_at"])
    after = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == before.decoded("DTSTART") + timedelta(hours=1)


def test_the_public_ics_never_contains_the_online_link(client):
    event = pages.event("Online", format=EventFormat.ONLINE, capacity_online=5)
    assert event.online_url not in client.get(event.url + "ical/").content.decode()


def test_the_calendar_feed_and_the_theme_feed(client):
    theme = ThemeFactory(name="Jeugd")
    pages.event("Jeugd en gezin", themes=[theme])
    pages.event("Iets anders")
    index = pages.event_index()
    everything = parse(client.get(index.url + "ical/"))
    assert sorted(str(e["SUMMARY"]) for e in everything.walk("VEVENT")) == ["Iets anders", "Jeugd en gezin"]
    per_theme = parse(client.get(f"{index.url}thema/{theme.slug}/ical/"))
    assert [str(e["SUMMARY"]) for e in per_theme.walk("VEVENT")] == ["Jeugd en gezin"]
    assert client.get(f"{index.url}thema/bestaat-niet/ical/").status_code == 404


def test_unpublished_events_stay_out_of_lists_and_feeds(client):
    pages.event("Concept", publish=False)
    index = pages.event_index()
    assert titles(client.get(index.url)) == []
    assert b"Concept" not in client.get(index.url + "ical/").content


@pytest.mark.parametrize("line_break", ["\r", "\n", "\r\n"])
def test_a_title_with_a_line_break_stays_inside_its_own_properties(client, line_break):
    """A title saved with a line break (before titles were kept on one line) is escaped in
    every calendar: it adds no property of its own and breaks no feed."""
    title = f"Bijeenkomst{line_break}X-INJECTED:ja"
    event = pages.event(title, capacity_in_person=10)
    index = pages.event_index()

    for url in (event.url + "ical/", index.url + "ical/"):
        response = client.get(url)
        assert response.status_code == 200, url
        lines = response.content.split(b"\r\n")
        assert not [line for line in lines if line.startswith(b"X-INJECTED") or b"\r" in line or b"\n" in line]
        assert len([line for line in lines if line.startswith(b"X-WR-CALNAME")]) == 1
        (component,) = parse(response).walk("VEVENT")
        assert str(component["SUMMARY"]).replace("\r", "\n").split() == title.split()


def test_registering_for_a_meeting_whose_title_has_a_line_break_mails_a_valid_calendar(
    client, member, django_capture_on_commit_callbacks
):
    event = pages.event("Bijeenkomst\nX-INJECTED:ja", capacity_in_person=10)
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url + "aanmelden/", {"attendance": "in_person"})

    assert response.status_code == 302
    assert services.registration_for(event, member) is not None
    (attachment,) = mail.outbox[0].attachments
    content = attachment[1] if isinstance(attachment[1], bytes) else attachment[1].encode()
    assert not [line for line in content.split(b"\r\n") if line.startswith(b"X-INJECTED")]
    assert len(Calendar.from_ical(content).walk("VEVENT")) == 1
