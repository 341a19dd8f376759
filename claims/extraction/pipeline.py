"""extract_claims: segment, attribute, find signals, score. Text in, dataclasses out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import NamedTuple

from .attribution import (
    CLOCK_LEAD,
    CONTINUING_VERBS,
    DATELINE_LEAD,
    DATELINE_PREFIX,
    FACTS_LINE,
    KICKER_WORDS,
    LIST_BULLETS,
    POST_LINK,
    QA_COLON_LABEL,
    QA_DOT_LABEL,
    RELEASE_DATELINE,
    UNNAMED_LINKS,
    People,
    UnitAttribution,
    attribute,
    colon_dateline,
    first_person_word,
    is_newsroom,
    looks_like_person,
    post_signature,
    speaks_for_another,
    spokesperson_for,
    surname_of,
)
from .language import language_name, unit_languages
from .lexicon import (
    GIVEN_NAMES,
    MONTHS,
    QUESTION_WORDS,
    TITLES_WITH_THE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    trie_alternation,
)
from .normalise import normalise
from .scoring import MAX_REASONS, get_scorer, logit
from .segment import (
    FOOTNOTE_MARK,
    Span,
    alone_in_paragraph,
    closes_paragraph,
    opens_paragraph,
    segment_normalised,
)
from .signals import ORG_WORDS, Signal, find_quotes, find_signals

SUPPORTED_LANGUAGES = frozenset({"en"})
MAX_CLAIM_CHARS = 2_000  # a longer unit is not a sentence (a table, a pasted blob): skipped
QUOTE_GROUP_MAX_SENTENCES = 3
QUOTE_GROUP_MAX_CHARS = 600
# Long documents (a debate transcript): every sentence stays a claim, but only the best few of
# each section stay check-worthy with their score; the others' scores are halved (said on the
# claim), so one transcript cannot fill the top of the review queue.
LONG_DOCUMENT_CLAIMS = 150
SECTION_CLAIMS = 50
SECTION_QUOTA = 3
LONG_DOCUMENT_FACTOR = 0.5
# Units that are never claims (Extraction.skipped): kinds from _unit_kind and _select.
SKIPPED_KINDS = frozenset(
    {
        "dateline",
        "byline",
        "junk",
        "overlong",
        "intro",
        "speaker_label",
        "boilerplate",
        "repeat",
        "title",
        "caption",
    }
)

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # "Thursday 22 May"
_DATELINE = re.compile(
    r"^" + _WEEKDAY_BEFORE + r"(?:(?:" + _MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:" + _MONTH_NAMES + r")\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:[,\s]+(?:[—–-][ ]+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?)?\.?$"
)
_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reporting by|Editing by|Edited by|Reported by|Report by|Words by|Text by"
    r"|Story by|Interview by|Interviews by|Interviewed by"
    r"|Photographs by|Photos by|Pictures by|Photography by|Video by|Illustrations? by|Graphics by)"
    r"\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}\.?"
    # "By Jenna Morales | Defence Desk", "By Megan Trask | Education reporter"
    r"(?:[ ]+\|[ ]+[A-Z][\w.'\-]*(?:[ ]+[A-Za-z][\w.'\-]*){0,3})?$"
    # "By Dan Pruett at Mill Road", "Report by Dan Pruett, Chief Football Writer"
    r"|^(?:By|BY|Reported by|Report by)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3}"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}"
    r"|,\s+(?:(?:[A-Z][a-z]+|and|&)\s+){0,4}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist)"
    # and the newsroom after the title: "By Rhiannon Pryce, Political correspondent, Westgate News"
    r"(?:,\s+[A-Z][\w&'\-]*(?:\s+[A-Z][\w&'\-]*){0,3})?)\.?$"
    # a desk or a team ("By the PPA FactCheck team", "By our Politics Desk")
    r"|^(?:By|BY)\s+(?:the|our|The|Our)\s+(?:[A-Z][\w.'\-]*\s+){1,4}(?:team|desk|staff|reporters|newsroom|Team"
    r"|Desk|Staff|Reporters|Newsroom)$"
    # a live blog's reporters ("Live reporting by Owen Briggs and Sara Lindqvist")
    r"|^Live\s+(?:reporting|coverage|updates)\s+by\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3}"
    r"(?:(?:,\s+|\s+and\s+)[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3})*$"
    # a wire story's sign-off: the agency and its editors' initials ("PTI AK SRM RT", "AAP kl/sr")
    r"|^(?:PTI|AAP|IANS|ANI|UNI|AFP|AP|dpa)(?:[ ]+[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})*){1,6}$"
    # or the agency's name alone on the last line ("Press Association", "Reuters")
    r"|^(?:Press Association|PA Media|PA|Reuters|Associated Press|AFP|AP)\.?$"
    # several reporters, each where they are ("By Kate Winslow in Washington and Ben Ayre in Birmingham")
    r"|^(?:By|BY)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3}\s+in\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?"
    r"(?:(?:,\s+|\s+and\s+)[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3}\s+in\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?)+$"
    # a credits line of roles and names: "Author: Jane Doe", "Director: Ana Lopes and Tom Reed"
    r"|^(?:Authors?|Reporters?|Editors?|Edited by|Words|Photography|Photographs?|Photos?|Illustrations?"
    r"|Graphics|Producers?|Directors?|Design)[ ]*:[ ]*[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,3}"
    r"(?:(?:,[ ]*|[ ]+and[ ]+|[ ]*&[ ]*)[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,3})*$"
)
# "(Reporting by Jane Doe in London; additional reporting by Ahmed Ali; Editing by John Smith)":
# the agency's credits, only names (each maybe "in" a place) after each role
_CREDIT_NAME = (
    # a name, or a newsroom's desk ("the Talvisk bureau", "our Washington staff")
    r"(?:(?:the|our)[ ]+(?:[A-Z][\w.'\-]*[ ]+){1,3}(?:bureau|desk|team|staff|newsroom)"
    r"|[A-Z][\w.'\-]*(?:[ ]+(?:[A-Z][\w.'\-]*|de|van|von|al|bin))*)"
    r"(?:[ ]+in[ ]+[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*)*(?:,[ ]+[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*)?,?)?)?"
)
_BY_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'\-]*(?:[ ]+(?:[A-ZÀ-ÖØ-Þ][\w.'\-]*|de|van|von|al|bin))+"  # two words at least
_DAY_OR_MONTH = "|".join(w.capitalize() for w in sorted(WEEKDAYS | MONTHS, key=len, reverse=True))
_CREDIT_PART = (
    r"(?:[Ww]ith[ ]+)?(?:[Aa]dditional[ ]+)?"
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]hotos?|[Vv]ideo|"
    r"[Pp]roduced|[Tt]ranslat(?:ed|ion)|[Ff]act-checking)"
    r"(?:[ ]+and[ ]+(?:reporting|writing|editing))?[ ]+by[ ]+"
    rf"{_CREDIT_NAME}(?:(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+){_CREDIT_NAME})*"
)
_CREDITS = re.compile(
    rf"^(?:[—–-][ ]*)?\(?{_CREDIT_PART}(?:[ ]*[;,][ ]*{_CREDIT_PART})*[ ]*\)?\.?$"
    # "The Associated Press contributed to this report.", "Ana Cruz contributed reporting.",
    # "Associated Press writer Lisa Kim contributed to this report."
    rf"|^(?:The[ ]+)?(?:{_CREDIT_NAME}[ ]+(?:writer|reporter|correspondent|photographer|journalist)s?[ ]+)?"
    rf"{_CREDIT_NAME}(?:(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)(?:the[ ]+)?{_CREDIT_NAME})*"
    r"[ ]+contributed[ ]+(?:reporting|research|(?:to[ ]+)?(?:this|the)[ ]+(?:report|story|article))"
    r"(?:[ ]+from[ ]+[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*)*)?\.?$"
    # "By Dana Whitfield and Carlos Mendez": two names or more, of two words each, and no role
    rf"|^(?:By|BY)[ ]+(?!(?:{_DAY_OR_MONTH})\b){_BY_NAME}"
    rf"(?:(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+){_BY_NAME})+\.?$"
    # "By state political reporter Lucy Trevellian": the role first
    rf"|^(?:By|BY)[ ]+(?:[a-z]+[ ]+){{0,3}}(?:reporter|correspondent|editor|writer)[ ]+{_BY_NAME}\.?$"
    # "By Sarah Collins, Health correspondent", "By Jane Doe and Tom Reed, Reuters"
    rf"|^(?:By|BY)[ ]+(?!(?:{_DAY_OR_MONTH})\b){_BY_NAME}"
    rf"(?:(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+){_BY_NAME})*"
    r"(?:[ ]*,[ ]*|[ ]+for[ ]+|[ ]+-[ ]+)(?:(?:The[ ]+)?[A-Z][\w.&'\-]*(?:[ ]+[A-Z][\w.&'\-]*){0,3}"
    r"(?:[ ]+(?i:correspondent|editor|reporter|writer|staff|columnist|contributor|producer|journalist|"
    r"analyst|bureau chief)s?)?|(?i:staff|senior|chief|deputy|political|health|economics|business|"
    r"foreign|science|security|home affairs|education|environment)[ ]+[a-z ]{0,30}"
    r"(?i:correspondent|editor|reporter|writer))(?:[ ]+in[ ]+[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*)?)?\.?$"
)
# A photograph's credit standing alone: "Reuters/Ismail Zitouny", "(AP Photo/Evan Vucci)",
# "AFP via Getty Images"
_CREDIT_WORD = r"[A-Z][\w.'&\-]*"
_PHOTO_CREDIT = re.compile(
    rf"^\(?(?:{_CREDIT_WORD}[ ]+){{0,3}}{_CREDIT_WORD}"
    rf"(?:[ ]*/[ ]*{_CREDIT_WORD}(?:[ ]+{_CREDIT_WORD}){{0,2}})+"
    rf"(?:[ ]+via[ ]+{_CREDIT_WORD}(?:[ ]+{_CREDIT_WORD}){{0,2}})?\)?\.?$"
    rf"|^\(?(?:{_CREDIT_WORD}[ ]+){{0,4}}(?:via[ ]+)?"
    r"(?:Getty Images|Shutterstock|Alamy|PA Media|PA Wire)\)?\.?$"
)
# the first word of a credits line (_BYLINE, _CREDITS' roles and "By"); "contributed" lines aside
_CREDIT_OPENERS = frozenset(
    """by with written reporting editing additional writing compiled research graphics photo photos
    video produced translated translation fact-checking author authors reporter reporters editor
    editors edited words photography photograph photographs illustration illustrations producer
    producers director directors design report reported pti aap ians ani uni afp ap dpa press pa
    reuters associated live text story interview interviews interviewed""".split()
)
_PHOTO_AGENCIES = ("Getty", "Shutterstock", "Alamy", "PA Media", "PA Wire")
# "Updated 10:32 GMT", "Last updated: 3 March 2024", "Published 2 hours ago", "10:32 GMT": a
# page's time stamp, a prefix then only the words of a date or a time (see _is_stamp)
_STAMP_PREFIX = re.compile(
    r"(?:(?:last|first)\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?\s*:?\s*", re.IGNORECASE
)
_STAMP_WORD = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]m|[AP]M)?|[ap]\.?m\.?|[AP]M|\(?[A-Z]{2,4}(?:[+\-]\d{1,2})?\)?|ago|minutes?"
    r"|mins?|hours?"
    r"|hrs?|days?"
    r"|an?|one|at|on"
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_DIGIT = re.compile(r"\d")
_STAMP_MAX = 100
# Where a second stamp follows on a line: a bar, or a comma before "updated"
_SECOND_STAMP = re.compile(
    r"[ \t]*\|[ \t]*|(?:,[ \t]+|(?<=(?-i:[\dA-Z.]))[ \t]+(?=(?-i:U)))"
    r"(?=(?:last[ \t]+|first[ \t]+)?(?:updated|published)\b)",
    re.IGNORECASE,
)  # ("June 3, 2025 4:17 PM GMT+1 Updated 2 hours ago": a second stamp opening in capitals)
# A newsletter's name in capitals or its issue, beside a stamp: "THE LEDGER WEEKLY", "Issue #147"
_MASTHEAD_PART = re.compile(
    r"[A-Z][A-Z'’&.\-]+(?:[ ][A-Z][A-Z'’&.\-]+){0,4}|(?:Issue|No\.|Vol\.|Volume)[ ]*#?\d{1,5}"
    # a reading time and the page's buttons beside a stamp: "July 3, 2025 | 4 min read", "Listen"
    r"|\d{1,2}[ ]min(?:ute)?s?[ ]read|Listen|Share|Save|Print"
)
_STAMP_FIRST = frozenset("0123456789LFUPMlfupm")  # the prefix's first letters, or a time
_DAY_NAMES = WEEKDAYS | WEEKDAY_ABBREVIATIONS  # "Posted Tue 14 May"
_WEEKDAY_NAMES = tuple(sorted(day.capitalize() for day in _DAY_NAMES))  # "Tuesday 4 March 2025, 10:12"
_DASHES = frozenset("-–—")
_LETTER = re.compile(r"[^\W\d_]{2,}")
_TERMINAL_END = re.compile(rf"""[.!?…:;]["'”’)\]]*(?:{FOOTNOTE_MARK})*$""")  # "… income.[1]" ends too
# A footnote's marks ending a sentence ("… of national income.[1]"): cut from the claim
_FOOTNOTE_MARKS = re.compile(rf"(?<=[.!?…\"'”’)])(?:{FOOTNOTE_MARK})+\s*\Z")
# A dateline on a line of its own, above the body: a place in capitals ("LONDON", "NEW YORK"), and
# a country or a date after a comma ("BRISTOL, England", "LONDON, 4 December 2026", "KYIV, Dec. 4")
_LINE_DATE = (
    r"(?:\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?(?:[ ]+\d{4})?|[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}(?:,[ ]+\d{4})?)"
    # and its time: "BOSTON, Sept. 9, 2024, 4:31 PM ET"
    r"(?:,?[ ]+\d{1,2}[:.]\d{2}(?:[ ]*[AaPp]\.?[Mm]\.?)?(?:[ ]+[A-Z]{2,4})?)?"
)
_PLACE_LINE = re.compile(
    rf"(?:[A-Z][A-Z.'\-]{{2,}}(?:[ ][A-Z][A-Z.'\-]+){{0,2}}"
    rf"(?:,[ ]+(?:{_LINE_DATE}|[A-Z][a-z]+\.?(?:[ ][A-Z][a-z]+)?))+"
    r"|[A-Z][A-Z.'\-]{2,}"
    r"|(?:NEW|SAN|SANTA|LOS|LAS|HONG|ABU|TEL|RIO|CAPE|KUALA|SRI|PORT|ST\.?|EL)[ ][A-Z]{3,}"
    # a place in lower case with a date: "Tarnagiri, June 14", "Kano, 3 March 2026"
    rf"|[A-Z][a-z][\w'\-]*(?:[ ][A-Z][\w'\-]*){{0,2}},[ ]+(?:{_LINE_DATE}))\.?"
    # the agency and the dash, the body starting on the next line: "SAN FRANCISCO, March 4 (Wire) -"
    r"(?:[ ]+\([A-Z][\w.&]*(?:[ ][A-Z][\w.&]*){0,2}\))?(?:[ ]+[-–—]{1,2})?"
)
# A reporter's role on a line of its own above the body, with the name or without: "Education
# Reporter", "Special Correspondent", "Health correspondent Nadia Ferreira-Holm", "Health reporter,
# Wexley Echo" (the newsroom), "From our diplomatic correspondent, Yusuf Haddad, in Carnessa",
# "Nadia Holm, Health Correspondent", "Health Editor: Catriona Blaine"
_ROLE_WORD = r"(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Jj]ournalist)s?"
_ROLE_NAME = r"[A-Z][\w.'’&\-]*(?:[ ][A-Z][\w.'’&\-]*){0,3}"
_ROLE_BYLINE = re.compile(
    rf"(?:From[ ]+)?(?:(?:[Oo]ur|[Tt]he|[Aa]|[Aa]n)[ ]+)?(?:[A-Za-z][a-z\-]*[ ]+){{0,3}}{_ROLE_WORD}"
    rf"(?:,?[ ]+(?:The[ ])?{_ROLE_NAME},?)?(?:[ ]+(?:in|at)[ ]+{_ROLE_NAME})?\.?"
    rf"|{_ROLE_NAME},[ ]+(?:[A-Za-z][a-z\-]*[ ]+){{0,3}}{_ROLE_WORD}\.?"
    rf"|(?:[A-Z][a-z]+[ ]+){{0,2}}{_ROLE_WORD}[ ]*:[ ]*{_ROLE_NAME}"
)
_ROLE_BYLINE_MAX = 100
_NAME_THEN_ROLE = re.compile(
    rf"[A-Z][a-z]+(?:[ ][A-Z][\w'\-]+){{1,2}}[ ]+(?:[A-Za-z][a-z\-]*[ ]+){{0,4}}{_ROLE_WORD}"
)
# A reporter's line above the body: "Dan Pruett reports from Mill Road"
_REPORTS_FROM = re.compile(
    r"[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){1,4}[ ]+reports?[ ]+from[ ]+"
    # one place or several ("Political Editor Beatrix Holm reports from Tavira, Molde and Ostrava Bay")
    r"(?:the[ ]+)?[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,3}"
    r"(?:(?:,[ ]+|[ ]+and[ ]+)(?:the[ ]+)?[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,3}){0,5}\.?"
)
# A writer's name, a bar or a dot, and what follows it (a date, a desk, a section)
_NAME_AND_CREDIT = re.compile(r"([A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){1,2})[ ]*[|·•][ ]*(.{2,60})")
_DESK_WORDS = re.compile(r"(?:[A-Z][\w&'’\-]*[ ]?){1,3}")  # "Business", "Legislative Bureau"
# A newsroom's service as a byline: "Express News Service", "Times News Network", "Our Bureau"
_NEWS_SERVICE = re.compile(
    r"(?:[A-Z][\w&'\-]*[ ]+){1,3}(?:News[ ]+(?:Service|Network|Bureau)|Wire[ ]+Service)"
    r"|(?:Our|From[ ]+our)[ ]+(?:[A-Z][\w\-]*[ ]+)?(?:Bureau|Correspondent|Staff[ ]+Reporter|Staff)"
)
# A newsroom's desk as a byline: "Business desk", "Politics Desk"
_DESK = re.compile(r"(?:[A-Z][\w&'\-]*[ ]+){1,3}[Dd]esk")
# A label line above the body: "LIVE UPDATES", "ELECTION 2025", or a kicker's word alone ("Interview")
_LABEL_LINE = re.compile(
    r"(?=[^a-z]*[A-Z]{2})[A-Z0-9][A-Z0-9&'\-]*(?:[ ][A-Z0-9][A-Z0-9&'\-]*){0,2}|" + "|".join(KICKER_WORDS)
)
# A date without its year on a line of its own: "Thursday 22 May", "May 22"
_SHORT_DATE_LINE = re.compile(
    _WEEKDAY_BEFORE
    + r"(?:\d{1,2}(?:st|nd|rd|th)?[ ]+(?:"
    + _MONTH_NAMES
    + r")|(?:"
    + _MONTH_NAMES
    + r")[ ]+\d{1,2}"
    r"(?:st|nd|rd|th)?)"
)
# A name alone: a given name and one or two more words (checked against the lexicon)
_BARE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'\-]+){1,2}")  # ("Ciarán Dolan")
# a writer and the newsroom after a comma, with no "By": "Devon Castellano, Atlantic Wire"
_NAME_COMMA_DESK = re.compile(
    rf"({_BARE_NAME.pattern}),[ ]+((?:The[ ])?[A-Z][\w&'’\-]*(?:[ ][A-Z][\w&'’\-]*){{0,3}})"
)
# two writers' names under the headline
_TWO_NAMES = re.compile(rf"({_BARE_NAME.pattern})[ ]+(?:and|&)[ ]+({_BARE_NAME.pattern})")
# A heading after which a press release or a column holds only furniture: the company's "About
# Acme" paragraph, the legal notice, the contacts, the end mark
_END_MATTER = re.compile(
    r"(?:[Aa]bout (?:the authors?|us|this (?:story|article|report|content)"
    r"|[A-Z][\w&'.\-]*(?: [A-Z&][\w&'.\-]*){0,5})"
    r"|[Ff]orward[- ][Ll]ooking [Ss]tatements?|[Ss]afe [Hh]arbou?r(?: [Ss]tatement)?"
    r"|[Cc]autionary (?:[Nn]ote|[Ss]tatement)s?(?: [\w\- ]{1,40})?"
    r"|(?:[Mm]edia|[Pp]ress|[Ii]nvestor) (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Rr]elations)"
    r"|[Nn]otes? (?:to|for) [Ee]ditors|#{3}|-+ ?(?:ENDS?|[Ee]nds?) ?-+|ENDS|[Ee]nditem|ENDITEM"
    # the notes or references under an article
    r"|[Nn]otes|[Rr]eferences|[Ss]ources|[Ff]ootnotes|[Ee]ndnotes)\s*:?"
)
_END_MATTER_MAX = 80
_END_MATTER_FIRST = frozenset("AaFfSsCcMmPpIiNn#-EeRr")  # the first characters _END_MATTER allows
# The heading of a box of points or facts, a line of its own: no claim ("Summary", "Key points")
_SECTION_HEADING = re.compile(
    r"(?:[Ss]ummary|[Kk]ey (?:[Pp]oints|[Ff]acts|[Ff]indings|[Tt]akeaways)|[Ii]n [Bb]rief|[Aa]t a [Gg]lance"
    r"|[Hh]ighlights|[Ww]hat [Ww]e [Kk]now(?: [Ss]o [Ff]ar)?|[Tt]he [Bb]ig [Pp]icture|[Tt]he [Ff]acts"
    # a fact check's sections, in capitals too ("THE CLAIM", "OUR VERDICT", "THE ANALYSIS")
    r"|[Tt]he [Cc]laims?|(?:[Oo]ur|[Tt]he) [Vv]erdict|[Tt]he [Ee]vidence|[Tt]he [Cc]ontext|[Tt]he [Aa]nalysis"
    r"|(?:[Ss]how )?[Kk]ey (?:[Ee]vents|[Mm]oments|[Dd]evelopments|[Uu]pdates)(?: only)?"
    r"|[Ll]atest (?:[Uu]pdates|[Pp]osts)"
    r"|TL;DR|[Ee]xclusive|EXCLUSIVE|[Bb]reaking(?: [Nn]ews)?|BREAKING(?: NEWS)?|[Ww]elcome"
    # a piece's kind, set above it ("Editorial", "Analysis")
    r"|[Ee]ditorial|EDITORIAL|[Oo]pinion|OPINION|[Aa]nalysis|ANALYSIS|[Cc]omment|COMMENT|[Ee]xplainer"
    r"|EXPLAINER|[Oo]bituary|OBITUARY)\s*:?",
    re.IGNORECASE,
)
_SECTION_HEADING_MAX = 30
# An interview's "Q:" and "A:" opening a paragraph: the claim starts after the label
_QA_LABEL = QA_COLON_LABEL
# "Q. " and "A. " as an interview's labels, where a paragraph opens with "Q. " ("A. Smith" is a name)
_QA_DOTS = re.compile(r"(?:^|\n)Q\.[ \t]+\S")
_QA_DOT_LABEL = re.compile(QA_DOT_LABEL)
# A headline's kicker ("Exclusive: ", "Analysis: ", Reuters' "UPDATE 2-", "EXCLUSIVE-": a dash only
# in capitals, so "Live-streamed concerts" keeps its word): the claim starts after it
_KICKER = (
    r"(?:(?:"
    + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in KICKER_WORDS)  # "Interview:", "analysis:"
    + r"|[Bb]reaking [Nn]ews"
    r"|[Uu]pdate(?: \d+| (?:at )?\d{1,2}(?:[:.]\d{2})?[ ]?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?"
    r"|[Ff]act [Cc]heck|[Rr]eality [Cc]heck|[Ss]pecial [Rr]eport"
    r"|(?:[Tt]he )?[Cc]laim|[Tt]he [Ff]acts|[Ff]act [Ff]ocus"
    # an abstract's sections
    r"|[Bb]ackground|[Mm]ethods|[Rr]esults|[Cc]onclusions?|[Oo]bjectives?|[Ff]indings|[Ii]nterpretation"
    r"|[Aa]ims?|[Pp]urpose|[Ii]ntroduction|[Dd]iscussion)[ ]*:[ \t]*"
    r"|(?:"
    + "|".join(w.upper() for w in KICKER_WORDS)  # "EXCLUSIVE:", "EXCLUSIVE-"
    + r"|UPDATE(?: \d+)?|FACT CHECK|REALITY CHECK|FACT FOCUS|THE FACTS|THE CLAIM|CLAIM"
    r"|SPECIAL REPORT)(?:[ ]*:[ \t]*|[ ]?-{1,2}[ ]?))(?=\S)"
)
# Time zones a live blog writes after its clock times
_TIME_ZONES = tuple(
    "GMT BST UTC CET CEST EET EEST ET EST EDT CT CST CDT MT MST MDT PT PST PDT IST AEST JST HKT".split()
)
# A live blog's time stamp opening a paragraph ("09:12 GMT - ", "10.05am - ", "1430 BST - ", on
# the normalised copy): the claim starts after it
_TIME_PREFIX = (
    r"(?:\d{1,2}[:.]\d{2}(?:[ ]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:[ ]+[A-Z]{2,4})?"
    r"|\d{1,2}[ ]?(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:[ ]+[A-Z]{2,4})?"
    r"|\d{4}[ ]+[A-Z]{2,4})[ ]+-{1,3}[ ]+(?=\S)"
    # or a colon after it: a zone only if it is one ("14:30 GMT: ", "2.30pm: "; not "12:52 OBR: ")
    rf"|(?:\d{{1,2}}[:.]\d{{2}}(?:[ ]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?|\d{{1,2}}[ ]?(?:[ap]\.?m\.?|[AP]\.?M\.?))"
    rf"(?:[ ]+(?:{'|'.join(_TIME_ZONES)}))?:[ ]+(?=\S)"
    # without a dash, a clock time with a colon before a capital ("12:31 Reeves confirms …")
    r"|" + CLOCK_LEAD + r"(?=[A-Z\"'“‘])"
)
# What opens a paragraph's first sentence and is cut from the claim: a dateline, a release's
# dateline, an interview's label, a kicker, a live blog's time stamp, an item's number, a match's
# minute (one pattern: one match
# per paragraph; the first alternative that matches, as each was tried in turn)
# A numbered item's number ("1. What is the price cap?", "2) Prices rose"): the claim starts after it
_NUMBER_MARK = r"\d{1,2}[.)][ \t]+(?=[A-Z\"'“‘])"
# A match report's minute ("78' GOAL! …", "45+2' Half time."): the claim starts after it
_MINUTE_MARK = r"\d{1,3}(?:\+\d{1,2})?['’][ \t]+(?=[A-Z\"'“‘])"
_LEAD = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            DATELINE_PREFIX,
            RELEASE_DATELINE,
            _QA_LABEL,
            _KICKER,
            _TIME_PREFIX,
            _NUMBER_MARK,
            _MINUTE_MARK,
        )
    )
)
# A transcript's stage direction ("(LAUGHTER)", "[applause]", "(CROSSTALK)") opening a unit: cut
_STAGE_DIRECTION = re.compile(
    r"(?:[\[(](?i:laughter|laughs|applause|crosstalk|inaudible|cheers|cheering|booing|boos|unintelligible"
    r"|commercial break|break|(?:begin|end) video(?:tape| clip)?|pause|silence|music)\.?[\])][ \t]*)+"
)
# A bullet's marker: the claim starts after it ("• Prices rose"; "- Prices rose", but not "-5%")
_BULLET_MARK = re.compile(r"[•·▪‣●■◦⁃]+[ \t]*|[-*–—]+[ \t]+")
# Page furniture pasted with an article: cookie notices, newsletter and sharing prompts.
_BOILERPLATE_ANYWHERE = (
    r"\b(?:subscribe|sign up)\b.{0,60}\b(?:newsletters?|updates|alerts|channel|podcast|inbox|briefing"
    r"|bulletin|digest|e-?mails?)\b|\b(?:want|like)\s+more\s+(?:\w+\s+)?(?:stories|news|articles|coverage)\s+like\s+this\b"
    r"|\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|"
    r"preferences|notice|consent)\b|\baccept (?:all )?cookies\b|\bby (?:continuing|using)\b.{0,40}"
    r"\b(?:site|website)\b.{0,30}\b(?:agree|accept|consent)|\ball rights reserved\b|©"
    r"|\bmay not be (?:published|broadcast|rewritten|redistributed|reproduced)\b"
)
# Headings over a list of links: furniture themselves, and the short lines under them too
# (see _LINK_LIST_HEADING)
_LINK_HEADINGS = (
    r"read more\b|read next\b|up next\b"
    r"|related(?: topics| articles| stories| coverage| content| links| news)?|"
    r"more on (?:this|these) (?:story|topics?)|explore more on (?:this|these) topics?|"
    r"most (?:read|popular|viewed|shared)|top stories|"
    r"you (?:may|might) also (?:like|be interested(?: in)?)|recommended for you|trending now"
)
_BOILERPLATE_LINE_START = (
    r"^\W*(?:advertisement|sponsored(?: content)?|"
    r"share (?:this|on)\b|share\W*$|reuse this content\b|copy link\b|link copied\b|"
    r"print this (?:page|article|story)\b|"
    r"follow us\b|click here\b|let us know (?:in the comments|what you think)|have your say\b|"
    r"join the (?:conversation|discussion)\b|skip to (?:main )?content|sign in\b|log in\b|"
    r"download (?:our|the) app|(?:also )?read:|listen to this article|watch:|"
    r"listen to (?:the best of|more from|the latest)\b|e-?mail [\w.+\-]+@[\w\-]+\.[\w.\-]+\W*$|"
    r"for (?:more|further) information\b|"
    r"for immediate release\b|embargoed (?:until|to)\b|(?:news |press )?release\W*$|press notice\W*$|from:|"
    r"more (?:follows|to follow|to come)\b|(?:this is a )?(?:breaking|developing) (?:news )?story\b|"
    r"this (?:story|article|page) (?:is being|will be) updated\b|"
    r"refresh (?:the page )?for (?:the latest )?updates\b|"
    r"view (?:this |it )?(?:e-?mail |newsletter |message )?(?:in|on) (?:your |a )?(?:web )?browser|"
    r"forward (?:this|it)\b.{0,30}\bto a friend|unsubscribe\b|manage (?:your )?(?:e-?mail )?"
    r"(?:preferences|subscriptions?)\b|update your (?:e-?mail )?preferences\b|"
    rf"{_LINK_HEADINGS})\W*"
)
# a button of a page's bar, or its reading time ("Save", "Gift this article", "5 min read")
_BAR_ITEM = (
    r"(?:save|share|print|listen|comments?|email|copy\s+link|gift\s+this\s+article"
    r"|\d{1,2}\s+min(?:ute)?s?\s+read)"
)
# Notices that open a line whatever its length: captions and credits ("Image caption: …"), a
# correction or update notice, the agency's standards line, topic tags, a pointer to more
# coverage ("Follow AP's coverage of Congress at …")
_NOTICE = re.compile(
    r"^\W*(?:(?:(?:main|top|lead|header|featured|file)\s+)?(?:photo(?:graph)?|picture|image|video|graphic|chart|graph|map"
    r"|table|infographic)s?"
    r"(?:\s+(?:caption|source|credit)s?)?\s*:|pictured\s*:|(?:data\s+)?sources?\s*:"
    r"|(?:image|photo|video)\s+(?:caption|source|credit)s?\s*,|(?:caption|credits?)\s*:"
    r"|our standards\s*:|(?:topics|tags|filed under)\s*:|copyright\s+(?:©\s*)?\d{4}\b"
    r"|(?<=\[)\d{1,3}\]\s"  # a footnote: "[1] HM Treasury, Spending Review 2020."
    r"|this (?:article|story|report|piece|page|post) (?:was|has been|had been) "
    r"(?:amended|updated|corrected|changed|edited|revised)\b"
    r"|an earlier version of this (?:article|story|report|piece)\b"
    r"|(?:this|the) (?:transcript|interview|conversation) (?:has been|was|have been) (?:lightly )?"
    r"(?:edited|condensed)\b"
    r"|(?:correction|clarification|editor['’]?s note)\s*[:\-–—]"
    r"|(?:our |the |\w+['’]s |(?:reality|fact)[ \-]check )?(?:verdict|rating|assessment)\s*:"
    r"|(?:contact|email|e-mail|follow) (?:the )?(?:reporter|author|writer|journalist)s?\b"
    # a call for readers' stories: "Get in touch: Are you affected by the issues in this story?"
    r"|get in touch\s*(?::|(?:at|on|via|by)\b)"
    r"|are you (?:affected|impacted) by (?:the issues (?:raised )?in )?this (?:story|article)\b"
    # a call for readers' stories or tips: "Share your story: news@…", "To share information about
    # this story, email …", "Tell us your experiences using the form below"
    r"|(?:to )?(?:share|tell us) "
    r"(?:your (?:experiences?|stor(?:y|ies)|views|pictures|photos)|information|tips)\b"
    r"(?:\s*[:\-–]|[^.!?]{0,60}?(?:e-?mail|contact|form|below|call))"
    # a police appeal's standard line: "Anyone with information is asked to call 101, quoting …"
    r"|anyone with (?:any )?information\b[^.]{0,80}?\b(?:call|contact|ring|report|get in touch|come forward)"
    r"|crimestoppers\b[^.]{0,80}?\b(?:anonymously|0800)"
    r"|(?:follow|read|see|find|get) (?:(?:more|all) of )?(?:[\w'’.]+ ){0,3}"
    r"(?:full |latest |live |ongoing )?coverage\b"
    # a newsroom's pointers: "Follow BBC South on Facebook, X and Instagram.", "Send your story
    # ideas to …", "Do you have a story about this? Email …", a helpline under a story ("If you have
    # been affected by …, contact …"), the service a story was written under, closed comments
    r"|follow (?:[\w'’.&]+ ){1,4}on (?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky"
    r"|linkedin)\b"
    r"|send (?:us )?your (?:story ideas|stories|news|tips|pictures|photos|videos)\b"
    r"|(?:do you have|have you got|got) a (?:story|news tip)\b"
    r"|(?:full|more|live|latest) coverage\s*:|match report\s*:[^.!?]{0,80}$"
    r"|(?:do you have|have you got|if you have) (?:any )?information (?:about|on) this "
    r"(?:or (?:another|any other) )?(?:story|article|case|investigation)\b"
    # "Contact our newsdesk.", "Contact our investigations team at …"
    r"|(?:contact|email|e-mail|call|message|write to) (?:our|the) "
    r"(?:news ?desk\b|newsroom\b|(?:[\w\-]+ ){0,2}(?:team|desk|newsroom)\b[^.]{0,20}?(?:\bat\b|@|on \d))"
    r"|if you(?: or (?:someone|anyone) (?:you know|close to you))?(?:'ve| have)?"
    r" (?:been|are|were|is|has been) affected by\b[^.]{0,120}?\b(?:contact|call|visit|help|support)"
    r"|this (?:article|story|report|investigation|piece) (?:was|is) (?:produced|written|published|reported) "
    r"(?:under|by|as part of|for|in (?:partnership|collaboration) with|with (?:the )?support (?:of|from))\b"
    r"|comments (?:are|have been) (?:closed|disabled|turned off)\b"
    r"|for (?:full |more )?(?:\w+ )?details,? (?:visit|call|see|go to)\b"
    r"|have you been (?:affected|impacted) by\b"
    r"|if you (?:are|feel|were) (?:worried|concerned) about\b[^.]{0,120}?\b(?:contact|call|visit|speak)"
    # a comment counter, a live page's promotion ("Comments (214)", "Live: Follow the latest on …")
    r"|comments?\s*\(\d[\d,]*\)\s*$|\d[\d,]*\s+comments\s*$|(?:live\s*:\s*)?follow\s+(?:all\s+)?the\s+latest\b"
    # a newsletter's pitch after its name ("Politics Daily: get the day's top stories in your inbox"),
    r"|(?:[\w'’&\- ]{2,40}:\s+)?get\s+[^.!?]{0,60}\bin\s+your\s+inbox\b"
    # who pays for the coverage, and the newsroom's note on itself ("Climate Desk coverage is
    # supported by the Lindqvist Foundation.", "All content is editorially independent.",
    # "Transparency note: …", "Read our methodology.")
    r"|(?:[\w'’&\-]+\s+){0,4}coverage\s+is\s+(?:supported|funded|made\s+possible|sponsored)\s+by\b"
    r"|all\s+(?:our\s+)?content\s+is\s+editorially\s+independent|transparency\s+note\s*:"
    r"|read\s+our\s+(?:methodology|corrections\s+policy|editorial\s+(?:guidelines|standards|policy))\b"
    # a link to another story on its line ("Read more: Retail sales slump …", "See also: …")
    r"|(?:also )?read more\s*[:|]|(?:also\s+)?read(?:\s+also)?\s*[:|]|see also\s*[:|]|related\s*[:|]"
    # a pointer to more of the same ("More stories from Ashby", "More on Election 2024 »")
    r"|more\s+(?:stories|news|articles)\s+(?:from|on|about)\b[^.!?]{0,40}$|more\s+(?:on|from)\s+[^.!?]{1,40}[»›]\s*$"
    # a paper's citation under a science story ("Journal reference: Achebe M. et al. …")
    r"|(?:journal\s+|paper\s+)?references?\s*:|(?:the\s+)?(?:study|paper)\s+(?:is\s+)?(?:published|available)\s+(?:in|at)\s*:"
    # a dated update note ("Updated 3 September 2024: This article was updated to include …")
    r"|updated(?:\s+(?:on\s+)?[\w ,]{3,30})?\s*:\s*this\s+(?:article|story|page|piece)\b"
    # a newsroom's call for claims to check, and its programme ("This fact check was produced as
    # part of …"), a pointer to the full document or session
    r"|(?:have\s+you\s+seen|if\s+you(?:'ve|\s+have)?\s+seen|if\s+you\s+see|spotted)\s+(?:a\s+claim|something)\b"
    r"|this\s+(?:fact[ \-]check|article|story|piece)\s+(?:is|was)\s+(?:produced\s+)?(?:as\s+)?part\s+of\b"
    r"|(?:watch|read|listen\s+to|see)\s+the\s+full\s+(?:session|interview|letter|report|statement|speech|debate"
    r"|exchange|story|video|transcript|judgment|ruling|document)s?\b"
    r"|(?:the\s+)?full\s+[\w ]{0,30}?(?:documents?|report|text|letter|judgment)s?\s+(?:is|are)\s+available\b"
    # a live blog's welcome: "… and welcome to our live coverage of …", "I'm Martin Belam and I'll
    # be bringing you the latest …"
    r"|(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi),?\s+and\s+)?welcome\s+to\s+(?:our|the|this)\s+(?:live\s+|rolling\s+)?"
    r"(?:coverage|blog|updates|page)\b"
    r"|i(?:'m|\s+am)\s+[\w'’ .\-]{2,40}?\s+and\s+i(?:'ll|\s+will)\s+be\s+"
    r"(?:bringing|taking|guiding|with|here)\b"
    # the newsroom's channels and apps, a plea for support, a reporter's number or address ("Join
    # our WhatsApp channel", "Download our app to follow live", "Help support local journalism.",
    # "Reach Jenna Whitcombe at 508-555-0143.", "Contact Marcus J. Delacroix-Hayes at m@…")
    r"|join\s+[^.!?]{0,60}?\b(?:whatsapp|telegram|signal|viber)\s+(?:channel|group|community)\b"
    r"|get\s+the\s+(?:[\w'’&\-]+\s+){1,4}app\b|support\s+(?:our|the\s+[^.!?]{1,40}?['’]s?)\s+journalism\b"
    r"|to\s+donate\b[^.!?]{0,80}?\b(?:visit|go\s+to|call|text|click)\b"
    r"|(?:stay\s+up\s+to\s+date\s*:\s*)?download\s+(?:our|the\s+[\w'’&\-]+(?:\s+[\w'’&\-]+)?)\s+(?:free\s+)?app\b"
    r"|help\s+support\s+(?:local\s+|independent\s+|quality\s+|our\s+)?(?:journalism|reporting)\b"
    r"|(?:reach|contact)\s+(?:[\w'’.\-]+\s+){1,4}at\s+(?:[\w.\-]+@[\w\-]+\.|\+?\(?\d{2,4}\)?[\s\-.]?\d{3})"
    r"|(?:have|got)\s+a\s+(?:news\s+)?tip\s*\?"
    r"|report\s+an\s+(?:error|issue|inaccuracy)\b|share\s+or\s+comment\s+on\s+this\s+(?:article|story)\b"
    # a pointer to a paper, a transcript's note, a programme's times, a column's footer
    r"|read\s+the\s+(?:full\s+)?(?:study|paper|report|research)\s*:"
    r"|the\s+following\s+is\s+an?\s+(?:lightly\s+)?(?:edited|abridged|condensed|partial|full)\s+"
    r"(?:and\s+(?:condensed|abridged)\s+)?(?:transcript|extract|excerpt)\b"
    r"|listen\s+to\s+[\w'’&\- ]{2,40}?\s+(?:weekdays|weeknights|weekends|every\s+\w+|daily|live)\b"
    r"|(?:the\s+)?(?:writer|author)s?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:fellow|professor|lecturer|columnist|director|founder|member|researcher|analyst|economist|journalist"
    r"|editor|partner|consultant|commentator|contributor|student|lawyer|doctor)\b"
    r"|e-?mail\s*:\s*[\w.\-]+@[\w\-]+\.\S+\s*$"
    r"|disclaimer\s*:|\d{1,2}\s+min(?:ute)?s?\s+read\s*$"
    # a bar of the page's buttons, its reading time: "Save | Share | Gift this article", "Listen | 5 min read"
    rf"|(?:{_BAR_ITEM}\s*\|\s*)+{_BAR_ITEM}\s*$"
    # the page's links and buttons: "More by this Author", "Share full article", "Follow The Morning
    # Standard channel on WhatsApp", "Get breaking news alerts … with the Courier News app", "A
    # version of this article appears in print on …"
    r"|more\s+(?:by|from)\s+this\s+(?:author|writer|reporter|columnist)\s*$"
    r"|share\s+(?:the\s+|this\s+)?(?:full\s+)?(?:article|story)\s*$"
    r"|follow\s+(?:[\w'’.&]+\s+){1,5}(?:channel\s+)?on\s+(?:whatsapp|telegram|signal|google\s+news)\b"
    r"|get\s+(?:our\s+|the\s+day['’]s\s+)?breaking\s+news\b[^.]{0,80}?\b(?:app|alerts?|inbox|newsletter|long\s+read)\b"
    # "Get the biggest daily news stories by email.", "Catch all the latest Bengaluru news … on the
    # Deccan Daily app", "More: Marrabool by-election results", "Share via Email | Facebook",
    # "Contributing: Rob Nakamura", "Compiled by the GNS World Desk"
    r"|get\s+the\s+(?:biggest|latest|top|best)\s+[^.!?]{0,40}?\b(?:by\s+e-?mail|in\s+your\s+inbox|newsletter)\b"
    r"|catch\s+(?:all\s+)?(?:the\s+)?latest\b[^.!?]{0,80}?\bon\s+the\s+[^.!?]{1,40}?\bapp\b"
    r"|more\s*:\s+[A-Z][^.!?]{2,100}$|share\s+via\s+(?:e-?mail|facebook|x|twitter|whatsapp)\b"
    r"|contributing\s*:\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*$"
    r"|compiled\s+by\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4}\s*$"
    r"|a\s+version\s+of\s+this\s+(?:article|story|review)\s+appear(?:s|ed)\s+in\s+print\b"
    # a newsletter's pitch: "Get all the week's environment news - the good, the bad and the essential"
    r"|get\s+(?:all\s+)?the\s+(?:week|day|month)['’]s\s+(?:[\w\-]+\s+){0,3}news\b"
    r"|if\s+you(?:\s+or\s+(?:someone|anyone)\s+you\s+know)?\s+needs?\s+(?:help|support)\b[^.]{0,80}?"
    r"\b(?:call|contact|visit|text)\b"
    r")",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(f"(?:{_BOILERPLATE_ANYWHERE}|{_BOILERPLATE_LINE_START})", re.IGNORECASE)
# An agency's credit after a dash, on a line of its own: "– RNZ", "— AAP", "- PTI"
_DASH_CREDIT = re.compile(r"[–—-][ ]*[A-Z][A-Za-z]{1,5}\.?[ ]*")
# A newsroom's words to its readers, opening a sentence (not after a quotation mark: '"Thank you
# for listening," she said' is a claim's): its newsletters, apps and podcasts, a live blog's
# pause, an email's header and footer, a writer's contact and where a piece first appeared, the
# notices under court reports, family notices and transcripts
_READER_NOTICE = re.compile(
    r"(?:get|receive)\s+(?:our|the|[\w'’&]+['’]s)\s+(?:free\s+)?(?:[\w'’&\-]+\s+){0,4}?"
    r"(?:newsletters?|bulletin|briefing|digest|e-?mails?)\b"
    r"|listen\s+(?:to|on)\b[^.]{0,120}?\bpodcasts?\b"
    r"|get\s+[^.]{0,80}?\b(?:sent|delivered)\s+(?:straight\s+|directly\s+|direct\s+)?to\s+your\s+inbox\b"
    r"|follow\s+(?:our|the)\s+live\s+(?:blog|coverage|updates|page|text)\b"
    r"|contact\s+(?:him|her|them|me|us|the\s+(?:author|writer|reporter))\s+(?:at|on|via)\b"
    r"|write\s+to\s+(?:us|the\s+editor)\s+(?:at|on|via)\b"
    r"|(?:do\s+you\s+have|have\s+you\s+got)\s+a\s+view\s+on\s+this\s+(?:story|article|issue)\b"
    r"|have\s+your\s+say\b"
    r"|court\s+reports\s+are\s+published\s+in\s+accordance\s+with\b"
    r"|we\s+are\s+unable\s+to\s+(?:remove|anonymi[sz]e|amend)\b"
    r"|if\s+you\s+would\s+like\s+to\s+(?:pay\s+(?:a\s+)?tribute|place\s+an?\s+(?:notice|announcement|advert))\b"
    r"|(?:alternatively,?\s+)?information\s+can\s+(?:also\s+)?be\s+(?:given|passed|reported)\b[^.]{0,80}?"
    r"\b(?:anonymously|crimestoppers|0800)"
    r"|call\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}helpline\s+on\b"
    r"|don['’]?t\s+miss\s+(?:a\s+thing|out)\b"
    r"|please\s+(?:turn\s+on|enable)\s+javascript\b"
    r"|this\s+(?:article|story|piece|essay|column|interview|report)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:appeared|published|ran)\b"
    r"|this\s+(?:article|story|piece|essay|column)\s+appeared\s+(?:first\s+)?in\b"
    r"|this\s+report\s+by\s+[^.]{2,60}?\s+was\s+first\s+published\b"
    r"|this\s+editorial\s+represents\b|the\s+views?\s+expressed\s+(?:in\s+this|here)\b"
    r"|(?:transcripts?\s+[^.]{0,80}?|this\s+transcript\s+)may\s+contain\s+errors\b"
    r"|please\s+check\s+the\s+(?:corresponding\s+)?(?:audio|video|recording)\b"
    r"|this\s+is\s+an?\s+(?:edited|abridged|condensed|lightly\s+edited)\s+(?:excerpt|extract|transcript|version)\b"
    r"|forwarded\s+this\s+(?:e-?mail|newsletter|message)\b|subscribe\s+(?:here|to|now|today)\b"
    r"|you(?:['’]re|\s+are)\s+receiving\s+this\s+(?:e-?mail|newsletter|message)\b"
    r"|(?:[\w'’&]+\s+){1,5}is\s+(?:written|produced|compiled)\s+by\b[^.]{0,60}\bedited\s+by\b"
    r"|thank(?:s|\s+you)\s+for\s+(?:following\s+(?:along|our|us)|reading|joining\s+us|watching|listening)\b"
    r"|we(?:['’]ll|\s+will)\s+be\s+back\s+(?:with|tomorrow|shortly|soon|after|in\s+(?:just\s+)?(?:a|one)\s+"
    r"(?:moment|minute|few))\b"
    r"|that(?:['’]s|\s+is)\s+(?:where|all)\s+(?:we(?:['’]ll|\s+will)|we\s+are\s+going\s+to)\s+"
    r"(?:pause|leave|end|stop|wrap)\b"
    r"|this\s+(?:live\s+)?blog\s+(?:has\s+been|is\s+being|will\s+be)\s+updated\b"
    r"|refresh\s+(?:the\s+page\s+)?for\s+the\s+latest\b"
    r"|\(?with\s+inputs\s+from\b"
    r"|send\s+(?:us\s+)?(?:your\s+)?letters\s+to\b|letters\s+(?:may|will)\s+be\s+edited\b"
    r"|write\s+to\s+(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}\s+at\s+\S+@"
    r"|appeared\s+in\s+the\s+[^.]{0,40}?print\s+edition\b"
    r"|(?:watch|listen\s+to|follow|read|download|get)\b[^.]{0,100}?\bon\s+the\s+[\w'’ ]{1,40}?\s+app\b"
    r"|(?:originally\s+|first\s+)?published\s+in\s+[^.,]{2,50},\s+[^.]{0,25}\d{4}\.?\Z"
    r"|copyright\s+(?:©\s*)?(?:the\s+)?(?-i:[A-Z])[^.]{0,40}\.?\Z"
    r"|call\s+(?:us\s+(?:on|at)\s+)?\+?[\d()][\d ()\-]{5,}\d\.?\Z"
    r"|i(?:['’]m|\s+am)\s+(?-i:[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})\.?\Z",
    re.IGNORECASE,
)
# a fact check's rating opening its paragraph ("Verdict: Misleading. Net migration did …"): the
# rating is furniture, the sentences after it are the fact check's own
_VERDICT_LABEL = re.compile(
    r"\W*(?:our |the |\w+['’]s |(?:reality|fact)[ \-]check )?(?:verdict|rating|assessment)\s*:", re.IGNORECASE
)
# a disclaimer ("This article is for information only and does not constitute investment advice.")
_DISCLAIMER = re.compile(
    r"\bdoes not constitute (?:investment|financial|legal|medical|tax) advice\b", re.IGNORECASE
)
# A live blog's or a broadcast's greeting and promises, a whole sentence of it ("Good evening.",
# "Welcome to our live coverage", "We will bring you the latest on the storm throughout the day.")
_GREETING = re.compile(
    r"(?:good (?:morning|afternoon|evening)(?:,? (?:and )?welcome(?: to (?:the |our )?[\w'’ ]{1,40})?)?"
    r"|welcome to (?:our|the|this) live (?:coverage|blog|updates|page)\b[^.!?]*"
    r"|(?:we will|we'll) (?:be )?bring(?:ing)? you (?:the latest|all the latest|updates|more)\b[^.!?]*)\W*",
    re.IGNORECASE,
)
# A heading over a list of links or topic tags ("Related Topics", "More on this story"): the
# short lines under it that do not end like a sentence ("NHS", another story's headline) are
# page furniture too, up to the first line that does.
_LINK_LIST_HEADING = re.compile(rf"\W*(?:{_LINK_HEADINGS}|(?:topics|tags)\s*:)\W*", re.IGNORECASE)
_LINK_ITEM_MAX = 150  # a headline or a tag, not a paragraph
# Only the line-start alternative, for a short ASCII line holding none of _ANYWHERE_WORDS.
_BOILERPLATE_LINE = re.compile(_BOILERPLATE_LINE_START, re.IGNORECASE)
_END = attrgetter("end")
_BOILERPLATE_MAX = 300  # a longer unit is prose, whatever it mentions
_NON_ALNUM = re.compile(r"[\W_]+")
# _NON_ALNUM on ASCII text: every byte but letters and digits, deleted by bytes.translate
_ASCII_NON_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


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
    language: str = "en"

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
            "language": self.language,
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
    notes: tuple[str, ...] = ()  # what a desk should know about the whole text (a long document)

    def as_dict(self) -> dict[str, object]:
        return {
            "notes": list(self.notes),
            "language": self.language,
            "scored": self.scored,
            "scorer": self.scorer,
            "threshold": self.threshold,
            "claims": [c.as_dict() for c in self.claims],
            "skipped": [list(s) for s in self.skipped],
            "error": self.error,
        }


def extract_claims(
    body: str, *, threshold: float | None = None, scorer: str = "linear", title: str | None = None
) -> Extraction:
    """Claim candidates of an article body, in document order, with exact offsets into ``body``.

    ``title``: the article's headline, when known; the body's repetition of it is not a claim.
    Never raises on bad text: empty, binary or markup input gives a defined (possibly empty)
    result. An unknown ``scorer`` name is a configuration error and raises ``KeyError``.
    """
    if not isinstance(body, str):
        raise TypeError(f"body must be str, not {type(body).__name__}")
    scorer_obj = get_scorer(scorer)
    if threshold is None:  # the threshold the scorer was tuned to (cross-validated)
        threshold = getattr(scorer_obj, "threshold", 0.5)
    try:
        return _extract(body, threshold, scorer_obj, title)
    except Exception as exc:  # noqa: BLE001 - contain any bug on hostile input, report it
        return Extraction(
            "und", False, [], scorer=scorer, threshold=threshold, error=f"{type(exc).__name__}: {exc}"
        )


Kept = tuple[Span, UnitAttribution, str, str]  # unit (trimmed), attribution, kind, language


def _extract(body: str, threshold: float, scorer_obj, title: str | None = None) -> Extraction:
    if not body.strip():
        return Extraction("und", False, [], scorer=scorer_obj.name, threshold=threshold)
    norm = normalise(body)
    units = segment_units(body, norm)
    language, langs = unit_languages(norm, units)
    quotes = find_quotes(norm, body)
    signals = find_signals(norm, body, quotes)
    atts, people = attribute(norm, units, quotes, signals)
    kept, skipped = select_units(body, norm, units, atts, langs, title)
    scores = score_units(kept, scorer_obj)
    scored = any(sc is not None for sc in scores)
    claims = assemble(body, kept, scores, people, signals, threshold)
    claims, notes = limit_long_document(claims, threshold)
    return Extraction(
        language,
        scored,
        claims,
        tuple(skipped),
        scorer=scorer_obj.name if scored else None,
        threshold=threshold,
        notes=notes,
    )


_HEADLINE_WORDS = 25


def segment_units(body: str, norm: str) -> list[Span]:
    """The units extraction works on: the sentences of ``norm``, the first line whole when it is a
    headline (:func:`_headline_whole`)."""
    return _headline_whole(body, segment_normalised(body, norm))


def _in_title_case(text: str) -> bool:
    """A headline's capitals: nearly every word of four letters or more capitalised, and not all in
    capitals ("Can Small Towns Survive Remote Work?")."""
    long = [w for w in _TITLE_WORD.findall(text) if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long) and not text.isupper()


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _headline_whole(body: str, units: list[Span]) -> list[Span]:
    """The text's first line, when a headline with a full stop inside ("I was wrong about bus
    lanes. Here's why I changed my mind"): one unit, as a headline is one claim. A first line
    that ends as a sentence does, or runs long, or is all the text, is left as segmented."""
    if len(units) < 3 or units[1].paragraph != units[0].paragraph:
        return units
    k = 1
    while k < len(units) and units[k].paragraph == units[0].paragraph:
        k += 1
    line = body[units[0].start : units[k - 1].end]
    if (
        k == len(units)
        or "\n" in line
        # (a headline in title case may end as a sentence does: "I Taught for 30 Years. The New
        # Exam Reform Will Fail Our Pupils.")
        or (_TERMINAL_END.search(units[k - 1].text.rstrip()) and (":" in line or not _in_title_case(line)))
        or len(line.split()) > _HEADLINE_WORDS
    ):
        return units
    whole = Span(
        units[0].start, units[k - 1].end, body[units[0].start : units[k - 1].end], units[0].paragraph
    )
    return [whole, *units[k:]]


def select_units(
    body: str,
    norm: str,
    units: list[Span],
    atts: list[UnitAttribution],
    langs: list[str],
    title: str | None = None,
) -> tuple[list[Kept], list[tuple[str, int, int]]]:
    """The units that are claims (trimmed of datelines and speaker labels), and the skipped ones."""
    kept: list[Kept] = []
    skipped: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    if title:
        seen.add(_repeat_key(title))
    link_list = False  # under a heading of links or tags (see _LINK_LIST_HEADING)
    notice = -1  # the paragraph a notice opens ("Editor's note: …"): furniture to its end
    end_matter = False  # past "About Acme", "Media contact:", "###": furniture to the end
    qa_dots = "Q." in body and _QA_DOTS.search(body) is not None  # an interview's "Q. " and "A. "
    rows_seen, table = -1, False  # the run of lines without a sentence's end looked at last
    sign_off = _sign_off_start(body, units)
    letters_page = _LETTERS_PAGE.match(body) or (title and _LETTERS_PAGE.match(title))
    letters = _letter_sign_offs(body, units) if letters_page else {}
    authors: list[str] = []  # the names of the bylines
    bio = _closing_biography(units, atts)  # "Jane Hollis is a motoring columnist." closing a column
    prose = False  # whether a claim other than a headline is kept yet (the body has begun)
    pull_until = -1  # the last unit of a pull quote's paragraph
    note_paragraph = -1  # the paragraph of the writer's note
    dateline_open = True  # a city's dateline and colon not looked for yet
    # the lines without a sentence's end from the first down (headline, standfirst, byline …): read
    # as the page's header even where they run long enough to pass for a table
    header_rows = _row_run_end(body, units, 0) if units and _is_row(units, 0) else -1
    for i, (unit, att, lang) in enumerate(zip(units, atts, langs, strict=True)):
        if unit.paragraph == notice or end_matter:
            skipped.append(("boilerplate", unit.start, unit.end))
            continue
        if kept and (
            i >= sign_off
            or unit.paragraph == note_paragraph  # the note's next sentences ("She has covered …")
            or (
                authors
                and unit.paragraph > units[-1].paragraph - _AUTHOR_NOTE_PARAGRAPHS
                and _is_author_note(unit.text, authors)
            )
        ):
            if i < sign_off:
                note_paragraph = unit.paragraph
            skipped.append(("byline", unit.start, unit.end))  # the writer's name, town or biography
            continue
        if i in letters:
            skipped.append(("byline", unit.start, unit.end))  # a letter's signature: name, town
            continue
        if bio is not None and i >= bio[1] and kept:
            skipped.append(("byline", unit.start, unit.end))  # the writer's biography, no byline above
            continue
        if (
            kept
            and len(unit.text) <= _END_MATTER_MAX
            and unit.text[0] in _END_MATTER_FIRST
            and alone_in_paragraph(units, i)
            and _END_MATTER.fullmatch(unit.text.strip())
        ):
            end_matter = True
            skipped.append(("boilerplate", unit.start, unit.end))
            continue
        kind = _unit_kind(unit, units, i)
        if kind == "headline" and att.how is not None and att.how.startswith("posted as @"):
            kind = "sentence"  # a post pasted above its signature, without its last full stop
        if unit.text[:1] == "#" and _HASHTAGS.fullmatch(unit.text.strip()):
            skipped.append(("junk", unit.start, unit.end))  # "#CarrowFire" ending a post: no claim
            continue
        in_header = not prose or i <= header_rows
        if (
            kind == "headline"
            # (a byline's name a little further down, after a standfirst: "Thandeka Mokoena" / "14 May 2025")
            and (in_header or (i < _HEADER_UNITS and _BARE_NAME.fullmatch(unit.text.strip())))
            and i + 1 < len(units)
        ):
            # above the body: a dateline's line of its own ("LONDON, 4 December 2026", "BRISTOL,
            # England"), a byline without its "By" (a name alone; not all the text says)
            line = unit.text.strip()
            if _PLACE_LINE.fullmatch(line) or _SHORT_DATE_LINE.fullmatch(line) or _is_date(line):
                kind = "dateline"  # ("22nd July 2025" under the byline)
            elif i > 0 and _LABEL_LINE.fullmatch(line):
                kind = "boilerplate"  # "LIVE UPDATES", "ELECTION 2025", "Interview" under the headline
            elif (
                _REPORTS_FROM.fullmatch(line)
                # the writer and their role on one line: "Harriet Moss North of England correspondent"
                or (len(line) <= _ROLE_BYLINE_MAX and _NAME_THEN_ROLE.fullmatch(line))
                # a reporter's role, under the byline or in its place ("Education Reporter")
                or (len(line) <= _ROLE_BYLINE_MAX and _ROLE_BYLINE.fullmatch(line))
            ):  # "Dan Pruett reports from Mill Road"
                kind = "byline"
            elif _BARE_NAME.fullmatch(line) and (
                (in_header and line.split(None, 1)[0] in GIVEN_NAMES and looks_like_person(line))
                # a name the lexicon does not know, right above the dateline or the date ("Kavitha
                # Menon" / "Mumbai, October 12"), the time stamp, or the writer's role ("Wong Mei
                # Ling" / "Senior Tech Correspondent"), maybe the newsroom's name between ("Tamsin
                # Orr" / "Southern Press FactCheck" / "November 4, 2024 — 5:30am")
                or _PLACE_LINE.fullmatch(nxt := units[i + 1].text.strip())
                or _is_date(nxt)
                or _SHORT_DATE_LINE.fullmatch(nxt)
                or _is_header_stamp(nxt)
                or (len(nxt) <= _ROLE_BYLINE_MAX and _ROLE_BYLINE.fullmatch(nxt))
                or (
                    i + 2 < len(units)
                    and _DESK_WORDS.fullmatch(nxt)
                    and _is_header_stamp(units[i + 2].text.strip())
                )
            ):
                kind = "byline"
                authors.append(line)
            elif (two := _TWO_NAMES.fullmatch(line)) is not None and all(
                looks_like_person(name) and name.split(None, 1)[0] in GIVEN_NAMES for name in two.groups()
            ):
                kind = "byline"  # "Owen Pritchard and Kerry Stanton": two writers, no "By"
                authors.extend(two.groups())
            elif _NEWS_SERVICE.fullmatch(line):
                kind = "byline"  # "Express News Service", "Our Bureau": the newsroom's credit
            elif (
                (desk := _NAME_COMMA_DESK.fullmatch(line.replace(" / ", ", ", 1))) is not None
                and looks_like_person(desk.group(1))
                and (is_newsroom(desk.group(2)) or _is_header_stamp(units[i + 1].text.strip()))
            ):
                kind = "byline"  # "Devon Castellano, Atlantic Wire" above the stamp
                authors.append(desk.group(1))
            elif (
                (credit := _NAME_AND_CREDIT.fullmatch(line)) is not None
                and looks_like_person(credit.group(1))
                and (_is_stamp(rest := credit.group(2)) or _is_date(rest) or _DESK_WORDS.fullmatch(rest))
            ):
                # "Sipho Mthembu | 03 October 2025", "Marc-André Tessier · Legislative Bureau",
                # "Naledi Dlamini | Business": the writer and a date, a desk or a section
                kind = "byline"
                authors.append(credit.group(1))
            elif (
                skipped
                and skipped[-1][0] in ("byline", "dateline")
                and (line.count(" ") < 2 or (line.count(" ") < 4 and is_newsroom(line)))
                and line[:1].isupper()
                and line.replace(" ", "").replace("-", "").isalpha()
            ):
                # a section's, a place's or the newsroom's name under the byline ("Sport",
                # "Kettlebrook", "The Millbrook Courier")
                kind = "boilerplate"
        if kind == "headline":
            if i > rows_seen:  # the first of its run of such lines: where the run ends
                rows_seen = _row_run_end(body, units, i)
                # (from the first line, four: a headline, its standfirst and byline are three lines)
                table = rows_seen - i >= (2 if i else 3)
            if table:  # three or more: a table's rows pasted as lines ("Labour (Sunita Rao) 14,220")
                kind = "bullet"
        if kind in SKIPPED_KINDS:
            if kind == "byline" and (m := _BY_AUTHOR.match(unit.text.strip())) is not None:
                authors.append(m.group(1))
            _drop_lead_in(kept, skipped, units, i, unit.text.strip())
            skipped.append((kind, unit.start, unit.end))
            continue
        if att.label_end is not None:  # "HOLT: ..." -> the claim is what follows the label
            if not _LETTER.search(body, att.label_end, unit.end):
                skipped.append(("speaker_label", unit.start, unit.end))
                continue
            unit = _trimmed(body, unit, att.label_end)
        elif opens_paragraph(units, i):
            m = (
                _LEAD.match(norm, unit.start, unit.end)
                or (_QA_DOT_LABEL.match(norm, unit.start, unit.end) if qa_dots else None)
                or (colon_dateline(norm, unit) if dateline_open and not prose else None)
            )
            if not prose and norm[unit.start : unit.start + 3].isupper():
                dateline_open = False  # looked for once, at the body's first line in capitals
            if m and _LETTER.search(body, m.end(), unit.end):
                if (lead := DATELINE_LEAD.match(norm, unit.start)) is not None and lead.end() == m.end():
                    skipped.append(("dateline", unit.start, m.end()))  # said, as every cut is
                unit = _trimmed(body, unit, m.end())
        if unit.text[:1] in "[(" and (m := _STAGE_DIRECTION.match(unit.text)) is not None:
            if not _LETTER.search(unit.text, m.end()):  # "(CROSSTALK)" alone
                skipped.append(("junk", unit.start, unit.end))
                continue
            unit = _trimmed(body, unit, unit.start + m.end())  # "(LAUGHTER) I hear you."
        if kind == "bullet" and i >= len(units) - 2 and _DASH_CREDIT.fullmatch(unit.text.strip()):
            skipped.append(("byline", unit.start, unit.end))  # "– RNZ" closing the story: its agency
            continue
        if kind == "bullet":
            m = _BULLET_MARK.match(unit.text)
            if m and _LETTER.search(body, unit.start + m.end(), unit.end):
                unit = _trimmed(body, unit, unit.start + m.end())
        if unit.text.endswith("]") and (m := _FOOTNOTE_MARKS.search(unit.text)) is not None:
            unit = Span(unit.start, unit.start + m.start(), unit.text[: m.start()], unit.paragraph)
        if "/" in unit.text and ("twitter.com/" in unit.text or "t.co/" in unit.text):
            m = POST_LINK.search(unit.text)
            if m and _LETTER.search(unit.text, 0, m.start()):  # "… Fact. pic.twitter.com/a1b2c3"
                unit = Span(unit.start, unit.start + m.start(), unit.text[: m.start()], unit.paragraph)
        text = unit.text
        if link_list:
            if _is_link_item(text):
                skipped.append(("boilerplate", unit.start, unit.end))
                continue
            link_list = False
        if (
            len(text) <= _BOILERPLATE_MAX
            and ":" in text
            and text[:1].isupper()
            and FACTS_LINE.fullmatch(text)
        ):
            skipped.append(("boilerplate", unit.start, unit.end))  # "Arsenal: Raya, White, …"
            continue
        if len(text) <= _BOILERPLATE_MAX and _is_boilerplate(text):  # before intros: "Read more:"
            _drop_lead_in(kept, skipped, units, i, text)
            skipped.append(("boilerplate", unit.start, unit.end))
            link_list = _LINK_LIST_HEADING.fullmatch(text) is not None
            if (
                opens_paragraph(units, i)
                and (_NOTICE.match(text) or _READER_NOTICE.match(text))
                and not _VERDICT_LABEL.match(text)
            ):
                notice = unit.paragraph  # (a fact check's "Verdict: Misleading." is that word alone)
            continue
        if _last_mark(text) == ":" and closes_paragraph(units, i):
            # "Reuters confirms the following on Tuesday:": it lends its source to what follows
            skipped.append(("intro", unit.start, unit.end))
            continue
        if i <= pull_until:
            skipped.append(("repeat", unit.start, unit.end))  # the rest of a pull quote's paragraph
            continue
        if text[0] in _OPENING_QUOTES and opens_paragraph(units, i):
            last = i
            while last + 1 < len(units) and units[last + 1].paragraph == unit.paragraph:
                last += 1
            whole = Span(unit.start, units[last].end, body[unit.start : units[last].end], unit.paragraph)
            if _is_pull_quote(body, unit) if last == i else _is_multi_pull_quote(body, units, i, last, whole):
                # a quotation set again as a pull quote, of one sentence or more
                skipped.append(("repeat", unit.start, unit.end))
                pull_until = last
                continue
        key = _repeat_key(text)
        if key in seen:  # a headline repeated as the first line, a repeated notice
            skipped.append(
                (
                    "title" if title and i < 3 and key == _repeat_key(title) else "repeat",
                    unit.start,
                    unit.end,
                )
            )
            continue
        seen.add(key)
        kept.append((unit, att, kind, lang))
        prose = prose or kind != "headline"
    if len(set(authors)) == 1 and (_OPINION_PIECE.match(body) or (title and _OPINION_PIECE.match(title))):
        _authors_own_words(kept, authors[0])
    elif bio is not None and not authors:
        _authors_own_words(kept, bio[0])  # a column signed by its writer's biography
    if letters:
        _letter_writers_own_words(kept, units, letters)
    return kept, skipped


# An opinion piece, by the kicker of its headline ("Opinion: The four-day week works", "Comment: …")
_OPINION_PIECE = re.compile(
    r"\s*(?:[Oo]pinion|OPINION|[Cc]omment|COMMENT|[Oo]p-[Ee]d|OP-ED|[Cc]olumn)[ ]*[:|\-–—]"
)
_AUTHOR_HOW = "the author, in an opinion piece"


def _authors_own_words(kept: list[Kept], author: str, how: str = _AUTHOR_HOW) -> None:
    """In an opinion piece with one byline, a sentence in the first person that names no source
    and quotes no one ("I have run a company of 45 people on a four-day week since 2021") is its
    author's claim."""
    for unit, att, kind, _ in kept:
        if att.speaker is not None or att.how is not None or att.is_quote or kind != "sentence":
            continue  # a quotation is someone's ('My accountant told me: "…"'), maybe not the author's
        if first_person_word(unit.text):
            att.speaker, att.how, att.own = author, how, True


# A page of readers' letters, by its headline's kicker or its first line ("Letters: …", "Letters
# to the editor", "Your letters")
_LETTERS_PAGE = re.compile(
    r"\s*(?:[Ll]etters|LETTERS|Your letters|YOUR LETTERS)(?:[ ]*[:|\-–—]|[ ]+to[ ]+the[ ]+[Ee]ditor|\s*\n)"
)
_LETTER_HOW = "the writer, in a letter"


def _letter_sign_offs(body: str, units: list[Span]) -> dict[int, str]:
    """On a letters page, each letter's signature: a person's name on a line of its own right after
    the letter's last sentence, and at most two short lines under it (a town, a title), then a
    blank line or the end. Each of those units -> the name signed."""
    signed: dict[int, str] = {}
    n = len(units)
    for k in range(1, n):
        if (
            not _sign_off_line(body, units, k)
            or not _TERMINAL_END.search(units[k - 1].text.strip())
            or (name := _signed_name(units[k].text.strip())) is None
        ):
            continue
        last = k
        while (
            last + 1 < n
            and last + 1 - k < _SIGN_OFF_LINES
            and "\n\n" not in body[units[last].end : units[last + 1].start]
            and _sign_off_line(body, units, last + 1)
        ):
            last += 1
        if last + 1 < n and "\n\n" not in body[units[last].end : units[last + 1].start]:
            continue  # the letter goes on after the name: not a signature
        for j in range(k, last + 1):
            signed[j] = name
    return signed


def _letter_writers_own_words(kept: list[Kept], units: list[Span], letters: dict[int, str]) -> None:
    """A letter's sentences in the first person are its writer's, the name signed under it."""
    signatures = sorted((units[k].start, name) for k, name in letters.items())
    starts = [start for start, _ in signatures]
    by_writer: dict[str, list[Kept]] = {}
    for item in kept:
        at = bisect.bisect_right(starts, item[0].start)
        if at < len(signatures):
            by_writer.setdefault(signatures[at][1], []).append(item)
    for name, items in by_writer.items():
        if name:  # (a letter signed "Name and address supplied" is no one's known)
            _authors_own_words(items, name, _LETTER_HOW)


# A name alone on a line, as a letter or a column is signed ("Jane Whitcombe", "— Dr Tom Reed")
_SIGN_OFF_NAME = re.compile(
    r"[—–-]?[ ]*((?:(?:Dr|Prof|Professor|Rev|Cllr|Sir|Dame|Lord|Lady)\.?[ ]+)?"
    r"[A-Z][a-z'\-]+(?:[ ]+(?:[A-Z]\.|[A-Z][a-z'\-]+|de|van|von)){1,3})"
    # the town, or the street and the town, after the name on its line ("Jane Pike, Kiln Road, Dalby")
    r"(?:,[ ]+[A-Z][\w'’.\-]*(?:[ ]+(?:[A-Z][\w'’.\-]*|upon|on|in|le|de)){0,3}){0,3}"
)
# A letter signed without a name: "Name and address supplied", "Name withheld"
_UNSIGNED = re.compile(r"[—–-]?[ ]*(?:[Nn]ame(?:[ ]+and[ ]+address)?|[Aa]ddress)[ ]+(?:supplied|withheld)\.?")
_SIGN_OFF_LINES = 3  # the name and the lines under it (a town, a title)
_SIGN_OFF_LINE_MAX = 60
# "By Tom Reilly", "By Priya Shah, Environment correspondent": the name a byline gives
_BY_AUTHOR = re.compile(rf"(?:By|BY|Written by)[ ]+({_BY_NAME})(?:[ ]*[,|].*)?$")
_AUTHOR_NOTE_VERBS = (" is ", " was ", " writes ", " has ", " teaches ", " works ", " lives ", " covers ")
_AUTHOR_NOTE_PARAGRAPHS = 3  # the last paragraphs, where a writer's note stands (a plug may follow it)


def _sign_off_start(body: str, units: list[Span]) -> int:
    """Where a letter's or a column's sign-off begins: among the last few lines, each short and
    none ending as a sentence does, a person's name on a line of its own, and the lines after it
    ("Jane Whitcombe" / "Eastbury, Kent"). ``len(units)`` when there is none."""
    start = n = len(units)
    k = n - 1
    while k > 0 and n - k <= _SIGN_OFF_LINES:
        text = units[k].text.strip()
        if len(text) > _SIGN_OFF_LINE_MAX or _TERMINAL_END.search(text):
            break
        if _sign_off_line(body, units, k) and _signed_name(text) is not None:
            start = k
        k -= 1
    return start


def _sign_off_line(body: str, units: list[Span], k: int) -> bool:
    """A sign-off's line: short, on a line of its own (the unit before ends on an earlier line),
    not ending as a sentence does (a name, a town, a title)."""
    text = units[k].text.strip()
    return (
        len(text) <= _SIGN_OFF_LINE_MAX
        and not _TERMINAL_END.search(text)
        and "\n" in body[units[k - 1].end : units[k].start]
    )


def _signed_name(line: str) -> str | None:
    """The person's name a sign-off's line gives ("Jane Whitcombe", "— Dr Tom Reed"), else None
    ("Related Topics" heads a list of links)."""
    if _UNSIGNED.fullmatch(line):
        return ""  # a letter whose writer is not named
    m = _SIGN_OFF_NAME.fullmatch(line)
    if m is None or not looks_like_person(m.group(1)) or _is_boilerplate(line):
        return None
    return m.group(1)


# A column's last line, its writer's biography: "Jane Hollis is a motoring columnist.", "Tom Reed
# is professor of economics at the University of Leeds." (group 1: the name)
_BIOGRAPHY = re.compile(
    r"((?:[A-Z][\w'’\-]+[ ]+){1,3}[A-Z][\w'’\-]+)[ ]+is[ ]+(?:an?[ ]+|the[ ]+)?(?:[\w\-]+[ ]+){0,3}?"
    r"(?:columnist|writer|author|journalist|contributor|commentator|novelist|broadcaster|critic|"
    r"correspondent|editor|professor|lecturer|fellow)\b[^.!?]*[.!]?"
)


def _closing_biography(units: list[Span], atts: list[UnitAttribution]) -> tuple[str, int] | None:
    """The name of the writer whose biography is the last paragraph of a piece written in the
    first person (a sentence outside quotation marks), and where it starts, or None. The
    biography: "Tom Reyes is a writer and broadcaster.", maybe a sentence or two more about the
    writer ("His book, Bus Stop, is published by Kell Press.")."""
    if len(units) < 3:
        return None
    first = len(units) - 1
    while first > 0 and units[first - 1].paragraph == units[-1].paragraph:
        first -= 1
    if len(units) - first > _BIOGRAPHY_SENTENCES or first < 1:
        return None
    text = units[first].text.strip()
    m = _BIOGRAPHY.fullmatch(text) if len(text) <= _BIOGRAPHY_MAX else None
    if m is None or not looks_like_person(m.group(1)):
        return None
    surname = m.group(1).rsplit(" ", 1)[-1]
    if not all(
        u.text.lstrip().startswith(("His ", "Her ", "Their ", "He ", "She ", surname))
        for u in units[first + 1 :]
    ):
        return None
    mine = any(
        not att.is_quote and first_person_word(u.text) for u, att in zip(units[:first], atts, strict=False)
    )
    return (m.group(1), first) if mine else None


_BIOGRAPHY_MAX = 200
_BIOGRAPHY_SENTENCES = 3


def _is_author_note(text: str, authors: list[str]) -> bool:
    """The writer's biography closing a column: "Tom Reilly is the founder of …", by the name of
    its byline."""
    return any(text.startswith(name) and text.startswith(_AUTHOR_NOTE_VERBS, len(name)) for name in authors)


_HASHTAGS = re.compile(r"#\w+(?:[ ]+#\w+)*")
_OPENING_QUOTES = "\"“‘'"
_PULL_QUOTE_MIN = 15  # characters of a quotation's words: a shorter one may be said twice
_PULL_QUOTE_REACH = 5_000  # characters before and after a pull quote where its quotation stands


def _is_pull_quote(body: str, unit: Span) -> bool:
    """A line that is only a quotation whose words the body holds elsewhere too, near it (a
    page of quotations costs no more than its length): a pull quote."""
    text = unit.text
    if text[-1] not in "\"”’'":
        return False
    words = text.strip("\"“”‘’' .,!?…")
    if len(words) < _PULL_QUOTE_MIN:
        return False
    return (
        body.find(words, max(0, unit.start - _PULL_QUOTE_REACH), unit.start) >= 0
        or body.find(words, unit.end, unit.end + _PULL_QUOTE_REACH) >= 0
    )


def _drop_lead_in(
    kept: list[Kept], skipped: list[tuple[str, int, int]], units: list[Span], i: int, text: str
) -> None:
    """The sentence opening the paragraph of the furniture at ``i`` (being skipped), kept just
    before it, is furniture too: a plug's question ("Want to know what's happening to your river?
    Sign up to …"), or a photograph's caption before its credit closing the paragraph
    ("Campaigners outside the town hall. Photo: Rob Tillett/Mercury", "FILE PHOTO: ….
    AGENCY/Name"; not a sentence that names its own speaker)."""
    if (
        not kept
        or i == 0
        or units[i - 1].paragraph != units[i].paragraph
        or not opens_paragraph(units, i - 1)
        or kept[-1][0].end != units[i - 1].end
    ):
        return
    lead = kept[-1]
    if lead[0].text.rstrip().endswith("?") and _is_boilerplate(text):
        kind = "boilerplate"
    elif (
        closes_paragraph(units, i)
        and not lead[1].own
        and (_PHOTO_LABEL.match(text) or _PHOTO_CREDIT.match(text) or _NAMED_CREDIT.fullmatch(text))
    ):
        kind = "caption"
    elif (
        not lead[1].own
        and len(lead[0].text.split()) <= _TAGLINE_WORDS
        and not any(c.isdigit() for c in lead[0].text)
        and _NOTICE.match(text)
    ):
        kind = (
            "boilerplate"  # a newsletter's tagline before its pitch ("The planet's most important stories.")
        )
    else:
        return
    kept.pop()
    skipped.append((kind, lead[0].start, lead[0].end))


_TAGLINE_WORDS = 8
_HEADER_UNITS = 6  # a byline's lines are looked for this far down, after a standfirst too
_SHORT_CREDIT_MAX = 60
# a picture's credit in brackets closing its caption: "(Rural Report: Jess Mallory)"
_NAMED_CREDIT = re.compile(
    r"\([A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,3}: [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}\)"
)
# "(File photo)", "(Photo by Dana Whitcombe/Starline Images)": a caption's credit in brackets
_FILE_OR_BY_CREDIT = (
    r"\((?:[Ff]ile[ ]+(?:photo|picture|image)|(?:Photo|Picture|Image)[ ]+by[ ]+[^()\n]{2,60})\)"
)
_NAMED_CREDIT_AT_END = re.compile(
    r"(?:[.!?][ ]+"
    + _NAMED_CREDIT.pattern
    # the photographer and the agency in brackets: "… on Wednesday evening (Tom Ashwell/PA)"
    + r"|\w[ ]+\([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){1,2}/[A-Z][\w&.\- ]{1,30}\)"
    # "… after the shift change. (File photo)", "… in 2023. (Photo by Dana Whitcombe/Starline Images)"
    + r"|[.!?][ ]+"
    + _FILE_OR_BY_CREDIT
    + r")\Z"
)
# a video's length closing its title: "(1:42)", "(12:05)"
_VIDEO_LENGTH = re.compile(r"\(\d{1,2}:\d\d\)\Z")
# A photograph's credit by its label: "Photo: …", "Photograph: …", "(Picture: …)", "Image credit: …"
# (the agency and the photographer alone, "ATLAS PRESS/Joana Reis", are _PHOTO_CREDIT)
# ("PHOTO | FILE", "(Photo | Standard)", "Credit: Lakeshore Ledger archive")
_PHOTO_LABEL_WORDS = (
    r"(?:(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|PHOTO|PICTURE)s?(?:\s+credit)?\s*[:|]"
    r"|(?:[Cc]redit|CREDIT)\s*:)"
)
_PHOTO_LABEL = re.compile(r"\(?(?:[A-Z]{2,}[ ]+)?" + _PHOTO_LABEL_WORDS)  # ("HERALD PHOTO: GAVIN TAN")
# a picture's credit as a unit of its own: "PHOTO | FILE", "(Photo | Standard)", "HERALD PHOTO: GAVIN TAN"
_SHORT_PHOTO_CREDIT = re.compile(
    r"\(?(?:[A-Z]{2,}[ ]+)?" + _PHOTO_LABEL_WORDS + r"[ ]*[^()|:\n]{2,40}\)?"
    # "(File photo)", "(Photo by Dana Whitcombe/Starline Images)"
    r"|" + _FILE_OR_BY_CREDIT
)
# and closing a caption's line: " (Photo: Tomás Reyes/Staff)", " | Photograph: Ian Boyd"
_CREDIT_AT_END = re.compile(
    r"\w[.,]?[ ]+(?:\(|\|[ ]*|[-–—][ ]*|(?<=[.!?][ ])(?:[A-Z]{2,}[ ]+)?)"
    + _PHOTO_LABEL_WORDS
    + r"[ ]*[^()|:\n]{2,80}\)?\Z"
)


def _is_multi_pull_quote(body: str, units: list[Span], i: int, last: int, whole: Span) -> bool:
    """A paragraph of several sentences that is one quotation, each sentence said near it outside
    it ('"I am not a saint. I am a shopkeeper."'), and not a paragraph written twice (the repeat is
    skipped then, the first kept)."""
    return (
        whole.text.rstrip()[-1:] in "\"”’'"
        and body.find(whole.text, max(0, whole.start - _PULL_QUOTE_REACH), whole.start) < 0
        and body.find(whole.text, whole.end, whole.end + _PULL_QUOTE_REACH) < 0
        and (
            _is_pull_quote(body, whole)
            or all(_said_elsewhere(body, units[k], whole) for k in range(i, last + 1))
        )
    )


def _said_elsewhere(body: str, unit: Span, paragraph: Span) -> bool:
    """Whether the words of ``unit`` (a sentence of a quotation) stand near ``paragraph``, outside it."""
    words = unit.text.strip("\"“”‘’' .,!?…")
    if len(words) < _PULL_QUOTE_MIN // 2:
        return False
    return (
        body.find(words, max(0, paragraph.start - _PULL_QUOTE_REACH), paragraph.start) >= 0
        or body.find(words, paragraph.end, paragraph.end + _PULL_QUOTE_REACH) >= 0
    )


def _repeat_key(text: str) -> str:
    """Letters and digits only, case-folded: a repeated line is the same key however spaced."""
    if text.isascii():  # the common case, without the regex
        return text.encode("ascii").translate(None, _ASCII_NON_ALNUM).decode("ascii").lower()
    return _NON_ALNUM.sub("", text).casefold()


_BOILERPLATE_WORDS = ("cookie", "subscri", "sign up", "rights reserved", "©", "may not be", "like this")
# Every text _BOILERPLATE_ANYWHERE matches holds one of these (lower-cased).
_ANYWHERE_WORDS = (*_BOILERPLATE_WORDS, "by continuing", "by using")
_BOILERPLATE_SHORT = 60  # "Advertisement", "Read more", "Share this article": short lines


# A page's running header or footer in text pasted from a PDF: "Annual Report 2025   Page 4 of 48"
_PAGE_OF = re.compile(r"(?:.{0,100}[ \t])?(?:[Pp]age|PAGE)[ \t]+\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}[ \t]*")


def _is_boilerplate(text: str) -> bool:
    """``_BOILERPLATE.search`` for a unit, after cheap tests (substring search runs in C): a long
    text needs one of a few words (a long line is furniture only when it says so); a short ASCII
    line without the words of the anywhere-patterns needs only the line-start pattern. A notice
    (a caption, a correction) is known by how it opens, at any length; a section heading ("Summary",
    "Key points") by its whole line."""
    if _NOTICE.match(text) or (text[:1] in "GgWw" and _GREETING.fullmatch(text)):
        return True
    if (text[:1].isalpha() or text[:1] == "(") and _READER_NOTICE.match(text):
        return True
    if text[:1] in "–—-" and _DASH_CREDIT.fullmatch(text):
        return True  # "– RNZ", "— AAP": the agency's credit closing a story
    if "constitute" in text and _DISCLAIMER.search(text):  # (a substring test first)
        return True
    if ("happened" in text or "available" in text) and _POINTER_LINE.match(text):
        return True
    if ("age " in text or "AGE " in text) and _PAGE_OF.fullmatch(text):
        return True
    if _is_no_comment(text):  # "… declined to comment.", at any length up to the caller's
        return True
    if len(text) <= _SECTION_HEADING_MAX and _SECTION_HEADING.fullmatch(text):
        return True
    if len(text) > _BOILERPLATE_SHORT:
        low = text.lower()
        return any(word in low for word in _BOILERPLATE_WORDS) and _BOILERPLATE.search(text) is not None
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in _ANYWHERE_WORDS):
            return _BOILERPLATE_LINE.match(text) is not None
    return _BOILERPLATE.search(text) is not None


