"""extract_claims: segment, attribute, find signals, score. Text in, dataclasses out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .attribution import People, UnitAttribution, attribute, looks_like_person
from .language import detect_language
from .normalise import normalise
from .scoring import get_scorer
from .segment import Span, segment_normalised
from .signals import Signal, find_quotes, find_signals

SUPPORTED_LANGUAGES = frozenset({"en"})
MAX_CLAIM_CHARS = 2_000  # a longer unit is not a sentence (a table, a pasted blob): skipped
QUOTE_GROUP_MAX_SENTENCES = 3
QUOTE_GROUP_MAX_CHARS = 600

_DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:[,\s]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?)?\.?$"
)
_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reporting by|Editing by)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}$"
)
_LETTER = re.compile(r"[^\W\d_]{2,}")
_TERMINAL_END = re.compile(r"""[.!?…:;]["'”’)\]]*$""")


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_aliases: tuple[str, ...] = ()
    attribution: str | None = None
    is_quote: bool = False
    quote_start: int | None = None
    quote_end: int | None = None
    score: float | None = None
    checkworthy: bool = False
    reasons: tuple[tuple[str, float], ...] = ()
    signals: tuple[Signal, ...] = ()
    kind: str = "sentence"  # sentence | headline | bullet | quote_group
    paragraph: int = 0
    parts: tuple[tuple[int, int], ...] = ()  # sentence spans inside a quote_group

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_aliases": list(self.speaker_aliases),
            "attribution": self.attribution,
            "is_quote": self.is_quote,
            "quote_start": self.quote_start,
            "quote_end": self.quote_end,
            "score": self.score,
            "checkworthy": self.checkworthy,
            "reasons": [[label, value] for label, value in self.reasons],
            "signals": [s.as_dict() for s in self.signals],
            "kind": self.kind,
            "paragraph": self.paragraph,
            "parts": [list(p) for p in self.parts],
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    language: str
    scored: bool
    claims: list[ClaimCandidate]
    skipped: tuple[tuple[str, int, int], ...] = ()  # (kind, start, end): datelines, bylines, junk
    scorer: str | None = None
    threshold: float = 0.5
    error: str | None = None  # set only if an unexpected failure was contained

    def as_dict(self) -> dict[str, object]:
        return {
            "language": self.language,
            "scored": self.scored,
            "scorer": self.scorer,
            "threshold": self.threshold,
            "claims": [c.as_dict() for c in self.claims],
            "skipped": [list(s) for s in self.skipped],
            "error": self.error,
        }


def extract_claims(body: str, *, threshold: float | None = None, scorer: str = "linear") -> Extraction:
    """Claim candidates of an article body, in document order, with exact offsets into ``body``.

    Never raises on bad text: empty, binary or markup input gives a defined (possibly empty)
    result. An unknown ``scorer`` name is a configuration error and raises ``KeyError``.
    """
    if not isinstance(body, str):
        raise TypeError(f"body must be str, not {type(body).__name__}")
    scorer_obj = get_scorer(scorer)
    if threshold is None:  # the threshold the scorer was tuned to (cross-validated)
        threshold = getattr(scorer_obj, "threshold", 0.5)
    try:
        return _extract(body, threshold, scorer_obj)
    except Exception as exc:  # noqa: BLE001 - contain any bug on hostile input, report it
        return Extraction(
            "und", False, [], scorer=scorer, threshold=threshold, error=f"{type(exc).__name__}: {exc}"
        )


def _extract(body: str, threshold: float, scorer_obj) -> Extraction:
    if not body.strip():
        return Extraction("und", False, [], scorer=scorer_obj.name, threshold=threshold)
    norm = normalise(body)
    units = segment_normalised(body, norm)
    language = detect_language(norm)
    quotes = find_quotes(norm, body)
    signals = find_signals(norm, body, quotes)
    atts, people = attribute(norm, units, quotes, signals)

    kept: list[tuple[Span, UnitAttribution, str]] = []
    skipped: list[tuple[str, int, int]] = []
    for i, (unit, att) in enumerate(zip(units, atts, strict=True)):
        kind = _unit_kind(unit, units, i)
        if kind in ("dateline", "byline", "junk", "overlong"):
            skipped.append((kind, unit.start, unit.end))
            continue
        kept.append((unit, att, kind))

    scored = language in SUPPORTED_LANGUAGES and bool(kept)
    scores = scorer_obj.score([u.text for u, _, _ in kept]) if scored else [None] * len(kept)
    sig_starts = [s.start for s in signals]

    claims: list[ClaimCandidate] = []
    i = 0
    while i < len(kept):
        j = _quote_group_end(kept, i)
        group = kept[i : j + 1]
        claims.append(_make_claim(body, group, scores[i : j + 1], people, signals, sig_starts, threshold))
        i = j + 1
    return Extraction(
        language,
        scored,
        claims,
        tuple(skipped),
        scorer=scorer_obj.name if scored else None,
        threshold=threshold,
    )


