"""Bulk actions for editors: the same action on many claims, each through its own service.

Not all-or-nothing: every claim is acted on in its own transaction with its own history event,
and the answer says, claim by claim, what happened and, when refused, why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from claims.errors import NotAllowed, ServiceError, ValidationFailed
from claims.models import Claim
from claims.permissions import BULK, user_can

from .review import (
    claim_dismiss,
    claim_reassign,
    claim_send_back,
    dismissal_note,
    send_back_note,
    users_who_review,
)

BULK_MAX = 500
BULK_ACTIONS = {
    "dismiss": "Dismiss",
    "assign": "Assign to a reviewer",
    "send_back": "Send back to the reviewer",
}


@dataclass(frozen=True)
class BulkResult:
    id: int
    ok: bool
    status: str = ""
    error: str = ""
    code: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _assignee(username: str | None):
    username = (username or "").strip()
    if not username:
        raise ValidationFailed(
            "Choose who gets the claims.",
            field_errors={"assignee": ["Choose the reviewer who gets the claims."]},
        )
    user = users_who_review().filter(username=username).first()
    if user is None:
        raise ValidationFailed(
            "Choose who gets the claims.",
            field_errors={"assignee": ["Not an active reviewer or editor."]},
        )
    return user


def claims_bulk(
    *, actor, action: str, ids: list[int], assignee: str | None = None, note: str = "", reason: str = ""
) -> list[BulkResult]:
    """Apply ``action`` (dismiss, assign, send_back) to each claim in ``ids``, in order.

    The one place the request as a whole is checked (the page's form and the API's serializer
    only parse): NotAllowed for a role without the bulk capability, ValidationFailed for an
    unknown action, no ids, too many, an unknown assignee, a dismissal without a reason or a
    send-back without a note. A claim the action does not apply to is reported in its result,
    and the others still go through.
    """
    if not user_can(actor, BULK):
        raise NotAllowed("Only editors may act on several claims at once.")
    errors: dict[str, list[str]] = {}
    if action not in BULK_ACTIONS:
        errors["action"] = [f"Choose one of: {', '.join(BULK_ACTIONS)}."]
    unique = list(dict.fromkeys(ids))
    if not unique:
        errors["ids"] = ["Select at least one claim."]
    elif len(unique) > BULK_MAX:
        errors["ids"] = [f"At most {BULK_MAX} claims at once ({len(unique)} given)."]
    try:
        if action == "dismiss":
            dismissal_note(reason, note)
        elif action == "send_back":
            send_back_note(note)
    except ValidationFailed as exc:
        errors.update(exc.field_errors)
    if errors:
        raise ValidationFailed("The bulk action is incomplete.", field_errors=errors)
    if action == "assign":
        user = _assignee(assignee)

        def call(claim_id: int) -> Claim:
            return claim_reassign(claim_id=claim_id, actor=actor, assignee=user, note=note)
    elif action == "dismiss":

        def call(claim_id: int) -> Claim:
            return claim_dismiss(claim_id=claim_id, actor=actor, reason=reason, note=note)
    else:

        def call(claim_id: int) -> Claim:
            return claim_send_back(claim_id=claim_id, actor=actor, note=note)

    results = []
    for claim_id in unique:
        try:
            claim = call(claim_id)
        except Claim.DoesNotExist:
            results.append(BulkResult(claim_id, False, error="No such claim.", code="not_found"))
        except ServiceError as exc:
            message = exc.message
            if exc.field_errors:
                message += " " + " ".join(m for msgs in exc.field_errors.values() for m in msgs)
            results.append(BulkResult(claim_id, False, error=message, code=exc.code))
        else:
            results.append(BulkResult(claim_id, True, status=claim.status))
    return results