# a link to a live page ("Reaction to the vote as it happened"), a pointer to other pages ("Full
# results are available on our sport pages.")
_POINTER_LINE = re.compile(
    r"[^.!?]{3,100}\bas it happened\s*$"
    r"|[^.!?]{3,100}\b(?:is|are) available (?:on|at|from) our (?:[\w\-]+ ){0,2}(?:pages?|website|site|app)\b",
    re.IGNORECASE,
)


# A newsroom's note that someone would not comment, or that it could not check something: a whole
# sentence of it ("… did not immediately respond to a request for comment.", "The claim could not
# be independently verified."), nothing after a "but"
_NO_COMMENT = re.compile(
    # a plain subject (a clause between commas may hold a claim), maybe a name with a comma in it
    # ("the Department for Environment, Food and Rural Affairs")
    r"(?:[^.;!?,]|,(?=\s(?-i:[A-Z]))){0,120}?\b(?:"
    r"(?:did|has|have|had)(?: not|n't)\s+(?:yet\s+|immediately\s+)?(?:respond|reply|return)(?:ed)?\b"
    r"[^.;!?]{0,60}\b(?:comment|quer(?:y|ies)\b|questions\b)"
    r"|(?:would\s+be|was)\s+(?:inappropriate|not\s+appropriate)\s+to\s+comment"
    # (not "refused to comment on reports that she had been warned": an allegation, told)
    r"|(?:declined|refused)\s+to\s+comment(?!\s+on\s+(?:\w+\s+){0,2}"
    r"(?:reports?|claims?|allegations?|suggestions?|suspicions?)\s+that\b)"
    r"|could\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+(?:a\s+)?comment"
    r"|(?:has|have)\s+(?:been\s+)?(?:contacted|approached|asked)\b[^.;!?]{0,60}\bfor\s+(?:a\s+)?(?:comment|response)"
    r"|could\s+not\s+(?:independently\s+)?(?:verify|confirm)(?!\s+(?:that|whether|if|how)\b)"
    # the newsroom's own attempt: "We contacted the creator of the video for comment but did not
    # receive a response."
    r"|(?:we|i)\s+(?:have\s+)?(?:contacted|approached|asked)\b[^.;!?]{0,80}?\bfor\s+(?:a\s+)?(?:comment|response)"
    r"(?:\s+but\s+(?:did\s+not|didn't|had\s+not|have\s+not|has\s+not)\s+(?:yet\s+)?(?:receive|get|hear)\w*\b[^;]*)?"
    r"|(?:could|can|has|have)\s+not\s+(?:yet\s+)?be(?:en)?\s+independently\s+(?:verified|confirmed)"
    # (nothing after a "but", a reason given with "saying", a quotation, or what the thing
    # declined on appeared to show: "… on footage that appeared to show stewards closing a gate")
    r")\b(?:(?!\bbut\b|,\s+(?:saying|telling|adding|arguing|insisting|noting)\b|[\"“]"
    r"|\bthat\s+(?:appeared|appears|showed|shows|seemed|suggested)\b)[^;])*",
    re.IGNORECASE,
)
_NO_COMMENT_WORDS = ("comment", "verif", "confirm", "quer", "question")


