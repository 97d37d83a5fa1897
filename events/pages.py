"""What the calendar pages answer (events.models routes here): the calendar as a list and
as a month view, the archive and the calendar feeds; one meeting's page, registering,
cancelling and its iCal file. The pages come in as arguments, so this module builds on
the records, forms and services and the page models build on it."""

import calendar
import datetime
import re
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum.access import can_read_thread
from lerendnetwerk import shared_fragments
from lerendnetwerk.page_queries import stored
from lerendnetwerk.paging import page_of
from lerendnetwerk.ratelimit import RateLimited, check_rate
from members.admin_access import is_editor as remembered_is_editor
from themes.models import Theme
from themes.prefetch import prefetch_themes

from . import evaluation, ical, organisers, series, services
from .forms import EventFilterForm, RegistrationForm, SeriesRegistrationForm
from .records import Registration, RegistrationStatus
from .series_records import EventSeries

PERSONAL_FEED_PAST_DAYS = 60


def _filtered(request):
    form = EventFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    return form, filters


def _apply_filters(events, filters):
    if "type" in filters:
        events = events.filter(event_type=filters["type"])
    if "theme" in filters:
        events = events.filter(theme_items__tag=filters["theme"])
    if "format" in filters:
        events = events.filter(format=filters["format"])
    if "province" in filters:
        events = events.filter(municipality__province=filters["province"])
    return events.distinct()


# The month view shows months this many years around today; further away there is
# nothing to show, and the neighbouring months must stay valid dates.
CALENDAR_YEARS_AROUND_TODAY = 50
MONTH_PARAMETER = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)


def _month_range(today):
    first = datetime.date(today.year - CALENDAR_YEARS_AROUND_TODAY, 1, 1)
    last = datetime.date(today.year + CALENDAR_YEARS_AROUND_TODAY, 12, 1)
    return first, last


def _parse_month(value, today):
    """The first day of the month in `value` ("2026-03"), or None when it is not a month
    the calendar shows (missing, malformed or too far from today)."""
    match = MONTH_PARAMETER.fullmatch(value or "")
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return None
    first_day = datetime.date(int(match.group(1)), int(match.group(2)), 1)
    first, last = _month_range(today)
    return first_day if first <= first_day <= last else None


def _month_notice(today):
    first, last = _month_range(today)
    return _(
        "That month cannot be shown: give a year and month between %(first)s and %(last)s, "
        "e.g. %(example)s. Here is the current month."
    ) % {"first": first.strftime("%Y-%m"), "last": last.strftime("%Y-%m"), "example": today.strftime("%Y-%m")}


def _month_weeks(first_day, events, today):
    """The month as weeks of days (Monday first), each day with the events on it."""
    by_day = defaultdict(list)
    for event in events:
        day = timezone.localtime(event.start).date()
        last = timezone.localtime(event.end).date()
        while day <= last:
            by_day[day].append(event)
            day += datetime.timedelta(days=1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first_day.year, first_day.month)
    return [
        [
            {"date": day, "in_month": day.month == first_day.month, "is_today": day == today, "events": by_day[day]}
            for day in week
        ]
        for week in weeks
    ]


def _weekdays():
    """(name, abbreviation) of the days of the week, Monday first, in the active language."""
    monday = datetime.date(2024, 1, 1)
    days = [monday + datetime.timedelta(days=n) for n in range(7)]
    return [(formats.date_format(day, "l"), formats.date_format(day, "D")) for day in days]


