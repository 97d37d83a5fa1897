from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, workflow_approved, workflow_rejected

        from forum import signals as forum_signals
        from knowledge.models import Lesson
        from lerendnetwerk import meeting_signals
        from networks import signals as network_signals
        from networks.models import NetworkMembership
        from practices import signals as practice_signals
        from practices.models import PracticeMembership

        from . import receivers, services

        forum_signals.post_created.connect(receivers.post_created, dispatch_uid="notify-post")
        forum_signals.answer_marked.connect(receivers.answer_marked, dispatch_uid="notify-answer")
        forum_signals.reaction_added.connect(receivers.reaction_added, dispatch_uid="notify-reaction")
        forum_signals.post_hidden.connect(receivers.post_hidden, dispatch_uid="notify-post-hidden")
        # The outcome of an experience's review (practices) reaches its author.
        workflow_approved.connect(receivers.notify_author_of_decision, dispatch_uid="experience-approved")
        workflow_rejected.connect(receivers.notify_author_of_decision, dispatch_uid="experience-rejected")
        # The learning cycle of practices: a new reflection period asks the trekkers to reflect.
        practice_signals.reflection_due.connect(receivers.reflection_due, dispatch_uid="notify-reflection-due")
        # A published lesson reaches the participants of the practices it draws on.
        page_published.connect(receivers.lesson_published, sender=Lesson, dispatch_uid="lesson-cites-practice")
        # The learning cycle: an application decided, a member added to a practice.
        practice_signals.application_decided.connect(receivers.application_decided, dispatch_uid="notify-decision")
        practice_signals.member_invited.connect(receivers.member_invited, dispatch_uid="notify-invitation")
        # Learning networks: a request to join and its decision, an invitation.
        network_signals.membership_requested.connect(
            receivers.network_membership_requested, dispatch_uid="notify-network-request"
        )
        network_signals.request_decided.connect(
            receivers.network_request_decided, dispatch_uid="notify-network-decision"
        )
        network_signals.member_invited.connect(
            receivers.network_member_invited, dispatch_uid="notify-network-invitation"
        )
        # Meetings: the evaluation opened, the report was published (events sends these).
        meeting_signals.evaluation_opened.connect(receivers.event_evaluation_opened, dispatch_uid="notify-evaluation")
        meeting_signals.report_published.connect(receivers.event_report_published, dispatch_uid="notify-report")
        # Meetings: the organisers wrote to the attendees; the editors decided on a meeting.
        meeting_signals.organisers_messaged.connect(receivers.organisers_messaged, dispatch_uid="notify-event-message")
        meeting_signals.meeting_moderated.connect(receivers.meeting_moderated, dispatch_uid="notify-meeting-moderated")

        network_signals.meeting_announced.connect(
            receivers.network_meeting_announced, dispatch_uid="notify-network-meeting"
        )
        # The bell's remembered count (notifications.unread): forgotten when it may change.
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed

        from forum.models import Category, Thread
        from members.models import Member

        from . import unread
        from .models import Notification

        for signal in (post_save, post_delete):
            signal.connect(unread.notification_changed, sender=Notification, dispatch_uid="unread-notification")
            signal.connect(unread.access_changed, sender=Category, dispatch_uid="unread-category")
            signal.connect(unread.access_changed, sender=Group, dispatch_uid="unread-group")
        post_save.connect(unread.member_saved, sender=Member, dispatch_uid="unread-member")
        post_save.connect(unread.thread_saved, sender=Thread, dispatch_uid="unread-thread")
        post_delete.connect(unread.access_changed, sender=Thread, dispatch_uid="unread-thread-deleted")
        m2m_changed.connect(unread.member_groups_changed, sender=Member.groups.through, dispatch_uid="unread-groups")
        # Joining or leaving a practice or a network changes which notifications the member may read.
        for signal in (post_save, post_delete):
            signal.connect(services.membership_changed, sender=PracticeMembership, dispatch_uid="notifications-count")
            signal.connect(
                services.membership_changed, sender=NetworkMembership, dispatch_uid="notifications-network-count"
            )
