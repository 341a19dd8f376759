"""A reviewer confirms an earlier fact check, uses its verdict, and submits it, in Chromium."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Claim, FactCheck, MatchCandidate
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _shot(page, name: str) -> None:
    path = screenshot(page, f"matchpanel-{name}")
    shutil.copy(path, f"/tmp/matchpanel-{name}.png")  # for the closing note


def test_confirm_a_match_and_use_its_verdict(new_page, submitter, reviewer):
    article = services.article_submit(
        submitted_by=submitter,
        title="Parking",
        body="The mayor said the city council doubled parking fees in 2023. Residents complained.",
        url="https://example.com/fees",
        publisher="Example News",
    ).article
    claim = next(c for c in article.claims.all() if "parking" in c.text)
    fc = FactCheck.objects.create(
        key="import:browser-1",
        claim_text="The city council doubled parking fees in 2023.",
        claimant="The mayor",
        rating_text="Mostly False",
        url="https://factcheck.example/parking-fees",
        title="No, parking fees did not double",
        publisher_name="Example Checks",
        reviewed_at=date(2024, 2, 10),
    )
    MatchCandidate.objects.filter(claim=claim).delete()
    candidate = MatchCandidate.objects.create(
        claim=claim, fact_check=fc, rank=1, score=0.93, cosine=0.91, tier="same"
    )
    services.claim_take(claim_id=claim.pk, actor=reviewer)

    page = new_page()
    log_in(page, "reviewer")
    page.goto("/?likely_match=true")
    expect(page.locator(".likely-match")).to_have_count(1)
    page.goto(f"/claims/{claim.pk}/")
    item = page.locator(f"#match-{candidate.pk}")
    expect(item).to_contain_text("Likely the same claim")
    expect(item).to_contain_text("Mostly False")
    expect(item).to_contain_text("Example Checks")
    expect(page.locator("#provider-runs")).to_contain_text("Checks:")
    _shot(page, "before")

    item.get_by_role("button", name="Same claim").click()
    item = page.locator(f"#match-{candidate.pk}")
    expect(item).to_contain_text("Same claim ✓")
    item.get_by_role("link", name="Use this verdict").click()
    expect(page.locator("#id_verdict")).to_have_value("mostly_false")
    rationale = page.locator("#id_rationale")
    expect(rationale).to_contain_text("Example Checks")
    expect(rationale).to_contain_text("https://factcheck.example/parking-fees")
    _shot(page, "verdict-filled")
    rationale.fill(rationale.input_value() + " The council's own budget shows a 10% rise.")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#history")).to_contain_text("confirmed a prior fact check")
    fresh = Claim.objects.get(pk=claim.pk)
    assert fresh.status == "reviewed" and fresh.verdict == "mostly_false"
    assert "factcheck.example/parking-fees" in fresh.rationale and "10% rise" in fresh.rationale
    _shot(page, "submitted")
