from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Privacy (AVG) as self-service: members download and delete their own data, and
    personal data that is no longer needed is removed on a schedule. No models of its own."""

    name = "privacy"
    verbose_name = _("Privacy")
