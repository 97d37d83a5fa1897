"""The personal data of the figures app: the startanalyses a member began. Exported and
erased through the privacy app (docs/privacy.md). What a practice's regieteam wrote
together belongs to the practice: erasing takes the author's name off it. A startanalyse
the member prepared alone (not attached to a practice) is theirs and is deleted."""

from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Section, register

from .models import StartAnalysis


@register
class StartAnalyses(PersonalData):
    key = "start_analyses"
    section = Section(
        "start_analyses",
        gettext_lazy("Startanalyses"),
        gettext_lazy("The startanalyses you began, with what they say."),
    )
    position = 760
    models = ("figures.startanalysis",)
    erase_order = 300
    labels = {
        "municipality": gettext_lazy("Municipality"),
        "learning_practice": gettext_lazy("Learning practice"),
        "status": gettext_lazy("Status"),
        "begun_at": gettext_lazy("Begun at"),
        "changed_at": gettext_lazy("Changed at"),
        "target_groups": gettext_lazy("Target groups"),
        "causes": gettext_lazy("Causes"),
        "local_strengths": gettext_lazy("Local strengths"),
        "current_efforts": gettext_lazy("What is already being done"),
        "focus": gettext_lazy("What we want to learn"),
        "theme_notes": gettext_lazy("Notes per theme"),
    }

    def export(self, member, export):
        analyses = StartAnalysis.objects.filter(created_by=member).select_related("municipality", "practice")
        return [
            {
                "municipality": analysis.municipality.name,
                "learning_practice": analysis.practice.title if analysis.practice else "",
                "status": str(analysis.get_status_display()),
                "begun_at": analysis.created_at,
                "changed_at": analysis.updated_at,
                "target_groups": analysis.target_groups,
                "causes": analysis.causes,
                "local_strengths": analysis.local_strengths,
                "current_efforts": analysis.current_efforts,
                "focus": analysis.focus,
                "theme_notes": analysis.theme_notes,
            }
            for analysis in analyses.order_by("created_at")
        ]

    def erase(self, erasure):
        member = erasure.member
        StartAnalysis.objects.filter(created_by=member, practice__isnull=True).delete()
        StartAnalysis.objects.filter(created_by=member).update(created_by=None)
        StartAnalysis.objects.filter(updated_by=member).update(updated_by=None)
