"""Settings that are the same in every environment.

Environment-specific files (dev, test, production) import everything from here and
change only what differs. Services are chosen from the environment: with REDIS_URL the
channel layer and cache use Redis; without it they stay in-process (embedded default).
"""

import os
import warnings
from pathlib import Path

import dj_database_url
from csp.constants import NONE as CSP_NONE
from csp.constants import SELF as CSP_SELF
from csp.constants import UNSAFE_INLINE as CSP_UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# Application definition

INSTALLED_APPS = [
    # Our apps first, so their templates and translations win.
    "home",
    "members",
    "municipalities",
    "themes",
    "practices",
    "networks",
    "knowledge",
    "forum",
    "notifications",
    "events",
    "figures",
    "search",
    "demo",
    "privacy",
    # The periodic jobs and `manage.py run_scheduler` (lerendnetwerk/scheduler).
    "lerendnetwerk.scheduler",
    # Wagtail
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "members.apps.MemberAdminConfig",  # wagtail.users with our member forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",  # two-factor authentication (required for the admin: members.middleware)
    # Real time and background work
    "channels",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Form widget templates, so that templates/django/forms/ can override them.
    "django.forms",
    # Content-Security-Policy (its checks; the middleware is lerendnetwerk.csp's)
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Browser features the site does not use are off (PERMISSIONS_POLICY below).
    "lerendnetwerk.response_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lerendnetwerk.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Wagtail's site and root page for the host, remembered between requests (tree_cache).
    "lerendnetwerk.tree_cache.RememberedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A logged-in member's pages are `Cache-Control: private`, `Vary: Cookie`.
    "lerendnetwerk.response_headers.PrivateForMembersMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Whoever may use the Wagtail admin must have passed two-factor authentication.
    "members.middleware.AdminRequiresMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Public pages for visitors (no session), kept whole; last, so that every middleware
    # above still runs on a kept page (lerendnetwerk/page_cache.py, docs/performance.md).
    "lerendnetwerk.page_cache.VisitorPageCacheMiddleware",
]

# How long a visitor's page is kept at most (it is forgotten earlier on any change it could
# show); 0: never kept.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# How long a part of a page that every reader of an audience sees alike is kept at most
# (lerendnetwerk/shared_fragments.py; forgotten earlier on any change it could show); 0: never.
SHARED_FRAGMENT_SECONDS = int(os.environ.get("SHARED_FRAGMENT_SECONDS", "600"))

# How many requests of one server process run their views at the same time; the others
# wait their turn (lerendnetwerk/http_slots.py). 0: no limit. Two served the most pages per
# second on a 2-core machine with PostgreSQL on it (docs/performance.md, "Fifth round").
HTTP_SLOTS = int(os.environ.get("HTTP_SLOTS", "2"))

ROOT_URLCONF = "lerendnetwerk.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "notifications.context_processors.unread_notifications",
            ],
        },
    },
]

# Forms render with the NL Design System markup of templates/forms/.
FORM_RENDERER = "lerendnetwerk.forms.NLDesignFormRenderer"

WSGI_APPLICATION = "lerendnetwerk.wsgi.application"
ASGI_APPLICATION = "lerendnetwerk.asgi.application"

# Database: SQLite unless DATABASE_URL says otherwise.

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}

# PostgreSQL: a pool of connections per process (psycopg_pool, Django's built-in support).
# Under ASGI every request runs in a thread of its own and Django's connections belong to
# a thread, so without a pool every request in flight opens a connection of its own (200
# at once through 2 workers answered 500 "too many clients already"). The pool holds at
# most DATABASE_POOL_MAX_SIZE per process; a request waits up to DATABASE_POOL_TIMEOUT
# seconds for one. Django must then not keep connections itself: CONN_MAX_AGE is 0.
# Sizing against PostgreSQL's max_connections: docs/deployment.md.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DATABASE_POOL_MIN_SIZE", "4")),
        "max_size": int(os.environ.get("DATABASE_POOL_MAX_SIZE", "16")),
        "timeout": float(os.environ.get("DATABASE_POOL_TIMEOUT", "30")),
    }
    # Behind PgBouncer in transaction mode a server-side cursor (QuerySet.iterator) cannot
    # outlive its transaction.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = os.environ.get("DATABASE_BEHIND_PGBOUNCER") == "true"

