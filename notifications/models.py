from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from forum.access import readable_categories
from forum.models import ReactionKind


class NotificationKind(models.TextChoices):
    MENTION = "mention", _("Mentioned you")
    REPLY = "reply", _("Replied to you")
    ANSWER = "answer", _("Marked the answer")
    THREAD_ACTIVITY = "thread", _("New in a discussion you follow")
    CATEGORY_ACTIVITY = "category", _("New in a category you follow")
    # About the member's own contributions
    CHANGES_REQUESTED = "changes", _("The editors ask for a change to your experience")
    EXPERIENCE_PUBLISHED = "published", _("Your experience has been published")
    REACTION = "reaction", _("Reacted to your post")
    POST_HIDDEN = "hidden", _("A moderator hid your post")
    # The learning cycle of practices
    PRACTICE_INVITATION = "invitation", _("You are invited to take part in a learning practice")
    APPLICATION_DECIDED = "decision", _("The institute decided on your application")
    REFLECTION_DUE = "reflection", _("Time to reflect on your learning questions")
    LESSON_CITES_PRACTICE = "lesson", _("A lesson draws on your learning practice")
    # Learning networks
    NETWORK_REQUEST = "netrequest", _("Someone asks to join your learning network")
    NETWORK_ACCEPTED = "netaccept", _("You have been accepted in a learning network")
    NETWORK_DECLINED = "netdecline", _("Your request to join a learning network was declined")
    NETWORK_INVITATION = "netinvite", _("You are invited to a learning network")
    # Meetings you attended
    EVENT_EVALUATION = "evaluation", _("Fill in the evaluation of a meeting you attended")
    EVENT_REPORT = "report", _("The report of a meeting you attended has been published")
    EVENT_MESSAGE = "eventmsg", _("A message from the organisers of a meeting you registered for")
    # Meetings you organised for the public calendar: the editors' decision
    MEETING_LISTED = "meetlisted", _("Your meeting is in the calendar")
    MEETING_RETURNED = "meetreturn", _("The editors sent your meeting back")

    NETWORK_MEETING = "netmeeting", _("A new meeting in your learning network")


# Someone posted: at most one notification per post and member (the strongest reason).
POST_ACTIVITY_KINDS = [
    NotificationKind.MENTION,
    NotificationKind.REPLY,
    NotificationKind.ANSWER,
    NotificationKind.THREAD_ACTIVITY,
    NotificationKind.CATEGORY_ACTIVITY,
]

# What the editors or moderators did with what the member shared.
CONTRIBUTION_KINDS = {
    NotificationKind.CHANGES_REQUESTED,
    NotificationKind.EXPERIENCE_PUBLISHED,
    NotificationKind.POST_HIDDEN,
    # A published lesson draws on the practice the member takes part in.
    NotificationKind.LESSON_CITES_PRACTICE,
    # The editors' decision on a meeting the member organised for the public calendar.
    NotificationKind.MEETING_LISTED,
    NotificationKind.MEETING_RETURNED,
}

# About the member's place in learning practices (mailed as the contributions are).
PRACTICE_KINDS = {NotificationKind.PRACTICE_INVITATION, NotificationKind.APPLICATION_DECIDED}

# About the member's place in learning networks, and the requests a coordinator decides on
# (mailed as the contributions are).
NETWORK_KINDS = {
    NotificationKind.NETWORK_REQUEST,
    NotificationKind.NETWORK_ACCEPTED,
    NotificationKind.NETWORK_DECLINED,
    NotificationKind.NETWORK_INVITATION,
    NotificationKind.NETWORK_MEETING,
}

# About meetings the member attended (mailed as the contributions are).
EVENT_KINDS = {NotificationKind.EVENT_EVALUATION, NotificationKind.EVENT_REPORT, NotificationKind.EVENT_MESSAGE}

# What a member gets by e-mail straight away (when they want it); the rest waits for the digest.
IMMEDIATE_KINDS = {
    NotificationKind.MENTION,
    NotificationKind.REPLY,
    *CONTRIBUTION_KINDS,
    *PRACTICE_KINDS,
    *NETWORK_KINDS,
    *EVENT_KINDS,
}


