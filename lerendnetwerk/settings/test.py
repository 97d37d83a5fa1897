"""Test settings: fast and isolated; DATABASE_URL and REDIS_URL still choose the services."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-that-is-not-used-anywhere-else-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail stays in memory (mail.outbox). A server process started by a test (tests/browser)
# writes it to files in EMAIL_FILE_PATH instead, where the test reads it. Nothing else is
# taken from the environment: the tests never send real mail.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
if EMAIL_BACKEND not in {
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}:
    raise ImproperlyConfigured(f"EMAIL_BACKEND={EMAIL_BACKEND}: the tests only use the locmem or filebased backend.")
if "EMAIL_FILE_PATH" in os.environ:
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
DEFAULT_FROM_EMAIL = "Lerend Netwerk <noreply@lerendnetwerk.test>"

WAGTAILADMIN_BASE_URL = "http://testserver"
# Its own directory per run when two runs share a checkout side by side (CI: SQLite and
# PostgreSQL); each run removes its media when it ends.
MEDIA_ROOT = Path(os.environ.get("LN_TEST_MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405

# A separate key space so that a test run never reads a developer's cache in Redis.
for _cache in CACHES.values():  # noqa: F405
    _cache["KEY_PREFIX"] = "lerendnetwerk-test"
# A server started by a test (tests/support/servers.py) shares the test's cache, kept in
# files, when there is no Redis: what it remembers is forgotten when the test changes pages.
if os.environ.get("LN_TEST_CACHE_DIR"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["LN_TEST_CACHE_DIR"],
            "KEY_PREFIX": "lerendnetwerk-test",
        }
    }
if REDIS_URL:  # noqa: F405
    CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = "lerendnetwerk-test"  # noqa: F405
LIVE_FANOUT_PREFIX = "lerendnetwerk-test"

# Whole pages are not kept for visitors in the tests (many change rows without the signals
# the page cache listens to, e.g. QuerySet.update, between two requests); the page cache's
# own tests turn it on (tests/project/test_page_cache.py). So are the parts of pages kept for
# every reader (tests/project/test_shared_fragments.py turns them on).
PAGE_CACHE_SECONDS = 0
SHARED_FRAGMENT_SECONDS = 0

# Static files come from the apps (no collectstatic before tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# On PostgreSQL the suite uses base.py's connection pool, as production does (a test
# thread that queries the database gives its connection back with connection.close()).

# Tests that start real server processes (two ASGI servers, browser journeys) need a test
# database those processes can open too: a file, not SQLite's in-memory default. It keeps
# base.py's SQLite options (write-ahead logging, BEGIN IMMEDIATE, a 20 s busy timeout).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.environ.get("LN_TEST_DB_FILE", str(BASE_DIR / ".test-db.sqlite3"))  # noqa: F405
    }
