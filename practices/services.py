"""Domain operations of learning practices: sharing and reviewing experiences, and
applications to become a practice. Views call these; nothing else writes the models."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page, TaskState, Workflow, WorkflowState, WorkflowTask
from wagtail.users.models import UserProfile

from lerendnetwerk.mail import send_templated
from members.roles import Role
from members.services import editors_to_notify

from .attachments import store_attachment
from .models import ExperienceReport, PracticeApplication, PracticeMembership

logger = logging.getLogger(__name__)

EXPERIENCE_WORKFLOW_NAME = "Ervaringen beoordelen"
EXPERIENCE_REVIEW_TASK_NAME = "Beoordeling door de redactie"


class ExperienceLocked(Exception):
    """The experience is being reviewed and cannot be changed until the editor decides."""


# Who may do what


def is_practice_member(user, practice):
    return (
        user.is_authenticated
        and user.is_active
        and PracticeMembership.objects.filter(practice_id=practice.pk, member_id=user.pk).exists()
    )


def can_share_experience(user, practice):
    """Members of the practice and editors may share an experience for it."""
    return user.is_authenticated and user.is_active and (user.is_editor or is_practice_member(user, practice))


def can_edit_experience(user, experience):
    return user.is_authenticated and user.is_active and experience.author_id == user.pk


def can_view_unpublished_experience(user, experience):
    """Drafts and submissions: the author, editors and the practice's members."""
    if not (user.is_authenticated and user.is_active):
        return False
    return experience.author_id == user.pk or user.is_editor or is_practice_member(user, experience.get_parent())


# Status of an experience, as its author sees it


@dataclass(frozen=True)
class ExperienceStatus:
    code: str
    label: str
    reason: str = ""

    @property
    def is_editable(self):
        return self.code != "submitted"


DRAFT = "draft"
SUBMITTED = "submitted"
REJECTED = "rejected"
PUBLISHED = "published"

STATUS_LABELS = {
    DRAFT: _("draft"),
    SUBMITTED: _("submitted"),
    REJECTED: _("rejected"),
    PUBLISHED: _("published"),
}


def experience_statuses(experiences):
    """{page pk: ExperienceStatus} for many experiences, in two queries."""
    experiences = list(experiences)
    latest_states = {}
    for state in WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
        object_id__in=[str(page.pk) for page in experiences],
    ).order_by("created_at"):
        latest_states[int(state.object_id)] = state

    rejected_ids = [state.pk for state in latest_states.values() if state.status == WorkflowState.STATUS_NEEDS_CHANGES]
    reasons = {}
    for task_state in TaskState.objects.filter(
        workflow_state_id__in=rejected_ids, status=TaskState.STATUS_REJECTED
    ).order_by("finished_at"):
        reasons[task_state.workflow_state_id] = task_state.comment

    statuses = {}
    for page in experiences:
        state = latest_states.get(page.pk)
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            code, reason = SUBMITTED, ""
        elif state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            code, reason = REJECTED, reasons.get(state.pk, "")
        elif page.live:
            code, reason = PUBLISHED, ""
        else:
            code, reason = DRAFT, ""
        statuses[page.pk] = ExperienceStatus(code, str(STATUS_LABELS[code]), reason)
    return statuses


def experience_status(experience):
    return experience_statuses([experience])[experience.pk]


# Review workflow


