"""The startanalyse: a practice's (or an applying member's) analysis of the local situation,
on a worksheet that starts from the municipality's figures against its comparison group.

Who may do what (one rule, on practices.team.workspace_access): the practice's trekkers
and regieteam and the editors write; once it is shared, every participant (any role, the
institute's advisers too) reads it. Without a practice it belongs to its author alone
(and the editors) until it is attached to the practice of that municipality, by hand or
when the application is accepted (`attach_on_acceptance`).

The operations are atomic, lock the startanalyse's row and raise StartAnalysisError with
a message for the member. The figures are a snapshot (`take_snapshot`), refreshed only
on request ("Cijfers bijwerken")."""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.models import Member
from practices.models import LearningPractice
from practices.records import STEERING_TEAM_ROLES, PracticeApplication, PracticeMembership
from practices.team import workspace_access

from .models import StartAnalysis
from .municipality_figures import municipality_figures

TEXT_FIELDS = ("target_groups", "causes", "local_strengths", "current_efforts", "focus")
OTHER_THEME_KEY = "overig"


class StartAnalysisError(Exception):
    """A step that is refused; the message says why, in the member's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Who may do what


@dataclass(frozen=True)
class StartAnalysisAccess:
    may_read: bool = False
    may_edit: bool = False


def practice_access(user, practice, *, shared, workspace=None):
    """What `user` may do with the startanalyse of `practice` (shared or not). `workspace`:
    practices.team.workspace_access(user, practice) when the caller has it already."""
    if not (user.is_authenticated and user.is_active):
        return StartAnalysisAccess()
    workspace = workspace or workspace_access(user, practice)
    may_edit = workspace.is_editor or (workspace.membership is not None and workspace.membership.in_steering_team)
    return StartAnalysisAccess(may_read=may_edit or (shared and workspace.may_view), may_edit=may_edit)


def access_to(user, analysis, *, workspace=None):
    if analysis.practice_id is not None:
        return practice_access(user, analysis.practice, shared=analysis.is_shared, workspace=workspace)
    if not (user.is_authenticated and user.is_active):
        return StartAnalysisAccess()
    # Before there is a practice: its author's own preparation, and the editors'.
    own = analysis.created_by_id == user.pk or user.is_editor
    return StartAnalysisAccess(may_read=own, may_edit=own)


def _require_edit(member, analysis):
    if not access_to(member, analysis).may_edit:
        raise StartAnalysisError(_("Only the trekkers and the regieteam of the practice can change its startanalyse."))


# The figures it was made with


def take_snapshot(municipality):
    """The municipality's figures as the worksheet shows them, as plain data: per theme each
    indicator with its latest value and period, the national value, the comparison group's
    median and range, the comparison in words, source, table and the example flag; and the
    group's reason. In the site's language: the texts are read by the whole practice."""
    with translation.override(settings.LANGUAGE_CODE):
        figures = municipality_figures(municipality)
        group = figures.group
        themes = []
        for section in figures.themes:
            rows = []
            for row in section.indicators:
                latest = row.latest
                rows.append(
                    {
                        "code": row.indicator.code,
                        "name": row.indicator.name,
                        "period": latest.label,
                        "first_period": row.series[0].label,
                        "value": row.formatted(latest.value),
                        "national": row.formatted(latest.national),
                        "group_median": row.formatted(row.group_median),
                        "group_min": row.formatted(row.group_min),
                        "group_max": row.formatted(row.group_max),
                        "against_national": row.against_national,
                        "against_group": row.against_group,
                        "trend": row.trend,
                        "direction": str(row.indicator.get_direction_display()),
                        "source": row.indicator.source,
                        "table": row.indicator.table_id,
                        "example": row.example,
                    }
                )
            dossier = section.dossier
            themes.append(
                {
                    "key": section.theme.slug if section.theme else OTHER_THEME_KEY,
                    "name": section.theme.name if section.theme else _("Other figures"),
                    "dossier": {"title": dossier.title, "url": dossier.url} if dossier else None,
                    "indicators": rows,
                }
            )
        if group is None:
            group_text = _(
                "There is no comparison group: the number of inhabitants or the urbanisation is not known yet."
            )
        elif not group.members:
            group_text = _("No other municipality has the same size and urbanisation, so there is no comparison group.")
        else:
            group_text = _("Compared with %(count)s similar municipalities: %(reason)s.") % {
                "count": len(group.members),
                "reason": group.reason,
            }
    return {"municipality": municipality.name, "group": group_text, "example": figures.example, "themes": themes}


def snapshot_theme_keys(analysis):
    return [theme["key"] for theme in analysis.figures.get("themes", [])]


# Beginning


@transaction.atomic
def begin_for_practice(member, practice):
    """The practice's startanalyse, begun now (with today's figures) if it has none."""
    if not practice_access(member, practice, shared=False).may_edit:
        raise StartAnalysisError(_("Only the trekkers and the regieteam of the practice can begin its startanalyse."))
    existing = StartAnalysis.objects.filter(practice=practice).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return StartAnalysis.objects.create(
                practice=practice,
                municipality_id=practice.municipality_id,
                created_by=member,
                updated_by=member,
                figures=take_snapshot(practice.municipality),
                figures_taken_at=timezone.now(),
            )
    except IntegrityError:  # begun by someone else a moment ago
        return StartAnalysis.objects.get(practice=practice)


@transaction.atomic
def begin_for_municipality(member, municipality):
    """A member's startanalyse for their municipality before a practice exists (while
    applying); their open one for that municipality when they began it before."""
    if not (member.is_authenticated and member.is_active):
        raise StartAnalysisError(_("Log in to begin a startanalyse."))
    existing = StartAnalysis.objects.filter(created_by=member, municipality=municipality, practice__isnull=True)
    if existing.exists():
        return existing.get()
    try:
        with transaction.atomic():
            return StartAnalysis.objects.create(
                municipality=municipality,
                created_by=member,
                updated_by=member,
                figures=take_snapshot(municipality),
                figures_taken_at=timezone.now(),
            )
    except IntegrityError:
        return StartAnalysis.objects.get(created_by=member, municipality=municipality, practice__isnull=True)


# Writing, sharing, refreshing


def _lock(analysis, version=None):
    locked = (
        StartAnalysis.objects.select_for_update(of=("self",)).select_related("practice").filter(pk=analysis.pk).first()
    )
    if locked is None:
        raise StartAnalysisError(_("This startanalyse no longer exists."))
    if version is not None and locked.version != version:
        raise StartAnalysisError(
            _(
                "Someone else saved this startanalyse while you were writing. Your text is still in the form: "
                "copy what you want to keep, reload the page and add it again."
            )
        )
    return locked


def _store(member, analysis, texts, theme_notes):
    for name in TEXT_FIELDS:
        if name in texts:
            setattr(analysis, name, texts[name].strip())
    if theme_notes is not None:
        keys = set(snapshot_theme_keys(analysis)) | set(analysis.theme_notes)
        notes = {key: text.strip() for key, text in theme_notes.items() if key in keys}
        analysis.theme_notes = {key: text for key, text in {**analysis.theme_notes, **notes}.items() if text}
    analysis.updated_by = member
    analysis.version += 1


@transaction.atomic
def save(member, analysis, *, texts, theme_notes=None, version=None, share=None):
    """Save the worksheet's texts (and the notes per theme). With share=True it is shared
    with the practice's participants; share=False makes it a draft again. Sharing needs
    at least the target groups and the causes."""
    analysis = _lock(analysis, version)
    _require_edit(member, analysis)
    _store(member, analysis, texts, theme_notes)
    if share is True:
        if analysis.practice_id is None:
            raise StartAnalysisError(_("A startanalyse is shared with a practice's participants: attach it first."))
        if not (analysis.target_groups and analysis.causes):
            raise StartAnalysisError(_("Fill in at least the target groups and the causes before you share it."))
        if not analysis.is_shared:
            analysis.status, analysis.shared_at = StartAnalysis.Status.SHARED, timezone.now()
    elif share is False:
        analysis.status, analysis.shared_at = StartAnalysis.Status.DRAFT, None
    analysis.save()
    return analysis


@transaction.atomic
def refresh_figures(member, analysis, *, texts=None, theme_notes=None, version=None):
    """Take the figures again (after a new import), keeping what was written; the notes of
    a theme that is no longer in the figures stay (the worksheet shows them)."""
    analysis = _lock(analysis, version)
    _require_edit(member, analysis)
    _store(member, analysis, texts or {}, theme_notes)
    analysis.figures = take_snapshot(analysis.municipality)
    analysis.figures_taken_at = timezone.now()
    analysis.save()
    return analysis


# Attaching a prepared startanalyse to the practice


def attachable_practices(member, analysis):
    """The practices of the analysis's municipality without a startanalyse, in whose
    regieteam its author is."""
    if analysis.practice_id is not None or analysis.created_by_id != member.pk:
        return LearningPractice.objects.none()
    return (
        LearningPractice.objects.filter(
            municipality_id=analysis.municipality_id,
            start_analysis__isnull=True,
            memberships__member=member,
            memberships__role__in=STEERING_TEAM_ROLES,
        )
        .distinct()
        .order_by("title")
    )


def _attach(analysis, practice, member):
    analysis.practice = practice
    analysis.updated_by = member
    analysis.version += 1
    analysis.save()
    return analysis


@transaction.atomic
def attach(member, analysis, practice):
    """The author attaches their prepared startanalyse to a practice of the same
    municipality in whose regieteam they are; it stays a draft until they share it."""
    analysis = _lock(analysis)
    if analysis.practice_id is not None:
        raise StartAnalysisError(_("This startanalyse already belongs to a practice."))
    if analysis.created_by_id != member.pk:
        raise StartAnalysisError(_("Only the one who began this startanalyse can attach it to a practice."))
    if practice.municipality_id != analysis.municipality_id:
        raise StartAnalysisError(_("The practice is in another municipality than the startanalyse."))
    if not practice_access(member, practice, shared=False).may_edit:
        raise StartAnalysisError(_("Only the trekkers and the regieteam of the practice can attach a startanalyse."))
    LearningPractice.objects.select_for_update().filter(pk=practice.pk).first()
    if StartAnalysis.objects.filter(practice=practice).exists():
        raise StartAnalysisError(_("This practice already has a startanalyse."))
    return _attach(analysis, practice, member)


def attach_on_acceptance(sender, application, **kwargs):
    """Receiver of practices.signals.application_decided (connected in FiguresConfig.ready):
    on acceptance, the open startanalyse of the new practice's municipality by a member who
    verified the application's contact address and takes part in the practice is attached
    to it. Runs inside the decision's transaction."""
    practice = application.practice
    if application.status != PracticeApplication.Status.ACCEPTED or practice is None:
        return None
    if StartAnalysis.objects.filter(practice=practice).exists():
        return None
    authors = Member.objects.with_verified_address(application.contact_email).filter(
        is_active=True,
        pk__in=PracticeMembership.objects.filter(practice=practice).values("member_id"),
    )
    analysis = (
        StartAnalysis.objects.select_for_update()
        .filter(practice__isnull=True, municipality_id=practice.municipality_id, created_by__in=authors)
        .order_by("-updated_at")
        .first()
    )
    if analysis is None:
        return None
    return _attach(analysis, practice, analysis.created_by)
