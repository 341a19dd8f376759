"""The review workflow: take, release, verdict, approve, send back, dismiss, correct.

Every action runs in one transaction: lock the row, check who may do it, check the status
machine (claims/workflow.py), then a conditional UPDATE on the version read, so a stale
form or a racing request changes nothing. Each change writes a ClaimEvent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.errors import ApprovalGaps, Conflict, NotAllowed, StaleVersion, ValidationFailed
from claims.models import Claim, ClaimEvent, Correction
from claims.permissions import (
    EDITOR,
    REVIEWER,
    action_refusal,
    display_name,
    holds,
    user_can,
    user_roles,
)
from claims.selectors import claim_approval_gaps
from claims.workflow import TRANSITIONS, Action, DismissReason, Status, Verdict

from .fact_checks import fact_check_sync_claim
from .webhooks import webhooks_on_transition


def lease_until(now):
    """When a lease taken or renewed at ``now`` runs out (FACTCHECK_LEASE_MINUTES)."""
    return now + timedelta(minutes=settings.FACTCHECK_LEASE_MINUTES)


_display = display_name


def _require_role(actor, action: str) -> None:
    if not user_can(actor, action):
        raise NotAllowed(f"Your role may not {Action(action).label.lower()} claims.")


def _act(
    *,
    claim_id: int,
    actor,
    action: str,
    version: int | None,
    note: str = "",
    changes: Callable[[Claim, object], dict],
    after: Callable[[Claim, object], None] | None = None,
) -> Claim:
    _require_role(actor, action)
    with transaction.atomic():
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if claim is None:
            raise Claim.DoesNotExist(f"No claim {claim_id}.")
        if version is not None and int(version) != claim.version:
            raise StaleVersion(
                f"This claim changed since you loaded it (your version {version}, now "
                f"{claim.version}). Reload it and try again."
            )
        now = timezone.now()
        # Who may do what, in which status: the same rule the pages read to offer buttons.
        refusal = action_refusal(actor, claim, action, now=now)
        if refusal is not None:
            raise refusal
        transition = TRANSITIONS[action]
        fields = changes(claim, now)
        fields.update(status=transition.target, version=F("version") + 1, updated_at=now)
        updated = Claim.objects.filter(pk=claim.pk, version=claim.version).update(**fields)
        if updated != 1:
            raise StaleVersion("This claim changed while you were saving. Reload it and try again.")
        old_status, old_verdict = claim.status, claim.verdict
        claim.refresh_from_db()
        ClaimEvent.objects.create(
            claim=claim,
            actor=actor,
            action=action,
            from_status=old_status,
            to_status=claim.status,
            from_verdict=old_verdict,
            to_verdict=claim.verdict,
            note=note,
            at=now,
        )
        if after is not None:
            after(claim, now)
        webhooks_on_transition(claim=claim, action=action, now=now)
    return claim


def claim_take(*, claim_id: int, actor, version: int | None = None, note: str = "") -> Claim:
    """Take a claim for review: an exclusive lease for one reviewer."""

    def changes(claim: Claim, now) -> dict:
        return {"assignee": actor, "taken_at": now, "lease_expires_at": lease_until(now)}

    with transaction.atomic():
        current = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if current is not None and holds(actor, current) and user_can(actor, Action.TAKE):
            # Taking a claim one already holds renews the lease.
            return claim_renew_lease(claim_id=claim_id, actor=actor)
        if current is not None and current.status == Status.IN_REVIEW and current.assignee_id:
            note = " ".join(filter(None, [f"The lease of {_display(current.assignee)} had expired.", note]))
        return _act(
            claim_id=claim_id,
            actor=actor,
            action=Action.TAKE,
            version=version,
            changes=changes,
            note=note,
        )


def claim_take_next(*, actor) -> Claim | None:
    """Take the highest-priority free claim. Two reviewers at once get different claims."""
    if not user_can(actor, Action.TAKE):
        raise NotAllowed("Your role may not take claims.")
    from claims.selectors import free_claims, queue_order

    for _ in range(5):
        with transaction.atomic():
            # The queue's own "priority" order: the claim at the top of the queue comes first.
            candidate = (
                queue_order(free_claims(now=timezone.now()), "priority")
                .select_for_update(skip_locked=True, of=("self",))
                .first()
            )
            if candidate is None:
                return None
            try:
                return claim_take(claim_id=candidate.pk, actor=actor, version=candidate.version)
            except (Conflict, StaleVersion):
                continue  # someone else won it (SQLite has no SKIP LOCKED); try the next
    return None


def claim_renew_lease(*, claim_id: int, actor) -> Claim:
    """Extend the holder's lease (the claim page does this while it is open). No history:
    the claim's content and status do not change."""
    now = timezone.now()
    updated = Claim.objects.filter(pk=claim_id, status=Status.IN_REVIEW, assignee=actor).update(
        lease_expires_at=lease_until(now)
    )
    if updated != 1:
        raise Conflict("You no longer hold this claim.")
    return Claim.objects.get(pk=claim_id)


