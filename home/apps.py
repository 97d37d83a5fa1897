from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

        from lerendnetwerk.forms import (
            filters_answer_odd_ids_with_a_form_error,
            use_single_line_fields_in_wagtail_admin,
        )

        # Page titles and the other one-line fields in the admin stay on one line.
        use_single_line_fields_in_wagtail_admin()
        filters_answer_odd_ids_with_a_form_error()

        from lerendnetwerk import tree_cache

        # The menus, footer, breadcrumb trails and the site with its root page are remembered
        # between requests (lerendnetwerk/tree_cache.py) and forgotten when any page or site
        # changes. Publishing saves the page; unpublishing, moving and a new slug are
        # signalled (descendants change too).
        post_save.connect(tree_cache.forget_for_pages, dispatch_uid="tree-cache-page-saved")
        post_delete.connect(tree_cache.forget_for_pages, dispatch_uid="tree-cache-page-deleted")
        page_unpublished.connect(tree_cache.forget, dispatch_uid="tree-cache-page-unpublished")
        post_page_move.connect(tree_cache.forget, dispatch_uid="tree-cache-page-moved")
        page_slug_changed.connect(tree_cache.forget, dispatch_uid="tree-cache-page-slug")
        post_save.connect(tree_cache.forget, sender=Site, dispatch_uid="tree-cache-site-saved")
        # What is remembered lists public pages only (the calendar's page on the home page).
        post_save.connect(tree_cache.forget, sender=PageViewRestriction, dispatch_uid="tree-cache-restricted")
        post_delete.connect(tree_cache.forget, sender=PageViewRestriction, dispatch_uid="tree-cache-unrestricted")
        post_delete.connect(tree_cache.forget, sender=Site, dispatch_uid="tree-cache-site-deleted")

        from django.db.models.signals import m2m_changed

        from lerendnetwerk import page_cache

        # Visitors' kept pages are forgotten when any row they could see is written.
        post_save.connect(page_cache.forget_after_write, dispatch_uid="page-cache-saved")
        post_delete.connect(page_cache.forget_after_write, dispatch_uid="page-cache-deleted")
        m2m_changed.connect(page_cache.forget_after_write, dispatch_uid="page-cache-m2m")
