"""Calendar views outside the pages: a member's own meetings and calendar feed, and the
links in e-mails."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lerendnetwerk.content_fragments import CSRF_MARKER, render_kept

from . import ical, series, services
from .models import EventIndexPage
from .pages import PERSONAL_FEED_PAST_DAYS, cancel_and_report, ics_response, report_place
from .records import CalendarToken, Registration, RegistrationStatus


def personal_feed(request, token):
    """A member's own registrations, for their calendar app. The URL's secret is the only
    key (calendar apps send no cookies); a regenerated token invalidates the old URL."""
    calendar_token = CalendarToken.objects.select_related("member").filter(token=token).first()
    if calendar_token is None or not calendar_token.member.is_active:
        raise Http404
    since = timezone.now() - datetime.timedelta(days=PERSONAL_FEED_PAST_DAYS)
    registrations = (
        Registration.objects.active()
        .filter(member=calendar_token.member, event__live=True, event__end__gte=since)
        .select_related("event")
        .prefetch_related("event__themes")
        .order_by("event__start")
    )
    return ics_response(ical.registrations_calendar(registrations, _("My meetings")), "mijn-bijeenkomsten.ics")


# Mijn bijeenkomsten


@login_required
def my_events(request):
    now = timezone.now()
    registrations = list(services.registrations_of(request.user).exclude(status=RegistrationStatus.PENDING))
    upcoming = [r for r in registrations if r.event.end >= now and r.status != RegistrationStatus.CANCELLED]
    past = [r for r in registrations if r.event.end < now and r.status == RegistrationStatus.CONFIRMED]
    _link_series(request, upcoming + past)
    # Each upcoming meeting's card kept by what it shows (lerendnetwerk.content_fragments).
    render_kept(
        MY_MEETING_TEMPLATE,
        upcoming,
        lambda registration: _my_meeting_shows(registration, now),
        lambda registration: {"registration": registration, "request": request, "csrf_token": mark_safe(CSRF_MARKER)},
        csrf_token=get_token(request),
    )
    token = services.calendar_token_for(request.user)
    return render(
        request,
        "events/my_events.html",
        {
            "upcoming": upcoming,
            "past": past,
            "feed_url": request.build_absolute_uri(reverse("events:personal_feed", args=[token.token])),
        },
    )


MY_MEETING_TEMPLATE = "events/includes/my_meeting.html"


def _my_meeting_shows(registration, now):
    """Everything an upcoming meeting's card on Mijn bijeenkomsten shows (what
    services.MY_MEETINGS_FIELDS reads), and whether it may still be cancelled."""
    event = registration.event
    return (
        registration.pk,
        registration.status,
        registration.attendance,
        registration.waitlist_position,
        event.pk,
        event.title,
        event.url_path,
        event.start,
        event.end,
        event.format,
        event.venue,
        event.municipality.name if event.municipality_id else None,
        event.series.title if event.series_id else None,
        getattr(registration, "series_url", None),
        event.cancellation_open(now),
    )


def _link_series(request, registrations):
    """Each session of a series gets the link to its series (`series_url`), under the
    calendar's page (remembered with the menus: no query of its own)."""
    if not any(registration.event.series_id for registration in registrations):
        return
    index_page = EventIndexPage.remembered(request) or EventIndexPage.objects.first()
    for registration in registrations:
        if registration.event.series_id:
            registration.series_url = series.series_url(registration.event.series, index_page)


@login_required
@require_POST
def regenerate_feed(request):
    services.regenerate_calendar_token(request.user)
    messages.success(
        request,
        _("Your calendar link has been renewed. The old link no longer works; subscribe again with the new one."),
    )
    return redirect("events:my_events")


# Links in e-mails (they work without logging in; the signature is the key)


def cancel_by_link(request, token):
    registration = services.registration_from_cancel_token(token)
    if registration is None:
        return render(request, "events/link_invalid.html", status=404)
    if request.method == "POST":
        cancel_and_report(request, registration)
        return redirect(registration.event.url)
    return render(request, "events/cancel_confirm.html", {"registration": registration, "event": registration.event})


def guest_confirm(request, token):
    registration = services.registration_from_guest_token(token)
    if registration is None:
        return render(request, "events/link_invalid.html", status=404)
    if request.method == "POST":
        try:
            registration = services.confirm_guest(registration)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            report_place(request, registration)
        return redirect(registration.event.url)
    return render(request, "events/guest_confirm.html", {"registration": registration, "event": registration.event})
