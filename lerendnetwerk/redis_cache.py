"""Django's Redis cache, with one connection pool per process and one client object per
pool, instead of a pool per task and a client per call.

`django.core.cache.backends.redis.RedisCacheClient.get_client` makes a new `redis.Redis`
for every cache operation; building one fills its table of ~170 response callbacks
(measured: ~0.25 ms of CPU each time, seven times on a member's page, a sixth of what the
content page costs above a trivial view; bench/page_cpu.py --profile). A `redis.Redis`
holds no connection of its own: it borrows one from its pool for each command and is safe
to share between threads, so one per pool does the same work.

Django keeps its cache objects in an asgiref `Local`, which under ASGI is per task: every
request and every socket handshake built a cache object of its own, with a connection
pool of its own, and so opened a new connection to Redis (with redis-py's handshake) for
its first cache read, never closed (py-spy: 260 sockets reconnecting at once spent most
of their session read in `AbstractConnection.connect`). The pools and their clients are
kept per process here, keyed by the server and options; redis-py's pools are safe to share
between threads and reset themselves in a forked child.
"""

import threading

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

_pools = {}  # (server, options) -> (pool, client), for the whole process
_pools_lock = threading.Lock()


class ReusedClientRedisCacheClient(RedisCacheClient):
    def _pool_and_client(self, write):
        index = self._get_connection_pool_index(write)
        key = (self._servers[index], repr(sorted(self._pool_options.items())))
        found = _pools.get(key)
        if found is None:
            with _pools_lock:
                found = _pools.get(key)
                if found is None:
                    pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                    found = _pools[key] = (pool, self._client(connection_pool=pool))
        return found

    def _get_connection_pool(self, write):
        return self._pool_and_client(write)[0]

    def get_client(self, key=None, *, write=False):
        return self._pool_and_client(write)[1]


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
