"""Production: every setting that differs per deployment comes from the environment.

Start-up fails with one clear message naming everything that is missing, rather than
running with an insecure or embedded default.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

REQUIRED_ENVIRONMENT = {
    "SECRET_KEY": "a long random string (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(64))'`)",
    "DATABASE_URL": "the PostgreSQL database, e.g. postgres://user:password@host:5432/lerendnetwerk",
    "REDIS_URL": "Redis for the channel layer and cache, e.g. redis://host:6379/0",
    "ALLOWED_HOSTS": "comma-separated host names, e.g. lerendnetwerk.nl,www.lerendnetwerk.nl",
    "SITE_URL": "the public address, e.g. https://lerendnetwerk.nl",
    "EMAIL_HOST": "the SMTP server that sends mail",
    "DEFAULT_FROM_EMAIL": "the sender address, e.g. Lerend Netwerk <noreply@lerendnetwerk.nl>",
}

_missing = [name for name in REQUIRED_ENVIRONMENT if not os.environ.get(name, "").strip()]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables:\n"
        + "\n".join(f"  {name}: {REQUIRED_ENVIRONMENT[name]}" for name in _missing)
    )

if not DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):  # noqa: F405
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL in production.")

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
# Earlier keys, comma-separated, while rotating: signed links and the encrypted two-factor
# secrets made with them still work (docs/security.md, "Rotating SECRET_KEY").
SECRET_KEY_FALLBACKS = [key.strip() for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",") if key.strip()]
ALLOWED_HOSTS = [host.strip() for host in os.environ["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
WAGTAILADMIN_BASE_URL = os.environ["SITE_URL"].rstrip("/")

# The connection pool of base.py (sizes from DATABASE_POOL_*) checks a connection before
# handing it out, so a restarted database server costs no failed request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Background work runs in a separate `manage.py db_worker` process.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# E-mail
# SMTP; `make serve-prod` on a developer's machine prints the mails (the console backend).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ["EMAIL_HOST"]
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ["DEFAULT_FROM_EMAIL"]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# HTTPS. Behind a TLS-terminating proxy, set SECURE_PROXY_SSL_HEADER=true.
if os.environ.get("SECURE_PROXY_SSL_HEADER", "").lower() == "true":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# A load balancer's or orchestrator's probe asks over plain HTTP, from inside.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True

# The images' renditions (/media/images/) are served by the proxy in front of the workers
# (docs/deployment.md, "Uploads"). Without one (`make serve-prod`, a small compose setup)
# SERVE_MEDIA_IMAGES=true lets Django serve them, and only them.
SERVE_MEDIA_IMAGES = os.environ.get("SERVE_MEDIA_IMAGES", "").lower() == "true"

# Static files are compressed and fingerprinted at collectstatic, into STATIC_ROOT (the
# release's staticfiles/ unless STATIC_ROOT names another directory).
if os.environ.get("STATIC_ROOT"):
    STATIC_ROOT = Path(os.environ["STATIC_ROOT"])
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
