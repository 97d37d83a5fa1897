from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lerendnetwerk.forms import SingleLineFieldsViewSetMixin
from lerendnetwerk.spreadsheets import FormulaSafeIndexView

from .models import ImportRun, Indicator, StartAnalysis


class IndicatorViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """Editors decide which figures exist and where the import finds them."""

    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    url_prefix = "cijfers/indicatoren"
    list_display = ["name", "code", "unit", "source", "table_id", "measure_key"]
    list_filter = ["themes", "direction", "granularity"]
    search_fields = ["name", "code", "table_id"]
    search_backend_name = None
    index_view_class = FormulaSafeIndexView
    list_export = ["code", "name", "unit", "source", "table_id", "measure_key", "granularity", "direction"]
    form_fields = [
        "name",
        "code",
        "themes",
        "unit",
        "decimals",
        "direction",
        "definition",
        "source",
        "table_id",
        "measure_key",
        "table_period",
        "granularity",
        "additive",
    ]


class ImportRunViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """When each table was last imported, and with what result. Editors may only look
    (members.roles gives them the view permission alone)."""

    model = ImportRun
    icon = "history"
    menu_label = _("Imports")
    url_prefix = "cijfers/imports"
    list_display = ["table_id", "started_at", "status", "rows_read", "values_created", "values_updated", "rows_skipped"]
    list_filter = ["status", "table_id", "example"]
    search_fields = ["table_id", "source", "errors"]
    search_backend_name = None
    form_fields = ["errors"]
    inspect_view_enabled = True


class StartAnalysisViewSet(SingleLineFieldsViewSetMixin, ModelViewSet):
    """Which practices (and members preparing an application) made a startanalyse, and
    whether it is shared. Editors only look here (members.roles gives the view permission
    alone); the worksheet itself is in the practice's werkruimte."""

    model = StartAnalysis
    icon = "clipboard-list"
    menu_label = _("Startanalyses")
    url_prefix = "cijfers/startanalyses"
    url_namespace = "startanalysis_admin"  # "startanalysis" is the site's (figures/startanalysis_urls.py)
    list_display = ["municipality", "practice", "status", "figures_taken_at", "updated_at"]
    list_filter = ["status"]
    search_fields = ["municipality__name", "practice__title"]
    search_backend_name = None
    form_fields = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "municipality",
        "practice",
        "status",
        "shared_at",
        "figures_taken_at",
        "updated_at",
        "target_groups",
        "causes",
        "local_strengths",
        "current_efforts",
        "focus",
    ]


class FiguresViewSetGroup(ViewSetGroup):
    items = (IndicatorViewSet, ImportRunViewSet, StartAnalysisViewSet)
    menu_icon = "table"
    menu_label = _("Figures")
    menu_order = 320


@hooks.register("register_admin_viewset")
def register_figures_admin():
    return FiguresViewSetGroup()
