from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    name = "figures"
    verbose_name = _("Figures")

    def ready(self):
        from practices import signals as practice_signals

        from . import startanalysis

        # An accepted application takes its author's prepared startanalyse along.
        practice_signals.application_decided.connect(
            startanalysis.attach_on_acceptance, dispatch_uid="figures-attach-start-analysis"
        )
