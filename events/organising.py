"""Meetings made by the people who hold them: a learning network's coordinators and a
practice's trekkers create, change and cancel their meetings on the site (the editors
can too). Who may: events.organisers.

- A meeting for the circle only (`circle_only`: the network's members, the practice's
  participants) is published at once; the network's members hear of it when it is first
  published (events.moderation: networks.signals.meeting_announced, once per meeting).
- A meeting for the public calendar is saved as a draft and submitted to the editors'
  moderation: the Wagtail workflow that reviews experiences (practices.services), so the
  editors find it where they review the rest. Editors themselves publish at once.
- Changing a published public meeting goes through moderation again; the live page keeps
  the old version until the editors approve.
- Cancelling closes registration, marks the meeting as not going ahead and tells every
  confirmed or waitlisted attendee by mail (after commit).

The description is plain text: it is escaped and turned into paragraphs once, at save,
into the page's StreamField; the text as typed is kept for changing it later.
"""

from dataclasses import dataclass, replace
from itertools import pairwise

from django.db import transaction
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from practices.services import experience_workflow

from . import organisers
from .models import EventIndexPage, EventPage, EventSeries, EventType
from .records import Audience, EventFormat, Registration, RegistrationStatus
from .services import send_to_attendee


class OrganiseError(Exception):
    """A rule that stops this change; the message is for the organiser."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class MeetingDetails:
    """What the organiser fills in (the form's cleaned data, as the service wants it)."""

    title: str
    summary: str
    start: object
    end: object
    format: str = EventFormat.IN_PERSON
    venue: str = ""
    address: str = ""
    municipality: object = None
    online_url: str = ""
    capacity: int | None = None
    registration_closes: object = None
    description: str = ""
    audience: str = Audience.MEMBERS
    circle_only: bool = True


PUBLISHED = "published"
SUBMITTED = "submitted"


def _description_blocks(text):
    """The plain text as the page's description: escaped paragraphs (rendered once, here)."""
    text = (text or "").strip()
    if not text:
        return []
    return [("paragraph", RichText(linebreaks_filter(escape(text), autoescape=False)))]


def _check(details, now, *, existing=None):
    if details.end <= details.start:
        raise OrganiseError(_("The end must be after the start."), field="end")
    if details.start < now and (existing is None or details.start != existing.start):
        raise OrganiseError(_("The start cannot be in the past."), field="start")
    if details.registration_closes and details.registration_closes > details.start:
        raise OrganiseError(_("Registration must close before the meeting starts."), field="registration_closes")
    if details.format in (EventFormat.ONLINE, EventFormat.HYBRID) and not details.online_url:
        raise OrganiseError(_("An online or hybrid meeting needs an online link."), field="online_url")
    if details.format in (EventFormat.IN_PERSON, EventFormat.HYBRID) and not (details.venue or details.address):
        raise OrganiseError(_("A meeting in person needs a venue or an address."), field="venue")


def _apply(page, details):
    page.title = details.title
    page.summary = details.summary
    page.start = details.start
    page.end = details.end
    page.format = details.format
    page.venue = details.venue if details.format != EventFormat.ONLINE else ""
    page.address = details.address if details.format != EventFormat.ONLINE else ""
    page.municipality = details.municipality if details.format != EventFormat.ONLINE else None
    page.online_url = details.online_url if details.format != EventFormat.IN_PERSON else ""
    page.capacity_in_person = details.capacity if details.format != EventFormat.ONLINE else None
    page.capacity_online = details.capacity if details.format == EventFormat.ONLINE else None
    if details.format == EventFormat.HYBRID:
        page.capacity_online = None
    page.registration_closes = details.registration_closes
    page.description_text = details.description
    page.description = _description_blocks(details.description)
    # A meeting only for the circle is for members of the site: no guests from outside.
    page.audience = Audience.MEMBERS if details.circle_only else details.audience
    page.circle_only = details.circle_only


def _unique_slug(parent, title):
    base = slugify(title)[:60] or "bijeenkomst"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _submit_for_moderation(page, actor):
    # The organiser hears the editors' decision from us (events.moderation), in Dutch and
    # with links they can open; Wagtail's own notices point into the admin.
    UserProfile.objects.filter(pk=UserProfile.get_for_user(actor).pk).update(
        approved_notifications=False, rejected_notifications=False
    )
    state = page.current_workflow_state
    if state is None:
        (page.get_workflow() or experience_workflow()).start(page, actor)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # Sent back by the editors: the same review goes on with the new version.
        state.resume(user=actor)


def _publish_or_submit(page, actor):
    revision = page.save_revision(user=actor, log_action=True)
    if page.circle_only or actor.is_editor:
        # The organiser's right comes from events.organisers, not from Wagtail's page
        # permissions (coordinators and trekkers have none in the admin).
        revision.publish(user=actor, skip_permission_checks=True)
        return PUBLISHED
    _submit_for_moderation(page, actor)
    return SUBMITTED


def _require_organiser_for(actor, network, practice):
    if (network is None) == (practice is None):
        raise OrganiseError(_("A meeting belongs to one learning network or one practice."))
    if not organisers.may_organise_for(actor, network=network, practice=practice):
        raise OrganiseError(
            _("Only the coordinators of the network, the trekkers of the practice and the editors can do this.")
        )


def _calendar():
    index = EventIndexPage.objects.first()
    if index is None:
        raise OrganiseError(_("The calendar does not exist yet. Please ask the editors."))
    return index


def _add_meeting(actor, details, index, *, network=None, practice=None, series=None):
    """Make the page and publish it or send it to moderation (inside the caller's
    transaction). Returns (page as saved, outcome)."""
    page = EventPage(
        event_type=EventType.LEARNING_NETWORK if network else EventType.REGIONAL,
        network=network,
        organising_practice=practice,
        organised_by=actor,
        series=series,
        live=False,
    )
    _apply(page, details)
    page.slug = _unique_slug(index, details.title)
    page.full_clean(exclude=["path", "depth", "url_path"])
    index.add_child(instance=page)
    if practice is not None:
        page.practices.set([practice])
    outcome = _publish_or_submit(page, actor)
    return EventPage.objects.get(pk=page.pk), outcome


def create_meeting(actor, details, *, network=None, practice=None, now=None):
    """A meeting of `network` or of `practice`, made by one of its organisers. Returns
    (event, outcome): PUBLISHED for a meeting only for the circle (or made by an editor),
    SUBMITTED for one that waits for the editors' moderation."""
    now = now or timezone.now()
    _require_organiser_for(actor, network, practice)
    _check(details, now)
    index = _calendar()
    with transaction.atomic():
        # Published: the network's members hear of it (events.moderation, on page_published).
        page, outcome = _add_meeting(actor, details, index, network=network, practice=practice)
    return page, outcome


# A series of sessions (events.series holds the registration rules)


@dataclass
class SessionTimes:
    """One session of a series: when, and its own number of seats (None: the series')."""

    start: object
    end: object
    capacity: int | None = None


MIN_SESSIONS = 2
MAX_SESSIONS = 12


def _check_sessions(details, sessions, now, *, existing=()):
    """The sessions in time order; refuses too few or too many, one in the past, an end
    before its start, and sessions that overlap each other or the series' sessions."""
    for number, session in enumerate(sessions, start=1):
        if session.end <= session.start:
            raise OrganiseError(
                _("Session %(number)s: the end must be after the start.") % {"number": number}, field="sessions"
            )
        if session.start < now:
            raise OrganiseError(
                _("Session %(number)s: the start cannot be in the past.") % {"number": number}, field="sessions"
            )
    ordered = sorted([*existing, *sessions], key=lambda session: session.start)
    for earlier, later in pairwise(ordered):
        if later.start < earlier.end:
            raise OrganiseError(_("Two sessions overlap: give each session its own time."))
    for session in sessions:
        _check(_session_details(details, session), now)
    return sorted(sessions, key=lambda session: session.start)


def _session_details(details, session):
    return replace(
        details,
        start=session.start,
        end=session.end,
        capacity=session.capacity if session.capacity is not None else details.capacity,
        registration_closes=None,
        audience=Audience.MEMBERS,
    )


def create_series(actor, details, sessions, *, network, now=None):
    """A series of sessions of `network`, made by one of its organisers: the series and one
    meeting per session with the shared details (`details`: MeetingDetails; its start and
    end are ignored) and each session's own time and seats. Published at once for the
    network only, otherwise every session waits for the editors' moderation. The network's
    members hear of it once. Returns (series, sessions, outcome); nothing is saved when a
    session is refused."""
    now = now or timezone.now()
    _require_organiser_for(actor, network, None)
    if len(sessions) < MIN_SESSIONS:
        raise OrganiseError(_("A series has at least two sessions."), field="sessions")
    if len(sessions) > MAX_SESSIONS:
        raise OrganiseError(_("A series has at most %(count)s sessions.") % {"count": MAX_SESSIONS}, field="sessions")
    sessions = _check_sessions(details, sessions, now)
    index = _calendar()
    with transaction.atomic():
        series = EventSeries.objects.create(
            title=details.title,
            summary=details.summary,
            description=details.description,
            network=network,
            circle_only=details.circle_only,
            organised_by=actor,
            created_at=now,
        )
        made = [
            _add_meeting(actor, _session_details(details, session), index, network=network, series=series)
            for session in sessions
        ]
        pages = [page for page, _outcome in made]
        outcome = made[0][1]
        # Published: the network's members hear of the series once (events.moderation).
    return series, pages, outcome


def series_details(session):
    """The shared details of a series as its (latest) session holds them, to add another."""
    return MeetingDetails(
        title=session.title,
        summary=session.summary,
        start=session.start,
        end=session.end,
        format=session.format,
        venue=session.venue,
        address=session.address,
        municipality=session.municipality,
        online_url=session.online_url,
        capacity=session.capacity_in_person if session.capacity_in_person is not None else session.capacity_online,
        description=session.description_text,
        audience=Audience.MEMBERS,
        circle_only=session.circle_only,
    )


def add_session(actor, series, session, *, now=None):
    """One more session of the series, with the details of its latest session. Its
    registrants are registered for it once it is published (events.series, on
    `page_published`). Returns (event, outcome)."""
    now = now or timezone.now()
    if not organisers.may_organise_for(actor, network=series.network):
        raise OrganiseError(_("Only the coordinators of the network and the editors can do this."))
    latest = EventPage.objects.filter(series=series).order_by("-start", "-pk").first()
    if latest is None:
        raise OrganiseError(_("This series has no sessions to copy the details from."))
    latest = latest.get_latest_revision_as_object()
    details = series_details(latest)
    details.title = series.title
    existing = [
        SessionTimes(start, end)
        for start, end in EventPage.objects.filter(series=series, cancelled_at__isnull=True).values_list("start", "end")
    ]
    if len(existing) >= MAX_SESSIONS:
        raise OrganiseError(_("A series has at most %(count)s sessions.") % {"count": MAX_SESSIONS})
    _check_sessions(details, [session], now, existing=existing)
    index = _calendar()
    with transaction.atomic():
        return _add_meeting(actor, _session_details(details, session), index, network=series.network, series=series)


def change_meeting(actor, event, details, *, now=None):
    """The organisers change their meeting: for the circle, published at once; for the
    public calendar, the change waits for the editors' moderation (editors publish)."""
    now = now or timezone.now()
    if not organisers.may_organise(actor, event):
        raise OrganiseError(_("Only the organisers of this meeting can change it."))
    if event.is_cancelled:
        raise OrganiseError(_("This meeting has been cancelled."))
    event = event.get_latest_revision_as_object()
    _check(details, now, existing=event)
    with transaction.atomic():
        _apply(event, details)
        event.full_clean(exclude=["path", "depth", "url_path"])
        outcome = _publish_or_submit(event, actor)
    return EventPage.objects.get(pk=event.pk), outcome


def cancel_meeting(actor, event, *, now=None):
    """The meeting does not go ahead: registration closes, it says so on its page, and
    every confirmed or waitlisted attendee gets a mail. Cancelling twice changes nothing."""
    now = now or timezone.now()
    if not organisers.may_organise(actor, event):
        raise OrganiseError(_("Only the organisers of this meeting can cancel it."))
    with transaction.atomic():
        event = EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)
        if event.is_cancelled:
            return event
        EventPage.objects.filter(pk=event.pk).update(cancelled_at=now)
        event.cancelled_at = now
        active = Registration.objects.filter(
            event=event, status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
        )
        for registration in active.select_related("event"):
            registration.event = event
            send_to_attendee(registration, "meeting_cancelled")
        active.update(status=RegistrationStatus.CANCELLED, cancelled_at=now)
        Registration.objects.filter(event=event, status=RegistrationStatus.PENDING).update(
            status=RegistrationStatus.CANCELLED, cancelled_at=now
        )
    return event


# Reading


def meetings_of(user, *, network=None, practice=None, organiser=None, now=None):
    """(upcoming, past) meetings of a network or practice that `user` may see: live ones,
    and for its organisers also those waiting for moderation. `organiser`: whether `user`
    organises for it, when the caller knows already."""
    now = now or timezone.now()
    if organiser is None:
        organiser = organisers.may_organise_for(user, network=network, practice=practice)
    if network is not None:
        meetings = EventPage.objects.filter(network=network)
    else:
        meetings = EventPage.objects.filter(organising_practice=practice)
    if not organiser:
        meetings = organisers.visible_meetings(user, meetings.live())
    # One query: a network or practice holds a few meetings a year (with the series a
    # session belongs to).
    meetings = list(meetings.select_related("series").order_by("start"))
    upcoming = [meeting for meeting in meetings if meeting.end >= now]
    past = [meeting for meeting in reversed(meetings) if meeting.end < now][:PAST_SHOWN]
    return upcoming, past


PAST_SHOWN = 10
