"""Embedded development defaults: SQLite, in-memory channel layer, in-process tasks."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403

DEBUG = True

# Not a secret: only ever used on a developer's own machine.
SECRET_KEY = "django-insecure-lerendnetwerk-development-only-key"  # noqa: S105

# Also the host of SITE_URL (make run HOST=… or SITE_URL=…), so the site answers where its links point.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", urlsplit(WAGTAILADMIN_BASE_URL).hostname or "localhost"]  # noqa: F405

# E-mails (verification links, password resets) are printed in the terminal.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "Lerend Netwerk <noreply@lerendnetwerk.localhost>"

# Serve static files straight from the apps while developing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
