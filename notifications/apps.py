from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from practices.models import PracticeMembership

        from . import services

        # Joining or leaving a practice changes which notifications the member may read.
        for signal in (post_save, post_delete):
            signal.connect(services.membership_changed, sender=PracticeMembership, dispatch_uid="notifications-count")
