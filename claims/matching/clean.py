"""Text cleaning for matching: each step named, so evaluation can measure it on its own.

Tweets carry noise a fact check never has: links (``https://t.co/…``, glued to the word before
them), ``pic.twitter.com/…`` and the embed tail ``— Name (@handle) January 14, 2020``. The tail's
name often names the person a fact check is about, so a step may keep the name and drop only the
handle and the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
_PIC = re.compile(r"\bpic\.twitter\.com/\S+", re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "— Name (@handle) Month D, YYYY" at the very end; the dash is an em dash in embeds.
_TAIL = re.compile(
    r"\s*[\u2014\u2013]\s*(?P<name>[^\u2014\u2013\n]{0,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}})?\s*$"
)
_SPACE = re.compile(r"\s+")

# The steps, in the order they apply. "tail" drops the whole tail; "tail_name" keeps its name.
STEPS = ("urls", "pic", "tail", "tail_name")
# Measured one by one on the tweets (evaluate_matching --cleaning): only the links pay on the
# train and dev splits; removing pic.twitter.com or the tail cost MAP@5 there.
DEFAULT_STEPS: tuple[str, ...] = ("urls",)


def strip_urls(text: str) -> str:
    return _URL.sub(" ", text)


def strip_pic(text: str) -> str:
    return _PIC.sub(" ", text)


def strip_tail(text: str, keep_name: bool = False) -> str:
    match = _TAIL.search(text)
    if not match:
        return text
    head = text[: match.start()]
    if keep_name:
        name = _clean_name(match.group("name"))
        return f"{head} {name}" if name else head
    return head


def _clean_name(name: str) -> str:
    # Emoji flags and other symbols in display names say nothing a fact check repeats.
    return " ".join(w for w in name.split() if any(c.isalnum() for c in w))


def clean(text: str, steps: Iterable[str] = DEFAULT_STEPS) -> str:
    """``text`` with the named steps applied and whitespace collapsed."""
    steps = tuple(steps)
    unknown = set(steps) - set(STEPS)
    if unknown:
        raise ValueError(f"unknown cleaning step(s): {', '.join(sorted(unknown))}")
    text = text or ""
    if "pic" in steps:  # before "urls": pic links have no scheme
        text = strip_pic(text)
    if "urls" in steps:
        text = strip_urls(text)
    if "tail" in steps:
        text = strip_tail(text, keep_name=False)
    elif "tail_name" in steps:
        text = strip_tail(text, keep_name=True)
    return _SPACE.sub(" ", text).strip()
