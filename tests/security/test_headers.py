"""Response headers: unused browser features are off, a member's pages stay out of shared
caches, and the language cookie is not sent along from other sites
(lerendnetwerk.response_headers, docs/security.md)."""

import pytest
from django.urls import reverse

from tests.project.test_settings import PRODUCTION_ENVIRONMENT, run_with_production_settings

pytestmark = pytest.mark.django_db

SWITCHED_OFF = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"]


def permissions_policy(response):
    """The Permissions-Policy header as {feature: allowlist}."""
    features = {}
    for part in response["Permissions-Policy"].split(","):
        feature, _, allowlist = part.strip().partition("=")
        features[feature] = allowlist
    return features


def cache_control(response):
    return {directive.strip() for directive in response.get("Cache-Control", "").split(",") if directive.strip()}


def test_every_response_switches_off_the_browser_features_the_site_does_not_use(client, member):
    anonymous = [client.get(reverse("home")), client.get("/bestaat-niet/")]
    client.force_login(member)
    logged_in = [client.get(reverse("members:directory"))]

    for response in anonymous + logged_in:
        features = permissions_policy(response)
        for feature in SWITCHED_OFF:
            assert features[feature] == "()", (response.request["PATH_INFO"], feature)


def test_a_logged_in_members_pages_are_private_and_vary_by_cookie(client, member):
    client.force_login(member)
    for url in (reverse("home"), reverse("members:directory"), reverse("account_email")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in cache_control(response), url
        assert "public" not in cache_control(response), url
        assert "Cookie" in response["Vary"], url


def test_a_visitors_pages_are_not_marked_private(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "private" not in cache_control(response)


def test_a_response_that_must_not_be_stored_stays_no_store_for_a_member(client, member):
    client.force_login(member)
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_the_language_cookie_is_same_site_and_not_for_scripts(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    cookie = response.cookies["django_language"]
    assert cookie.value == "en"
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]


def test_production_sends_the_language_cookie_over_https_only():
    script = (
        "from django.conf import settings;"
        "print(settings.LANGUAGE_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SAMESITE, settings.SESSION_COOKIE_SECURE)"
    )
    result = run_with_production_settings(PRODUCTION_ENVIRONMENT, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "Lax", "True"]
