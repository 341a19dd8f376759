"""schema.org ClaimReview JSON-LD for approved claims, and the check of what Google's fact-check
markup requires of one (``google_problems``).

A review cites the claim's evidence links and confirmed earlier fact checks (``citation``) and
names every article the claim appears in (``itemReviewed.appearance``: its own, and those of the
claims confirmed as the same claim in its group), the earliest dated one as ``firstAppearance``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings

from .models import Claim, ClaimGroupMember, Evidence, MatchCandidate
from .workflow import BEST_RATING, VERDICT_RATING, WORST_RATING, Status, Verdict


class Appearance(NamedTuple):
    """An article a claim appears in."""

    article_id: int
    title: str
    url: str
    publisher: str
    published_at: dt.datetime | None

    def work(self) -> dict:
        """The article as a schema.org CreativeWork."""
        work: dict = {"@type": "CreativeWork", "headline": self.title}
        if self.url:
            work["url"] = self.url
        if self.publisher:
            work["publisher"] = {"@type": "Organization", "name": self.publisher}
        if self.published_at:
            work["datePublished"] = self.published_at.date().isoformat()
        return work


@dataclass
class ReviewLinks:
    """What a review links to beyond its claim's row: read for many claims at once."""

    citations: list[dict] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)  # its own article first


def _http(url: str) -> bool:
    return urlsplit(url or "").scheme in ("http", "https")


def review_links(claim_ids: list[int]) -> dict[int, ReviewLinks]:
    """The citations and appearances of each claim in ``claim_ids``, in four queries."""
    links = {pk: ReviewLinks() for pk in claim_ids}
    if not claim_ids:
        return links
    confirmed = ClaimGroupMember.State.CONFIRMED
    lead_of = dict(
        ClaimGroupMember.objects.filter(member_id__in=claim_ids, state=confirmed).values_list(
            "member_id", "lead_id"
        )
    )
    leads = {lead_of.get(pk, pk) for pk in claim_ids}
    groups: dict[int, set[int]] = defaultdict(set)
    for lead, member in ClaimGroupMember.objects.filter(lead_id__in=leads, state=confirmed).values_list(
        "lead_id", "member_id"
    ):
        groups[lead].add(member)
    related = {pk: {lead_of.get(pk, pk)} | groups[lead_of.get(pk, pk)] for pk in claim_ids}
    everyone = set().union(*related.values())
    article_of = {
        row[0]: Appearance(*row[1:])
        for row in Claim.objects.filter(pk__in=everyone).values_list(
            "pk",
            "article_id",
            "article__title",
            "article__url",
            "article__publisher",
            "article__published_at",
        )
    }
    for pk in claim_ids:
        seen, found = set(), []
        for other in [pk, *sorted(related[pk] - {pk})]:
            appearance = article_of.get(other)
            if appearance is not None and appearance.article_id not in seen:
                seen.add(appearance.article_id)
                found.append(appearance)
        links[pk].appearances = found
    cited: dict[int, set[str]] = defaultdict(set)

    def cite(pk: int, url: str, name: str) -> None:
        if _http(url) and url not in cited[pk]:
            cited[pk].add(url)
            work = {"@type": "CreativeWork", "url": url}
            if name:
                work["name"] = name
            links[pk].citations.append(work)

    for pk, url, title in (
        Evidence.objects.filter(claim_id__in=claim_ids, removed_at__isnull=True)
        .exclude(url="")
        .order_by("created_at", "id")
        .values_list("claim_id", "url", "snapshot_title")
    ):
        cite(pk, url, title)
    for pk, url, title in (
        MatchCandidate.objects.filter(claim_id__in=claim_ids, state=MatchCandidate.State.CONFIRMED)
        .order_by("judged_at", "id")
        .values_list("claim_id", "fact_check__url", "fact_check__title")
    ):
        cite(pk, url, title)
    return links


class NotPublishable(Exception):
    pass