def _is_no_comment(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _NO_COMMENT_WORDS) and _NO_COMMENT.fullmatch(text) is not None


def _is_link_item(text: str) -> bool:
    """A line of a list of links or tags: short, and not ending as a statement does ("NHS", "Why
    are nurses striking?", another story's headline)."""
    return len(text) <= _LINK_ITEM_MAX and _last_mark(text) not in (".", "!", ":")


def _last_mark(text: str) -> str:
    """The last character of a line before closing quotes and brackets ("…said:" -> ":")."""
    return text.rstrip().rstrip("\"'”’)]")[-1:]


def _trimmed(body: str, unit: Span, start: int) -> Span:
    while start < unit.end and body[start].isspace():
        start += 1
    return Span(start, unit.end, body[start : unit.end], unit.paragraph)


def score_units(kept: list[Kept], scorer_obj) -> list:
    """One ScoredSentence per kept unit; None for a language the scorers do not read."""
    scores: list = [None] * len(kept)
    todo = [k for k, item in enumerate(kept) if item[3] in SUPPORTED_LANGUAGES]
    if todo:
        for k, sc in zip(todo, scorer_obj.score([kept[k][0].text for k in todo]), strict=True):
            scores[k] = sc
    return scores


def assemble(body: str, kept: list[Kept], scores: list, people: People, signals, threshold: float):
    sig_starts = [s.start for s in signals]
    shown = _ShownNames(_titles_written_with_the(body), _short_forms(body))
    claims: list[ClaimCandidate] = []
    i = 0
    while i < len(kept):
        j = _quote_group_end(kept, i)
        claims.append(
            _make_claim(
                body, kept[i : j + 1], scores[i : j + 1], people, signals, sig_starts, threshold, shown
            )
        )
        i = j + 1
    return claims


