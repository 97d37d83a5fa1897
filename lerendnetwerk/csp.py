"""Content-Security-Policy: strict on the site, relaxed in the Wagtail admin.

The policies are settings: CONTENT_SECURITY_POLICY (django-csp 4's format) for every page,
ADMIN_CONTENT_SECURITY_POLICY for the Wagtail admin, whose own templates still contain
inline scripts and styles. This middleware chooses between the two and adds the origin of
the live sockets: the browser opens them on the page's own host (ws:// or wss://, see
static/js/lerendnetwerk.js), which older browsers do not count as 'self'. See
docs/security.md.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import NoReverseMatch, reverse


def admin_prefix():
    """Where the Wagtail admin lives (/admin/)."""
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin_request(request):
    prefix = admin_prefix()
    return prefix is not None and request.path_info.startswith(prefix)


def websocket_sources(request):
    """The WebSocket origins of this host: wss:// always, ws:// only on plain HTTP."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return []
    if request.is_secure():
        return [f"wss://{host}"]
    return [f"ws://{host}", f"wss://{host}"]


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy and the socket origins added."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_request(request):
            parts.config = dict(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        update = dict(parts.update or {})
        update["connect-src"] = [*update.get("connect-src", []), SELF, *websocket_sources(request)]
        parts.update = update
        return parts
