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


def test_cache_objects_made_per_task_share_one_pool_and_its_connections(redis_cache):
    """Under ASGI Django makes a cache object per request and per socket handshake (its
    caches live in an asgiref Local, per task); each opened a connection to Redis of its
    own. Now they share the process's pool: twenty of them, used one after another, need
    one connection."""
    url = os.environ["REDIS_URL"]
    pool = redis_cache._cache._get_connection_pool(False)

    def opened():
        return len(pool._available_connections) + len(pool._in_use_connections)

    redis_cache.get("shared")
    before = opened()  # what the fixture's cache (and earlier tests in this process) opened
    made = [RedisCache(url, {"KEY_PREFIX": "lerendnetwerk-test-redis-cache"}) for _ in range(20)]
    for backend in made:
        backend.set("shared", 1)
        assert backend.get("shared") == 1
    assert all(backend._cache._get_connection_pool(True) is pool for backend in made)
    assert all(backend._cache.get_client() is redis_cache._cache.get_client() for backend in made)
    assert opened() == before
