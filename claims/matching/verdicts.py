"""A published fact check's rating, read as one of the desk's verdicts (pure Python).

Publishers rate in their own words ("Pants on Fire", "Mostly False", "Lacks context"); the desk
has seven verdicts. ``verdict_from_rating`` is the one mapping: a rating it does not recognise
gives None, and the reviewer picks the verdict.
"""

from __future__ import annotations

import re

# Normalised rating text -> verdict code (claims.workflow.Verdict values).
_EXACT: dict[str, str] = {
    "true": "true",
    "correct": "true",
    "accurate": "true",
    "mostly true": "mostly_true",
    "mostly correct": "mostly_true",
    "mostly accurate": "mostly_true",
    "half true": "half_true",
    "half-true": "half_true",
    "mixture": "half_true",
    "mixed": "half_true",
    "partly true": "half_true",
    "partly false": "half_true",
    "partially true": "half_true",
    "partially false": "half_true",
    "mostly false": "mostly_false",
    "barely true": "mostly_false",
    "false": "false",
    "incorrect": "false",
    "inaccurate": "false",
    "fake": "false",
    "pants on fire": "false",
    "pants on fire!": "false",
    "four pinocchios": "false",
    "wrong": "false",
    "hoax": "false",
    "scam": "false",
    "fabricated": "false",
    "misleading": "misleading",
    "missing context": "misleading",
    "lacks context": "misleading",
    "out of context": "misleading",
    "miscaptioned": "misleading",
    "distorts the facts": "misleading",
    "exaggerated": "misleading",
    "exaggeration": "misleading",
    "cherry picks": "misleading",
    "half truth": "misleading",
    "unproven": "unverifiable",
    "unverified": "unverifiable",
    "unsupported": "unverifiable",
    "no evidence": "unverifiable",
    "unverifiable": "unverifiable",
    "research in progress": "unverifiable",
}


def _normalise(text: str) -> str:
    text = text.casefold().strip()
    text = re.sub(r"[\s_]+", " ", text)
    return text.strip(" .!?\"'“”")


def verdict_from_rating(
    rating_text: str, rating_value: float | None = None, best: float | None = None, worst: float | None = None
) -> str | None:
    """The desk's verdict code for a fact check's rating, or None when it is not clear.

    The textual rating decides; a numeric ClaimReview rating (worst … best) is used only when
    the text is empty or unknown: the ends of the scale map to false and true, the middle to
    half true; anything between stays for the reviewer.
    """
    text = _normalise(rating_text or "")
    if text in _EXACT:
        return _EXACT[text]
    if text.replace("-", " ") in _EXACT:
        return _EXACT[text.replace("-", " ")]
    if rating_value is not None and best is not None and worst is not None and best != worst:
        position = (rating_value - worst) / (best - worst)
        if position <= 0:
            return "false"
        if position >= 1:
            return "true"
        if abs(position - 0.5) < 1e-9:
            return "half_true"
    return None
