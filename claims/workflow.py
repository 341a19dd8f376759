"""The claim workflow: statuses, verdicts and the allowed transitions.

This module is the one definition of the review process. The UI, the API, the admin and the
ClaimReview export all read it; nothing else lists statuses, verdicts or transitions.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models


class Status(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    REVIEWED = "reviewed", "Reviewed"
    APPROVED = "approved", "Approved"
    DISMISSED = "dismissed", "Dismissed"


class Verdict(models.TextChoices):
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    HALF_TRUE = "half_true", "Half true"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


# ClaimReview numeric scale: 5 (best, true) … 1 (worst, false). Verdicts absent here are
# published with their textual rating only.
VERDICT_RATING: dict[str, int] = {
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.HALF_TRUE: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
}
BEST_RATING = 5
WORST_RATING = 1


class Action(models.TextChoices):
    TAKE = "take", "Take"
    RELEASE = "release", "Release"
    REVIEW = "review", "Give verdict"
    APPROVE = "approve", "Approve"
    SEND_BACK = "send_back", "Send back"
    DISMISS = "dismiss", "Dismiss"
    RESTORE = "restore", "Restore"
    REOPEN = "reopen", "Reopen (correction)"
    REASSIGN = "reassign", "Reassign"


class DismissReason(models.TextChoices):
    """Why a claim is dismissed: the common reasons a desk gives (free text may add to them)."""

    OPINION = "opinion", "Opinion, not checkable"
    NOT_A_CLAIM = "not_a_claim", "Not a claim"
    DUPLICATE = "duplicate", "Duplicate of another claim"
    OUT_OF_SCOPE = "out_of_scope", "Out of scope"
    OTHER = "other", "Other (say why)"


# Actions that are not status transitions but still write history.
class Event(models.TextChoices):
    CREATED = "created", "Created"
    CORROBORATED = "corroborated", "Corroboration attached"
    CORROBORATION_FAILED = "corroboration_failed", "Corroboration failed"
    LEASE_RENEWED = "lease_renewed", "Lease renewed"
    MATCH_CONFIRMED = "match_confirmed", "Confirmed a prior fact check (same claim)"
    MATCH_REJECTED = "match_rejected", "Rejected a prior fact check (different claim)"
    CORROBORATION_RERUN = "corroboration_rerun", "Asked the providers to run again"
    GROUP_CONFIRMED = "group_confirmed", "Confirmed the same claim in another article"
    GROUP_REJECTED = "group_rejected", "Took a claim out of a group (not the same claim)"
    TEXT_MOVED = "text_moved", "Moved in the article's new text"
    TEXT_GONE = "text_gone", "No longer in the article's text"
    TEXT_BACK = "text_back", "Back in the article's text"
    EVIDENCE_ADDED = "evidence_added", "Added evidence"
    EVIDENCE_CHANGED = "evidence_changed", "Changed evidence"
    EVIDENCE_REMOVED = "evidence_removed", "Removed evidence"
    EVIDENCE_SNAPSHOT = "evidence_snapshot", "Kept a copy of an evidence link"
    EVIDENCE_SNAPSHOT_FAILED = "evidence_snapshot_failed", "Could not keep a copy of an evidence link"


EVENT_CHOICES = list(Action.choices) + list(Event.choices)


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str]
    target: str


TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition(Action.TAKE, frozenset({Status.NEW}), Status.IN_REVIEW),
        Transition(Action.RELEASE, frozenset({Status.IN_REVIEW}), Status.NEW),
        Transition(Action.REVIEW, frozenset({Status.IN_REVIEW}), Status.REVIEWED),
        Transition(Action.APPROVE, frozenset({Status.REVIEWED}), Status.APPROVED),
        Transition(Action.SEND_BACK, frozenset({Status.REVIEWED}), Status.IN_REVIEW),
        Transition(Action.DISMISS, frozenset({Status.NEW, Status.IN_REVIEW}), Status.DISMISSED),
        Transition(Action.RESTORE, frozenset({Status.DISMISSED}), Status.NEW),
        Transition(Action.REOPEN, frozenset({Status.APPROVED}), Status.IN_REVIEW),
        Transition(Action.REASSIGN, frozenset({Status.NEW, Status.IN_REVIEW}), Status.IN_REVIEW),
    )
}

# Statuses a claim can still be worked on in; the rest are terminal for the queue.
OPEN_STATUSES = frozenset({Status.NEW, Status.IN_REVIEW, Status.REVIEWED})
# The same, in the order the queue's filters show them.
OPEN_STATUS_LIST = [s for s in Status.values if s in OPEN_STATUSES]
# Waiting for a verdict (the dashboard's "oldest waiting claim"; indexed as claim_waiting_idx).
WAITING_STATUS_LIST = [Status.NEW.value, Status.IN_REVIEW.value]
DONE_STATUSES = frozenset({Status.APPROVED, Status.DISMISSED})


class TransitionError(Exception):
    """The action is not allowed from the claim's current status."""


def transition_for(action: str, status: str) -> Transition:
    """Return the transition for ``action`` from ``status`` or raise TransitionError."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise TransitionError(f"Unknown action “{action}”.")
    if status not in transition.sources:
        allowed = ", ".join(Status(s).label.lower() for s in sorted(transition.sources))
        raise TransitionError(
            f"Cannot {Action(action).label.lower()} a claim that is "
            f"{Status(status).label.lower()}; only from: {allowed}."
        )
    return transition


def available_actions(status: str) -> list[str]:
    """Actions whose source statuses include ``status`` (permissions not considered)."""
    return [a for a, t in TRANSITIONS.items() if status in t.sources]
