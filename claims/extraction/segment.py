"""Sentence segmentation with exact character spans.

Rules, not a model: hard boundaries at line breaks (unless the next line continues in lower
case), then a decision at every run of terminal punctuation based on the word before it and
the word after it. Every returned span satisfies ``text[start:end] == span.text`` and contains
no leading or trailing whitespace. See README.md for why these rules and not a library.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import (
    GENERIC_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    PLACE_ABBREVIATIONS,
    PLACE_MODIFIERS,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    TIME_FOLLOWERS,
    TITLES,
    lower_case_brand,
    trie_alternation,
)
from .normalise import normalise


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    paragraph: int = 0  # index of the block (line or paragraph) the span lies in


def opens_paragraph(spans: list[Span], i: int) -> bool:
    """Whether ``spans[i]`` is the first span of its paragraph."""
    return i == 0 or spans[i - 1].paragraph != spans[i].paragraph


def closes_paragraph(spans: list[Span], i: int) -> bool:
    """Whether ``spans[i]`` is the last span of its paragraph."""
    return i + 1 == len(spans) or spans[i + 1].paragraph != spans[i].paragraph


def alone_in_paragraph(spans: list[Span], i: int) -> bool:
    """Whether ``spans[i]`` is its paragraph's only span (a line of its own: a headline, a heading)."""
    return opens_paragraph(spans, i) and closes_paragraph(spans, i)


_TERMINALS = ".!?…．。！？"
# a footnote's mark after a sentence's end: "… income.[1]", "….[a]", "….[citation needed]"
FOOTNOTE_MARK = r"\[(?:\d{1,3}|[a-z]{1,3}|citation needed|clarification needed|who\?|when\?|by whom\?)\]"
_FULLWIDTH = "．。！？"
# A run of terminal punctuation, including spaced dots ". . .", then closing quotes/brackets.
_CANDIDATE = re.compile(
    r"""[.!?…．。！？](?:[.!?…．。！？]|\ \.(?=[\s."')\]]|$))*["')\]»]*"""
    rf"(?:{FOOTNOTE_MARK})*"
)
_OPENERS = "\"'([{«"
_CLOSERS = "\"')]}»"
_PUNCT_TAIL = _CLOSERS + "0123456789["  # closers and "[1]" citations after the punctuation
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")
_LIST_FIRST = re.compile(r"^[•⁃▪◦‣●■\-*]?\s*\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})$")
_NUMBER_WITH_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+$")
_MARKER = re.compile(r"(?<!\S)(\()?(\d{1,3}|[A-Za-z])(\.\)|\)|\.)(?=\s)")
# Where _MARKER could match after whitespace: the same places as r"\s\(?(?:\d{1,3}|[A-Za-z])[.)]",
# found from the rarer "." or ")" and looked at backwards, so `re` skips ahead to those.
_MARKER_HINT = re.compile(
    r"[.)](?:(?<=\s[A-Za-z\d][.)])|(?<=\s\d\d[.)])|(?<=\s\d{3}[.)])"
    r"|(?<=\s\([A-Za-z\d][.)])|(?<=\s\(\d\d[.)])|(?<=\s\(\d{3}[.)]))"
)
_LIST_OPENERS = ".!?:;…"  # a list may start after one of these (or at the start of a block)
_BULLET = re.compile(r"(?<=\s)[•⁃▪◦‣●■]")
_BULLET_CHAR = re.compile(r"[•⁃▪◦‣●■]")
_WORD_AFTER = re.compile(r"[^\s\"'(\[{«]+")
# Who said a quotation that ends with "?" or "!", after it and ending the sentence: "Patel asked.",
# "Mr Raj Patel shouted,", "Dr. Ellis asked on Tuesday" (a name of one to three words, a verb)
_SPEAKER_TAG = re.compile(
    r"(?:[A-Z][a-z]{1,3}\.?[ ]+)?[A-Z][\w'’\-]+(?:[ ]+[A-Z][\w'’\-]+){0,2}[ ]+(?:"
    + trie_alternation(w for w in SPEECH_VERBS if " " not in w)
    + r")(?=[ ]*[.,!;]|[ ]+(?:on|in|at|during|after|before)[ ])"
)
# Reference numbers right after a full stop, then the next sentence: ".11 12 Take", ").1 According"
_CITATION = re.compile(r"(\d{1,3}(?:[ ,–-]\d{1,3})*)\s+[\"'“‘(]*[A-Z]")