def limit_long_document(
    claims: list[ClaimCandidate], threshold: float
) -> tuple[list[ClaimCandidate], tuple[str, ...]]:
    """In a document of more than LONG_DOCUMENT_CLAIMS scored claims, only the SECTION_QUOTA best
    of each run of SECTION_CLAIMS claims keep their score and check-worthy flag; the others'
    scores are multiplied by LONG_DOCUMENT_FACTOR, with a reason saying so."""
    n_scored = sum(c.score is not None for c in claims)
    if n_scored <= LONG_DOCUMENT_CLAIMS:
        return claims, ()
    out = list(claims)
    above = flagged = 0
    for lo in range(0, len(out), SECTION_CLAIMS):
        section = [k for k in range(lo, min(lo + SECTION_CLAIMS, len(out))) if out[k].score is not None]
        section.sort(key=lambda k: -out[k].score)
        for rank, k in enumerate(section):
            c = out[k]
            if c.score >= threshold:
                above += 1
                if rank < SECTION_QUOTA:
                    flagged += 1
                    continue
            lowered = round(c.score * LONG_DOCUMENT_FACTOR, 4)
            change = round(logit(lowered) - logit(c.score), 3) if c.score > 0 else 0.0
            why = (
                f"a long document: not among the {SECTION_QUOTA} best of its {SECTION_CLAIMS} "
                f"sentences (score before {c.score:.2f})",
                change,
            )
            out[k] = replace(
                c, score=lowered, checkworthy=False, reasons=(why, *c.reasons[: MAX_REASONS - 1])
            )
    note = (
        f"A long document: {n_scored} scored claims, {above} at or above the threshold. Only the "
        f"{SECTION_QUOTA} best of every {SECTION_CLAIMS} sentences ({flagged}) stay check-worthy; "
        f"the other scores are halved so the review queue stays useful. Every sentence is kept."
    )
    return out, (note,)


