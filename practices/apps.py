from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Learning practices")

    def ready(self):
        from wagtail.signals import workflow_approved, workflow_rejected

        from . import services

        workflow_approved.connect(services.notify_author_of_decision, dispatch_uid="experience-approved")
        workflow_rejected.connect(services.notify_author_of_decision, dispatch_uid="experience-rejected")
