from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.documents.views.serve import serve as serve_document

from . import attachments, services
from .forms import ExperienceForm, element_choices
from .models import ExperienceReport, LearningPractice, PracticeMembership


@login_required
@require_http_methods(["GET", "POST"])
def experience_edit(request, experience_id):
    experience = get_object_or_404(ExperienceReport, pk=experience_id)
    if not services.can_edit_experience(request.user, experience):
        raise PermissionDenied
    status = services.experience_status(experience)
    if not status.is_editable:
        messages.info(
            request, _("The editors are looking at this experience. You can change it once they have decided.")
        )
        return redirect("practices:my_experiences")
    draft = experience.get_latest_revision_as_object()
    practice = experience.get_parent().specific
    initial = {
        "title": draft.title,
        "body": draft.body_markdown,
        "themes": list(draft.themes.all()),
        "learning_question": draft.learning_question_id,
        "effective_element": draft.effective_element_id,
    }
    form = ExperienceForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        has_attachment=bool(draft.attachment_id),
        practice=practice,
        elements=element_choices(practice),
    )
    if request.method == "POST" and form.is_valid():
        data = form.experience_data()
        data["remove_attachment"] = form.cleaned_data.get("remove_attachment", False)
        try:
            services.change_experience(request.user, experience, **data)
        except services.ExperienceLocked:
            messages.info(
                request, _("The editors are looking at this experience. You can change it once they have decided.")
            )
            return redirect("practices:my_experiences")
        if data["submit"]:
            messages.success(request, _("Your changes have been sent to the editors."))
        else:
            messages.success(request, _("Your changes have been saved as a draft."))
        return redirect("practices:my_experiences")
    return render(
        request,
        "practices/experience_form.html",
        {
            "form": form,
            "practice": practice,
            "experience": experience,
            "status": status,
            "draft": draft,
            "file_needs_reselecting": form.file_needs_reselecting(request),
        },
    )


@login_required
def my_experiences(request):
    experiences = list(
        ExperienceReport.objects.filter(author=request.user).order_by("-latest_revision_created_at", "-pk")
    )
    statuses = services.experience_statuses(experiences)
    parent_path = {experience.pk: experience.path[: -ExperienceReport.steplen] for experience in experiences}
    practices = {practice.path: practice for practice in LearningPractice.objects.filter(path__in=parent_path.values())}
    rows = [
        {
            "experience": experience,
            "status": statuses[experience.pk],
            "practice": practices.get(parent_path[experience.pk]),
        }
        for experience in experiences
    ]
    memberships = PracticeMembership.objects.filter(member=request.user).select_related("practice")
    return render(request, "practices/my_experiences.html", {"rows": rows, "memberships": memberships})


def experience_preview(request, experience_id):
    """A draft or submitted experience, for the author, the practice and the editors."""
    experience = get_object_or_404(ExperienceReport, pk=experience_id)
    if not services.can_view_unpublished_experience(request.user, experience):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    if experience.live and not experience.has_unpublished_changes:
        return redirect(experience.url)
    draft = experience.get_latest_revision_as_object()
    return render(
        request,
        "practices/experience_preview.html",
        {"page": draft, "status": services.experience_status(experience), **experience.experience_context(request)},
    )


def download_document(request, document_id, document_filename):
    """Every document's download: Wagtail's view (collection privacy, the
    before_serve_document hooks, conditional requests), and for a member's attachment the
    file name they gave it instead of the random name it is stored under."""
    response = serve_document(request, document_id, document_filename)
    file_name = attachments.download_name(document_id)
    if file_name and response.has_header("Content-Disposition"):
        as_attachment = response["Content-Disposition"].startswith("attachment")
        response["Content-Disposition"] = content_disposition_header(as_attachment, file_name)
    return response
