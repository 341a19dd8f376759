"""The new-article form with a URL alone, in headless Chromium, tasks in process (make run)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from claims.models import Article
from tests.browser.conftest import log_in, screenshot
from tests.ingest.site import Route, Site, page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 2.0
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        s.routes["/gone"] = Route(404, b"<html>gone</html>")
        yield s


def test_a_url_alone_in_the_form_gives_the_article_and_its_claims(new_page, submitter, site):
    tab = new_page()
    log_in(tab, "api")
    tab.goto("/articles/new/")
    screenshot(tab, "ingest-new-article-form", full_page=False)
    tab.get_by_label("URL").fill(site.url("/news/harbour?utm_source=newsletter"))
    tab.get_by_role("button", name="Submit and find claims").click()
    article = Article.objects.get()
    tab.wait_for_url(f"**/articles/{article.pk}/")
    expect(tab.get_by_role("heading", level=1)).to_have_text(
        "Council approves harbour budget after heated debate"
    )
    expect(tab.locator(".article-meta")).to_contain_text("The Riverside Courier")
    expect(tab.locator(".article-meta")).to_contain_text("Priya Raman")
    body = tab.locator("#article-body")
    expect(body).to_contain_text("Unemployment in the harbour district stands at 11.2 percent")
    expect(body).not_to_contain_text("cookies")
    expect(body).not_to_contain_text("tripled")
    expect(tab.locator("ol.ranked li")).to_have_count(article.claims.count())
    assert article.claims.count() >= 6
    screenshot(tab, "ingest-article-fetched")

    tab.goto("/articles/new/")
    tab.get_by_label("URL").fill(site.url("/gone"))
    tab.get_by_role("button", name="Submit and find claims").click()
    tab.wait_for_url(re.compile(r"/articles/\d+/$"))
    expect(tab.locator("#fetch-state")).to_contain_text(
        "The page could not be fetched: Page not found (404)."
    )
    expect(tab.get_by_role("button", name="Fetch again")).to_be_visible()
    screenshot(tab, "ingest-article-failed", full_page=False)
    tab.goto("/articles/")
    expect(tab.locator("main table")).to_contain_text("Fetch failed")
    screenshot(tab, "ingest-article-list", full_page=False)


def test_fetch_again_shows_which_claims_moved_and_keeps_the_old_text(new_page, submitter, site):
    from tests.test_refetch import EDITED, GONE, NEW

    tab = new_page()
    log_in(tab, "api")
    tab.goto("/articles/new/")
    tab.get_by_label("URL").fill(site.url("/news/harbour"))
    tab.get_by_role("button", name="Submit and find claims").click()
    article = Article.objects.get()
    tab.wait_for_url(f"**/articles/{article.pk}/")
    expect(tab.locator("#refetch-state")).not_to_contain_text("Fetched again")

    site.routes["/news/harbour"] = Route(body=EDITED)
    tab.get_by_role("button", name="Fetch again").click()
    state = tab.locator("#refetch-state")
    expect(state).to_contain_text("the text had changed")
    expect(state).to_contain_text("1 no longer in the text, 1 new")
    expect(tab.locator("#article-body")).to_contain_text(NEW)
    expect(tab.locator("#article-body")).not_to_contain_text(GONE)
    expect(tab.locator("ul.gone-list li")).to_have_count(1)
    screenshot(tab, "ingest-article-refetched")

    tab.get_by_role("link", name="see what changed").click()
    expect(tab.locator("#version-body")).to_contain_text(GONE)
    expect(tab.locator('#version-changes li[data-change="gone"]')).to_have_count(1)
    screenshot(tab, "ingest-article-version")
    tab.locator('#version-changes li[data-change="gone"] a').click()
    expect(tab.locator("#gone-note")).to_contain_text("no longer in the article")
    expect(tab.locator("#current-claim")).to_contain_text("Opposition leader Tomas Berg")
