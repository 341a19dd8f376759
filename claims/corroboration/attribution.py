"""Attribution leads: who made the claim and where it appeared, to verify with that source."""

from __future__ import annotations

import re

from .base import ClaimContext, Draft, Provider

_VENUE = re.compile(r"\b(?:on|in|via|to)\s+((?:[A-Z][\w.&'-]*\s?){1,4})")


def _venue(attribution: str) -> str:
    match = _VENUE.search(attribution or "")
    return match.group(1).strip() if match else ""


class AttributionLeads(Provider):
    name = "attribution"
    label = "Attribution lead"

    def corroborate(self, claim: ClaimContext) -> list[Draft]:
        publisher = claim.publisher or "the article"
        if claim.speaker:
            venue = _venue(claim.attribution)
            where = f"{claim.speaker} on {venue}" if venue else claim.speaker
            if claim.publisher and claim.publisher.lower() not in where.lower():
                where += f", via {claim.publisher}"
            aliases = [a for a in claim.speaker_aliases if a != claim.speaker]
            also = f" (also spelled {', '.join(aliases)})" if aliases else ""
            what = "the quoted words" if claim.is_quote else "the statement"
            excerpt = (
                f"Verify {what} with the source: {where}{also}. Find the original "
                f"({claim.attribution or 'attributed'}) and check it says this."
            )
            return [
                Draft(
                    key=f"speaker:{claim.speaker.casefold()}",
                    kind="source",
                    source_name=where,
                    excerpt=excerpt,
                    url=claim.article_url,
                )
            ]
        excerpt = (
            f"No source is named for this claim in {publisher}. Find who first said or "
            "published it, or confirm it independently."
        )
        return [
            Draft(
                key="unattributed",
                kind="source",
                source_name=claim.publisher,
                excerpt=excerpt,
                url=claim.article_url,
            )
        ]
