from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from lerendnetwerk.forms import SingleLineFieldsViewSetMixin

from . import access, services
from .models import Category, ModerationAction, PostReport


def moderation_queue(request):
    if not access.can_moderate(request.user):
        raise PermissionDenied
    reports = (
        PostReport.objects.select_related("post__thread__category", "post__author", "reporter")
        .prefetch_related("post__mentions")
        .order_by("resolved_at", "-created_at")
    )
    open_reports = [report for report in reports if report.is_open]
    handled = [report for report in reports if not report.is_open][:30]
    return TemplateResponse(
        request, "forum/admin/moderation_queue.html", {"open_reports": open_reports, "handled_reports": handled}
    )


@require_POST
def handle_report(request, report_id):
    report = get_object_or_404(PostReport.objects.select_related("post"), pk=report_id)
    action = request.POST.get("action")
    if action == "hide":
        services.set_post_hidden(request.user, report.post, True, reason=report.reason)
        messages.success(request, _("The message has been hidden."))
    elif action == "dismiss":
        services.dismiss_report(request.user, report)
        messages.success(request, _("The report has been dismissed; the message stays."))
    return redirect("forum_moderation_queue")


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path("forum/meldingen/", moderation_queue, name="forum_moderation_queue"),
        path("forum/meldingen/<int:report_id>/", handle_report, name="forum_handle_report"),
    ]


class ModerationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_moderate(request.user)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModerationQueueMenuItem(
        gettext_lazy("Reported messages"), reverse("forum_moderation_queue"), icon_name="warning", order=150
    )


class CategoryViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = Category
    icon = "list-ul"
    menu_label = gettext_lazy("Forum categories")
    menu_order = 160
    add_to_admin_menu = True
    url_prefix = "forum/categorieen"
    list_display = ["name", "theme", "practice", "sort_order"]
    list_filter = ["theme"]
    search_fields = ["name", "description"]
    search_backend_name = None
    form_fields = ["name", "slug", "description", "theme", "practice", "sort_order"]


class ModerationLogViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = ModerationAction
    icon = "history"
    menu_label = gettext_lazy("Moderation log")
    menu_order = 170
    add_to_admin_menu = True
    url_prefix = "forum/moderatielog"
    list_display = ["created_at", "actor", "kind", "thread", "detail"]
    list_filter = ["kind"]
    search_fields = ["thread__title", "detail"]
    search_backend_name = None
    form_fields = ["detail"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_forum_admin():
    return [CategoryViewSet(), ModerationLogViewSet()]