def experience_workflow():
    """The Wagtail workflow that editors use to review experiences (made on first use)."""
    workflow = Workflow.objects.filter(name=EXPERIENCE_WORKFLOW_NAME).first()
    if workflow is not None:
        return workflow
    task = GroupApprovalTask.objects.create(name=EXPERIENCE_REVIEW_TASK_NAME)
    task.groups.set([Group.objects.get(name=Role.EDITOR.group_name)])
    workflow = Workflow.objects.create(name=EXPERIENCE_WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _submit_for_review(experience, member):
    if not member.is_editor:
        # The author hears about the decision from us, in Dutch and with links they can
        # open; Wagtail's own notices point into the admin.
        UserProfile.objects.filter(pk=UserProfile.get_for_user(member).pk).update(
            approved_notifications=False, rejected_notifications=False
        )
    state = experience.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # Sent back by the editors: the same review goes on with the new version.
        state.resume(user=member)
    else:
        experience_workflow().start(experience, member)


# Sharing and changing experiences


def _unique_slug(parent, title):
    base = slugify(title)[:70] or "ervaring"
    slug, number = base, 2
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def share_experience(member, practice, *, title, body, themes, attachment=None, submit=True):
    """Save a member's experience as a draft page under its practice, and (unless they
    only save it) submit it to the editors' review."""
    if not can_share_experience(member, practice):
        raise PermissionDenied
    experience = ExperienceReport(
        title=title.strip(),
        slug=_unique_slug(practice, title),
        author=member,
        owner=member,
        body_markdown=body,
        live=False,
    )
    experience.themes.set(list(themes))
    if attachment is not None:
        experience.attachment = store_attachment(member, attachment)
    practice.add_child(instance=experience)
    experience.save_revision(user=member, log_action=True)
    if submit:
        _submit_for_review(experience, member)
    return experience


@transaction.atomic
def change_experience(
    member, experience, *, title, body, themes, attachment=None, remove_attachment=False, submit=True
):
    """The author changes their experience. A published experience stays as it is until
    the editors approve the change."""
    if not can_edit_experience(member, experience):
        raise PermissionDenied
    experience = ExperienceReport.objects.select_for_update().get(pk=experience.pk)
    if experience.workflow_in_progress:
        raise ExperienceLocked
    draft = experience.get_latest_revision_as_object()
    draft.title = title.strip()
    draft.body_markdown = body
    draft.themes.set(list(themes))
    if attachment is not None:
        draft.attachment = store_attachment(member, attachment)
    elif remove_attachment:
        draft.attachment = None
    draft.save_revision(user=member, log_action=True)
    if submit:
        _submit_for_review(experience, member)
    return experience


def notify_author_of_decision(sender, instance, user=None, **kwargs):
    """workflow_approved / workflow_rejected receiver: tell the author, in Dutch."""
    page = instance.content_object
    experience = getattr(page, "specific", page)
    if not isinstance(experience, ExperienceReport) or experience.author is None:
        return
    author = experience.author
    approved = instance.status == WorkflowState.STATUS_APPROVED
    reason = ""
    if not approved:
        rejected = (
            TaskState.objects.filter(workflow_state=instance, status=TaskState.STATUS_REJECTED)
            .order_by("-finished_at")
            .first()
        )
        reason = rejected.comment if rejected else ""
    site_url = settings.WAGTAILADMIN_BASE_URL
    context = {
        "author": author,
        "experience": experience,
        "reason": reason,
        "experience_url": site_url + experience.url if approved and experience.url else "",
        "my_experiences_url": site_url + "/mijn-ervaringen/",
    }
    name = "approved" if approved else "rejected"
    send_templated(f"practices/email/experience_{name}", context, [author.email])


# Applications


@transaction.atomic
def submit_application(
    *, municipality, contact_name, contact_email, contact_phone, job_title, themes, learning_questions
):
    application = PracticeApplication.objects.create(
        municipality=municipality,
        contact_name=contact_name.strip(),
        contact_email=contact_email,
        contact_phone=contact_phone.strip(),
        job_title=job_title.strip(),
        learning_questions=learning_questions.strip(),
        hours_acknowledged=True,
    )
    application.themes.set(themes)
    context = {
        "application": application,
        "themes": list(themes),
        "admin_url": settings.WAGTAILADMIN_BASE_URL + "/admin/",
    }
    send_templated("practices/email/application_received", context, [application.contact_email])
    editors = [editor.email for editor in editors_to_notify()]
    if editors:
        send_templated("practices/email/application_for_editors", context, editors)
    return application
