from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _

from lerendnetwerk.mail import send_after_commit

from . import mfa_secrets


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's e-mail templates call `current_site`."""

    name: str
    domain: str


def site_identity():
    return SiteIdentity(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    """allauth hooks: mail goes out as a background task after commit; a member
    whose profile is still empty lands on the profile form after logging in."""

    def send_mail(self, template_prefix, email, context):
        context = {"email": email, "current_site": site_identity(), **context}
        message = self.render_mail(template_prefix, email, context)
        send_after_commit(message)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        # Our notification mails greet the member by name (templates/account/email).
        super().send_notification_mail(template_prefix, user, {"user": user, **(context or {})}, email)

    def get_login_redirect_url(self, request):
        profile = getattr(request.user, "profile", None)
        if profile is not None and not profile.is_complete:
            return reverse("members:profile_edit", kwargs={"member_id": request.user.pk}) + "?welkom=1"
        return super().get_login_redirect_url(request)

    def get_email_verification_redirect_url(self, email_address):
        # Confirmed in another browser than the one that signed up (the mail opened on a
        # phone): allauth does not log in from the link, because the link keeps working
        # for days and anyone who gets hold of it could use it to log in. The member
        # lands on the login form; say why.
        if not self.request.user.is_authenticated:
            messages.info(self.request, _("Log in with your password to continue."))
        return super().get_email_verification_redirect_url(email_address)

    def get_signup_redirect_url(self, request):
        # A new member who confirms the address in the same browser is logged in at once:
        # welcome them on the profile form too.
        return self.get_login_redirect_url(request)


class MFAAdapter(DefaultMFAAdapter):
    """The authenticator app's key and the recovery codes' seed are stored encrypted
    (members.mfa_secrets); allauth stores them as they are by default."""

    def encrypt(self, text):
        return mfa_secrets.encrypt(text)

    def decrypt(self, encrypted_text):
        return mfa_secrets.decrypt(encrypted_text)
