"""The evidence desk end to end in Chromium: a reviewer confirms an earlier fact check, uses its
verdict, adds a link (its page is kept) and a document, and submits; an editor sees what the
approval would go without, approves anyway, and the ClaimReview cites the evidence."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Claim, Evidence, FactCheck, MatchCandidate
from tests.browser.conftest import log_in, screenshot
from tests.ingest.site import Route, Site
from tests.ingest.site import page as site_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"


def test_a_claim_checked_with_evidence_from_match_to_published_review(
    new_page, submitter, reviewer, editor, settings, tmp_path
):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    article = services.article_submit(
        submitted_by=submitter,
        title="Harbour",
        body="The mayor said the harbour budget doubled in 2023. Residents complained about the noise.",
        url="https://example.com/harbour",
        publisher="Example News",
    ).article
    claim = next(c for c in article.claims.all() if "harbour budget" in c.text)
    fc = FactCheck.objects.create(
        key="import:browser-evidence",
        claim_text="The harbour budget doubled in 2023.",
        claimant="The mayor",
        rating_text="False",
        url="https://factcheck.example/harbour-budget",
        title="No, the harbour budget did not double",
        publisher_name="Example Checks",
        reviewed_at=date(2024, 3, 1),
    )
    MatchCandidate.objects.filter(claim=claim).delete()
    candidate = MatchCandidate.objects.create(claim=claim, fact_check=fc, rank=1, score=0.94, tier="same")
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    document = tmp_path / "council-minutes.pdf"
    document.write_bytes(PDF)

    with Site() as site:
        site.routes["/budget"] = Route(body=site_page("harbour_budget.html"))
        desk = new_page()
        log_in(desk, "reviewer")
        desk.goto(f"/claims/{claim.pk}/")
        expect(desk.locator("#evidence")).to_contain_text("No evidence recorded yet")
        match = desk.locator(f"#match-{candidate.pk}")
        match.get_by_role("button", name="Same claim").click()
        desk.locator(f"#match-{candidate.pk}").get_by_role("link", name="Use this verdict").click()
        expect(desk.locator("#id_verdict")).to_have_value("false")

        # A link that contradicts the claim: the page is kept at once (in process here).
        desk.locator("#add-evidence > summary").click()
        form = desk.locator("#evidence-form")
        form.get_by_label("Contradicts the claim").check()
        form.get_by_label("Link").fill(site.url("/budget"))
        form.get_by_label("Excerpt").fill("The harbour budget rose by 4% in 2023.")
        form.get_by_label("Note").fill("The council's adopted budget, page 12.")
        form.get_by_role("button", name="Add evidence").click()
        expect(desk.locator("ul.messages")).to_contain_text("Evidence added.")
        group = desk.locator("#evidence")
        expect(group.locator("h3.stance-contradicts")).to_contain_text("Contradicts the claim (1)")
        expect(group).to_contain_text("copy kept")
        expect(group).to_contain_text("The harbour budget rose by 4% in 2023.")

        # A document giving context; a form without a link or file says what is missing.
        desk.locator("#add-evidence > summary").click()
        form = desk.locator("#evidence-form")
        form.get_by_label("Context").check()
        form.get_by_role("button", name="Add evidence").click()
        expect(desk.locator("#evidence-form")).to_contain_text("Give a link or upload a document")
        form = desk.locator("#evidence-form")
        form.get_by_label("Context").check()
        form.get_by_label("Document").set_input_files(str(document))
        form.get_by_role("button", name="Add evidence").click()
        expect(group.locator("h3.stance-context")).to_contain_text("Context (1)")
        expect(group.locator(".ev-document")).to_have_text("council-minutes.pdf")
        screenshot(desk, "evidence-claim-page")

        # The copy kept of the link reads on its own page.
        with desk.expect_navigation():
            group.get_by_role("link", name="view the copy").click()
        expect(desk.locator("h1")).to_contain_text("The copy kept")
        expect(desk.locator("#snapshot-text")).to_contain_text("harbour")
        screenshot(desk, "evidence-copy")
        desk.go_back()

        # The verdict drafted from the fact check was kept while evidence was added.
        expect(desk.locator("#verdict-restored")).to_be_visible()
        expect(desk.locator("#id_verdict")).to_have_value("false")
        expect(desk.locator("#id_rationale")).to_have_value(re.compile("factcheck.example/harbour-budget"))
        desk.get_by_role("button", name="Save verdict").click()
        expect(desk.locator("#history")).to_contain_text("added evidence")

    fresh = Claim.objects.get(pk=claim.pk)
    assert fresh.status == "reviewed" and fresh.verdict == "false"
    assert Evidence.objects.filter(claim=claim, snapshot_state="done").count() == 1

    chief = new_page()
    log_in(chief, "editor")
    chief.goto(f"/claims/{claim.pk}/")
    chief.get_by_role("button", name="Approve").click()
    warning = chief.locator("#approval-warning")
    expect(warning).to_contain_text("still open")
    screenshot(chief, "evidence-approval-warning")
    warning.get_by_role("button", name="Approve anyway").click()
    expect(chief.locator("#history")).to_contain_text("Approved without")
    review = chief.locator("#claimreview")
    expect(review).to_contain_text('"citation"')
    expect(review).to_contain_text(site.url("/budget"))
    expect(review).to_contain_text("https://factcheck.example/harbour-budget")
    screenshot(chief, "evidence-approved")
    assert Claim.objects.get(pk=claim.pk).status == "approved"
