"""A series of sessions (reeks): one registration covers the series (docs/events.md,
"Series of sessions").

- `register(series, member, choice)`: one `SeriesRegistration`, and a registration for every
  session still open for registration, each placed by that session's own rules (a seat,
  or its waitlist) through `events.services.register_member`, all in one transaction. The
  series' row is locked first, then each session's row in the order of their keys, so two
  registrations never wait on each other crosswise; no session is ever overbooked, as the
  session's lock decides its seats. One mail tells the member the outcome per session.
- Cancelling one session is that session's own cancellation (`events.services.cancel`): its
  waitlist moves up, the series registration stays.
- `cancel(series_registration)`: cancels the member's registrations for every session that
  has not started (each freed seat goes to that session's waitlist) and ends the series
  registration; one mail.
- A session published later registers the series' registrants (`enrol_registrants`, on
  `page_published`), with the session's usual mail; who cancelled that session is left out.
- Who may: members only; a series only for the network is for its members (and the
  editors), as `events.organisers.may_see` decides for single meetings.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from lerendnetwerk.mail import send_templated
from networks import membership
from networks.records import NetworkMembership, NetworkRole

from . import ical, organisers, services
from .records import Attendance, Registration, RegistrationStatus
from .series_records import EventSeries, SeriesRegistration
from .services import Choice, RegistrationError

# The pages are built on this module (events.models -> events.pages -> here): they are
# looked up when needed.


def _event_page():
    return apps.get_model("events", "EventPage")


def series_url(series, index_page=None):
    """The series' page: a route of the calendar (`/bijeenkomsten/reeks/<id>/`)."""
    if index_page is None:
        index_page = apps.get_model("events", "EventIndexPage").objects.first()
    elif not hasattr(index_page, "reverse_subpage"):  # a plain Page (a parent found on the way)
        index_page = index_page.specific
    return index_page.url + index_page.reverse_subpage("series", args=[series.pk])


# Reading


def may_see(user, series):
    """Everyone sees a series for the public calendar; one only for the network is for the
    network's members and the editors (the rule of events.organisers.may_see)."""
    if not series.circle_only:
        return True
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_editor:
        return True
    return NetworkMembership.objects.filter(network_id=series.network_id, member_id=user.pk).exists()


def series_of_meetings(meetings):
    """The series of these meetings (a network's, as the reader may see them, with
    `series` selected), each with `session_count` (its published sessions among them) and
    `first_start` and `last_start`: no query of its own."""
    found = {}
    for meeting in sorted(meetings, key=lambda meeting: meeting.start):
        if meeting.series_id is None:
            continue
        if meeting.series_id not in found:
            item = found[meeting.series_id] = meeting.series
            item.session_count, item.first_start, item.last_start = 0, None, None
        item = found[meeting.series_id]
        if meeting.live:
            item.session_count += 1
            item.first_start = item.first_start or meeting.start
            item.last_start = meeting.start
    return sorted(found.values(), key=lambda item: (item.first_start is None, item.first_start or item.created_at))


@dataclass
class SeriesAccess:
    """What the reader may do with a series, from one read of their membership (and, only
    when it matters, whether they are an editor)."""

    may_see: bool
    may_organise: bool


def access_for(user, series):
    """From `with_reader`'s `reader_role`: the network's members see a series only for the
    network, its coordinators and the editors (who may edit the network's page) organise."""
    role = getattr(series, "reader_role", None)
    active = user.is_authenticated and user.is_active
    organiser = bool(active and (role == NetworkRole.COORDINATOR or membership.is_network_editor(user, series.network)))
    visible = not series.circle_only or (active and role is not None) or organiser
    return SeriesAccess(may_see=visible, may_organise=organiser)


def with_reader(series_queryset, member):
    """The series with what the reader's page needs, in the same query: `is_registered`
    (whether `member` holds an active series registration) and `reader_role` (their role in
    the series' network, None when they are not in it)."""
    from django.db.models import CharField, Exists, OuterRef, Subquery, Value

    if not member.is_authenticated:
        return series_queryset.annotate(is_registered=Value(False), reader_role=Value(None, output_field=CharField()))
    mine = SeriesRegistration.objects.active().filter(series_id=OuterRef("pk"), member_id=member.pk)
    role = NetworkMembership.objects.filter(network_id=OuterRef("network_id"), member_id=member.pk).values("role")
    return series_queryset.annotate(is_registered=Exists(mine), reader_role=Subquery(role[:1]))


