from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeSearchForm(BaseFilterForm):
    """Search in the theme chooser (a dossier's theme), in the database: the list is
    short and a new theme is found at once."""

    q = forms.CharField(
        label=_("Search term"), widget=forms.TextInput(attrs={"placeholder": _("Search")}), required=False
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        if query:
            objects = objects.filter(Q(name__icontains=query) | Q(description__icontains=query))
            self.is_searching = True
            self.search_query = query
        return objects


class ThemeChooseView(ChooseView):
    filter_form_class = ThemeSearchForm


class ThemeChooseResultsView(ChooseResultsView):
    filter_form_class = ThemeSearchForm


class ThemeChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ThemeChooseView
    choose_results_view_class = ThemeChooseResultsView


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None
    panels = ["name", "slug", "description"]
    # The chooser shows every curated theme on one page, with a search field.
    chooser_viewset_class = ThemeChooserViewSet
    chooser_per_page = 100


register_snippet(ThemeViewSet)
