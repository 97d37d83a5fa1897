"""The production cache backend (lerendnetwerk.redis_cache): Django's Redis cache with one
client object per connection pool."""

import os
import threading

import pytest

from lerendnetwerk.redis_cache import RedisCache


@pytest.fixture
def redis_cache():
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("the Redis cache: run with REDIS_URL set")
    backend = RedisCache(url, {"KEY_PREFIX": "lerendnetwerk-test-redis-cache"})
    yield backend
    backend.delete_many([f"key-{n}" for n in range(50)] + ["shared"])


def test_every_operation_uses_the_same_client_object_of_its_pool(redis_cache):
    first = redis_cache._cache.get_client()
    redis_cache.set("shared", 1)
    assert redis_cache._cache.get_client(write=True) is first
    assert redis_cache._cache.get_client() is first
    assert redis_cache.get("shared") == 1


def test_the_shared_client_answers_each_thread_its_own_values(redis_cache):
    """Twenty threads at once through one client: each reads what it wrote, as Django's
    backend with a client per call would."""
    errors = []

    def work(n):
        try:
            for round_ in range(20):
                redis_cache.set(f"key-{n}", (n, round_))
                assert redis_cache.get(f"key-{n}") == (n, round_)
                assert redis_cache.get_many([f"key-{n}", "absent"]) == {f"key-{n}": (n, round_)}
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
