from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    MENTION = "mention", _("Mentioned you")
    REPLY = "reply", _("Replied to you")
    ANSWER = "answer", _("Marked the answer")
    THREAD_ACTIVITY = "thread", _("New in a discussion you follow")
    CATEGORY_ACTIVITY = "category", _("New in a category you follow")


# What a member gets by e-mail straight away (when they want it); the rest waits for the digest.
IMMEDIATE_KINDS = {NotificationKind.MENTION, NotificationKind.REPLY}


class NotificationQuerySet(models.QuerySet):
    def readable_by(self, member):
        """The member's notifications about what they may (still) read. A notification names
        a discussion and who wrote in it; once the member may no longer read that discussion
        (they left the practice whose closed space it is in), it is not listed, counted or
        mailed. The forum's access rule decides, inside the same query."""
        from forum.access import readable_threads

        return self.filter(recipient=member).filter(
            models.Q(thread__isnull=True) | models.Q(thread__in=readable_threads(member))
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
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        constraints = [models.UniqueConstraint(fields=["recipient", "post"], name="one_notification_per_post")]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"

    @property
    def is_unread(self):
        return self.read_at is None


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
        return False