# SQLite (the embedded default) behind a server with several threads and live sockets:
# write-ahead logging, so that readers never block the writer nor the writer the readers;
# every transaction takes the write lock when it begins (BEGIN IMMEDIATE), because one that
# reads first and writes later cannot wait for the lock and fails at once with "database is
# locked"; and up to 20 s of waiting for that lock (sqlite3's busy timeout).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis (optional here, required in production): channel layer and cache.

REDIS_URL = os.environ.get("REDIS_URL", "")

if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py 8 reads with a 5 s socket timeout by default, while channels-redis
                # blocks 5 s in BZPOPMIN: under load the read times out and kills the
                # consumer (and the client's socket). A longer timeout avoids that.
                # Its pool also refuses a 101st connection instead of waiting; when many
                # sockets connect at once (after a restart) each joins its groups at the
                # same moment, so a worker may need several hundred. Redis allows 10,000.
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": 15,
                        "socket_connect_timeout": 5,
                        "max_connections": int(os.environ.get("CHANNEL_LAYER_MAX_CONNECTIONS", "1000")),
                    }
                ],
                "prefix": "lerendnetwerk",
            },
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "lerendnetwerk.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lerendnetwerk",
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    # A real cache (not the dummy one): allauth's rate limits count in it.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The live fan-out of thread events (lerendnetwerk.fanout): Redis pub/sub across processes
# when there is Redis, in this process otherwise. Pub/sub is not per Redis database: the
# channel names carry the prefix and the database number.
LIVE_FANOUT_REDIS_URL = REDIS_URL
LIVE_FANOUT_PREFIX = "lerendnetwerk"
# Sessions are read from the cache and written to both (a member's page costs no session
# query); the database stays the record: members.sessions finds a member's sessions there
# and ends them through the store, which removes the cached copy too
# (tests/security/test_sessions.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background tasks (django-tasks): in-process by default; production uses the
# database backend and a `manage.py db_worker` process.

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Accounts

AUTH_USER_MODEL = "members.Member"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "members.validators.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Lerend Netwerk] "
# allauth's default rate limits stay on (login failures, sign-up, password reset);
# they count in the cache configured above.

# Two-factor authentication (allauth.mfa): an authenticator app with recovery codes, for
# every member; required for the Wagtail admin (members.middleware). See docs/security.md.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "members.adapters.MFAAdapter"  # secrets encrypted in the database
MFA_TOTP_ISSUER = "Lerend Netwerk"

# Internationalisation: Dutch first, English available.

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language choice is a cookie of its own: not readable by scripts, not sent along
# with requests from other sites (production.py also makes it HTTPS-only).
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files and uploads

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# WhiteNoise serves static files with a synchronous file iterator, which Django's ASGI
# handler reads in a thread and warns about for every file. The files arrive intact.
warnings.filterwarnings(
    "ignore", message="StreamingHttpResponse must consume synchronous iterators", module="django.core.handlers.asgi"
)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail

WAGTAIL_SITE_NAME = "Lerend Netwerk"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it would send a hash of every editor's and member's e-mail address to a
# third party each time the admin shows an avatar. Wagtail shows its own default instead,
# or the avatar an editor uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Passwords and e-mail addresses are managed through allauth (verification, rate
# limits), never through Wagtail's own account forms.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# On PostgreSQL the full-text index stems Dutch ("schulden" finds "schuld"); the server's
# default configuration is usually `english`. After changing it, rebuild the index once:
# `manage.py update_index` (SQLite's index has no stemming and ignores this).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}}

# Images: no SVG (it can carry scripts); size-limited.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lerendnetwerk.documents.DocumentForm"  # content must match the extension

# Members

MEMBER_PHOTO_COLLECTION_NAME = "Profielfoto's"
EDITORIAL_COLLECTION_NAME = "Redactie"
EXPERIENCE_ATTACHMENT_COLLECTION_NAME = "Bijlagen bij ervaringen"
MEMBER_DIRECTORY_PAGE_SIZE = 24

