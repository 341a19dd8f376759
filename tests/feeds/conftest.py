"""A local news site serving feeds and the articles they link to."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from tests.ingest.site import Route, Site, page

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def rss(items: list[tuple[str, str, str]], title: str = "Harbour News") -> bytes:
    """items: (guid, link, title)."""
    when = format_datetime(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    body = "".join(
        f"<item><guid>{escape(g)}</guid><link>{escape(link)}</link><title>{escape(t)}</title>"
        f"<description>{escape(t)} — the full story.</description><pubDate>{when}</pubDate></item>"
        for g, link, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.org/</link><description>News</description>{body}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f'<entry><id>{escape(g)}</id><link rel="alternate" href="{escape(link)}"/><title>{escape(t)}</title>'
        f"<updated>2026-03-02T09:00:00Z</updated><summary>{escape(t)}</summary></entry>"
        for g, link, t in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Council Wire</title><id>urn:wire</id><updated>2026-03-02T09:00:00Z</updated>{body}</feed>"
    ).encode()


def article_html(n: int) -> bytes:
    return (
        f"<html><head><title>Story {n}</title></head><body><nav>Home News Sport</nav><article>"
        f"<h1>Story {n}</h1><p>The council said unemployment fell by {n} percent in 2025 across the region, "
        f"the lowest figure since 1990.</p><p>Officials reported that {n * 100} new homes were built last "
        "year, twice as many as the year before.</p><p>The minister claimed the harbour budget grew by "
        "12 million euros while spending on schools was cut by 4 percent.</p></article>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


@pytest.fixture
def news(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 2.0
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        for n in range(1, 6):
            s.routes[f"/story/{n}"] = Route(body=article_html(n))
        yield s