def claim_review(claim: Claim, links: ReviewLinks | None = None) -> dict:
    """The ClaimReview of an approved claim (raises NotPublishable for any other). ``links``
    (from :func:`review_links`) saves its queries when many claims are written at once."""
    if claim.status != Status.APPROVED or not claim.verdict:
        raise NotPublishable("Only approved claims with a verdict are published.")
    if links is None:
        links = review_links([claim.pk])[claim.pk]
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
    appearances = links.appearances or [
        Appearance(article.pk, article.title, article.url, article.publisher, article.published_at)
    ]
    item["appearance"] = [a.work() for a in appearances]
    dated = sorted((a for a in appearances if a.published_at), key=lambda a: a.published_at)
    if dated:
        item["datePublished"] = dated[0].published_at.date().isoformat()
        if dated[0].url:
            item["firstAppearance"] = dated[0].work()
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
    if links.citations:
        review["citation"] = links.citations
    if claim.corrected_at:
        review["dateModified"] = claim.corrected_at.isoformat()
    return review


def google_problems(review: dict) -> list[str]:
    """What keeps ``review`` from being valid fact-check markup for Google (its required fields,
    and the shape of the recommended ones), in words; empty when nothing does."""
    problems: list[str] = []
    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context must be https://schema.org")
    if review.get("@type") != "ClaimReview":
        problems.append("@type must be ClaimReview")
    if not _text(review.get("claimReviewed")):
        problems.append("claimReviewed (required) is missing or empty")
    if not (_text(review.get("url")) and _http(review["url"])):
        problems.append("url (required) must be the absolute http(s) address of the fact check")
    rating = review.get("reviewRating")
    if not isinstance(rating, dict):
        problems.append("reviewRating (required) is missing")
    else:
        if rating.get("@type") != "Rating":
            problems.append("reviewRating.@type must be Rating")
        if not _text(rating.get("alternateName")):
            problems.append("reviewRating.alternateName (required) is missing or empty")
        if "ratingValue" in rating:
            numbers = [rating.get(k) for k in ("ratingValue", "bestRating", "worstRating")]
            if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
                problems.append("reviewRating: ratingValue needs numeric bestRating and worstRating")
            elif not numbers[2] <= numbers[0] <= numbers[1]:
                problems.append("reviewRating.ratingValue must lie between worstRating and bestRating")
    author = review.get("author")
    if author is not None and not _named(author, ("Organization", "Person")):
        problems.append("author must be an Organization or Person with a name")
    if "datePublished" in review and not _date(review["datePublished"]):
        problems.append("datePublished must be an ISO 8601 date")
    item = review.get("itemReviewed")
    if item is not None:
        if not isinstance(item, dict) or item.get("@type") != "Claim":
            problems.append("itemReviewed must be a Claim")
        else:
            if "author" in item and not _named(item["author"], ("Organization", "Person")):
                problems.append("itemReviewed.author must be an Organization or Person with a name")
            for key in ("appearance", "firstAppearance"):
                works = item.get(key, [])
                for work in works if isinstance(works, list) else [works]:
                    if not (isinstance(work, dict) and work.get("@type") == "CreativeWork"):
                        problems.append(f"itemReviewed.{key} must be CreativeWork objects")
                    elif "url" in work and not _http(work["url"]):
                        problems.append(f"itemReviewed.{key}.url must be an http(s) address")
            first = item.get("firstAppearance")
            if isinstance(first, dict) and "url" not in first:
                problems.append("itemReviewed.firstAppearance needs the url of the work")
            if "datePublished" in item and not _date(item["datePublished"]):
                problems.append("itemReviewed.datePublished must be an ISO 8601 date")
    for work in review.get("citation", []):
        if not (isinstance(work, dict) and _http(work.get("url", ""))):
            problems.append("each citation must be a CreativeWork with an http(s) url")
    return problems


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _named(value, types: tuple[str, ...]) -> bool:
    return isinstance(value, dict) and value.get("@type") in types and _text(value.get("name"))


def _date(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


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
