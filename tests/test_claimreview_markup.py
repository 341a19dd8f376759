"""The published ClaimReview: every export passes the check of what Google's fact-check markup
requires; it cites the evidence links and confirmed fact checks, and names every article the
claim appears in, the earliest as its first appearance. The check itself catches each fault."""

from __future__ import annotations

import copy
import io
import json
from datetime import UTC, date, datetime

import pytest

from claims import services
from claims.claimreview import claim_review, google_problems, review_links
from claims.models import Claim, ClaimGroupMember, FactCheck, MatchCandidate
from claims.services.evidence import Upload, evidence_add, evidence_remove

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%%EOF\n"


def approve(claim, reviewer, editor, verdict="false", before=None):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    if before:
        before(taken)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale="Checked.", version=taken.version
    )
    return services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)


def submit(submitter, body, url, published, title="Story"):
    return services.article_submit(
        submitted_by=submitter,
        title=title,
        body=body,
        url=url,
        publisher="Example News",
        published_at=published,
    ).article


def test_a_review_cites_its_evidence_and_confirmed_fact_checks_and_passes_googles_check(
    claim, reviewer, editor
):
    fc = FactCheck.objects.create(
        key="import:cr-1",
        claim_text=claim.text,
        rating_text="False",
        url="https://checks.example/one",
        title="An earlier check",
        publisher_name="Example Checks",
        reviewed_at=date(2024, 1, 2),
    )

    def gather(held):
        evidence_add(claim_id=held.pk, actor=reviewer, stance="contradicts", url="https://data.example/table")
        evidence_add(claim_id=held.pk, actor=reviewer, stance="context", url="https://data.example/notes")
        gone = evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", url="https://wrong.example/")
        evidence_remove(evidence_id=gone.pk, actor=reviewer)
        evidence_add(
            claim_id=held.pk,
            actor=reviewer,
            stance="supports",
            document=Upload("scan.pdf", len(PDF), io.BytesIO(PDF)),
        )
        candidate = MatchCandidate.objects.create(claim=held, fact_check=fc, rank=1, score=0.9, tier="same")
        services.match_judge(candidate_id=candidate.pk, claim_id=held.pk, actor=reviewer, same=True)

    approved = approve(claim, reviewer, editor, before=gather)
    review = claim_review(Claim.objects.select_related("article").get(pk=approved.pk))
    assert google_problems(review) == []
    # Links only (the uploaded scan is not public), removed evidence left out, fact check last.
    assert [c["url"] for c in review["citation"]] == [
        "https://data.example/table",
        "https://data.example/notes",
        "https://checks.example/one",
    ]
    assert review["citation"][2]["name"] == "An earlier check"
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://example.com/news/ceasefire"


def test_appearances_name_every_article_of_the_group_and_the_earliest_first(submitter, reviewer, editor):
    late = submit(
        submitter,
        "The minister said unemployment fell to 3.1% in March. Markets were calm.",
        "https://late.example/story",
        datetime(2024, 5, 2, 9, 0, tzinfo=UTC),
        title="Late story",
    )
    early = submit(
        submitter,
        "Unemployment fell to 3.1% in March, the minister said on Tuesday. Nothing else changed.",
        "https://early.example/story",
        datetime(2024, 4, 2, 9, 0, tzinfo=UTC),
        title="Early story",
    )
    lead = next(c for c in late.claims.all() if "3.1%" in c.text)
    member = next(c for c in early.claims.all() if "3.1%" in c.text)
    ClaimGroupMember.objects.create(lead=lead, member=member, state="confirmed")
    approve(lead, reviewer, editor)
    approve(member, reviewer, editor)
    for claim in (lead, member):
        review = claim_review(Claim.objects.select_related("article").get(pk=claim.pk))
        assert google_problems(review) == []
        item = review["itemReviewed"]
        urls = [a["url"] for a in item["appearance"]]
        assert urls[0] == claim.article.url and sorted(urls) == sorted([late.url, early.url])
        assert item["firstAppearance"]["url"] == "https://early.example/story"
        assert item["datePublished"] == "2024-04-02"
    # The same links read in bulk (the JSON-LD export) as one by one.
    bulk = review_links([lead.pk, member.pk])
    assert bulk[lead.pk].appearances == review_links([lead.pk])[lead.pk].appearances


def test_a_pasted_article_without_address_or_date_still_passes(submitter, reviewer, editor):
    article = services.article_submit(
        submitted_by=submitter,
        title="Pasted",
        body="The bridge cost 40 million euros in 2019. It opened late.",
    ).article
    claim = article.claims.order_by("-score").first()
    approve(claim, reviewer, editor)
    review = claim_review(Claim.objects.select_related("article").get(pk=claim.pk))
    assert google_problems(review) == []
    assert "firstAppearance" not in review["itemReviewed"] and "citation" not in review
    assert review["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "headline": "Pasted"}]


def test_the_jsonld_export_passes_googles_check_for_every_review(
    api, article, reviewer, editor, settings, tmp_path
):
    settings.FACTCHECK_EXPORT_DIR = tmp_path
    for claim in article.claims.order_by("position")[:3]:
        approve(claim, reviewer, editor)
    answer = api(reviewer).get("/api/exports/claims.jsonld", {"article": article.pk})
    reviews = json.loads(b"".join(answer.streaming_content) if answer.streaming else answer.content)
    assert len(reviews) == 3
    assert all(google_problems(r) == [] for r in reviews)


VALID = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://desk.example/claims/1",
    "claimReviewed": "Unemployment fell to 3.1%.",
    "author": {"@type": "Organization", "name": "Desk"},
    "reviewRating": {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    },
    "datePublished": "2024-05-01",
    "itemReviewed": {
        "@type": "Claim",
        "appearance": [{"@type": "CreativeWork", "url": "https://news.example/a"}],
        "firstAppearance": {"@type": "CreativeWork", "url": "https://news.example/a"},
    },
    "citation": [{"@type": "CreativeWork", "url": "https://data.example/t"}],
}


@pytest.mark.parametrize(
    "path, value, words",
    [
        (("claimReviewed",), "", "claimReviewed"),
        (("url",), "/claims/1", "url"),
        (("reviewRating", "alternateName"), " ", "alternateName"),
        (("reviewRating", "ratingValue"), 9, "between"),
        (("reviewRating", "bestRating"), "five", "numeric"),
        (("@context",), "https://example.org", "@context"),
        (("author",), {"@type": "Organization"}, "author"),
        (("datePublished",), "May 2024", "datePublished"),
        (("itemReviewed", "firstAppearance"), {"@type": "CreativeWork", "headline": "x"}, "firstAppearance"),
        (("itemReviewed", "appearance"), [{"url": "https://x.example"}], "appearance"),
        (("citation",), [{"@type": "CreativeWork", "url": "ftp://x"}], "citation"),
    ],
)
def test_the_check_catches_each_fault(path, value, words):
    assert google_problems(VALID) == []
    broken = copy.deepcopy(VALID)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = google_problems(broken)
    assert problems and any(words in p for p in problems), problems


def test_a_missing_required_field_is_named():
    for field in ("claimReviewed", "url", "reviewRating"):
        broken = {k: v for k, v in VALID.items() if k != field}
        assert any(field in p and "required" in p for p in google_problems(broken)), field
