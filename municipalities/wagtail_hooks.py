from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lerendnetwerk.spreadsheets import FormulaSafeSnippetIndexView

from .models import Municipality


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "cbs_code", "province"]
    list_filter = ["province"]
    index_view_class = FormulaSafeSnippetIndexView
    list_export = ["name", "cbs_code", "province"]
    search_fields = ["name", "cbs_code"]
    search_backend_name = None
    panels = ["name", "cbs_code", "province"]


register_snippet(MunicipalityViewSet)
