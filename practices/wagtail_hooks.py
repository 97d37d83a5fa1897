from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lerendnetwerk.forms import SingleLineFieldsViewSetMixin
from lerendnetwerk.spreadsheets import FormulaSafeIndexView

from . import attachments
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


class PracticeApplicationViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    model = PracticeApplication
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
    index_view_class = FormulaSafeIndexView
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


class PracticesAdminGroup(ViewSetGroup):
    menu_label = _("Learning practices")
    menu_icon = "site"
    menu_order = 200
    items = [PracticeApplicationViewSet, PracticeMembershipViewSet, LearningQuestionViewSet, EffectiveElementViewSet]


@hooks.register("register_admin_viewset")
def register_practices_admin():
    return PracticesAdminGroup()


@hooks.register("before_serve_document")
def protect_attachments_until_published(document, request):
    """A member's attachment is served only to whom may see an experience showing it
    (practices.attachments.may_download), whatever the document's address."""
    if not attachments.may_download(request, document):
        raise Http404
    return None
