"""A desk of three in a real browser: take, highlight, verdict, the lease, four eyes, ClaimReview;
and the two guards a browser can prove and the test client cannot: CSRF and escaping."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from claims.workflow import Status
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

XSS = "<script>window.__xss=1</script><img src=x onerror=window.__xss=1>"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_a_desk_of_three_takes_reviews_and_approves_a_claim(new_page, article, reviewer, reviewer2, editor):
    top = article.claims.order_by("-score", "created_at").first()

    first = new_page()
    first.goto("/")
    expect(first.get_by_label("Username")).to_be_visible()
    screenshot(first, "login")
    log_in(first, "reviewer")
    expect(first.get_by_role("heading", name=re.compile("Review queue"))).to_be_visible()
    expect(first.locator("table.queue")).to_contain_text(squash(top.text)[:60])
    expect(first.locator("#queue-help")).to_contain_text("your lease lasts 30 minutes and renews")
    screenshot(first, "queue")

    first.get_by_role("button", name="Take next claim").click()
    first.wait_for_url(f"**/claims/{top.pk}/")
    expect(first.locator(".messages")).to_contain_text("You hold this claim now")
    mark = first.locator("mark#current-claim")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    assert squash(mark.inner_text()) == squash(top.text)
    expect(first.locator("#holder")).to_contain_text("Being reviewed by reviewer")
    screenshot(first, "claim-viewport", full_page=False)  # what a laptop shows on arrival
    screenshot(first, "claim")
    with first.expect_response(f"**/claims/{top.pk}/renew/") as renewal:  # the page keeps the lease
        first.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    assert renewal.value.status == 200

    second = new_page()
    log_in(second, "reviewer2")
    second.goto(f"/claims/{top.pk}/")
    expect(second.locator("#holder")).to_contain_text("Being reviewed by reviewer")
    expect(second.get_by_role("button", name="Take this claim")).to_have_count(0)
    expect(second.locator("#verdict-form")).to_have_count(0)
    expect(second.get_by_role("button", name="Release")).to_have_count(0)  # only the holder's
    screenshot(second, "claim-held-by-other", full_page=False)
    # Forge the take button the page does not offer, with the page's own token and version.
    with second.expect_navigation():
        second.evaluate(
            """([url, version]) => {
                const form = document.createElement("form");
                form.method = "post"; form.action = url;
                for (const [name, value] of [
                    ["csrfmiddlewaretoken", document.querySelector("input[name=csrfmiddlewaretoken]").value],
                    ["version", version],
                ]) {
                    const input = document.createElement("input");
                    input.type = "hidden"; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
            }""",
            [f"/claims/{top.pk}/act/take/", str(Claim.objects.get(pk=top.pk).version)],
        )
    expect(second.locator(".messages .error")).to_contain_text("Being reviewed by reviewer")
    assert Claim.objects.get(pk=top.pk).assignee.username == "reviewer"

    first.get_by_role("button", name="Save verdict").click()  # nothing chosen: the errors show
    expect(first.locator("#verdict-form .has-error .errorlist")).to_have_count(2)
    first.get_by_label("Verdict").select_option("mostly_true")
    first.get_by_label("Rationale").fill("The defence ministry's own statement gives 1,960 servicemen.")
    first.get_by_role("button", name="Save verdict").click()
    expect(first.locator(".messages")).to_contain_text("Verdict saved")
    expect(first.get_by_role("button", name="Approve")).to_have_count(0)  # four eyes: not the reviewer

    desk = new_page()
    log_in(desk, "editor")
    desk.goto(f"/claims/{top.pk}/")
    expect(desk.locator("main")).to_contain_text("The defence ministry's own statement")
    expect(desk.locator("#approval-gaps")).to_contain_text("Before approving")
    desk.get_by_role("button", name="Approve", exact=True).click()
    # Nothing was checked: the page says what the approval would go without and asks to confirm.
    expect(desk.locator("#approval-warning")).to_contain_text("still open")
    expect(desk.locator("#approval-warning")).to_contain_text("No evidence recorded")
    screenshot(desk, "claim-approval-warning")
    assert Claim.objects.get(pk=top.pk).status == Status.REVIEWED
    desk.get_by_role("button", name="Approve anyway").click()
    expect(desk.locator(".messages")).to_contain_text("Approved")
    expect(desk.get_by_role("heading", name="ClaimReview")).to_be_visible()
    expect(desk.locator("pre.json")).to_contain_text('"ClaimReview"')
    expect(desk.locator("pre.json")).to_contain_text('"ratingValue": 4')
    assert Claim.objects.get(pk=top.pk).status == Status.APPROVED
    screenshot(desk, "claim-approved")

    desk.goto(f"/articles/{article.pk}/")
    expect(desk.locator("#article-body mark").first).to_be_visible()
    screenshot(desk, "article")
    desk.goto("/articles/")
    screenshot(desk, "articles", full_page=False)


def test_csrf_and_escaping_hold_in_the_browser(new_page, reviewer):
    page = new_page()
    log_in(page, "reviewer")
    expect(page.locator("#queue-empty")).to_contain_text("All caught up")
    screenshot(page, "queue-empty", full_page=False)
    page.get_by_role("button", name="Take next claim").click()
    expect(page.locator(".messages")).to_contain_text("Nothing left to take")

    page.goto("/articles/new/")
    page.get_by_role("button", name=re.compile("Submit")).click()  # empty: the error is shown
    # One error: without a body or a URL there is nothing to submit (a URL alone is enough).
    expect(page.locator(".has-error .errorlist")).to_have_count(1)
    screenshot(page, "article-new-errors", full_page=False)
    page.get_by_label("Title").fill(f"Minister {XSS} speaks")
    page.get_by_label("Body").fill(
        f"The minister said {XSS} that 40% of homes lack heating. Prices rose 12% in 2023, "
        "according to the statistics office."
    )
    page.get_by_role("button", name=re.compile("Submit")).click()
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("<script>window.__xss=1</script>")
    assert page.evaluate("typeof window.__xss") == "undefined"

    claims = list(Claim.objects.order_by("position"))
    assert claims, "the evil article should still yield claims"
    for url in ["/", "/articles/", *[f"/claims/{c.pk}/" for c in claims]]:
        page.goto(url)
        page.locator("main").wait_for()
        assert page.evaluate("typeof window.__xss") == "undefined", url

    claim = claims[0]
    page.goto(f"/claims/{claim.pk}/")
    status = page.evaluate(
        """async (url) => (await fetch(url, {method: "POST", credentials: "same-origin",
            body: new URLSearchParams({version: "1"})})).status""",
        f"/claims/{claim.pk}/act/take/",
    )
    assert status == 403
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW
