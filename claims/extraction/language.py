"""A small language guess from stopword ratios: enough to refuse to score non-English text."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import STOPWORDS

_WORD = re.compile(r"[a-zß-öø-ÿœ]+")
# ASCII text: every character that is not a-z becomes a space (``_WORD`` matches only a-z there)
_ASCII_NON_LETTERS = {c: " " for c in range(128) if not 97 <= c <= 122}
_SAMPLE = 5_000  # characters looked at; an article's language shows in its first pages


def detect_language(text: str) -> str:
    """ISO 639-1 code of the most likely language, or 'und' when there is no evidence."""
    sample = text[:_SAMPLE].lower()
    if sample.isascii():  # the same words as the regex, by translate + split (C speed)
        words = sample.translate(_ASCII_NON_LETTERS).split()
    else:
        words = _WORD.findall(sample)
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
