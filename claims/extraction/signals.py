"""Figures, dates, times, quotations and named entities, found once over the whole body.

All patterns run on the length-preserving normalised copy, so offsets are body offsets.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, methodcaller

from .lexicon import (
    BRAND_PREFIX_MAX,
    DOCUMENT_NOUNS,
    GIVEN_NAMES,
    MEASURE_NOUNS,
    MONTHS,
    ORGANISATION_NOUNS,
    PORTFOLIO_OFFICES,
    POSTNOMINALS,
    SENTENCE_STARTERS,
    SOURCE_NOUNS,
    TITLES,
    WEEKDAYS,
    trie_alternation,
)


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str  # figure | date | time | percent | entity | person | org | quote
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """The kind in plain words, as a reviewer reads it on a claim ("an organisation")."""
        return SIGNAL_LABELS.get(self.kind, self.kind)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": self.label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


_SPAN = methodcaller("span")
_START_END = attrgetter("start", "end")

SIGNAL_LABELS = {
    "figure": "a figure",
    "percent": "a percentage",
    "date": "a date",
    "time": "a time",
    "person": "a person",
    "org": "an organisation",
    "entity": "a name",
    "quote": "a quotation",
}


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn)"

_AMPM = r"(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
# Each pattern starts with a literal or a character class so the regex engine can skip ahead
# quickly; word boundaries on the left are checked in find_signals.
_TIME = re.compile(rf"\d\d?(?::\d{{2}}(?::\d{{2}})?(?:\s?{_AMPM})?|(?:\.\d{{2}})?\s?{_AMPM})")
_YEAR = r"(?:1[6-9]|20)\d{2}"
_DATE_TAIL = rf"(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR}\b)?"
_MONTH_TAIL = rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+{_YEAR}\b)?"
# Every alternative starts with a literal, so the engine scans for their first letters only.
_DATE_WORDS = re.compile(
    "|".join(
        [rf"{d}\b{_DATE_TAIL}" for d in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()]
        + [
            re.escape(m) + ("" if m.endswith(".") else r"\b") + _MONTH_TAIL
            for m in (
                "January February March April May June July August September October November December "
                "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec."
            ).split()
        ]
    )
)
_DATE_NUM = re.compile(
    rf"\d(?:\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    rf"|\d?/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b|\d{{3}}-\d{{2}}-\d{{2}}\b)"
)
_PERCENT = re.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)")
# ("£3.2bn", "$5tn", "£45m": the scale written onto the number)
_FIGURE = re.compile(
    rf"[$£€¥\d](?:(?<=[$£€¥])\s?\d)?[\d,]*(?:\.\d+)?(?:\s{_SCALE}\b|(?<=\d)(?:bn|mn|tn|[mbk])\b)?"
)
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds "
    "thousands millions billions dozen dozens half double triple"
).split()
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_RELATIVE_DATES = frozenset("today yesterday tomorrow tonight".split())
# a capitalised word right before and after a relative date's word: a name holds it
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“] )(?<!^)[A-Z][a-z]+[ ]\Z")
_INSIDE_A_NAME = re.compile(r"[ ]([A-Z][a-z]+)")
_SHARES_IN_BEFORE = ("hares in ", "hares of ", "tock in ", "take in ", "tocks of ")
_CAPTION_PARTICIPLES = frozenset(
    """Striking Protesting Grieving Campaigning Visiting Outgoing Departing Retiring Cheering Smiling
    Mourning Waiting Celebrating Jubilant Defiant Embattled Beleaguered Newly""".split()
)
# verbs a headline writes in title case after its subject ("Kaylee Voss Files for Divorce")
_HEADLINE_VERBS = frozenset(
    """Files Says Said Wins Quits Warns Backs Slams Calls Announces Denies Admits Vows Urges Sues Resigns
    Dies Joins Leaves Signs Launches Unveils Reveals Rejects Accepts Confirms Defends Blames Hits""".split()
)
_NOT_GIVEN = frozenset(
    "Civil Human Public Private Royal National Federal State Central General Supreme".split()
)  # words that open a body's name, never a given name
_NUMBER_OR_RELATIVE_SET = _NUMBER_WORD_SET | _RELATIVE_DATES
_WORD_SCAN = re.compile(r"[A-Za-z]{3,}")
# A whole ASCII-letter word that is a number word or a relative date, scanned on the lower-cased
# text (same length, and no non-ASCII letter lower-cases to ASCII except U+0130 and U+212A,
# which fall back to the word-by-word scan). A case-sensitive trie that starts with its first
# letters (IGNORECASE or a leading look-behind would make `re` try every position); the letter
# before a match is checked in Python.
_NUMBER_OR_RELATIVE = re.compile(r"(?:" + trie_alternation(_NUMBER_OR_RELATIVE_SET) + r")(?![a-z])")
_AZ = frozenset("abcdefghijklmnopqrstuvwxyz")
_SCALE_AFTER = re.compile(rf"\s{_SCALE}s?\b")
_DQUOTE = re.compile(r'"[^"\n]{1,2000}"')
_SQUOTE = re.compile(r"‘(?:[^‘’\n]|’(?=\w)){1,300}’")
# A quotation in straight single quotes ('We will appeal,' she said): the mark opens after a space,
# a bracket, a dash or a colon, before a word (not "'em", "'90s", "rock 'n' roll"); inside, a mark
# only within a word ("don't") or after a plural ("the workers' rights"); the closing mark after
# no space, before no letter, and after an "s" only before no word (else a plural's possessive)
_STRAIGHT_SQUOTE = re.compile(
    r"(?:(?<=[\s(\[:—–\-])|^)'(?!(?:em|til|cause|n|tis|twas|\d0s|\d\d)\b)(?=[\w\"…])"
    r"(?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?=[ ][a-z])){1,600}?"
    r"(?<=\S)(?:(?<!s)'(?!\w)|'(?![ ]?\w))"
)
# a capitalised word: "O'Neill", "U.S."; a plural's possessive inside a name ("St Thomas' Hospital");
# an apostrophe inside a name before a small letter ("Ng'ang'a", "Salave'a"), not a possessive or
# a contraction ("Kenya's", "Don't")
_CAP_WORD = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w\-]*(?:'[A-Z]\w*|(?:'(?!(?:s|t|d|ll|re|ve|m|mon)\b)[a-z]\w*)+"
    r"|(?<=s)'(?=[ \t][A-Z]))?\.?)"
)
# a surname with the Arabic article in lower case: "al-Rashid", "el-Baz" (never a name's first word)
_ARTICLE_SURNAME_PATTERN = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-[A-Z][\w\-]*"
ARTICLE_SURNAME = re.compile(_ARTICLE_SURNAME_PATTERN)
_ENTITY = re.compile(
    rf"{_CAP_WORD}(?:[ \t](?:(?:of|de(?:[ \t]l[ao]s?)?|del|du|da|v[oa]n(?:[ \t]de[rn])?|der|bin|al|and|&)"
    rf"[ \t]"
    rf"(?:the[ \t])?)?(?:{_CAP_WORD}|{_ARTICLE_SURNAME_PATTERN}))*"
)

ORG_WORDS = frozenset(
    """Ministry Ministries News Parliament Army Navy Reuters Inc Inc. Corp Corp. Co. Ltd Ltd. Agency
    Party Council Union Committee Bank University Government Court Police Times Post Press Association
    Organization Organisation Company Group Institute Department Office Commission Senate Congress
    Assembly Force Forces Council Kremlin Pentagon Guardian Journal Telegraph Herald Tribune Network
    Federation Authority Fund Foundation Service Services Bureau Administration Airlines Airways
    Corporation Holdings Network Broadcasting TASS Interfax AFP AP BBC CNN NBC CBS ABC Bloomberg
    Xinhua UN NATO EU WHO IMF OPEC FBI CIA NASA Water Energy Electric Rail Railways Motors Foods
    Pharmaceuticals Pharma Capital Partners Media Software Systems Technologies Labs Insurance
    Semiconductor Industries Mining Petroleum Telecom Communications Entertainment Studios Logistics
    Shipping Resources Solutions Ventures Securities Analytics Consulting Associates Society Trust
    Panel Forum Taskforce Tribunal
    Charity Campaign Alliance Coalition Club Academy School College Museum Institution Homes
    Developments Properties Estates Construction Housing Stores Retail Brands Hotels Resorts
    Laboratories Breweries Robotics Tech Digital Therapeutics Biotech Biosciences Aerospace Automotive
    Networks Devices Materials Chemicals Financial Investments Research Electrical Maritime Engineering
    Utilities Appliances Products Goods Supplies Coaches Buses Travel Transport Gateway Freight Ferries
    Trains Couriers Parcels Grid Echo Gazette Courier Chronicle Advertiser Sentinel Examiner Argus Mirror
    Express Dispatch Inquirer Enquirer Bulletin Air Mutual Oil Gas Cargo Airline Telecoms Guild
    Survey Directorate Inspectorate Secretariat Tribunal Regulator Watchdog Board Bio""".split()
)
# words of a body's name before its "of" ("Fraternal Order of Police", "Editorial Board of the New
# York Times"): no person's
_BODY_WORDS = frozenset(
    """Order Board Brotherhood Sisterhood Chamber Friends Sons Daughters Sisters Brothers Knights
    Church Desk Team Staff Editors Members Chapter Lodge Circle""".split()
)
# a centre is an organisation before "for" ("Center for American Progress"); alone, often a place
# ("World Trade Center", "Bank United Center")
_CENTRES = frozenset(("Center", "Centre"))
# Firms whose names are shaped like a person's (a given name or a surname, then a surname)
FIRM_NAMES = frozenset(
    (
        "Morgan Stanley",
        "Goldman Sachs",
        "Wells Fargo",
        "Charles Schwab",
        "Edward Jones",
        "Raymond James",
        "Johnson Matthey",
        "Taylor Wimpey",
        "Balfour Beatty",
        "Morgan Sindall",
        "Hargreaves Lansdown",
        "Harvey Nichols",
        "Estee Lauder",
        "Ralph Lauren",
        "Hugo Boss",
        "Ted Baker",
        "Calvin Klein",
        "Tommy Hilfiger",
        "Louis Vuitton",
        "Christian Dior",
        "Dow Jones",
        "Berkshire Hathaway",
        "Standard Chartered",
        "Greene King",
    )
)
NEWS_SOURCES = frozenset(
    "Reuters AP AFP Bloomberg BBC CNN TASS Interfax Xinhua Al Jazeera RIA Novosti Sputnik".split()
)
PERSON_TITLES = frozenset(
    """President Prime Minister Chancellor Secretary Senator Sen. Rep. Representative Governor Gov.
    Mayor Speaker Minister Foreign Defence Defense General Gen. Colonel Col. Captain Capt.
    Lieutenant Sergeant King Queen Prince Princess Pope Bishop Archbishop Ambassador Judge Justice
    Chief Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Prof. Prof Professor Sir Dame Lord Lady Spokesman Spokeswoman
    Commander Admiral Marshal Premier Vice Deputy Director Chairman Chairwoman CEO Sheikh Emir
    Sultan Ayatollah Patriarch Cardinal Rabbi Imam Councillor Councilman Congressman Congresswoman
    Attorney Commissioner Inspector Detective Officer Coach Leader Whip Chair Cllr Cllr. Supt Supt. Insp
    Insp. Det Det. DCI Sgt Sgt. Lt Lt. Maj Maj. Rev Rev. Fr Fr. Secretary-General Director-General
    Attorney-General Solicitor-General Governor-General Surgeon-General Hon Hon. Alhaji Alhaja Datuk
    Dato Datin Puan Tuan Encik Shri Smt Smt. Engr Engr. Usec Usec. Cong Cong. Dir Dir. Dy Dy. Mian
    Senator-elect DC DS Seri DI PC DCS ACC PCSO""".split()
)
# Capitalised words that are no name: never one alone, and dropped from the front of one
# ("Amid Russia's invasion" -> "Russia"). The words that open a sentence, and function words
# that open one in news copy though the segmenter need not know them ("Amid the protests, …").
_STOP_CAPS = SENTENCE_STARTERS | frozenset(
    """I I'm I've I'd I'll It's There's He's She's That's What's Let's Mr Mrs Ms Dr Amid Amidst Via
    Upon Against Within Across Through Towards Toward Beyond Below Above Behind Until Unless Whether
    Once Whereas Whilst Besides Regardless Ahead Except Outside Inside Around Along Between Into
    Throughout Overall Again Already Elsewhere Ever Never Nobody Everyone Everybody Someone Somebody
    Nothing Everything Something Few Several More Less Much Rather Almost Separately Yes About""".split()
)
# Never a name alone: those, and words that open a sentence and also a name ("Per Olsen", "Near
# East", "Next Generation EU"), which stay at the front of one.
# words for what someone was or is for now, before a role, a team or a place: no given name, and
# no name alone ("Former deputy governor Ana Kralj": not "Former")
_WHAT_SOMEONE_WAS = frozenset(
    "Former Ex Late Outgoing Incoming Acting Interim Then Veteran Retired Current Incumbent Sitting".split()
)
_NO_NAME_ALONE = _STOP_CAPS | frozenset("Per Near Last Next Well".split()) | _WHAT_SOMEONE_WAS
# Common nouns of the news, capitalised only because they open a sentence ("Police said",
# "Teachers voted", "Figures show"): never a name alone there
_COMMON_OPENERS = SOURCE_NOUNS | DOCUMENT_NOUNS | MEASURE_NOUNS  # people in the plural among them


def find_quotes(norm: str, body: str) -> list[tuple[int, int]]:
    """Quotation spans (including the marks), double quotes plus curly single quotes.

    A quotation running on into the next paragraph, as British and Commonwealth copy writes it
    (no closing mark at the paragraph's end, an opening mark at the next one's start), runs to
    its paragraph's end."""
    spans = [(m.start(), m.end()) for m in _DQUOTE.finditer(norm)]
    if norm.count('"') > 2 * len(spans):
        spans.extend(_open_quotes(norm, spans))
        spans.sort()
    if "‘" in body:
        spans.extend((m.start(), m.end()) for m in _SQUOTE.finditer(body))
        spans.sort()
    if " '" in body or body.startswith("'") or "\n'" in body:
        # straight single quotes, as much British copy types them: outside every quotation found
        # (not the single quotes nested in a double one)
        straight = [(m.start(), m.end()) for m in _STRAIGHT_SQUOTE.finditer(body)]
        if straight:
            starts = [s for s, _ in spans]  # (sorted, as spans are)
            ends = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end so far
            spans.extend(
                q for q in straight if (k := bisect.bisect_right(starts, q[0]) - 1) < 0 or q[0] >= ends[k]
            )
            spans.sort()
    return spans


