"""What every invitation by e-mail address has (a practice's, a learning network's): the
address, the token in the link, who invited, and who accepted when; and how such
invitations go into a member's download. The apps add what is invited to, the role and the
constraint of one open invitation per address. Here, next to the member, because only a
verified address says whose an invitation is (Member.verified_email_addresses)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import address_matches


class AddressInvitation(models.Model):
    """Abstract: an invitation sent to an e-mail address (stored in lower case). The token in
    the link is the only key; only a member who verified the address may accept it, and an
    accepted invitation keeps who accepted it."""

    email = models.EmailField(_("e-mail address"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def is_open(self):
        return self.accepted_at is None


def exported_invitations(invitations, member, *, invited_to, key):
    """A member's part of `invitations` (a queryset of an AddressInvitation model) for their
    download: those sent to one of their verified addresses, and those they sent, without
    the invited address (that is someone else's). `invited_to`: the field naming what the
    invitation is for; `key`: its name in the download."""

    def row(invitation, **extra):
        return {
            key: getattr(invitation, invited_to).title,
            "role": str(invitation.get_role_display()),
            "invited_at": invitation.created_at,
            "accepted_at": invitation.accepted_at,
            **extra,
        }

    received = invitations.filter(address_matches("email", member.verified_email_addresses()))
    sent = invitations.filter(invited_by=member)
    return {
        "received": [row(invitation, email=invitation.email) for invitation in received.select_related(invited_to)],
        "sent": [row(invitation) for invitation in sent.select_related(invited_to)],
    }