def _unit_kind(unit: Span, units: list[Span], i: int) -> str:
    text = unit.text
    if len(text) > MAX_CLAIM_CHARS:
        return "overlong"
    if not _LETTER.search(text):
        return "junk"
    stripped = text.strip()
    if _DATELINE.match(stripped) or (
        len(stripped) <= _STAMP_MAX
        and (
            stripped[0] in _STAMP_FIRST
            or "|" in stripped
            or stripped.startswith(_WEEKDAY_NAMES)
            or stripped.partition(" ")[0].rstrip(".,").lower() in MONTHS  # "June 3, 2025 4:17 PM GMT+1"
        )
        and _is_stamp(stripped)
    ):
        return "dateline"
    if _is_credit(stripped):
        return "byline"
    if (
        closes_paragraph(units, i)
        and len(stripped) <= _SHORT_CREDIT_MAX
        and (
            (stripped[0] == "(" and stripped[-1] == ")" and _NAMED_CREDIT.fullmatch(stripped))
            or _SHORT_PHOTO_CREDIT.fullmatch(stripped)
        )
    ):
        return "byline"  # "(Rural Report: Jess Mallory)", "PHOTO | FILE" closing a caption
    if " | " in stripped and len(stripped) <= _BOILERPLATE_MAX:
        credit, _, stamp = stripped.partition(" | ")
        if (_is_credit(credit) or _DESK.fullmatch(credit)) and (_is_stamp(stamp) or _is_date(stamp)):
            # "By Ann Reyes and Tom Pike | Updated 6:41 PM EDT, Thu March 13, 2025", "By Owen
            # Markland, Crime Reporter | 2 October 2024", "Business desk | Thursday 6 February 2025 07:00"
            return "byline"
        if _PLACE_LINE.fullmatch(credit.upper()) and _is_stamp(stamp):
            return "dateline"  # "New Delhi | Updated: July 9, 2024 10:41 IST"
    if post_signature(stripped) is not None:
        return "byline"  # the signature under a post pasted from a social network
    alone = alone_in_paragraph(units, i)
    if alone and len(stripped) <= _BOILERPLATE_MAX:  # (the regexes only where their marks or words are)
        if (
            "|" in stripped
            or "·" in stripped
            or "/ By" in stripped
            or "@" in stripped
            or stripped.startswith(_CREDIT_OPENINGS)
        ) and _CREDIT_LINE.fullmatch(stripped) is not None:
            return "byline"
        if (
            stripped.startswith(_PAGE_LINE_OPENINGS) or " can be reached at " in stripped
        ) and _PAGE_LINE.fullmatch(stripped) is not None:
            return "boilerplate"
    if stripped[0] in LIST_BULLETS:
        return "bullet"
    if alone and (stripped[-1].isalnum() or stripped[-1] == ")"):
        if _CREDIT_AT_END.search(stripped, max(0, len(stripped) - 100)) is not None or (
            stripped[-1] == ")"
            and _NAMED_CREDIT_AT_END.search(stripped, max(0, len(stripped) - 80)) is not None
        ):
            # "Rescuers search the old town (Photo: Tomás Reyes/Staff)", "… | Photograph: Ian Boyd"
            return "caption"
    if alone and stripped[0] == "[" and stripped[-1] == "]" and stripped.count(" ") < 6:
        return "boilerplate"  # "[END OF TRANSCRIPT]", "[Applause]": a note on the text, no claim
    if alone and stripped[-1] == ")" and "." not in stripped and _VIDEO_LENGTH.search(stripped) is not None:
        return "boilerplate"  # "Watch: Ruiz heckled at market (1:42)": a video's title and length
    if alone and not _TERMINAL_END.search(stripped) and len(stripped.split()) <= 25:
        return "headline"
    if (
        i == 0
        and alone
        and len(stripped.split()) <= 25
        and len(units) > 1
        and ":" not in stripped  # (not a transcript's first turn: "CHUCK TODD: Okay.")
        and _in_title_case(stripped)
    ):
        return "headline"  # the first line in title case, a headline whatever its last mark
    if (
        alone
        and stripped.endswith("?")
        and stripped[:1].isupper()
        and 0 < i < len(units) - 1
        and len(stripped.split()) <= _SUBHEAD_QUESTION_WORDS
        and stripped.split(None, 1)[0] in _SUBHEAD_OPENERS
    ):
        return "headline"  # an explainer's question over its answer ("Why are bills going up?")
    return "sentence"


