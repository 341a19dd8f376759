"""Reads for "Checked before?": a claim's candidates, the library's size."""

from __future__ import annotations

from claims.models import FactCheck, MatchCandidate


def claim_match_candidates(*, claim_id: int) -> list[MatchCandidate]:
    """Candidates best first, each with its fact check (one query)."""
    return list(
        MatchCandidate.objects.filter(claim_id=claim_id, fact_check__active=True)
        .select_related("fact_check")
        .order_by("rank", "id")
    )


def library_size() -> int:
    return FactCheck.objects.filter(active=True).count()
