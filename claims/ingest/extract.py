"""Find the article in a news page: title, author, publication date, publisher and main text.

trafilatura finds the main text and most metadata; the page's own metadata (JSON-LD
``NewsArticle``/``Article``, Open Graph, ``<link rel=canonical>``) fills what it misses. Pure
Python, no Django import.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "report",
}
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class PageArticle:
    title: str
    text: str  # paragraphs separated by a blank line
    author: str
    publisher: str
    published_at: datetime | None
    canonical_url: str  # absolute; "" when the page names none


class _Meta(HTMLParser):
    """Collects <meta>, <link rel=canonical>, <title> and JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.title = ""
        self.jsonld: list[str] = []
        self._in: str = ""

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").strip().lower()
            if key and key not in self.meta and a.get("content"):
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and not self.canonical:
            self.canonical = a.get("href", "").strip()
        elif tag == "title" and not self.title:
            self._in = "title"
        elif tag == "script" and a.get("type", "").strip().lower() == "application/ld+json":
            self._in = "jsonld"
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag in ("title", "script"):
            self._in = ""

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "jsonld":
            self.jsonld[-1] += data


def _jsonld_article(blocks: list[str]) -> dict:
    """The first JSON-LD object whose @type is a kind of article (also inside @graph)."""
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type", "")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
                    return item
                stack.extend(v for k, v in item.items() if k == "@graph")
    return {}


def _name(value) -> str:
    """A schema.org person/organisation (or a list of them) as text."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name") or "").strip()
    return str(value or "").strip()


def _date(value: str) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _paragraphs(text: str, title: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]  # trafilatura keeps the headline as the first line
    return "\n\n".join(lines)


# Class or id words of containers that hold advertising, also inside the article's text.
_AD_WORDS = frozenset(
    {"ad", "ads", "advert", "adverts", "advertisement", "adslot", "sponsored", "dfp", "gpt"}
)
_WORD = re.compile(r"[a-z0-9]+")


def _without_ads(html: str):
    """The page as an lxml tree without advertising containers (None if it cannot be parsed)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        words = _WORD.findall(f"{element.get('class', '')} {element.get('id', '')}".lower())
        if _AD_WORDS.intersection(words) and element.getparent() is not None:
            element.drop_tree()
    return tree


def _main_text(html: str, url: str):
    """trafilatura's reading of the page: precise first; when that finds no text (old table
    layouts), once more favouring recall."""
    import trafilatura  # imported here: a few hundred ms, needed only by the worker

    tree = _without_ads(html)
    common = {"url": url, "with_metadata": True, "include_comments": False, "deduplicate": False}
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html, include_tables=False, favor_precision=True, **common
    )
    if doc is None or len((doc.text or "").strip()) < 200:
        tree = _without_ads(html)  # trafilatura changes the tree it is given
        recall = trafilatura.bare_extraction(
            tree if tree is not None else html, include_tables=False, favor_recall=True, **common
        )
        if recall is not None and len((recall.text or "").strip()) > len(((doc and doc.text) or "").strip()):
            return recall
    return doc


def same_site(a: str, b: str) -> bool:
    """True if two URLs are on the same site: the same host (``www.`` aside), or one host a
    subdomain of the other (``m.example.com`` and ``example.com``)."""
    hosts = []
    for url in (a, b):
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        hosts.append(host[4:] if host.startswith("www.") else host)
    x, y = hosts
    return bool(x and y) and (x == y or x.endswith("." + y) or y.endswith("." + x))


def extract_article(html: str, url: str) -> PageArticle:
    """The article of ``html`` (fetched from ``url``). Empty text when none was found."""
    meta = _Meta()
    # A broken page still has its text; its metadata is a bonus.
    with contextlib.suppress(Exception):
        meta.feed(html)
        meta.close()
    ld = _jsonld_article(meta.jsonld)
    t = _main_text(html, url)
    title = (
        getattr(t, "title", "") or ld.get("headline") or meta.meta.get("og:title") or meta.title or ""
    ).strip()
    text = _paragraphs(getattr(t, "text", "") or "", title)
    if not text and isinstance(ld.get("articleBody"), str):
        text = _paragraphs(ld["articleBody"], title)
    author = (
        _name(ld.get("author"))
        or getattr(t, "author", "")
        or meta.meta.get("author")
        or meta.meta.get("article:author")
        or ""
    )
    publisher = (
        _name(ld.get("publisher")) or meta.meta.get("og:site_name") or getattr(t, "sitename", "") or ""
    )
    # A full timestamp from the page's metadata beats trafilatura's day.
    published = _date(str(ld.get("datePublished") or "")) or _date(
        meta.meta.get("article:published_time", "")
    )
    if published is None:
        published = _date(getattr(t, "date", "") or "")
    canonical = meta.canonical or meta.meta.get("og:url", "") or str(ld.get("url") or "")
    canonical = urljoin(url, canonical) if canonical else ""
    if canonical and (urlsplit(canonical).scheme not in ("http", "https") or not same_site(canonical, url)):
        # A page may not claim another site's address: it would take that article's place.
        canonical = ""
    return PageArticle(
        title=" ".join(title.split())[:500],
        text=text,
        author=" ".join(author.split())[:200],
        publisher=" ".join(publisher.split())[:200],
        published_at=published,
        canonical_url=canonical[:2000],
    )
