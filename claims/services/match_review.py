"""Checked before, used: a reviewer confirms or rejects the matcher's candidates, takes a
confirmed fact check's verdict as a draft, and asks the providers to run again.

Every judgement is a ClaimEvent, and is kept when the matcher re-runs (claim_match refreshes only
open candidates). The judgements are the evaluation data for re-tuning the threshold
(``match_judgements``; ``manage.py export_match_judgements``).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator

from claims.errors import Conflict
from claims.matching.verdicts import verdict_from_rating
from claims.models import Claim, ClaimEvent, MatchCandidate
from claims.permissions import corroboration_refusal
from claims.workflow import Event, Verdict


def match_judge(*, candidate_id: int, actor, same: bool, claim_id: int | None = None) -> MatchCandidate:
    """Mark a candidate "same claim" (confirmed) or "different claim" (rejected).

    The reviewer holding the claim or an editor may (the rule the claim page and the API ask:
    ``corroboration_refusal``). Judging again changes the judgement, with a new history event.
    """
    with transaction.atomic():
        candidate = (
            MatchCandidate.objects.select_for_update(of=("self",))
            .select_related("claim", "fact_check")
            .filter(pk=candidate_id)
            .first()
        )
        if candidate is None or (claim_id is not None and candidate.claim_id != claim_id):
            raise MatchCandidate.DoesNotExist("No such candidate.")
        refusal = corroboration_refusal(actor, candidate.claim)
        if refusal is not None:
            raise refusal
        state = MatchCandidate.State.CONFIRMED if same else MatchCandidate.State.REJECTED
        if candidate.state == state:
            return candidate  # the same click twice: nothing new for the history
        candidate.state = state
        candidate.judged_by = actor
        candidate.judged_at = timezone.now()
        candidate.save(update_fields=["state", "judged_by", "judged_at"])
        fc = candidate.fact_check
        who = fc.publisher_name or fc.get_source_display()
        rating = f" rated “{fc.rating_text}”" if fc.rating_text else ""
        ClaimEvent.objects.create(
            claim_id=candidate.claim_id,
            actor=actor,
            action=Event.MATCH_CONFIRMED if same else Event.MATCH_REJECTED,
            from_status=candidate.claim.status,
            to_status=candidate.claim.status,
            note=f"{who}{rating}: “{Truncator(fc.claim_text).chars(120)}”" + (f" {fc.url}" if fc.url else ""),
        )
    return candidate


def match_verdict_draft(candidate: MatchCandidate) -> dict[str, str]:
    """The verdict form's draft from a confirmed fact check: a verdict mapped from its rating
    ("" when the rating is not clear) and a rationale citing it (publisher, rating, URL)."""
    fc = candidate.fact_check
    verdict = verdict_from_rating(fc.rating_text, fc.rating_value, fc.rating_best, fc.rating_worst) or ""
    if verdict and verdict not in Verdict.values:
        verdict = ""
    who = fc.publisher_name or fc.get_source_display()
    when = f" on {fc.reviewed_at:%-d %B %Y}" if fc.reviewed_at else ""
    rating = f" rated it “{fc.rating_text}”" if fc.rating_text else " checked it"
    quoted = Truncator(fc.claim_text.strip()).chars(300)
    end = "" if quoted.endswith((".", "!", "?", "…")) else "."
    rationale = f"This claim repeats one that {who}{rating}{when}: “{quoted}”{end}" + (
        f" Source: {fc.url}" if fc.url else ""
    )
    return {"verdict": verdict, "rationale": rationale}


def confirmed_candidate(*, claim_id: int, candidate_id: int) -> MatchCandidate | None:
    return (
        MatchCandidate.objects.select_related("fact_check")
        .filter(pk=candidate_id, claim_id=claim_id, state=MatchCandidate.State.CONFIRMED)
        .first()
    )


def corroboration_rerun(*, claim_id: int, actor) -> Claim:
    """Run the providers on the claim again (its reviewer or an editor). Results of earlier runs
    stay (drafts are keyed), judged candidates keep their judgement. A run in progress: 409."""
    from .corroboration import corroboration_publish

    with transaction.atomic():
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if claim is None:
            raise Claim.DoesNotExist("No such claim.")
        refusal = corroboration_refusal(actor, claim)
        if refusal is not None:
            raise refusal
        if claim.corroboration_state == Claim.CorroborationState.RUNNING:
            raise Conflict("The providers are running on this claim now; wait for them to finish.")
        claim.corroboration_state = Claim.CorroborationState.PENDING
        claim.corroboration_requested_at = timezone.now()
        claim.corroboration_attempts = 0
        claim.corroboration_error = ""
        claim.save(
            update_fields=[
                "corroboration_state",
                "corroboration_requested_at",
                "corroboration_attempts",
                "corroboration_error",
            ]
        )
        ClaimEvent.objects.create(
            claim_id=claim.pk,
            actor=actor,
            action=Event.CORROBORATION_RERUN,
            from_status=claim.status,
            to_status=claim.status,
        )
        transaction.on_commit(lambda: corroboration_publish(claim_ids=[claim_id]))
    return claim
