"""The organisers' pages on the site: make a meeting for a network or a practice, change
it, cancel it; its attendee list (with check-in and a CSV), messages to its attendees and
its evaluation. Thin views: parse, authorise (events.organisers), call the services
(events.organising, events.messaging, events.evaluation, events.services), render. Who may
not organise gets a 404; visitors are sent to log in first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from networks.models import LearningNetwork
from practices.models import LearningPractice
from practices.team import workspace_access

from . import evaluation, messaging, organiser_tools, organisers, organising, series, services
from .evaluation_forms import EvaluationSettingsForm, OwnQuestionFormSet, chosen_questions, own_question_initial
from .exports import AttendeeSheet
from .exports import attendees_csv as attendees_csv_file
from .models import EventIndexPage, EventPage, EventSeries, Registration
from .organiser_forms import AddSessionForm, MeetingForm, MessageForm, SeriesForm, SessionFormSet


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


# The organisers' tools for one meeting: who is coming (with check-in and a CSV), writing
# to the attendees, and the evaluation. For the meeting's organisers only (404 for others).


@login_required
@require_http_methods(["GET"])
def attendees(request, event_id):
    event = _organised_event(request, event_id)
    return render(request, "events/organise/attendees.html", organiser_tools.attendee_list(event))


@login_required
@require_http_methods(["GET"])
def attendees_csv(request, event_id):
    event = _organised_event(request, event_id)
    sheet = AttendeeSheet(event, services.attendee_registrations(event), contact=False)
    response = HttpResponse(attendees_csv_file(sheet), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{event.slug}.csv"'
    return response


@login_required
@require_http_methods(["POST"])
def set_present(request, event_id, registration_id):
    """Check-in at the door: present (or not) for a confirmed attendee."""
    event = _organised_event(request, event_id)
    registration = get_object_or_404(Registration.objects.select_related("member"), pk=registration_id, event=event)
    present = request.POST.get("present") == "1"
    try:
        services.set_present(registration, present)
    except services.RegistrationError as error:
        messages.error(request, error.message)
    else:
        name = registration.attendee_name
        if present:
            messages.success(request, _("%(name)s is present.") % {"name": name})
        else:
            messages.success(request, _("%(name)s is no longer marked present.") % {"name": name})
    return redirect(f"{reverse('events:organise_attendees', args=[event.pk])}#aanmelding-{registration.pk}")


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


@login_required
@require_http_methods(["GET", "POST"])
def message(request, event_id):
    """Write to the confirmed attendees, the waitlist or both (events.messaging)."""
    event = _organised_event(request, event_id)
    form = MessageForm(request.POST or None, counts=organiser_tools.audience_counts(event))
    if request.method == "POST" and form.is_valid():
        key = form.cleaned_data["key"]
        if key is None:
            form.renew_key()
            form.add_error(None, _("The form was incomplete. Please check it and send it again."))
        else:
            try:
                sent = messaging.send_message(
                    request.user,
                    event,
                    audience=form.cleaned_data["audience"],
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                    key=key,
                )
            except messaging.AlreadySent:
                messages.info(request, _("This message has already been sent; it was not sent again."))
                return redirect("events:organise_attendees", event_id=event.pk)
            except messaging.MessageError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                messages.success(
                    request,
                    ngettext(
                        "Your message has been sent to %(count)s attendee.",
                        "Your message has been sent to %(count)s attendees.",
                        sent.recipient_count,
                    )
                    % {"count": sent.recipient_count},
                )
                return redirect("events:organise_attendees", event_id=event.pk)
    return render(request, "events/organise/message_form.html", {"event": event, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_settings(request, event_id):
    """Switch the evaluation on, anonymous or not, how long, and which questions
    (events.evaluation.configure)."""
    event = _organised_event(request, event_id)
    questions = evaluation.questions(event)
    locked = evaluation.has_answers(event)
    data = request.POST if request.method == "POST" else None
    form = EvaluationSettingsForm(data, initial=EvaluationSettingsForm.initial_for(event, questions), locked=locked)
    own = OwnQuestionFormSet(data, initial=own_question_initial(questions), prefix="eigen")
    if request.method == "POST" and form.is_valid() and (locked or own.is_valid()):
        settings = evaluation.EvaluationSettings(
            enabled=form.cleaned_data["enabled"],
            anonymous=event.evaluation_anonymous if locked else form.cleaned_data["anonymous"],
            open_days=form.cleaned_data["open_days"],
            questions=chosen_questions(form, own),
        )
        try:
            evaluation.configure(request.user, event, settings)
        except evaluation.EvaluationSettingsError as error:
            field = error.field if error.field in form.fields else None
            form.add_error(field, error.message)
        else:
            messages.success(request, _("The evaluation settings have been saved."))
            return redirect("events:organise_attendees", event_id=event.pk)
    return render(
        request,
        "events/organise/evaluation_settings.html",
        {"event": event, "form": form, "own": own, "locked": locked, "questions": questions},
    )
