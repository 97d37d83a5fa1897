"""Content-Security-Policy: strict on the site, relaxed (as designed) in the Wagtail admin."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.support.second_factor import client_with_second_factor

pytestmark = pytest.mark.django_db


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_public_pages_have_a_strict_policy(client, member):
    client.force_login(member)
    for url in (reverse("home"), reverse("account_email"), reverse("search"), reverse("members:directory")):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["img-src"] == ["'self'", "data:"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["form-action"] == ["'self'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_visitors_pages_and_errors_have_it_too(client):
    for url, status in ((reverse("account_login"), 200), ("/bestaat-niet/", 404)):
        response = client.get(url)
        assert response.status_code == status
        assert policy(response)["script-src"] == ["'self'"]


def test_the_live_sockets_of_the_pages_own_host_may_connect(client):
    # The browser opens ws:// on http and wss:// on https, on the host of the page.
    plain = policy(client.get(reverse("account_login")))["connect-src"]
    assert plain == ["'self'", "ws://testserver", "wss://testserver"]

    secure = policy(client.get(reverse("account_login"), secure=True, headers={"host": "localhost"}))["connect-src"]
    assert secure == ["'self'", "wss://localhost"]


def test_the_admin_gets_the_relaxed_policy(client, editor):
    client_with_second_factor(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)

    # Wagtail's own templates have inline scripts and styles …
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    # … but no eval, no foreign scripts, no plugins, and only framed by itself (preview).
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "ws://testserver" in directives["connect-src"]
    assert directives["img-src"] == ["'self'", "data:", "blob:"]


def test_the_admin_shows_no_gravatar_so_no_address_hash_leaves_the_site(client, editor):
    """Wagtail would load every user's avatar from Gravatar, by a hash of their e-mail."""
    from tests.factories import MemberFactory

    MemberFactory(email="merel@zwolle.example")
    client_with_second_factor(client, editor)
    for url in ("/admin/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "gravatar" not in response.content.decode().lower(), url


def test_the_admins_redirects_to_the_login_are_strict(client):
    response = client.get("/admin/login/")  # a redirect to allauth's login
    assert response.status_code == 302
    assert "unsafe-inline" not in client.get(response.url)["Content-Security-Policy"]


# The strict policy holds only while the site's templates have no inline scripts, inline
# event handlers or style attributes: this keeps it so.
INLINE = {
    "inline <script>": re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"),
    "style attribute": re.compile(r"\sstyle=[\"']"),
    "<style> element": re.compile(r"<style[\s>]"),
    "event handler attribute": re.compile(r"\son[a-z]+=[\"']"),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}
ADMIN_TEMPLATE_FOLDERS = ("wagtailadmin", "wagtailusers", "wagtailsnippets")  # the admin's relaxed policy


def site_templates():
    for template in sorted(Path(settings.BASE_DIR, "templates").rglob("*.html")):
        relative = template.relative_to(settings.BASE_DIR / "templates")
        if relative.parts[0] not in ADMIN_TEMPLATE_FOLDERS:
            yield relative, template.read_text()


def test_the_sites_templates_have_no_inline_scripts_or_styles():
    found = [
        f"{relative}: {kind}"
        for relative, text in site_templates()
        for kind, pattern in INLINE.items()
        if pattern.search(text)
    ]
    assert found == []
