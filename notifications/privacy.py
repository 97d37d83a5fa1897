"""The personal data of the notifications: the member's notifications and their settings
(also in the consents file). Exported and erased through the privacy app (docs/privacy.md)."""

from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Section, register

from .models import Notification, NotificationKind, NotificationPreference

NOTIFICATION_TEXTS = {
    NotificationKind.MENTION: gettext_lazy("You were mentioned in the discussion “%(title)s”."),
    NotificationKind.REPLY: gettext_lazy("A reply to you in the discussion “%(title)s”."),
    NotificationKind.ANSWER: gettext_lazy("Your reply was marked as the answer in “%(title)s”."),
    NotificationKind.THREAD_ACTIVITY: gettext_lazy("A new post in the discussion “%(title)s”, which you follow."),
    NotificationKind.CATEGORY_ACTIVITY: gettext_lazy("A new post in “%(title)s”, in a category you follow."),
    NotificationKind.CHANGES_REQUESTED: gettext_lazy("The editors asked for a change to your experience “%(title)s”."),
    NotificationKind.EXPERIENCE_PUBLISHED: gettext_lazy("Your experience “%(title)s” was published."),
    NotificationKind.REACTION: gettext_lazy("Reactions to your post in the discussion “%(title)s”."),
    NotificationKind.POST_HIDDEN: gettext_lazy("A moderator hid your post in the discussion “%(title)s”."),
    NotificationKind.LESSON_CITES_PRACTICE: gettext_lazy("The lesson “%(title)s” draws on your learning practice."),
    NotificationKind.NETWORK_REQUEST: gettext_lazy("A member asked to join the learning network “%(title)s”."),
    NotificationKind.NETWORK_ACCEPTED: gettext_lazy("You were accepted in the learning network “%(title)s”."),
    NotificationKind.NETWORK_DECLINED: gettext_lazy(
        "Your request to join the learning network “%(title)s” was declined."
    ),
    NotificationKind.NETWORK_INVITATION: gettext_lazy("You were invited to the learning network “%(title)s”."),
    NotificationKind.EVENT_EVALUATION: gettext_lazy("You were asked to evaluate the meeting “%(title)s”."),
    NotificationKind.EVENT_REPORT: gettext_lazy("The report of the meeting “%(title)s” was published."),
    NotificationKind.NETWORK_MEETING: gettext_lazy("A new meeting in the learning network “%(title)s”."),
    NotificationKind.EVENT_MESSAGE: gettext_lazy("The organisers of the meeting “%(title)s” sent you a message."),
    NotificationKind.MEETING_LISTED: gettext_lazy("Your meeting “%(title)s” was put in the calendar."),
    NotificationKind.MEETING_RETURNED: gettext_lazy("The editors sent your meeting “%(title)s” back."),
}
NOTIFICATION_NO_LONGER_READABLE = gettext_lazy("A notification about a discussion you can no longer read.")


def _title(notification):
    if notification.thread:
        return notification.thread.title
    if notification.lesson:
        return notification.lesson.title
    if notification.network:
        return notification.network.title
    if notification.event:
        return notification.event.title
    return notification.experience.title if notification.experience else ""


def _url(notification, export):
    if notification.post:
        return export.absolute(notification.post.get_absolute_url())
    if notification.experience and notification.experience.live:
        return export.absolute(notification.experience.url)
    if notification.lesson and notification.lesson.live:
        return export.absolute(notification.lesson.url)
    if notification.network and notification.network.live:
        return export.absolute(notification.network.url)
    if notification.event and notification.event.live:
        return export.absolute(notification.event.url)
    return ""


@register
class Notifications(PersonalData):
    """Notifications to the member go with the account (the sweep); in other members'
    notifications the member (as actor) is left out."""

    key = "notifications"
    section = Section(
        "notifications",
        gettext_lazy("Notifications"),
        gettext_lazy("Your notifications, described without the names of the people involved."),
    )
    position = 1800
    models = ("notifications.notification",)
    labels = {"emailed_at": gettext_lazy("E-mailed at"), "read_at": gettext_lazy("Read at")}

    def export(self, member, export):
        # Who caused the notification (the actor) is another member: left out on purpose. A
        # discussion the member may no longer read (a practice they left) is not named either.
        notifications = (
            Notification.objects.filter(recipient=member)
            .select_related("thread", "post", "experience", "lesson", "network", "event")
            .order_by("created_at")
        )
        readable = set(Notification.objects.readable_by(member).values_list("pk", flat=True))
        result = []
        for notification in notifications:
            if notification.pk in readable:
                description = str(NOTIFICATION_TEXTS.get(notification.kind, "%(title)s")) % {
                    "title": _title(notification)
                }
                # The editor's request for changes or the moderator's reason: addressed to the member.
                # A request to join is the other member's words: left out.
                message, url = notification.message, _url(notification, export)
                if notification.kind == NotificationKind.NETWORK_REQUEST:
                    message = ""
            else:
                description, message, url = str(NOTIFICATION_NO_LONGER_READABLE), "", ""
            result.append(
                {
                    "kind": notification.kind,
                    "description": description,
                    "message": message,
                    "url": url,
                    "created_at": notification.created_at,
                    "read_at": notification.read_at,
                    "emailed_at": notification.emailed_at,
                }
            )
        return result


EMAIL_LABELS = {
    "email_on_mentions": gettext_lazy("E-mail when someone mentions me"),
    "email_on_replies": gettext_lazy("E-mail when someone replies to me"),
    "email_about_what_i_shared": gettext_lazy("E-mail about what the editors and moderators do with what I shared"),
    "summary_email": gettext_lazy("Summary by e-mail"),
}


@register
class EmailConsents(PersonalData):
    """Which e-mails the member receives: part of the consents file."""

    key = "email_consents"
    section = Section("consents")
    position = 420
    labels = EMAIL_LABELS

    def export(self, member, export):
        preference = NotificationPreference.objects.filter(member=member).first()
        return {
            "email_on_mentions": preference.email_mentions if preference else True,
            "email_on_replies": preference.email_replies if preference else True,
            "email_about_what_i_shared": preference.email_contributions if preference else True,
            "summary_email": str(preference.get_digest_display()) if preference else None,
        }


@register
class NotificationPreferences(PersonalData):
    """The member's notification settings: deleted with the account (the sweep)."""

    key = "notification_preferences"
    section = Section(
        "notification_preferences",
        gettext_lazy("Notification settings"),
        gettext_lazy("Which notifications you receive by e-mail and how often you get a summary."),
    )
    position = 1900
    models = ("notifications.notificationpreference",)
    labels = {**EMAIL_LABELS, "last_summary_at": gettext_lazy("Last summary at"), "saved": gettext_lazy("Saved")}

    def export(self, member, export):
        preference = NotificationPreference.objects.filter(member=member).first()
        if preference is None:
            return {"saved": False}
        return {
            "saved": True,
            "email_on_mentions": preference.email_mentions,
            "email_on_replies": preference.email_replies,
            "email_about_what_i_shared": preference.email_contributions,
            "summary_email": str(preference.get_digest_display()),
            "last_summary_at": preference.last_digest_at,
        }
