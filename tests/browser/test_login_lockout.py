"""A reviewer who mistyped the password too often sees why the desk refuses them; an editor
unlocks them from the lockouts page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_locked_out_reviewer_is_told_why_and_an_editor_unlocks_them(new_page, reviewer, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    desk = new_page()
    log_in(desk, "editor")  # before the failures: the browser shares the reviewer's address here

    page = new_page()
    page.goto("/login/")
    for _ in range(3):
        page.get_by_label("Username").fill("reviewer")
        page.get_by_label("Password").fill("not-the-password")
        page.get_by_role("button", name="Log in").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Too many failed logins")
    expect(alert).to_contain_text("Ask an editor")
    expect(page.get_by_label("Username")).to_have_value("reviewer")
    screenshot(page, "login-locked-out")

    desk.goto("/lockouts/")
    expect(desk.get_by_role("heading", name="Locked-out logins")).to_be_visible()
    expect(desk.get_by_role("row", name="account reviewer")).to_be_visible()
    screenshot(desk, "lockouts")
    desk.get_by_role("button", name="Unlock reviewer").click()
    expect(desk.get_by_role("status")).to_contain_text("Unlocked reviewer")
    expect(desk.get_by_text("Nothing is locked out.")).to_be_visible()

    log_in(page, "reviewer")
