"""The shared Redis cache, made to survive Redis being down.

Django's RedisCache raises on every call while Redis is unreachable, and every page
that counts a rate limit or reads a cached fragment would answer 500. This backend
treats an unreachable Redis as an empty cache instead: reads miss, writes are dropped,
and `add` reports success so that django-allauth's rate-limit lock never waits out its
timeout and answers 429 to everyone. Rate limits are therefore off while Redis is down
(logins keep working; nobody is locked out) and come back by themselves with it.

After a failure the backend does not try Redis again for `RETRY_AFTER` seconds, so an
outage costs one connection timeout per process every few seconds, not one per call.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)
RETRY_AFTER = 5.0

# Per process and location (Django makes a backend object per thread).
_down_until: dict[str, float] = {}


class ResilientRedisCache(RedisCache):
    def _call(self, method, *args, fallback, **kwargs):
        location = self._servers[0]
        if time.monotonic() < _down_until.get(location, 0.0):
            return fallback()
        try:
            return method(*args, **kwargs)
        except UNREACHABLE as error:
            if location not in _down_until or time.monotonic() >= _down_until[location]:
                logger.warning("Redis unreachable, serving without the cache: %s", error)
            _down_until[location] = time.monotonic() + RETRY_AFTER
            return fallback()

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version, fallback=lambda: default)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version, fallback=dict)

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version, fallback=lambda: False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, key, value, timeout, version, fallback=lambda: None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version, fallback=lambda: True)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, data, timeout, version, fallback=list)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, key, timeout, version, fallback=lambda: False)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version, fallback=lambda: False)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, keys, version, fallback=lambda: None)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (the cache is unreachable)")

        return self._call(super().incr, key, delta, version, fallback=missing)

    def clear(self):
        return self._call(super().clear, fallback=lambda: False)
