from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        from practices import signals as practice_signals

        from . import lesson_drafts

        # A practice's submitted end evaluation becomes a lesson draft for the editors.
        practice_signals.evaluation_submitted.connect(
            lesson_drafts.evaluation_submitted, dispatch_uid="lesson-draft-from-evaluation"
        )
