"""Liveness of what the service depends on."""

from __future__ import annotations

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string


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


# --- Answers while the database is down -------------------------------------------------------

# A client should wait this long before trying again (Retry-After, seconds).
RETRY_AFTER_SECONDS = 30
# What the database driver raises when it cannot be reached (wrapped by Django).
DATABASE_DOWN = (OperationalError, InterfaceError)
UNAVAILABLE_MESSAGE = "The database is unreachable; try again shortly."


def database_is_down(exc: BaseException | None) -> bool:
    return isinstance(exc, DATABASE_DOWN)


def wants_json(request) -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def unavailable_response(request) -> HttpResponse:
    """503 with Retry-After: JSON for the API, a plain page for people. Renders without the
    database (no context processors, no user, no session)."""
    if wants_json(request):
        response = JsonResponse({"detail": UNAVAILABLE_MESSAGE, "code": "unavailable"}, status=503)
    else:
        page = render_to_string("503.html", {"message": UNAVAILABLE_MESSAGE, "retry": RETRY_AFTER_SECONDS})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
