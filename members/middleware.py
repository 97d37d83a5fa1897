"""Members' middleware: the Wagtail admin only after two-factor authentication."""

from .mfa import admin_second_factor_redirect


class AdminRequiresMFAMiddleware:
    """Sends whoever may use the admin but has not passed the second factor in this
    session to set up an authenticator app or to enter a code (members.mfa)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return admin_second_factor_redirect(request) or self.get_response(request)
