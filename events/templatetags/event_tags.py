from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from events.records import EventFormat

register = template.Library()


def _time(moment):
    return formats.time_format(moment, "H.i")


@register.filter
def when(event):
    """The meeting's date and time in the reader's language, e.g. "dinsdag 8 december
    2026, 10.00–16.00 uur" (Europe/Amsterdam), or a range over several days."""
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end)
    day = formats.date_format(start, "l j F Y")
    if start.date() == end.date():
        return _("%(day)s, %(start)s–%(end)s") % {"day": day, "start": _time(start), "end": _time(end)}
    return _("%(start_day)s %(start)s until %(end_day)s %(end)s") % {
        "start_day": day,
        "start": _time(start),
        "end_day": formats.date_format(end, "l j F Y"),
        "end": _time(end),
    }


@register.filter
def place(event):
    """Where: the venue and town, 'online', or both for hybrid meetings."""
    if event.format == EventFormat.ONLINE:
        return _("Online")
    parts = [event.venue]
    if event.municipality_id:
        parts.append(event.municipality.name)
    where = ", ".join(p for p in parts if p)
    if event.format == EventFormat.HYBRID:
        return _("%(place)s and online") % {"place": where}
    return where


@register.inclusion_tag("events/includes/organised_meetings.html", takes_context=True)
def organised_meetings(context, network=None, practice=None, heading_level=2):
    """The meetings of a learning network or of a practice (its own local meetings), as
    far as the reader may see them, with the way to organise one for its organisers. The
    network's page and the practice's werkruimte show it (networks and practices may not
    import events: .importlinter)."""
    from events import organisers, organising, series
    from events.models import EventIndexPage

    user = context["request"].user
    # The page's own answer when it has one (the network's page and the werkruimte both
    # know whether the reader manages them): the same rule, asked once.
    access = context.get("access")
    if access is not None and hasattr(access, "may_manage"):
        may_organise = bool(user.is_authenticated and access.may_manage)
    else:
        may_organise = organisers.may_organise_for(user, network=network, practice=practice)
    upcoming, past = organising.meetings_of(user, network=network, practice=practice, organiser=may_organise)
    meeting_series = series.series_of_meetings(upcoming + past)
    index_page = EventIndexPage.objects.first() if meeting_series else None
    series_urls = {}
    if index_page is not None:
        ids = {item.pk for item in meeting_series} | {m.series_id for m in upcoming + past if m.series_id}
        base = index_page.url
        series_urls = {pk: base + index_page.reverse_subpage("series", args=[pk]) for pk in ids}
    for item in meeting_series:
        item.url = series_urls.get(item.pk)
    for meeting in upcoming + past:
        meeting.series_url = series_urls.get(meeting.series_id)
    return {
        "request": context["request"],
        "network": network,
        "practice": practice,
        "upcoming": upcoming,
        "past": past,
        "may_organise": may_organise,
        "meeting_series": meeting_series,
        "series_urls": series_urls,
        "heading_level": heading_level,
    }
