"""Whole pages kept for visitors: a public Wagtail page, asked for by someone who is not
logged in, is rendered once and then answered from the cache until anything a visitor could
see on it changes.

Who gets a kept page, and whose page is kept (`VisitorPageCacheMiddleware`):
- only GET requests without a session cookie and without a messages cookie: a member always
  has a session, so a member never gets a kept page and never fills the cache, and neither
  does a visitor with a session (a password-protected page they unlocked, a remembered
  choice) or with messages waiting;
- only Wagtail pages served by `wagtail.views.serve` whose tree has no view restriction
  (`mark_public_page`, a `before_serve_page` hook; previews never pass there), and public
  Django views wrapped in `for_visitors` (the municipality pages), answered 200,
  not streamed, not `private`/`no-store`/`no-cache`, setting no cookie but the CSRF cookie,
  with no `Vary` beyond the language and cookies (which are in the key or excluded above).

Forms on the page (the language switcher is on every page) carry a CSRF token that belongs
to the visitor who asked first. Before storing, every token of that request (each string
that unmasks to the request's CSRF secret) is replaced by a placeholder; every answer from
the cache puts a fresh token of its own visitor there (and sets the CSRF cookie when the
visitor has none, as a rendered page does).

The key holds the host, scheme, full path, language and today's date, and two generation
numbers (lerendnetwerk.tree_cache): the tree's, renewed when any page is saved, published,
unpublished, moved or deleted, and this cache's own, renewed when any other row is written
that a visitor could see in a list (`forget_after_write`: every model but those in
`NEVER_SHOWN_TO_VISITORS`). An entry lives at most PAGE_CACHE_SECONDS, which bounds what
the signals cannot see (`QuerySet.update()`, time passing: "in 3 days"); 0 turns it off.
"""

import hashlib
import re
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language

from lerendnetwerk import release, tree_cache

GENERATION_KEY = "page-cache:generation"
CSRF_PLACEHOLDER = b"\x00page-cache-csrf-token\x00"
CANDIDATE_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
# Vary on these is covered: the language is in the key; a request with cookies that change
# the page (session, messages) never reaches the cache.
COVERED_VARY = {"cookie", "accept-language"}
# Rows whose writes no visitor sees on a page: writing them keeps the kept pages.
NEVER_SHOWN_TO_VISITORS = {
    "sessions.session",
    "account.emailaddress",
    "account.emailconfirmation",
    "admin.logentry",
    "django_tasks_database.dbtaskresult",
    "django_tasks_db.dbtaskresult",
    "mfa.authenticator",
    "notifications.notification",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailsearch.indexentry",
    "forum.threadevent",
    "forum.threadfollow",
    "forum.postrevision",
    "wagtailusers.userprofile",
    # Made while a page renders (an image's size for a card): the page it is made for
    # shows the same as before. Were it listed, every first render would forget every page.
    "wagtailimages.rendition",
}


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def _generations(request):
    return tree_cache.generation(request), tree_cache.generation(request, GENERATION_KEY)


def page_key(request):
    tree, pages = _generations(request)
    return ":".join(
        [
            "page-cache",
            release.digest(),
            tree,
            pages,
            timezone.localdate().isoformat(),
            request.scheme,
            request.get_host(),
            get_language() or "",
            # Hashed: a long or odd path makes no key a cache backend warns about.
            hashlib.sha256(request.get_full_path().encode()).hexdigest(),
        ]
    )


def is_visitor_request(request):
    """GET by someone without a session or waiting messages."""
    if request.method != "GET" or not enabled():
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def mark_public_page(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook: the page may be kept when nothing on its way restricts who
    may see it (read here, whether or not Wagtail's own check ran before)."""
    if is_visitor_request(request) and not page.get_view_restrictions().exists():
        request._page_cache_public_page = page.pk


def for_visitors(view):
    """A public Django view (not a Wagtail page) whose answer is the same for every visitor
    may be kept as pages are: the view shows nothing that depends on the visitor but the
    language, the path and the query string (the municipality pages: figures/urls.py)."""

    @wraps(view)
    def marked(request, *args, **kwargs):
        if is_visitor_request(request):
            request._page_cache_public_page = request.path
        return view(request, *args, **kwargs)

    return marked


def _is_storable(request, response):
    if getattr(request, "_page_cache_public_page", None) is None:
        return False
    if response.status_code != 200 or response.streaming:
        return False
    if any(name != settings.CSRF_COOKIE_NAME for name in response.cookies):
        return False
    cache_control = {
        part.strip().split("=")[0].lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & {"private", "no-store", "no-cache"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    if vary - COVERED_VARY:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not (request.META.get("CSRF_COOKIE_NEEDS_UPDATE") and settings.CSRF_USE_SESSIONS)


def _without_csrf_tokens(request, content):
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return content, False
    secret = request.META.get("CSRF_COOKIE")

    def placeholder(match):
        token = match.group(0).decode("ascii")
        return CSRF_PLACEHOLDER if _unmask_cipher_token(token) == secret else match.group(0)

    replaced = CANDIDATE_TOKEN.sub(placeholder, content)
    return replaced, CSRF_PLACEHOLDER in replaced


def _stored(request, response):
    content, has_token = _without_csrf_tokens(request, response.content)
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    return {"status": response.status_code, "headers": headers, "content": content, "csrf": has_token}


def _answer(request, stored):
    content = stored["content"]
    if stored["csrf"]:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode("ascii"))
    response = HttpResponse(content, status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class VisitorPageCacheMiddleware:
    """Answers visitors' requests for public pages from the cache (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_visitor_request(request):
            return self.get_response(request)
        key = page_key(request)
        stored = cache.get(key)
        if stored is not None:
            return _answer(request, stored)
        response = self.get_response(request)
        if _is_storable(request, response):
            cache.set(key, _stored(request, response), settings.PAGE_CACHE_SECONDS)
        return response


def forget_after_write(sender, **kwargs):
    """post_save, post_delete and m2m_changed of any model: a row a visitor could see
    changed, so every kept page is rendered again (now, and after the commit)."""
    if kwargs.get("action", "post_").startswith("pre_"):
        return
    if sender._meta.label_lower in NEVER_SHOWN_TO_VISITORS:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    tree_cache.forget_generation(GENERATION_KEY)
