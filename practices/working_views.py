"""Werkruimte › "Praktijk bewerken": the trekker keeps the practice's working fields and
public texts up to date (practices.working says what applies at once and what the
editors review)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from . import team, working
from .models import LearningPractice
from .working_forms import OrganisationFormSet, PracticeWorkingForm


def _initial(draft, approach_text):
    return {
        "status": draft.status,
        "start_date": draft.start_date,
        "end_date": draft.end_date,
        "effective_elements": draft.effective_element_ids,
        "reflection_interval_weeks": draft.reflection_interval_weeks,
        "summary": draft.summary,
        "approach": approach_text or "",
        "residents_involvement": draft.residents_involvement,
    }


SAVED_MESSAGES = {
    working.SAVED: gettext_lazy("Your changes have been saved."),
    working.PUBLISHED: gettext_lazy("Your changes have been saved and published."),
}


@require_http_methods(["GET", "POST"])
def edit_practice(request, practice_id):
    practice = get_object_or_404(LearningPractice.objects.select_related("municipality"), pk=practice_id)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    access = team.workspace_access(request.user, practice)
    if not access.may_view:
        raise Http404
    if not access.may_manage:
        raise PermissionDenied

    # The form shows the latest version: a change in review, or the editors' draft.
    draft = working.latest_version(practice)
    approach_text = working.approach_as_text(draft.approach)
    approach_editable = approach_text is not None
    data = request.POST if request.method == "POST" else None
    form = PracticeWorkingForm(data, initial=_initial(draft, approach_text), approach_editable=approach_editable)
    organisations = OrganisationFormSet(
        data, initial=working.organisations_as_rows(draft.organisations), prefix="organisations"
    )
    if request.method == "POST" and form.is_valid() and organisations.is_valid():
        values = form.cleaned_data
        try:
            result = working.save_practice(
                request.user,
                practice,
                status=values["status"],
                start_date=values["start_date"],
                end_date=values["end_date"],
                effective_elements=values["effective_elements"],
                reflection_interval_weeks=values["reflection_interval_weeks"],
                summary=values["summary"],
                residents_involvement=values["residents_involvement"],
                organisations=organisations.rows(),
                approach=values["approach"] if approach_editable else None,
            )
        except working.WorkingFieldsError as refused:
            form.add_error(None, refused.message)
        else:
            if result.outcome == working.UNCHANGED:
                messages.info(request, _("Nothing was changed."))
            elif result.outcome == working.SUBMITTED:
                messages.success(
                    request,
                    _(
                        "Your changes have been saved. The new texts have been sent to the editors: the practice "
                        "page shows them once an editor has approved them."
                    ),
                )
            else:
                messages.success(request, str(SAVED_MESSAGES[result.outcome]))
            return redirect("practices:edit_working", practice_id=practice.pk)

    return render(
        request,
        "practices/workspace/edit_practice.html",
        {
            "practice": practice,
            "draft": draft,
            "form": form,
            "organisations": organisations,
            "approach_editable": approach_editable,
            "pending": working.pending_change(practice, draft),
            "is_editor": access.is_editor,
        },
    )