# Logging: everything of ours at INFO to the console.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        name: {"handlers": ["console"], "level": "INFO", "propagate": False}
        for name in (
            "lerendnetwerk",
            "home",
            "members",
            "municipalities",
            "themes",
            "practices",
            "knowledge",
            "forum",
            "notifications",
            "events",
            "privacy",
            "search",
            "demo",
        )
    },
}

# Nothing of ours is shown in a frame (Wagtail's preview allows itself same-origin).
X_FRAME_OPTIONS = "DENY"

# Permissions-Policy (lerendnetwerk.response_headers; django-permissions-policy's format):
# the browser features the site never uses are switched off for it and for anything it
# would embed, so an injected script cannot ask for them either.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "interest-cohort": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# Content-Security-Policy (django-csp 4; lerendnetwerk.csp adds the live sockets' ws:// and
# wss:// origin of the request's host to connect-src). No inline scripts or styles on the
# site. The Wagtail admin's own templates still have inline scripts and styles, so /admin/
# gets a relaxed policy that still keeps foreign scripts, plugins and framing out.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF],
        "style-src": [CSP_SELF],
        "img-src": [CSP_SELF, "data:"],
        "connect-src": [CSP_SELF],
        "frame-ancestors": [CSP_NONE],
        "form-action": [CSP_SELF],
        "base-uri": [CSP_SELF],
        "object-src": [CSP_NONE],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF, CSP_UNSAFE_INLINE],
        "style-src": [CSP_SELF, CSP_UNSAFE_INLINE],
        # blob: for previews of images being uploaded.
        "img-src": [CSP_SELF, "data:", "blob:"],
        "connect-src": [CSP_SELF],
        "frame-src": [CSP_SELF],  # the page preview
        "frame-ancestors": [CSP_SELF],
        "form-action": [CSP_SELF],
        "base-uri": [CSP_SELF],
        "object-src": [CSP_NONE],
    }
}

# Learning practices
EXPERIENCE_ATTACHMENT_MAX_SIZE = 10 * 1024 * 1024
PRACTICE_INDEX_PAGE_SIZE = 12
# The practice page's experiences and lessons, and a dossier's practices: in pages of this many.
PRACTICE_PAGE_LIST_SIZE = 12
NETWORK_INDEX_PAGE_SIZE = 12
LESSON_INDEX_PAGE_SIZE = 10
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every document downloads as an attachment, never renders in the browser

# Forum and live updates
FORUM_THREADS_PER_PAGE = 25
FORUM_ROOT_POSTS_PER_PAGE = 20
FORUM_HEARTBEAT_SECONDS = 15
FORUM_REPLAY_BATCH = 200
WEBSOCKET_MAX_MESSAGE_BYTES = 4096
WEBSOCKET_MESSAGES_PER_WINDOW = 30
WEBSOCKET_WINDOW_SECONDS = 10

# Meetings
EVENT_INDEX_PAGE_SIZE = 12
LEARNED_PAGE_SIZE = 20  # meetings per page of a network's "what we learned"
# The names of a meeting's attendees on its page: in pages of this many.
EVENT_ATTENDEES_PAGE_SIZE = 60
EVENT_REMINDER_HOURS = int(os.environ.get("EVENT_REMINDER_HOURS", "48"))  # remind attendees this long before

# Scheduled jobs: `manage.py run_scheduler` runs each at its (local) times, once per time
# however many schedulers run (lerendnetwerk/scheduler/schedule.py, docs/deployment.md).
# Every job is idempotent: a rerun sends nothing twice.
SCHEDULED_JOBS = {
    "event-reminders": {"when": "hourly :05", "command": ["send_event_reminders"]},
    "evaluation-invitations": {"when": "hourly :20", "command": ["send_evaluation_invitations"]},
    "retention-purge": {"when": "daily 03:30", "command": ["purge_personal_data"]},
    "daily-digests": {"when": "daily 07:00", "command": ["send_digests", "daily"]},
    "weekly-digests": {"when": "weekly mon 07:00", "command": ["send_digests", "weekly"]},
    "reflection-prompts": {"when": "daily 07:15", "command": ["send_reflection_prompts"]},
}
