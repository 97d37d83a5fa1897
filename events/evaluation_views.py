"""The evaluation on the site: the form for attendees, the results for those who may see
them (events.evaluation.may_see_results), and the results as CSV. Thin: the rules are in
events.evaluation."""

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lerendnetwerk.spreadsheets import as_spreadsheet_text

from . import evaluation
from .evaluation_forms import EvaluationForm
from .models import EventPage


def _event(event_id):
    event = EventPage.objects.live().filter(pk=event_id).first()
    if event is None or not event.evaluation_enabled:
        raise Http404
    return event


@login_required
def evaluation_form(request, event_id):
    event = _event(event_id)
    try:
        evaluation.check_may_respond(request.user, event)
    except evaluation.EvaluationError as error:
        status = 200 if evaluation.has_responded(request.user, event) else 403
        return render(
            request, "events/evaluation_closed.html", {"event": event, "reason": error.message}, status=status
        )
    questions = evaluation.questions(event)
    form = EvaluationForm(request.POST or None, questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            evaluation.submit(event, request.user, form.answers())
        except evaluation.EvaluationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you for filling in the evaluation."))
            return redirect(event.url)
    return render(request, "events/evaluation_form.html", {"event": event, "form": form})


def _results_event(request, event_id):
    event = _event(event_id)
    if not evaluation.may_see_results(request.user, event):
        raise PermissionDenied
    return event


@login_required
def evaluation_results(request, event_id):
    event = _results_event(request, event_id)
    return render(
        request,
        "events/evaluation_results.html",
        {"event": event, "results": evaluation.results(event), "closes_at": evaluation.closes_at(event)},
    )


@login_required
def evaluation_results_csv(request, event_id):
    event = _results_event(request, event_id)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that Excel reads the accents right
    writer = csv.writer(buffer, delimiter=";")
    for row in evaluation.results_rows(event):
        writer.writerow([as_spreadsheet_text(str(value)) for value in row])
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="evaluatie-{event.slug}.csv"'
    return response
