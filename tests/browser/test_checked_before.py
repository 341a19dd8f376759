"""A reviewer opening a claim that repeats the desk's approved verdict sees it first, in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import FactCheck
from claims.services import matching
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_checked_before_card_ranks_the_approved_verdict_first(new_page, submitter, reviewer, editor):
    matching.reset_cache()
    first = services.article_submit(
        submitted_by=submitter,
        title="Budget",
        body="The mayor said the city council doubled parking fees in 2023. Residents complained.",
        url="https://example.com/fees",
    ).article
    claim = next(c for c in first.claims.all() if "parking" in c.text)
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="false", rationale="Fees rose 10%.", version=taken.version
    )
    services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    assert FactCheck.objects.get(claim=claim).rating_text == "False"

    repeat = services.article_submit(
        submitted_by=submitter,
        title="Fees again",
        body="A council member repeated that the city council doubled parking fees in 2023. Nobody objected.",
        url="https://example.com/fees-again",
    ).article
    again = next(c for c in repeat.claims.all() if "parking" in c.text)

    page = new_page()
    log_in(page, "reviewer")
    page.goto(f"/claims/{again.pk}/")
    card = page.locator("#checked-before")
    first_item = card.locator("li").first
    expect(first_item).to_contain_text("Likely the same claim")
    expect(first_item).to_contain_text("False")
    expect(first_item.get_by_role("link", name=f"this desk's claim #{claim.pk}")).to_be_visible()
    card.scroll_into_view_if_needed()
    screenshot(page, "checked-before-card")
