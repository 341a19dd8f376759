"""Reads for "Checked before?": a claim's candidates, the library's size, the providers' runs."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from claims.models import Claim, FactCheck, MatchCandidate, ProviderRun


def claim_match_candidates(*, claim_id: int, include_rejected: bool = True) -> list[MatchCandidate]:
    """Candidates best first, each with its fact check (one query): confirmed first, rejected
    last (the page greys them)."""
    qs = MatchCandidate.objects.filter(claim_id=claim_id, fact_check__active=True).select_related(
        "fact_check", "judged_by"
    )
    if not include_rejected:
        qs = qs.exclude(state=MatchCandidate.State.REJECTED)
    State = MatchCandidate.State
    order = {State.CONFIRMED: 0, State.OPEN: 1, State.REJECTED: 2}
    return sorted(qs.order_by("rank", "id"), key=lambda m: order.get(m.state, 1))


def likely_match_exists() -> Exists:
    """A claim has a likely match: a "same" tier candidate nobody rejected."""
    return Exists(
        MatchCandidate.objects.filter(
            claim=OuterRef("pk"), tier=MatchCandidate.Tier.SAME, fact_check__active=True
        ).exclude(state=MatchCandidate.State.REJECTED)
    )


def claim_provider_runs(*, claim_id: int) -> list[ProviderRun]:
    return list(ProviderRun.objects.filter(claim_id=claim_id).order_by("provider"))


def provider_summary(runs: list[ProviderRun]) -> str:
    """ "3 ran, 1 failed" (or "" before any run)."""
    counts: dict[str, int] = {}
    for run in runs:
        counts[run.state] = counts.get(run.state, 0) + 1
    states = ProviderRun.State
    return ", ".join(f"{counts[s]} {states(s).label.lower()}" for s in states.values if counts.get(s))


def evidence_desk_context(claim: Claim) -> dict:
    """What the claim page's "Checked before?" and corroboration cards show."""
    from claims.matching.verdicts import verdict_from_rating

    runs = claim_provider_runs(claim_id=claim.pk)
    items = list(claim.corroborations.all())
    candidates = claim_match_candidates(claim_id=claim.pk)
    for m in candidates:
        fc = m.fact_check
        m.suggested_verdict = verdict_from_rating(
            fc.rating_text, fc.rating_value, fc.rating_best, fc.rating_worst
        )
    return {
        "candidates": candidates,
        "provider_runs": runs,
        "provider_summary": provider_summary(runs),
        "checks_total": len(items),
        "checks_done": sum(1 for c in items if c.state == "done"),
    }


def match_judgements():
    """Judged candidates (confirmed = same claim, rejected = different), oldest first: the
    evaluation data for re-tuning the "same" threshold."""
    return (
        MatchCandidate.objects.filter(
            Q(state=MatchCandidate.State.CONFIRMED) | Q(state=MatchCandidate.State.REJECTED)
        )
        .select_related("claim__article", "claim__gone_with", "fact_check")
        .order_by("judged_at", "id")
    )


def library_size() -> int:
    return FactCheck.objects.filter(active=True).count()


def match_judgement_records():
    """One dict per judged candidate, in the shapes ``match_claims`` reads: the query (``id``,
    ``text``, ``speaker``, ``context``) and the fact check as a collection record (``vclaim_id``,
    ``vclaim``, ``title``), with ``label`` 1 (same claim) or 0 (different claim) and the score
    and tier the matcher gave. Streams (bounded memory)."""
    from claims.services.matching import CONTEXT_CHARS

    for m in match_judgements().iterator(chunk_size=500):
        claim, fc = m.claim, m.fact_check
        body = claim.offsets_text or ""
        context = body[max(0, claim.start - CONTEXT_CHARS) : claim.start] if claim.start <= len(body) else ""
        yield {
            "id": f"claim:{claim.pk}",
            "text": claim.text,
            "speaker": claim.speaker,
            "context": context,
            "vclaim_id": str(fc.pk),
            "vclaim": fc.claim_text,
            "title": fc.title,
            "url": fc.url,
            "label": 1 if m.state == MatchCandidate.State.CONFIRMED else 0,
            "score": m.score,
            "cosine": m.cosine,
            "tier": m.tier,
            "judged_at": m.judged_at.isoformat() if m.judged_at else None,
        }
