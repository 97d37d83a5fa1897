from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content for `make run`: a believable network to click through."""

    name = "demo"
    verbose_name = _("Demo content")
