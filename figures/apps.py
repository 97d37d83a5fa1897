from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    name = "figures"
    verbose_name = _("Figures")

    def ready(self):
        from django.db.models import OuterRef, Subquery

        from practices import signals as practice_signals
        from practices.models import read_with_practice_page

        from . import startanalysis
        from .models import StartAnalysis

        # The practice page reads the startanalyse's status with the practice (startanalysis_tags).
        status = StartAnalysis.objects.filter(practice=OuterRef("pk")).order_by().values("status")[:1]
        read_with_practice_page("served_start_analysis_status", lambda: Subquery(status))

        # An accepted application takes its author's prepared startanalyse along.
        practice_signals.application_decided.connect(
            startanalysis.attach_on_acceptance, dispatch_uid="figures-attach-start-analysis"
        )
