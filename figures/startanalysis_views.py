"""The startanalyse's pages: the practice's worksheet in its werkruimte, and a member's own
startanalyses prepared before there is a practice (while applying). Thin views: who may
(figures.startanalysis), the form, a service call. Someone who may not see it gets a 404,
like the werkruimte's other pages; a visitor who is not logged in goes to the login."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from practices.models import LearningPractice
from practices.team import workspace_access

from . import startanalysis
from .models import StartAnalysis
from .startanalysis_forms import ACTIONS, AttachForm, BeginStartAnalysisForm, StartAnalysisForm

DONE = {
    "save": lambda: _("The startanalyse has been saved as a draft."),
    "share": lambda: _("The startanalyse has been shared with the participants of the practice."),
    "unshare": lambda: _("The startanalyse is a draft again: only the regieteam sees it."),
    "refresh": lambda: _("The figures have been brought up to date; what you wrote has been saved."),
}


def worksheet_url(analysis):
    if analysis.practice_id is not None:
        return reverse("startanalysis:practice", kwargs={"practice_id": analysis.practice_id})
    return reverse("startanalysis:detail", kwargs={"analysis_id": analysis.pk})


@login_required
@require_http_methods(["GET", "POST"])
def practice_worksheet(request, practice_id):
    """The practice's startanalyse: begun here by the regieteam, read by every participant
    once it is shared."""
    practice = get_object_or_404(LearningPractice.objects.select_related("municipality"), pk=practice_id)
    workspace = workspace_access(request.user, practice)
    if not workspace.may_view:
        raise Http404
    analysis = StartAnalysis.objects.filter(practice=practice).select_related("municipality").first()
    shared = analysis is not None and analysis.is_shared
    access = startanalysis.practice_access(request.user, practice, shared=shared, workspace=workspace)
    if analysis is None:
        if not access.may_edit:
            raise Http404
        if request.method == "POST":
            try:
                startanalysis.begin_for_practice(request.user, practice)
            except startanalysis.StartAnalysisError as error:
                messages.error(request, error.message)
            return redirect("startanalysis:practice", practice_id=practice.pk)
        return render(request, "figures/startanalysis_begin.html", {"practice": practice, "access": access})
    if not access.may_read:
        raise Http404
    analysis.practice = practice
    return _worksheet(request, analysis, access)


@login_required
@require_http_methods(["GET", "POST"])
def my_start_analyses(request):
    """The member's startanalyses prepared before there is a practice; they begin one for
    their municipality here."""
    form = BeginStartAnalysisForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        analysis = startanalysis.begin_for_municipality(request.user, form.cleaned_data["municipality"])
        return redirect(worksheet_url(analysis))
    analyses = (
        StartAnalysis.objects.filter(created_by=request.user)
        .select_related("municipality", "practice")
        .order_by(F("practice_id").asc(nulls_first=True), "municipality__name")
    )
    return render(request, "figures/startanalysis_mine.html", {"form": form, "analyses": analyses})


def _own_analysis(request, analysis_id):
    analysis = get_object_or_404(StartAnalysis.objects.select_related("municipality", "practice"), pk=analysis_id)
    access = startanalysis.access_to(request.user, analysis)
    if not access.may_read:
        raise Http404
    return analysis, access


@login_required
@require_http_methods(["GET", "POST"])
def member_worksheet(request, analysis_id):
    analysis, access = _own_analysis(request, analysis_id)
    if analysis.practice_id is not None:
        return redirect(worksheet_url(analysis))
    return _worksheet(request, analysis, access)


@login_required
@require_POST
def attach(request, analysis_id):
    analysis, _access = _own_analysis(request, analysis_id)
    if analysis.practice_id is not None:
        return redirect(worksheet_url(analysis))
    form = AttachForm(request.POST, practices=startanalysis.attachable_practices(request.user, analysis))
    if not form.is_valid():
        messages.error(request, _("Choose a practice of this municipality in whose regieteam you are."))
        return redirect(worksheet_url(analysis))
    try:
        analysis = startanalysis.attach(request.user, analysis, form.cleaned_data["practice"])
    except startanalysis.StartAnalysisError as error:
        messages.error(request, error.message)
        return redirect(worksheet_url(analysis))
    messages.success(
        request,
        _("The startanalyse now belongs to %(practice)s. Share it when the participants may read it.")
        % {"practice": analysis.practice.title},
    )
    return redirect(worksheet_url(analysis))


def _worksheet(request, analysis, access):
    """The worksheet: a form for those who may change it, the text for the others (and on
    ?lezen, the version to read and print)."""
    reading = not access.may_edit or "lezen" in request.GET
    themes = analysis.figures.get("themes", [])
    form = None
    if not reading:
        form = StartAnalysisForm(request.POST or None, initial=StartAnalysisForm.initial_for(analysis), themes=themes)
        if request.method == "POST":
            action = request.POST.get("action")
            action = action if action in ACTIONS else "save"
            if form.is_valid():
                try:
                    _act(request.user, analysis, form, action)
                except startanalysis.StartAnalysisError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(request, DONE[action]())
                    return redirect(worksheet_url(analysis))
    elif request.method == "POST":
        raise Http404
    keys = {theme["key"] for theme in themes}
    sections = [
        {
            "theme": theme,
            "note": analysis.theme_notes.get(theme["key"], ""),
            "field": form and form.note_field(theme["key"]),
        }
        for theme in themes
    ]
    context = {
        "analysis": analysis,
        "practice": analysis.practice,
        "access": access,
        "form": form,
        "reading": reading,
        "snapshot": analysis.figures,
        "sections": sections,
        # Notes on themes the refreshed figures no longer have: kept, shown as they are.
        "earlier_notes": [(key, text) for key, text in analysis.theme_notes.items() if key not in keys],
        "attach_form": _attach_form(request, analysis, access),
    }
    return render(request, "figures/startanalysis.html", context)


def _act(member, analysis, form, action):
    arguments = {"texts": form.texts(), "theme_notes": form.theme_notes(), "version": form.cleaned_data["version"]}
    if action == "refresh":
        return startanalysis.refresh_figures(member, analysis, **arguments)
    return startanalysis.save(member, analysis, share={"share": True, "unshare": False}.get(action), **arguments)


def _attach_form(request, analysis, access):
    if analysis.practice_id is not None or not access.may_edit or analysis.created_by_id != request.user.pk:
        return None
    practices = startanalysis.attachable_practices(request.user, analysis)
    return AttachForm(practices=practices) if practices.exists() else None
