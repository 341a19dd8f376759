"""Features for the check-worthiness model, shared by training and run time.

The trainer hands :func:`terms` to scikit-learn as the analyzer and exports the fitted weights,
so the pure-Python scorer sees exactly the same features the model was trained on.
"""

from __future__ import annotations

import math
import re

from .lexicon import FIRST_PERSON, MODAL_WORDS, MONTHS, OPINION_WORDS, WEEKDAYS

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_HAS_DIGIT = re.compile(r"\d")
# Same matches as r"[a-z]+(?:'[a-z]+)?|<(?:num|pct|year)>", written to start with a character
# class so the regex engine skips non-token characters without entering the pattern.
_WORD_TOKEN = re.compile(r"[a-z<](?:(?<=[a-z])[a-z]*(?:'[a-z]+)?|(?<=<)(?:num|pct|year)>)")
_CAPITALISED = re.compile(r"[ (][A-Z][a-z]")  # capitalised words after the first
_LOG_61 = math.log1p(60)
_FIGURE_TOKENS = frozenset(
    """<num> <pct> hundred hundreds thousand thousands million millions billion billions trillion
    percent half twice double""".split()
)
_PERCENT_TOKENS = frozenset("<pct> percent percentage".split())
_MONEY_TOKENS = frozenset("dollar dollars cent cents pound pounds euro euros".split())
_DATE_TOKENS = frozenset({"<year>"}) | MONTHS | WEEKDAYS

# Hand features: name -> human-readable label used in reasons.
HAND_FEATURES: dict[str, str] = {
    "h_figure": "a figure",
    "h_percent": "a percentage",
    "h_money": "an amount of money",
    "h_date": "a date or a year",
    "h_capitalised": "names people, places or organisations",
    "h_first_person": "speaks in the first person",
    "h_opinion": "an opinion word",
    "h_modal": "a prediction or wish (will, should, could)",
    "h_question": "a question",
    "h_length": "its length",
    "h_short": "very short",
}

# The hand features a sentence has when one of its tokens is in the feature's word list (money
# also by a currency sign); the others are computed from the text.
HAND_WORD_LISTS: dict[str, frozenset[str]] = {
    "h_figure": _FIGURE_TOKENS,
    "h_percent": _PERCENT_TOKENS,
    "h_money": _MONEY_TOKENS,
    "h_date": _DATE_TOKENS,
    "h_first_person": FIRST_PERSON,
    "h_opinion": OPINION_WORDS,
    "h_modal": MODAL_WORDS,
}


def _number_shape(match: re.Match[str]) -> str:
    tok = match.group(0)
    if tok.endswith("%"):
        return " <pct> "
    if len(tok) == 4 and tok[:2] in ("18", "19", "20") and tok.isdigit():
        return " <year> "
    return " <num> "


def _number_placeholder(match: re.Match[str]) -> str:
    """:func:`_number_shape` as upper-case letters: after ``lower()`` nothing else is upper case."""
    tok = match.group(0)
    if tok.endswith("%"):
        return " PCT "
    if len(tok) == 4 and tok[:2] in ("18", "19", "20") and tok.isdigit():
        return " YEAR "
    return " NUM "


# bytes -> bytes: letters and the apostrophe kept, everything else a space
_WORD_BYTES = bytes(c if (97 <= c <= 122 or 65 <= c <= 90 or c == 39) else 32 for c in range(256))
_PLACEHOLDERS = {"NUM": "<num>", "PCT": "<pct>", "YEAR": "<year>"}
# an apostrophe without a letter on both sides (starts with the literal, so `re` scans for it)
_LONE_APOSTROPHE = re.compile(r"'(?:(?<![a-z]')|(?![a-z]))")
_SECOND_APOSTROPHE = re.compile(r"'[a-z]+'")


