from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Learning networks")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from . import directory, membership

        # A member who verifies an address finds the networks it was invited to on their home
        # page (the invitation waits for them to accept it).
        email_confirmed.connect(membership.email_confirmed, dispatch_uid="network-invitations")
        # The member directory's filter "Leernetwerk" (members.directory, a registry below us).
        directory.register_directory_filter()
