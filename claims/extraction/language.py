"""A small language guess from stopword ratios: enough to refuse to score non-English text."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import STOPWORDS

_WORD = re.compile(r"[a-zß-öø-ÿœ]+")
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _INDEX[_w] = _INDEX.get(_w, ()) + (_lang,)
_SAMPLE = 5_000  # characters looked at; an article's language shows in its first pages


def detect_language(text: str) -> str:
    """ISO 639-1 code of the most likely language, or 'und' when there is no evidence."""
    words = _WORD.findall(text[:_SAMPLE].lower())
    if not words:
        return "und"
    freq = Counter(words)
    keys = freq.keys()
    counts = {lang: sum(map(freq.__getitem__, stop & keys)) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    hits = counts[best]
    if len(words) < 6:
        # a headline or a single sentence: one stopword is enough if nothing contradicts it
        return best if hits >= 1 and sorted(counts.values())[-2] < hits else ("en" if _ascii(text) else "und")
    if hits / len(words) < 0.08:
        return "und"
    return best


def _ascii(text: str) -> bool:
    letters = [c for c in text[:2000] if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.98
