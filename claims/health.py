"""Liveness of what the service depends on."""

from __future__ import annotations

from django.conf import settings
from django.db import connection


def check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "down"
        return f"{type(exc).__name__}: {exc}"[:300]
    return None


def check_broker() -> str | None:
    if not settings.REDIS_URL:
        return None
    import redis

    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        client.ping()
        client.close()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:300]
    return None


def health() -> tuple[bool, dict]:
    db = check_database()
    broker = check_broker()
    report = {
        "database": "ok" if db is None else f"down: {db}",
        "broker": "not configured (tasks run in process)"
        if not settings.REDIS_URL
        else ("ok" if broker is None else f"down: {broker}"),
    }
    return db is None and broker is None, report
