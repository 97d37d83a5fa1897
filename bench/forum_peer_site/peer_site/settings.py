"""The peer forum (django-spirit from PyPI) as a production-like project for
bench/forum_peer.py: DEBUG off, PostgreSQL with the same connection pool as ours, the same
Redis cache backend, WhiteNoise with compressed, fingerprinted static files, a private
forum (members only, as ours). Runs only in the benchmark's own virtualenv."""

import os
from pathlib import Path

import spirit

# Spirit's own project template (`spirit startproject`), as shipped, then what differs.
_TEMPLATE = Path(spirit.__file__).parent / "extra/project_template/project_name/settings/base.py"
exec(compile(_TEMPLATE.read_text(), str(_TEMPLATE), "exec"))  # noqa: S102

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "peer_site.urls"
ASGI_APPLICATION = "peer_site.asgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["PEER_DATABASE"],
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 0,
        # The same pool as ours (lerendnetwerk/settings/base.py).
        "OPTIONS": {"pool": {"min_size": 4, "max_size": 16, "timeout": 30}},
    }
}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["PEER_REDIS_URL"],
        "KEY_PREFIX": "spirit",
    },
    "st_rate_limit": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["PEER_REDIS_URL"],
        "KEY_PREFIX": "spirit_rl",
        "TIMEOUT": None,
    },
}
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F821 - from the template above
STATIC_ROOT = os.environ["PEER_STATIC_ROOT"]
STORAGES = {
    "default": {"BACKEND": "spirit.core.storage.OverwriteFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = os.environ["PEER_MEDIA_ROOT"]
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.whoosh_backend.WhooshEngine", "PATH": os.environ["PEER_SEARCH_ROOT"]}
}
# The benchmark loads its data with bulk_create; no index is kept up to date while it runs.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
ST_PRIVATE_FORUM = True
ST_SITE_URL = "http://127.0.0.1/"
LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
LOGGING = {"version": 1, "disable_existing_loggers": False}
