"""Same claim, many articles, in Chromium: the queue's grouped row, confirming a member, and the
verdict given to the group reaching the confirmed claim."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Claim, ClaimGroupMember
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE = "The city council approved a budget of 40 million euros for new bicycle lanes on Tuesday."


def _copy(path, name: str) -> None:
    shutil.copy(path, f"/tmp/grouping-{name}.png")  # noqa: S108 - for a person to look at


def test_a_reviewer_confirms_a_group_and_gives_it_one_verdict(new_page, submitter, reviewer, settings):
    settings.FACTCHECK_GROUPING_WINDOW = 2000
    bodies = [
        f"{WIRE} Cyclists welcomed it.",
        f"Local news. {WIRE}",
        f"{WIRE} The mayor declined to comment.",
    ]
    for n, body in enumerate(bodies):
        services.article_submit(submitted_by=submitter, title=f"Outlet {n + 1}", body=body)
    lead, second, third = Claim.objects.filter(text__startswith="The city council").order_by("pk")
    assert ClaimGroupMember.objects.filter(lead=lead).count() == 2

    page = new_page()
    log_in(page, "reviewer")
    row = page.locator("tbody tr", has_text="bicycle lanes")
    expect(row).to_have_count(1)
    expect(row.locator("a.group-more")).to_have_text("+2 more")
    _copy(screenshot(page, "grouping-queue"), "queue")

    row.locator("a.group-more").click()
    expect(page.locator("#group-members tbody tr")).to_have_count(2)
    page.get_by_role("button", name="Take the lead claim").click()
    page.locator(f"#member-{second.pk}").get_by_role("button", name="Confirm same claim").click()
    expect(page.locator(f"#member-{second.pk} .group-state")).to_have_text("Confirmed")
    page.locator(f"#member-{third.pk}").get_by_role("button", name="Not the same").click()
    expect(page.locator(f"#member-{third.pk} .group-state")).to_have_text("Rejected")

    form = page.locator("#group-verdict-form")
    form.get_by_label("Verdict", exact=True).select_option("false")
    form.get_by_label("Rationale", exact=True).fill("The budget adopted was 4 million euros, not 40.")
    expect(form.get_by_label("Also give this verdict", exact=False)).to_be_checked()
    _copy(screenshot(page, "grouping-group"), "group")
    form.get_by_role("button", name="Save verdict").click()
    expect(page.locator(".messages")).to_contain_text(f"Verdict given to 1 grouped claim(s): #{second.pk}")
    _copy(screenshot(page, "grouping-applied"), "applied")

    second.refresh_from_db()
    third.refresh_from_db()
    assert (second.status, second.verdict) == ("reviewed", "false")
    assert (third.status, third.verdict) == ("new", "")
    actions = list(second.events.values_list("action", flat=True))
    assert actions.count("take") == 1 and actions.count("review") == 1
    assert second.events.get(action="review").to_verdict == "false"
