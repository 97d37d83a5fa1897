from django import forms
from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import LogFormatter

from lerendnetwerk.forms import SingleLineFieldsViewSetMixin
from lerendnetwerk.spreadsheets import FormulaSafeIndexView

from . import attachments, decision_views, decisions
from .models import EffectiveElement, LearningQuestion, PracticeApplication, PracticeMembership


class EffectiveElementViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = EffectiveElement
    icon = "tick-inverse"
    menu_label = _("Effective elements")
    url_prefix = "praktijken/werkzame-elementen"
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None
    form_fields = ["name", "slug", "description"]


class PracticeMembershipViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = PracticeMembership
    icon = "group"
    menu_label = _("Participants")
    url_prefix = "praktijken/deelnemers"
    list_display = ["member", "practice", "role", "created_at"]
    list_filter = ["practice", "role"]
    search_fields = ["member__first_name", "member__last_name", "member__email", "practice__title"]
    search_backend_name = None
    form_fields = ["practice", "member", "role"]
    index_view_class = FormulaSafeIndexView
    # Wagtail follows dotted paths in exports ("member__email" answered 500).
    list_export = ["member.display_name", "member.email", "practice", "role"]
    export_headings = {"member.display_name": _("member"), "member.email": _("e-mail address")}


class LearningQuestionViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """The leervragen of every practice, for the editors; trekkers keep theirs up to date
    in the practice's werkruimte."""

    model = LearningQuestion
    icon = "help"
    menu_label = _("Learning questions")
    url_prefix = "praktijken/leervragen"
    list_display = ["text", "practice", "status", "updated_at"]
    list_filter = ["practice", "status"]
    search_fields = ["text", "answer", "practice__title"]
    search_backend_name = None
    form_fields = ["practice", "text", "status", "elements", "answer", "sort_order"]


def _decision_urls(application):
    """(accept url, decline url) while the application waits for a decision, else None."""
    if not decision_views.is_undecided(application):
        return None
    namespace = decision_views.URL_NAMESPACE
    return (
        reverse(f"{namespace}:accept", args=[application.pk]),
        reverse(f"{namespace}:decline", args=[application.pk]),
    )


class ApplicationIndexView(FormulaSafeIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        urls = _decision_urls(instance) if self.user_has_permission("change") else None
        if urls:
            buttons += [
                MenuItem(_("Accept"), url=urls[0], icon_name="check", priority=5),
                MenuItem(_("Decline"), url=urls[1], icon_name="cross", priority=6),
            ]
        return buttons


class ApplicationEditView(EditView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        urls = _decision_urls(self.object) if self.user_has_permission("change") else None
        if urls:
            buttons += [
                HeaderButton(_("Accept"), url=urls[0], icon_name="check", priority=10),
                HeaderButton(_("Decline"), url=urls[1], icon_name="cross", priority=20),
            ]
        return buttons


class ApplicationAdminForm(forms.ModelForm):
    """Accepted and declined are decisions, taken with their own views (and mail): the
    status field offers only "new" and "in progress", and cannot change once decided."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is None:
            return
        if self.instance.pk and not decision_views.is_undecided(self.instance):
            status.disabled = True
        else:
            undecided = {PracticeApplication.Status.NEW, PracticeApplication.Status.IN_PROGRESS}
            status.choices = [(value, label) for value, label in status.choices if value in undecided]


class PracticeApplicationViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = PracticeApplication
    edit_view_class = ApplicationEditView
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "praktijken/aanmeldingen"
    list_display = ["municipality", "contact_name", "contact_email", "status", "created_at"]
    list_filter = ["status", "themes"]
    search_fields = ["contact_name", "contact_email", "municipality__name", "learning_questions"]
    search_backend_name = None
    form_fields = [
        "status",
        "notes",
        "municipality",
        "contact_name",
        "contact_email",
        "contact_phone",
        "job_title",
        "themes",
        "learning_questions",
        "knowledge_gap",
        "hours_acknowledged",
    ]
    index_view_class = ApplicationIndexView
    list_export = [
        "created_at",
        "municipality",
        "contact_name",
        "contact_email",
        "contact_phone",
        "job_title",
        "theme_names",
        "learning_questions",
        "knowledge_gap",
        "status",
        "notes",
    ]
    export_headings = {"theme_names": _("themes")}
    export_filename = "aanmeldingen-lerende-praktijken"

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(
            self.model,
            form=ApplicationAdminForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("accept/<int:pk>/", decision_views.AcceptApplicationView.as_view(), name="accept"),
            path("decline/<int:pk>/", decision_views.DeclineApplicationView.as_view(), name="decline"),
        ]


class PracticesAdminGroup(ViewSetGroup):
    menu_label = _("Learning practices")
    menu_icon = "site"
    menu_order = 200
    items = [PracticeApplicationViewSet, PracticeMembershipViewSet, LearningQuestionViewSet, EffectiveElementViewSet]


@hooks.register("register_admin_viewset")
def register_practices_admin():
    return PracticesAdminGroup()


@hooks.register("register_log_actions")
def register_decision_actions(actions):
    """The decision on an application in its history: who accepted or declined, when, the
    practice it started or the reason given."""

    @actions.register_action(decisions.ACCEPTED_ACTION)
    class Accepted(LogFormatter):
        label = _("Accept application")

        def format_message(self, log_entry):
            title = (log_entry.data or {}).get("practice", "")
            return _("Application accepted: the practice “%(title)s” started") % {"title": title}

    @actions.register_action(decisions.DECLINED_ACTION)
    class Declined(LogFormatter):
        label = _("Decline application")
        message = _("Application declined")

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("reason", "")


@hooks.register("before_serve_document")
def protect_attachments_until_published(document, request):
    """A member's attachment is served only to whom may see an experience showing it
    (practices.attachments.may_download), whatever the document's address."""
    if not attachments.may_download(request, document):
        raise Http404
    return None
