from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from wagtail.signals import workflow_approved, workflow_rejected

        from . import services

        # The outcome of an experience's review (practices) reaches its author.
        workflow_approved.connect(services.notify_author_of_decision, dispatch_uid="experience-approved")
        workflow_rejected.connect(services.notify_author_of_decision, dispatch_uid="experience-rejected")
