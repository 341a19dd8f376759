"""Read an RSS or Atom feed already fetched (by the safe fetcher): its items, a keyword filter,
and the back-off of a failing feed. Pure Python (feedparser), no Django import.

feedparser is given the bytes, never a URL: it must not fetch anything itself.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser

MAX_ITEMS = 2000  # items read from one fetch of a feed
_SPACE = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


class FeedParseError(Exception):
    """The body is not a feed the desk can read; ``reason`` is for people."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedEntry:
    guid: str  # the item's id (guid / id), or its link when the feed gives none
    url: str
    title: str
    summary: str
    published: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    kind: str  # "rss20", "atom10"… as feedparser names the format
    entries: list[FeedEntry]


def parse_feed(body: bytes, url: str = "") -> ParsedFeed:
    """The items of an RSS/Atom document, in the feed's order, or :class:`FeedParseError`."""
    # Bytes in: feedparser reads them and nothing else (no URL, so no fetch). Relative links
    # are resolved against the feed's address here, not by feedparser (it would rewrite guids).
    parsed = feedparser.parse(body, resolve_relative_uris=False)
    if not parsed.get("version"):
        if parsed.get("bozo"):
            raise FeedParseError("The address did not return a readable RSS or Atom feed (malformed XML).")
        raise FeedParseError("The address did not return an RSS or Atom feed.")
    entries: list[FeedEntry] = []
    for raw in parsed.entries[:MAX_ITEMS]:
        link = _one_line(raw.get("link", ""))
        if link and url:
            link = urljoin(url, link)
        guid = _one_line(raw.get("id", "")) or link
        if not guid:
            continue
        entries.append(
            FeedEntry(
                guid=guid[:1000],
                url=link[:2000],
                title=_one_line(_TAGS.sub(" ", raw.get("title", "")))[:500],
                summary=_one_line(_TAGS.sub(" ", raw.get("summary", "")))[:5000],
                published=_when(raw.get("published_parsed") or raw.get("updated_parsed")),
            )
        )
    return ParsedFeed(
        title=_one_line(parsed.feed.get("title", ""))[:300], kind=parsed.get("version", ""), entries=entries
    )


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _when(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def keywords(text: str) -> list[str]:
    """The keywords of a filter: comma-separated, blanks dropped, lower-cased, each once."""
    seen: list[str] = []
    for word in (text or "").split(","):
        word = _one_line(word).lower()
        if word and word not in seen:
            seen.append(word)
    return seen


def matches(filter_text: str, *texts: str) -> bool:
    """True when the filter is empty or any keyword appears in the texts (case-insensitive,
    at word boundaries: "tax" matches "tax cuts", not "taxi")."""
    words = keywords(filter_text)
    if not words:
        return True
    haystack = " ".join(texts).lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", haystack) for w in words)


def backoff_seconds(interval_seconds: int, failures: int, cap_seconds: int) -> int:
    """The wait before polling a feed that failed ``failures`` times in a row: the interval
    doubled per failure, capped."""
    if failures <= 0:
        return interval_seconds
    return int(min(cap_seconds, interval_seconds * 2 ** min(failures, 30)))
