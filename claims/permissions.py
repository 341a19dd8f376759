"""Who may do what: the one permission matrix for the UI, the API and the admin.

Roles are Django groups. A superuser may do everything.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.permissions import BasePermission

from .workflow import Action

SUBMITTER = "submitter"
REVIEWER = "reviewer"
EDITOR = "editor"
ROLES = (SUBMITTER, REVIEWER, EDITOR)

# Non-transition capabilities.
READ = "read"
SUBMIT = "submit"
EXPORT = "export"
MANAGE_WEBHOOKS = "manage_webhooks"
BULK = "bulk"
UNLOCK_LOGINS = "unlock_logins"

MATRIX: dict[str, frozenset[str]] = {
    READ: frozenset({SUBMITTER, REVIEWER, EDITOR}),
    SUBMIT: frozenset({SUBMITTER, REVIEWER, EDITOR}),
    EXPORT: frozenset({SUBMITTER, REVIEWER, EDITOR}),
    Action.TAKE: frozenset({REVIEWER, EDITOR}),
    Action.RELEASE: frozenset({REVIEWER, EDITOR}),
    Action.REVIEW: frozenset({REVIEWER, EDITOR}),
    Action.DISMISS: frozenset({REVIEWER, EDITOR}),
    Action.APPROVE: frozenset({EDITOR}),
    Action.SEND_BACK: frozenset({EDITOR}),
    Action.RESTORE: frozenset({EDITOR}),
    Action.REOPEN: frozenset({EDITOR}),
    Action.REASSIGN: frozenset({EDITOR}),
    BULK: frozenset({EDITOR}),
    MANAGE_WEBHOOKS: frozenset({EDITOR}),
    UNLOCK_LOGINS: frozenset({EDITOR}),
}

# Actions a reviewer may only perform on a claim assigned to them; an editor may act on any.
OWNER_ONLY = frozenset({Action.RELEASE, Action.REVIEW})


def user_roles(user: AbstractBaseUser | AnonymousUser) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_factcheck_roles", None)
    if cached is None:
        cached = frozenset(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
        user._factcheck_roles = cached
    return cached


def user_can(user: AbstractBaseUser | AnonymousUser, capability: str) -> bool:
    """True if ``user`` holds a role allowed ``capability`` (an Action or a capability name)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return bool(MATRIX.get(capability, frozenset()) & user_roles(user))


def require(user, capability: str) -> None:
    """For the pages: PermissionDenied (403) unless ``user`` may ``capability``."""
    from django.core.exceptions import PermissionDenied

    if not user_can(user, capability):
        raise PermissionDenied("Your account has no role that allows this.")


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or EDITOR in user_roles(user))


class CanRead(BasePermission):
    message = "Your account has no fact-check role."

    def has_permission(self, request, view) -> bool:
        return user_can(request.user, READ)


class CanManageWebhooks(BasePermission):
    message = "Only editors manage webhooks."

    def has_permission(self, request, view) -> bool:
        return user_can(request.user, MANAGE_WEBHOOKS)


class CanSubmit(BasePermission):
    message = "Your account may not submit articles."

    def has_permission(self, request, view) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return user_can(request.user, READ)
        return user_can(request.user, SUBMIT)


def claim_actions(user, claim) -> list[str]:
    """The actions ``user`` may take on ``claim`` now, as the services will judge them: the
    status machine, the role matrix, the holder-only actions and the lease. Pages offer these
    buttons and no others."""
    from .workflow import Status, available_actions

    held = claim.lease_active
    allowed = [a for a in available_actions(claim.status) if user_can(user, a)]
    if claim.status == Status.IN_REVIEW and held and claim.assignee_id != user.pk:
        allowed = [a for a in allowed if a in (Action.RELEASE, Action.REASSIGN)]
    if claim.assignee_id != user.pk and not is_editor(user):
        allowed = [a for a in allowed if a not in OWNER_ONLY]
    if claim.status == Status.IN_REVIEW and not held and user_can(user, Action.TAKE):
        # An expired lease puts the claim back in the queue (the services treat it as new).
        allowed = [Action.TAKE, *allowed]
    return allowed