def tokens(text: str, _table: bytes = _WORD_BYTES) -> list[str]:
    """Lower-case word tokens; numbers collapse to shape tokens so '1,960' and '2,000' match, and
    "per cent" is the one token "percent".

    The tokens are the matches of ``_WORD_TOKEN`` on the lower-cased text with numbers replaced
    by ``<num>``/``<pct>``/``<year>``. Computed without running the regex over every character:
    every non-letter becomes a space (bytes.translate, non-ASCII first as '?') and the text is
    split, after an apostrophe without a letter on each side has become a space (a word with two
    apostrophes goes through the regex); numbers are upper-case
    placeholders, which ``lower()`` leaves nowhere else. A text holding '<' (a literal
    "<num>" must stay one token) takes the plain regex path.
    """
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    if "<" in low:
        if _HAS_DIGIT.search(low):
            low = _NUMBER.sub(_number_shape, low)
        toks = _WORD_TOKEN.findall(low)
        return _fold_per_cent(toks) if "cent" in toks else toks
    digits = _HAS_DIGIT.search(low) is not None
    if digits:
        low = _NUMBER.sub(_number_placeholder, low)
    spaced = low.encode("ascii", "replace").translate(_table).decode("ascii")
    apostrophe = "'" in spaced
    if apostrophe:  # an apostrophe inside a word stays ("don't"), any other is a space, as in the regex
        spaced = _LONE_APOSTROPHE.sub(" ", spaced)
    toks = spaced.split()
    if apostrophe and _SECOND_APOSTROPHE.search(spaced) is not None:  # "rock'n'roll": the regex's split
        toks = [t for piece in toks for t in (_WORD_TOKEN.findall(piece) if "'" in piece else (piece,))]
    if digits:
        toks = list(map(_PLACEHOLDERS.get, toks, toks))
    return _fold_per_cent(toks) if "cent" in toks else toks


def _fold_per_cent(toks: list[str]) -> list[str]:
    """Folds "per cent", as British and Commonwealth copy writes it, into the one word "percent":
    a percentage to the model and the hand features, and "per" alone is "per capita", "per year"."""
    out: list[str] = []
    for t in toks:
        if t == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
        else:
            out.append(t)
    return out


# the same table with NUL kept: the separator between the texts of a batch
_WORD_BYTES_SEP = b"\x00" + _WORD_BYTES[1:]
SEPARATOR = "\x00"  # a token no text's tokens contain (NUL is never part of a word)


def tokens_of_many(texts: list[str]) -> list[str]:
    """The tokens of every text, one list, each text's followed by :data:`SEPARATOR`.

    Equal to ``tokens(t) + [SEPARATOR]`` for each text in turn, worked out over the texts joined
    by ``"\\n\\x00\\n"`` so the lower-casing, number shapes and splitting run once per batch. A
    batch whose texts hold a NUL or a '<' takes :func:`tokens` text by text.
    """
    joined = "\n\x00\n".join(texts)
    if texts and joined.count("\x00") == len(texts) - 1 and "<" not in joined:
        toks = tokens(joined, _WORD_BYTES_SEP)
        toks.append(SEPARATOR)
        return toks
    out: list[str] = []
    for text in texts:
        out += tokens(text)
        out.append(SEPARATOR)
    return out


def terms(text: str) -> list[str]:
    """Unigrams and bigrams of :func:`tokens`."""
    toks = tokens(text)
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]


def hand_features(text: str, toks: list[str] | None = None) -> dict[str, float]:
    """Signals a fact-checker would name, each in [0, 1]. Computed from the tokens where possible."""
    if toks is None:
        toks = tokens(text)
    n = len(toks) or 1
    words = set(toks)
    caps = len(_CAPITALISED.findall(text))
    listed = {name: 0.0 if words.isdisjoint(lst) else 1.0 for name, lst in HAND_WORD_LISTS.items()}
    return {
        "h_figure": listed["h_figure"],
        "h_percent": listed["h_percent"],
        "h_money": 1.0 if (listed["h_money"] or _has_currency(text)) else 0.0,
        "h_date": listed["h_date"],
        "h_capitalised": min(caps, 3) / 3.0,
        "h_first_person": listed["h_first_person"],
        "h_opinion": listed["h_opinion"],
        "h_modal": listed["h_modal"],
        "h_question": 1.0 if _is_question(text) else 0.0,
        "h_length": min(math.log1p(n) / _LOG_61, 1.0),
        "h_short": 1.0 if n < 6 else 0.0,
    }


def _is_question(text: str) -> bool:
    """Ends with a question mark, before any closing quotes or brackets."""
    return text.rstrip().rstrip("\"'”’)").endswith("?")


def _has_currency(text: str) -> bool:
    return "$" in text or "£" in text or "€" in text


def opinion_word(toks: list[str]) -> str | None:
    for t in toks:
        if t in OPINION_WORDS:
            return t
    return None
