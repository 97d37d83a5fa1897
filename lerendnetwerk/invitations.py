"""What every invitation by e-mail address has (a practice's, a learning network's): the
address, the token in the link, who invited, and who accepted when. The apps add what is
invited to, the role and the constraint of one open invitation per address."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
