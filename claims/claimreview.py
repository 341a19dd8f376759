"""schema.org ClaimReview JSON-LD for approved claims."""

from __future__ import annotations

from django.conf import settings

from .models import Claim
from .workflow import BEST_RATING, VERDICT_RATING, WORST_RATING, Status, Verdict


class NotPublishable(Exception):
    pass


def claim_review(claim: Claim) -> dict:
    """The ClaimReview of an approved claim (raises NotPublishable for any other)."""
    if claim.status != Status.APPROVED or not claim.verdict:
        raise NotPublishable("Only approved claims with a verdict are published.")
    article = claim.article
    organization = {
        "@type": "Organization",
        "name": settings.FACTCHECK_ORGANIZATION_NAME,
        "url": settings.FACTCHECK_ORGANIZATION_URL,
    }
    rating: dict = {
        "@type": "Rating",
        "alternateName": Verdict(claim.verdict).label,
    }
    value = VERDICT_RATING.get(claim.verdict)
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    item: dict = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {
            "@type": "Person" if _looks_personal(claim) else "Organization",
            "name": claim.speaker,
        }
    elif article.publisher:
        item["author"] = {"@type": "Organization", "name": article.publisher}
    appearance: dict = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": article.publisher}
    item["appearance"] = appearance
    if article.published_at:
        item["datePublished"] = article.published_at.date().isoformat()
        appearance["datePublished"] = article.published_at.date().isoformat()
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{settings.FACTCHECK_PUBLIC_URL}{claim.pk}",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": organization,
        "reviewRating": rating,
        "datePublished": (claim.approved_at or claim.updated_at).date().isoformat(),
        "reviewBody": claim.rationale,
    }
    if claim.corrected_at:
        review["dateModified"] = claim.corrected_at.isoformat()
    return review


_ORG_WORDS = (
    "ministry",
    "news",
    "agency",
    "government",
    "office",
    "department",
    "reuters",
    "council",
    "party",
    "police",
    "army",
    "committee",
    "times",
    "post",
)


def _looks_personal(claim: Claim) -> bool:
    """Person or organisation: the extraction's own reading of the speaker's name in the claim
    (a person or org signal) first; failing that, words that name institutions."""
    names = {claim.speaker, *(claim.speaker_aliases or ())}
    for signal in claim.signals or ():
        if signal.get("kind") in ("person", "org") and signal.get("text") in names:
            return signal["kind"] == "person"
    lowered = claim.speaker.lower()
    return not any(word in lowered for word in _ORG_WORDS)
