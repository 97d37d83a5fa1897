"""Two-factor authentication in tests: an authenticator app made through allauth's own
API, its current code, and a logged-in session that passed the second factor.

Tests that open the Wagtail admin need the last one: `client_with_second_factor(client,
editor)` instead of `client.force_login(editor)`.
"""

import time

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.conf import settings
from django.test import RequestFactory


def add_authenticator_app(member):
    """An activated authenticator app (and recovery codes) for `member`; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(member, secret)
    RecoveryCodes.activate(member)
    return secret


def current_code(secret):
    period = getattr(settings, "MFA_TOTP_PERIOD", 30)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def client_with_second_factor(client, member):
    """Log `member` in on `client` with a session that passed the second factor (the
    authenticator app is created if the member has none)."""
    if not Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists():
        add_authenticator_app(member)
    client.force_login(member)
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = member
    record_authentication(request, member, "mfa", type=Authenticator.Type.TOTP)
    request.session.save()
    return client


def log_in(client, member):
    """Log in as a person would: whoever may use the Wagtail admin also passes the second
    factor (the admin requires it); everyone else just logs in."""
    if member.has_perm("wagtailadmin.access_admin"):
        return client_with_second_factor(client, member)
    client.force_login(member)
    return client
