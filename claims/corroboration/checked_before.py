"""Checked before?: the fact checks (the desk's own verdicts and imported ones) that the claim
may repeat. Candidates are stored with their own rows (``MatchCandidate``, shown in the claim
page's "Checked before?" card); each one likely to be the same claim also becomes an open
corroboration item, so the reviewer reads the earlier verdict before writing a new one."""

from __future__ import annotations

from .base import ClaimContext, Draft, Drafts, Provider, TransientProviderError


class CheckedBefore(Provider):
    name = "checked_before"
    label = "Checked before?"

    def corroborate(self, claim: ClaimContext) -> Drafts:
        from claims.matching.google import GoogleTransient
        from claims.services.matching import claim_match

        try:
            candidates = claim_match(claim_id=claim.claim_id)
        except GoogleTransient as exc:  # retried by the task, then by the sweeper
            raise TransientProviderError(str(exc)) from exc
        drafts = []
        for candidate in candidates:
            if candidate.tier != candidate.Tier.SAME:
                continue
            fc = candidate.fact_check
            rating = f" rated “{fc.rating_text}”" if fc.rating_text else ""
            who = fc.publisher_name or fc.get_source_display()
            when = f" on {fc.reviewed_at.isoformat()}" if fc.reviewed_at else ""
            drafts.append(
                Draft(
                    key=f"fact_check:{fc.pk}",
                    kind="checked_before",
                    source_name=who[:300],
                    url=fc.url if fc.url.startswith(("http://", "https://")) else "",
                    excerpt=f"Likely checked before: “{fc.claim_text[:300]}”{rating} by {who}{when}. "
                    "Compare it with this claim before giving a verdict.",
                )
            )
        return Drafts(drafts, found=len(candidates))
