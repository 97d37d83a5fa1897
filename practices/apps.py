from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Learning practices")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from . import team

        # A member who verifies an address takes part in the practices it was invited to.
        email_confirmed.connect(team.email_confirmed, dispatch_uid="practice-invitations")
