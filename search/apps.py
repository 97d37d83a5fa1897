from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from lerendnetwerk import tree_cache
        from themes.models import Theme

        # Kept searches (search.query.kept_search_pages) show themes' names in the facets;
        # pages, restrictions and sites already renew the tree cache's generation (home).
        post_save.connect(tree_cache.forget, sender=Theme, dispatch_uid="search-theme-saved")
        post_delete.connect(tree_cache.forget, sender=Theme, dispatch_uid="search-theme-deleted")
