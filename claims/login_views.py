"""The editors' page for logins locked out after too many failures (see claims/logins.py)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from . import services
from .errors import ServiceError
from .logins import lockout_minutes, login_lockouts
from .permissions import UNLOCK_LOGINS, require


@require_http_methods(["GET", "POST"])
@login_required
def lockouts(request):
    require(request.user, UNLOCK_LOGINS)
    if request.method == "POST":
        username = request.POST.get("username", "").strip()
        address = request.POST.get("ip_address", "").strip()
        try:
            services.login_unlock(actor=request.user, username=username, ip_address=address)
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"Unlocked {username or address}: it may log in again now.")
        return redirect("login-lockouts")
    context = {"lockouts": login_lockouts(), "minutes": lockout_minutes()}
    return render(request, "registration/lockouts.html", context)