def _open_quotes(norm: str, closed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations opened and not closed in their paragraph, when the next paragraph opens with a
    quotation mark: from the mark (the line's last, outside every closed quotation) to the
    paragraph's end. One pass over the lines."""
    inside = bytearray(len(norm))
    for s, e in closed:
        inside[s:e] = b"\x01" * (e - s)
    out: list[tuple[int, int]] = []
    n = len(norm)
    start = 0
    while (end := norm.find("\n", start)) != -1:
        mark = norm.rfind('"', start, end)
        line_start, start = start, end + 1
        if mark == -1 or inside[mark] or mark + 1 >= end or norm[mark + 1].isspace():
            continue
        nxt = end
        while nxt < n and norm[nxt].isspace():
            nxt += 1
        if nxt == n or norm[nxt] != '"':
            continue
        line_end = end
        while line_end > line_start and norm[line_end - 1].isspace():
            line_end -= 1
        out.append((mark, line_end))
    return out


def find_signals(norm: str, body: str, quotes: list[tuple[int, int]]) -> list[Signal]:
    """All signals in the body, sorted by start, higher-priority kinds winning overlaps.

    Priority: time > date > percent > figure > entity; quotations may overlap anything.
    """
    taken = bytearray(len(norm))  # 1 where a higher-priority signal already sits
    found: list[Signal] = []
    append = found.append
    taken_find = taken.find

    number_words, relative_dates = _number_words(norm)
    for kind, matches in (
        ("time", map(_SPAN, _TIME.finditer(norm))),
        ("date", map(_SPAN, _DATE_WORDS.finditer(norm))),
        ("date", map(_SPAN, _DATE_NUM.finditer(norm))),
        ("date", relative_dates),
        ("percent", map(_SPAN, _PERCENT.finditer(norm))),
        ("figure", map(_SPAN, _FIGURE.finditer(norm))),
        ("figure", number_words),
    ):
        for start, end in matches:
            if start and (norm[start - 1].isalnum() or norm[start - 1] == "_"):
                continue  # not at a word start ("x10", "Jahr10", "Bytwo")
            while end > start and norm[end - 1] in " ,.":
                end -= 1
            if end <= start or taken_find(1, start, end) != -1:
                continue  # a higher-priority signal sits there already
            kind_here = kind
            if kind == "figure" and end - start == 4 and norm[start] in "12" and _is_year(norm[start:end]):
                kind_here = "date"  # a bare year
            taken[start:end] = b"\x01" * (end - start)
            append(Signal(kind_here, body[start:end], start, end))
    found.extend(_entities(norm, body, taken))
    found.extend(Signal("quote", body[s:e], s, e) for s, e in quotes)
    found.sort(key=_START_END)
    return found


# A title that takes its portfolio after "for": "Minister for Justice", "Secretary of State for
# Health", "Cabinet Secretary for Education", "spokesperson for Finance"
_PORTFOLIO_BEFORE = re.compile(
    r"(?:" + "|".join(PORTFOLIO_OFFICES) + r"|[Ss]pokes(?:man|woman|person))(?:[ ]of[ ]State)?[ ]for[ ]\Z"
)
# What may open a person's name after a portfolio: an honorific
_HONORIFICS = frozenset(
    """Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Mr Mr. Mrs Mrs. Ms Ms. Senator Sen. Hon Hon.
    Alhaji Chief Datuk Dato Tan Sri Puan Tuan Encik Shri Smt Smt. Deputy Rep. Rev Rev.""".split()
)


def _from_token(norm: str, start: int, tokens: list[str], k: int) -> tuple[int, list[str]]:
    """An entity's start and tokens from its ``k``-th token on ("Local MP Tom Baird" -> "Tom Baird")."""
    return norm.index(tokens[k], start + sum(len(t) + 1 for t in tokens[:k]) - 1), tokens[k:]


def _sentence_end_inside(text: str) -> int:
    """Length up to a full stop that ends a sentence inside the span ("Brussels. She"), else 0."""
    pos = 0
    toks = text.split(" ")
    for k, tok in enumerate(toks):
        pos += len(tok) + 1
        if tok.endswith(".") and pos < len(text) and len(tok) > 2 and tok.count(".") == 1:
            if tok[:-1].lower() not in TITLES:
                return pos - 2
        if tok.endswith(".") and k + 1 < len(toks) and toks[k + 1] in _PRONOUNS_OPENING:
            return pos - 2  # "Ph.D. She": an initial's mark, then a sentence opening with a pronoun
    return 0


_PRONOUNS_OPENING = frozenset(("She", "He", "It", "They", "We", "I"))


def _is_year(text: str) -> bool:
    return text.isdigit() and 1600 <= int(text) <= 2099


def _number_words(norm: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of number words ("two", "thousands", "two million") and relative dates ("today")."""
    numbers, dates = [], []
    if "\u0130" in norm or "\u212a" in norm:
        matches = [m for m in _WORD_SCAN.finditer(norm) if m.group(0).lower() in _NUMBER_OR_RELATIVE_SET]
    else:
        low = norm.lower()
        matches = [m for m in _NUMBER_OR_RELATIVE.finditer(low) if low[m.start() - 1 : m.start()] not in _AZ]
    for m in matches:
        if m.group(0).lower() in _RELATIVE_DATES:
            if (
                norm[m.start()].isupper()
                and (after := _INSIDE_A_NAME.match(norm, m.end())) is not None
                and (
                    _NAME_WORD_BEFORE.search(norm, max(0, m.start() - 30), m.start())
                    or after.group(1) in ORG_WORDS  # "Feeding Tomorrow Alliance" opening a sentence
                )
            ):
                continue  # "The Feeding Tomorrow Alliance", "Radio Today Network": a word of a name
            dates.append(m.span())
        else:
            scale = _SCALE_AFTER.match(norm, m.end())
            numbers.append((m.start(), scale.end() if scale else m.end()))
    return numbers, dates


def _entity_spans(norm: str) -> Iterator[tuple[int, int]]:
    """The spans of :data:`_ENTITY`, a person named after another's workplace apart: "Emmanuel
    Kwarteng of the Volta Eagles Athletics Club and Lydia Ampofo" is two people (the first and
    where he runs, then a woman), not one name."""
    for m in _ENTITY.finditer(norm):
        start, end = m.span()
        if " and " in m.group() and " of " in m.group():
            cut = norm.rfind(" and ", start, end)
            tail = norm[cut + 5 : end].split()
            if (
                norm.find(" of ", start, cut) != -1
                and 2 <= len(tail) <= 3
                and tail[0] in GIVEN_NAMES
                and looks_like_person(" ".join(tail))
            ):
                yield start, cut
                yield cut + 5, end
                continue
        yield start, end


def _entities(norm: str, body: str, taken: bytearray) -> list[Signal]:
    out: list[Signal] = []
    lower_case: dict[str, bool] = {}  # whether the text writes a word in lower case, per word
    lower_words: set[str] | None = None  # a long text's lower-case words, when first needed
    for start, end in _entity_spans(norm):
        text = norm[start:end]
        if start and norm[start - 1].islower():  # inside a word: a brand's ("iPhone", "eBay") or none
            back = start - 1
            while back and norm[back - 1].islower():
                back -= 1
            if start - back > BRAND_PREFIX_MAX or (back and norm[back - 1].isalnum()):
                continue  # "camelCase", "x2Phone"
            start, text = back, norm[back:end]
        if " " in text or "." in text:
            cut = _sentence_end_inside(text)
            if cut:
                text, end = text[:cut], start + cut
            while text.endswith(".") and not _is_abbrev(text):
                text = text[:-1]
                end -= 1
        elif text in _NO_NAME_ALONE:  # the common case: "The", "He", "But" opening a sentence
            continue
        if text.endswith("'s"):
            if text.startswith(("St ", "St. ", "Saint ")) and _INSIDE_A_NAME.match(norm, end):
                pass  # "St Brendan's University Hospital": a saint's place, no person (kept with its "'s")
            elif not _OWN_APOSTROPHE_S.match(norm, end) or looks_like_person(text[:-2]):
                text, end = text[:-2], end - 2
        elif (
            norm.startswith("'s", end)
            and _OWN_APOSTROPHE_S.match(norm, end + 2)
            and not looks_like_person(text)  # a person's name has no "'s" of its own
        ) or (
            # "St Brendan's University Hospital": a saint's place, no person
            text.startswith(("St ", "St. ", "Saint "))
            and norm.startswith("'s", end)
            and _INSIDE_A_NAME.match(norm, end + 2)
        ):
            text, end = text + "'s", end + 2
        tokens = text.split()
        if len(tokens) > 1 and tokens[-1] == "I" and (tokens[-2] == "and" or _follows_i(norm, end)):
            # "the kind of Vice President I want": the speaker's "I" is no part of the name
            tokens.pop()
            while len(tokens) > 1 and tokens[-1] in _NAME_CONNECTORS:  # "Senator Okafor and I"
                tokens.pop()
            keep = 0
            for tok in tokens:
                keep = text.index(tok, keep) + len(tok)
            end -= len(text) - keep
            text = text[:keep]
        if len(tokens) > 2 and tokens[-1] in _HEADLINE_VERBS:
            # a headline in title case: "Kaylee Voss Files for Divorce", "Acme Boss Quits" (the verb
            # is no part of the name)
            tokens.pop()
            end = start + text.rindex(" ")
            text = norm[start:end]
        if len(tokens) > 1 and tokens[0] in _CAPTION_PARTICIPLES:
            # a caption's or a headline's participle before the name: "Striking SkyVeld cabin crew"
            start, tokens = _from_token(norm, start, tokens, 1)
            text = norm[start:end]
        # drop a leading sentence opener ("The Russian ..." -> "Russian ...")
        while tokens and tokens[0] in _STOP_CAPS:
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not tokens:
            continue
        if len(tokens) > 2 and tokens[0] in ("Shares", "Stock") and tokens[1] == "of":
            # "Shares of Acme Corp. fell": the company, whose shares they are
            start = norm.index(tokens[2], start + len(tokens[0]) + 4)
            tokens = tokens[2:]
            text = norm[start:end]
        if len(tokens) > 1 and tokens[0] in LEADING_DESCRIPTORS:
            # "Retailer Acme", "Promoter LiveArc": the business, after what it is
            start, tokens = _from_token(norm, start, tokens, 1)
            text = norm[start:end]
        elif len(tokens) > 2 and tokens[0] in BEFORE_A_NAME:
            # "Local MP Tom Baird", "Conservative Martin Rook", "Shopkeeper Dev Mistry": the person
            k = 1
            while k < len(tokens) - 2 and tokens[k] in BEFORE_A_NAME:
                k += 1
            if looks_like_person(" ".join(tokens[k:])):
                start, tokens = _from_token(norm, start, tokens, k)
                text = norm[start:end]
        if (
            len(tokens) > 2
            and norm.endswith(" for ", 0, start)
            and _PORTFOLIO_BEFORE.search(norm, max(0, start - 40), start)
        ):
            # "Minister for Justice Niamh Tallon", "Cabinet Secretary for Health Prof. Daniel
            # Langat": the portfolio, then the person, from a given name or an honorific on
            k = next(
                (
                    k
                    for k in range(1, len(tokens) - 1)
                    if tokens[k] in GIVEN_NAMES or tokens[k] in _HONORIFICS
                ),
                0,
            )
            if k:
                start, tokens = _from_token(norm, start, tokens, k)
                text = norm[start:end]
        if len(tokens) == 1:
            tok = tokens[0]
            if tok.lower() in MONTHS or tok.lower() in WEEKDAYS:
                continue
            if _sentence_initial(norm, start):
                if tok.endswith(("ing", "ly", "ed")) or len(tok) < 3 or tok.lower() in _COMMON_OPENERS:
                    continue  # "Coming a mere day after", "Nearly 2,000", "Police said"
                low = tok.lower()
                written = lower_case.get(low)
                if written is None:
                    if len(norm) > _FIND_MAX:  # a long text: all its lower-case words once
                        if lower_words is None:
                            lower_words = {w for w in _TEXT_WORD.findall(norm) if w.islower()}
                        written = low in lower_words
                    else:
                        written = _written_in_lower_case(norm, low)
                    lower_case[low] = written
                if written:
                    continue  # "Violent crime is down" where the text says "violent crime" too
        if taken.find(1, start, end) != -1:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end + 5 == start
            and norm.startswith(" for ", prev.end)
            and (prev.text.rsplit(" ", 1)[-1] in ORG_WORDS or prev.text.rsplit(" ", 1)[-1] in _CENTRES)
        ):  # "Office for National Statistics", "Center for Family Economics": one organisation
            out[-1] = Signal("org", body[prev.start : end], prev.start, end)
            continue
        if (
            "of" in tokens
            and (k := tokens.index("of")) > 1
            and (
                tokens[-1] in ORG_WORDS
                or tokens[-1] in _PARTY_MEMBERS
                # (a body's word further in, after a given name and a surname: "Shreya Menon of the
                # Harbourfront Institute of Aviation Studies")
                or (
                    k == 2  # a given name and a surname, no more ("Civil Rights Division of …" is a body's)
                    and tokens[0] not in _NOT_GIVEN
                    and looks_like_person(" ".join(tokens[:2]))
                    and any(t in ORG_WORDS for t in tokens[k + 1 :])
                )
            )
        ):
            # "Assistant Chief Constable Sarah Nkemelu of Western Counties Police": the person, then
            # where they work (two names)
            head = tokens[:k]
            if looks_like_person(" ".join(head)) and (
                head[-2] in GIVEN_NAMES
                or not any(w in ORG_WORDS or w in _BODY_WORDS for w in head)  # "Fraternal Order of Police"
            ):
                cut = norm.index(" of ", start)
                out.append(Signal("person", body[start:cut], start, cut))
                rest = norm.index(tokens[k + 1], cut)
                if tokens[k + 1] == "the" and k + 2 < len(tokens):
                    rest = norm.index(tokens[k + 2], rest)
                out.append(Signal(classify_entity(tokens[k + 1 :]), body[rest:end], rest, end))
                continue
        kind = classify_entity(tokens)
        if kind == "person" and text.endswith("'s"):
            kind = "entity"  # "St Brendan's" (University Hospital): a saint's place
        elif kind == "person" and norm.endswith(_SHARES_IN_BEFORE, max(0, start - 12), start):
            kind = "org"  # "Shares in Kaveri Tyres fell": a listed company
        elif kind == "person" and (
            (norm.startswith(", ", end) and _ORG_APPOSITION.match(norm, end))
            or (norm.endswith(" ", 0, start) and _described_as_business(norm, start))
            # "His club, the Highveld Raptors,": what it is before it
            or (
                norm.endswith((", ", ", the "), 0, start)
                and norm.startswith(",", end)  # (an apposition closed: not "a commission, Newt Gingrich did")
                and _ORG_BEFORE_APPOSITION.search(norm, max(0, start - 60), start)
            )
            # "Green Wave leader Imran Baksh": whose leader
            or (norm.startswith(" ", end) and _LEADER_OF_IT.match(norm, end))
        ):
            kind = "org"  # "Harbour Mutual, the insurer,", "the energy consultancy Tarrow Insight"
        elif kind == "person" and titled_as_no_person(norm, start, end):
            kind = "entity"
        out.append(Signal(kind, body[start:end], start, end))
    return out


# What an organisation is, right after its name: ", the insurer,", ", a Leeds-based charity."
_ORG_APPOSITION = re.compile(
    r",[ ]+(?:an?|the)[ ]+(?:(?!(?:of|for|at|with|in|from|to|on|by|and)[ ])[A-Za-z][\w\-]*[ ]+){0,3}?(?:"
    + trie_alternation(ORGANISATION_NOUNS)
    + r")(?=[,.;:)])"
)


# What an organisation is, right before its name and a comma: "His club, the ", "the regulator, "
_ORG_BEFORE_APPOSITION = re.compile(
    r"(?<![\w\-'])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?)[ ]+(?:[a-z][\w\-]*[ ]+){0,2}(?:"
    + trie_alternation(ORGANISATION_NOUNS)
    + r"),[ ]+(?:the[ ]+)?\Z"
)
# a name right before a role held in it and a person's name: "Green Wave leader Imran Baksh"
_LEADER_OF_IT = re.compile(
    r"[ ](?:(?:chief|managing|executive|finance|general|deputy|vice|senior)[ ]+)?"
    r"(?:leader|boss|chief|chairman|chairwoman|chair|president|founder|executive|economist|director"
    r"|officer|manager|spokesman|spokeswoman|spokesperson)[ ]+[A-Z][a-z]"
)  # ("Kauri Realty chief executive Hemi Walker": the firm, then its officer)
# a party named by its members ("Prime Minister Ines Ferreira of the Social Democrats")
_PARTY_MEMBERS = frozenset(
    """Democrats Republicans Conservatives Tories Liberals Greens Socialists Nationalists Unionists
    Progressives""".split()
)
# What a business or an agency is called in lower case right before its name: "the energy
# consultancy Tarrow Insight", "analytics firm Kpler" (a person's role is no such word: "bank
# manager Tom Reed"; nor a word that is both: "real estate developer Donald Trump", "film producer")
_BUSINESS_BEFORE = re.compile(
    r"(?<![\w\-'])(?:[a-z][\w\-]*[ ]+){0,3}?(?:"
    + trie_alternation(
        """consultancy firm company operator insurer lender retailer manufacturer broadcaster
        charity agency regulator watchdog utility airline bank chain supermarket carmaker drugmaker
        chipmaker""".split()
    )
    + r")[ ]+\Z"
)
# a work named right after what it is: "her book, The Living Wall", "whose album Paper Lanterns"
_WORK_WORDS = frozenset(
    """book novel memoir biography autobiography film movie album single documentary play musical
    series programme program podcast poem song opera painting exhibition""".split()
    # and a product by its name: "its first smart glasses, called Lumora Sight,"
    + """glasses headset phone smartphone device app drug vaccine product console watch tablet laptop
    robot chip car""".split()
)
_WORK_LEADS = frozenset("the a an called titled entitled".split())  # between the work and its title
_WORK_BEFORE = re.compile(
    r"(?<![\w\-])(?:" + "|".join(sorted(_WORK_WORDS)) + r")[,]?[ ]+"
    r"(?:(?:[Tt]he|[Aa]n?|called|titled|entitled)[ ]+)?\Z"
)
# a place named after what it is: "the coastal village of Saltmarsh Cove", "the town of Ely"
_PLACE_OF = re.compile(
    r"(?<![\w\-])(?:village|town|city|hamlet|suburb|borough|county|island|port|district|province|region"
    r"|state|parish"
    # where in a place: "at the foot of Sliabh Rua", "on the outskirts of Kelby"
    r"|foot|top|summit|slopes?|shores?|banks|edge|heart|outskirts|mouth)[ ]+of[ ]+\Z"
)
# a name that names something else after it: "the old Sliabh Rua style", "the Hale era"
_NAME_AS_MODIFIER_AFTER = re.compile(r"[ ](?:style|era|tradition|legacy|doctrine|years)\b")


def titled_as_no_person(norm: str, start: int, end: int = -1) -> bool:
    """Whether the name at ``start`` follows what says it is a work or a place, whatever it looks
    like: "Her 1981 book, The Living Wall,", "the village of Saltmarsh Cove" (the word before it,
    past an article, looked at first: the patterns run only where it may be one); or, with its
    ``end``, names something after it ("the old Sliabh Rua style")."""
    if end > 0 and norm.startswith(" ", end) and _NAME_AS_MODIFIER_AFTER.match(norm, end) is not None:
        return True
    if start < 4 or norm[start - 1] != " ":
        return False
    last = norm.rfind(" ", max(0, start - 16), start - 1)
    word = norm[last + 1 : start - 1].rstrip(",").lower()
    if word in _WORK_LEADS or word in _WORK_WORDS:
        return _WORK_BEFORE.search(norm, max(0, start - 40), start) is not None
    return word == "of" and _PLACE_OF.search(norm, max(0, start - 24), start) is not None


# verbs before "the company Tom Reed …": a clause's subject follows, no company's name
_TELLING = frozenset("told tell tells telling informed asked warned urged assured reminded said".split())


def _described_as_business(norm: str, start: int) -> bool:
    m = _BUSINESS_BEFORE.search(norm, max(0, start - 50), start)
    return m is not None and not any(w in _TELLING for w in m.group().split())


# Words that follow the pronoun "I" (and not a Roman numeral: "World War I veterans")
_I_FOLLOWERS = frozenset(
    """think want wanted believe believed know knew have had was am will would do did don't didn't
    can can't could should must need hope agree say said mean meant just also feel felt never
    support supported understand guess wish got went told asked voted remember made see saw""".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z']*)")


def _follows_i(norm: str, end: int) -> bool:
    if norm.startswith(("'m ", "'ve ", "'d ", "'ll "), end):
        return True  # "which George Bush I'm listening to"
    m = _NEXT_WORD.match(norm, end)
    return m is not None and m.group(1) in _I_FOLLOWERS


_FIND_MAX = 20_000  # a longer text collects its lower-case words once instead of searching each
_TEXT_WORD = re.compile(r"(?<![\w'\-])[^\W\d_][\w'\-]*")  # a word as _written_in_lower_case bounds it


def _written_in_lower_case(norm: str, word: str) -> bool:
    """Whether ``word`` (in lower case) stands in ``norm`` as a word of its own (found in C)."""
    i = norm.find(word)
    n = len(word)
    while i >= 0:
        before = norm[i - 1] if i else " "
        after = norm[i + n : i + n + 1]
        if not (before.isalnum() or before in "'-") and not (after.isalnum() or after in ("'", "-")):
            return True
        i = norm.find(word, i + 1)
    return False


def _sentence_initial(norm: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and norm[i] in " \"'(":
        i -= 1
    return i < 0 or norm[i] in ".!?\n:"


def _is_abbrev(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return last.count(".") >= 2 or last in ("Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.")


def classify_entity(tokens: list[str]) -> str:
    if tokens[-1] in ORG_WORDS or tokens[0] in NEWS_SOURCES or (joined := " ".join(tokens)) in NEWS_SOURCES:
        return "org"
    if joined in FIRM_NAMES:
        return "org"
    if "of" in tokens and tokens[tokens.index("of") - 1] in ORG_WORDS:
        return "org"  # "University of Callow", "Arts Council of Westland"
    if looks_like_person(" ".join(tokens)):
        return "person"
    return "entity"


# Two or three capitalised words that name a place or a thing, not a person: by their first word
# ("New", "United", "San", "Old Trafford", "Aston Villa") or their last ("County", "Nations",
# "Act", a football club's "Manchester United", "Blackburn Rovers"). Words that are also common
# surnames (Hall, Park, Church, Day, Law, Hills, Villa) are left out.
_PLACE_FIRST = frozenset(
    """New North South East West United San Santa Los Las Saint St. Hong Sri Saudi Soviet European
    Middle Latin Central Northern Southern Eastern Western Costa Puerto Buenos Rio Tel Abu River
    Lake Loch Mount Port Cape Fort Lough Old Aston Series""".split()
)
_THING_LAST = frozenset(
    """County City State States Union Nations Kingdom Republic Island Islands Street Road Avenue
    River Mountains Valley Coast Sea Ocean Square Bridge Airport Station Hospital House Center
    Centre Stadium Arena Act Plan Program Programme War Games Cup Prize Award Statistics Security
    Reserve Canal Strait Strip Peninsula Desert Change Warming Rights Affairs Relations
    Province Region District Territory Gulf Forest Falls
    Beach Harbour Harbor Plaza Market Exchange Index Agreement Accord Treaty
    Convention Summit Conference Festival Olympics Championship League Medicare Medicaid
    Marathon Championships Open Trophy Derby Final Finals Series Tour Show Fair Expo Awards
    Week Day Grand Prix Premiership Yards Wharf Quay Docks Heights Terrace Crescent Palace Abbey
    Cathedral United Rovers Wanderers Athletic Albion Hotspur Rangers Sports Primary Social Town FC
    AFC Reservoir Basin Dam Estuary Gap Gardens Library Museum Gallery Theatre Theater Prison Mosque
    Synagogue Drive Motorway Highway Tunnel Junction Roundabout Viaduct Pier Mall
    Campus""".split()
)
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|ese|ish|ic)$")
# Nationalities ending in "-i", which many given names share ("Femi", "Aditi", "Nnamdi"): listed
_I_NATIONALITIES = frozenset(
    """Israeli Iraqi Pakistani Bangladeshi Saudi Yemeni Kuwaiti Omani Qatari Emirati Bahraini Somali
    Nepali Afghani Azerbaijani Punjabi Bengali Gujarati Marathi Hindi Burundi Malawi Kashmiri Sindhi
    Baluchi Yazidi Houthi Sunni""".split()
)
_NAME_CONNECTORS = frozenset("of the and de du da del der den la las los von van al bin &".split())
# A name's own "'s", as a shop's or a restaurant's, never a person's ("Harcourt's, the supermarket chain, …",
# "Sainsbury's has cut …", "Tesco and Sainsbury's."): no possessive is followed by a comma, a
# sentence's end or a verb
_OWN_APOSTROPHE_S = re.compile(
    r"[,.;:!?)]|\s+(?:has|have|had|is|was|said|says|and|or)\b"
    # a verb in the past tense with its object ("Sainsbury's welcomed the plan"; not "Tesco's
    # planned expansion", where a noun follows the word)
    r"|\s+[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her|this|that|these|those|it|them)\b"
)

# Particles inside a person's name ("Marieke de Vries", "Mohammed bin Salman"), unlike "of",
# "the" and "and", which join the words of a place or an organisation's name
NAME_PARTICLES = _NAME_CONNECTORS - {"of", "the", "and", "&"}
# What a business is, opening a sentence before its name ("Developer Barratt Homes said",
# "Retailer Acme said"): words that begin no firm's own name (not "Bank", "Studio", "Hotel")
LEADING_DESCRIPTORS = frozenset(
    """Developer Housebuilder Retailer Carmaker Automaker Chipmaker Drugmaker Planemaker Broadcaster
    Insurer Lender Miner Supermarket Airline Pollster Regulator Watchdog Supplier Manufacturer
    Publisher Operator Exporter Importer Brewer Consultancy Charity Landlord Promoter""".split()
)
# Words of political parties: no person's name holds one ("Liberal Democrat", "Labour MP")
PARTY_WORDS = frozenset(
    """Labour Conservative Conservatives Tory Tories Liberal Democrat Democrats Democratic Republican
    Republicans Unionist Nationalist Socialist SNP DUP""".split()
)
# What stands before a person's name in capitals and is no part of it: a party, a member's
# letters, a word for what the person does or did ("Labour MP Tom Reed", "Local MP Tom Baird",
# "Shopkeeper Dev Mistry", "Prosecutor Simon Aldridge", "Former Minister …" keeps its title)
BEFORE_A_NAME = PARTY_WORDS | frozenset(
    """MP MPs MSP MEP MLA AM TD TDs MK MHA MPP MNA Local Outgoing Veteran Shopkeeper Patient Prosecutor
    Retailer Farmer
    Resident Residents Witness Campaigner Activist Teacher Nurse Pensioner Landlord Student
    Survivor Victim Defendant Juror Candidate Parent Headteacher Organiser Organizer Tenant Widow Supporter
    Volunteer Publican Builder Co-leader Co-founder Substitute Striker Midfielder Defender Goalkeeper
    Winger Analyst Economist Researcher""".split()
)
# Offices that end a phrase naming the office, not a person ("Home Secretary", "Vice President")
_OFFICES = frozenset(PORTFOLIO_OFFICES) | frozenset(
    """President Premier Chancellor Ambassador Spokesman Spokeswoman Spokesperson Secretary-General
    Director-General Attorney-General""".split()
)
# Words no name opens with (a phrase of where someone works or comes from)
_NOT_A_NAME_START = frozenset("of from at for in on with".split())
# A country's short name ending a name: an organisation's ("Cancer Research UK"), never a person's
_COUNTRY_CODES = frozenset("UK US USA EU UN UAE".split())
_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr"))
_ACRONYM = re.compile(r"[A-Z]{3,}")  # "FNV Havens", "NHS England": an organisation's short name first


def name_tokens(phrase: str) -> list[str]:
    """The words of a name without the letters after it ("Alison Grey KC", "Sir Keir Starmer MP",
    "Martin Luther King Jr.'s")."""
    tokens = phrase.split()
    while len(tokens) > 2 and tokens[-1].removesuffix("'s").rstrip(".,") in POSTNOMINALS:
        tokens.pop()
    if (
        len(tokens) > 3
        and tokens[0].rstrip(".") in ("Rt", "Right")
        and tokens[1].rstrip(".") in ("Hon", "Honourable")
    ):
        del tokens[:2]  # "Rt Hon Eleanor Marsh KC MP": the style before the name
    return tokens


@lru_cache(maxsize=8192)
def looks_like_person(phrase: str, after_role: bool = False) -> bool:
    """A title before a name ("President Putin"), or two or three capitalised name tokens.

    ``after_role``: the text calls the phrase a person just before it ("Villa manager Unai Emery",
    "fire investigator Paul Kerr"), so a first word shaped like a nationality ("Unai", "Jean")
    is a given name the lexicon lacks."""
    tokens = name_tokens(phrase)
    if not tokens or tokens[-1] in ORG_WORDS or tokens[-1] in _COUNTRY_CODES:
        return False  # "Cancer Research UK"
    if tokens[0] in _NOT_A_NAME_START:
        return False  # "of Eastfield Police's Dalby CID": where someone works, no name
    if tokens[0] not in GIVEN_NAMES and (
        tokens[-1] in _OFFICES or (len(tokens) > 2 and tokens[-2] in ("of", "for") and tokens[-3] in _OFFICES)
    ):
        return False  # "Home Secretary", "Minister of State": an office, not its holder's name
    if len(tokens) == 2 and f"{tokens[0]} {tokens[1]}" in FIRM_NAMES:
        return False  # "Morgan Stanley"
    if len(tokens) == 2 and tokens[0] in _WHAT_SOMEONE_WAS:
        return False  # "Former England (captain Michael Stanton)", a headline's "Late Marsh (header)"
    if any(t in PARTY_WORDS for t in tokens):
        return False  # "Liberal Democrat", "Outgoing Conservative"
    for k, t in enumerate(tokens[:-1]):
        if t.endswith(("'s", "’s")):  # "Apple's Tim Cook": the person is after the possessive;
            return looks_like_person(" ".join(tokens[k + 1 :]), after_role)  # not "Women's Aid"
    if any(t[:1].islower() and not ARTICLE_SURNAME.fullmatch(t) for t in tokens if t not in _NAME_CONNECTORS):
        return False
    if "and" in tokens or "&" in tokens:
        return False  # "President Barack Obama and Governor Mitt Romney": two people, or a firm
    if len(tokens) >= 2 and any(t in PERSON_TITLES for t in tokens[:-1]):
        return True
    if _ACRONYM.fullmatch(tokens[0]) and tokens[-1] not in _SUFFIXES:  # not "JFK Jr."
        return False
    if len(tokens) > 2 and tokens[0][:1].isupper() and tokens[-1][:1].isupper():
        tokens = [t for t in tokens if t not in NAME_PARTICLES]  # "Marieke de Vries"
    if 2 <= len(tokens) <= 3 and (
        after_role
        or tokens[0] in GIVEN_NAMES
        or not (_NATIONALITY.match(tokens[0]) or tokens[0] in _I_NATIONALITIES)
    ):
        if tokens[0] in _PLACE_FIRST or tokens[-1] in _THING_LAST:
            return False  # "New Hampshire", "United Nations", "Nassau County", "Family Leave Act"
        return not any(
            t in ORG_WORDS or t in _NAME_CONNECTORS or not (t[:1].isupper() or ARTICLE_SURNAME.fullmatch(t))
            for t in tokens
        )
    return False
