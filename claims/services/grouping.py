"""Same claim, many articles: group open claims that say the same thing.

When the worker handles a new claim (claims/services/corroboration.py, never the submit
request), ``claim_group_propose`` ranks the earlier open claims of other articles with the
"Checked before?" matcher itself (claims/matching: BM25 + the int8 MiniLM encoder + z-score
fusion) and proposes the claim as a member of the best one's group when the matcher's own tier
says "likely the same claim". That tier is the threshold calibrated on the CheckThat! pairs
(tweet or debate sentence vs the verified claim it repeats; probability threshold chosen on the
train splits for a precision of 0.9, see claims/matching/ranker.py), plus the near-verbatim rule
(cosine >= 0.9) that holds in a library of any size: among a few open claims, the z-scored
features are small, so in practice only close rewordings and wire copies are proposed.

A reviewer holding the lead (or an editor) confirms or rejects each member. A verdict given to
the lead is applied to each confirmed, still open member through the review service (take, then
give the verdict: each member gets its own ClaimEvents). A member held by someone else is never
taken from them: it is skipped with the reason and stays in the group; the verdict can be applied
again once they release it (``claim_group_apply_verdict``).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.errors import Conflict, NotAllowed, ServiceError
from claims.matching.ranker import SAME, FactCheckDoc, Matcher, Query
from claims.models import Claim, ClaimEvent, ClaimGroupMember
from claims.permissions import display_name, group_refusal, holds
from claims.workflow import OPEN_STATUS_LIST, Event, Status

from .review import claim_give_verdict, claim_take

log = logging.getLogger(__name__)
State = ClaimGroupMember.State
LIVE_STATES = (State.PROPOSED, State.CONFIRMED)

# Sentence vectors of open claims, per process: (claim id, text) -> vector. Claim texts do not
# change, so an entry is valid until the process ends; bounded by FACTCHECK_GROUPING_WINDOW * 2.
_vectors: dict[tuple[int, str], np.ndarray] = {}
_vectors_lock = threading.Lock()


def _claim_vectors(claims: list[tuple[int, str]]) -> np.ndarray:
    """The sentence vectors of (claim id, text) pairs, encoding only those not cached."""
    from .matching import get_embedder

    embedder = get_embedder()
    missing = [c for c in claims if c not in _vectors]
    if missing:
        encoded = embedder.encode([text for _pk, text in missing])
        with _vectors_lock:
            if len(_vectors) > 2 * settings.FACTCHECK_GROUPING_WINDOW:
                _vectors.clear()
            for c, v in zip(missing, encoded, strict=True):
                _vectors[c] = v
    out = np.zeros((len(claims), embedder.dim), dtype=np.float32)
    for i, c in enumerate(claims):
        vector = _vectors.get(c)
        out[i] = vector if vector is not None else embedder.encode([c[1]])[0]
    return out


# The matcher of the last window, per process: the claims of one article share their window
# (the open claims of other articles before them), so it is built once per article, not once per
# claim (building it reads and indexes up to FACTCHECK_GROUPING_WINDOW texts). A claim's text
# never changes, so the window's ids are its key.
_last_window: tuple[tuple[int, ...], Matcher] | None = None


def _window_matcher(ids: tuple[int, ...]) -> Matcher:
    global _last_window
    from .matching import get_embedder

    cached = _last_window
    if cached is not None and cached[0] == ids:
        return cached[1]
    found = {
        pk: (text, speaker)
        for pk, text, speaker in Claim.objects.filter(pk__in=ids).values_list("id", "text", "speaker")
    }
    rows = [(pk, *found[pk]) for pk in ids if pk in found]
    docs = [FactCheckDoc(id=str(pk), claim=text, speaker=speaker) for pk, text, speaker in rows]
    vectors = _claim_vectors([(pk, text) for pk, text, _speaker in rows])
    matcher = Matcher(docs, embedder=get_embedder(), vectors=vectors)
    _last_window = (ids, matcher)
    return matcher


def _live_lead(claim_id: int) -> int | None:
    """The lead of the live group ``claim_id`` is a member of, if any."""
    return (
        ClaimGroupMember.objects.filter(member_id=claim_id, state__in=LIVE_STATES)
        .values_list("lead_id", flat=True)
        .first()
    )


def claim_group_propose(*, claim_id: int) -> ClaimGroupMember | None:
    """Propose ``claim_id`` as a member of the group of an earlier open claim saying the same
    thing (idempotent: a claim already in a group, or a lead, is left alone). Returns the
    membership, or None when nothing is the same claim."""

    claim = Claim.objects.filter(pk=claim_id).only("id", "text", "speaker", "status", "article_id").first()
    if claim is None or claim.status not in OPEN_STATUS_LIST or not claim.text.strip():
        return None
    existing = ClaimGroupMember.objects.filter(member_id=claim_id, state__in=LIVE_STATES).first()
    if existing is not None or ClaimGroupMember.objects.filter(lead_id=claim_id).exists():
        return existing
    # Earlier open claims of other articles, newest first: a repeat is usually recent.
    ids = tuple(
        Claim.objects.filter(status__in=OPEN_STATUS_LIST, pk__lt=claim_id)
        .exclude(article_id=claim.article_id)
        .exclude(pk__in=ClaimGroupMember.objects.filter(member_id=claim_id).values("lead_id"))
        .order_by("-id")
        .values_list("id", flat=True)[: settings.FACTCHECK_GROUPING_WINDOW]
    )
    if not ids:
        return None
    matcher = _window_matcher(ids)
    same = [m for m in matcher.rank(Query(id=str(claim_id), text=claim.text, speaker=claim.speaker), 3)]
    same = [m for m in same if m.tier == SAME]
    if not same:
        return None
    best = same[0]
    lead_id = _live_lead(int(best.id)) or int(best.id)
    if lead_id == claim_id:
        return None
    try:
        with transaction.atomic():
            return ClaimGroupMember.objects.create(
                lead_id=lead_id, member_id=claim_id, state=State.PROPOSED, cosine=best.cosine
            )
    except IntegrityError:  # another run proposed it meanwhile
        return ClaimGroupMember.objects.filter(member_id=claim_id, state__in=LIVE_STATES).first()


def claim_group_decide(*, lead_id: int, member_id: int, actor, confirm: bool) -> ClaimGroupMember:
    """Confirm or reject ``member_id`` in the group of ``lead_id`` (its holder, or an editor)."""
    with transaction.atomic():
        lead = Claim.objects.select_for_update().filter(pk=lead_id).first()
        if lead is None:
            raise Claim.DoesNotExist(f"No claim {lead_id}.")
        refusal = group_refusal(actor, lead)
        if refusal is not None:
            raise refusal
        membership = (
            ClaimGroupMember.objects.select_for_update().filter(lead_id=lead_id, member_id=member_id).first()
        )
        if membership is None:
            raise ClaimGroupMember.DoesNotExist(f"Claim {member_id} is not in the group of claim {lead_id}.")
        membership.state = State.CONFIRMED if confirm else State.REJECTED
        membership.decided_by, membership.decided_at = actor, timezone.now()
        try:
            with transaction.atomic():
                membership.save(update_fields=["state", "decided_by", "decided_at"])
        except IntegrityError as exc:
            raise Conflict(f"Claim {member_id} is already in another group; reject it there first.") from exc
        # In both claims' history: the member's and its lead's.
        member = Claim.objects.only("id", "status").get(pk=member_id)
        action = Event.GROUP_CONFIRMED if confirm else Event.GROUP_REJECTED
        verb = "The same claim as" if confirm else "Not the same claim as"
        ClaimEvent.objects.bulk_create(
            ClaimEvent(
                claim_id=claim.pk,
                actor=actor,
                action=action,
                from_status=claim.status,
                to_status=claim.status,
                note=f"{verb} claim #{other}.",
                at=membership.decided_at,
            )
            for claim, other in ((member, lead_id), (lead, member_id))
        )
    return membership


@dataclass
class GroupVerdict:
    lead: Claim
    applied: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def claim_group_apply_verdict(*, lead_id: int, actor) -> GroupVerdict:
    """Give the lead's verdict to each confirmed, still open member, through the review service:
    the member is taken (unless the actor holds it) and given the verdict, so it gets its own
    history. A member someone else holds (an active lease) is skipped with the reason, never
    taken from them; so is one that has a verdict already."""
    lead = Claim.objects.filter(pk=lead_id).first()
    if lead is None:
        raise Claim.DoesNotExist(f"No claim {lead_id}.")
    if not lead.verdict or lead.status not in (Status.REVIEWED, Status.APPROVED):
        raise Conflict("Give the lead claim a verdict first.")
    if lead.reviewed_by_id != actor.pk and group_refusal(actor, lead, need_hold=False) is not None:
        raise NotAllowed("Only the lead's reviewer or an editor applies its verdict to the group.")
    result = GroupVerdict(lead=lead)
    members = (
        ClaimGroupMember.objects.filter(lead_id=lead_id, state=State.CONFIRMED)
        .select_related("member", "member__assignee")
        .order_by("member_id")
    )
    now = timezone.now()
    for membership in members:
        member = membership.member
        if member.status not in (Status.NEW, Status.IN_REVIEW):
            result.skipped[member.pk] = f"It is {Status(member.status).label.lower()} already."
            continue
        if member.status == Status.IN_REVIEW and member.lease_active_at(now) and not holds(actor, member):
            result.skipped[member.pk] = f"Held by {display_name(member.assignee)}: left to them."
            continue
        try:
            if not holds(actor, member):
                member = claim_take(
                    claim_id=member.pk,
                    actor=actor,
                    note=f"Taken to give it the verdict of claim #{lead_id} (same claim, group confirmed).",
                )
            claim_give_verdict(
                claim_id=member.pk, actor=actor, verdict=lead.verdict, rationale=lead.rationale, version=None
            )
        except ServiceError as exc:
            result.skipped[member.pk] = exc.message
            continue
        result.applied.append(member.pk)
    return result


def claim_group_give_verdict(
    *, lead_id: int, actor, verdict: str, rationale: str, version: int | None, apply_to_members: bool = True
) -> GroupVerdict:
    """The holder gives the lead its verdict and, if asked, applies it to the confirmed members."""
    lead = claim_give_verdict(
        claim_id=lead_id, actor=actor, verdict=verdict, rationale=rationale, version=version
    )
    if not apply_to_members:
        return GroupVerdict(lead=lead)
    return claim_group_apply_verdict(lead_id=lead_id, actor=actor)
