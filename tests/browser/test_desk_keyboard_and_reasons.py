"""The desk from the keyboard, and the reasons a desk gives (send back, dismiss), in Chromium.

Logged in through the real form as the users tests.conftest.make_user creates; screenshots go
to test-artifacts/screenshots/ for people to look at."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Claim, ClaimEvent
from claims.workflow import Status
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def queue_order(article):
    """The article's claims in the queue's own order."""
    from claims.selectors import queue_order as order

    return list(order(article.claims.all(), "priority"))


def test_a_reviewer_works_the_queue_from_the_keyboard(new_page, article, reviewer, editor2):
    ranked = queue_order(article)
    page = new_page()
    log_in(page, "reviewer")

    # Typing in a field never fires a shortcut.
    search = page.get_by_label("Search")
    search.click()
    page.keyboard.type("jk?o")
    expect(search).to_have_value("jk?o")
    expect(page.locator("tr.kbd-current")).to_have_count(0)
    expect(page.locator("#shortcuts")).not_to_be_visible()
    search.fill("")
    page.locator("h1").click()  # leave the field

    page.keyboard.press("?")
    help_box = page.locator("#shortcuts")
    expect(help_box).to_be_visible()
    for line in ("Next row", "Previous row", "Open the claim of the row", "Take the next claim"):
        expect(help_box).to_contain_text(line)
    screenshot(page, "queue-shortcuts-help", full_page=False)
    page.keyboard.press("Escape")
    expect(help_box).not_to_be_visible()

    rows = page.locator("table.queue tbody tr")
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile("kbd-current"))
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile("kbd-current"))
    expect(rows.nth(0)).not_to_have_class(re.compile("kbd-current"))
    page.keyboard.press("k")
    page.keyboard.press("j")
    screenshot(page, "queue-keyboard-row", full_page=False)
    second = rows.nth(1).locator("td.claim-text > a").get_attribute("href")
    assert second == f"/claims/{ranked[1].pk}/"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/claims/{ranked[1].pk}/$"))

    page.keyboard.press("t")  # take
    expect(page.locator(".messages")).to_contain_text("You hold this claim now")
    assert Claim.objects.get(pk=ranked[1].pk).assignee == reviewer

    page.keyboard.press("v")  # to the verdict
    expect(page.get_by_label(re.compile("^Verdict"))).to_be_focused()
    page.get_by_label(re.compile("^Verdict")).select_option("false")
    rationale = page.get_by_label("Rationale")
    rationale.click()
    page.keyboard.type("r t a n d q ?")  # every shortcut letter, typed into the rationale
    expect(rationale).to_have_value("r t a n d q ?")
    assert Claim.objects.get(pk=ranked[1].pk).status == Status.IN_REVIEW
    page.locator("h1").click()

    page.keyboard.press("r")  # release
    expect(page.locator(".messages")).to_contain_text("Released")
    assert Claim.objects.get(pk=ranked[1].pk).status == Status.NEW

    page.keyboard.press("n")  # the next claim: the top of the queue
    expect(page).to_have_url(re.compile(rf"/claims/{ranked[0].pk}/$"))
    expect(page.locator("#holder")).to_contain_text("Being reviewed by reviewer")
    page.get_by_label(re.compile("^Verdict")).select_option("mostly_true")
    page.get_by_label("Rationale").fill("The ministry's statement gives 1,960.")
    page.get_by_label("Rationale").press("Control+Enter")  # sends the verdict form
    expect(page.locator(".messages")).to_contain_text("Verdict saved")

    desk = new_page()
    log_in(desk, "editor2")
    desk.goto(f"/claims/{ranked[0].pk}/")
    desk.keyboard.press("?")
    expect(desk.locator("#shortcuts")).to_contain_text("Approve the verdict")
    desk.keyboard.press("Escape")
    desk.keyboard.press("a")  # approve: nothing was checked, so the page asks to confirm
    desk.get_by_role("button", name="Approve anyway").click()
    expect(desk.locator(".messages")).to_contain_text("Approved")
    assert Claim.objects.get(pk=ranked[0].pk).status == Status.APPROVED


def test_a_send_back_carries_a_note_and_a_dismissal_a_reason(new_page, article, reviewer, editor):
    claim = queue_order(article)[0]
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    services.claim_give_verdict(
        claim_id=claim.pk,
        actor=reviewer,
        verdict="true",
        rationale="Matches the report.",
        version=taken.version,
    )

    desk = new_page()
    log_in(desk, "editor")
    desk.goto(f"/claims/{claim.pk}/")
    desk.get_by_text("Send back…").click()
    desk.get_by_role("button", name="Send back to reviewer").click()  # no note: refused
    expect(desk).to_have_url(re.compile(rf"/claims/{claim.pk}/$"))  # the claim's own address
    expect(desk.locator("#send-back")).to_contain_text("A send-back needs a note for the reviewer.")
    screenshot(desk, "claim-send-back-refused", full_page=False)
    desk.get_by_label("Note for the reviewer").fill("Which year do the 1,960 servicemen refer to?")
    desk.get_by_role("button", name="Send back to reviewer").click()
    expect(desk.locator(".messages")).to_contain_text("Sent back to its reviewer")

    mine = new_page()
    log_in(mine, "reviewer")
    mine.goto(f"/claims/{claim.pk}/")
    note = mine.locator("#sent-back")
    expect(note).to_be_visible()
    expect(note).to_be_in_viewport()
    expect(note).to_contain_text("Sent back by editor")
    expect(note).to_contain_text("Which year do the 1,960 servicemen refer to?")
    expect(mine.locator("#history")).to_contain_text("sent it back")
    screenshot(mine, "claim-sent-back-reviewer", full_page=False)

    # Dismissal: the reviewer holds the claim, opens the panel, must give a reason.
    mine.keyboard.press("d")
    panel = mine.locator("#dismiss")
    expect(panel.get_by_text("Opinion, not checkable")).to_be_visible()
    panel.get_by_role("button", name="Dismiss this claim").click()
    expect(mine.locator("#dismiss")).to_contain_text("A dismissal needs a reason.")
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    mine.locator("#dismiss").get_by_label("Duplicate of another claim").check()
    mine.locator("#dismiss").get_by_label("Details").fill("Same as the first claim of the article.")
    screenshot(mine, "claim-dismiss-confirm", full_page=False)
    mine.locator("#dismiss").get_by_role("button", name="Dismiss this claim").click()
    expect(mine.locator(".messages")).to_contain_text("Dismissed")
    assert ClaimEvent.objects.get(claim=claim, action="dismiss").note == (
        "Duplicate of another claim: Same as the first claim of the article."
    )
    expect(mine.locator("#work")).to_contain_text("Duplicate of another claim")
    screenshot(mine, "claim-dismissed")


def test_the_editor_walks_the_desk_pages(new_page, article, reviewer, editor, editor2):
    claim = queue_order(article)[0]
    taken = services.claim_take(claim_id=claim.pk, actor=editor)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=editor, verdict="mostly_true", rationale="Checked.", version=taken.version
    )
    page = new_page()
    log_in(page, "editor")
    page.goto(f"/claims/{claim.pk}/")
    expect(page.get_by_role("button", name="Approve")).to_have_count(0)  # four eyes, not offered
    screenshot(page, "claim-own-verdict-editor", full_page=False)
    services.claim_approve(claim_id=claim.pk, actor=editor2, version=done.version, force=True)

    page.goto(f"/claims/{claim.pk}/")
    box = page.locator("#claimreview pre.json")
    for width in (1280, 1000, 800):  # two columns, and one below 960px
        page.set_viewport_size({"width": width, "height": 800})
        expect(box).to_be_visible()
        card = page.locator("#claimreview").bounding_box()
        pre = box.bounding_box()
        assert pre["x"] + pre["width"] <= card["x"] + card["width"] + 0.5, (width, pre, card)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
        screenshot(page, f"claim-claimreview-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})

    page.goto(f"/articles/{article.pk}/")
    page.get_by_role("link", name=re.compile("These claims in the queue")).click()
    chip = page.locator("#article-filter")
    expect(chip).to_contain_text(article.title[:30])
    screenshot(page, "queue-article-chip", full_page=False)
    with page.expect_download() as download:
        page.get_by_role("link", name="ClaimReview JSON-LD").click()
    assert f"/claims/{claim.pk}" in download.value.path().read_text()  # not []
    chip.get_by_role("link", name="Remove the article filter").click()
    expect(page.locator("#article-filter")).to_have_count(0)
    page.keyboard.press("j")
    page.keyboard.press("x")  # an editor ticks rows for the action bar from the keyboard
    expect(page.locator("table.queue tbody tr").first.locator("input[name=ids]")).to_be_checked()

    page.goto("/?min_score=lots")
    expect(page.locator("form.filters .errorlist")).to_contain_text("Min. score: Enter a number.")
    screenshot(page, "queue-filter-error", full_page=False)
    page.goto("/dashboard/")
    expect(page.locator("#dashboard-count")).to_contain_text("claims in all")
    screenshot(page, "dashboard", full_page=False)
    page.goto("/articles/?q=zzzznotthere")
    expect(page.locator("#articles-empty")).to_contain_text("No articles match")
    screenshot(page, "articles-no-match", full_page=False)
    page.goto("/claims/999999/")
    expect(page.locator("#error-page")).to_contain_text("This page is not here")
    screenshot(page, "error-404", full_page=False)
    favicon = page.request.get("/static/favicon.svg")
    assert favicon.ok and "svg" in favicon.headers["content-type"]