def may_organise(user, series):
    return organisers.may_organise_for(user, network=series.network)


def sessions_of(series, *, organiser=False):
    """The series' sessions in time order: the published ones, and for its organisers also
    those waiting for the editors."""
    sessions = _event_page().objects.filter(series=series).select_related("municipality").order_by("start", "pk")
    return sessions if organiser else sessions.live()


def for_session(event, member):
    """The series of a session with what its page says, in one query: `session_count`
    (published sessions), `session_number` (this one's place among them, 0 when it is not
    published) and `is_registered` (whether `member` holds an active registration for the
    series)."""
    from django.db.models import Exists, OuterRef, Q, Value

    live = Q(sessions__live=True)
    before = Q(sessions__start__lt=event.start) | Q(sessions__start=event.start, sessions__pk__lte=event.pk)
    found = EventSeries.objects.filter(pk=event.series_id).annotate(
        session_count=Count("sessions", filter=live),
        session_number=Count("sessions", filter=live & before) if event.live else Value(0),
    )
    if member.is_authenticated:
        mine = SeriesRegistration.objects.active().filter(series_id=OuterRef("pk"), member_id=member.pk)
        found = found.annotate(is_registered=Exists(mine))
    found = found.first()
    if found is not None and not member.is_authenticated:
        found.is_registered = False
    return found


def registration_of(series, member):
    if not member.is_authenticated:
        return None
    return SeriesRegistration.objects.filter(series=series, member=member).first()


