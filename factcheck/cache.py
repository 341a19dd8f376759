"""The shared cache of the full stack: Django's Redis cache, made safe to share the broker's
Redis and to lose it for a while.

- ``clear()`` deletes this cache's keys only (its KEY_PREFIX), never the whole Redis database
  (Django's own clear() is FLUSHDB, which would drop the broker's queued tasks).
- One ``redis.Redis`` client per connection pool, made once: Django's makes a new one for every
  cache call, and building its table of reply callbacks cost about 0.1 ms, twice per API
  request (the throttle's read and write).
- While Redis is unreachable it answers like an empty cache and logs (at most once a minute):
  what is cached is throttle counts, a policy, and a submission must not fail with a 500
  because Redis is down (the broker-down rule of the README).
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

log = logging.getLogger(__name__)

_REPORT_EVERY = 60.0


class _ReusedClients(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # A Redis client is safe to share between threads: each command borrows a connection
        # from the pool.
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedRedisCache(RedisCache):
    _last_report = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClients

    def _unavailable(self, exc: Exception, default=None):
        now = time.monotonic()
        if now - SharedRedisCache._last_report > _REPORT_EVERY:
            SharedRedisCache._last_report = now
            log.warning("The cache (Redis) is unreachable, answering without it: %s", exc)
        return default

    def _guard(self, call, default=None):
        import redis

        try:
            return call()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            return self._unavailable(exc, default)

    def get(self, key, default=None, version=None):
        return self._guard(lambda: super(SharedRedisCache, self).get(key, default, version), default)

    def get_many(self, keys, version=None):
        return self._guard(lambda: super(SharedRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guard(lambda: super(SharedRedisCache, self).has_key(key, version), False)

    def set(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).set(*args, **kwargs))

    def add(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).add(*args, **kwargs), False)

    def set_many(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).set_many(*args, **kwargs), [])

    def touch(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).touch(*args, **kwargs), False)

    def delete(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).delete(*args, **kwargs), False)

    def delete_many(self, *args, **kwargs):
        return self._guard(lambda: super(SharedRedisCache, self).delete_many(*args, **kwargs))

    def clear(self):
        def delete_own_keys():
            client = self._cache.get_client(write=True)
            pattern = self.make_key("*", version=None).rsplit(":", 2)[0] + ":*"
            batch = []
            for key in client.scan_iter(match=pattern, count=500):
                batch.append(key)
                if len(batch) >= 500:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)
            return True

        return self._guard(delete_own_keys, False)