def _unit_kind(unit: Span, units: list[Span], i: int) -> str:
    text = unit.text
    if len(text) > MAX_CLAIM_CHARS:
        return "overlong"
    if not _LETTER.search(text):
        return "junk"
    stripped = text.strip()
    if _DATELINE.match(stripped):
        return "dateline"
    if _BYLINE.match(stripped):
        return "byline"
    alone = (i == 0 or units[i - 1].paragraph != unit.paragraph) and (
        i + 1 == len(units) or units[i + 1].paragraph != unit.paragraph
    )
    if stripped[0] in "-•*·▪‣●■–—":
        return "bullet"
    if alone and not _TERMINAL_END.search(stripped) and len(stripped.split()) <= 25:
        return "headline"
    return "sentence"


def _quote_group_end(kept: list[tuple[Span, UnitAttribution, str]], i: int) -> int:
    """Last index of a short multi-sentence quotation that starts at i and carries its speaker."""
    unit, att, _ = kept[i]
    if att.quote is None or att.quote[0] != unit.start:
        return i
    j = i
    while (
        j + 1 < len(kept)
        and j - i + 1 < QUOTE_GROUP_MAX_SENTENCES
        and kept[j][1].quote is not None
        and kept[j][1].quote[1] == kept[j][0].end
        and kept[j + 1][1].quote is not None
        and kept[j + 1][1].quote[0] == kept[j + 1][0].start
        and kept[j + 1][0].paragraph == unit.paragraph
    ):
        j += 1
    if j == i or kept[j][0].end - unit.start > QUOTE_GROUP_MAX_CHARS:
        return i
    if not any(kept[k][1].own for k in range(i, j + 1)):
        return i
    return j


def _make_claim(body, group, scores, people: People, signals, sig_starts, threshold) -> ClaimCandidate:
    if len(group) == 1:  # the common case, without the group bookkeeping
        (unit, att, kind), best = group[0], scores[0]
        start, end = unit.start, unit.end
        speaker, aliases = _display_speaker(att, people)
        lo = bisect.bisect_left(sig_starts, start)
        hi = bisect.bisect_left(sig_starts, end, lo)
        sigs = tuple(s for s in signals[lo:hi] if s.end <= end)
        q = att.quote
        return ClaimCandidate(
            text=unit.text,
            start=start,
            end=end,
            speaker=speaker,
            speaker_aliases=aliases,
            attribution=att.how if speaker or att.how else None,
            is_quote=att.is_quote,
            quote_start=q[0] if q else None,
            quote_end=q[1] if q else None,
            score=round(best.score, 4) if best else None,
            checkworthy=bool(best and best.score >= threshold),
            reasons=best.reasons if best else (),
            signals=sigs,
            kind=kind,
            paragraph=unit.paragraph,
            parts=(),
        )
    first, last = group[0][0], group[-1][0]
    start, end = first.start, last.end
    atts = [att for _, att, _ in group]
    att = next((a for a in atts if a.own), atts[0])
    speaker, aliases = _display_speaker(att, people)
    quote_start = min((a.quote[0] for a in atts if a.quote), default=None)
    quote_end = max((a.quote[1] for a in atts if a.quote), default=None)
    best = None
    for sc in scores:
        if sc is not None and (best is None or sc.score > best.score):
            best = sc
    lo = bisect.bisect_left(sig_starts, start)
    hi = bisect.bisect_left(sig_starts, end)
    sigs = tuple(s for s in signals[lo:hi] if s.end <= end)
    kind = "quote_group" if len(group) > 1 else group[0][2]
    return ClaimCandidate(
        text=body[start:end],
        start=start,
        end=end,
        speaker=speaker,
        speaker_aliases=aliases,
        attribution=att.how if speaker or att.how else None,
        is_quote=any(a.is_quote for a in atts),
        quote_start=quote_start,
        quote_end=quote_end,
        score=round(best.score, 4) if best else None,
        checkworthy=bool(best and best.score >= threshold),
        reasons=best.reasons if best else (),
        signals=sigs,
        kind=kind,
        paragraph=first.paragraph,
        parts=tuple((u.start, u.end) for u, _, _ in group) if len(group) > 1 else (),
    )


def _display_speaker(att: UnitAttribution, people: People) -> tuple[str | None, tuple[str, ...]]:
    if att.speaker is None:
        return None, ()
    if att.pronoun:
        gi = people.latest_before(att.speaker_pos or 0)
        return people.names(gi) if gi >= 0 else (None, ())
    if " " not in att.speaker and people.knows_surname(att.speaker):
        gi = people.latest_with_surname(att.speaker_pos or 0, att.speaker)
        if gi >= 0:
            return people.names(gi)
    if looks_like_person(att.speaker) or people.knows_surname(att.speaker.split()[-1]):
        gi = people.group_of(att.speaker)
        if gi >= 0:
            return people.names(gi)
    return att.speaker, ()