def claim_release(*, claim_id: int, actor, version: int | None = None, note: str = "") -> Claim:
    """Give a claim back to the queue. The holder can; an editor can break anyone's lease."""

    def changes(claim: Claim, now) -> dict:
        return {"assignee": None, "taken_at": None, "lease_expires_at": None}

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.RELEASE,
        version=version,
        note=note,
        changes=changes,
    )


def claim_give_verdict(*, claim_id: int, actor, verdict: str, rationale: str, version: int | None) -> Claim:
    """The holder records a verdict and the reasoning behind it."""
    errors: dict[str, list[str]] = {}
    if verdict not in Verdict.values:
        errors["verdict"] = [f"Choose one of: {', '.join(Verdict.values)}."]
    if not (rationale or "").strip():
        errors["rationale"] = ["Explain the verdict: the rationale is published with it."]
    if errors:
        raise ValidationFailed("The verdict is incomplete.", field_errors=errors)

    def changes(claim: Claim, now) -> dict:
        return {
            "verdict": verdict,
            "rationale": rationale.strip(),
            "reviewed_by": actor,
            "reviewed_at": now,
            "lease_expires_at": None,
        }

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.REVIEW,
        version=version,
        changes=changes,
    )


def claim_approve(*, claim_id: int, actor, version: int | None, note: str = "", force: bool = False) -> Claim:
    """An editor approves a reviewed claim; another person than its reviewer, unless the desk
    allows self-approval (the four-eyes rule is in permissions.action_refusal).

    A claim with check items still open or no evidence (selectors.claim_approval_gaps) is
    refused with :class:`ApprovalGaps` unless ``force``; a forced approval says in its history
    what it went without.
    """
    with transaction.atomic():
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        # Wrong version, role or status: _act answers that first.
        if (
            claim is not None
            and (version is None or int(version) == claim.version)
            and action_refusal(actor, claim, Action.APPROVE) is None
        ):
            gaps = claim_approval_gaps(claim_id=claim_id)
            if gaps and not force:
                raise ApprovalGaps(gaps)
            if gaps:
                went_without = "Approved without: " + "; ".join(gaps) + "."
                note = f"{note.strip()}\n{went_without}" if note.strip() else went_without
        return _approve(claim_id=claim_id, actor=actor, version=version, note=note)


def _approve(*, claim_id: int, actor, version: int | None, note: str) -> Claim:

    def changes(claim: Claim, now) -> dict:
        fields = {
            "approved_by": actor,
            "approved_at": now,
            "assignee": None,
            "lease_expires_at": None,
        }
        if claim.corrections.filter(published_at__isnull=True).exists():
            fields["corrected_at"] = now
        return fields

    def after(claim: Claim, now) -> None:
        if claim.corrected_at == now:  # this approval closes a correction
            claim.corrections.filter(published_at__isnull=True).update(
                new_verdict=claim.verdict, published_at=now
            )
        fact_check_sync_claim(claim)  # the verdict joins the "Checked before?" library

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.APPROVE,
        version=version,
        note=note,
        changes=changes,
        after=after,
    )


def send_back_note(note: str) -> str:
    """The note a send-back must carry: the reviewer reads it on the claim page."""
    note = (note or "").strip()
    if not note:
        raise ValidationFailed(
            "Say what the reviewer should look at again.",
            field_errors={"note": ["A send-back needs a note for the reviewer."]},
        )
    return note


