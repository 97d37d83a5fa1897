from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.documents.views.serve import serve as serve_document

from knowledge.models import Lesson
from lerendnetwerk.ratelimit import RateLimited, check_rate
from members.models import MemberProfile

from . import attachments, services
from .forms import ExperienceForm, PracticeApplicationForm, PracticeFilterForm
from .models import ExperienceReport, LearningPractice, PracticeMembership, PracticeRole


def _with_leads(practices):
    leads = PracticeMembership.objects.filter(role=PracticeRole.LEAD).select_related("member")
    return practices.select_related("municipality").prefetch_related(
        "themes", "effective_elements", Prefetch("memberships", queryset=leads)
    )


def practice_index_context(request, index_page):
    form = PracticeFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    practices = LearningPractice.objects.child_of(index_page).live().public()
    if "theme" in filters:
        practices = practices.filter(theme_items__tag=filters["theme"])
    if "element" in filters:
        practices = practices.filter(effective_elements=filters["element"])
    if "province" in filters:
        practices = practices.filter(municipality__province=filters["province"])
    if "status" in filters:
        practices = practices.filter(status=filters["status"])
    practices = _with_leads(practices.distinct()).order_by("title")
    page_obj = Paginator(practices, settings.PRACTICE_INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
    return {"form": form, "page_obj": page_obj, "practices": page_obj.object_list, "is_filtered": bool(filters)}


def visible_leads(request, practice):
    """The practice's trekkers whose profile the viewer may see."""
    lead_ids = [member.pk for member in practice.leads]
    return list(MemberProfile.objects.visible_to(request.user).filter(member_id__in=lead_ids).with_card_data())


def practice_context(request, practice):
    experiences = (
        ExperienceReport.objects.child_of(practice)
        .live()
        .public()
        .select_related("author")
        .order_by("-first_published_at")
    )
    lessons = (
        Lesson.objects.live()
        .public()
        .filter(source_practices=practice)
        .prefetch_related("themes")
        .order_by("-first_published_at")
    )
    from events.views import upcoming_for_practice
    from forum.access import can_read_category
    from forum.models import Category

    space = Category.objects.filter(practice=practice).first()
    return {
        "forum_space": space if space and can_read_category(request.user, space) else None,
        "leads": visible_leads(request, practice),
        "lead_count": len(practice.leads),
        "experiences": experiences,
        "lessons": lessons,
        "upcoming_events": upcoming_for_practice(practice),
        "can_share_experience": services.can_share_experience(request.user, practice),
    }


def experience_context(request, experience):
    author_profile = None
    if experience.author_id:
        author_profile = (
            MemberProfile.objects.visible_to(request.user)
            .select_related("member")
            .filter(member_id=experience.author_id)
            .first()
        )
    return {
        "author_profile": author_profile,
        "experience_lessons": Lesson.objects.live()
        .public()
        .filter(source_experiences=experience)
        .prefetch_related("themes"),
    }


def _experience_data(form):
    data = form.cleaned_data
    return {
        "title": data["title"],
        "body": data["body"],
        "themes": data["themes"],
        "attachment": data.get("attachment"),
        "submit": form.data.get("action") != "draft",
    }


def experience_create(request, practice):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not services.can_share_experience(request.user, practice):
        raise PermissionDenied
    initial = {"themes": list(practice.themes.all())}
    form = ExperienceForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = _experience_data(form)
        services.share_experience(request.user, practice, **data)
        if data["submit"]:
            messages.success(
                request,
                _(
                    "Thank you! Your experience has been sent to the editors. "
                    "You will get an e-mail when they have looked at it."
                ),
            )
        else:
            messages.success(request, _("Your experience has been saved as a draft. Only you can see it."))
        return redirect("practices:my_experiences")
    return render(
        request,
        "practices/experience_form.html",
        {"form": form, "practice": practice, "file_needs_reselecting": _file_lost(request, form)},
    )


def _file_lost(request, form):
    return request.method == "POST" and bool(request.FILES.get("attachment")) and "attachment" not in form.errors


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
    initial = {"title": draft.title, "body": draft.body_markdown, "themes": list(draft.themes.all())}
    form = ExperienceForm(
        request.POST or None, request.FILES or None, initial=initial, has_attachment=bool(draft.attachment_id)
    )
    if request.method == "POST" and form.is_valid():
        data = _experience_data(form)
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
            "practice": experience.get_parent().specific,
            "experience": experience,
            "status": status,
            "draft": draft,
            "file_needs_reselecting": _file_lost(request, form),
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
        {"page": draft, "status": services.experience_status(experience), **experience_context(request, experience)},
    )


def apply_as_practice(request, index_page):
    form = PracticeApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            check_rate(request, "practice-application", limit=5, period=3600)
        except RateLimited:
            messages.error(request, _("We received many applications from your connection. Please try again later."))
            return render(request, "practices/apply.html", {"form": form, "page": index_page}, status=429)
        if not form.is_spam():
            data = form.cleaned_data
            services.submit_application(
                municipality=data["municipality"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                job_title=data["job_title"],
                themes=data["themes"],
                learning_questions=data["learning_questions"],
            )
        return render(
            request, "practices/apply_done.html", {"page": index_page, "email": form.cleaned_data["contact_email"]}
        )
    return render(request, "practices/apply.html", {"form": form, "page": index_page})


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