# Credits a page sets on a line of their own: "With files from Anika Shah", "From Chinedu Okafor,
# Kaboro" (a Nigerian paper's byline), "ANB News / By political reporter Tahlia Brennan", "Sophie
# Lachance · CNB News · Posted: Apr 9, 2025", "Staff Reporter | Ravipur | Updated: …", "SIFISO
# DLAMINI | sport@capeledger.example", "By Nadia Holt | 6 min read"
_CREDIT_LINE = re.compile(
    r"(?:[—–-][ ]?)?With (?:files|reporting|additional reporting) from [A-Z].{0,80}"
    # a section and the date, maybe the writer: "Community | Saturday, October 4, 2025", "Sport | 19 May
    # 2025 | Sizwe Mabena"; an update's stamp: "Updated / Tuesday, 11 Nov 2025 18:40"
    r"|[A-Z][\w&]*(?: [A-Z&][\w&]*){0,2} \| (?:[A-Z][a-z]+day,? )?"
    r"(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) \d{4}"
    r"(?: \| [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})?"
    r"|(?:Updated|Published|Posted) / .{4,60}\d{4}.{0,20}"
    # a writer and their beat, a desk and its section, an email alone, a release's date
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2} \| (?:[A-Z][\w\-]* ){0,3}"
    r"(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter)"
    r"|[A-Z][\w&]*(?: [A-Z][\w&]*)? Desk \| [A-Z][\w ]{2,40}"
    r"|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|Issued:? (?:on )?(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) \d{4}"
    r"|From [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}, [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
    r"|[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,3} / By (?:[a-z]+ ){0,3}[A-Z].{0,60}"
    r"|[^|·\n]{3,60}(?: [·|] [^|·\n]{2,60}){1,3} [·|] (?:Posted|Updated|Published|Last [Uu]pdated):? .{4,80}"
    r"|[A-Z][A-Za-z'’\- ]{3,40} \| [\w.\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|By [A-Z].{2,60} \| \d{1,2} min(?:ute)?s? read"
    # writers and their newsroom or desk after a bar: "By Dev Malhotra, Senior Editor | Northern Haul"
    r"|By [A-Z].{2,80} \| [A-Z][\w&'’\- ]{2,60}"
    # a picture's credit in brackets, a sentence of its own: "(Submitted by Amélie Tremblay-Ross)"
    r"|\((?:Submitted|Supplied|Photo|Picture|Photograph) by [^)]{2,60}\)"
    # a picture's credit as a newsroom writes it, its programme and photographer: "(Rural Report: Jess
    # Mallory)"
    r"|\([A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,3}: [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}\)"
)
# A page's own lines: sharing buttons, a review's stars, its links, a reporter's contact, a funder
_PAGE_LINE = re.compile(
    r"Social [Ss]haring|[★☆⭐]{1,5}(?: ?(?:out of|/) ?\d+)?"
    r"|Corrections and clarifications(?: \| [^|]{1,40})*"
    r"|[A-Z][\w'’\-]+ [A-Z][\w'’\-]+ can be reached at .{3,100}"
    r"|This (?:story|article|report|project|coverage) (?:is|was) (?:supported|funded|made[ ]possible)"
    r" by .{3,120}"
    r"|This (?:story|article|piece) (?:appears|appeared|first appeared|was first published) in .{3,120}"
    r"|Related (?:topics|stories|articles|links|coverage):? .{3,200}"
    # a reporter's contact, a call for tips or readers' stories, a release's end, an obituary's dates
    r"|Contact [A-Z][\w'’\-]+ [A-Z][\w'’\-]+ at .{3,100}"
    r"|Tell us (?:how|what|about) .{3,120}(?:at|on|via) \S+"
    r"|(?:Ends|ENDS|-ends-|###)"
    r"|(?:Born|Died):? .{3,60}"
)
_CREDIT_OPENINGS = (
    "(",
    "With ",
    "From ",
    "— With ",
    "– With ",
    "- With ",
    "Updated /",
    "Published /",
    "Posted /",
    "Issued",
)
_PAGE_LINE_OPENINGS = (
    *("Social", "Corrections", "This ", "★", "☆", "⭐", "Related"),
    *("Contact ", "Tell us", "Ends", "ENDS", "-ends-", "###", "Born", "Died"),
)
_SUBHEAD_QUESTION_WORDS = 12
# how an explainer's questions open
_SUBHEAD_OPENERS = frozenset(w.capitalize() for w in QUESTION_WORDS) | frozenset(
    "Will Can Could Should Is Are Does Do Did Has Have".split()
)