def _shift_month(first_day, months):
    month_index = first_day.year * 12 + first_day.month - 1 + months
    return datetime.date(month_index // 12, month_index % 12 + 1, 1)


def event_index(request, index_page):
    """The calendar: the same for every reader, read only when the page's content is not
    kept (templates/events/event_index_page.html, lerendnetwerk.shared_fragments)."""
    names = (
        *("form", "is_filtered", "filter_query", "view", "page_obj", "events", "month", "month_notice"),
        *("weekdays", "weeks", "month_events", "previous_month", "next_month"),
    )
    context = shared_fragments.lazy_context(lambda: _calendar(request, index_page), names)
    return index_page.render(request, context_overrides=context)


def _calendar(request, index_page):
    form, filters = _filtered(request)
    now = timezone.now()
    events = _apply_filters(index_page.listed_events(), filters)
    context = dict.fromkeys(("page_obj", "events", "month", "month_notice", "weekdays", "weeks"))
    context.update(month_events=None, previous_month=None, next_month=None)
    context.update({"form": form, "is_filtered": bool(filters), "filter_query": _filter_query(request)})
    if request.GET.get("weergave") == "maand":
        today = timezone.localdate()
        first_day = _parse_month(request.GET.get("maand"), today)
        if first_day is None:
            if request.GET.get("maand"):
                context["month_notice"] = _month_notice(today)
            first_day = today.replace(day=1)
        range_first, range_last = _month_range(today)
        previous_month, next_month = _shift_month(first_day, -1), _shift_month(first_day, 1)
        start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time.min))
        end = timezone.make_aware(datetime.datetime.combine(next_month, datetime.time.min))
        in_month = list(events.filter(start__lt=end, end__gte=start).order_by("start"))
        context.update(
            view="month",
            month=first_day,
            weekdays=_weekdays(),
            weeks=_month_weeks(first_day, in_month, today),
            month_events=in_month,
            previous_month=previous_month if previous_month >= range_first else None,
            next_month=next_month if next_month <= range_last else None,
        )
    else:
        upcoming = events.filter(end__gte=now).order_by("start")
        page_obj = Paginator(upcoming, settings.EVENT_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(view="list", page_obj=page_obj, events=page_obj.object_list)
    return context


def _filter_query(request):
    """The current filters as a query string, to keep them when switching view or month."""
    query = request.GET.copy()
    for key in ("weergave", "maand", "page"):
        query.pop(key, None)
    return query.urlencode()


def event_archive(request, index_page):
    """Past meetings: the same for every reader, read only when the page's content is not
    kept (templates/events/event_archive.html, lerendnetwerk.shared_fragments)."""

    def archive():
        form, filters = _filtered(request)
        past = _apply_filters(index_page.listed_events(), filters).filter(end__lt=timezone.now()).order_by("-start")
        page_obj = Paginator(past, settings.EVENT_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
        return {"form": form, "is_filtered": bool(filters), "page_obj": page_obj, "events": page_obj.object_list}

    context = shared_fragments.lazy_context(archive, ("form", "is_filtered", "page_obj", "events"))
    return index_page.render(request, template="events/event_archive.html", context_overrides=context)


# One meeting


def _registration_form(request, event, registration=None, data=None):
    member = request.user if request.user.is_authenticated else None
    initial = {}
    if registration is not None:  # registering again after cancelling: keep the earlier answers
        initial = {"attendance": registration.attendance, "public_consent": registration.public_consent}
    return RegistrationForm(
        data,
        event=event,
        member=member,
        workshop_places=services.workshop_places_left(event),
        initial=initial,
    )


def event_context(request, event, form=None):
    registration = services.registration_for(event, request.user)
    is_member = request.user.is_authenticated
    can_register = (
        event.registration_state() == "open"
        and (is_member or event.is_open_to_guests)
        and not (registration and registration.is_active)
    )
    if form is None and can_register:
        form = _registration_form(request, event, registration)

    def shared():
        """What every reader of an audience sees alike below the registration: read only
        when that part is not kept (templates/events/event_page.html, lerendnetwerk.shared_fragments)."""
        attendees = []
        if is_member:  # the names in pages (?deelnemers=2)
            names = (
                Registration.objects.confirmed()
                .filter(event=event, public_consent=True)
                .order_by("name", "pk")
                .values_list("name", flat=True)
            )
            attendees = page_of(
                names, settings.EVENT_ATTENDEES_PAGE_SIZE, request.GET.get("deelnemers"), count=names.count()
            )
        # The related lessons' cards with their themes, in one query.
        related_lessons = list(event.related_lessons.all())
        prefetch_themes(related_lessons)
        return {
            "attendees": attendees,
            "related_lessons": related_lessons,
            "meeting_practices": stored(event.practices).live(),
        }

    if registration is not None and registration.status == RegistrationStatus.WAITLISTED:
        registration = services.with_waitlist_position(Registration.objects.filter(pk=registration.pk)).first()
    index_page = event.get_parent()
    series_panel = None
    if event.series_id is not None:
        # The series' routes are the calendar's own (RoutablePageMixin): its specific page
        # (the parent found on the way is a plain Page).
        index_page = apps.get_model("events", "EventIndexPage").remembered(request)
        series_panel = _series_panel(request, event, registration, index_page)
        if series_panel["form"] is not None:  # registering here registers for the series
            can_register, form = False, None
    # The organisers' links: asked of the memberships for a network's or a practice's
    # meeting; for the institute's own, only of an editor (remembered, no query for others).
    organiser = bool(
        is_member
        and (event.network_id or event.organising_practice_id or remembered_is_editor(request.user))
        and organisers.may_organise(request.user, event)
    )
    return {
        "registration": registration,
        "registration_state": event.registration_state(),
        "can_register": can_register,
        "can_cancel": bool(registration and registration.is_active and event.cancellation_open()),
        "form": form,
        "seats": services.seat_summary(event),
        **shared_fragments.lazy_context(shared, ("attendees", "related_lessons", "meeting_practices")),
        "show_online_link": bool(
            registration and registration.status == RegistrationStatus.CONFIRMED and event.online_url
        ),
        "index_page": index_page,
        "series_panel": series_panel,
        "evaluation": evaluation.page_links(request.user, event, registration),
        # The way to change it, for its organisers when it was made on the site; the
        # organisers' tools (attendees, messages, evaluation) for every organiser.
        "organiser_links": organiser and bool(event.network_id or event.organising_practice_id),
        "organiser_tools": organiser,
        "discussion": event.discussion
        if event.discussion_id and can_read_thread(request.user, event.discussion)
        else None,
    }


def _series_panel(request, event, registration, index_page):
    """What a session's page says of its series: "session 2 of 4", the link to the series,
    whether the reader is registered for the series and, for a member who is not (and holds
    no registration for this session), the form that registers for the whole series."""
    event_series = series.for_session(event, request.user)
    registered = event_series.is_registered
    offer = (
        request.user.is_authenticated
        and not registered
        and not (registration and registration.is_active)
        and event.registration_state() == "open"
    )
    return {
        "series": event_series,
        "url": series.series_url(event_series, index_page),
        "number": event_series.session_number,
        "count": event_series.session_count,
        "registered": registered,
        "form": SeriesRegistrationForm(attendance_options=event.attendance_options) if offer else None,
    }


def event_register(request, event):
    if request.method != "POST":
        return redirect(event.url + "#aanmelden")
    member = request.user if request.user.is_authenticated else None
    if member is None and not event.is_open_to_guests:
        return redirect_to_login(event.url)
    registration = services.registration_for(event, request.user)
    form = _registration_form(request, event, registration, data=request.POST)
    if form.is_valid():
        try:
            if member is None:
                check_rate(request, "event-guest", limit=10, period=3600)
                services.request_guest_registration(
                    event, form.cleaned_data["name"], form.cleaned_data["email"], form.choice()
                )
                messages.success(
                    request,
                    _("Almost done: we have sent you an e-mail. Open the link in it to confirm your registration."),
                )
                return redirect(event.url)
            registration = services.register_member(event, member, form.choice())
        except RateLimited:
            form.add_error(None, _("Too many registrations from your connection. Please try again later."))
        except services.RegistrationError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            report_place(request, registration)
            return redirect(event.url)
    return event.render(request, context_overrides=event_context(request, event, form=form))


def report_place(request, registration):
    """Tell the person what registering gave them: a seat or a place on the waitlist."""
    if registration.status == RegistrationStatus.CONFIRMED:
        messages.success(request, _("You are registered. We have sent you a confirmation by e-mail."))
    elif registration.status == RegistrationStatus.WAITLISTED:
        messages.info(
            request, _("The meeting is full. You are on the waitlist; we will e-mail you when a seat is free.")
        )


@require_POST
def event_cancel(request, event):
    if not request.user.is_authenticated:
        return redirect_to_login(event.url)
    registration = services.registration_for(event, request.user)
    if registration is None or not registration.is_active:
        messages.info(request, _("You were not registered for this meeting."))
        return redirect(event.url)
    cancel_and_report(request, registration)
    if request.POST.get("next") == "reeks" and event.series_id is not None:
        return redirect(series.series_url(event.series, event.get_parent()))
    return redirect((request.POST.get("next") == "mijn" and "events:my_events") or event.url)


def cancel_and_report(request, registration):
    try:
        services.cancel(registration)
    except services.RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration has been cancelled."))


# A series of sessions (events.series)


def _series_or_404(request, series_id):
    """The series (with `is_registered` for the reader) and what the reader may do with it,
    when they may see it; unknown and hidden ones answer 404 alike."""
    found = series.with_reader(EventSeries.objects.select_related("network"), request.user)
    event_series = found.filter(pk=series_id).first()
    if event_series is None:
        raise Http404
    access = series.access_for(request.user, event_series)
    if not access.may_see:
        raise Http404
    return event_series, access


def series_page(request, index_page, series_id, form=None):
    """The series: what it is, its sessions with seats left and the reader's status in each,
    registering for the whole series, cancelling one session or the whole series."""
    event_series, access = _series_or_404(request, series_id)
    organiser = access.may_organise
    sessions = list(series.sessions_of(event_series, organiser=organiser))
    if not any(session.live for session in sessions) and not organiser:
        raise Http404  # nothing published yet (its sessions wait for the editors)
    now = timezone.now()
    own = series.own_registrations(sessions, request.user)
    left = series.seats_left(sessions)
    registered = event_series.is_registered
    rows = []
    number = 0
    for session in sessions:
        if session.live:
            number += 1
        registration = own.get(session.pk)
        rows.append(
            {
                "session": session,
                "number": number if session.live else None,
                "left": left.get(session.pk),
                "registration": registration,
                "can_cancel": bool(registration and registration.is_active and session.cancellation_open(now)),
                "can_register_again": bool(
                    registered
                    and session.live
                    and not (registration and registration.is_active)
                    and session.registration_state(now) == "open"
                ),
            }
        )
    open_sessions = [
        row["session"] for row in rows if row["session"].live and row["session"].registration_state(now) == "open"
    ]
    options = sorted({option for session in open_sessions for option in session.attendance_options})
    if form is None and request.user.is_authenticated and not registered and open_sessions:
        form = SeriesRegistrationForm(attendance_options=options)
    return index_page.render(
        request,
        template="events/series_page.html",
        context_overrides={
            "series": event_series,
            "rows": rows,
            "registered": registered,
            "form": form if open_sessions and not registered else None,
            "open_sessions": open_sessions,
            "organiser": organiser,
        },
    )


def series_register(request, index_page, series_id):
    event_series, _access = _series_or_404(request, series_id)
    url = series.series_url(event_series, index_page)
    if request.method != "POST":
        return redirect(url)
    if not request.user.is_authenticated:
        return redirect_to_login(url)
    sessions = series.open_sessions(event_series)
    options = sorted({option for session in sessions for option in session.attendance_options})
    form = SeriesRegistrationForm(request.POST, attendance_options=options)
    if form.is_valid():
        try:
            outcome = series.register(event_series, request.user, form.choice())
        except services.RegistrationError as error:
            if error.field not in form.fields:  # registered already, nothing open: the page shows why
                messages.error(request, error.message)
                return redirect(url)
            form.add_error(error.field, error.message)
        else:
            messages.success(
                request,
                _(
                    "You are registered for the series: a seat in %(confirmed)s of %(count)s sessions, on the waitlist "
                    "for %(waitlisted)s. We have sent you an e-mail."
                )
                % {
                    "confirmed": len(outcome.confirmed),
                    "count": len(outcome.registrations),
                    "waitlisted": len(outcome.waitlisted),
                },
            )
            return redirect(url)
    return series_page(request, index_page, series_id, form=form)


@require_POST
def series_cancel(request, index_page, series_id):
    event_series, _access = _series_or_404(request, series_id)
    url = series.series_url(event_series, index_page)
    if not request.user.is_authenticated:
        return redirect_to_login(url)
    series_registration = series.registration_of(event_series, request.user)
    if series_registration is None or not series_registration.is_active:
        messages.info(request, _("You were not registered for this series."))
        return redirect(url)
    _cancelled, kept = series.cancel(series_registration)
    messages.success(request, _("Your registration for the series has been cancelled."))
    if kept:
        messages.info(
            request,
            _("Cancelling through the site is no longer possible for: %(sessions)s. Please contact the organisers.")
            % {"sessions": ", ".join(formats.date_format(timezone.localtime(r.event.start), "j F Y") for r in kept)},
        )
    return redirect(url)


# Calendars


def ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, event):
    registration = services.registration_for(event, request.user)
    return ics_response(ical.event_calendar(event, registration), f"{event.slug}.ics")


def calendar_feed(request, index_page, theme_slug=None):
    """The whole calendar (or one theme) as a subscribable feed: upcoming meetings and
    those of the last months, so a subscribed calendar keeps recent history."""
    since = timezone.now() - datetime.timedelta(days=PERSONAL_FEED_PAST_DAYS)
    events = index_page.listed_events().filter(end__gte=since).order_by("start")
    name = index_page.title
    if theme_slug is not None:
        theme = Theme.objects.filter(slug=theme_slug).first()
        if theme is None:
            raise Http404
        events = events.filter(theme_items__tag=theme).distinct()
        name = f"{index_page.title}: {theme.name}"
    return ics_response(ical.events_calendar(events, name), "bijeenkomsten.ics")
