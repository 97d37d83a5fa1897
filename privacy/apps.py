from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Privacy (AVG) as self-service: members download and delete their own data, and
    personal data that is no longer needed is removed on a schedule. No models of its own:
    each app's privacy module answers for its data (lerendnetwerk.personal_data)."""

    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from lerendnetwerk.personal_data import discover

        discover()
