"""Two-factor authentication (allauth.mfa) and the rule that the Wagtail admin needs it.

Every member may protect their account with an authenticator app (TOTP) and recovery
codes. Whoever may use the Wagtail admin (`wagtailadmin.access_admin`) must: without an
authenticator they are sent to set one up, and a session that has not passed the second
factor is asked for a code first (members.middleware applies this to /admin/). Once an
authenticator exists, allauth asks for the code at every login. See docs/security.md.
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication  # allauth's own log of this session
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from lerendnetwerk.csp import admin_prefix

ADMIN_PERMISSION = "wagtailadmin.access_admin"

# What counts as a second factor; recovery codes are only a way back in.
SECOND_FACTOR_TYPES = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def needs_second_factor(user):
    """Members with access to the admin must use two-factor authentication."""
    return user.is_authenticated and user.has_perm(ADMIN_PERMISSION)


def has_second_factor(user):
    return is_mfa_enabled(user, types=SECOND_FACTOR_TYPES)


def session_passed_second_factor(request, user):
    """Whether this session was confirmed with an authenticator code (at login, when
    asked again, or by setting up the authenticator in this session)."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


def _exempt_admin_paths():
    # Logging out must always be possible; the old login form is only a redirect.
    return {reverse("wagtailadmin_logout"), reverse("wagtailadmin_login")}


def admin_second_factor_redirect(request):
    """The redirect that stands between this request and the admin, or None."""
    prefix = admin_prefix()
    path = request.path_info
    if prefix is None or not path.startswith(prefix) or path in _exempt_admin_paths():
        return None
    user = request.user
    if not needs_second_factor(user):
        return None  # visitors and members without access: Wagtail answers them itself
    if not has_second_factor(user):
        messages.warning(
            request,
            _(
                "The management area requires two-factor authentication. "
                "Set up an authenticator app first; then you can go on."
            ),
        )
        return redirect("mfa_activate_totp")
    if not session_passed_second_factor(request, user):
        messages.info(request, _("Enter a code from your authenticator app to go on to the management area."))
        return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
    return None


def record_second_factor_set_up(sender, request, user, authenticator, **kwargs):
    """Receiver of allauth's authenticator_added: setting up an authenticator app takes a
    valid code from it, so this session has passed the second factor."""
    if request is None or authenticator.type not in SECOND_FACTOR_TYPES:
        return
    if getattr(request, "user", None) is None or request.user.pk != user.pk:
        return
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, set_up=True)
