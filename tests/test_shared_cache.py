"""The cache every web process shares: with REDIS_URL, throttle counts live in Redis, so a
limit holds across gunicorn workers; losing Redis does not fail a submission."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.test import override_settings

from tests.conftest import ROOT, require_service

# One process's share of a submit throttle of 5/min: counts `tries` attempts of one user and
# prints how many were allowed. Run in separate processes, like two gunicorn workers.
THROTTLE = """
import sys
from types import SimpleNamespace

import django

django.setup()
from rest_framework.throttling import ScopedRateThrottle

user = SimpleNamespace(pk=int(sys.argv[1]), is_authenticated=True)
request = SimpleNamespace(user=user, META={"REMOTE_ADDR": "127.0.0.1"})
view = SimpleNamespace(throttle_scope="submit")
print(sum(ScopedRateThrottle().allow_request(request, view) for _ in range(int(sys.argv[2]))))
"""


def run_throttle(user_id: int, tries: int) -> int:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "FACTCHECK_SUBMIT_RATE": "5/min",
        "REDIS_URL": django_settings.REDIS_URL,
        "SECRET_KEY": "test",
    }
    env.pop("CACHE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", THROTTLE, str(user_id), str(tries)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def redis_url():
    if not django_settings.REDIS_URL:
        require_service("Redis", "set REDIS_URL")
    import redis

    try:
        redis.Redis.from_url(django_settings.REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        require_service("Redis", str(exc))
    return django_settings.REDIS_URL


def test_with_redis_the_cache_is_redis(redis_url):
    assert django_settings.CACHES["default"]["BACKEND"] == "factcheck.cache.SharedRedisCache"
    assert django_settings.CACHES["default"]["LOCATION"] == redis_url


def test_two_processes_share_one_submit_throttle(redis_url):
    user_id = random.randint(10**8, 10**9)  # a key no other run has used
    first = run_throttle(user_id, 4)
    second = run_throttle(user_id, 4)
    assert (first, second) == (4, 1), "5/min across both processes, not 5 per process"


def test_clearing_the_cache_leaves_the_brokers_keys_alone(redis_url):
    import redis
    from django.core.cache import cache

    client = redis.Redis.from_url(redis_url)
    client.set("not-the-cache:queued", "1", ex=60)
    cache.set("throttle_submit_1", [1.0], 60)
    cache.clear()
    assert cache.get("throttle_submit_1") is None
    assert client.get("not-the-cache:queued") == b"1"
    client.delete("not-the-cache:queued")


def test_cache_calls_share_one_redis_client_per_pool(redis_url):
    """Django's Redis cache builds a new redis.Redis (and its reply-callback table) for every
    call; ours builds one per connection pool, and it still reads and writes."""
    from django.core.cache import cache

    cache.set("reuse-probe", 7, 30)
    assert cache.get("reuse-probe") == 7
    backend = cache._cache
    assert backend.get_client(write=True) is backend.get_client(write=True)
    assert backend.get_client(write=False) is backend.get_client(write=False)
    cache.delete("reuse-probe")
    assert cache.get("reuse-probe") is None


DEAD_CACHE = {
    "default": {
        "BACKEND": "factcheck.cache.SharedRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.mark.django_db
def test_a_submission_succeeds_while_the_cache_is_down(submitter, api, seed_text):
    with override_settings(CACHES=DEAD_CACHE):
        from django.core.cache import cache

        assert cache.get("anything", "default") == "default" and cache.clear() is False
        title, body = seed_text
        response = api(submitter).post("/api/articles/", {"title": title, "body": body}, format="json")
    assert response.status_code == 201


def test_the_embedded_default_is_per_process_memory(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings", "FACTCHECK_DATA_DIR": str(tmp_path)}
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_URL"):
        env.pop(name, None)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip().endswith("LocMemCache"), done.stderr
