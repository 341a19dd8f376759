"""Reading fact checks from files: schema.org ClaimReview JSON-LD, JSON lines and CSV.

Pure Python: text in, :class:`FactCheckRecord` (or :class:`Problem`) out, one at a time, so an
archive of any length streams through in bounded memory (a JSON document is the exception: it
is parsed whole; archives too large for that belong in JSON lines or CSV). Accepted shapes:

- a ClaimReview object, a list of them, an ``@graph``, or a feed
  ``{"dataFeedElement": [{"item": [ClaimReview, ...]}]}``;
- a Google Fact Check Tools claim ``{"text", "claimant", "claimDate", "claimReview": [...]}``
  (one record per review);
- a flat record (JSON line or CSV row): ``claim``/``claim_text``/``vclaim``/``text``,
  ``claimant``/``speaker``, ``rating``/``textual_rating``/``truth_label``, ``url``, ``title``,
  ``publisher``, ``publisher_site``, ``date``/``review_date``, ``claim_date``, ``language``, and
  the collection's own id ``id``/``vclaim_id`` (the CheckThat! collections read as they are).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

MAX_CLAIM_CHARS = 5000


@dataclass(frozen=True)
class FactCheckRecord:
    key: str
    claim_text: str
    claimant: str = ""
    claim_date: date | None = None
    rating_text: str = ""
    rating_value: float | None = None
    rating_best: float | None = None
    rating_worst: float | None = None
    url: str = ""
    title: str = ""
    publisher_name: str = ""
    publisher_site: str = ""
    reviewed_at: date | None = None
    language: str = ""
    collection_id: str = ""


@dataclass(frozen=True)
class Problem:
    where: str  # "line 12", "record 3", "row 40"
    reason: str


# --- small readers --------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WRITTEN = re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{1,2}),\s*(\d{4})\b")


def parse_date(value) -> date | None:
    """ISO dates (with or without a time) and "October 22, 2019" anywhere in the text."""
    if not value or not isinstance(value, str):
        return None
    m = _ISO.search(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _WRITTEN.search(value)
        if m and m.group(1).lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None
    return None


def _number(value) -> float | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is no rating


def _text(value, limit: int = 300) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("headline") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value).split())[:limit] if value not in (None, "") else ""


def url_key(url: str) -> str:
    """The URL reduced to what identifies the page: no scheme, www., query or fragment."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else parts.path.rstrip("/")


def make_key(collection: str, collection_id: str, url: str) -> str:
    if collection_id:
        return f"{collection}:{collection_id}"[:700]
    return f"url:{url_key(url)}"[:700]


def _site(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.") if url else ""


# --- ClaimReview ------------------------------------------------------------------------------


def _is_claim_review(obj) -> bool:
    kind = obj.get("@type") if isinstance(obj, dict) else None
    return kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind)


def from_claim_review(review: dict, collection: str) -> FactCheckRecord | str:
    """A record, or the reason the ClaimReview cannot be one."""
    claim = _text(review.get("claimReviewed"), MAX_CLAIM_CHARS)
    url = _text(review.get("url"), 2000)
    if not claim:
        return "no claimReviewed"
    item = review.get("itemReviewed") if isinstance(review.get("itemReviewed"), dict) else {}
    rating = review.get("reviewRating") if isinstance(review.get("reviewRating"), dict) else {}
    author = review.get("author") if isinstance(review.get("author"), dict) else {}
    ident = _text(review.get("identifier") or review.get("@id"), 200) if not url else ""
    if not url and not ident:
        return "no url (nor identifier) to know it again"
    return FactCheckRecord(
        key=make_key(collection, ident, url),
        claim_text=claim,
        claimant=_text(item.get("author")),
        claim_date=parse_date(item.get("datePublished")),
        rating_text=_text(rating.get("alternateName") or rating.get("name")),
        rating_value=_number(rating.get("ratingValue")),
        rating_best=_number(rating.get("bestRating")),
        rating_worst=_number(rating.get("worstRating")),
        url=url,
        title=_text(review.get("name") or review.get("headline"), 1000),
        publisher_name=_text(author.get("name")),
        publisher_site=_site(_text(author.get("url"), 2000)) or _site(url),
        reviewed_at=parse_date(review.get("datePublished")),
        language=_text(review.get("inLanguage"), 16),
        collection_id=ident,
    )


