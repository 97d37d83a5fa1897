"""A small fixed-window rate limit per client address, counted in the cache.

For forms visitors can send without an account (allauth limits its own forms)."""

from django.core.cache import cache


class RateLimited(Exception):
    pass


def client_address(request):
    # Behind the proxy in production, REMOTE_ADDR is what the proxy passes on
    # (configure the proxy to set it); never trust X-Forwarded-For blindly here.
    return request.META.get("REMOTE_ADDR", "unknown")


def check_rate(request, action, *, limit, period):
    """Count one attempt of `action`; raise RateLimited past `limit` per `period` seconds."""
    key = f"ratelimit:{action}:{client_address(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    if count > limit:
        raise RateLimited
