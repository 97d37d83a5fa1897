"""Meetings as iCalendar (RFC 5545), with the icalendar package.

Every text goes through icalendar's TEXT type (vText), which escapes line breaks, commas
and semicolons, so a title cannot add properties of its own. UIDs are stable per event
(`event-<page id>@<host>`), so a calendar that imported the meeting updates it instead of
adding a copy. Times are written in UTC (unambiguous, no VTIMEZONE needed). SEQUENCE is
the moment of the last publication in whole seconds: it grows every time the editor
publishes a change, which is all RFC 5545 asks of it.
"""

from datetime import UTC
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText

from .records import EventFormat, RegistrationStatus

PRODID = "-//Lerend Netwerk//Bijeenkomsten//NL"


def _host():
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "lerendnetwerk.nl"


def event_uid(event):
    return f"event-{event.pk}@{_host()}"


def _absolute(url):
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def _location(event):
    if event.format == EventFormat.ONLINE:
        return str(_("Online"))
    parts = [event.venue, " ".join(event.address.split())]
    location = ", ".join(part for part in parts if part)
    if event.format == EventFormat.HYBRID:
        location = _("%(place)s and online") % {"place": location}
    return location


def _description(event, registration):
    lines = [strip_tags(event.summary)]
    if registration is not None:
        if registration.status == RegistrationStatus.CONFIRMED:
            lines.append(_("You are registered."))
            if event.online_url:
                lines.append(_("Take part online: %(url)s") % {"url": event.online_url})
        elif registration.status == RegistrationStatus.WAITLISTED:
            lines.append(_("You are on the waitlist."))
    lines.append(_absolute(event.url or "/"))
    return "\n\n".join(lines)


def event_component(event, registration=None, now=None):
    """One VEVENT. With a registration (personal feed, e-mail attachment) it says the
    person's status and, for confirmed attendees only, carries the online link."""
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", now or timezone.now())
    component.add("dtstart", event.start.astimezone(UTC))
    component.add("dtend", event.end.astimezone(UTC))
    component.add("summary", event.title)
    component.add("description", _description(event, registration))
    component.add("location", _location(event))
    component.add("url", _absolute(event.url or "/"))
    published = event.last_published_at or event.latest_revision_created_at or event.start
    component.add("last-modified", published.astimezone(UTC))
    component.add("sequence", int(published.timestamp()))
    status = "CONFIRMED"
    if registration is not None and registration.status == RegistrationStatus.WAITLISTED:
        status = "TENTATIVE"
    if registration is not None and registration.status == RegistrationStatus.CANCELLED:
        status = "CANCELLED"
    component.add("status", status)
    for theme in event.themes.all():
        component.add("categories", theme.name)
    return component


def calendar(components, name):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # An X- property is not known to icalendar as TEXT: without vText a line break in the
    # name would go out unescaped (a property of its own, or a calendar that cannot be
    # written). The name is one line anyway.
    cal.add("x-wr-calname", vText(" ".join(str(name).split())))
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for component in components:
        cal.add_component(component)
    return cal.to_ical()


def event_calendar(event, registration=None):
    """The .ics for one meeting (download, or attached to an e-mail)."""
    return calendar([event_component(event, registration)], event.title)


def events_calendar(events, name):
    now = timezone.now()
    return calendar([event_component(event, now=now) for event in events], name)


def registrations_calendar(registrations, name):
    now = timezone.now()
    return calendar([event_component(r.event, r, now=now) for r in registrations], name)
