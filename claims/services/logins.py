"""Unlocking a login that django-axes locked out after too many failures."""

from __future__ import annotations

import logging

from claims.errors import NotAllowed, ValidationFailed
from claims.permissions import UNLOCK_LOGINS, user_can

log = logging.getLogger(__name__)


def login_unlock(*, actor, username: str = "", ip_address: str = "") -> int:
    """Forget the failed logins of ``username`` or of ``ip_address`` (editors only), so it may
    log in again at once. Returns how many attempt records were removed."""
    from axes.utils import reset

    if not user_can(actor, UNLOCK_LOGINS):
        raise NotAllowed("Only editors unlock logins.")
    if bool(username) == bool(ip_address):
        raise ValidationFailed("Name a username or an address to unlock.")
    removed = reset(username=username) if username else reset(ip=ip_address)
    log.warning("%s unlocked logins of %s (%d record(s))", actor, username or ip_address, removed)
    return removed
