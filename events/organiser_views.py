"""The organisers' pages on the site: make a meeting for a network or a practice, change
it, cancel it. Thin views: parse, authorise (events.organisers), call events.organising,
render. Who may not organise gets a 404; visitors are sent to log in first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from networks.models import LearningNetwork
from practices.models import LearningPractice
from practices.team import workspace_access

from . import organisers, organising, series
from .models import EventIndexPage, EventPage, EventSeries
from .organiser_forms import AddSessionForm, MeetingForm, SeriesForm, SessionFormSet


def _circle_label(network=None, practice=None):
    if network is not None:
        return _("Only the members of the learning network: published at once")
    return _("Only the participants of the practice: published at once")


def _report(request, outcome):
    if outcome == organising.PUBLISHED:
        messages.success(request, _("The meeting has been published."))
    else:
        messages.info(
            request,
            _(
                "The meeting has been sent to the editors. It appears in the public calendar once they have "
                "approved it; until then it is a draft that only the organisers see."
            ),
        )


def _owner_url(network=None, practice=None):
    if network is not None:
        return network.url or reverse("networks:manage", args=[network.pk])
    return reverse("practices:workspace", args=[practice.pk])


def _form_page(request, form, *, network=None, practice=None, event=None):
    return render(
        request,
        "events/organise/meeting_form.html",
        {
            "form": form,
            "network": network,
            "practice": practice,
            "event": event,
            "back_url": event.url if event is not None and event.live and event.url else _owner_url(network, practice),
        },
    )


def _create(request, *, network=None, practice=None):
    if not organisers.may_organise_for(request.user, network=network, practice=practice):
        raise Http404
    form = MeetingForm(request.POST or None, circle_label=_circle_label(network, practice))
    if request.method == "POST" and form.is_valid():
        try:
            event, outcome = organising.create_meeting(request.user, form.details(), network=network, practice=practice)
        except organising.OrganiseError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            _report(request, outcome)
            return redirect(event.url if event.live else _owner_url(network, practice))
    return _form_page(request, form, network=network, practice=practice)


@login_required
@require_http_methods(["GET", "POST"])
def organise_for_network(request, network_id):
    return _create(request, network=get_object_or_404(LearningNetwork, pk=network_id))


@login_required
@require_http_methods(["GET", "POST"])
def organise_for_practice(request, practice_id):
    return _create(request, practice=get_object_or_404(LearningPractice, pk=practice_id))


@login_required
def practice_meetings(request, practice_id):
    """The practice's own meetings, in its werkruimte: for its participants and the editors."""
    practice = get_object_or_404(LearningPractice.objects.select_related("municipality"), pk=practice_id)
    access = workspace_access(request.user, practice)
    if not access.may_view:
        raise Http404
    return render(request, "events/organise/practice_meetings.html", {"practice": practice, "access": access})


def _organised_event(request, event_id):
    event = get_object_or_404(EventPage.objects.select_related("network", "organising_practice"), pk=event_id)
    if not organisers.may_organise(request.user, event):
        raise Http404
    return event


@login_required
@require_http_methods(["GET", "POST"])
def change(request, event_id):
    event = _organised_event(request, event_id)
    network, practice = event.network, event.organising_practice
    latest = event.get_latest_revision_as_object()
    form = MeetingForm(
        request.POST or None, initial=MeetingForm.initial_for(latest), circle_label=_circle_label(network, practice)
    )
    if request.method == "POST" and not event.is_cancelled and form.is_valid():
        try:
            event, outcome = organising.change_meeting(request.user, event, form.details())
        except organising.OrganiseError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            _report(request, outcome)
            return redirect(event.url if event.live and event.url else _owner_url(network, practice))
    return _form_page(request, form, network=network, practice=practice, event=event)


@login_required
@require_http_methods(["GET", "POST"])
def cancel(request, event_id):
    """Asks first; the POST cancels the meeting."""
    event = _organised_event(request, event_id)
    if request.method == "POST":
        try:
            organising.cancel_meeting(request.user, event)
        except organising.OrganiseError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The meeting has been cancelled. The attendees have been told by e-mail."))
        return redirect(event.url if event.live and event.url else _owner_url(event.network, event.organising_practice))
    return render(request, "events/organise/cancel.html", {"event": event})


# A series of sessions (events.organising.create_series, add_session)


def _series_page_url(event_series):
    return series.series_url(event_series, EventIndexPage.objects.first())


@login_required
@require_http_methods(["GET", "POST"])
def organise_series_for_network(request, network_id):
    """The form for a series: the details the sessions share, and a row per session (empty
    rows are left out; more sessions can be added later)."""
    network = get_object_or_404(LearningNetwork, pk=network_id)
    if not organisers.may_organise_for(request.user, network=network):
        raise Http404
    data = request.POST if request.method == "POST" else None
    form = SeriesForm(data, circle_label=_circle_label(network))
    sessions = SessionFormSet(data, prefix="sessies")
    sessions_error = None
    if data is not None and form.is_valid() and sessions.is_valid():
        try:
            event_series, _made, outcome = organising.create_series(
                request.user, form.details(), sessions.sessions(), network=network
            )
        except organising.OrganiseError as error:
            if error.field in form.fields:
                form.add_error(error.field, error.message)
            else:
                sessions_error = error.message
        else:
            if outcome == organising.PUBLISHED:
                messages.success(request, _("The series has been published."))
            else:
                messages.info(
                    request,
                    _(
                        "The series has been sent to the editors. Its sessions appear in the public calendar once "
                        "they have approved them; until then only the organisers see them."
                    ),
                )
            return redirect(_series_page_url(event_series))
    return render(
        request,
        "events/organise/series_form.html",
        {
            "form": form,
            "sessions": sessions,
            "network": network,
            "back_url": _owner_url(network=network),
            "sessions_error": sessions_error,
            "has_errors": bool(form.errors or sessions.total_error_count() or sessions_error),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def add_session(request, series_id):
    event_series = get_object_or_404(EventSeries.objects.select_related("network"), pk=series_id)
    if not series.may_organise(request.user, event_series):
        raise Http404
    form = AddSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _event, outcome = organising.add_session(request.user, event_series, form.session())
        except organising.OrganiseError as error:
            form.add_error(None, error.message)
        else:
            if outcome == organising.PUBLISHED:
                messages.success(
                    request, _("The session has been added. Everyone registered for the series is registered for it.")
                )
            else:
                messages.info(request, _("The session has been sent to the editors for approval."))
            return redirect(_series_page_url(event_series))
    return render(
        request,
        "events/organise/add_session.html",
        {"form": form, "series": event_series, "back_url": _series_page_url(event_series)},
    )
