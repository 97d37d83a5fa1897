"""What notifications hears from the apps it builds on: the forum's signals
(forum.signals), Wagtail's workflow signals for the review of experiences (practices), its
page_published signal for lessons (knowledge) and the learning networks' requests and
invitations (networks.signals). Connected in NotificationsConfig.ready."""

from wagtail.models import WorkflowState

from practices.models import ExperienceReport
from practices.services import change_requests, is_waiting_for_changes

from . import services, tasks
from .models import NotificationKind


def post_created(sender, post_id, **kwargs):
    """A new post: who should know is worked out in the background."""
    tasks.notify_about_post.enqueue(post_id)


def answer_marked(sender, post_id, member_id, **kwargs):
    services.notify_answer(post_id, member_id)


def reaction_added(sender, post, member, kind, **kwargs):
    services.notify_reaction(post, member, kind)


def post_hidden(sender, post, moderator, reason, **kwargs):
    services.notify_post_hidden(post, moderator=moderator, reason=reason)


def notify_author_of_decision(sender, instance, user=None, **kwargs):
    """workflow_approved / workflow_rejected receiver: the author finds the outcome of the
    review among their notifications, with the editor's message when changes are asked
    (and by mail, as they chose). Nothing when an editor reviewed their own experience."""
    page = instance.content_object
    experience = getattr(page, "specific", page)
    if not isinstance(experience, ExperienceReport) or experience.author is None:
        return
    if instance.status == WorkflowState.STATUS_APPROVED:
        services.notify_experience_published(experience, editor=user)
    elif is_waiting_for_changes(instance):
        message = change_requests([instance]).get(instance.pk, "")
        services.notify_changes_requested(experience, editor=user, message=message)


def reflection_due(sender, prompt, **kwargs):
    """practices.signals.reflection_due: the practice's trekkers are asked to reflect."""
    services.notify_reflection_due(prompt)


def lesson_published(sender, instance, **kwargs):
    """page_published for a Lesson: the practices it draws on hear of it (once)."""
    services.notify_lesson_cites_practices(instance)


def application_decided(sender, application, editor=None, **kwargs):
    """The contact of a decided application, when that address is a member's (verified),
    finds the decision among their notifications too (the mail went to the address)."""
    services.notify_application_decided(application, editor=editor)


def member_invited(sender, membership, invited_by=None, **kwargs):
    """A member was added to a practice through an invitation to their verified address."""
    services.notify_practice_invitation(membership, invited_by=invited_by)


def network_membership_requested(sender, request, **kwargs):
    """networks.signals.membership_requested: the network's coordinators hear of it."""
    services.notify_network_request(request)


def network_request_decided(sender, request, **kwargs):
    """networks.signals.request_decided: the member hears the decision and its message."""
    services.notify_network_decision(request)


def network_member_invited(sender, invitation, member, **kwargs):
    """networks.signals.member_invited: a member whose verified address was invited."""
    services.notify_network_invitation(invitation, member)


def event_evaluation_opened(sender, event, members, **kwargs):
    """lerendnetwerk.meeting_signals.evaluation_opened: the attendees are asked to evaluate."""
    services.notify_event_attendees(event, members, NotificationKind.EVENT_EVALUATION)


def event_report_published(sender, event, members, **kwargs):
    """lerendnetwerk.meeting_signals.report_published: the attendees can read the report."""
    services.notify_event_attendees(event, members, NotificationKind.EVENT_REPORT)


def network_meeting_announced(sender, network, event, organiser=None, **kwargs):
    """networks.signals.meeting_announced: the network's members hear of the new meeting."""
    services.notify_network_meeting(network, organiser, event.title)


def organisers_messaged(sender, message, recipients, **kwargs):
    """lerendnetwerk.meeting_signals.organisers_messaged: the attendees who are members get
    the organisers' message in the bell (and by mail as they chose)."""
    services.notify_organisers_message(message, recipients)


def meeting_moderated(sender, event, organiser, approved, editor=None, comment="", **kwargs):
    """lerendnetwerk.meeting_signals.meeting_moderated: the organiser hears the editors' decision."""
    services.notify_meeting_moderated(event, organiser=organiser, editor=editor, approved=approved, comment=comment)
