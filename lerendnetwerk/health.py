"""`/health/`: whether this web process can reach what it needs to answer requests.

A load balancer or container orchestrator asks it every few seconds and takes the process
out of rotation while it answers 503. Three checks, each with a short time limit, run at
the same time:

- database: `SELECT 1` on a connection from the pool;
- cache: a value written and read back;
- channel_layer: a message sent to a channel of this process and received from it (the
  path every live update takes between workers).

The answer names each check and says "ok", "error" or "timeout", nothing more: the reason
(host names, driver messages) goes to the log, never to whoever asks. It is never cached
and needs no session, login or CSRF token (docs/deployment.md, "Health check").
"""

import asyncio
import logging
import secrets
from concurrent.futures import ThreadPoolExecutor

from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

logger = logging.getLogger("lerendnetwerk.health")

# Seconds each check may take; a database that does not answer would otherwise keep the
# probe waiting for the pool's whole DATABASE_POOL_TIMEOUT.
DEFAULT_TIMEOUT = 2.0


def check_database():
    """In a thread of its own (see _in_thread): its connection goes back to the pool."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            if cursor.fetchone() != (1,):
                raise RuntimeError("SELECT 1 did not return 1")
    finally:
        connection.close()


def check_cache():
    key = f"health:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return what was written")
    finally:
        cache.delete(key)


async def check_channel_layer():
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer configured")
    channel = await layer.new_channel("health.")
    token = secrets.token_hex(8)
    await layer.send(channel, {"type": "health.check", "token": token})
    message = await layer.receive(channel)
    if message.get("token") != token:
        raise RuntimeError("the channel layer did not return what was sent")


# Blocking checks run in threads of their own, not in the request's sync thread: when one
# hangs past the time limit the answer still goes out, and the thread ends by itself when
# the driver gives up (a database that does not answer: after DATABASE_POOL_TIMEOUT). Not
# the event loop's default executor either: probes piling up while the database is down
# must not hold up what else uses it (the channel layer's host name lookups).
_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="health")


async def _in_thread(check):
    return await asyncio.get_running_loop().run_in_executor(_executor, check)


# Looked up when called, so that a test can replace one check.
CHECKS = {
    "database": lambda: _in_thread(check_database),
    "cache": lambda: _in_thread(check_cache),
    "channel_layer": lambda: check_channel_layer(),
}


async def _run(name, check, timeout):
    try:
        await asyncio.wait_for(check(), timeout)
    except TimeoutError:
        logger.warning("Health check %s took longer than %s s", name, timeout)
        return "timeout"
    except Exception:
        logger.warning("Health check %s failed", name, exc_info=True)
        return "error"
    return "ok"


@csrf_exempt
@require_safe
@never_cache
async def health(request):
    timeout = getattr(settings, "HEALTH_CHECK_TIMEOUT", DEFAULT_TIMEOUT)
    results = await asyncio.gather(*(_run(name, check, timeout) for name, check in CHECKS.items()))
    checks = dict(zip(CHECKS, results, strict=True))
    healthy = all(result == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks}, status=200 if healthy else 503
    )
