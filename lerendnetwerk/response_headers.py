"""Response headers that every page gets: the browser features the site does not use are
switched off (Permissions-Policy), and a page shown to a logged-in member is never kept
by a shared cache (Cache-Control: private). See docs/security.md.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


def permissions_policy_header(policy):
    """`{"camera": [], "fullscreen": ["self"]}` as `camera=(), fullscreen=(self)`: the
    format of the PERMISSIONS_POLICY setting is django-permissions-policy's."""
    parts = []
    for feature, allowlist in policy.items():
        origins = " ".join("self" if origin == "self" else f'"{origin}"' for origin in allowlist)
        parts.append(f"{feature}=({origins})")
    return ", ".join(parts)


class PermissionsPolicyMiddleware:
    """Sets the Permissions-Policy header from settings.PERMISSIONS_POLICY."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateForMembersMiddleware:
    """A response to a logged-in member may show what only they may see: `Cache-Control:
    private` (a stricter no-store stays) and `Vary: Cookie`, so that no proxy or shared
    cache keeps it for someone else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response