def claim_send_back(*, claim_id: int, actor, version: int | None = None, note: str = "") -> Claim:
    """An editor returns a reviewed claim to its reviewer, with a note saying why (required)."""
    _require_role(actor, Action.SEND_BACK)
    note = send_back_note(note)

    def changes(claim: Claim, now) -> dict:
        reviewer = claim.reviewed_by
        return {
            "assignee": reviewer,
            "taken_at": now if reviewer else None,
            "lease_expires_at": lease_until(now) if reviewer else None,
        }

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.SEND_BACK,
        version=version,
        note=note,
        changes=changes,
    )


def dismissal_note(reason: str = "", note: str = "") -> str:
    """The history note of a dismissal: a reason from DismissReason and/or free text; one of
    them is required, and "other" needs the text."""
    reason = (reason or "").strip()
    note = (note or "").strip()
    if reason and reason not in DismissReason.values:
        raise ValidationFailed(
            "Unknown dismissal reason.",
            field_errors={"reason": [f"Choose one of: {', '.join(DismissReason.values)}."]},
        )
    if not note and reason in ("", DismissReason.OTHER):
        field = "note" if reason == DismissReason.OTHER else "reason"
        raise ValidationFailed(
            "Say why the claim is dismissed.",
            field_errors={field: ["A dismissal needs a reason."]},
        )
    if not reason or reason == DismissReason.OTHER:
        return note
    label = DismissReason(reason).label
    return f"{label}: {note}" if note else f"{label}."


def claim_dismiss(
    *, claim_id: int, actor, version: int | None = None, reason: str = "", note: str = ""
) -> Claim:
    """Not worth checking (opinion, not a claim, a duplicate, out of scope), with the reason.
    A reviewer dismisses a claim they hold; an editor any open claim."""
    _require_role(actor, Action.DISMISS)
    note = dismissal_note(reason, note)

    def changes(claim: Claim, now) -> dict:
        return {"assignee": None, "lease_expires_at": None}

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.DISMISS,
        version=version,
        note=note,
        changes=changes,
    )


def claim_restore(*, claim_id: int, actor, version: int | None = None, note: str = "") -> Claim:
    """An editor puts a dismissed claim back in the queue."""
    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.RESTORE,
        version=version,
        note=note,
        changes=lambda claim, now: {},
    )


def claim_reassign(*, claim_id: int, actor, assignee, version: int | None = None, note: str = "") -> Claim:
    """An editor gives a claim to a reviewer (breaking any lease on it)."""
    if assignee is None or not ({REVIEWER, EDITOR} & user_roles(assignee) or assignee.is_superuser):
        raise ValidationFailed(
            "Choose a reviewer or an editor.", field_errors={"assignee": ["Not a reviewer."]}
        )

    def changes(claim: Claim, now) -> dict:
        return {"assignee": assignee, "taken_at": now, "lease_expires_at": lease_until(now)}

    note = note or f"Assigned to {_display(assignee)}."
    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.REASSIGN,
        version=version,
        note=note,
        changes=changes,
    )


def claim_reopen(*, claim_id: int, actor, reason: str, version: int | None = None) -> Claim:
    """An editor reopens an approved claim for a correction; the old verdict is kept."""
    if not (reason or "").strip():
        raise ValidationFailed(
            "Say why the verdict is being corrected.",
            field_errors={"reason": ["A correction needs a reason."]},
        )

    def changes(claim: Claim, now) -> dict:
        return {
            "assignee": actor,
            "taken_at": now,
            "lease_expires_at": lease_until(now),
            "approved_by": None,
            "approved_at": None,
        }

    def after(claim: Claim, now) -> None:
        Correction.objects.create(
            claim=claim,
            old_verdict=claim.verdict,
            reason=reason.strip(),
            opened_by=actor,
            opened_at=now,
        )
        fact_check_sync_claim(claim)  # not offered as checked while corrected

    return _act(
        claim_id=claim_id,
        actor=actor,
        action=Action.REOPEN,
        version=version,
        note=reason.strip(),
        changes=changes,
        after=after,
    )


def users_who_review():
    """Accounts that can hold a claim (for reassignment menus)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[REVIEWER, EDITOR]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )
