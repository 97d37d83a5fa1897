import os
import shutil

import factory.random
import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from hypothesis import settings as hypothesis_settings

from tests.factories import MemberFactory

# Property-based tests: the same examples on every run (a suite that passes keeps passing,
# so CI never fails on a new random draw); HYPOTHESIS_PROFILE=explore searches widely.
hypothesis_settings.register_profile("repeatable", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", max_examples=1000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _isolated_state(settings, request):
    """Each test starts with an empty cache (rate limits!) and in Dutch, and draws the same
    Faker names on every run: seeded by its own id, so tests differ from each other but a
    test that passes keeps passing, whichever tests ran before it (a drawn "Gerritsen" once
    matched a search for "gerrit")."""
    factory.random.reseed_random(request.node.nodeid)
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _clean_test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def member(db):
    return MemberFactory(first_name="Sanne", last_name="Bakker", email="sanne@zwolle.example")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture(params=["in-process", "redis"])
def fanout_transport(request, settings):
    """The fan-out's two transports: in this process (`make run`, no Redis) and Redis
    pub/sub (production; needs REDIS_URL)."""
    if request.param == "redis":
        url = os.environ.get("REDIS_URL")
        if not url:
            pytest.skip("Redis pub/sub: run with REDIS_URL set")
        settings.LIVE_FANOUT_REDIS_URL = url
    else:
        settings.LIVE_FANOUT_REDIS_URL = ""
    return request.param
