"""Domain operations of learning practices: sharing and reviewing experiences, and
applications to become a practice. Views call these; nothing else writes the models."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, TaskState, Workflow, WorkflowState, WorkflowTask
from wagtail.users.models import UserProfile

from lerendnetwerk.mail import send_templated
from lerendnetwerk.page_slugs import unique_child_slug
from members.roles import Role
from members.services import editors_to_notify

from .attachments import store_attachment
from .records import ExperienceReport, PracticeApplication, PracticeMembership

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
    # The editors' message with their request for changes.
    message: str = ""

    @property
    def is_editable(self):
        return self.code != "submitted"


DRAFT = "draft"
SUBMITTED = "submitted"
CHANGES_REQUESTED = "changes_requested"
PUBLISHED = "published"

STATUS_LABELS = {
    DRAFT: _("draft"),
    SUBMITTED: _("submitted"),
    CHANGES_REQUESTED: _("changes requested"),
    PUBLISHED: _("published"),
}


def is_waiting_for_changes(workflow_state):
    """The review task's only way to say no is Wagtail's "Request changes" (the task
    state is rejected, the workflow waits for a new version and resumes): the editors
    ask the author for changes. There is no final rejection in this workflow."""
    return workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def change_requests(workflow_states):
    """{workflow state pk: the editor's message} for states that wait for changes, in one
    query: the comment of the latest task state that requested them."""
    waiting = [state.pk for state in workflow_states if is_waiting_for_changes(state)]
    messages = {}
    for task_state in TaskState.objects.filter(
        workflow_state_id__in=waiting, status=TaskState.STATUS_REJECTED
    ).order_by("finished_at"):
        messages[task_state.workflow_state_id] = task_state.comment
    return messages


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
    messages = change_requests(latest_states.values())

    statuses = {}
    for page in experiences:
        state = latest_states.get(page.pk)
        message = ""
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            code = SUBMITTED
        elif is_waiting_for_changes(state):
            code, message = CHANGES_REQUESTED, messages.get(state.pk, "")
        elif page.live:
            code = PUBLISHED
        else:
            code = DRAFT
        statuses[page.pk] = ExperienceStatus(code, str(STATUS_LABELS[code]), message)
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


def _review_task_state(editor, experience):
    """The review task waiting for this editor's decision, or PermissionDenied."""
    task_state = experience.current_workflow_task_state
    if task_state is None:
        raise PermissionDenied
    task_state = task_state.specific
    actions = [action for action, *_rest in task_state.task.specific.get_actions(experience, editor)]
    if "approve" not in actions:
        raise PermissionDenied
    return task_state


@transaction.atomic
def request_changes(editor, experience, message):
    """An editor asks the author for a change, with a message: Wagtail's "Request changes"
    on the review task, as in the admin. The author is told through the workflow signal."""
    _review_task_state(editor, experience).reject(user=editor, comment=message.strip())


@transaction.atomic
def approve_experience(editor, experience, comment=""):
    """An editor approves the experience: it is published, as with "Approve" in the admin."""
    _review_task_state(editor, experience).approve(user=editor, comment=comment.strip())


# Sharing and changing experiences


def _check_learning_question(learning_question, practice_id):
    """An experience is about a leervraag of its own practice only."""
    if learning_question is not None and learning_question.practice_id != practice_id:
        raise PermissionDenied


@transaction.atomic
def share_experience(
    member,
    practice,
    *,
    title,
    body,
    themes,
    attachment=None,
    learning_question=None,
    effective_element=None,
    submit=True,
):
    """Save a member's experience as a draft page under its practice, and (unless they
    only save it) submit it to the editors' review. It may say what it is about: one of
    the practice's leervragen and/or an effective element."""
    if not can_share_experience(member, practice):
        raise PermissionDenied
    _check_learning_question(learning_question, practice.pk)
    experience = ExperienceReport(
        title=title.strip(),
        slug=unique_child_slug(practice, title, fallback="ervaring"),
        author=member,
        owner=member,
        body_markdown=body,
        learning_question=learning_question,
        effective_element=effective_element,
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
    member,
    experience,
    *,
    title,
    body,
    themes,
    attachment=None,
    remove_attachment=False,
    learning_question=None,
    effective_element=None,
    submit=True,
):
    """The author changes their experience. A published experience stays as it is until
    the editors approve the change."""
    if not can_edit_experience(member, experience):
        raise PermissionDenied
    experience = ExperienceReport.objects.select_for_update().get(pk=experience.pk)
    if experience.workflow_in_progress:
        raise ExperienceLocked
    _check_learning_question(learning_question, experience.get_parent().pk)
    draft = experience.get_latest_revision_as_object()
    draft.title = title.strip()
    draft.body_markdown = body
    draft.themes.set(list(themes))
    draft.learning_question = learning_question
    draft.effective_element = effective_element
    if attachment is not None:
        draft.attachment = store_attachment(member, attachment)
    elif remove_attachment:
        draft.attachment = None
    draft.save_revision(user=member, log_action=True)
    if submit:
        _submit_for_review(experience, member)
    return experience


# Applications


@transaction.atomic
def submit_application(
    *,
    municipality,
    contact_name,
    contact_email,
    contact_phone,
    job_title,
    themes,
    learning_questions,
    knowledge_gap=None,
):
    application = PracticeApplication.objects.create(
        municipality=municipality,
        knowledge_gap=knowledge_gap,
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
