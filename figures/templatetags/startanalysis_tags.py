"""The startanalyse's part of the practices' pages (the practices app cannot import figures):
its card in the werkruimte, the link on the practice page for its participants, and a
member's own startanalyses on "Mijn praktijken". One query each."""

from django import template
from django.db.models import Subquery

from practices.records import STEERING_TEAM_ROLES, PracticeMembership

from ..models import StartAnalysis
from ..startanalysis import practice_access

register = template.Library()


@register.inclusion_tag("figures/includes/startanalysis_card.html", takes_context=True)
def startanalysis_card(context, practice, workspace):
    """The werkruimte's card. `workspace`: practices.team.workspace_access(user, practice)."""
    analysis = StartAnalysis.objects.filter(practice=practice).first()
    shared = analysis is not None and analysis.is_shared
    access = practice_access(context["request"].user, practice, shared=shared, workspace=workspace)
    return {"practice": practice, "analysis": analysis, "access": access}


NOT_GIVEN = object()


@register.simple_tag(takes_context=True)
def practice_start_analysis(context, practice, viewer_role=NOT_GIVEN):
    """The practice's startanalyse if the viewer takes part in the practice and may read it
    (shared: every participant; a draft: the regieteam), else None. No query for a visitor,
    nor when the page already knows the viewer has no role in the practice (`viewer_role`)."""
    user = context["request"].user
    if not (user.is_authenticated and user.is_active) or viewer_role is None:
        return None
    if viewer_role is not NOT_GIVEN and hasattr(practice, "served_start_analysis_status"):
        # Read with the practice page (practices.models.SERVED_ANNOTATIONS).
        status = practice.served_start_analysis_status
        if status is None:
            return None
        analysis = StartAnalysis(practice_id=practice.pk, status=status)
        return analysis if analysis.is_shared or viewer_role in STEERING_TEAM_ROLES else None
    role = PracticeMembership.objects.filter(practice_id=practice.pk, member_id=user.pk).values("role")[:1]
    analysis = (
        StartAnalysis.objects.filter(practice_id=practice.pk)
        .annotate(viewer_role=Subquery(role))
        .only("status")
        .first()
    )
    if analysis is None or analysis.viewer_role is None:
        return None
    if analysis.is_shared or analysis.viewer_role in STEERING_TEAM_ROLES:
        return analysis
    return None


@register.simple_tag(takes_context=True)
def my_start_analyses(context):
    """The member's startanalyses that do not belong to a practice yet."""
    user = context["request"].user
    if not user.is_authenticated:
        return []
    return list(
        StartAnalysis.objects.filter(created_by=user, practice__isnull=True)
        .select_related("municipality")
        .order_by("municipality__name")
    )