_MID_CLAUSE = frozenset("abcdefghijklmnopqrstuvwxyz,-")  # a line ending so has not ended its sentence
_WRAPPED_MIN = 20  # a shorter line ending so is a list's item ("features" / "contact manager")
_FIGURE_OPENERS = frozenset("0123456789£$€")
# a line ending in a word that a figure completes ("of", "to", "by", "than" …)
_CLAUSE_WORD_END = re.compile(
    r"(?<![\w'])(?:of|to|by|than|from|at|in|was|were|is|are|about|around|nearly|almost)\Z"
)


def _wraps_on(line: str) -> bool:
    """Whether a line that may continue the one before does so as a wrapped sentence: it holds
    a sentence's end ("its history."), or is long and ends mid-clause itself (wrapped again); a
    list's short item ("library hours") does neither."""
    return any(t in line for t in _TERMINALS) or (len(line) >= _WRAPPED_MIN and line[-1] in _MID_CLAUSE)


def segment(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, in order, non-overlapping, never shifting offsets."""
    if not text:
        return []
    return segment_normalised(text, normalise(text))


def segment_normalised(text: str, norm: str) -> list[Span]:
    """:func:`segment` for a caller that already holds ``normalise(text)``."""
    spans: list[Span] = []
    for pid, (b_start, b_end) in enumerate(_blocks(norm)):
        for s, e in _split_block(norm, b_start, b_end):
            spans.append(Span(s, e, text[s:e], pid))
    return spans


def _blocks(norm: str) -> list[tuple[int, int]]:
    """Lines joined when the next line continues the sentence (starts in lower case)."""
    blocks: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    pos = 0
    n = len(norm)
    while pos <= n:
        nl = norm.find("\n", pos)
        if nl == -1:
            nl = n
        line = norm[pos:nl]
        stripped = line.strip()
        if stripped:
            lead = pos + (len(line) - len(line.lstrip()))
            tail = pos + len(line.rstrip())
            first = stripped[0]
            last = norm[cur_end - 1] if cur_start >= 0 else ""
            soft = (
                cur_start >= 0
                and last not in _TERMINALS
                and (
                    first.islower()
                    # a wrapped line: trailing space before the break, a long line, or a line
                    # ending mid-word or mid-clause ("the largest in" / "its history.")
                    and (
                        norm[pos - 2 : pos - 1].isspace()
                        or cur_end - cur_start >= 50
                        or (
                            last in _MID_CLAUSE
                            and cur_end - cur_start >= _WRAPPED_MIN
                            and _wraps_on(stripped)
                        )
                    )
                    # a figure continuing a clause: "a budget of" / "£4.2 billion"
                    or first in _FIGURE_OPENERS
                    and _CLAUSE_WORD_END.search(norm, max(cur_start, cur_end - 8), cur_end) is not None
                )
            )
            if soft and norm.count("\n", cur_end, lead) == 1:
                cur_end = tail
            else:
                if cur_start >= 0:
                    blocks.append((cur_start, cur_end))
                cur_start, cur_end = lead, tail
        elif cur_start >= 0:
            blocks.append((cur_start, cur_end))
            cur_start = -1
        pos = nl + 1
    if cur_start >= 0:
        blocks.append((cur_start, cur_end))
    return blocks


def _split_block(norm: str, b_start: int, b_end: int) -> list[tuple[int, int]]:
    block = norm[b_start:b_end]
    forced, suppressed = _list_structure(block)
    cuts: list[int] = []  # boundary positions relative to block
    sent_start = 0
    forced_sorted = sorted(forced)
    for m in _CANDIDATE.finditer(block):
        if m.start() in suppressed:
            continue
        if forced_sorted:
            i = bisect.bisect_right(forced_sorted, m.start()) - 1
            if i >= 0 and forced_sorted[i] > sent_start:
                sent_start = forced_sorted[i]
        cut = _decide(block, m, sent_start)
        if cut is not None and 0 < cut < len(block):
            cuts.append(cut)
            sent_start = cut
    if forced:
        cuts = sorted(set(cuts) | forced)
    out: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts + [len(block)]:
        piece = block[prev:cut]
        stripped_left = len(piece) - len(piece.lstrip())
        stripped_right = len(piece.rstrip())
        if stripped_right > stripped_left:
            out.append((b_start + prev + stripped_left, b_start + prev + stripped_right))
        prev = cut
    return out


def _decide(block: str, m: re.Match[str], sent_start: int) -> int | None:
    """Return the cut position for this punctuation run, or None if it is not a boundary."""
    end = m.end()
    n = len(block)
    if end >= n:
        return None  # end of block is a boundary anyway
    punct = m.group(0).rstrip(_PUNCT_TAIL)
    has_closer = len(punct) != len(m.group(0))
    nxt = block[end]
    if not nxt.isspace():
        return _decide_tight(block, m, punct)
    # first real character after the whitespace, skipping opening quotes/brackets
    j = end
    while j < n and block[j].isspace():
        j += 1
    k = j
    while k < n and block[k] in _OPENERS:
        k += 1
    if k >= n:
        return None
    fc = block[k]
    if (
        (fc.islower() and not lower_case_brand(_WORD_AFTER.match(block, k).group(0)))
        or block.startswith("--", k)
        or (block.startswith("- ", k) and punct == ".")
    ):
        # (a brand written in lower case opens a sentence: "… cancelled. easyJet said"; no sentence
        # opens with a dash: "PINE HOLLOW, Calif. — More than 12,000 people …" is a dateline's)
        return None
    if "." not in punct and "…" not in punct:
        if has_closer and _SPEAKER_TAG.match(block, k) is not None:
            return None  # '"What happens then?" Raj Patel asked.': the question and who asked it
        return end  # ? ! and their combinations
    dots = punct.count(".") + 3 * punct.count("…")
    attached = m.start() > 0 and not block[m.start() - 1].isspace()
    if dots >= 2 or "…" in punct:
        return _decide_ellipsis(m, punct, dots, attached, fc)
    if not attached:
        return end
    if _is_list_first(block, sent_start, m.start()):
        return None
    word = _word_before(block, m.start(), sent_start)
    if has_closer:
        return end  # `great.” She` : the period sits inside the quotation
    fw_match = _WORD_AFTER.match(block, k)
    fw = fw_match.group(0).rstrip(".,;:!?") if fw_match else ""
    low = word.lower().rstrip("'’").removesuffix("'s")
    if fc.isdigit():
        if low in NUMBER_ABBREVIATIONS or len(word) == 1:
            return None
        if low == "al" and block.endswith("et ", 0, m.start() - len(word)):
            return None  # "Smith et al. (2023) reported": a citation's year
        return end
    if low in TITLES:
        return None
    if _MULTI_PERIOD.match(word):
        if low in PLACE_ABBREVIATIONS and not block[sent_start : m.start() - len(word)].strip():
            return None  # "U.S. West Texas Intermediate …": no sentence is the abbreviation alone
        return _decide_multi_period(low, fw, end)
    if len(word) == 1 and word.isalpha():
        return end if fw in SENTENCE_STARTERS else None
    if word == "no":
        return end  # "Senators voted no. Mr Cruz said": the word, in lower case, before no number
    if low in GENERIC_ABBREVIATIONS or low in NUMBER_ABBREVIATIONS:
        return end if fw in SENTENCE_STARTERS else None
    return end


# Abbreviated offices that follow "U.S." in a name ("U.S. Sen.", "U.S. Rep.", "U.S. Atty.")
_OFFICE_TITLES = frozenset("sen rep gov gen amb atty adm col capt lt sgt".split())


def _decide_multi_period(low: str, fw: str, end: int) -> int | None:
    if low in ("e.g", "i.e", "cf", "viz"):
        return None
    if low in ("a.m", "p.m"):
        if fw.lower().rstrip(".") in TITLES or fw in TIME_FOLLOWERS:
            return None
        return end if fw[:1].isupper() else None
    if low in PLACE_ABBREVIATIONS:
        # "U.S. Army", "U.S. Sen. Peter Voss": a name's first word, no sentence's end
        return None if fw in PLACE_MODIFIERS or fw.lower().rstrip(".") in _OFFICE_TITLES else end
    return end if fw in SENTENCE_STARTERS else None


def _decide_ellipsis(m: re.Match[str], punct: str, dots: int, attached: bool, fc: str) -> int | None:
    if m.start() > 0 and m.string[m.start() - 1] in "[(":
        return None  # "[...]" marks an omission, never an end
    if attached and punct.startswith(". ") and dots >= 4:
        # "compounds. . . . The" : sentence ends at the first full stop, the ellipsis opens the next
        return m.start() + 1
    if not attached:
        return m.end() if dots >= 4 else None
    return m.end()


def _decide_tight(block: str, m: re.Match[str], punct: str) -> int | None:
    """Punctuation directly followed by a non-space: "world.Today", "period．Does"."""
    end = m.end()
    if punct[-1] in _FULLWIDTH:
        return end
    if punct != "." or end + 1 >= len(block):
        return None
    if block[end].isdigit():
        return _decide_citation(block, m, end)
    if not (block[end].isupper() and block[end + 1].islower()):
        return None
    ws_before = block.rfind(" ", 0, m.start()) + 1
    ws_after = block.find(" ", end)
    token = block[ws_before : ws_after if ws_after != -1 else len(block)]
    if "@" in token or "/" in token or "www." in token.lower() or token.count(".") > 2:
        return None
    word = block[ws_before : m.start()]
    if len(word) >= 2 and word[-1].islower() and word[-2].isalpha() and word.lower() not in TITLES:
        return end
    if _NUMBER_WITH_COMMAS.search(word):
        return end
    return None


def _decide_citation(block: str, m: re.Match[str], end: int) -> int | None:
    """Reference numbers set after the full stop, "… a consultation.11 12 Take the example":
    the sentence ends after them. Not after a number ("3.5 Million"), an initial or an
    abbreviation that takes a number ("No.5 Downing", "p.12 The")."""
    cited = _CITATION.match(block, end)
    if cited is None:
        return None
    before = block[m.start() - 1] if m.start() > 0 else ""
    if not (before.islower() or before == ")"):
        return None
    word = _word_before(block, m.start()).lower()
    if len(word) < 2 or word in NUMBER_ABBREVIATIONS or word in GENERIC_ABBREVIATIONS or word in TITLES:
        return None
    return end + len(cited.group(1))


def _word_before(block: str, pos: int, floor: int = 0) -> str:
    # the normalised copy has only " " and "\n" as whitespace (normalise maps every other)
    ws = max(block.rfind(" ", floor, pos), block.rfind("\n", floor, pos))
    return block[ws + 1 if ws >= 0 else floor : pos].lstrip(_OPENERS)


def _is_list_first(block: str, sent_start: int, pos: int) -> bool:
    """A list marker opening the sentence: "1. The first item", "Q. What is", "• 9. The"."""
    head = block[sent_start:pos].strip()
    return len(head) <= 8 and bool(_LIST_FIRST.match(head))


def _list_structure(block: str) -> tuple[set[int], set[int]]:
    """Inline enumerations ("1.) a 2.) b", "a. x b. y") and bullets: forced cuts, markers to skip.

    Linear in the number of markers (indexed by style and value), so hostile input such as
    "a. b. c. ..." repeated for pages cannot make it quadratic.
    """
    forced: set[int] = set()
    suppressed: set[int] = set()
    if _BULLET_CHAR.search(block):
        for bm in _BULLET.finditer(block):
            forced.add(bm.start())
    # at least as many hints as markers (a marker after the start has whitespace before it):
    # fewer than two hints is the usual case and skips the slower marker scan
    if len(_MARKER_HINT.findall(block)) + (_MARKER.match(block) is not None) < 2:
        return forced, suppressed
    markers = list(_MARKER.finditer(block))
    if len(markers) < 2:
        return forced, suppressed
    by_key: dict[tuple, list[int]] = {}
    for idx, mk in enumerate(markers):
        by_key.setdefault(_style(mk) + (mk.group(2),), []).append(idx)
    used: set[int] = set()
    for i, first in enumerate(markers):
        if i in used or not _starts_list(block, first):
            continue
        if first.group(1) and first.group(3) == ".":
            continue
        style = _style(first)
        chain = [first]
        cur, expected = i, _next_value(first.group(2))
        while True:
            candidates = by_key.get(style + (expected,))
            if not candidates:
                break
            k = bisect.bisect_right(candidates, cur)
            if k == len(candidates):
                break
            cur = candidates[k]
            chain.append(markers[cur])
            used.add(cur)
            expected = _next_value(markers[cur].group(2))
        if len(chain) < 2:
            continue
        for k, mk in enumerate(chain):
            if (k > 0 or mk.start() > 0) and not _bullet_before(block, mk.start()):
                forced.add(mk.start())
            suppressed.add(mk.start(3))
    return forced, suppressed


def _style(marker: re.Match[str]) -> tuple:
    return (marker.group(1), marker.group(2).isdigit(), marker.group(3))


def _starts_list(block: str, marker: re.Match[str]) -> bool:
    value = marker.group(2)
    if value not in ("1", "a", "A") and marker.group(3) == "." and not _bullet_before(block, marker.start()):
        return False
    prev = _previous_char(block, marker.start())
    return prev == "" or prev in _LIST_OPENERS or _bullet_before(block, marker.start())


def _previous_char(block: str, pos: int) -> str:
    """The last non-space character before ``pos``, skipping closing quotes/brackets ("" if none)."""
    i = pos - 1
    while i >= 0 and block[i].isspace():
        i -= 1
    while i >= 0 and block[i] in "\"')]":
        i -= 1
    return block[i] if i >= 0 else ""


def _bullet_before(block: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and block[i].isspace():
        i -= 1
    return i >= 0 and block[i] in "•⁃▪◦‣●■"


def _next_value(value: str) -> str:
    if value.isdigit():
        return str(int(value) + 1)
    return chr(ord(value) + 1)
