"""The extraction quality set (tests/ingest/pages/quality): does the main text keep every
sentence of the article and none of the boilerplate around it? Used by the test and the bench."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from claims.ingest.extract import extract_article

QUALITY = Path(__file__).parent / "pages" / "quality"
_SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")


def norm(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').split()).casefold()


@dataclass
class PageScore:
    name: str
    layout: str
    missing: list[str] = field(default_factory=list)  # article sentences not kept
    leaked: list[str] = field(default_factory=list)  # boilerplate kept
    metadata: list[str] = field(default_factory=list)  # title/author/publisher/date wrong

    @property
    def clean(self) -> bool:
        return not self.missing and not self.leaked


def score_page(name: str, expected: dict) -> PageScore:
    html = (QUALITY / name).read_text(encoding="utf-8")
    found = extract_article(html, f"https://news.example/news/{name}")
    text = norm(found.text)
    result = PageScore(name, expected["layout"])
    for paragraph in expected["keep"]:
        for sentence in _SENTENCE.split(paragraph):
            if norm(sentence) not in text:
                result.missing.append(sentence)
    result.leaked = [b for b in expected["drop"] if norm(b) in text]
    for key in ("title", "author", "publisher"):
        if getattr(found, key) != expected[key]:
            result.metadata.append(f"{key}: {getattr(found, key)!r}")
    if found.published_at is None or found.published_at.isoformat() != expected["date"]:
        result.metadata.append(f"date: {found.published_at}")
    return result


def score_all() -> list[PageScore]:
    expected = json.loads((QUALITY / "expected.json").read_text(encoding="utf-8"))
    return [score_page(name, exp) for name, exp in sorted(expected.items())]