def from_google_claim(claim: dict, collection: str) -> Iterator[FactCheckRecord | str]:
    """One record per review of a Fact Check Tools claim."""
    text = _text(claim.get("text"), MAX_CLAIM_CHARS)
    reviews = claim.get("claimReview") if isinstance(claim.get("claimReview"), list) else []
    if not text or not reviews:
        yield "no text or no claimReview"
        return
    for review in reviews:
        if not isinstance(review, dict) or not review.get("url"):
            yield "a claimReview without url"
            continue
        publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
        url = _text(review["url"], 2000)
        yield FactCheckRecord(
            key=make_key(collection, "", url),
            claim_text=text,
            claimant=_text(claim.get("claimant")),
            claim_date=parse_date(claim.get("claimDate")),
            rating_text=_text(review.get("textualRating")),
            url=url,
            title=_text(review.get("title"), 1000),
            publisher_name=_text(publisher.get("name")),
            publisher_site=_text(publisher.get("site")) or _site(url),
            reviewed_at=parse_date(review.get("reviewDate")),
            language=_text(review.get("languageCode"), 16),
        )


# --- flat records (JSON lines, CSV, the CheckThat! collections) -------------------------------


def _first(row: dict, *names: str) -> str:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def from_flat(row: dict, collection: str) -> FactCheckRecord | str:
    claim = " ".join(_first(row, "claim", "claim_text", "claimReviewed", "vclaim", "text").split())
    if not claim:
        return "no claim text (claim, claim_text, vclaim or text)"
    ident = _first(row, "vclaim_id", "id", "collection_id")
    url = _first(row, "url", "review_url")
    if not ident and not url:
        return "no id and no url to know it again"
    title = _first(row, "title", "headline")
    subtitle = _first(row, "subtitle")
    if subtitle and subtitle not in title:
        title = f"{title} — {subtitle}" if title else subtitle
    return FactCheckRecord(
        key=make_key(collection, ident, url),
        claim_text=claim[:MAX_CLAIM_CHARS],
        claimant=_first(row, "claimant", "speaker", "author")[:300],
        claim_date=parse_date(_first(row, "claim_date", "date")),
        rating_text=_first(row, "rating", "textual_rating", "textualRating", "truth_label", "verdict")[:300],
        rating_value=_number(_first(row, "rating_value", "ratingValue")),
        rating_best=_number(_first(row, "best_rating", "bestRating")),
        rating_worst=_number(_first(row, "worst_rating", "worstRating")),
        url=url[:2000],
        title=title[:1000],
        publisher_name=_first(row, "publisher", "publisher_name")[:300],
        publisher_site=(_first(row, "publisher_site", "site") or _site(url))[:300],
        reviewed_at=parse_date(_first(row, "review_date", "reviewed_at", "date_reviewed")),
        language=_first(row, "language", "lang")[:16],
        collection_id=ident[:200],
    )


def from_object(obj, collection: str) -> Iterator[FactCheckRecord | str]:
    """Whatever one JSON value holds: ClaimReviews, a feed, Google claims or flat records."""
    if isinstance(obj, list):
        for item in obj:
            yield from from_object(item, collection)
    elif not isinstance(obj, dict):
        yield "not an object"
    elif _is_claim_review(obj):
        yield from_claim_review(obj, collection)
    elif isinstance(obj.get("dataFeedElement"), list):
        for element in obj["dataFeedElement"]:
            items = element.get("item") if isinstance(element, dict) else None
            yield from from_object(items if items is not None else element, collection)
    elif isinstance(obj.get("@graph"), list):
        yield from from_object(obj["@graph"], collection)
    elif isinstance(obj.get("claims"), list):  # a saved Fact Check Tools response
        yield from from_object(obj["claims"], collection)
    elif "claimReview" in obj:
        yield from from_google_claim(obj, collection)
    else:
        yield from_flat(obj, collection)


def read_records(lines: Iterable[str], kind: str, collection: str) -> Iterator[FactCheckRecord | Problem]:
    """Records from a file's text, ``kind`` one of "json", "jsonl", "csv"."""
    if kind == "json":
        text = "".join(lines)
        try:
            obj = json.loads(text)
        except ValueError as exc:
            yield Problem("file", f"not JSON: {exc}")
            return
        for n, item in enumerate(from_object(obj, collection), 1):
            yield item if isinstance(item, FactCheckRecord) else Problem(f"record {n}", item)
    elif kind == "jsonl":
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield Problem(f"line {n}", f"not JSON: {exc.msg}")
                continue
            for item in from_object(obj, collection):
                yield item if isinstance(item, FactCheckRecord) else Problem(f"line {n}", item)
    elif kind == "csv":
        reader = csv.DictReader(lines)
        for row in reader:
            n = reader.line_num
            if None in row:  # more cells than the header names
                yield Problem(f"line {n}", "more cells than the header has columns")
                continue
            item = from_flat({k.strip(): v for k, v in row.items() if k}, collection)
            yield item if isinstance(item, FactCheckRecord) else Problem(f"line {n}", item)
    else:
        raise ValueError(f"unknown kind {kind!r}: json, jsonl or csv")


def guess_kind(name: str, head: str) -> str:
    """From the file name, else from its first characters."""
    lower = name.lower()
    for suffix, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".csv", "csv"), (".json", "json")):
        if lower.endswith(suffix):
            return kind
    stripped = head.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    return "csv"
