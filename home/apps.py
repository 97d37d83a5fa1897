from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from lerendnetwerk.forms import (
            filters_answer_odd_ids_with_a_form_error,
            use_single_line_fields_in_wagtail_admin,
        )

        # Page titles and the other one-line fields in the admin stay on one line.
        use_single_line_fields_in_wagtail_admin()
        filters_answer_odd_ids_with_a_form_error()
