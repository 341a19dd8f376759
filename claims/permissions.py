"""Who may do what: the one permission matrix for the UI, the API and the admin.

Roles are Django groups. A superuser may do everything.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.permissions import BasePermission

from .errors import Conflict, NotAllowed, ServiceError
from .workflow import Action, Status, TransitionError, transition_for

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
MANAGE_FEEDS = "manage_feeds"

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
    MANAGE_FEEDS: frozenset({EDITOR}),
}


def user_roles(user: AbstractBaseUser | AnonymousUser) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_factcheck_roles", None)
    if cached is None:
        cached = remember_roles(user, user.groups.filter(name__in=ROLES).values_list("name", flat=True))
    return cached


def remember_roles(user, group_names) -> frozenset[str]:
    """Keep the roles among ``group_names`` on ``user`` for the rest of its request (when they were
    read with the user already, as the API's token look-up does)."""
    user._factcheck_roles = frozenset(name for name in group_names if name in ROLES)
    return user._factcheck_roles


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


class CanManageFeeds(BasePermission):
    """Anyone on the desk reads feeds; editors subscribe, change, pause, poll and delete them."""

    message = "Only editors manage feeds."

    def has_permission(self, request, view) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return user_can(request.user, READ)
        return user_can(request.user, MANAGE_FEEDS)


class CanSubmit(BasePermission):
    message = "Your account may not submit articles."

    def has_permission(self, request, view) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return user_can(request.user, READ)
        return user_can(request.user, SUBMIT)


def display_name(user) -> str:
    """How pages and messages name a person."""
    if user is None:
        return "nobody"
    return user.get_full_name() or user.get_username()


def holds(user, claim) -> bool:
    """``user`` is the claim's reviewer: it is in review and assigned to them (a lapsed lease
    included, until someone else takes it)."""
    return claim.status == Status.IN_REVIEW and claim.assignee_id is not None and claim.assignee_id == user.pk


def action_refusal(user, claim, action: str, *, now=None) -> ServiceError | None:
    """Why ``user`` may not do ``action`` to ``claim`` now, or None when it is allowed.

    The one statement of the workflow's rules about people: the role matrix, the status machine,
    the lease, the holder-only actions, who may dismiss, four eyes. The services raise what this
    returns (on the locked row, inside their transaction); claim_actions offers what it allows.
    Checks of the input (a verdict's rationale, a dismissal's reason) stay in the services.
    """
    from django.conf import settings
    from django.utils import timezone

    if not user_can(user, action):
        return NotAllowed(f"Your role may not {Action(action).label.lower()} claims.")
    now = now or timezone.now()
    own = holds(user, claim)
    status = claim.status
    if action == Action.TAKE:
        if own:
            return None  # taking a claim one holds renews the lease
        if claim.status == Status.IN_REVIEW and claim.lease_active_at(now):
            since = timezone.localtime(claim.taken_at) if claim.taken_at else None
            return Conflict(
                f"Being reviewed by {display_name(claim.assignee)}"
                + (f" since {since:%d %b %H:%M}." if since else ".")
            )
        if claim.status == Status.IN_REVIEW:
            status = Status.NEW  # a lapsed lease puts the claim back in the queue
    try:
        transition_for(action, status)
    except TransitionError as exc:
        return Conflict(str(exc))

    def holder() -> str:  # only on a refusal: it may cost a query for the assignee
        return display_name(claim.assignee) if claim.assignee_id else "nobody"

    if action == Action.REVIEW and not own:
        return NotAllowed(f"Only the reviewer holding this claim can give it a verdict (held by {holder()}).")
    if action == Action.RELEASE and not own and not is_editor(user):
        return NotAllowed(f"Only the reviewer holding this claim can release it (held by {holder()}).")
    if action == Action.DISMISS and not own and not is_editor(user):
        if claim.status == Status.IN_REVIEW and claim.assignee_id:
            return NotAllowed(f"This claim is held by {holder()}: only they or an editor can dismiss it.")
        return NotAllowed("Take the claim first: a reviewer dismisses only a claim they hold.")
    if action == Action.APPROVE:
        if not claim.verdict or not (claim.rationale or "").strip():
            return Conflict("A claim needs a verdict and a rationale before approval.")
        if claim.reviewed_by_id == user.pk and not settings.FACTCHECK_ALLOW_SELF_APPROVAL:
            return NotAllowed("Four eyes: another editor must approve a claim you reviewed.")
    return None


def claim_actions(user, claim) -> list[str]:
    """The actions ``user`` may take on ``claim`` now, exactly as the services judge them
    (action_refusal). Pages offer these buttons and no others; the holder's own "take" (a lease
    renewal, which the API accepts) is not a button."""
    from django.utils import timezone

    now = timezone.now()
    own = holds(user, claim)
    return [
        action
        for action in Action.values
        if not (action == Action.TAKE and own) and action_refusal(user, claim, action, now=now) is None
    ]


def _settled_refusal(claim, what: str) -> ServiceError | None:
    """An approved or dismissed claim's record (its evidence, its checks and matches) is fixed: a
    published review cites it, so it changes with a correction, not silently."""
    if claim.status == Status.APPROVED:
        return Conflict(f"The claim is approved: reopen it for a correction to change its {what}.")
    if claim.status == Status.DISMISSED:
        return Conflict(f"The claim is dismissed: restore it first to change its {what}.")
    return None


def corroboration_refusal(user, claim) -> ServiceError | None:
    """Why ``user`` may not mark ``claim``'s corroboration items, judge its matches or run its
    providers again, or None: its reviewer (the holder) and editors may, until the claim is
    approved or dismissed. The services and the claim page all ask this."""
    if not user_can(user, Action.REVIEW):
        return NotAllowed("Only reviewers and editors can complete corroboration.")
    settled = _settled_refusal(claim, "checks")
    if settled is not None:
        return settled
    if not (holds(user, claim) or is_editor(user)):
        return NotAllowed(
            "Take the claim first: only its reviewer (or an editor) completes its corroboration."
        )
    return None


def evidence_refusal(user, claim) -> ServiceError | None:
    """Why ``user`` may not add, change or remove ``claim``'s evidence, or None: the reviewer
    holding it and editors may; submitters read it. The service, the page and the API ask this."""
    if not user_can(user, Action.REVIEW):
        return NotAllowed("Only reviewers and editors record evidence.")
    settled = _settled_refusal(claim, "evidence")
    if settled is not None:
        return settled
    if not (holds(user, claim) or is_editor(user)):
        return NotAllowed("Take the claim first: only its reviewer (or an editor) records its evidence.")
    return None


def group_refusal(user, lead, *, need_hold: bool = True) -> ServiceError | None:
    """Why ``user`` may not confirm or reject members of ``lead``'s group, or None: the reviewer
    holding the lead (the one about to give its verdict) and editors may. The service, the group
    page and the API all ask this."""
    if not user_can(user, Action.REVIEW):
        return NotAllowed("Only reviewers and editors decide what is the same claim.")
    if is_editor(user) or (need_hold and holds(user, lead)):
        return None
    return NotAllowed("Take the lead claim first: its reviewer (or an editor) decides its group.")