def _is_row(units: list[Span], k: int) -> bool:
    """A line of its own that does not end like a sentence, nor is a byline or a date (a
    heading, or a table's row)."""
    return _unit_kind(units[k], units, k) == "headline"


def _row_run_end(body: str, units: list[Span], i: int) -> int:
    """The last of the lines of their own without a sentence's end that follow line ``i`` one
    under the other, with no blank line between them (``i`` when none follows)."""
    last = i
    while (
        last + 1 < len(units)
        and _is_row(units, last + 1)
        and body.count("\n", units[last].end, units[last + 1].start) == 1
    ):
        last += 1
    return last


def _is_credit(text: str) -> bool:
    """A byline or credits line; the patterns only where a cheap substring test lets them match."""
    if len(text) > _BOILERPLATE_MAX:
        return False
    # "(Reporting by", "— With reporting by", "Author: Jane Doe"
    first = text.lstrip("—–-( ").partition(" ")[0].rstrip(":").lower()
    if (first in _CREDIT_OPENERS or "contributed" in text) and (_BYLINE.match(text) or _CREDITS.match(text)):
        return True
    if "/" in text and _EDITORS_SLUG.fullmatch(text):
        return True  # a wire story's editors' initials alone ("ib/jm/rlp")
    return ("/" in text or any(a in text for a in _PHOTO_AGENCIES)) and bool(_PHOTO_CREDIT.match(text))


