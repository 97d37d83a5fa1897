"""/health/ answers 200 only when the database, the cache and the channel layer all answer,
503 as soon as one of them fails or hangs, and never says more than which one."""

import asyncio
import json
import time
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import OperationalError, connections
from django.test import override_settings

from lerendnetwerk import health
from tests.project.test_settings import PRODUCTION_ENVIRONMENT, run_with_production_settings

pytestmark = pytest.mark.django_db

URL = "/health/"


def test_health_answers_200_with_each_check_when_everything_answers(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "channel_layer": "ok"},
    }


def failing(*args, **kwargs):
    raise ConnectionError("connection to db.internal:5432 refused (password=hunter2)")


async def failing_async():
    failing()


@pytest.mark.parametrize(
    ("name", "replacement"),
    [
        ("check_database", failing),
        ("check_cache", failing),
        ("check_channel_layer", failing_async),
    ],
)
def test_health_answers_503_naming_the_check_that_failed_and_not_why(client, name, replacement):
    with mock.patch.object(health, name, replacement):
        response = client.get(URL)

    assert response.status_code == 503
    body = response.json()
    failed = {"check_database": "database", "check_cache": "cache", "check_channel_layer": "channel_layer"}[name]
    assert body["status"] == "unavailable"
    assert body["checks"] == {check: ("error" if check == failed else "ok") for check in body["checks"]}
    assert set(body["checks"]) == {"database", "cache", "channel_layer"}
    content = response.content.decode()
    assert "db.internal" not in content
    assert "hunter2" not in content


def test_health_answers_503_when_the_database_fails_for_real(client):
    """The real check, with a database server that cannot be reached (in every thread)."""
    refused = OperationalError("connection to server at db.internal refused")
    with mock.patch.object(type(connections["default"]), "ensure_connection", side_effect=refused):
        response = client.get(URL)

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error"


def test_health_answers_503_when_the_cache_returns_something_else(client):
    # The cache object belongs to a thread; the check runs in another one.
    with mock.patch.object(type(caches["default"]), "get", return_value="something else"):
        response = client.get(URL)

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "error", "channel_layer": "ok"}


def test_health_answers_503_when_the_channel_layer_loses_the_message(client):
    layer = health.get_channel_layer()

    async def receive_nothing_useful(channel):
        return {"type": "health.check", "token": "another"}

    with mock.patch.object(layer, "receive", receive_nothing_useful):
        response = client.get(URL)

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "channel_layer": "error"}


@override_settings(HEALTH_CHECK_TIMEOUT=0.2)
def test_health_answers_503_within_its_time_limit_when_a_service_hangs(client):
    async def hang():
        await asyncio.sleep(30)

    with mock.patch.object(health, "check_channel_layer", hang):
        started = time.monotonic()
        response = client.get(URL)
        elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert response.json()["checks"]["channel_layer"] == "timeout"
    assert elapsed < 5


def test_health_is_never_cached_and_sets_no_cookie(client):
    response = client.get(URL)

    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_health_needs_no_login_or_csrf_token_and_only_reads(client):
    client.handler.enforce_csrf_checks = True

    assert client.get(URL).status_code == 200
    assert client.head(URL).status_code == 200
    assert client.post(URL).status_code == 405


def production_redirect_exemptions():
    script = "import json; from django.conf import settings; print(json.dumps(settings.SECURE_REDIRECT_EXEMPT))"
    result = run_with_production_settings(PRODUCTION_ENVIRONMENT, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_lets_the_health_probe_through_over_plain_http_and_nothing_else(client):
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=production_redirect_exemptions()):
        assert client.get(URL).status_code == 200
        assert client.get("/zoeken/").status_code == 301
        assert client.get("/health/extra").status_code == 301
