"""Subscribing a feed in the pages, in headless Chromium, tasks in process (make run)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from claims.models import Feed, FeedItem
from tests.browser.conftest import log_in, screenshot
from tests.feeds.conftest import RSS_TYPE, article_html, rss
from tests.ingest.site import Route, Site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 2.0
    with Site() as s:
        for n in (1, 2):
            s.routes[f"/story/{n}"] = Route(body=article_html(n))
        s.routes["/rss"] = Route(
            body=rss(
                [("g1", s.url("/story/1"), "Harbour budget grows"), ("g2", s.url("/story/2"), "Cup final")]
            ),
            content_type=RSS_TYPE,
        )
        yield s


def shot(tab, name: str) -> None:
    screenshot(tab, f"feeds-{name}", full_page=False)
    tab.screenshot(path=f"/tmp/feeds-{name}.png", full_page=True)  # noqa: S108 - for the report


def test_an_editor_subscribes_a_feed_and_sees_what_it_brought(new_page, editor, reviewer, site):
    tab = new_page()
    log_in(tab, "editor")
    tab.get_by_role("navigation", name="Main").get_by_role("link", name="Feeds").click()
    tab.get_by_role("link", name="Subscribe a feed").click()
    # Validation: nothing given.
    tab.get_by_label("Poll every (minutes)").fill("15")
    tab.get_by_role("button", name="Subscribe").click()
    expect(tab.locator(".has-error")).to_have_count(2)
    shot(tab, "form-errors")

    tab.get_by_label("Feed address").fill(site.url("/rss"))
    tab.get_by_label("Publisher").fill("Harbour News")
    tab.get_by_label("Keyword filter").fill("budget")
    tab.get_by_role("button", name="Subscribe").click()
    feed = Feed.objects.get()
    tab.wait_for_url(f"**/feeds/{feed.pk}/")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Harbour News")
    rows = tab.locator("#feed-items tbody tr")
    expect(rows).to_have_count(2)
    expect(tab.locator("#feed-items")).to_contain_text("Skipped: No keyword of the filter")
    ingested = FeedItem.objects.get(state="ingested")
    link = tab.locator(f'#feed-items a[href="/articles/{ingested.article_id}/"]')
    expect(link).to_be_visible()
    shot(tab, "feed-page")
    link.click()
    tab.wait_for_url(re.compile(rf"/articles/{ingested.article_id}/$"))
    expect(tab.locator("ol.ranked li").first).to_be_visible()

    # A failing feed: the list shows it and its reason.
    site.routes["/rss"] = Route(500, b"down")
    tab.goto(f"/feeds/{feed.pk}/")
    tab.get_by_role("button", name="Poll now").click()
    expect(tab.locator("#feed-error")).to_contain_text("The site answered 500")
    tab.goto("/feeds/")
    expect(tab.locator("#feeds")).to_contain_text("Failing (1×)")
    shot(tab, "list")

    reader = new_page()
    log_in(reader, "reviewer")
    reader.goto("/feeds/")
    expect(reader.locator("#feeds")).to_contain_text("Harbour News")
    expect(reader.get_by_role("link", name="Subscribe a feed")).to_have_count(0)
    reader.goto(f"/feeds/{feed.pk}/")
    expect(reader.get_by_role("button", name="Poll now")).to_have_count(0)