class NotificationQuerySet(models.QuerySet):
    def readable_by(self, member, *, category_ids=None):
        """The member's notifications about what they may (still) read. A notification names
        a discussion and who wrote in it; once the member may no longer read that discussion
        (they left the practice whose closed space it is in), it is not listed, counted or
        mailed. The forum's access rule decides, inside the same query; or, for a page,
        `category_ids`: the categories the member may read as remembered with their access
        (`unread.readable_category_ids`, renewed by every change of it): PostgreSQL planned
        the notification centre's query with the rule as a subquery in 1.6 ms, with the
        list in 1.05 ms, on every request."""

        # The thread's category, joined, rather than `thread__in=readable_threads()`: one
        # subquery less, and PostgreSQL planned the notification centre's page in 0.8 ms
        # instead of 2.9 (docs/performance.md).
        readable = readable_categories(member) if category_ids is None else category_ids
        return self.filter(recipient=member).filter(
            models.Q(thread__isnull=True) | models.Q(thread__category__in=readable)
        )

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """Something that happened that a member should know (melding)."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    thread = models.ForeignKey("forum.Thread", null=True, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("forum.Post", null=True, on_delete=models.CASCADE, related_name="+")
    experience = models.ForeignKey("practices.ExperienceReport", null=True, on_delete=models.CASCADE, related_name="+")
    practice = models.ForeignKey("practices.LearningPractice", null=True, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("knowledge.Lesson", null=True, on_delete=models.CASCADE, related_name="+")
    network = models.ForeignKey("networks.LearningNetwork", null=True, on_delete=models.CASCADE, related_name="+")
    # A meeting (events is on this app's layer: a string reference, no import).
    event = models.ForeignKey("events.EventPage", null=True, on_delete=models.CASCADE, related_name="+")
    # The organisers' message to the attendees (kind EVENT_MESSAGE); its text is shown here.
    event_message = models.ForeignKey("events.EventMessage", null=True, on_delete=models.CASCADE, related_name="+")
    # The editor's request for changes, or the moderator's reason for hiding a post.
    message = models.TextField(blank=True)
    # Reactions gathered in one notification: [member id, reaction kind] pairs, oldest first.
    reactions = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            # The notification centre: the member's newest first, a page at a time (read in
            # this order instead of reading and sorting all of them; docs/performance.md).
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient_new_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "post"],
                condition=Q(kind__in=POST_ACTIVITY_KINDS),
                name="one_notification_per_post",
            ),
            # Reactions to a post gather in one notification until it is read or mailed.
            models.UniqueConstraint(
                fields=["recipient", "post"],
                condition=Q(kind=NotificationKind.REACTION, read_at__isnull=True, emailed_at__isnull=True),
                name="one_gathering_reaction_notification_per_post",
            ),
            # A lesson that draws on a practice is told once per member, not again when
            # it is published anew (notifications.services.notify_lesson_cites_practices).
            models.UniqueConstraint(
                fields=["recipient", "lesson"],
                condition=Q(kind=NotificationKind.LESSON_CITES_PRACTICE),
                name="one_notification_per_cited_lesson",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"

    def get_absolute_url(self):
        """Where the notification leads: the request for changes is answered from "Mijn
        ervaringen", a published experience or a lesson is read on its public page, a
        reflection is written in the practice's werkruimte, the rest is a post."""
        if self.kind == NotificationKind.CHANGES_REQUESTED:
            return reverse("practices:my_experiences")
        if self.kind == NotificationKind.REFLECTION_DUE and self.practice_id:
            return reverse("practices:reflection_write", kwargs={"practice_id": self.practice_id})
        if self.kind == NotificationKind.EXPERIENCE_PUBLISHED and self.experience_id and self.experience.url:
            return self.experience.url
        if self.kind == NotificationKind.LESSON_CITES_PRACTICE and self.lesson_id and self.lesson.url:
            return self.lesson.url
        if self.kind in PRACTICE_KINDS and self.practice_id:
            return reverse("practices:workspace", args=[self.practice_id])
        if self.kind == NotificationKind.NETWORK_REQUEST and self.network_id:
            return reverse("networks:manage", args=[self.network_id])
        if self.kind in NETWORK_KINDS and self.network_id and self.network.url:
            return self.network.url
        if self.kind == NotificationKind.EVENT_EVALUATION and self.event_id:
            return reverse("events:evaluation", args=[self.event_id])
        if self.kind == NotificationKind.EVENT_REPORT and self.event_id and self.event.url:
            return self.event.url + "#verslag"
        if self.kind == NotificationKind.MEETING_RETURNED and self.event_id:
            return reverse("events:organise_change", args=[self.event_id])
        if (
            self.kind in (NotificationKind.EVENT_MESSAGE, NotificationKind.MEETING_LISTED)
            and self.event_id
            and self.event.live
            and self.event.url
        ):
            return self.event.url
        if self.post_id:
            return self.post.get_absolute_url()
        return reverse("notifications:centre")

    @property
    def is_unread(self):
        return self.read_at is None

    @property
    def reaction_label(self):
        """What the latest member reacted with ("Nuttig")."""
        if not self.reactions:
            return ""
        kind = self.reactions[-1][1]
        return ReactionKind(kind).label if kind in ReactionKind.values else kind

    @property
    def other_reactors(self):
        """How many other members reacted besides the latest one (the actor)."""
        return len({member_id for member_id, _kind in self.reactions} - {self.actor_id})


class DigestFrequency(models.TextChoices):
    NEVER = "never", _("Never")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class NotificationPreference(models.Model):
    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_mentions = models.BooleanField(_("e-mail me at once when someone mentions me"), default=True)
    email_replies = models.BooleanField(_("e-mail me at once when someone replies to me"), default=True)
    email_contributions = models.BooleanField(
        _("e-mail me at once about what the editors and moderators do with what I shared"),
        help_text=_(
            "A request for changes to your experience, its publication, a post of yours that was hidden, "
            "a lesson that draws on your learning practice, your place in learning networks, "
            "the evaluation and the report of a meeting you attended, messages from the organisers of a meeting "
            "you registered for, and the editors' decision on a meeting you organised."
        ),
        default=True,
    )
    digest = models.CharField(
        _("summary of activity I follow"), max_length=6, choices=DigestFrequency.choices, default=DigestFrequency.WEEKLY
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return str(self.member)

    def wants_email(self, kind):
        if kind == NotificationKind.MENTION:
            return self.email_mentions
        if kind == NotificationKind.REPLY:
            return self.email_replies
        if kind in CONTRIBUTION_KINDS or kind in PRACTICE_KINDS or kind in NETWORK_KINDS or kind in EVENT_KINDS:
            return self.email_contributions
        return False
