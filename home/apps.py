from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

        from lerendnetwerk.forms import (
            filters_answer_odd_ids_with_a_form_error,
            use_single_line_fields_in_wagtail_admin,
        )

        # Page titles and the other one-line fields in the admin stay on one line.
        use_single_line_fields_in_wagtail_admin()
        filters_answer_odd_ids_with_a_form_error()

        from . import menus

        # The menus, footer and breadcrumb trails are remembered between requests
        # (home/menus.py) and forgotten when any page or site changes. Publishing saves the
        # page; unpublishing, moving and a new slug are signalled (descendants change too).
        post_save.connect(menus.forget_for_pages, dispatch_uid="menus-page-saved")
        post_delete.connect(menus.forget_for_pages, dispatch_uid="menus-page-deleted")
        page_unpublished.connect(menus.forget, dispatch_uid="menus-page-unpublished")
        post_page_move.connect(menus.forget, dispatch_uid="menus-page-moved")
        page_slug_changed.connect(menus.forget, dispatch_uid="menus-page-slug")
        post_save.connect(menus.forget, sender=Site, dispatch_uid="menus-site-saved")
        post_delete.connect(menus.forget, sender=Site, dispatch_uid="menus-site-deleted")