_EDITORS_SLUG = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}")


def _is_header_stamp(line: str) -> bool:
    """A line of its own that is a date or a time stamp, as under a byline."""
    return bool(_DATELINE.match(line) or _is_date(line) or (len(line) <= _STAMP_MAX and _is_stamp(line)))


def _is_stamp(text: str) -> bool:
    """A time stamp: "Updated" (or published, posted, modified) and a date, a time or "2 hours
    ago"; or, without the prefix, a time of day with its zone ("10:32 GMT", "1030 GMT"), or a
    date with a time ("5 March 2025, 07:45 GMT"). Two stamps on one line, after a bar or a comma
    ("Published: 09:15, 3 June 2025 | Updated: 10:40", "Posted 14 May, updated 15 May"), maybe
    with the newsletter's name and issue ("THE WEEKLY | Issue #147 | Friday 7 March 2025")."""
    if "|" in text or ("pdated" in text and _SECOND_STAMP.search(text)):
        parts = _SECOND_STAMP.split(text)
        stamps = [p for p in parts if p and (_is_stamp(p) or _is_date(p))]
        return bool(stamps) and all(p in stamps or _MASTHEAD_PART.fullmatch(p) for p in parts)
    prefix = _STAMP_PREFIX.match(text)
    rest = text[prefix.end() if prefix else 0 :]
    words = rest.replace(",", " ").rstrip(".").split()
    if not words:
        return prefix is not None  # "Published" alone on its line, the date on the next
    if len(words) > 8:
        return False
    if prefix is None and not (
        _CLOCK.match(words[0])
        # a date, then its time: "5 March 2025, 07:45 GMT", "Monday 3 March 2025, 10:12 am"
        or (any(map(_CLOCK.match, words)) and any(w.lower().rstrip(".") in MONTHS for w in words))
        or (len(words) == 2 and words[0].isdigit() and len(words[0]) == 4)
        or (len(words) <= 4 and words[-1] == "ago")  # "3 hours ago" under "Published"
    ):
        return False  # a stamp without its prefix opens with the time
    if not _DIGIT.search(rest) and "ago" not in words:
        return False
    return all(map(_stamp_word, words))


def _stamp_word(word: str) -> bool:
    """A word of a date or a time: a number, a time, a zone, a month's or a day's name, a dash."""
    low = word.lower().rstrip(".")
    return _STAMP_WORD.fullmatch(word) is not None or low in MONTHS or low in _DAY_NAMES or word in _DASHES


def _is_date(text: str) -> bool:
    """A date alone: "Friday 7 March 2025", "May 2, 2025" (a month, and only the words of a date)."""
    words = text.replace(",", " ").rstrip(".").split()
    return (
        0 < len(words) <= 5
        and any(w.lower().rstrip(".") in MONTHS for w in words)
        and all(map(_stamp_word, words))
    )


def _quote_group_end(kept: list[Kept], i: int) -> int:
    """Last index of a short multi-sentence quotation that starts at i and carries its speaker."""
    unit, att = kept[i][0], kept[i][1]
    if att.quote is None:
        return i
    if att.quote[0] != unit.start and not (
        # 'Helen Ross said: "We are not panicking yet. But we will be."': after its attribution
        att.own
        and att.quote[0] - unit.start < 120
        and unit.text[: att.quote[0] - unit.start].rstrip().endswith((":", ","))
    ):
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


def _make_claim(
    body, group, scores, people: People, signals, sig_starts, threshold, shown: _ShownNames
) -> ClaimCandidate:
    if len(group) == 1:  # the common case, without the group bookkeeping
        (unit, att, kind, lang), best = group[0], scores[0]
        start, end = unit.start, unit.end
        speaker, aliases = _display_speaker(att, people, shown)
        lo = bisect.bisect_left(sig_starts, start)
        hi = bisect.bisect_left(sig_starts, end, lo)
        sigs = tuple(signals[lo:hi])
        if sigs and max(map(_END, sigs)) > end:  # rare: a signal running past the claim
            sigs = tuple(s for s in sigs if s.end <= end)
        q = _quote_within(att.quote, start, end)
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
            reasons=best.reasons if best else _not_scored(lang),
            signals=sigs,
            kind=kind,
            paragraph=unit.paragraph,
            parts=(),
            language=lang,
        )
    first, last = group[0][0], group[-1][0]
    start, end = first.start, last.end
    atts = [item[1] for item in group]
    att = next((a for a in atts if a.own), atts[0])
    speaker, aliases = _display_speaker(att, people, shown)
    quote = _quote_within(
        (min(a.quote[0] for a in atts if a.quote), max(a.quote[1] for a in atts if a.quote))
        if any(a.quote for a in atts)
        else None,
        start,
        end,
    )
    quote_start, quote_end = quote if quote else (None, None)
    best = None
    for sc in scores:
        if sc is not None and (best is None or sc.score > best.score):
            best = sc
    lo = bisect.bisect_left(sig_starts, start)
    hi = bisect.bisect_left(sig_starts, end)
    sigs = tuple(s for s in signals[lo:hi] if s.end <= end)
    kind = "quote_group" if len(group) > 1 else group[0][2]
    lang = group[0][3]
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
        reasons=best.reasons if best else _not_scored(lang),
        signals=sigs,
        kind=kind,
        paragraph=first.paragraph,
        parts=tuple((item[0].start, item[0].end) for item in group) if len(group) > 1 else (),
        language=lang,
    )


def _not_scored(lang: str) -> tuple[tuple[str, float], ...]:
    """Why a claim has no score: its language (said on the claim, with no weight)."""
    if lang in SUPPORTED_LANGUAGES:
        return ()
    name = language_name(lang) if lang != "und" else "a language that could not be identified"
    return ((f"not scored: written in {name}; the check-worthiness models read English only", 0.0),)


# People around a person, who do not speak for them (unlike "a spokeswoman for" or "lawyers for")
_AROUND = (
    *(f" {link} " for link in UNNAMED_LINKS),
    "allies of ",
    "friends of ",
    "critics of ",
    "opponents of ",
)


def _quote_within(quote: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    """The quotation's span inside the claim's: the unit it was found in may since have lost a
    bullet's mark, a label or a footnote mark ("·“Yes." -> "“Yes.")."""
    if quote is None:
        return None
    lo, hi = max(quote[0], start), min(quote[1], end)
    return (lo, hi) if lo < hi else None


class _ShownNames(NamedTuple):
    """How the article writes some names, found once per extraction: the one-word titles it writes
    with "The", and the short forms it gives in brackets ("ONS" -> "Office for National Statistics")."""

    titled: frozenset[str]
    short_forms: dict[str, str]


def _display_speaker(
    att: UnitAttribution, people: People, shown: _ShownNames
) -> tuple[str | None, tuple[str, ...]]:
    speaker, aliases = _named_speaker(att, people)
    if speaker in shown.titled:
        return "The " + speaker, aliases  # "The Times reported", "It said" after it: not "Times"
    if speaker is not None and (full := shown.short_forms.get(speaker)) is not None:
        return full, aliases  # "The ONS said" after "the Office for National Statistics (ONS)"
    return speaker, aliases


# A short form in brackets, and the name before it whose capitals it is: "the Office for National
# Statistics (ONS)"
_BRACKETED_CAPITALS = re.compile(r" \(([A-Z][A-Z&]{1,7})\)")
_NAME_WORD = r"(?:[A-Z][\w&'’\-]*|of|for|and|on|de|du|des|the)"
_NAME_BEFORE = re.compile(r"(?<![^\W_])(" + _NAME_WORD + r"(?:[ ]+" + _NAME_WORD + r"){1,9})\Z")


def _short_forms(body: str) -> dict[str, str]:
    """The short forms the body gives in brackets after a name whose capitals they are: "ONS" ->
    "Office for National Statistics", "NHTSA" -> "National Highway Traffic Safety Administration"."""
    found: dict[str, str] = {}
    for m in _BRACKETED_CAPITALS.finditer(body):
        named = _NAME_BEFORE.search(body, max(0, m.start() - 120), m.start())
        if named is None or m.group(1) in found:
            continue
        short = m.group(1).replace("&", "")
        words = named.group(1).split()
        # the words the capitals are of ("Britain's Office for …": not "Britain's")
        for k in range(len(words)):
            if words[k][:1].isupper() and "".join(w[0] for w in words[k:] if w[:1].isupper()) == short:
                found[m.group(1)] = " ".join(words[k:])
                break
    return found


def _titles_written_with_the(body: str) -> frozenset[str]:
    """The names of TITLES_WITH_THE that ``body`` writes after "The" or "the" ("the Sun", not
    "the Sunday Times"): shown with their article wherever they speak."""
    return frozenset(m.group(1) for m in _THE_TITLE.finditer(body))


# a name of TITLES_WITH_THE after its article, as a whole word
_THE_TITLE = re.compile(r"[Tt](?<![^\W_][Tt])he (" + trie_alternation(TITLES_WITH_THE) + r")(?![^\W_])")


# the small words inside a body's name or a place ("Panel on Climate Change", "in the Gaza Strip")
_PLACE_NAME_LINKS = frozenset("in on of the for and".split())


def _named_speaker(att: UnitAttribution, people: People) -> tuple[str | None, tuple[str, ...]]:
    if att.speaker is None:
        return None, ()
    if att.speaker_pos in people.role_groups:  # "the mayor" after "Mayor Jane Alvarez", "the singer"
        return people.names(people.role_groups[att.speaker_pos])
    if att.pronoun:
        continuing = att.how is not None and att.how.split(" ", 1)[0] in CONTINUING_VERBS
        return people.resolve_pronoun(att.speaker, att.speaker_pos or 0, continuing)
    if att.speaker_pos is not None:  # "his office", "its chairman": the owner named
        owned = people.owned_by(att.speaker, att.speaker_pos)
        if owned != att.speaker:
            return owned, ()
    if att.speaker_pos is not None:  # "the fund", "The Bank" named before
        named = people.full_org(att.speaker, att.speaker_pos)
        if named != att.speaker:
            return named, ()
    if att.speaker_pos is not None and (org := people.spokespeople_of(att.speaker, att.speaker_pos)):
        return org, ()  # "X declined an interview. A spokeswoman said": X's
    if att.speaker_pos is not None and (spoke := spokesperson_for(att.speaker)) is not None:
        if " " not in spoke and people.knows_surname(spoke):
            gi = people.latest_with_surname(att.speaker_pos, spoke)
            if gi >= 0:  # "A spokesperson for Holloway" after Ryan Holloway: as for "Ms Reade"
                return people.names(gi)
        named = people.full_org(spoke, att.speaker_pos)
        if named != spoke or spoke[:4] != "the ":
            # "a spokeswoman for the company" after Marston's: Marston's; "a spokesperson for
            # NHS England": NHS England, as "according to a spokesperson for NHS England" is
            return named, ()
    if att.speaker[:1].islower() and any(around in att.speaker for around in _AROUND):
        return att.speaker, ()  # "sources close to Rachel Reeves" are not Rachel Reeves
    if att.speaker in people.shared_surnames:
        return att.speaker, ()  # "Fraser" after "Mark and Jenny Fraser": which of them is not said
    if " " not in att.speaker and people.knows_surname(att.speaker):
        gi = people.latest_with_surname(att.speaker_pos or 0, att.speaker)
        if gi >= 0:
            return people.names(gi)
    if (
        " " not in att.speaker
        and (gi := people.by_given_name(att.speaker)) >= 0
        and not people.knows_surname(att.speaker)
    ):
        return people.names(gi)  # '"…," says Sandra' after "Sandra Okafor": her first name
    if speaks_for_another(att.speaker):
        return att.speaker, ()  # "Lawyers for Daniel Hart", "the widow of Alan Grant": as written
    if " and " in att.speaker:
        return att.speaker, ()  # "Mr. Nixon and Mr. Rockefeller said": both, not the second alone
    if (
        (" in " in att.speaker or " on " in att.speaker)
        and not looks_like_person(att.speaker)
        and all(w[:1].isupper() or w in _PLACE_NAME_LINKS for w in att.speaker.split()[1:])
    ):
        # "Doctors in the Gaza Strip": people and where they are, as written; "Intergovernmental
        # Panel on Climate Change": a body's name, not a person called "Climate Change"
        return att.speaker, ()
    if looks_like_person(att.speaker) or (
        # (not a body whose last word a person's title holds: "Office of Public Prosecutions" after
        # "the Director of Public Prosecutions")
        people.knows_surname(surname_of(att.speaker))
        and not (" of " in att.speaker and att.speaker.partition(" ")[0] in ORG_WORDS)
    ):
        gi = people.group_of(att.speaker)
        if gi >= 0:
            return people.names(gi)
    return att.speaker, ()