def seats_left(sessions):
    """{session id: seats left of the session's kinds of attendance, None without a limit},
    for all sessions in one query."""
    taken = {}
    counts = (
        Registration.objects.filter(event__in=[session.pk for session in sessions])
        .confirmed()
        .values_list("event_id", "attendance")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for event_id, attendance, count in counts:
        taken[event_id, attendance] = count
    left = {}
    for session in sessions:
        limits = [
            (session.capacity_for(attendance), taken.get((session.pk, attendance), 0))
            for attendance in session.attendance_options
        ]
        if any(capacity is None for capacity, _taken in limits):
            left[session.pk] = None
        else:
            left[session.pk] = sum(max(capacity - count, 0) for capacity, count in limits)
    return left


def own_registrations(sessions, member):
    """{session id: the member's registration (with its waitlist position)} in one query."""
    if not member.is_authenticated:
        return {}
    registrations = services.with_waitlist_position(
        Registration.objects.filter(event__in=[session.pk for session in sessions], member=member)
    )
    return {registration.event_id: registration for registration in registrations}


def open_sessions(series, now=None):
    now = now or timezone.now()
    return [session for session in sessions_of(series) if session.registration_state(now) == "open"]


# Changing


@dataclass
class SeriesOutcome:
    """What registering for the series gave: the series registration and the registration
    per session (in time order)."""

    series_registration: SeriesRegistration
    registrations: list

    @property
    def confirmed(self):
        return [r for r in self.registrations if r.status == RegistrationStatus.CONFIRMED]

    @property
    def waitlisted(self):
        return [r for r in self.registrations if r.status == RegistrationStatus.WAITLISTED]


def _lock(series):
    return EventSeries.objects.select_for_update().get(pk=series.pk)


def _check_member(series, member):
    if not (member.is_authenticated and member.is_active):
        raise RegistrationError(_("Log in to register for this series."))
    if not may_see(member, series):
        raise RegistrationError(_("This series is only for the members of the learning network."))


def _register_sessions(sessions, member, choice, now, *, announce):
    """Register the member for each of these open sessions they hold no registration for,
    in the order of the sessions' keys (the order every series action locks them in). A
    session that closed meanwhile is left out."""
    held = set(
        Registration.objects.filter(event__in=[s.pk for s in sessions], member=member)
        .active()
        .values_list("event_id", flat=True)
    )
    sessions = sorted((s for s in sessions if s.pk not in held), key=lambda session: session.pk)
    made = []
    for session in sessions:
        session_choice = Choice(
            attendance=choice.attendance
            if choice.attendance in session.attendance_options
            else session.attendance_options[0],
            public_consent=choice.public_consent,
        )
        try:
            made.append(services.register_member(session, member, session_choice, now=now, announce=announce))
        except RegistrationError:
            continue  # closed (or the member registered) in the meantime: the rest still counts
    return sorted(made, key=lambda registration: (registration.event.start, registration.event_id))


def register(series, member, choice, *, now=None):
    """Register `member` for the series: every session still open, each confirmed or on its
    waitlist by its own seats. Registering twice is refused; after cancelling the series,
    registering again works. Returns a SeriesOutcome."""
    now = now or timezone.now()
    _check_member(series, member)
    if choice.attendance not in Attendance.values:
        raise RegistrationError(_("Choose how you will take part."), field="attendance")
    with transaction.atomic():
        series = _lock(series)
        existing = SeriesRegistration.objects.filter(series=series, member=member).first()
        if existing is not None and existing.is_active:
            raise RegistrationError(_("You are already registered for this series."))
        sessions = open_sessions(series, now)
        if not sessions:
            raise RegistrationError(_("No session of this series is open for registration."))
        # A session the member registered for on its own keeps that registration.
        registrations = _register_sessions(sessions, member, choice, now, announce=False)
        series_registration = existing or SeriesRegistration(series=series, member=member)
        series_registration.attendance = choice.attendance
        series_registration.public_consent = choice.public_consent
        series_registration.created_at = now if existing is None else series_registration.created_at
        series_registration.cancelled_at = None
        series_registration.save()
        if registrations:
            _send(series, member, "series_registered", registrations)
    return SeriesOutcome(series_registration, registrations)


def cancel(series_registration, *, now=None):
    """End the member's series registration: their registrations for the sessions that
    have not started are cancelled (each freed seat goes to that session's waitlist).
    A session whose cancellation deadline has passed keeps its registration (the
    organisers can still cancel it); the answer names those. Returns (cancelled
    registrations, kept registrations)."""
    now = now or timezone.now()
    with transaction.atomic():
        series = _lock(series_registration.series)
        series_registration = SeriesRegistration.objects.select_for_update().get(pk=series_registration.pk)
        if not series_registration.is_active:
            return [], []
        active = (
            Registration.objects.filter(
                event__series=series, member_id=series_registration.member_id, event__start__gt=now
            )
            .active()
            .select_related("event")
            .order_by("event_id")
        )
        cancelled, kept = [], []
        for registration in active:
            if not registration.event.cancellation_open(now):
                kept.append(registration)
                continue
            cancelled.append(services.cancel(registration, now=now, announce=False))
        series_registration.cancelled_at = now
        series_registration.save(update_fields=["cancelled_at"])
        if cancelled:
            _send(series, series_registration.member, "series_cancelled", cancelled)
    return cancelled, kept


def enrol_registrants(session, *, now=None):
    """A session of a series was published: register the series' active registrants who
    hold no registration for it (someone who cancelled this session stays cancelled), each
    by the session's seats, with the session's usual mail. Safe to run more than once."""
    now = now or timezone.now()
    if session.series_id is None:
        return []
    with transaction.atomic():
        series = _lock(session.series)
        session = _event_page().objects.get(pk=session.pk)
        if not session.live or session.registration_state(now) != "open":
            return []
        already = Registration.objects.filter(event=session, member__isnull=False).values_list("member_id", flat=True)
        registrants = (
            SeriesRegistration.objects.active()
            .filter(series=series)
            .exclude(member_id__in=already)
            .filter(member__is_active=True)
            .select_related("member")
            .order_by("created_at", "pk")
        )
        made = []
        for registrant in registrants:
            attendance = registrant.attendance
            if attendance not in session.attendance_options:
                attendance = session.attendance_options[0]
            choice = Choice(attendance=attendance, public_consent=registrant.public_consent)
            try:
                made.append(services.register_member(session, registrant.member, choice, now=now))
            except RegistrationError:
                continue
        return made


def session_published(sender, instance, **kwargs):
    """page_published: a session of a series reaches the series' registrants (after the
    publication has committed)."""
    if instance.series_id is not None:
        transaction.on_commit(lambda: enrol_registrants(instance))


# Mail


def _send(series, member, kind, registrations):
    """One mail about the series (after commit): the sessions with the member's status in
    each, and an .ics with them."""
    calendar = ical.registrations_calendar(registrations, series.title)
    context = {
        "series": series,
        "name": member.display_name,
        "registrations": registrations,
        "series_url": services.absolute_url(series_url(series)),
    }
    with override(settings.LANGUAGE_CODE):
        send_templated(
            f"events/email/{kind}",
            context,
            to=[member.email],
            attachments=[("reeks.ics", calendar, "text/calendar; charset=utf-8; method=PUBLISH")],
        )
