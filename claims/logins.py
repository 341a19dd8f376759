"""Failed logins and lockouts: the glue between the desk and django-axes.

Axes counts failed logins in the database, by username and by client address; either reaching
``AXES_FAILURE_LIMIT`` within the cool-off locks it out until the cool-off has passed or an
editor unlocks it (``/lockouts/``, or ``manage.py axes_reset_username NAME`` /
``axes_reset_ip ADDRESS``). This module decides the client's address, what a locked-out client
is told, and lists what is locked.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the connection's, or with FACTCHECK_TRUSTED_PROXIES = n, the
    address the n-th proxy from the app saw (X-Forwarded-For, read from the right: what the
    client itself put on the left is not trusted). None when there is none (a test request)."""
    remote = _valid_ip(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.FACTCHECK_TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if len(forwarded) < proxies:
        return remote
    return _valid_ip(forwarded[-proxies]) or remote


def _valid_ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def lockout_minutes() -> int:
    return max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_message() -> str:
    return (
        "Too many failed logins for this account or from this address: logging in is blocked for "
        f"{lockout_minutes()} minutes. Ask an editor of the desk to unlock it sooner."
    )


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """What axes answers a locked-out login with (429): JSON for the API, the login page with
    the message otherwise."""
    retry_after = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"detail": lockout_message(), "code": "locked_out"}, status=429)
    else:
        username = (credentials or {}).get("username") or request.POST.get("username", "")
        form = AuthenticationForm(request, initial={"username": username})
        context = {"form": form, "lockout": lockout_message(), "next": request.POST.get("next", "")}
        response = render(request, "registration/login.html", context, status=429)
    response["Retry-After"] = retry_after
    return response


@dataclass(frozen=True)
class Lockout:
    kind: str  # "username" or "ip_address"
    value: str
    failures: int
    last_failure: datetime


def login_lockouts(*, now: datetime | None = None) -> list[Lockout]:
    """Usernames and addresses locked out now, most recent first."""
    from axes.models import AccessAttempt

    now = now or timezone.now()
    recent = AccessAttempt.objects.filter(attempt_time__gte=now - settings.AXES_COOLOFF_TIME)
    found = []
    for kind in ("username", "ip_address"):
        rows = (
            recent.exclude(**{f"{kind}__isnull": True})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by()
        )
        found += [Lockout(kind, row[kind], row["failures"], row["last"]) for row in rows]
    return sorted(found, key=lambda lockout: lockout.last_failure, reverse=True)
