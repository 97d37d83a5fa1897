"""The data of learning networks below their pages: who takes part (and as what), requests
to join, invitations and the shelf of lessons and dossiers. Live data, not part of page
revisions: access to the network's closed discussions follows a membership at once.

Services (membership.py, shelf.py) write these; nothing else does."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from members.invitations import AddressInvitation

# The pages a network's shelf may hold: lessons and "Wat werkt bij" dossiers. The knowledge
# app builds on this one, so they are named by label (as a ForeignKey to them would be) and
# looked up in the app registry when needed (shelf.py), never imported.
SHELF_PAGE_TYPES = ("knowledge.lesson", "knowledge.knowledgedossier")


class MembershipMode(models.TextChoices):
    """How someone becomes a member of a network."""

    OPEN = "open", _("Open: every member can join")
    ON_REQUEST = "request", _("On request: a coordinator accepts or declines")
    BY_INVITATION = "invitation", _("By invitation only")


class NetworkRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    MEMBER = "member", _("Member")


class NetworkMembership(models.Model):
    """Who takes part in a network, as coordinator or member."""

    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("learning network"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_memberships",
        verbose_name=_("member"),
    )
    role = models.CharField(_("role"), max_length=12, choices=NetworkRole.choices, default=NetworkRole.MEMBER)
    created_at = models.DateTimeField(_("member since"), auto_now_add=True)

    class Meta:
        verbose_name = _("network membership")
        verbose_name_plural = _("network memberships")
        ordering = ["network__title", "role", "member__last_name"]
        constraints = [models.UniqueConstraint(fields=["network", "member"], name="unique_network_membership")]

    def __str__(self):
        return f"{self.member} ({self.get_role_display()}, {self.network})"

    @property
    def is_coordinator(self):
        return self.role == NetworkRole.COORDINATOR


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


REQUEST_MESSAGE_MAX_LENGTH = 2000


class NetworkMembershipRequest(models.Model):
    """A member's request to join a network that admits on request; a coordinator accepts
    or declines it, with a message. At most one request per member and network waits."""

    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.CASCADE,
        related_name="membership_requests",
        verbose_name=_("learning network"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_requests",
        verbose_name=_("member"),
    )
    message = models.TextField(_("message"), max_length=REQUEST_MESSAGE_MAX_LENGTH, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_message = models.TextField(
        _("message with the decision"), max_length=REQUEST_MESSAGE_MAX_LENGTH, blank=True
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "member"],
                condition=models.Q(status="pending"),
                name="one_pending_network_request",
            )
        ]

    def __str__(self):
        return f"{self.member} → {self.network} ({self.get_status_display()})"

    @property
    def is_pending(self):
        return self.status == RequestStatus.PENDING


class NetworkInvitation(AddressInvitation):
    """An invitation to a network, sent to an e-mail address. A member who verified that
    address finds it on the network's page and in the bell; anyone else follows the link in
    the mail (signing up first). Only a verified address equal to the invited one accepts."""

    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("learning network"),
    )
    role = models.CharField(_("role"), max_length=12, choices=NetworkRole.choices, default=NetworkRole.MEMBER)

    class Meta(AddressInvitation.Meta):
        verbose_name = _("invitation to a network")
        verbose_name_plural = _("invitations to a network")
        constraints = [
            # An address has at most one open invitation per network (stored in lower case).
            models.UniqueConstraint(
                fields=["network", "email"],
                condition=models.Q(accepted_at__isnull=True),
                name="one_open_network_invitation_per_address",
            )
        ]

    def __str__(self):
        return f"{self.email} ({self.network})"


def _is_shelf_page(page):
    return page is not None and f"{page.content_type.app_label}.{page.content_type.model}" in SHELF_PAGE_TYPES


class ShelfItem(models.Model):
    """A lesson or dossier on a network's shelf, chosen by its coordinators."""

    network = models.ForeignKey(
        "networks.LearningNetwork",
        on_delete=models.CASCADE,
        related_name="shelf_items",
        verbose_name=_("learning network"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson or dossier"),
        limit_choices_to=models.Q(
            content_type__app_label="knowledge", content_type__model__in=["lesson", "knowledgedossier"]
        ),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("shelf item")
        verbose_name_plural = _("shelf")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["network", "page"], name="unique_shelf_page")]

    def __str__(self):
        return f"{self.page} ({self.network})"

    def clean(self):
        if self.page_id and not _is_shelf_page(self.page):
            raise ValidationError({"page": _("Choose a lesson or a “Wat werkt bij” dossier.")})
