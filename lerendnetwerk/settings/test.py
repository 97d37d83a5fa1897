"""Test settings: fast and isolated; DATABASE_URL and REDIS_URL still choose the services."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-that-is-not-used-anywhere-else-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEFAULT_FROM_EMAIL = "Lerend Netwerk <noreply@lerendnetwerk.test>"

WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405

# A separate key space so that a test run never reads a developer's cache in Redis.
for _cache in CACHES.values():  # noqa: F405
    _cache["KEY_PREFIX"] = "lerendnetwerk-test"
if REDIS_URL:  # noqa: F405
    CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = "lerendnetwerk-test"  # noqa: F405

# Static files come from the apps (no collectstatic before tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Tests that start real server processes (two ASGI servers, browser journeys) need a test
# database those processes can open too: a file, not SQLite's in-memory default.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.environ.get("LN_TEST_DB_FILE", str(BASE_DIR / ".test-db.sqlite3"))  # noqa: F405
    }
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20  # noqa: F405
