"""Who says so: speaker/source of each unit, how it is attributed, and direct quotations.

Patterns (on the normalised copy, curly quotes folded to ASCII):
  * ``X said/announced/confirmed/... (that)``, participles (``X saying that``), ``X told Y``;
  * inversions after a quotation or comma: ``"...," said X`` / ``"...," he said``;
  * a verb group keeps its subject (``X has said``, ``X also said``); verbs as often used of
    other things (added, declared, asked, continued, called, described) speak only when what
    follows says so;
  * ``according to X``, ``according to a statement from X``;
  * a quotation right after an attributed one in its paragraph is the same speaker's;
  * data and reports speak for their source ("Data from X showed", "A report by X found"),
    and so do people whose work is finding out ("Researchers at X found");
  * unnamed sources as written ("sources familiar with the matter", "said one landlord");
    the text's own "I" is never a source;
  * a pronoun subject resolves to the nearest fitting antecedent: he/she to a person named
    earlier in the same sentence, else to the first (subject) person of the nearest earlier
    sentence naming one, skipping persons of the other gender when a title or a common given
    name tells it; persons named by a common noun count ("the mayor"), and "the mayor" after
    "Mayor Jane Okoro" is she; it/they to the nearest organisation of the last few sentences;
  * possessive sources keep what they own: "according to the city's own audit";
  * transcripts: ``NAME:`` speaker labels at line starts give their lines' speaker;
  * a sentence ending in a colon with a speech verb ("Reuters confirms the following:")
    lends its source to the following paragraphs' sentences that name no source of their own;
  * the same person spelled two ways ("Pashiyan"/"Pashinyan") is one speaker with aliases.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    DEMONYMS,
    DOCUMENT_NOUNS,
    EPITHETS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FEMALE_NAMES,
    FEMALE_SOURCE_NOUNS,
    FIRST_PERSON,
    GIVEN_NAMES,
    MALE_NAMES,
    MALE_SOURCE_NOUNS,
    MEASURE_NOUNS,
    MODAL_WORDS,
    MONTHS,
    ORGANISATION_NOUNS,
    PERSON_SOURCE_NOUNS,
    PLURAL_PEOPLE_NOUNS,
    PLURAL_SOURCE_NOUNS,
    PORTFOLIO_OFFICES,
    POSTNOMINALS,
    QUESTION_WORDS,
    REFERABLE_DOCUMENTS,
    SENTENCE_STARTERS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    lower_case_brand,
    trie_alternation,
)
from .segment import Span, alone_in_paragraph, opens_paragraph
from .signals import (
    ARTICLE_SURNAME,
    BEFORE_A_NAME,
    LEADING_DESCRIPTORS,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSON_TITLES,
    Signal,
    looks_like_person,
    name_tokens,
    titled_as_no_person,
)

# Speech verbs as a trie that starts with its first letters (a leading \b would make `re` try
# every position); the word boundary on the left is checked where it is used (_verbs).
_VERB = re.compile(r"(" + trie_alternation(SPEECH_VERBS) + r")\b")
# the same after a character that is no part of a word: `re` skips to those (about one character
# in five), where a pattern opening with the verbs' first letters stopped at most characters
_VERB_AFTER = re.compile(r"[^\w](" + trie_alternation(SPEECH_VERBS) + r")\b")
# "according to X"; and "per X" in its sense, opening the sentence ("Per the Bank of England's
# forecast, …") or after a comma (", per the ministry."), never "per cent" or "per capita"
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+"
    r"|^\W{0,2}Per\s+(?=(?:the|a|an|its|his|her|their)\s|[A-Z])|,\s+per\s+(?=the\s|[A-Z])"
)
# Between a document and its source: a participle, and when ("published on Monday by",
# "released last week by", "compiled in March by")
_PUBLISHED_WHEN = (
    r"(?:(?:published|released|issued|posted|sent|compiled|collected|commissioned|produced|conducted"
    r"|prepared|written|drawn\s+up|carried\s+out)\s+"
    r"(?:(?:(?:on|last|this|earlier|in)\s+|(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
    r"(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?,?\s+|(?:yesterday|today)\s+)?)?"
)
# "a statement from", "the latest report by", "figures published on Thursday by": a document,
# then its source
# Words between a document's article and its noun ("a new report", "the latest figures", "an
# internal memo"): one list for every pattern of documents
_DOCUMENT_MODIFIERS = (
    r"(?:(?:new|latest|recent|same|full|final|annual|interim|original|independent|official|leaked|draft"
    r"|own|quarterly|monthly|weekly|joint|written|brief|short|internal|confidential|private"
    r"|large|major|detailed|landmark|government|parliamentary|industry|separate|updated|comprehensive"
    r"|regulatory|securities|court|public|financial|company|corporate|legal|formal|surveillance|safety"
    r"|statistical|economic|technical|scientific|medical|clinical|health|climate|environmental|impact"
    r"|progress|inspection|budget|consultation|planning|policy|performance|discussion|strategy|research"
    r"|special|member|staff|customer|patient|household|business|state|city|county|regional|local|flood"
    r"|investigation|resident|consumer|market|sales|trading|recall"
    r"|preliminary|provisional|unpublished|damning|scathing|global|national|international|further"
    r"|(?:19|20)\d\d)\s+){0,2}"
)
# "a study published on Wednesday in the journal Animal Cognition": the journal is the source
# (never a month or a day: "published in March")
_PUBLISHED_IN = (
    r"published\s+(?:(?:on|last|this|earlier)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?,?\s+)?"
    r"in\s+(?:the\s+(?:journal|magazine|newspaper)\s+)?(?=(?:[Tt]he\s+)?[A-Z])(?!(?:"
    + "|".join(sorted((w.capitalize() for w in MONTHS | WEEKDAYS), key=len, reverse=True))
    + r")\b)"
)
_WHOSE_DOCUMENT = re.compile(
    r"((?:(?:[Aa]n?|[Tt]he)\s+)?"
    + _DOCUMENT_MODIFIERS
    + r"(?:"
    + trie_alternation(DOCUMENT_NOUNS)
    + r"))\s+(?:"
    + _PUBLISHED_WHEN
    + r"(?:from|by|of)\s+|"
    + _PUBLISHED_IN
    + ")"
)
# Whom a poll or survey asked, between its noun and what follows: "of 2,104 adults", "among 1,000
# likely voters"
# after the document: whom it asked ("survey of 2,104 adults") or whom it was made for ("A Savanta
# poll for the Daily Mail")
_DOCUMENT_OF = (
    r"(?:\s+(?:of|among)\s+[\d][\d,.]*(?:\s+[A-Za-z][a-z\-]*){1,3}?"
    r"|\s+for\s+(?:the\s+)?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2}"
    # what an inquiry looked into: "An inquiry into maternity care at St Aldric's Hospital found"
    r"|\s+into\s+(?:[\w'’\-]+\s+){0,7}?[\w'’\-]+(?=\s+(?:has\s+|have\s+)?(?:"
    + "|".join(sorted(EVIDENCE_VERBS | {"says", "said", "concluded", "concludes", "warned", "warns"}))
    + r")\b))?"
)
# Data and reports with their source, when no one is said to speak: "Data from the Bureau of
# Labor Statistics showed", "The figures, published by the Office for National Statistics, show",
# "A study published in The Lancet found". The source follows the preposition; a verb of
# EVIDENCE_VERBS must follow in the sentence.
_EVIDENCE = re.compile(
    r"\b("
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(EVIDENCE_NOUNS, key=len, reverse=True))
    + r")\b"
    + _DOCUMENT_OF
    + r",?\s+"
    + _PUBLISHED_WHEN
    + r"(?:by|from|in(?:\s+the\s+(?:journal|magazine|newspaper))?)\s+"
)
# What a document does when it speaks: the evidence verbs and a few of speech (all of them speech
# or evidence verbs: _find_speaker looks for a document only where it saw one)
_DOCUMENT_VERBS = EVIDENCE_VERBS | frozenset(
    """says said concluded concludes estimated estimates warned warns noted notes added adds states
    stated predicted predicts claimed claims argued argues reported reports described describes
    called calls criticised criticises criticized criticizes accused accuses urged urges blamed blames
    demanded asked asks forecast forecasts say warn conclude estimate argue claim describe urge report
    predict""".split()
    + ["points out", "pointed out"]
)
_DOCUMENT_WORDS = "(?:" + "|".join(sorted(EVIDENCE_NOUNS, key=len, reverse=True)) + ")"
# an inserted phrase between a document and its verb ("The report, published on Tuesday, found")
_INSERTED = r"(?:,(?:[^,.;:!?\"]|(?<=\d)[,.](?=\d)){1,80},)?"  # "35,000" and "4.5" inside it too
_DOCUMENT_SPEAKS = (
    # when it came out, without commas: "A World Bank assessment published last year found"
    r"(?:\s+(?:published|released|issued|tabled)\s+(?:(?:last|this|earlier|on|in)\s+(?:[A-Z][a-z]+|week|month|year)"
    r"(?:\s+\d{1,2})?|(?:alongside|with)\s+(?:the|its|his|her|their)\s+[a-z]+))?"
    + _INSERTED
    + r"\s+(?:also\s+|further\s+)?(?:(?:has|have|had|does|did|do)\s+(?:also\s+)?)?("
    + "|".join(sorted(_DOCUMENT_VERBS, key=len, reverse=True))
    + r")\b"
)
# "The Environment Agency's annual report, published on Tuesday, found": what an owner's document
# does (the owner is the subject before the "'s")
_OWNED_DOCUMENT = re.compile(
    r"'s\s+"
    + _DOCUMENT_MODIFIERS
    # up to three more words of its name, none a word of a clause ("The commission's annual retail
    # markets report", "the Finance Ministry's own Mid-Year Budget Review"; not "Reed's claim that the
    # report found")
    + r"(?:(?!(?:that|the|a|an|to|of|and|or|in|on|for|with|by|from|was|is|has|had|which|who)\s)"
    + r"[A-Za-z][\w\-]*\s+){0,3}?"
    + r"("
    + _DOCUMENT_WORDS
    + r"|(?-i:R)eview|(?-i:R)eport|(?-i:S)urvey|(?-i:S)tudy|(?-i:A)udit|statement|submission"
    # and what it is of: "The trust's analysis of monitoring data found"
    + r")\b(?:\s+(?:of|into|on)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
    + _DOCUMENT_SPEAKS.replace(
        r"\s+(?:also\s+|further\s+)?(?:(?:has|have|had|does|did|do)\s+(?:also\s+)?)?(",
        r"\s+(?:also\s+|further\s+)?(?:(?:has|have|had|does|did|do)\s+(?:also\s+)?)?("
        + "recorded|records|conceded|concedes|rejected|rejects|acknowledged|acknowledges|admitted|admits|",
        1,
    )
)
# "The YouGov survey of 2,104 adults found", "An Ofsted report said": a document named by its
# source, the capitalised words before its noun
_NAMED_DOCUMENT = re.compile(
    # after an article, or an acronym alone ("NHS guidance says", "ONS figures show")
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+"
    + _DOCUMENT_MODIFIERS
    + r"((?:[A-Z][\w&.\-/]*\s+){1,4}?)"
    # or capitalised words opening the clause ("NHS England figures show", "…, Home Office data shows")
    + r"|(?<![\w'])((?:[A-Z]{2,6}\s+){1,2}|(?:^|(?<=,\s))(?:[A-Z][\w&\-]*\s+){1,3}?))"
    + _DOCUMENT_MODIFIERS
    + r"("
    + _DOCUMENT_WORDS
    + r")\b"
    + _DOCUMENT_OF
    + _DOCUMENT_SPEAKS
)
# after "according to": a document its source names, after one modifier at least ("an internal HSA
# briefing", "a leaked Treasury memo"; without one, "an HSA briefing", the general rule finds it)
_NAMED_DOCUMENT_AFTER = re.compile(
    r"(?:an?|the)\s+(?:[a-z][\w\-]*\s+){1,2}((?:[A-Z][\w&.\-/]*\s+){1,3}?)(?:[a-z][\w\-]*\s+)?("
    + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
    + r")\b"
)
# A document named again, "the report", "its latest survey" (the phrase, then the noun)
_DOCUMENT_NAMED = (
    r"((?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    + _DOCUMENT_MODIFIERS
    + r"("
    + _DOCUMENT_WORDS
    + r"))\b"
)
# "The report says …", "…, the study found.": a document named again, speaking
_DOCUMENT_REFERENCE = re.compile(r"(?<![\w'])" + _DOCUMENT_NAMED + _DOCUMENT_SPEAKS)
# "…, a new poll suggests.", "A survey of 2,000 adults found …": a document no source is named
# for, as written
_NEW_DOCUMENT = re.compile(
    r"(?<![\w'])([Aa]n?\s+"
    + _DOCUMENT_MODIFIERS
    + r"(?:"
    + _DOCUMENT_WORDS
    + r"))\b"
    + _DOCUMENT_OF
    + _DOCUMENT_SPEAKS
)
# "according to the survey": after "according to"
_DOCUMENT_AFTER = re.compile(_DOCUMENT_NAMED)
# "according to a new survey", "… to a study of 1,200 adults": a document no source is named for,
# as written (as _NEW_DOCUMENT, whose verb "according to" stands for)
_NEW_DOCUMENT_AFTER = re.compile(
    r"([Aa]n?\s+" + _DOCUMENT_MODIFIERS + r"(?:" + trie_alternation(DOCUMENT_NOUNS) + r"))\b(?!['\-])"
)
# A wire headline's source after a dash, at its end: "Apple to cut 600 jobs in Ireland - sources"
# (a source or document noun, never a name: "… - BBC News" is the site's)
_SOURCE_TAIL = re.compile(r"\s-{1,3}[ ]*(" + trie_alternation(SOURCE_NOUNS | DOCUMENT_NOUNS) + r")[ ]*\Z")
# A headline's source after a comma, at its end, without an article as headlines write it:
# "Rents to rise 9%, survey suggests", "…, think tank says", "…, says think tank". Group 1 or 4:
# the source (up to three words in lower case, the last a source or document noun); 2 or 3: the
# verb.
_HEADLINE_TAIL_STEMS = ("say", "warn", "suggest", "find", "show", "claim", "reveal", "rule")  # and with "s"
_HEADLINE_TAIL_VERBS = r"(?:" + "|".join(f"{stem}s?" for stem in _HEADLINE_TAIL_STEMS) + r")"
_HEADLINE_TAIL_NOUN = (
    r"(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my)[ ])(?:[a-z][\w\-]*[ ]+){0,2}(?:"
    + trie_alternation(
        SOURCE_NOUNS
        | DOCUMENT_NOUNS
        | {"airport", "trial", "preprint", "maker", "paper", "tribunal", "court"}
    )
    + r")"
)
_HEADLINE_TAIL = re.compile(
    r",[ ]+(?:(" + _HEADLINE_TAIL_NOUN + r")[ ]+(" + _HEADLINE_TAIL_VERBS + r")"
    r"|(" + _HEADLINE_TAIL_VERBS + r")[ ]+(" + _HEADLINE_TAIL_NOUN + r"))[ ]*\.?[ ]*\Z"
)
# … or opening it: "Study finds rents will rise 9%", "New poll shows Labour ahead" (a headline: no
# full stop at its end)
_HEADLINE_OPENING_DOCUMENT = re.compile(
    r"((?:(?:New|Major|Latest|Official)[ ]+(?=[a-z]))?"
    r"(?:[Ss]tudy|[Rr]eport|[Ss]urvey|[Pp]oll|[Rr]esearch|[Aa]nalysis|[Dd]ata|[Ff]igures|[Rr]eview|[Ii]nquiry"
    r"|[Aa]udit))"
    r"[ ]+(" + _HEADLINE_TAIL_VERBS + r"|links?)[ ]+(?=[\w£$€\"“'‘])"
)
_HEADLINE_OPENING_LETTERS = frozenset("NMLOSsRrPpAaDdFfIi")  # the first letters it may open with
# Documents no one is named for, opening a sentence in the plural or as a mass noun, as prose
# writes them without an article: "Latest figures show …", "Exit polls suggest …", "Studies have
# shown that …", "Research suggests …" (a quantity or a kind before them, then the noun): the
# source, as written. Not "Home Office figures show" (whose figures they are: _named_document).
_UNOWNED_KINDS = (
    "Latest Official Recent New Exit Opinion Early Preliminary Provisional Separate Other Previous Further "
    "Revised Initial Independent Leaked Unofficial Some Many Several Most Both Two Three"
).split()
# the evidence nouns prose writes without an article (plurals and mass nouns), and "polling"
_UNOWNED_NOUNS = (
    "figures data statistics numbers studies surveys polls polling estimates records results findings "
    "research minutes"
).split()


def _unowned_document(kinds: list[str]) -> str:
    """The pattern of a document no one is named for, after one of ``kinds`` or none (group 1), and
    when it came out ("Official figures published on Tuesday")."""
    return (
        r"((?:(?:" + "|".join(kinds) + r")"
        r"[ ]+(?:(?:official|opinion|exit|new|recent|provisional|unpublished|published|internal|separate"
        r"|national|local|global|academic|scientific|medical|clinical)[ ]+)?)?"
        r"(?:" + "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in _UNOWNED_NOUNS) + r"))"
        r"(?:[ ]+(?:published|released|out)[ ]+(?:on|in|last|this|earlier|yesterday|today|alongside|with)\b"
        r"[^,.;:!?\"]{0,30}?)?"
    )


def _unowned_documents(kinds: list[str]) -> str:
    """The pattern of a document no one is named for and its evidence verb (group 2)."""
    return (
        _unowned_document(kinds)
        + _INSERTED
        + r"[ ]+(?:also[ ]+)?((?:(?:have|has|had)[ ]+(?:also[ ]+)?)?"
        + trie_alternation(EVIDENCE_VERBS)
        + r")\b"
        # not a participle: "Data found on the laptop showed", "Figures shown at the meeting"
        r"(?![ ]+(?:on|at|by|inside|under|during|among)\b)"
    )


_UNOWNED_DOCUMENTS = re.compile(_unowned_documents(_UNOWNED_KINDS))
# the same between commas inside a sentence, its kinds in lower case: "…, official figures show, …",
# or closing it: "…, official data showed."
_UNOWNED_DOCUMENTS_INSERTED = re.compile(
    r"(?<=,[ ])"
    + _unowned_documents([k.lower() for k in _UNOWNED_KINDS])
    + r"(?=[ ]*(?:[,;]|[.!][\"”’']?[ ]*\Z))"
)
# the same after "according to", the sentence's end or a comma after it: "…, according to figures
# released on Thursday." (the document with when it came out, as written)
_UNOWNED_AFTER = re.compile(
    "(" + _unowned_document([k.lower() for k in _UNOWNED_KINDS]) + r")(?=[ ]*(?:[,.;:!?]|\Z))"
)
# the first letters it may open with (a cheap test before the pattern)
_UNOWNED_DOCUMENT_LETTERS = frozenset(w[0] for w in _UNOWNED_KINDS) | frozenset(
    c for n in _UNOWNED_NOUNS for c in (n[0], n[0].upper())
)
# A sentence naming whose the quotation before it was: "That was the verdict of John Smith", "Those
# were the words of the club's chairman"
_VERDICT_WORDS = (
    r"(?:the|his|her|their)[ ]+(?:verdict|view|message|warning|reaction|response|assessment|words?|advice"
    r"|plea|answer|conclusion)[ ]+of"
)
_VERDICT_OF = re.compile(r"(?:That|This|Those|Such)[ ]+(?:was|is|were|are)[ ]+(" + _VERDICT_WORDS + r")[ ]+")
_VERDICT_HOW = re.compile(_VERDICT_WORDS)  # how a speaker named so speaks: "the verdict of"
_IN_THE_WORDS_OF = re.compile(r"\b[Ii]n the (?:(?:memorable|immortal|famous) )?words of ")
# A document's maker before its noun ("a Nasa-led analysis", "a Treasury-funded study"), or an
# organisation's ("the Labour-run council")
_LED_BY = ("-led", "-funded", "-backed", "-commissioned", "-run")


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name; not one that says who runs something ("Labour-run")."""
    return word[:1].isupper() and not word.endswith(_LED_BY)


def _person_named_after(text: str, role: str, start: int) -> tuple[str, int] | None:
    """The person named between commas right after ``role`` (found from ``start``), when the
    role is a person's ("the council's spokeswoman, Jane Smith"): (name, its place), else None."""
    at = text.find(role, start)
    if at < 0 or _head_noun(role).lower() not in PERSON_SOURCE_NOUNS:
        return None
    named = _NAME_AFTER_ROLE.match(text, at + len(role))
    if named is None or not looks_like_person(named.group(1)):
        return None
    name = named.group(1)
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3:  # the sentence's full stop, not "Jr."
        name = name[:-1]
    return name, named.start(1)


# A person's name between commas after their role, ending the clause (", Jane Smith.")
_NAME_AFTER_ROLE = re.compile(r",[ ]+([A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){1,3})(?=[ ]*(?:[.,;:!?)]|$))")
# What hears evidence, opening a headline's passive "Jury told …", "Inquest told …"
_HEARINGS = frozenset("Court Jury Inquest Inquiry Tribunal Hearing Trial MPs Peers Committee".split())


# A line that is only a list of capitalised words or figures, five at least (a team sheet; a
# speaker's "Russia, Russia, Russia, Russia" stays theirs): no one's words
_LISTED_ITEM = (
    r"[A-Z\d][\w'\-]*(?:[ ]+[A-Z\d][\w'\-]*)*"
    # a substitute and the minute, in brackets ("Pell (Glynn 46)", "Mease (Ford 71, 90+2)")
    r"(?:[ ]+\([A-Z][\w'\-]*(?:[ ]+[A-Z][\w'\-]*)?[ ]+\d{1,3}(?:\+\d)?'?\))?"
)
_NAMES_ONLY_PATTERN = r"[ \t]*" + _LISTED_ITEM + r"(?:[ ]*[,;][ ]*" + _LISTED_ITEM + r"){4,}[ .]*"
_NAMES_ONLY = re.compile(_NAMES_ONLY_PATTERN)
_VALUE_MAX = 60  # characters of a field's value after a one-word label, on its line
# Words that head a story as its kind, before a colon ("Interview: …", "Analysis: …"): cut from a
# headline (pipeline._KICKER) and never a transcript's speaker label (_NOT_LABELS)
KICKER_WORDS = (
    "Exclusive Breaking Analysis Explainer Factbox Insight Live Watch Opinion Interview Comment Review "
    "Feature Profile Obituary Investigation Podcast Timeline Explained Editorial"
).split()
# A match report's facts before a colon ("Referee: Michael Oliver", "Attendance: 60,234"):
# furniture (FACTS_LINE), never a transcript's speaker label
_MATCH_FACTS = (
    "Referee Referees Attendance Venue Kick-off Kickoff Scorer Scorers Goals Weather Subs Substitutes "
    "Bookings Booked Lineup Line-up Teams"
).split()
# A line of a match report's or a programme's facts: a label and a list of names ("Arsenal: Raya,
# White, Saliba, …"), or a label of its facts ("Referee: Michael Oliver", "Attendance: 60,234")
FACTS_LINE = re.compile(
    r"(?:[A-Z][\w'\-]*(?:[ ]+[A-Z][\w'\-]*){0,2}:"
    + _NAMES_ONLY_PATTERN
    + r"|(?:"
    + "|".join(map(re.escape, (*_MATCH_FACTS, "Sent off", "Half-time", "Half time", "Full-time")))
    + r")[ ]*:[ ]*[^\n]{1,120})"
)


def _quoted_to_the_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quotation, its closing mark at the end."""
    tail = text[start:end].rstrip(" .")
    return len(tail) > 2 and tail[-1] in "\"'’”" and not any(c in tail[1:-1] for c in '"“”')


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _ends_as_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


# A headline's speaker before a colon: "Fed's Powell: rates will stay high", "Minister: 'We will
# not raise taxes'" (a person the article names, or a role)
_HEADLINE_SPEAKER = re.compile(r"((?:[A-Z][\w.&\-]*'s )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}):[ ]+(?=\S)")
# after a headline's colon, what an explainer asks, not what someone says ("… Question Time: what
# was said about buses")
_EXPLAINS = re.compile(
    r"[ \t]*(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]ho|[Ww]here|[Ww]hen|[Ww]hich)\b"
    # a profile's description of the one it names: "Anjali Deshmukh: The reluctant politician who …"
    r"|[ \t]*(?:[Tt]he|[Aa]n?)[ ]+(?:[a-z][\w'’\-]*[ ]+){1,4}?(?:who|behind)\b"
)
# after a headline's colon, someone's own words: "We will fix the NHS", "'I did nothing wrong'"
_FIRST_PERSON_OPENING = re.compile(r"[\"'‘“]?(?:I|We|My|Our|I'm|I've|I'll|We're|We've|We'll)\b")
_SAYS_SOMETHING = re.compile(r"[a-z]{2}|\d|[\"'‘“]")  # a word in lower case, a figure or a quotation
# "As Jo Marsh put it,", "as the report puts it,"
_AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+((?:[A-Z][\w.'\-]*\s+){0,3}[A-Z][\w'\-]*|(?:[Tt]he|[Aa])\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:put|puts|has\s+put)\s+it\b"
)
# "a spokesperson for Tesco": who speaks for whom (see _whose)
_SPOKESPERSON_FOR = re.compile(
    r"((?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative))\s+(?:for|from|at)\s+"
)


_SPOKESPEOPLE = re.compile(r"spokes|representative")
# A spokesperson after the word for whom they speak: "a force spokesman", "A Quillbox spokeswoman"
_SPOKESPERSON_OF = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ ]+)?([A-Za-z][\w\-]*)[ ]+(?:spokesperson|spokesman|spokeswoman)"
)


def speaks_for_another(phrase: str) -> bool:
    """Whether a speaker phrase is people who speak for, or belong to, someone it names ("Lawyers
    for Daniel Hart", "the widow of Alan Grant", "the family of Alice Grant"): never that person."""
    link = _LINK_IN_PHRASE.search(phrase)
    if link is None:
        return False
    words = phrase[: link.start()].split(" ")
    if words[0] in _DETERMINERS:
        words = words[1:]
    if len(words) != 1:
        return False
    # a spokesperson speaks as the one named ("A spokeswoman for Ms Reade said": Rachel Reade)
    word = words[0]
    return (
        word.lower() in _SPEAKERS_FOR and word not in PERSON_TITLES and not _SPOKESPEOPLE.match(word.lower())
    )


def spokesperson_for(phrase: str) -> str | None:
    """ "the company" in "a spokeswoman for the company", "NHS England" in "spokesperson for NHS
    England": the organisation a spokesperson speaks for (named by a common noun or by its name;
    not a person: "a spokesman for Keir Starmer" stays as written), or None."""
    if (m := _SPOKESPERSON_FOR.match(phrase)) is not None:
        rest = phrase[m.end() :]
    elif (m := _SPOKESPERSON_FOR.match("a " + phrase)) is not None:  # its article cut: "spokesperson for X"
        rest = phrase[m.end() - 2 :]
    elif (m := _SPOKESPERSON_OF.fullmatch(phrase)) is not None:
        # "a force spokesman", "a company spokeswoman": "the force", "the company"; "a Quillbox
        # spokeswoman": Quillbox
        word = m.group(1)
        if word.islower():
            return "the " + word if word in ORGANISATION_NOUNS else None
        # (not a nationality: "a Russian spokesman" speaks for no one named)
        return word if not looks_like_person(word) and not word.endswith(("ian", "ese", "ish")) else None
    else:
        return None
    if rest[:4] == "the " and " " not in rest[4:]:
        return rest
    return rest if _is_org_name(rest) and not looks_like_person(rest) else None


def _whose(text: str, pos: int) -> tuple[re.Match[str], str] | None:
    """What at ``pos`` carries another's words, and whose they are: "a statement from the
    transport ministry", "a spokesperson for Tesco" -> (its match, "transport ministry" / "Tesco");
    group 1 of the match is what carries them. After "according to" and an inverted "said"."""
    for carrier in (_WHOSE_DOCUMENT, _SPOKESPERSON_FOR):
        m = carrier.match(text, pos)
        if m is not None and (owner := _phrase_after(text, m.end())):
            return m, owner
    return None


# A case's papers, which speak for whoever filed them, not for the court: "the lawsuit", "court
# documents", "the indictment" (as written)
_LEGAL_PHRASE = (
    r"((?:[Cc]ourt|[Ll]egal|[Pp]olice)\s+(?:documents|papers|filings|records)"
    r"|(?:[Tt]he|[Aa])\s+(?:(?:civil|criminal|federal|class-action|class\s+action)\s+)?"
    r"(?:lawsuit|complaint|indictment|ruling|judgment|judgement|affidavit|charge\s+sheet|filing)s?)\b"
)
_LEGAL_DOCUMENT = re.compile(r"\s*" + _LEGAL_PHRASE)
_LEGAL_SHOWS = re.compile(
    r"(?:^|(?<=[,;]\s))" + _LEGAL_PHRASE + r"\s+(" + "|".join(sorted(EVIDENCE_VERBS)) + r")\b"
)


def _lower_article(phrase: str) -> str:
    return (
        phrase[0].lower() + phrase[1:]
        if phrase.split(" ", 1)[0] in ("The", "A", "Court", "Legal", "Police")
        else phrase
    )


# A newsroom's own reporting from sources it does not name, at a clause's start: "The BBC
# understands that …", "The Guardian has learned", "Sky News has been told", "The Times can reveal"
_OWN_REPORTING = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bbut\s))(?:[Tt]he\s+)?((?:[A-Z][\w&'.\-]*\s+){0,3}[A-Z][\w&'.\-]*)\s+"
    r"(understands|has\s+learned|has\s+learnt|can\s+reveal|has\s+been\s+told|has\s+seen|has\s+obtained"
    r"|has\s+established|can\s+disclose)\b"
)
_OWN_REPORTING_STEMS = (
    " understands",
    " has learn",
    " can reveal",
    " has been told",
    " has seen",
    " has obtained",
    " has established",
    " can disclose",
)
# Sourcing without a source, at a clause's start: "It is understood that …", "…, it is thought."
_IT_IS_UNDERSTOOD = re.compile(
    r"(?:^|(?<=[,;]\s))[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:understood|thought|believed|claimed|alleged|reported|rumoured|rumored)\b"
)
# after "It was claimed by": a common noun before "that" ("the prosecution", "the defence")
_BY_THE_CLAIMANT = re.compile(r"((?:the|its|their)[ ]+[a-z]+(?:[ ]+[a-z]+)?)(?=[ ]+that\b|,)")
# "(source: ONS)", "(Source: Office for National Statistics)", "(data: Eurostat)"
_SOURCE_IN_BRACKETS = re.compile(
    r"\((?:[Ss]ources?|SOURCE|[Dd]ata|[Ff]igures)[ \t]*:[ \t]*(?:the[ \t]+)?"
    r"([A-Z][^(),;\n]{1,60}?)[ \t.]*[),;]"
)
# "The court heard", "the inquest was told": what was said in a hearing, by whoever said it
# ("A cyclist was killed …, an inquest has heard", "Southwark Crown Court heard", "jurors were told")
_HEARING = re.compile(
    r"\b((?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:[A-Z][\w']*|employment|crown|coroner's|magistrates'|high|appeal|public"
    r"|disciplinary|planning|select|family|youth|military|county|district|federal|supreme)\s+){0,3}"
    r"(?:[Cc]ourt|[Jj]ury|[Ii]nquest|[Tt]ribunal|[Hh]earing|[Tt]rial|[Ii]nquiry|[Cc]ommittee)|[Jj]urors)"
    r"\s+((?:has |have |had )?heard|(?:was|were|has been|have been|had been) told)\b"
)
# a document and where it appeared, as a speaker phrase: "report in The Herald on Sunday"
_DOCUMENT_IN = re.compile(
    _DOCUMENT_MODIFIERS + _DOCUMENT_WORDS + r"\s+(?:in|by|from|for)\s+(?:the\s+)?([A-Z][\w'&\-]*(?:\s+\S+)*)"
)
_FINDERS = frozenset(
    """researchers scientists experts analysts investigators inspectors auditors prosecutors police
    officials regulator regulators watchdog watchdogs court courts tribunal judge judges coroner
    inspector auditor ombudsman panel committee commission jury team inspectorate""".split()
)
_EVIDENCE_VERB = re.compile(
    r"\b(" + "|".join(sorted(EVIDENCE_VERBS)) + r")\b"
    # (not a verb with its particle: "Mr Ford put in this amnesty", "The commission put out a report")
    r"(?!(?<=put)[ ]+(?:in|out|up|forward|off|down|away|together|back|into|through)\b)"
)
# the shortest of them, each held in the others ("show" in "showed"): a unit holding none of
# these substrings has no evidence verb, and the regex need not scan it
_EVIDENCE_STEMS = tuple(
    sorted(v for v in EVIDENCE_VERBS if not any(u != v and u in v for u in EVIDENCE_VERBS))
)
# "Sources familiar with the matter told Reuters": unnamed sources, as the agencies write them
UNNAMED_LINKS = ("familiar with", "close to", "briefed on", "knowledge of", "involved in")
_UNNAMED = (
    # "Sources close to the Chancellor": sources, not the Chancellor (tried first: a name after)
    r"((?:[Ss]ources?|[Pp]eople|[Aa] person|[Tt]hose|[Aa]llies|[Ff]riends)\s+close\s+to"
    r"(?:\s+the)?(?:\s+[A-Z][\w.'\-]*){1,3}"
    r"|(?:[Aa]n? |[Tt]wo |[Tt]hree |[Ss]everal |[Oo]ne )?"
    r"(?:(?:[Ss]enior|[Gg]overnment|[Dd]iplomatic|[Ss]ecurity|[Mm]ilitary|[Ii]ndustry|[Ww]estern"
    r"|[A-Z][a-z]+(?:an|ish|ese|i)) ){0,2}"  # "A Western diplomat", "a senior Israeli official"
    r"(?:[Ss]ources?|[Pp]eople|[Aa] person|[Oo]fficials?|[Dd]iplomats?|[Aa]ides?|[Ii]nsiders?|[Bb]ankers?)"
    r"\s+(?:with (?:direct )?)?(?:" + "|".join(UNNAMED_LINKS) + r")"
    # "briefed on the company's finances" (not the verb group's "have")
    r"(?:\s+(?:the|a|an))?(?:\s+(?!(?:have|has|had|were|was|are|is)\b)[a-z][\w'’\-]*){1,2})"
)
_UNNAMED_SOURCES = re.compile(r"(?<!\w)" + _UNNAMED + r"\s*\Z")  # before the verb (or an inserted clause)
_UNNAMED_AFTER = re.compile(_UNNAMED + r"(?=[\s,.;:!?]|\Z)")  # "according to a person familiar with …"
# sources no one is named for, as written ("according to industry sources", "… to security sources")
_SOURCES_AFTER = re.compile(r"\s*((?:[a-z][a-z\-]*\s+){1,2}sources)(?=[\s,.;:!?]|\Z)")
# "according to" and up to two words before a verb's word: the word is a noun ("reports", "claims")
_ACCORDING_NOUN = re.compile(r"ccording\s+to\s+(?:[\w'\-]+\s+){0,3}\Z")
# "according to media reports", "according to reports in Italy": reports no one is named for, as
# written
_UNNAMED_REPORTS = re.compile(
    r"((?:(?:unconfirmed|unverified|local|media|press|news|several|some|multiple|other"
    r"|[A-Z][a-z]+(?:an|ish|ese|ch|i))\s+){0,2}"  # "Italian", "Turkish", "Japanese", "French", "Israeli"
    r"reports(?:\s+(?:in|from)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?)(?=[\s,.;:!?]|\Z)"
)
# "according to a memo seen by the BBC": a document someone else has seen, as written
# A document a newsroom saw ("a memo seen by the BBC", "documents obtained by Reuters", "emails
# shared with the Guardian"): the document speaks, as written, not the newsroom that saw it
_SEEN_DOCUMENT = (
    # (or whose they are, by name: "Skylane maintenance records seen by the Gazette")
    r"((?:(?:[Aa]n?|[Tt]he)\s+|[A-Z][\w&\-]*\s+(?:[a-z]+\s+)?(?=[a-z]))?"
    + _DOCUMENT_MODIFIERS
    + r"(?i:"
    + trie_alternation(DOCUMENT_NOUNS | {"emails", "messages", "papers", "files", "minutes"})
    + r")\s+(?:seen|obtained|reviewed|shared|verified|leaked)\s+(?:by|with|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)*|(?<=the\s)(?:charity|union|campaign|newspaper|programme|paper"
    r"|website|group|party|committee|council)))"
)
_DOCUMENT_SEEN = re.compile(_SEEN_DOCUMENT)  # after "according to"
# opening a clause, before an evidence verb: "Documents obtained by Reuters show that …"
_SEEN_DOCUMENT_SHOWS = re.compile(r"(?:^|(?<=[,;:]\s))" + _SEEN_DOCUMENT + r",?\s+(\w+)")
_SEEN_BY = re.compile(_SEEN_DOCUMENT + r",?\s*\Z")  # before its verb
# A document, what was done with it and where, before its verb: "An internal email read out in
# court described", "A letter sent to parents on Monday said": the document, as written (group 1),
# not the court or the parents
_DOCUMENT_SENT = re.compile(
    r"((?:[Aa]n?|[Tt]he)\s+"
    + _DOCUMENT_MODIFIERS
    + r"(?i:"
    + trie_alternation(DOCUMENT_NOUNS | {"email", "emails", "message", "messages", "text", "note"})
    + r"))\s+(?:sent|read[ ]out|read|filed|submitted|presented|handed|shown|circulated|distributed"
    r"|given|addressed|passed)\s+(?:to|in|at|among|before|on)\s+[^,;:.\"“”]{1,50}?,?\s*\Z"
)
_WORD = re.compile(r"[\w][\w'\-.&]*")
_SPACES = re.compile(r"\s*")
# after an inverted verb, someone unnamed: "said one landlord", "said a nurse in Leeds"
_ONE_OF_MANY = re.compile(
    r"(?:one|a|an|another)(?: [a-z][\w\-]*){1,3}?"
    r"(?=\s*(?:[,.;:!?\"\u201d]|$)|\s+(?:who|in|from|at|outside|on)\b)"
)
# Some of a group, before a verb: "one of the people", "two of the sources", "one of them"
_ONE_OF = re.compile(
    r"(?:^|(?<=[,;:(\"“—]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bas\s))"
    r"((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Aa]nother|[Ee]ach|[Bb]oth|[Nn]either|[Mm]ost) of "
    r"(?:them|(?:the|those|these|their|his|her|its)(?: [a-z][a-z\-]*){1,3}))[ ]*\Z"
)
_NON_SPACE = re.compile(r"[^ ]*")
_ONLY_PUNCTUATION = re.compile(r"[\s.!?\"'\u201d)]*\Z")
# a name after "on" goes on to its end ("on Truth Social"), but not into a day or month ("on
# Facebook Tuesday")
_MONTH_WORD = (
    "(?:" + "|".join(sorted((w.capitalize() for w in MONTHS), key=len, reverse=True)) + r")\b\.?[ ]*\d"
)
_WHEN = "(?:" + "|".join(sorted((w.capitalize() for w in WEEKDAYS | MONTHS), key=len, reverse=True)) + r")\b"
# A nationality before a noun is no name ("says to American workers"; "on Russian television" is
# a channel, taken whole)
_NATIONAL_ADJECTIVE = r"(?:[A-Z][a-z]+(?:ian|ean|an|ese|i|ish|ic)|French|Dutch|Greek|Thai|Swiss)"
# words after a place, not a noun ("said in Milan that", "told in Pakistan on Monday")
_AFTER_A_PLACE = (
    r"(?:that|on|in|at|and|but|as|when|after|before|last|this|yesterday|today|earlier"
    r"|we|he|she|they|it|you)\b"
)
_HOW_SUFFIX = re.compile(
    r"\s+(?:(?:on|in|via|to|during|at)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:" + _NATIONAL_ADJECTIVE + r" (?:state )?(?:television|TV|radio|media)\b"
    # "at Thursday's press conference": the day's event, not a name
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s (?:[a-z]+ ){0,2}"
    r"(?:conference|briefing|meeting|hearing|rally|session|summit|debate|event)"
    r"|(?!" + _NATIONAL_ADJECTIVE + r" (?!" + _AFTER_A_PLACE + r")[a-z])"
    # (not a date: "said on Feb 21", "said on March 3")
    r"(?!" + _MONTH_WORD + r")"
    r"[A-Z][\w\-]*(?: (?!" + _WHEN + r")[A-Z][\w\-]*)*"
    r"(?: (?:post|video|statement|interview|message|page|account|broadcast|livestream|address))?"
    r"|statement|interview|post|video|tweet|briefing|press conference|letter|speech|television|radio"
    r"|social media))"
)
# whom a speaker told, shown with the verb ("told reporters", "told the BBC", "told the court")
_TOLD_WHOM = re.compile(
    r"[ ](?:(?:(?:the[ ]+)?(?:reporters|journalists|MPs|MSPs|peers|analysts|investors|shareholders|jurors"
    r"|lawmakers|legislators|senators|delegates|supporters|staff|employees|workers|students|parents|residents"
    r"|viewers|listeners|colleagues|officers|councillors|members|magistrates|justices|voters|fans|followers"
    r"|pupils)|the[ ]+(?:court|jury|inquiry|inquest"
    r"|committee|hearing|tribunal|press|media|conference|audience|crowd|meeting|summit|assembly|judge"
    r"|magistrates|panel))(?![\w\-])"
    r"|(?:a|the)[ ]+(?:press|news)[ ]+conference"
    # a newsroom, a programme or a body by its name ("the BBC", "BBC Radio 4", "Sky Sports", "CNBC",
    # "Times Radio", "the Today programme", "Parliament"), up to four words, not its "'s"
    r"|(?:the[ ]+)?[A-Z][\w&\-]*(?:[ ]+(?:[A-Z][\w&\-]*|\d+)){0,3}"
    r"(?:'s[ ]+(?:[A-Z][\w&\-]*[ ]+){1,2}programme|'s[ ]+[A-Z][\w&\-]*(?:[ ]+[A-Z][\w&\-]*){0,2}"
    r"|[ ]+programme)?"
    r"(?![\w\-'])"
    # the newsroom itself, an event: "told our correspondent", "told a news conference"
    r"|(?:our|this)[ ]+(?:correspondent|reporter|newspaper|paper|website|programme|publication)(?![\w\-])"
    r"|an?[ ]+(?:conference|briefing|rally|meeting|hearing|committee|summit)(?![\w\-])"
    r")"
)
# a nationality before the people it names, not a name ("told the American people")
_NATIONAL_HEARERS = re.compile(r"[ ]the[ ]+[A-Z][a-z]+(?:an|ish|ese|ch)\Z")
_SKIP_BEFORE_VERB = frozenset(
    """also later earlier reportedly has have had previously again then recently once even further already
    separately quickly publicly has also had also will repeatedly today yesterday did does do
    keeps kept all both now still always long consistently strongly firmly vehemently categorically
    flatly privately openly frequently often initially originally subsequently falsely wrongly
    incorrectly baselessly erroneously misleadingly itself himself herself themselves since already""".split()
)
_ALL_OF_THEM = frozenset(("all", "both"))
_DO = frozenset(("do", "does", "did", "has", "have", "had"))  # "What has the government said?"
_BE_ASKING = frozenset(
    "are is was were will would can could should".split()
)  # "What are the critics saying?"
_WH_OPENERS = frozenset(w.capitalize() for w in QUESTION_WORDS)
# words inside a name: "of", "and", and the particles of persons' names ("de la Vega", "van der Berg")
_CONNECTORS = frozenset("of the and for &".split()) | NAME_PARTICLES
# A day or a month after one of these, right before a verb, says when ("on Tuesday said", "last
# week said")
_WHEN_WORDS = frozenset("on in last this next early late".split())
_DAYS_AND_MONTHS = WEEKDAYS | MONTHS | frozenset("week weekend month year".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_AUXILIARIES = frozenset("have has had will would did do does".split())
# a time opening a sentence with no comma after it ("Last year the ONS said", "Yesterday police
# said"): never part of who speaks
_TIME_OPENERS = frozenset("Last This Next Earlier Later Yesterday Today Tonight".split())
# an adverb of time before the subject ("Recently the FTC said", "And now the council says")
_TIME_ADVERBS = frozenset(
    """recently previously now later earlier then subsequently initially originally afterwards
    eventually finally""".split()
)
_PRONOUNS = {
    "he": "person",
    "she": "person",
    "they": "group",
    "it": "org",
    "He": "person",
    "She": "person",
    "They": "group",
    "It": "org",
}
_DETERMINERS = frozenset("The the A a An an".split())
# people in the plural that may be one body, named after a comma ("Organisers, the Akwadum
# Metropolitan Assembly, said")
_BODIES_BY_THEIR_PART = frozenset("organisers organizers hosts sponsors promoters authorities".split())
# how many people a source phrase opens with ("according to two witnesses")
_HOW_MANY = frozenset("two three four five six seven eight nine ten several many some both".split())
# Words that end a possessive source phrase ("the ministry's latest figures show" -> 3 words)
_PHRASE_STOP = frozenset(
    """the a an of in on at by for from to and or but that which who whom whose as with show shows
    showed said says found finds published released suggest suggests put puts is are was were""".split()
)
_MALE_TITLES = frozenset(
    "Mr. Mr Sir Lord King Prince Duke Emperor Sultan Sheikh Emir Pope Cardinal Bishop Rabbi Imam "
    "Congressman Councilman Chairman Spokesman Father Brother Baron Earl Ayatollah Patriarch".split()
)
_FEMALE_TITLES = frozenset(
    "Mrs. Mrs Ms. Ms Miss Madam Madame Dame Lady Queen Princess Duchess Empress Congresswoman "
    "Councilwoman Chairwoman Spokeswoman Sister Mother Baroness Countess".split()
)
_ORG_HEADS = trie_alternation(ORGANISATION_NOUNS)
# "the transport authority", "The Russian defence ministry": organisations written in lower case
_ORG_PHRASE = re.compile(rf"\b[Tt]he((?:\s+[A-Za-z][\w\-]*(?:'s?)?){{0,2}}\s+(?:{_ORG_HEADS}))\b")
# the same without the leading \b (checked in _phrases)
_ORG_PHRASE_SCAN = re.compile(_ORG_PHRASE.pattern.removeprefix(r"\b"))
# a spouse by the sex the word says ("Mark and Jenny Fraser …. Her husband said": Mark Fraser)
_SPOUSES = {"wife": "f", "husband": "m"}
# people named by whose they are: "the judge's wife", "the president's father", "the mayor's aide"
_RELATIVES = frozenset(
    """wife husband son daughter father mother brother sister widow widower family children parents
    lawyer lawyers spokesman spokeswoman spokesperson aide aides adviser advisers""".split()
)
# "the mayor", "the Russian president": persons written as a common noun, antecedents of he/she
# wherever they stand. Not "head", "chief", "official", "leader", "executive" or "chair", which are
# as often something else ("the official figures", "the executive branch"); not before a name
# ("the president, Joe Biden"), which is a person.
# Found by the noun after a space (the words before it are "the" and its modifiers; `re` skips to
# each space, where a pattern opening with the nouns' first letters stopped at most characters),
# then "the" looked for before.
_ROLE_HEAD = re.compile(
    r"\s("
    + trie_alternation(PERSON_SOURCE_NOUNS - {"head", "chief", "official", "leader", "executive", "chair"})
    + r")\b(?!,?\s+[A-Z]|'s[ ]+(?:"  # (not "the judge's wife": she is not the judge)
    + trie_alternation(_RELATIVES)
    + r")\b)"
)
# the nearest "the" before the noun (the greedy ".*" tries it first), with up to two words after it
_ROLE_BEFORE = re.compile(r"(?s:.*)(?<!\w)([Tt]he(?:\s+[A-Za-z][\w\-]*){0,2})\s+\Z")
_ROLE_REACH = 60  # characters looked at before the noun for "the" and two modifiers
_PRONOUN_ORG_SENTENCES = 3  # it/they look back this many sentences for an organisation
_TITLE_SENTENCES = 5  # "the mayor" is the "Mayor Jane Alvarez" named this many sentences before
_HEADLINE_ROLE_SENTENCES = 12  # a headline's "Governor says …" is the governor the story names this far on
# or the one person with that title among this many mentions before (a long text stays linear)
_TITLE_LOOKBACK = 300
_PERSON_LOOKBACK = 120  # person mentions he or she looks back over, at most
# Words that keep "the ... president" from naming one person ("the other senator")
_NOT_MODIFIERS = _PHRASE_STOP | frozenset(
    "any every each no other another some all both either neither such many most few".split()
)
# Transcript speaker labels at a line start: "HOLT:", "SECRETARY CLINTON:", "Mr. Smith:"; after a
# recording's time stamp ("[00:12:31] Host:"); a name with its role after dashes, as earnings calls
# write them ("Karen Doyle -- Chief Executive Officer:"); a role with the name in brackets, as a
# parliament's record writes it ("The Prime Minister (Mr Adam Reeve):"). Groups: the role before
# brackets, the name in them, a name alone.
# (accented capitals too: "ARRARÁS:", "ÁLVAREZ:")
_LABEL_NAME = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'\-]*(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'\-]*){0,3}"
# A reporter's question in a briefing's record: "Q" then spaces or a tab ("Q    Governor, how …"),
# or "Q." / "Q:" then a space
_QUESTION_LABEL = re.compile(r"Q(?:[ \t]{2,}|\t|[.:][ \t]+)(?=\S)")
# A congressional record's speaker alone in its sentence, a title then a surname in capitals and a
# full stop, at a line's start: "Mr. RASKIN.", "Chairman COMER.", "Ms. OCASIO-CORTEZ.", "The CHAIR."
_RECORD_LABEL = re.compile(
    r"((?:Mr|Mrs|Ms|Dr|Chairman|Chairwoman|Chair|Senator|Secretary|Governor|General|Admiral|Ambassador"
    r"|Judge|The)\.?[ ]+[A-Z][A-Z'\-]+(?:[ ]+[A-Z][A-Z'\-]+)?"
    r"(?:[ ]+of[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)?)?)\."
)
_LABEL_HOW = "speaker label in a transcript"  # how a transcript's label names its turn's speaker
_LABEL_REACH = 200  # characters from a line's start within which a label's colon stands
# an office in a parliament's record, after the member's name: "(Minister for Building and Construction)"
_OFFICE_WORDS = r"(?:Minister|Secretary|Leader|Speaker|Chair|Deputy|Associate)"
_OFFICE = _OFFICE_WORDS + r"[A-Za-z ]{0,60}"
_OFFICE_IN_BRACKETS = re.compile(_OFFICE_WORDS + r"[ ](?:for|of)[ ].{2,60}")
_HONOURABLE = re.compile(r"^(?:(?:Rt[ ]|Right[ ])?Hon\.?|The[ ]Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ ]+")


def _names_someone(text: str) -> bool:
    """Whether brackets after a name hold a person's name ("(Mr Adam Reeve)", "(Jo Hale)"), not a
    seat, a party or an office ("(Leeds North)", "(Greens)")."""
    if _OFFICE_IN_BRACKETS.fullmatch(text):
        return False  # "(Minister for Building and Construction)"
    first = text.split(" ", 1)[0].rstrip(".")
    return first in PERSON_TITLES or first in GIVEN_NAMES or first.capitalize() in GIVEN_NAMES


def _is_member(label: str) -> bool:
    """A member's name as a parliament's record writes it, in capitals maybe, after "Hon" maybe."""
    name = _HONOURABLE.sub("", label)
    return " " in name and looks_like_person(name.title() if name.isupper() else name)


# a role as a label may hold "of the" ("The Chancellor of the Exchequer:"): a role named before
_ROLE_LABEL = re.compile(
    r"([A-Z][A-Za-z.'\-]*(?: (?:of|the|for|and|on|[A-Z][A-Za-z.'\-]*)){0,6}):(?:[ \t]+|$)"
)
_LABEL = re.compile(
    r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?"
    rf"(?:([A-Z][A-Za-z.'\-]*(?: (?:of|the|for|and|on|[A-Z][A-Za-z.'\-]*)){{0,9}})"
    rf" \(({_LABEL_NAME}|{_OFFICE})\)"
    rf"|({_LABEL_NAME})(?:[ ]+-{{1,3}}[ ]+[A-Z][\w.&'\-]*(?:[ ]+[\w.&'\-]+){{0,5}}){{0,2}}"
    # a parliament's record: the member's seat, then the party ("Edward Argar (Melton and Syston)
    # (Con):"); a broadcast transcript's party and role in capitals: "GOV. ALICE PRYOR (D), NEW STATE:"
    r"(?:[ ]\([A-Z][\w.'\-]*(?:[ ](?:and|the|of|upon|on|under|[A-Z][\w.'\-]*)){0,6}\)(?=[ ]\())?"
    # ("JOE REED (D), FORMER GOVERNOR, CANDIDATE:", up to three)
    r"(?:[ ]\([A-Z][\w.\-]{0,10}\))?(?:,[ ]+[A-Z][A-Z0-9.&'\-]*(?:[ ]+[A-Z0-9.&'\-]+){0,6}){0,3}"
    r"):(?:[ \t]+|$)"
)
_NOT_LABELS = (
    frozenset(KICKER_WORDS)
    | frozenset(_MATCH_FACTS)
    | frozenset(
        """Note Update Updated Correction Editor's Source Sources Photo Photos Video Related Read
        Warning Caption Credit Image Listen Share Topics Tags Location Date Time Transcript Disclaimer
        Summary Background Editors Also Advertisement Sponsored Q A Claim Claims Verdict Rating
        Conclusion Context Fact Facts Evidence Bottom Reality Special Pictured Picture Graphic Map Chart
        Focus Assessment Methods Results Conclusions Objective Objectives Findings Interpretation Aims
        Aim Purpose Introduction Discussion Limitations Funding Abstract Design Setting Participants
        From Published Posted Issued Released Embargoed Embargo Contact Contacts Author Authors Ref
        Reference Subject To Cc Sent Filed Modified Enquiries Tel Telephone Phone Email E-mail Website
        Web Address""".split()
        # a fact check's headings, never a person ("WHAT WAS CLAIMED:", "OUR VERDICT:", "WHY IT MATTERS:")
        + "What Why How Who Where When Which Our My Your Their".split()
    )
)
_CONTINUING_SENTENCES = 3  # "he added" goes on from a speaker named this many sentences before at most
_MAX_LABEL_PARAGRAPHS = 12  # a speaker's turn runs this many paragraphs at most without a label
_MIN_QUOTE_WORDS = 3
_SENTENCE_MARKS = frozenset(".!?,")
_CLOSING_MARKS = "\"'’” "
_CARRY_PARAGRAPHS = 3
_CARRY_LIST_ITEMS = 40  # a list under "The chancellor announced:" is hers, to this many items
LIST_BULLETS = frozenset("-•*·▪‣●■–—")  # what opens a list item (the pipeline makes such a unit a bullet)


@dataclass(slots=True)
class UnitAttribution:
    speaker: str | None = None  # as written in the text (before alias grouping)
    how: str | None = None
    speaker_pos: int | None = None  # absolute offset of the speaker phrase (or pronoun)
    pronoun: bool = False
    is_quote: bool = False
    quote: tuple[int, int] | None = None  # the quotation overlapping this unit (absolute)
    carried: bool = False  # source carried over from a colon introduction
    own: bool = False  # the unit names its own speaker
    label_end: int | None = None  # a transcript speaker label ("HOLT: ") ends here (absolute)
    document: str | None = None  # the document whose source the speaker is ("report"), if any
    refers: bool = False  # the speaker is a document named again ("the report"), its source sought

    def take_source(self, other: UnitAttribution) -> None:
        """Speak with ``other``'s source: who, how, where, and whether by a pronoun."""
        self.speaker, self.how, self.speaker_pos, self.pronoun = (
            other.speaker,
            other.how,
            other.speaker_pos,
            other.pronoun,
        )


@dataclass(slots=True)
class PersonGroup:
    surnames: dict[str, int] = field(default_factory=dict)  # spelling -> count
    surfaces: list[str] = field(default_factory=list)
    given_names: set[str] = field(default_factory=set)  # of the surfaces ("Bill", "Hillary")
    gender: str = ""  # of the first surface that tells: "m", "f" or "" (see _gender_of)

    @property
    def display(self) -> str:
        """The longest form written with the majority spelling of the surname (first seen on ties)."""
        order = list(self.surnames)
        best = max(order, key=lambda s: (self.surnames[s], -order.index(s)))
        with_best = [s for s in self.surfaces if _surname(s) == best]
        return _without_role(max(with_best, key=len))

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other forms seen in the article, except shorter forms of the display name."""
        shown = self.display
        shown_tokens = set(shown.split())
        seen: list[str] = []
        for s in self.surfaces:
            if s == shown or s in seen or set(s.split()) <= shown_tokens:
                continue
            seen.append(s)
        return tuple(seen)


# What a person is, opening a sentence before their name in capitals ("Passenger Amira Hussain",
# "Manager Mikel Arteta"): no part of the name (titles are: "Governor Andrew Bailey", "Sheriff
# Dwight Hale")
_ROLE_WORDS = EPITHETS | frozenset(
    """manager owner founder economist analyst adviser advisor lawyer researcher scientist author
    neighbour neighbor friend colleague resident witness passenger forward boss rival campaigner
    activist student nurse teacher farmer driver motorist shopper fan voter victim survivor co-author
    co-founder captain striker coach midfielder defender goalkeeper winger skipper parent patient pupil
    worker customer commuter tenant employee""".split()
)


def _phrase_before_comma(text: str, comma: int) -> str:
    """The words between the last mark before ``comma`` (or the text's start) and it: "Arcline's
    rival" in "Arcline's rival, Norcom, said"."""
    k = max(text.rfind(mark, 0, comma) for mark in (",", ";", ":", "(", '"', ". "))
    return text[k + 1 : comma].strip()


def _after_person_noun(norm: str, pos: int) -> bool:
    """Whether a lower-case word for a person stands right before ``pos`` ("Villa manager Unai
    Emery", "fire investigator Paul Kerr"): what follows is a person's name."""
    if pos < 2 or norm[pos - 1] != " ":
        return False
    word = norm[max(0, pos - 25) : pos - 1].rsplit(" ", 1)[-1]
    return word in PERSON_SOURCE_NOUNS or word in _ROLE_WORDS


def _without_role(surface: str) -> str:
    """A person's name without a role word before it (see _ROLE_WORDS)."""
    first, _, rest = surface.partition(" ")
    if " " in rest and first not in PERSON_TITLES and first.lower() in _ROLE_WORDS:
        return rest
    return surface


class _SurnameIndex:
    """The groups of each surname, found by a surname without comparing it with every other.

    :func:`_same_name` is false for different first two letters, so a surname is compared only
    with those of its two letters (a bucket). A long document names hundreds of people, and one
    bucket ("Ma", "St") can hold hundreds of surnames: a bucket that large is searched by its
    surnames' deletion keys instead, each surname in lower case with at most two letters deleted.
    Two surnames within edit distance 2 share a key (each edit costs at most one deletion on
    either side), so the surnames found that way are all those ``_same_name`` can accept."""

    __slots__ = ("_groups", "_by_prefix", "_by_key")

    SCAN = 24  # a bucket of at most this many surnames is scanned
    MAX_NEAR = 64  # at most this many surnames spelt near one another are compared with it

    def __init__(self) -> None:
        self._groups: dict[str, list[int]] = {}  # surname -> the groups holding it, in group order
        self._by_prefix: dict[str, list[str]] = {}
        self._by_key: dict[str, dict[str, list[str]]] = {}  # prefix -> deletion key -> surnames

    def add(self, surname: str, gi: int) -> None:
        groups = self._groups.get(surname)
        if groups is not None:
            bisect.insort(groups, gi)  # an older group may take a spelling a newer one has
            return
        self._groups[surname] = [gi]
        prefix = surname[:2]
        bucket = self._by_prefix.setdefault(prefix, [])
        bucket.append(surname)
        keyed = self._by_key.get(prefix)
        if keyed is None:
            if len(bucket) <= self.SCAN:
                return
            keyed = self._by_key[prefix] = {}
            added = bucket  # the bucket grew past scanning: index all of it
        else:
            added = [surname]
        for name in added:
            for key in _deletion_keys(name):
                keyed.setdefault(key, []).append(name)

    def matching(self, surname: str) -> list[str]:
        """The surnames seen that ``_same_name`` takes for ``surname``."""
        prefix = surname[:2]
        keyed = self._by_key.get(prefix)
        if keyed is None:
            candidates = self._by_prefix.get(prefix, ())
        else:
            candidates = set()
            for key in _deletion_keys(surname):
                candidates.update(keyed.get(key, ()))
                if len(candidates) > self.MAX_NEAR:
                    # a crowd of near spellings ("Reedab", "Reedac", … as no article writes them,
                    # and each compared with all the others): only the same spelling is the same
                    return [surname] if surname in self._groups else []
        return [name for name in candidates if _same_name(surname, name)]

    def groups(self, surname: str) -> list[int]:
        """The groups holding a surname that matches ``surname``, in group order (a copy: the
        caller may add to the index while it reads them)."""
        matching = self.matching(surname)
        if len(matching) == 1:
            return self._groups[matching[0]][:]
        return sorted({gi for name in matching for gi in self._groups[name]})


def _deletion_keys(surname: str) -> set[str]:
    """``surname`` in lower case with none, one or two letters deleted."""
    low = surname.lower()
    ones = {low[:i] + low[i + 1 :] for i in range(len(low))}
    keys = {low, *ones}
    for one in ones:
        keys.update(one[:i] + one[i + 1 :] for i in range(len(one)))
    return keys


class People:
    """Person mentions in document order, grouped by (fuzzy) surname."""

    def __init__(self) -> None:
        self.groups: list[PersonGroup] = []
        self.positions: list[int] = []
        self.mention_group: list[int] = []
        self._pending: list[tuple[int, str]] = []
        self._lookup: dict[str, int] = {}
        self._names: dict[int, tuple[str, tuple[str, ...]]] = {}
        self._known: dict[str, bool] = {}  # knows_surname answers, valid until a group changes
        self._surnames = _SurnameIndex()  # the groups of each surname
        self._knights: dict[tuple[str, str], int] = {}  # ("Sir", "Keir") -> group, -1 if two
        self._given: dict[str, int] = {}  # a given name -> its group, -1 if two groups have it
        self._last_mention: dict[int, int] = {}  # a group -> its latest mention so far (while built)
        self.unit_starts: list[int] = [0]  # sentence starts, for pronoun resolution
        self.surface_ranks: dict[str, set[str]] = {}  # "Ruth Hargreaves" written after "Dr"
        self.shared_surnames: set[str] = set()  # a couple's ("Mark and Jenny Fraser")
        self.pair_phrases: list[tuple[int, str]] = []  # two people named together, where
        self.quote_spans: list[tuple[int, int]] = []  # the speech quotations, sorted
        self.opening_clauses: dict[int, int] = {}  # a sentence's start: where its opening clause ends
        self.interlocutor_clauses: dict[int, int] = {}  # the same, for a clause naming whom one speaks to
        self.org_positions: list[int] = []  # organisations mentioned, for it/they
        self.org_names: list[str] = []
        self.both_said: list[tuple[int, str]] = []  # (place, whom) of "The couple", "Both men" speaking
        self.org_plural: list[bool] = []  # a group of people ("Passenger groups"): they, never it
        # where the stories of a roundup begin, each after the first under its own dateline
        # ("MUMBAI, June 5 (GNS) - …"): "the company" is never a firm of the story before
        self.story_starts: list[int] = []
        # what an organisation was called in lower case where it was named ("The Rivers Trust, a
        # conservation charity,", "analytics firm Kpler"): name -> nouns ("charity", "firm")
        self.org_kinds: dict[str, set[str]] = {}
        # persons named by a common noun ("the mayor said"), for he/she: positions, names, genders
        self.role_positions: list[int] = []
        self.role_names: list[str] = []
        self.role_genders: list[str] = []
        self._mentions: tuple[list[int], list[int]] | None = None
        self.role_groups: dict[int, int] = {}  # "the mayor" at a position -> her named group
        # roles written in lower case before a person's name ("policing minister Dame Diana
        # Johnson"): group -> the roles as titles ("Minister", "Policing Minister")
        self.roles_of: dict[int, set[str]] = {}
        self.speaker_positions: set[int] = set()  # where a sentence's own speaker is named
        self.ones: list[tuple[int, str]] = []  # "One Labour MP" speaking: (where, "Labour MP")
        # names opening a sentence, neither persons nor organisations known as such: the
        # antecedents of "it" when no organisation is near
        self.subject_positions: list[int] = []
        self.subject_names: list[str] = []
        self.acting_subjects: set[str] = set()  # names opening a sentence right before a verb
        self.word_openings: set[str] = set()  # names opening a sentence before a word in lower case
        self.modifier_openings: set[str] = set()  # and before a noun and its verb ("Health coverage will")
        self.workplaces: set[str] = set()  # firms named only as where a commentator works
        # what "the operator" was found to be, where: noun -> [(position, name)] in order
        self._resolved: dict[str, list[tuple[int, str]]] = {}
        # counts over a list while it does not grow: name -> (counter, the list's length then)
        self._counts: dict[str, tuple[Counter, int]] = {}

    def add(self, pos: int, surface: str) -> None:
        self._pending.append((pos, surface))

    def build(self) -> None:
        self._pending.sort()
        for pos, surface in self._pending:
            gi = self.group_of(surface, create=True)
            self.positions.append(pos)
            self.mention_group.append(gi)
            self._last_mention[gi] = len(self.mention_group)

    def group_of(self, surface: str, create: bool = False) -> int:
        if not create:
            cached = self._lookup.get(surface)
            if cached is not None:
                return cached
            gi = self._group_of(surface, False)
            self._lookup[surface] = gi
            return gi
        self._lookup.clear()
        self._names.clear()
        self._known.clear()
        return self._group_of(surface, True)

    def _group_of(self, surface: str, create: bool) -> int:
        knight = _knight_form(surface)
        if knight is not None:  # "Sir Keir": Sir Keir Starmer, if the article named one such
            gi = self._knights.get(knight, -1)
            if gi >= 0:
                if create and surface not in self.groups[gi].surfaces:
                    self.groups[gi].surfaces.append(surface)
                return gi
        surname = _surname(surface)
        given = _given_name(surface)
        gender = _gender_of(surface)
        ranked = surface.split(" ", 1)[0] in _RANKS
        fitting: list[int] = []
        for i in self._surnames.groups(surname):
            g = self.groups[i]
            if given and g.given_names and (len(g.given_names) > 1 or given not in g.given_names):
                continue  # "Bill Clinton" is not "Hillary Clinton"
            if gender and g.gender and gender != g.gender:
                continue  # "Mrs Mallory" is not John Mallory
            fitting.append(i)
            if not ranked and (given or not create):
                break  # the first (a title may tell two apart: below)
        if create and not given and not ranked and len(fitting) > 1:
            # a bare surname after a headline's capitals ("Late Marsh header …") and a person of
            # that name ("Jamie Marsh scored", "Marsh said"): the one with a given name we know,
            # named last
            first = self.groups[fitting[0]].given_names
            if first and first.isdisjoint(GIVEN_NAMES):
                known = [i for i in fitting if not self.groups[i].given_names.isdisjoint(GIVEN_NAMES)]
                if known:
                    fitting = [max(known, key=lambda i: self._last_mention.get(i, 0))]
        if len(fitting) > 1:
            # "Dr Hargreaves" after Sir Alan Hargreaves and Dr Tom Hargreaves: the doctor
            title = surface.split(" ", 1)[0]
            rank = title.rstrip(".")
            titled = [
                i
                for i in fitting
                if any(
                    f.startswith(title + " ") or rank in self.surface_ranks.get(f, ())
                    for f in self.groups[i].surfaces
                )
            ]
            fitting = titled or fitting
        if not fitting and given and (gi := self._given.get(surname, -1)) >= 0:
            # "Ahmad Zulkifli" after "Datuk Seri Ahmad Zulkifli Hassan": the first words of the one
            # person named in full with that given name (a Malay name has no surname to call by)
            words = name_tokens(surface)
            if len(words) >= 2 and any(
                _starts_with_words(name_tokens(f), words) for f in self.groups[gi].surfaces
            ):
                return gi  # (its words no surname of the group's: the full name stays its display)
        for i in fitting[:1]:
            g = self.groups[i]
            if create:
                if surname not in g.surnames:
                    self._surnames.add(surname, i)
                g.surnames[surname] = g.surnames.get(surname, 0) + 1
                if surface not in g.surfaces:
                    g.surfaces.append(surface)
                    if given:
                        g.given_names.add(given)
                        self._add_knight(surface, given, i)
                        self._add_given(given, i)
                    g.gender = g.gender or gender
            return i
        if not create:
            return -1
        self.groups.append(PersonGroup({surname: 1}, [surface], {given} if given else set(), gender))
        self._surnames.add(surname, len(self.groups) - 1)
        if given:
            self._add_knight(surface, given, len(self.groups) - 1)
            self._add_given(given, len(self.groups) - 1)
        return len(self.groups) - 1

    def _add_given(self, given: str, gi: int) -> None:
        if self._given.setdefault(given, gi) != gi:
            self._given[given] = -1

    def by_given_name(self, word: str) -> int:
        """The group of the one person the article named with ``word`` as given name ("Sandra" after
        "Sandra Okafor", as a feature calls her), or -1 (none, or two such people)."""
        return self._given.get(word, -1)

    def _add_knight(self, surface: str, given: str, gi: int) -> None:
        """Index "Sir Keir Starmer" (of group ``gi``) under ("Sir", "Keir"); two such people make
        the short form no one's."""
        tokens = surface.split()
        k = tokens.index(given) if given in tokens else -1
        if k > 0 and tokens[k - 1] in _KNIGHTS:
            key = (tokens[k - 1], given)
            if self._knights.setdefault(key, gi) != gi:
                self._knights[key] = -1

    def names(self, gi: int) -> tuple[str, tuple[str, ...]]:
        """(display name, aliases) of group ``gi``, computed once."""
        cached = self._names.get(gi)
        if cached is None:
            g = self.groups[gi]
            cached = self._names[gi] = (g.display, g.aliases)
        return cached

    def knows_surname(self, token: str) -> bool:
        known = self._known.get(token)
        if known is None:
            known = self._known[token] = bool(self._surnames.matching(_surname_key(token)))
        return known

    def latest_with_surname(self, pos: int, surname: str) -> int:
        """Group of the latest mention before ``pos`` whose surname matches (a bare "Clinton")."""
        i = bisect.bisect_left(self.positions, pos) - 1
        surname = _surname_key(surname)
        while i >= 0:
            gi = self.mention_group[i]
            if any(_same_name(surname, s) for s in self.groups[gi].surnames):
                return gi
            i -= 1
        return -1

    def _holds(self, gi: int, title: str, padded: str) -> bool:
        """Whether group ``gi`` holds ``title`` (``padded``: " Mayor "), as a role it was given or in
        a written name; "Education Secretary Louise Harrington" is a minister, as Britain names them."""
        surfaces = self.groups[gi].surfaces
        return (
            title in self.roles_of.get(gi, ())
            or any(_holds_title(surface, padded) for surface in surfaces)
            or (title == "Minister" and any(map(_CABINET_SECRETARY.search, surfaces)))
        )

    def _names_a_person(self, gi: int) -> bool:
        """Whether group ``gi`` names someone, not a title alone ("President of the United States",
        "the Lord Chief Justice")."""
        return any(
            looks_like_person(sf) and " of " not in sf and not all(w in PERSON_TITLES for w in sf.split())
            for sf in self.groups[gi].surfaces
        )

    def titled_before(self, pos: int, title: str) -> int:
        """The group of the latest person with ``title`` ("Mayor", "Prime Minister") named in the
        few sentences before ``pos``, else the one person named with it anywhere before, or -1."""
        here = self._sentence_of(pos)
        i = bisect.bisect_left(self.positions, pos) - 1
        padded = f" {title} "
        holders: set[int] = set()
        checked: set[int] = set()  # groups looked at (a group's title is the same at every mention)
        stop = max(-1, i - _TITLE_LOOKBACK)
        while i > stop and len(holders) < 2:
            gi = self.mention_group[i]
            if gi in checked:
                i -= 1
                continue
            near = here - self._sentence_of(self.positions[i]) <= _TITLE_SENTENCES
            if self._holds(gi, title, padded):
                if near:
                    return gi
                if self._names_a_person(gi):
                    holders.add(gi)
                else:
                    # (a title alone, "President of the United States", "the Lord Chief Justice": no
                    # one named)
                    holders.add(-1)
            if not near:
                checked.add(gi)
            i -= 1
        # further back: the one person of the text with that title ("the judge" ten sentences
        # after "Judge Eleanor Marchetti", when no other judge was named); beside a title no one
        # is named for ("the Lord Chief Justice"), the one the story names all through
        named = [gi for gi in holders if gi >= 0]
        if len(named) == 1 and len(holders) == 2 and self._mention_counts()[named[0]] >= 3:
            return named[0]
        return holders.pop() if len(holders) == 1 else -1  # (-1 alone: no one named)

    def _counted(self, what: str, items: list, key=None) -> Counter:
        """A count of ``items`` (mapped by ``key``), computed once while the list does not grow."""
        cached = self._counts.get(what)
        if cached is None or cached[1] != len(items):
            cached = self._counts[what] = (Counter(map(key, items) if key else items), len(items))
        return cached[0]

    def _mention_counts(self) -> Counter[int]:
        """How many times each group is mentioned."""
        return self._counted("mentions", self.mention_group)

    def add_mention(self, pos: int, gi: int) -> None:
        i = bisect.bisect_left(self.positions, pos)
        self.positions.insert(i, pos)
        self.mention_group.insert(i, gi)
        self._mentions = None

    def latest_before(self, pos: int) -> int:
        i = bisect.bisect_left(self.positions, pos) - 1
        return self.mention_group[i] if i >= 0 else -1

    def gender(self, gi: int) -> str:
        """'m', 'f' or '' (unknown) from the group's titles and given names."""
        return self.groups[gi].gender

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.unit_starts, pos) - 1

    def _person_mentions(self) -> tuple[list[int], list[int]]:
        """Named persons and common-noun persons in document order: (positions, keys), a key being
        a group index, or ``-1 - i`` for the i-th common-noun person."""
        if not self.role_positions:
            return self.positions, self.mention_group
        if self._mentions is None:
            merged = sorted(
                [*zip(self.positions, self.mention_group, strict=True)]
                + [(p, -1 - i) for i, p in enumerate(self.role_positions)]
            )
            self._mentions = ([p for p, _ in merged], [k for _, k in merged])
        return self._mentions

    def _key_gender(self, key: int) -> str:
        return self.gender(key) if key >= 0 else self.role_genders[-1 - key]

    def _key_names(self, key: int) -> tuple[str, tuple[str, ...]]:
        if key >= 0:
            return self.names(key)
        return self.owned_by(self.role_names[-1 - key], self.role_positions[-1 - key]), ()

    def person_antecedent(self, pos: int, gender: str, continuing: bool = False) -> int | None:
        """he/she at ``pos``: the latest fitting person earlier in the same sentence, else the
        speaker of the nearest earlier sentence that names a fitting person, when the speaker
        fits ("Holloway's barrister, Clare Whitby KC, said …. She asked …"), else its first
        fitting person, named ("Ms. Kane") or by a common noun ("the mayor"); its key in
        :meth:`_person_mentions`, or None."""
        positions, keys = self._person_mentions()
        j = bisect.bisect_left(positions, pos) - 1
        if j < 0:
            return None
        here = self._sentence_of(pos)

        def fits(key: int) -> bool:
            g = self._key_gender(key)
            return not g or not gender or g == gender

        opening = self.interlocutor_clauses.get(self.unit_starts[here], -1)
        while j >= 0 and self._sentence_of(positions[j]) == here:
            # (not a name inside the quotation the pronoun attributes: '"Yes or no, Mr Delaney?" he
            # asked', '"Mill Lane is too narrow," he said'; nor whom the pronoun spoke to in the
            # opening clause: "In an interview with Rolling Stone, she said")
            if fits(keys[j]) and not self._quoted(positions[j]) and not (positions[j] < opening <= pos):
                return keys[j]
            j -= 1
        if continuing:
            # "he added", "she went on": the one who spoke last, when the sentence near that last
            # named its own speaker named this person ('Hartley said …. Captain Lewis Adebayo has
            # been out. "…," he added'); any other last speaker: as for any pronoun
            last = max((p for p in self.speaker_positions if p < pos), default=-1)
            k = bisect.bisect_left(positions, last)
            if (
                last >= 0
                and k < len(positions)
                and positions[k] == last
                and here - self._sentence_of(last) <= _CONTINUING_SENTENCES
                and fits(keys[k])
            ):
                return keys[k]
        quoted_only: int | None = None  # a fitting person named only inside a quotation, the nearest
        stop = max(-1, j - _PERSON_LOOKBACK)  # (mentions looked back over: a long text stays linear)
        while j > stop:
            sentence = self._sentence_of(positions[j])
            if quoted_only is not None and here - sentence > _TITLE_SENTENCES:
                break  # (a quoted name found, no one else within reach: it; a long text stays linear)
            # a name in the sentence's opening clause is no subject, when one follows it
            subject_from = self.opening_clauses.get(self.unit_starts[sentence], -1)
            first = speaker = after_clause = None
            speaker_at = -1
            while j > stop and self._sentence_of(positions[j]) == sentence:
                if fits(keys[j]) and not self._in_quotation_to(positions[j], self.unit_starts[here]):
                    if self._quoted(positions[j]) and positions[j] not in self.speaker_positions:
                        # '"Piet Vorn has failed," she said. Her party …': whom a speaker talks
                        # about, after whoever else fits (the speaker before, carried to "she")
                        if quoted_only is None:
                            quoted_only = keys[j]
                        j -= 1
                        continue
                    first = keys[j]
                    if positions[j] >= subject_from:
                        after_clause = keys[j]
                    if positions[j] in self.speaker_positions and not (
                        speaker is not None and speaker < 0 and positions[j] == speaker_at
                    ):
                        # (at one place, "Tom Pell's brother" speaks, not Tom Pell)
                        speaker, speaker_at = keys[j], positions[j]
                j -= 1
            if first is not None:
                return speaker if speaker is not None else after_clause if after_clause is not None else first
        return quoted_only

    def opening_person(self, start: int) -> tuple[int, int] | None:
        """(group, place) of the person named at a sentence's start (after a title or "The" at
        most), or None."""
        i = bisect.bisect_left(self.positions, start)
        if i < len(self.positions) and self.positions[i] - start <= 4:
            return self.mention_group[i], self.positions[i]
        return None

    def _in_quotation_to(self, pos: int, start: int) -> bool:
        """Whether ``pos`` lies inside a quotation that runs on to ``start`` (the sentence whose
        pronoun attributes it): '"Madam President, this has failed. It is over," she said'."""
        span = self._quotation_at(pos)
        return span is not None and span[1] > start

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation (of :attr:`quote_spans`)."""
        return self._quotation_at(pos) is not None

    def _quotation_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.quote_spans, (pos, float("inf"))) - 1
        if k >= 0 and self.quote_spans[k][0] < pos < self.quote_spans[k][1]:
            return self.quote_spans[k]
        return None

    def org_antecedent(self, pos: int, plural_ok: bool = True) -> str | None:
        """it/they at ``pos``: as for a person, the latest organisation earlier in the same
        sentence, else the first of the nearest earlier sentence that names one (its subject
        more often than not: "The association disputed the union's figures. It said …"), within
        the last few sentences ("it" passes over plural sources such as "officials")."""
        here = self._sentence_of(pos)
        i = bisect.bisect_left(self.org_positions, pos) - 1

        def fits(k: int) -> bool:
            return plural_ok or not (
                self.org_plural[k] or _head_noun(self.org_names[k]).lower() in PLURAL_SOURCE_NOUNS
            )

        while i >= 0 and self._sentence_of(self.org_positions[i]) == here:
            if fits(i):
                return self.owned_by(self.org_names[i], self.org_positions[i])
            i -= 1
        k = bisect.bisect_left(self.subject_positions, pos) - 1
        # a government by its seat opening a sentence ("Kyiv has stepped up its attacks. It says …")
        seat = self._sentence_of(self.subject_positions[k]) if k >= 0 else -1
        if seat >= 0 and self.subject_names[k] not in _SEATS_OF_GOVERNMENT:
            seat = -1
        while i >= 0:
            sentence = self._sentence_of(self.org_positions[i])
            if here - sentence > _PRONOUN_ORG_SENTENCES or sentence < seat:
                break
            first = None
            while i >= 0 and self._sentence_of(self.org_positions[i]) == sentence:
                if fits(i):
                    first = i
                i -= 1
            if first is not None:
                return self.owned_by(self.org_names[first], self.org_positions[first])
        # (for "it" only: a capitalised word opening a sentence is no group of people, "Drains had
        # been blocked for months, they said")
        # (not a word before a noun, "Health coverage will continue …, it said", unless it acts;
        # nor a stamp's day, "Thu 6 Mar 2025")
        while (
            k >= 0
            and not plural_ok
            and here - self._sentence_of(self.subject_positions[k]) <= _PRONOUN_ORG_SENTENCES
        ):
            name = self.subject_names[k]
            if not (
                (name in self.modifier_openings and name not in self.acting_subjects)
                or name.partition(" ")[0].lower().rstrip(".") in _STAMP_WORDS
            ):
                return name
            k -= 1
        return None

    def named_org(self, phrase: str, pos: int) -> str:
        """ "the fund" a few sentences after "the International Monetary Fund" is that fund, as
        "the mayor" is "Mayor Jane Okoro": an organisation noun after "the" is the latest
        organisation named with it in the sentences before (shown by its name); any other
        phrase as it is. A phrase that says what kind ("the operator", not "the company") and
        was found to be one organisation before is that one still, however far on ("the
        company" in the next sentence only)."""
        det, _, noun = phrase.partition(" ")
        if det not in ("the", "The"):
            return phrase
        found = self._named_org(noun, pos)
        if found is None and (whose := _WHOSE_BODY.fullmatch(noun)) is not None:
            # "the farmers' federation" after "the Riverlea Farmers Federation": the body named with
            # both words
            named = self._named_org(whose.group(2), pos)
            if named is not None and whose.group(1).capitalize() in named.replace("'", " ").split():
                found = named
        said = self._resolved.setdefault(noun, [])
        if found is not None:
            if not said or said[-1][0] < pos:
                said.append((pos, found))
            return found
        if said and said[0][0] < pos:
            at, name = said[bisect.bisect_left(said, (pos, "")) - 1]  # the latest before
            if (
                noun not in _ANY_FIRM
                or self._sentence_of(at) >= self._sentence_of(pos) - 1
                or self._no_name_between(at, pos, name)
            ):
                # ("the company" only right after: '…. "…," the company said.', or with no other
                # organisation named since)
                return name
        return phrase

    def _no_name_between(self, start: int, end: int, name: str) -> bool:
        """Whether no organisation but ``name`` (or where an analyst works) is named between."""
        i = bisect.bisect_right(self.org_positions, start)
        while i < len(self.org_positions) and self.org_positions[i] < end:
            other = self.org_names[i]
            if other[:1].isupper() and other != name and other not in self.workplaces and other not in name:
                return False
            i += 1
        return True

    def _named_org(self, noun: str, pos: int) -> str | None:
        head = _org_kind(noun.rsplit(" ", 1)[-1])
        word = _ORG_NOUN_IN_NAME.get(noun, noun.capitalize()) if noun in ORGANISATION_NOUNS else None
        here = self._sentence_of(pos)
        i = bisect.bisect_left(self.org_positions, pos) - 1
        owned = "'s " + noun
        people_at = noun in PLURAL_PEOPLE_NOUNS
        while i >= 0 and here - self._sentence_of(self.org_positions[i]) <= _TITLE_SENTENCES:
            name = self.org_names[i]
            if head in self.org_kinds.get(name, ()):
                return name  # "the charity" after "The Rivers Trust, a conservation charity,"
            if (
                people_at
                and (at := _PEOPLE_AT.match(name)) is not None
                and (
                    name.partition(" ")[0].lower() == noun
                    or (noun in _RESEARCH_GROUPS and at.group(1) in _RESEARCH_GROUPS)
                )
            ):
                # "the researchers" after "Researchers at the University of Kelso said", after "a
                # team at the Halvorsen Institute reported"
                return name
            if name.endswith(owned):
                return name  # "the air force" after "Ukraine's air force"
            if word and " " in name and (named := _named_for(name, noun, word)) is not None:
                return named
            i -= 1
        found = self._the_only_firm(noun, pos) or self._the_only_body(noun, pos)
        if found is None and word:
            # further back: the one organisation of the text whose name holds the word ("the
            # council" twenty sentences after "Ashdown District Council", no other council named)
            named = {
                self.org_names[k]
                for k in range(i, max(-1, i - _TITLE_LOOKBACK), -1)
                if " " in self.org_names[k]
                and word in self.org_names[k].split()
                and self.org_names[k][:1].isupper()
                and " of " not in self.org_names[k]
            }
            found = named.pop() if len(named) == 1 else None
        return found

    def _the_only_body(self, noun: str, pos: int) -> str | None:
        """ "the charity", "the agency", "the union": the one organisation named by name in the
        sentences before ("Alzheimer's Research UK said …. The charity said"), if it could be
        one (a newsroom never is; a charity, a union or a trust is no public body), else None."""
        if noun not in _BODY_NOUNS:
            return None
        found = None
        for name, group, subject in self._names_before(pos, _TITLE_SENTENCES):
            if (
                group
                or subject  # a capitalised word opening a sentence ("Fares will rise, the regulator said")
                # two ("Oxfam and Save the Children"); not one body's name ("Competition and
                # Markets Authority")
                or (" and " in name and name.rpartition(" ")[2] not in _PUBLIC_BODY_WORDS)
                or not name[:1].isupper()
                or not _a_name(name)
                or is_newsroom(name)
            ):
                continue
            kinds = self.org_kinds.get(name)
            if kinds and _org_kind(noun) not in kinds:
                continue
            if noun in _PRIVATE_BODY_NOUNS and _no_business(name) and noun.capitalize() not in name.split():
                continue  # "the charity" is not the council named before
            if noun in _PUBLIC_BODY_NOUNS and name.rpartition(" ")[2] in _BUSINESS_ENDINGS:
                continue  # "the regulator" is not "Corvane Pharmaceuticals" named before
            if noun == "union" and not (
                name.isupper() or "union" in (kinds or ()) or _holds_word(name.split(), noun, "Union")
            ):
                continue  # "the union" is not "the Westmoor Rail network" named before
            if (
                found is not None
                and found != name
                and found not in name
                and name not in found
                and not _short_form_of(found, name)
            ):
                return None  # two: which one is not said
            found = max(found or "", name, key=len)
        return found

    def _the_only_firm(self, noun: str, pos: int) -> str | None:
        """ "the company", "the bakery chain": the one business named by name in the sentences
        before ("Greggs said …. The bakery chain said …"); None when none or several were, or
        the one is a public body ("the company" is not the council), a newsroom, a group of
        people or an organisation called something else ("The regulator, Ofwat,"). A name
        opening a sentence counts as named, never as the one ("Google's app has 450 million
        users, according to the search giant": not the firm named before Google; "Core
        inflation … The utility company said": not "Core")."""
        words = noun.split()
        if not 1 <= len(words) <= 2 or words[-1] not in _FIRM_NOUNS:
            return None
        # (name, a group of people, a subject only)
        candidates = list(self._names_before(pos, _TITLE_SENTENCES))
        named: dict[str, tuple[bool, bool]] = {}
        head = _org_kind(words[-1])
        for name, group, subject in candidates:
            if (
                not (name[:1].isupper() or lower_case_brand(name))
                or not _a_name(name)
                or name.rsplit(" ", 1)[-1] in _FIRM_NOUNS  # "San Francisco-based firm": no name
                or (subject and " " in name and name.isupper())  # "SAN MATEO, California": a dateline
                or name in DEMONYMS  # "The 49-year-old Swede": a person
                or (" " not in name and self.knows_surname(name))  # "Rao said" after Priya Rao
                or any(
                    w[:1].islower() and w not in _NAME_LINKS for w in name.split()[1:]
                )  # "Emergency services"
            ):
                continue
            kinds = self.org_kinds.get(name)
            if kinds and head not in _ANY_FIRM and head not in kinds:
                continue  # "the airline" is not "airport operator Aena"
            if name in self.workplaces:
                continue  # "…, said Priya Raman, an analyst at Thornbury Securities": her employer
            if words[-1] != "group" and _no_business(name):
                continue  # "The EU fined Apple … the company said": Apple (a campaign may be a group)
            name_words = set(name.split())
            same = [n for n in named if name_words <= set(n.split()) or name_words >= set(n.split())]
            for n in same:  # "Water" (a headline's "Water company") in "Thames Water": one firm
                was_group, was_subject = named.pop(n)
                group, subject = group or was_group, subject and was_subject
                name = max(name, n, key=len)
            named[name] = (group, subject)
        if len(named) > 1:
            # two businesses: for a word that says what kind, the one opening the sentence right
            # before ("Barclays said …. Morgan Stanley said …. The bank said": Morgan Stanley);
            # else which one is not said ("the company" after Thames Water and Ofwat)
            strong = [n for n, (group, subject) in named.items() if not group and not subject]
            if (
                len(strong) == 1
                and not _no_business(strong[0])
                and self._named_since_subjects(strong[0], pos)
            ):
                # one business named as such, the others only opening sentences ("Bramleys said …
                # The reductions average 9%, the company said" after "Britain's fourth-largest
                # supermarket" and a "Business desk" line): that one
                return strong[0]
            main = self._main_business(named)
            if main is not None and not named[main][0]:
                # "Brightwell Foods" named all through the story, "Halvorsen & Tate" once: "the
                # company" is the story's
                return main
            if words[-1] in _ANY_FIRM:
                return None
            latest = self._opening_previous_sentence(pos)
            return latest if latest in named and not named[latest][0] else None
        if len(named) != 1:
            return None
        ((name, (group, subject)),) = named.items()
        if subject:
            # a name that opened two sentences: "Ryanair cuts flights … Ryanair will cut … The
            # airline said" (one opening, "Core inflation", may be anything), or opened one right
            # before its verb ("Lumora unveiled glasses on Tuesday. The company said")
            subject = (
                sum(n == name for n, _, _ in candidates) < 2
                and name not in self.acting_subjects
                and self._first_word_counts()[name] < 2  # "Severnmoor" of "Severnmoor Water", named before
                # "Kingsmoor Town won 3-0 …. The club said": a club by its name
                and not (words[-1] == "club" and name.rpartition(" ")[2] in _CLUB_ENDINGS)
            )
        kinds = self.org_kinds.get(name)
        if group or subject or _no_business(name) or (kinds and kinds.isdisjoint(_FIRM_NOUNS)):
            return None
        if " " not in name:  # "Severnmoor" opening a sentence: "Severnmoor Water", as named before
            start = name + " "
            last = bisect.bisect_left(self.org_positions, pos) - 1
            for k in range(last, max(-1, last - _FIRM_LOOKBACK), -1):
                if self.org_names[k].startswith(start):
                    return self.org_names[k]
        return name

    def _opening_previous_sentence(self, pos: int) -> str | None:
        """The organisation that opens the sentence before the one at ``pos`` (after "The" at
        most), or None."""
        here = self._sentence_of(pos)
        i = bisect.bisect_left(self.org_positions, pos) - 1
        while i >= 0 and self._sentence_of(self.org_positions[i]) == here:
            i -= 1  # (the phrase itself: "The bank said")
        if i < 0:
            return None
        at = self.org_positions[i]
        sentence = self._sentence_of(at)
        if sentence != here - 1 or at - self.unit_starts[sentence] > 4:
            return None
        k = bisect.bisect_left(self.subject_positions, pos) - 1
        if k >= 0 and self.subject_positions[k] > at:
            return None  # a name opened a sentence since ("Google's app has …")
        return self.org_names[i]

    def _named_since_subjects(self, name: str, pos: int) -> bool:
        """Whether the organisation ``name`` was named after the last name opening a sentence
        before ``pos`` (so no other name came between it and the phrase)."""
        i = bisect.bisect_left(self.org_positions, pos) - 1
        stop = max(-1, i - _FIRM_LOOKBACK)
        while i > stop and self.org_names[i] != name:
            i -= 1
        if i <= stop:
            return False
        k = bisect.bisect_left(self.subject_positions, pos) - 1
        while k >= 0 and self._a_word_opening(self.subject_names[k]):
            k -= 1  # "Oxygen masks dropped.", "Pre-tax profit fell …": no name between
        return k < 0 or self.subject_positions[k] <= self.org_positions[i]

    def _a_word_opening(self, name: str) -> bool:
        """Whether a name opening a sentence may be a capitalised word and no name: one word, once,
        never acting ("Oxygen masks dropped", not "Lumora unveiled"), never named otherwise."""
        return (
            " " not in name
            and name[:1].isupper()
            and name[1:] == name[1:].lower()  # (not a brand: "iPhone sales fell")
            and name in self.word_openings
            and name not in self.acting_subjects
            and self._counted("subjects", self.subject_names)[name] == 1
            and self._counted("organisations", self.org_names)[name] == 0
        )

    def _first_word_counts(self) -> Counter[str]:
        """How many organisations' names open with each word ("Severnmoor": 4)."""
        return self._counted("first words", self.org_names, lambda name: name.split(" ", 1)[0])

    def _main_business(self, named: dict[str, tuple[bool, bool]]) -> str | None:
        """Of several businesses, the one the story is about: named three times or more in the
        text, when each other one is named once; else None."""
        mentions = self._counted("organisations", self.org_names)
        counts = {name: mentions[name] for name in named}
        main = [name for name, n in counts.items() if n >= 3]
        if len(main) == 1 and all(n <= 1 for name, n in counts.items() if name != main[0]):
            return main[0]
        return None

    def spokespeople_of(self, phrase: str, pos: int) -> str | None:
        """ "a spokeswoman" with no one named for her, right after a sentence an organisation opens
        ("Northern Isles Ferries declined an interview. In a statement, a spokeswoman said …"):
        that organisation's; else None. The same for "a party spokesperson", "a company
        spokesman" when nothing says the organisation is not of that kind ("The National
        Alliance dismissed the poll. A party spokesperson said")."""
        if phrase[:2].lower() != "a ":
            return None
        kind = None
        if phrase.lower() not in _BARE_SPOKESPEOPLE:
            words = phrase.split()
            if len(words) != 3 or words[1] not in ORGANISATION_NOUNS or not words[2].startswith("spokes"):
                return None
            kind = _org_kind(words[1])
        org = self._opening_previous_sentence(pos)
        if org is None:  # a name opening the sentence before, as its subject
            here = self._sentence_of(pos)
            k = bisect.bisect_left(self.subject_positions, pos) - 1
            if k >= 0:
                at = self.subject_positions[k]
                sentence = self._sentence_of(at)
                if sentence == here - 1 and at - self.unit_starts[sentence] <= 4:
                    org = self.subject_names[k]
        if org is not None and org.lower() in PLURAL_PEOPLE_NOUNS and org.lower() not in ORGANISATION_NOUNS:
            org = None  # "Officers had worked for months. A police spokesperson said": people, no body
        if kind is not None and (
            org is None
            or ((kinds := self.org_kinds.get(org)) and kind not in kinds)
            or _kind_clashes(org, kind)
        ):
            # "Ofwat said …. A company spokesman said": not the regulator's; "The Independent Office
            # for Police Conduct said …. A force spokesman said": the force named before
            return self._named_org(phrase.split()[1], pos)
        if org is None or not org[:1].isupper() or looks_like_person(org) or self.knows_surname(org):
            return None  # ("Lund's campaign was knocked off course. A party spokesman said": not Lund)
        return org

    def _spouse_in_couple(self, pos: int, gender: str, owner: str = "") -> str | None:
        """Of a couple named together with one surname in the few sentences before ("Mark and Jenny
        Fraser"), the one of ``gender`` ('f', 'm') by their given names, in full; with ``owner``
        (whose spouse), the other one; else None."""
        here = self._sentence_of(pos)
        for at, pair in reversed(self.pair_phrases):
            if at >= pos:
                continue
            if here - self._sentence_of(at) > _PRONOUN_ORG_SENTENCES:
                break
            first, _, second = pair.partition(" and ")
            surname = second.rsplit(" ", 1)[-1]
            if " " in first or " " not in second:
                return None  # not a couple written with one surname
            both = (f"{first} {surname}", second)
            if owner:
                return both[1] if owner == both[0] else both[0] if owner == both[1] else None
            fits = [n for n in both if _gender_of(n) == gender]
            if not fits:  # the other's given name tells, when only one is known
                fits = [n for n in both if _gender_of(n) not in ("", gender)]
                fits = [n for n in both if n not in fits] if len(fits) == 1 else []
            return fits[0] if len(fits) == 1 else None
        return None

    def owned_by(self, phrase: str, pos: int) -> str:
        """A source owned by a pronoun, with the owner named: "his office" at ``pos`` after
        "Prime Minister Luís Montenegro" is "Prime Minister Luís Montenegro's office", "its
        chairman" after "the water company" is "the water company's chairman"; "his office" when
        no one fits. Any other phrase as it is."""
        word, _, rest = phrase.partition(" ")
        pronoun = _POSSESSIVE_PRONOUNS.get(word.lower())
        if pronoun is None or not rest or (word[:1].isupper() and rest.startswith(_STYLES)):
            return phrase  # "His Honour Judge Pryor", "Her Majesty's Inspectorate": a style, no owner
        if rest in _SPOUSES and (spouse := self._spouse_in_couple(pos, _SPOUSES[rest])) is not None:
            return spouse  # "Mark and Jenny Fraser …. His wife said": Jenny Fraser
        owner, _ = self.resolve_pronoun(pronoun, pos)
        if rest in _SPOUSES and owner and (spouse := self._spouse_in_couple(pos, "", owner)) is not None:
            return spouse  # "Tasha and Andre Booker …. Tasha Booker said …. Her husband said": Andre
        if not owner:
            return f"{word.lower()} {rest}"
        owner = self.named_org(owner, pos)
        if owner[:1].isupper() and owner.split()[0] in _DETERMINERS:
            owner = owner[0].lower() + owner[1:]  # "The company" -> "the company's …"
        mark = "'" if pronoun == "they" and owner.endswith("s") else "'s"
        return f"{owner}{mark} {rest}"

    def resolve_pronoun(
        self, pronoun: str, pos: int, continuing: bool = False
    ) -> tuple[str | None, tuple[str, ...]]:
        """(display name, aliases) of the antecedent of a pronoun speaker, or (None, ()).
        ``continuing``: the verb goes on with what was said ("added"): the last speaker first."""
        kind = _PRONOUNS.get(pronoun)
        if kind is None and _AGED.fullmatch(pronoun):  # "the 52-year-old (woman)"
            kind = "person"
        if kind == "person":
            key = self.person_antecedent(pos, _pronoun_gender(pronoun), continuing)
            return self._key_names(key) if key is not None else (None, ())
        if kind in ("org", "group"):
            org = self.org_antecedent(pos, plural_ok=kind == "group")
            if kind == "group" and (both := self._both_said_before(pos, org)) is not None:
                return both, ()  # "The couple said …. They said": the couple
            if org is None:
                return None, ()
            named = self.full_org(org, pos)
            if named[:4] == "The " and named[4:].islower():  # "The campaigners" opening a sentence
                named = "t" + named[1:]
            if named.split(" ", 1)[0] in _POSSESSIVE_PRONOUNS:
                named = self.owned_by(named, pos)  # "her family": "Rosalind Tennant's family"
            return named, ()
        if _BOTH_OF_THEM.fullmatch(pronoun):  # "Both men", "The pair": two people named together
            here = self._sentence_of(pos)
            for at, pair in reversed(self.pair_phrases):
                if at < pos and here - self._sentence_of(at) <= _PRONOUN_ORG_SENTENCES:
                    self.both_said.append((pos, pair))
                    return pair, ()
            as_written = pronoun[0].lower() + pronoun[1:]
            self.both_said.append((pos, as_written))
            return as_written, ()  # as written, when none
        if pronoun == "One":
            return self.one_of(pos), ()
        if pronoun == "Another":
            return self.another(pos), ()
        return None, ()

    def _both_said_before(self, pos: int, org: str | None) -> str | None:
        """The two people a speaker such as "The couple" or "Both men" stood for in the sentence
        before ``pos`` or the one before that, when no organisation was named since: "they"."""
        if not self.both_said or self.both_said[-1][0] >= pos:
            return None
        at, who = self.both_said[-1]
        if self._sentence_of(pos) - self._sentence_of(at) > 2:
            return None
        if org is not None:
            k = bisect.bisect_left(self.org_positions, pos) - 1
            if k >= 0 and self.org_positions[k] > at:
                return None  # an organisation named after them: "they" may be it
        return who

    def another(self, pos: int) -> str | None:
        """ "Another" opening a sentence after "One Labour MP … said" in the two sentences before:
        "another Labour MP"; after people in the plural ("Witnesses … One told … Another said"):
        "another of the witnesses"; else None."""
        here = self._sentence_of(pos)
        k = bisect.bisect_left(self.ones, (pos,)) - 1
        if k >= 0 and here - self._sentence_of(self.ones[k][0]) <= 2:
            return "another " + self.ones[k][1]
        one = self.one_of(pos, sentences=2)
        return "another" + one[3:] if one is not None else None

    def one_of(self, pos: int, sentences: int = 1) -> str | None:
        """ "One" opening a sentence after people in the plural in this sentence or the one before
        ("Witnesses described … One told the Bristol Post"): "one of the witnesses"; else None."""
        here = self._sentence_of(pos)
        i = bisect.bisect_left(self.org_positions, pos) - 1
        while i >= 0 and here - self._sentence_of(self.org_positions[i]) <= sentences:
            name = self.org_names[i]
            if self.org_plural[i] or _head_noun(name).lower() in PLURAL_PEOPLE_NOUNS:
                first, _, rest = name.partition(" ")
                if first in _DETERMINERS and rest:
                    return f"one of the {rest}"
                if first.lower() in PLURAL_PEOPLE_NOUNS:
                    name = first.lower() + (" " + rest if rest else "")
                return f"one of the {name}"
            i -= 1
        return None

    def full_org(self, name: str, pos: int) -> str:
        """An organisation called by a common noun shown by its name, when named before: "the
        company" ("OpenAI"), "The Bank" ("Bank of England"); any other name as it is."""
        if name[:4] in ("the ", "The "):
            named = self.named_org(name, pos)
            if (
                named == name
                and name[4:] in _FORWARD_NOUNS
                and self._sentence_of(pos) <= _LEDE_SENTENCES
                and (ahead := self._named_ahead(name[4:], pos, _AHEAD_SENTENCES)) is not None
            ):
                # the story's opening line names the body in the sentence after it: "Drivers will
                # strike next week, the union said. The Northern Transit Workers Union (NTWU) said …"
                return ahead
            return named
        if "-based " in name and (noun := name.rsplit(" ", 1)[-1]) in _FIRM_NOUNS:
            # "The San Francisco-based firm said" after OpenAI: where it is based is no name
            named = self.named_org("the " + noun, pos)
            return named if named != "the " + noun else name
        words = name.split()
        if 1 < len(words) <= 3 and words[-1] in _FIRM_NOUNS and all(w[:1].isupper() for w in words[:-1]):
            # "the South Korean firm said" after Samsung (shown without its article, as a name)
            named = self.named_org("the " + words[-1], pos)
            return named if named != "the " + words[-1] else "the " + name
        if " " not in name and name[:1].isupper() and name.lower() in ORGANISATION_NOUNS:
            # "The Bank said" after "the Bank of England", named as an organisation or as the
            # subject of a sentence, however long before
            for named, _, _ in self._names_before(pos):
                if " " in named and name in named.split():
                    return named
        if (
            " " not in name
            and self._sentence_of(pos) < _HEADLINE_SENTENCES
            and name.lower() in _FORWARD_NOUNS
        ):
            # a headline's bare noun ("… as union warns of summer of disruption"): the one of its
            # kind the story names first, a few sentences on
            return self._named_ahead(name.lower(), pos) or name
        return name

    def _named_ahead(self, noun: str, pos: int, sentences: int = _TITLE_SENTENCES) -> str | None:
        """The first organisation named in the few sentences after ``pos`` that the common noun
        could be: its word in the name ("Union", or "Federation" for a union) or its kind."""
        word = _ORG_NOUN_IN_NAME.get(noun, noun.capitalize())
        head = _org_kind(noun)
        last = self._sentence_of(pos) + sentences
        i = bisect.bisect_right(self.org_positions, pos)
        while i < len(self.org_positions) and self._sentence_of(self.org_positions[i]) <= last:
            name = self.org_names[i]
            if name[:1].isupper():
                if head in self.org_kinds.get(name, ()):
                    return name
                if (named := _named_for(name, noun, word)) is not None:
                    return named
                if noun in _ANY_FIRM and not _no_business(name) and name not in self.workplaces:
                    return name  # "…, company says" over "Fenwick Bio said on Monday …"
            i += 1
        return None

    def titled_ahead(self, pos: int, title: str, sentences: int = 0) -> int:
        """The group of the first person with ``title`` named in the few sentences after ``pos``
        (a headline's "Finance minister promises …" over "Finance Minister Ravi Dhillon tabled …"),
        else -1."""
        last = self._sentence_of(pos) + (sentences or _TITLE_SENTENCES)
        titles = [title, *_TITLES_OF_THE_SAME.get(title, ())]  # a headline's "Judge" is "Justice …"
        i = bisect.bisect_right(self.positions, pos)
        while i < len(self.positions) and self._sentence_of(self.positions[i]) <= last:
            gi = self.mention_group[i]
            if any(self._holds(gi, t, f" {t} ") for t in titles) and self._names_a_person(gi):
                return gi
            i += 1
        return -1

    def _story_start(self, pos: int) -> int:
        """Where the story holding ``pos`` begins in a roundup of several under datelines (0 else)."""
        k = bisect.bisect_right(self.story_starts, pos) - 1
        return self.story_starts[k] if k >= 0 else 0

    def _names_before(self, pos: int, sentences: int | None = None) -> Iterator[tuple[str, bool, bool]]:
        """Organisations, then names opening a sentence, named before ``pos``, the latest first:
        (name, a group of people, a sentence's subject only); at most _FIRM_LOOKBACK of each (a page
        of names stays linear), within ``sentences`` sentences when given."""
        here = self._sentence_of(pos)
        story = self._story_start(pos)
        for positions, names, plural in (
            (self.org_positions, self.org_names, self.org_plural),
            (self.subject_positions, self.subject_names, None),
        ):
            i = bisect.bisect_left(positions, pos) - 1
            stop = max(-1, i - _FIRM_LOOKBACK)
            while (
                i > stop
                and positions[i] >= story
                and (sentences is None or here - self._sentence_of(positions[i]) <= sentences)
            ):
                yield names[i], bool(plural and plural[i]), plural is None
                i -= 1


# A person referred to by age, as news does after naming them: "the 52-year-old", "the
# 34-year-old man"; a pronoun-like speaker resolved as he/she are
# (or by nationality or what they are: "the Dutchman", "the 27-year-old Spaniard", "the
# billionaire")
_PERSON_EPITHETS = DEMONYMS | EPITHETS
_AGED = re.compile(
    # (an award or a place before the noun: "the 31-year-old Grammy winner", "the 27-year-old Kenyan
    # striker")
    r"[Tt]he (?:\d{1,3}-year-old(?: (?:[A-Z][\w\-]* )?(?:man|woman|boy|girl|father|mother|winner|champion|"
    + trie_alternation(_PERSON_EPITHETS)
    + r"))?|"
    + trie_alternation(_PERSON_EPITHETS)
    + r")(?![\w\-])"
)
_AGED_BEFORE = re.compile(r"(?<!\w)(" + _AGED.pattern + r")[ ]*\Z")
_FEMALE_AGED = ("woman", "girl", "mother", "actress", "grandmother")
_MALE_AGED = ("man", "boy", "father", "grandfather")


def _continuing_speakers(found: list[UnitAttribution], people: People) -> None:
    """ "he added", "she went on": the person who spoke in the sentences just before, when the
    last sentence to name its own speaker named a person of that sex (or of none known):
    'Hartley said …. Captain Lewis Adebayo has been out. "…," he added' is Hartley's. So is
    any he or she quoted ('"We are on track," he said') or opening its sentence ("She said …")
    right after a sentence whose own speaker is a person: that sentence's only."""
    starts = set(people.unit_starts)
    for i, att in enumerate(found):
        if not (att.pronoun and att.how and att.speaker.lower() in ("he", "she")):
            continue
        if att.how.split(" ", 1)[0] in CONTINUING_VERBS:
            reach = _CONTINUING_SENTENCES
        elif att.is_quote or att.speaker_pos in starts:
            # '"We are on track," he said.' or "She said …" right after "Jack Bloem said …": the
            # speaker of the sentence before, as news writes a quotation after its speaker's sentence
            reach = 1
        else:
            continue
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            before = found[k]
            if before.speaker is None or before.carried:
                continue
            who = before.speaker
            if before.speaker_pos is not None and (named := _person_inside(people, before)) is not None:
                who = named  # "Chief executive John Smith said": John Smith
            if before.pronoun and before.speaker.lower() == att.speaker.lower() and before.how:
                # 'He denied a suggestion from Mr Cosgrave. "I don't remember that," he said.': the
                # same "he" as the sentence before (resolved there, not to the name it mentions)
                att.speaker_pos = before.speaker_pos
                break
            if (
                reach == 1
                and not before.pronoun
                and (
                    _one_unnamed_person(who, att.speaker.lower()) or _someones_role(who, att.speaker.lower())
                )
            ):
                # "A nurse said the ward was unsafe. She said …": the nurse, not a woman named before
                att.speaker, att.speaker_pos, att.pronoun = who, before.speaker_pos, False
                break
            if (
                before.pronoun
                or not (
                    looks_like_person(who)
                    or (" " not in who and people.knows_surname(who))  # "Hartley", after "Neil Hartley"
                    # (the sentence right before: a name after a role the lexicon lacks, "Station
                    # Manager Ian Pike")
                    or (reach == 1 and _plainly_a_person(" ".join(who.split()[-2:])))
                )
            ):
                break  # a pronoun's or an organisation's: whom "he" stands for is found as usual
            if _gender_of(who) in ("", _pronoun_gender(att.speaker.lower())):
                att.speaker, att.speaker_pos, att.pronoun = who, before.speaker_pos, False
            break


# a speaker phrase that names no one ("Not everyone", "Nobody"), and the word of a doubt right
# before a speaker ("whether officers believed")
_NO_ONES = frozenset("Not not Nobody nobody None none Whether whether".split())
_WH_BEFORE = ("whether ", "Whether ")  # ("what X said" is X's when their words follow: see below)


def _one_unnamed_person(phrase: str, pronoun: str) -> bool:
    """Whether ``phrase`` is one person no one names ("A nurse", "one resident", "a spokeswoman
    for the trust"), whom ``pronoun`` ("he", "she") may stand for by their sex."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one", "another"):
        return False
    head = _head_noun(phrase).lower() or words[-1].lower()
    if head not in _PERSON_WORDS:
        return False
    return _role_gender(head) in ("", _pronoun_gender(pronoun))


def _role_gender(head: str) -> str:
    """'f', 'm' or '' (either) for a word naming a person ("spokeswoman", "man", "nurse")."""
    if head in FEMALE_SOURCE_NOUNS:
        return "f"
    if head in MALE_SOURCE_NOUNS:
        return "m"
    return _GENDERED_PEOPLE.get(head, "")


def _person_inside(people: People, att: UnitAttribution) -> str | None:
    """The person named inside a speaker phrase ("Chief executive John Smith"), as the text
    names them there, or None."""
    start = att.speaker_pos or 0
    # the last named inside it: "Kestrel Bay head coach Gareth Lloyd-Evans" is the coach, not the
    # club that reads as a name before him
    k = bisect.bisect_left(people.positions, start + len(att.speaker or "")) - 1
    if k >= 0 and people.positions[k] >= start:
        if _someones_role(att.speaker or "", ""):
            return None  # "Tom Pell's brother": whose brother, not who speaks
        return people.groups[people.mention_group[k]].surfaces[0]
    return None


def _someones_role(phrase: str, pronoun: str) -> bool:
    """Whether ``phrase`` is a person by whose they are ("Tom Pell's brother", "the judge's wife"),
    of the sex of ``pronoun`` when one is given."""
    owner, mark, head = phrase.rpartition("'s ")
    if not mark:
        owner, mark, head = phrase.rpartition("’s ")
    if not (mark and owner and head.isalpha() and head.islower() and head in _PERSON_WORDS):
        return False
    return not pronoun or _role_gender(head) in ("", _pronoun_gender(pronoun))


# the verbs that go on with what someone said: their pronoun is the last speaker's
CONTINUING_VERBS = frozenset("added adds continued continues".split())


def _pronoun_gender(pronoun: str) -> str:
    """'m', 'f' or '' (either) for a person pronoun or a reference by age."""
    last = pronoun.rsplit(" ", 1)[-1].lower()
    if last in ("he", *_MALE_AGED) or (last.endswith("man") and not last.endswith("woman")):
        return "m"  # "the Dutchman"
    if last in ("she", *_FEMALE_AGED) or last.endswith("woman"):
        return "f"
    return ""


@lru_cache(maxsize=8192)
def _gender_of(surface: str) -> str:
    tokens = surface.split()
    for t in tokens:
        if t in _MALE_TITLES:
            return "m"
        if t in _FEMALE_TITLES:
            return "f"
    given = _given_name(surface)
    if given in FEMALE_NAMES:
        return "f"
    if given in MALE_NAMES:
        return "m"
    return ""


@lru_cache(maxsize=8192)
def _given_name(surface: str) -> str:
    """The word before the surname when it is a name, not a title: "Nikol" in "… Nikol Pashinyan",
    "Anouk" in "Union negotiator Anouk de Wit" (past the particles)."""
    tokens = name_tokens(surface)
    if len(tokens) > 1 and _family_name_first(tokens):
        return tokens[1]  # "Jinping" in "Xi Jinping"
    k = len(tokens) - 2
    while k >= 0 and tokens[k].lower() in NAME_PARTICLES:  # "Von der Leyen" opening a sentence
        k -= 1
    if k < 0:
        return ""
    word = tokens[k]
    if word in PERSON_TITLES or word.rstrip(".") in PERSON_TITLES or len(word.rstrip(".")) == 1:
        return ""
    return word


_KNIGHTS = frozenset(("Sir", "Dame"))
# the word an organisation's name holds for the noun it is called by ("the force": "Kent Police")
_ORG_NOUN_IN_NAME = {"force": "Police"}
_STAMP_WORDS = WEEKDAYS | MONTHS | WEEKDAY_ABBREVIATIONS
_BODY_ENDINGS = ORGANISATION_NOUNS - {"police", "party", "court", "club"}
# an organisation noun after whose it is, in the plural: "farmers' federation", "teachers' union"
_WHOSE_BODY = re.compile(r"([a-z]+s)['’][ ]+(" + "|".join(sorted(ORGANISATION_NOUNS)) + r")")
# the last word of a sports club's name ("Kingsmoor Town", "Halden United")
_CLUB_ENDINGS = frozenset(
    "Town United City Rovers Athletic Wanderers Albion County FC AFC Rangers Celtic Hotspur Olympic".split()
)
_ANY_FIRM = frozenset("company firm group business".split())  # what every business is called
# What an organisation other than a business is called ("the charity", "the agency"), and of those
# what no public body is
_BODY_NOUNS = frozenset(
    "charity agency union regulator watchdog body organisation organization trust society foundation "
    "association campaign commission authority".split()
)
_PRIVATE_BODY_NOUNS = frozenset("charity union trust society foundation association campaign".split())
# a headline's bare nouns for an organisation the story names after it ("union warns"), and how
# many sentences open a text as its headlines
_FORWARD_NOUNS = frozenset(
    "union council regulator watchdog airline carrier operator firm company bank insurer charity".split()
)
_HEADLINE_SENTENCES = 3
# a story's opening sentences ("the union said" there may name its union in the sentence after)
_LEDE_SENTENCES = 4
_AHEAD_SENTENCES = 1
_PUBLIC_BODY_NOUNS = frozenset("regulator watchdog agency authority commission".split())
# words of a trade union's name ("National Union of Rail Workers", "Unite", "Aslef" in capitals)
_UNION_WORDS = frozenset(
    "Union Unite Federation Association Guild Brotherhood Congress Confederation Workers".split()
)
# the last word of a business's name ("Corvane Pharmaceuticals", "Hollin Energy plc"): no regulator
_BUSINESS_ENDINGS = frozenset(
    """Inc Inc. Corp Corp. Co. Ltd Ltd. plc PLC LLC Company Corporation Holdings Pharmaceuticals
    Pharma Industries Motors Airlines Airways Technologies Labs Laboratories Foods Stores Brands
    Securities Capital Partners""".split()
)
_FIRM_LOOKBACK = 60  # organisation mentions "the company" looks back over, at most
# What a business is called in lower case, after its name ("Greggs … the bakery chain")
_FIRM_NOUNS = frozenset(
    """company firm group retailer carmaker bank lender insurer airline operator chain supermarket
    chipmaker broadcaster publisher manufacturer producer developer utility supplier business brand
    giant maker planemaker automaker drugmaker miner brewery distillery bakery hotel studio label
    exporter importer house airport trust consultancy club marketplace platform startup""".split()
)
# Words of a newsroom's name ("Reuters", "ITV News", "The Herald", "BBC Radio 4"): a newsroom
# reports from its own sources ("The BBC understands"), and is never "the company" of a story
# about another ("Economists polled by Reuters")
_NEWSROOM_WORDS = frozenset(
    """Reuters AP AFP Bloomberg BBC CNN Sky PA ITV NBC ABC CBS Fox Interfax TASS Xinhua Yonhap Kyodo
    Guardian Times Telegraph Post Journal Press Associated Agence France-Presse Mail Mirror Sun
    Independent Observer Economist Politico Axios News Herald Gazette Chronicle Tribune Express
    Standard Echo Record Radio TV Television Magazine Financial FT Insider Newsnight Channel Courier
    Advertiser Sentinel Examiner Argus Dispatch Inquirer Enquirer Bulletin""".split()
)
# Words of a public body's name: never "the company"
_PUBLIC_BODY_WORDS = frozenset(
    """Ministry Department Council Government Agency Office Commission Police Court Parliament
    Committee Authority Service Regulator Party University Union Army Navy Assembly Senate Congress
    Treasury Inquiry Tribunal NHS EU UN NATO WHO WTO OECD Administration Bureau Institute Foundation
    Charity Society Federation Confederation Guild Brotherhood Directorate Inspectorate""".split()
)


# Lower-case words inside a name of capitalised words ("Bank of England", "Marks and Spencer")
_NAME_LINKS = NAME_PARTICLES | frozenset("of and for the le".split())
# A government called by where it sits ("Brussels said", "Washington says")
_SEATS_OF_GOVERNMENT = frozenset(
    """Brussels Washington Moscow Beijing Kyiv Kiev Tehran Paris Berlin London Tokyo Delhi Ankara
    Jerusalem Pyongyang Seoul Taipei Ottawa Canberra Whitehall Westminster Holyrood""".split()
    + ["Downing Street", "New Delhi", "the White House", "White House", "the Kremlin", "Kremlin"]
)


def _no_business(name: str) -> bool:
    """A public body or a newsroom, by a word of its name, or a government by its seat: never "the
    company" of a story."""
    return (
        name in _SEATS_OF_GOVERNMENT
        or is_newsroom(name)
        or any(w in _PUBLIC_BODY_WORDS for w in name.split())
    )


# a family, the antecedent of "they": "her family", "the Tennant family", "his family"
_FAMILY = re.compile(
    r"(?<![\w'])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?:[ ]+[A-Z][\w'\-]+)?)[ ]+family\b(?![ ]+of\b)"
)


_NAME_HEAD = re.compile(r" (?:for|of) ")  # where a body's name goes on to what it is for or of


def _holds_word(words: list[str], noun: str, word: str) -> bool:
    """Whether a name's ``words`` hold the word of ``noun`` ("Union" for "the union", and for a
    union a "Federation" or a "Guild" too)."""
    return (
        word in words
        or (noun == "union" and not _UNION_WORDS.isdisjoint(words))
        or (noun == "school" and not _SCHOOL_WORDS.isdisjoint(words))
    )


# what a school's name may be called besides "School": "St Aldhelm's Academy" is "the school"
_SCHOOL_WORDS = frozenset("Academy College Grammar High".split())


def _named_for(name: str, noun: str, word: str) -> str | None:
    """The organisation ``name`` is, if the noun could call it so: the name when its word stands
    before any "for" or "of" ("the force" is not the "Independent Office for Police Conduct"; "the
    office" is the "Office for National Statistics"), or the body whose members it names
    ("Members of the National Education Union" before "the union"); else None."""
    people, of, org = name.partition(" of ")
    if of and people.lower() in PLURAL_PEOPLE_NOUNS:
        return (org[4:] if org.startswith("the ") else org) if _holds_word(org.split(), noun, word) else None
    return name if _holds_word(_NAME_HEAD.split(name, maxsplit=1)[0].split(), noun, word) else None


# the words a party's name may hold besides "Party" ("Green Alliance", "Liberal Union")
_PARTY_NAME_WORDS = frozenset("alliance union front league movement coalition congress".split())


def _kind_clashes(name: str, kind: str) -> bool:
    """Whether the organisation's name says it is of another kind than ``kind`` ("Independent
    Office for Police Conduct" is an office, no force; "Green Alliance" may be a party)."""
    for w in _NAME_HEAD.split(name, maxsplit=1)[0].split():
        low = w.lower()
        if (
            low in ORGANISATION_NOUNS
            and _org_kind(low) != kind
            and _ORG_NOUN_IN_NAME.get(kind) != w
            and not (kind == "party" and low in _PARTY_NAME_WORDS)
        ):
            return True
    return False


def _plural_by_its_verb(norm: str, start: int, word: str) -> bool:
    """Whether one capitalised word opening a sentence is a plural by the verb after it ("Shops
    expect", "Bakers warn"; not "Greggs expects")."""
    if " " in word or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    verb = norm[start + len(word) + 1 : start + len(word) + 16].partition(" ")[0]
    return not verb.endswith("s") and verb + "s" in SPEECH_VERBS


def _short_form_of(one: str, other: str) -> bool:
    """Whether one name is the other's initials: "MHPA" and "Medicines and Health Products
    Authority" are one body."""
    short, full = (one, other) if len(one) < len(other) else (other, one)
    return (
        short.isupper()
        and " " not in short
        and len(short) >= 2
        and short == "".join(w[0] for w in full.split() if w[:1].isupper())
    )


def _a_name(phrase: str) -> bool:
    """Whether an organisation's phrase names one by its name: not a phrase opening with a
    determiner ("the firm"), nor source nouns alone ("Officials", "College")."""
    words = phrase.split()
    return words[0] not in _DETERMINERS and not all(w.lower() in SOURCE_NOUNS for w in words)


def is_newsroom(name: str) -> bool:
    """A newsroom by its name's last word ("Financial Times", "Sky News") or its first, when the
    last says no other body ("BBC Radio 4"; not the Financial Conduct Authority, the Post Office)."""
    words = name.split()
    return bool(words) and (
        words[-1] in _NEWSROOM_WORDS
        or (
            words[0] in _NEWSROOM_WORDS and words[-1] not in _PUBLIC_BODY_WORDS and words[-1] not in ORG_WORDS
        )
    )


# What an organisation is, in lower case, before its name ("shipping data firm Kpler", "property
# website Rightmove", "the union Unite"): the name is the source; the words before it describe it
_DESCRIPTOR_NOUNS = (
    ORGANISATION_NOUNS
    | _FIRM_NOUNS
    | frozenset(
        """website site consultancy pollster monitor platform provider app outlet body tank panel startup
        marketplace
        start-up conglomerate multinational magazine tabloid agency group museum gallery theatre
        zoo""".split()
    )
)
# What an organisation is to another, before its name ("Nvidia's rival AMD said", "Arcline's
# rival, Norcom, said", "The company's biggest shareholder, Vanguard, said"): the name speaks.
# Not descriptions of their own (_DESCRIPTOR_NOUNS): a person may be a rival or an owner ("rival
# Keir Starmer"), so the name after one is never indexed as an organisation for that.
_ORG_RELATIONS = frozenset(
    """rival rivals competitor parent owner shareholder investor backer supplier partner
    subsidiary client customer lender insurer buyer bidder suitor sponsor landlord acquirer""".split()
)


# A name after them: a capital ("Kpler", "UNHCR") or a capital inside ("easyJet", "eBay"), and
# not a day or a month ("the company Monday said": a time, in American style)
_NAME_AHEAD = r"(?=[A-Z]|[a-z]+[A-Z])(?!" + _WHEN + ")"
# The description before the name, from its article if any: up to three words, the first of which
# may open the sentence in capitals or own the rest ("Shipping data firm Kpler", "UK regulator
# Ofcom", "China's state news agency Xinhua", "Headteachers' union NAHT")
_DESCRIPTION = (
    r"(?:(?:[Tt]he|[Aa]n?)[ ]+)?(?:(?:(?:[A-Z][\w\-]*[ ]+)?[A-Z][\w\-]*(?:'s|(?<=s)')|[A-Z][\w\-]*"
    r"|[a-z][a-z\-]*)[ ]+)??"
    r"(?:[a-z][a-z\-]*[ ]+){0,2}?"
    r"(?:" + trie_alternation(_DESCRIPTOR_NOUNS | _ORG_RELATIONS) + r")[ ]+" + _NAME_AHEAD
)
_DESCRIBED = re.compile(_DESCRIPTION)
_DESCRIBED_NAME = re.compile(_DESCRIPTION + r"(\S.*)")


# Where a clause may open with a document as its subject ("A statement from the palace said")
_CLAUSE_START_ARTICLE = re.compile(r"(?:^|(?<=[,;:(—]\s)|(?<=[\"“]))(?:[Aa]n?|[Tt]he)\s")
_OWNER_IN_LOWER_CASE = re.compile(r"(?:the|its|their|his|her)(?: [a-z][a-z\-]*){1,2}")


# a common-noun source and "and" before another: "The police and " (group 2: the noun)
_COMMON_SOURCE_AND = re.compile(r"((?:[Tt]he|[Tt]heir|[Ii]ts)[ ]+([a-z]+)[ ]+and[ ]+)\Z")


def _without_client(owner: str) -> str:
    """A document's maker without the newsroom it was made for: "YouGov for The Times" -> "YouGov"
    (not "Department for Education")."""
    maker, _, client = owner.partition(" for ")
    return maker if client and is_newsroom(client) else owner


def _document_subject(text: str, verb_at: int) -> tuple[str, int] | None:
    """The one whose document speaks by the verb at ``verb_at``, the document opening its clause:
    "A statement from Tesco said" -> ("Tesco", its place), "A letter from the council said" ->
    ("the council", …), "A statement from the palace said" -> ("the palace", …); or None."""
    for start in _CLAUSE_START_ARTICLE.finditer(text, max(0, verb_at - 120), verb_at):
        m = _WHOSE_DOCUMENT.match(text, start.start())
        if m is None or m.end() >= verb_at:
            continue
        rest = text[m.end() : verb_at].rstrip(" ,")
        if _OWNER_IN_LOWER_CASE.fullmatch(rest) is not None:
            return rest, m.end()  # "the palace", as written
        owner = _phrase_after(text, m.end())
        if owner is not None and rest.endswith(owner) and len(rest) - len(owner) <= 4:
            return _without_client(owner), m.end() + len(rest) - len(owner)
    return None


def _after_owned_role(taken: list[tuple[str, int]]) -> int:
    """Where the name starts after someone's role ("Her Downton Abbey co-star Hugh Bonneville",
    "Their lawyer Sarah Jones": the place of the name, from the phrase's start), or 0."""
    if len(taken) < 4 or taken[0][0].lower() not in _POSSESSIVE_PRONOUNS:
        return 0
    j = max((k for k, (w, _) in enumerate(taken) if w[:1].islower()), default=0)
    if j == 0 or len(taken) - j - 1 < 2:
        return 0
    return taken[j + 1][1] - taken[0][1]


def _after_seat(phrase: str) -> int:
    """Where the name starts after a seat's letters ("Labour MP Dawn Butler", "SNP MSP Kate
    Forbes": the place of the name), or after the words before a name that are no part of it
    ("Patient Susan Hale", "Prosecutor Simon Aldridge"), or 0."""
    k = 0
    lead = 0  # past the run of such words opening the phrase
    for word in phrase.split(" ")[:-2]:
        k += len(word) + 1
        if word in POSTNOMINALS:
            return k
        if word in BEFORE_A_NAME and lead == k - len(word) - 1:
            lead = k
    return lead


def _is_org_name(phrase: str) -> bool:
    """A name in capitals, maybe after "the": "Ofwat", "the Rivers Trust", "easyJet"."""
    words = phrase.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not words[0].islower()
        and not words[0][:1].isdigit()
        and all(not w.islower() or w in _CONNECTORS for w in words)
    )


_RELATIVE_CLAUSE = re.compile(r" (?:that|which|who|representing|running|owning|operating|behind|for) ")


def _describes_org(phrase: str) -> bool:
    """A common noun for an organisation, with its article or owner: "the regulator", "its parent
    company", "the water company", "Germany's statistics office", "Arcline's rival"."""
    words = phrase.split()
    if words and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]  # "…, but one water company, Thames Valley Water, said"
    owner = next((k for k, w in enumerate(words[:3]) if w.endswith("'s") and w[:1].isupper()), -1)
    if owner >= 0 and all(w[:1].isupper() for w in words[:owner]):
        words = ["the", *words[owner + 1 :]]  # "J.K. Rowling's company", "Germany's statistics office"
    return (
        1 < len(words) <= 4
        and (
            words[0].lower() in _DETERMINERS
            or words[0].lower() in _POSSESSIVE_PRONOUNS
            or words[0].lower() in ("one", "another")  # "one water company, Thames Valley Water,"
        )
        and all(w.islower() for w in words[1:])
        and (words[-1] in _DESCRIPTOR_NOUNS or words[-1] in _ORG_RELATIONS)
    )


def _described_name(phrase: str) -> int:
    """Where the name starts in a source phrase that describes it first ("Shipping data firm
    Kpler" -> the place of "Kpler"), or 0 for any other phrase."""
    first, _, rest = phrase.partition(" ")
    if first in LEADING_DESCRIPTORS and rest[:1].isupper():
        return len(first) + 1  # "Developer Barratt Homes": Barratt Homes
    m = _DESCRIBED_NAME.fullmatch(phrase)
    if m is None:
        return 0
    words = m.group(1).split()
    if not all(w[:1].isupper() or w in _CONNECTORS or not w.islower() for w in words):
        return 0  # "the firm Kpler hired": not a name to its end
    return m.start(1)


@lru_cache(maxsize=8192)
def _knight_form(surface: str) -> tuple[str, str] | None:
    """("Sir", "Keir") for "Sir Keir", the short form of a knight's or a dame's name, else None."""
    tokens = surface.split()
    if len(tokens) == 2 and tokens[0] in _KNIGHTS:
        return tokens[0], tokens[1].removesuffix("'s")
    return None


# one of those right before a name
_RANK_BEFORE = re.compile(
    r"(?<![\w.])(Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Rev|Canon|Bishop|Cllr)\.?[ ]\Z"
)
# the words before "posts" that make it a noun ("social media posts", "blog posts")
_POST_NOUN_BEFORE = (
    *("media ", "blog ", "Facebook ", "Instagram ", "online ", "social ", "X ", "TikTok "),
    # offices held: "both hold party posts", "two cabinet posts", "senior posts"
    *("party ", "cabinet ", "government ", "ministerial ", "senior ", "top ", "key ", "hold ", "holds "),
    *("held ", "two ", "three ", "several ", "many ", "both ", "official ", "leadership ", "board "),
)
# a thing shared or handed out that makes a claim, opening a sentence (group 1: as written, 2:
# the thing, 3: its verb): "A viral post claims", "A Conservative leaflet says", "A TikTok video
# viewed 2 million times says", "The post, which shows a £20 note, says"
_SHARED_THING = re.compile(
    r"((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne)[ ]+(?:[\w\-']+[ ]+){0,3}?"
    r"(post|video|leaflet|message|tweet|meme|graphic|image|clip|advert|flyer|email|petition|headline"
    r"|Facebook post|TikTok video))"
    r"(?:[ ]+(?:shared|viewed|seen|posted|circulating|liked|watched|sent|delivered|published)"
    r"[ ]+(?:[^,.;:!?\"]|(?<=\d)[,.](?=\d)){1,60}?|,[ ]+which[ ]+[^,.;:!?\"]{1,60},)?"
    r"[ ]+(claims|claimed|says|said|suggests|suggested|states|stated|alleges|alleged|warns|warned"
    r"|tells|told|asserts|asserted|promises|promised)\b"
)
# a verb right after a speech verb: the speech verb is inside a clause whose subject is missing
# ("the target the WHO says is needed", "a claim experts say is false")
_GAP_AFTER = re.compile(r"[ ]+(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must)\b")
# a headline's subject and verb: a capitalised word and up to two in lower case, then the verb
_HEADLINE_SUBJECT = re.compile(
    r"([A-Z][\w'\-]*(?:[ ][a-z][\w'\-]*){0,2})[ ]+(tells|says|warns|claims|insists|denies|admits|vows"
    r"|pledges|promises|urges|say|warn|claim|insist|deny|admit|vow|pledge|promise|urge)\b"
)
_PLURAL_HEADLINE_VERBS = frozenset("say warn claim insist deny admit vow pledge promise urge".split())
# speech verbs that are also plural nouns ("estimates", "forecasts", "posts", "claims")
_NOUN_VERBS = frozenset("estimate estimates forecasts posts claims reports projects states".split())
# the words before such a word that make it a noun ("above estimates", "analyst forecasts", "its
# claims"), and after it ("estimates differ", "posts have circulated")
_BEFORE_A_NOUN = frozenset(
    """above below of than with beat beats missed misses topped exceeded exceeds consensus analyst
    market official previous earlier initial own similar such these those western independent latest
    new its their his her our my your the a an other many some several any news from in insurance benefit
    benefits compensation jobless unemployment expense expenses warranty welfare pension damage
    member nation island neighbouring neighboring coastal all both""".split()
)
_AFTER_A_NOUN = frozenset(
    """differ differs vary varies have has had are were show showed shows suggest suggested range
    ranged circulated circulate spread put rose fell increased decreased jumped climbed dropped soared
    surged doubled totalled totaled reached hit""".split()
)


def _used_as_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the speech verb at ``m`` ("estimates", "posts") is a plural noun here: after a word
    that only a noun follows, or before a verb of its own."""
    before = text[max(0, m.start() - 20) : m.start()].rstrip(" ").rsplit(" ", 1)[-1].lower()
    after = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return (
        before in _BEFORE_A_NOUN
        or (after is not None and after.group(0) in _AFTER_A_NOUN)
        # "below Wall Street estimates", "beat analysts' forecasts": what is compared to, a noun
        or (m.group(1) in _NOUN_VERBS and _COMPARED_WITH_NAME.search(text, max(0, m.start() - 50), m.start()))
    )


_COMPARED_WITH_NAME = re.compile(
    r"\b(?:below|above|than|beat|beating|beats|missed|missing|misses|topped|exceeded|exceeding|matched"
    r"|consensus)[ ]+(?:[A-Z][\w'’.&\-]*[ ]+){1,3}\Z"
)


# the things "posted" describes right after them ("a statement posted on its channels", "a video
# posted overnight"): a participle of the thing, not a speech verb of its own
_POSTED_THINGS = tuple(
    f"{noun} "
    for noun in """statement statements video videos message messages note notice update post clip
    footage photo photos picture image letter thread comment comments recording""".split()
)
# people by their sex: "A woman said … she said" (a role, as "a neighbour" is)
_GENDERED_PEOPLE = {"woman": "f", "girl": "f", "man": "m", "boy": "m"}
# words for a person ("A neighbour, Ruslan Beg, said")
_PERSON_WORDS = PERSON_SOURCE_NOUNS | _ROLE_WORDS | frozenset(_GENDERED_PEOPLE)
# an age before a name in apposition ("81-year-old Dennis Harper")
_AGE_BEFORE_NAME = re.compile(r"\d{1,3}-year-old[ ]+(?=[A-Z])")
# Degrees and honours written between commas after a name ("Helen Ross, MBA, said")
_LETTERS_AFTER_A_NAME = POSTNOMINALS | frozenset(
    "MBA MSc BSc MA BA PhD DPhil MD FRCP FRCS OBE MBE CBE".split()
)
# Styles of office written with "His" or "Her", no possessive ("His Honour Judge Pryor")
_STYLES = ("Honour ", "Majesty", "Excellency", "Holiness", "Royal Highness", "Grace ", "Worship")
# Two people as a subject ("Both men", "The pair", "The two women", "The couple"), right before the
# verb group; the words it opens with
_BOTH_PHRASE = (
    r"(?:[Bb]oth|[Tt]he[ ]+two)[ ]+(?:men|women|brothers|sisters|friends|climbers|victims|officers|players)"
    r"|[Tt]he[ ]+(?:pair|couple|duo)"
)
_BOTH_OF_THEM = re.compile(_BOTH_PHRASE)
_BOTH_BEFORE = re.compile(rf"({_BOTH_PHRASE})[ ]*\Z")
_BOTH_OPENERS = frozenset("Both both two The the".split())
# a body, then who set it up or chairs it, then its verb: "The panel, chaired by a retired judge,
# Justice Halima Yusuf, said"
_BODY_BEFORE_ITS_AGENT = re.compile(
    r"((?:[Tt]he|[Aa]n?)[ ]+(?:[\w\-]+[ ]+){0,3}?(?:panel|committee|inquiry|commission|board|team|review"
    r"|group|taskforce|task[ ]force|tribunal|council|investigation|working[ ]group))"
    r",?[ ]+(?:chaired|led|headed|set[ ]up|appointed|run|commissioned|established|created|convened|overseen)"
    r"[ ]+by[ ]+[^.;:!?\"“”]{2,120}?,?[ ]+(?:(?:has|have|had|also)[ ]+)*\Z"
)
_LINKED_TO = (" close to ", " familiar with ", " friend of ", " friends of ", " near ", " of ", " for ")
# Titles that tell two people of one surname apart ("Dr Hargreaves" beside Sir Alan Hargreaves)
_RANKS = frozenset(
    "Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Judge Rev Rev. Canon Bishop Cllr Councillor".split()
)


# Family names written first (Chinese, Korean: "Xi Jinping" is Mr Xi, "Park Min-young" Ms Park):
# those that are no English given name, and Korean ones that may be (then known by the given
# name's hyphen, "Lee Jae-myung", or by three short words, "Kim Jong Un", "Yoon Suk Yeol")
_CHINESE_FAMILY_NAMES = frozenset(
    """Xi Wang Zhang Liu Zhao Zhou Huang Xu Guo Zheng Xie Deng Cao Peng Zeng Xiao Tian Yuan Cai Jiang Qin
    Liang Feng Luo Gao Zhu Li Hu Wen""".split()
    # as Singapore and Malaysia write them ("Tan Wei Liang" is Mr Tan)
    + """Tan Lim Ng Wong Chan Goh Ong Teo Koh Chua Lau Yeo Chong Leong Loh Quek Seah Soh Tay Toh Yap Foo
    Heng Kwek Chia Chew Ang""".split()
)
_KOREAN_FAMILY_NAMES = frozenset(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Moon Kwon Hwang Ahn".split()
)


def _starts_with_words(full: list[str], words: list[str]) -> bool:
    """Whether ``words`` are the first words of the name ``full`` (after its titles), and fewer."""
    k = 0
    while k < len(full) and full[k] in PERSON_TITLES:
        k += 1
    return len(full) - k > len(words) and full[k : k + len(words)] == words


def _family_name_first(tokens: list[str]) -> bool:
    first = tokens[0]
    if len(tokens) == 2 and first in _CHINESE_FAMILY_NAMES:
        return tokens[1] not in GIVEN_NAMES and tokens[1].isalpha()
    if first not in _KOREAN_FAMILY_NAMES and first not in _CHINESE_FAMILY_NAMES:
        return False
    given = tokens[1]
    if len(tokens) == 2:
        return "-" in given and given.split("-", 1)[1][:1].islower()  # "Min-young", "Jae-myung"
    return (
        len(tokens) == 3
        and given not in GIVEN_NAMES
        and all(len(t) <= 5 and t.isalpha() for t in tokens[1:])  # "Jong Un", "Suk Yeol"
    )


@lru_cache(maxsize=8192)
def _surname(surface: str) -> str:
    tokens = name_tokens(surface)
    named = tokens[1:] if len(tokens) > 2 and tokens[0] in PERSON_TITLES else tokens  # "Mr Tan Wei Liang"
    last = named[0] if len(named) > 1 and _family_name_first(named) else tokens[-1]
    return _surname_key(last[:-2] if last.endswith("'s") else last)


def _article_surname(word: str) -> bool:
    """A surname with the Arabic article in lower case: "al-Rashid", "el-Baz" (a cheap test first)."""
    return (word[2:3] == "-" or word[3:4] == "-") and ARTICLE_SURNAME.fullmatch(word) is not None


def _surname_key(surname: str) -> str:
    """A surname as it is indexed: "El-Baz" opening a sentence is "el-Baz" (the article in lower case)."""
    if surname[2:3] == "-" or surname[3:4] == "-":
        low = surname[0].lower() + surname[1:]
        if ARTICLE_SURNAME.fullmatch(low):
            return low
    return surname


def surname_of(surface: str) -> str:
    """The surname a person's name ends with ("Grey" in "prosecutor Alison Grey KC")."""
    return _surname(surface)


@lru_cache(maxsize=4096)
def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:2] != b[:2] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    return _edit_distance(a.lower(), b.lower()) <= (1 if max(len(a), len(b)) < 8 else 2)


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance. The letters two names begin and end with alike ("Mal…ton") change
    nothing, so only those between are compared: a handful, not every pair of letters."""
    n, p = min(len(a), len(b)), 0
    while p < n and a[p] == b[p]:
        p += 1
    n, s = n - p, 0
    while s < n and a[-1 - s] == b[-1 - s]:
        s += 1
    a, b = a[p : len(a) - s], b[p : len(b) - s]
    if not a or not b:
        return len(a) + len(b)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _speaking_given_name(speaker: str) -> bool:
    """A given name and a capitalised word that speak: a person, even where the second word ends
    a place's name ("Chris Bridge said", "Wes Street said": a bridge or a street says nothing)."""
    words = speaker.split()
    # (and "Khalid bin Saeed al-Mansoori said": names, particles and the Arabic article after it)
    return (
        2 <= len(words) <= 5
        and words[0] in GIVEN_NAMES
        and all(w[:1].isupper() or w in NAME_PARTICLES or _article_surname(w) for w in words[1:])
        and words[-1] not in NAME_PARTICLES
        and words[-1] not in ORG_WORDS  # "the Ana Bokute Institute said": a body named after her
    )


_TITLE_LINKS = frozenset("of the and a an to in on for at with &".split())


def _short_quotes_of_speakers(
    norm: str, units: list[Span], quotes: list[tuple[int, int]], found: list[UnitAttribution]
) -> None:
    """A word or two quoted in a sentence that names who speaks, after the speaker: their words
    ("Her lawyer said she was "deeply ashamed"", "… it had "no record" of the call"), a
    quotation; not a name or a title, nor a word quoted in the article's own voice (no speaker)."""
    if not quotes:
        return
    starts = [q[0] for q in quotes]
    for u, att in zip(units, found, strict=True):
        if att.is_quote or not att.own or att.speaker is None or att.refers:
            continue
        if (
            att.speaker_pos is None
            or att.how is None
            or (verb := att.how.split(" ", 1)[0]) not in _REPORTING_VERBS
            and verb not in _SAYS
            and verb not in _QUOTING_VERBS
        ):
            continue
        # (after a verb of judging, two words at least: 'accused them of "land banking"', not 'of
        # "vandalism"')
        judging = verb not in _REPORTING_VERBS and verb not in _SAYS
        k = bisect.bisect_left(starts, max(u.start, att.speaker_pos))
        while k < len(quotes) and quotes[k][1] <= u.end:
            if not _a_title_in_quotes(norm, quotes[k]) and not (
                judging and " " not in norm[quotes[k][0] : quotes[k][1]].strip(" \"'“”‘’.,!?")
            ):
                att.is_quote, att.quote = True, quotes[k]
                break
            k += 1


# the verbs after which a word or two quoted are the speaker's: those of reported speech, naming
# ("called the plan "a disaster"", "described it as "cruel""), claiming and conceding ("claimed
# that prices were "falling"", "acknowledged "serious problems"")
_SAYS = frozenset(
    """called calls described describes claimed claims acknowledged acknowledges admitted admits
    conceded concedes noted notes stated states wrote writes""".split()
)  # with _REPORTING_VERBS


# Verbs that judge what they speak of: 'dismissed the report as "nonsense"', 'hailed the deal as
# "historic"'; speech when a quotation follows soon, not "dismissed 40 staff", "praised the firefighters"
_JUDGING_VERBS = frozenset(
    """dismissed dismisses slammed slams hailed hails branded brands labelled labels labeled
    condemned condemns denounced denounces praised praises criticised criticises criticized
    criticizes""".split()
)
# and the verbs of judging and promising ('accused the developer of "land banking"', ', saying …
# "grey belt" land', 'dismissed it as "fantasy economics"')
_QUOTING_VERBS = _JUDGING_VERBS | frozenset(
    "accused accuses saying urged urges promised promises pledged pledges vowed vows".split()
)


def _a_title_in_quotes(norm: str, q: tuple[int, int]) -> bool:
    """A name or a title in quotation marks, no one's words: 'its "Aura Pro Max" glasses', 'the
    report "Fair Shares for All"' (every word capitalised but the small ones, no sentence mark)."""
    inner = norm[q[0] + 1 : q[1] - 1].strip(" ,")
    words = inner.split()
    return (
        1 < len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
        and not any(c in inner for c in ".!?;:")
        and words[0] not in ("I", "We", "You", "It")  # '"We Will Fight On"' may be a shout
    )


# a courtesy title right before a name ("Ms Oyelaran", "Mr. Fox"), at a word's start
_COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")
_COURTESY_TITLE_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(_COURTESY_TITLES) + r")\.?[ ]\Z")
# how those end, before the space (a cheap test first)
_TITLE_LAST_LETTERS = frozenset(t[-1] for t in _COURTESY_TITLES) | {"."}


def attribute(
    norm: str, units: list[Span], quotes: list[tuple[int, int]], signals: list[Signal]
) -> tuple[list[UnitAttribution], People]:
    """One :class:`UnitAttribution` per unit, plus the person index used for display names."""
    people = People()
    titled: list[tuple[int, str, str]] = []  # (place, "Ms Oyelaran", "Oyelaran")
    pairs: list[str] = []  # persons named two at a time
    for sg in signals:
        if sg.kind in ("person", "entity") and titled_as_no_person(norm, sg.start, sg.end):
            continue  # "whose album Paper Lanterns topped the charts", "the village of Saltmarsh Cove"
        if sg.kind == "person":
            people.add(sg.start, name := _strip_det(norm[sg.start : sg.end]))
            if (
                sg.start > 2
                and norm[sg.start - 1] == " "
                and (rank := _RANK_BEFORE.search(norm, max(0, sg.start - 12), sg.start))
            ):
                people.surface_ranks.setdefault(name, set()).add(rank.group(1))  # "Dr Ruth Hargreaves"
        elif sg.kind == "entity":
            name = _strip_det(norm[sg.start : sg.end])
            if name.endswith("'s"):
                pass  # "St Brendan's" (University Hospital): a place named for a saint, no person
            elif looks_like_person(name) or (
                " " in name
                and _after_person_noun(norm, sg.start)
                and looks_like_person(name, after_role=True)
            ):
                people.add(sg.start, name)
            elif " and " in name:
                # "Helen Marr and Robert Lane clashed": two people, known by their full names
                # ("Mr Lane" is Robert Lane), never the antecedent of "he" or "she" (which of them?)
                first, _, second = name.partition(" and ")
                title, _, rest = first.partition(" ")
                if title.endswith("s") and title[:-1] in PERSON_TITLES:
                    first = rest  # "Senators Ted Cruz and Marco Rubio"
                if (
                    len(second.split()) == 2
                    and (
                        (first in GIVEN_NAMES and second.split()[0] in GIVEN_NAMES)
                        # given names the lexicon lacks, one named in full elsewhere ("Tasha and
                        # Andre Booker" … "Tasha Booker said")
                        or (
                            " " not in first
                            and first[:1].isupper()
                            and f"{first} {second.split()[1]}" in norm
                        )
                    )
                ):
                    # "Mark and Jenny Fraser": Mark Fraser; "Fraser" alone is either of them
                    first = f"{first} {second.split()[1]}"
                    people.shared_surnames.add(second.split()[1])
                if looks_like_person(first) and looks_like_person(second):
                    pairs.extend((first, second))
                    people.pair_phrases.append((sg.start, name))  # "They said" after them: both
            elif (
                " " not in name
                and sg.start >= 3
                and norm[sg.start - 2] in _TITLE_LAST_LETTERS  # "Mr ", "Ms. ", "Dr "
                and (title := _COURTESY_TITLE_BEFORE.search(norm, max(0, sg.start - 6), sg.start))
            ):
                titled.append((title.start(), f"{title.group(1)} {name}", name))
    unit_starts = {u.start for u in units}
    speech_quotes = [
        q
        for q in quotes
        if not _a_title_in_quotes(norm, q)
        and norm.count(" ", q[0], q[1]) + 1 >= _MIN_QUOTE_WORDS
        # a short sentence quoted whole ('"Nothing happened."', '"No."', '"It's time," he said'), not
        # a word in quotation marks ('accused them of "vandalism."'): a quotation that opens its
        # sentence and ends as one does
        or (q[0] in unit_starts and norm[q[1] - 2 : q[1] - 1] in _SENTENCE_MARKS)
        # or any quotation a colon introduces ('He said: "No."', 'Ramblers' Association: "Great news."')
        or norm.endswith(": ", 0, q[0])
    ]
    cased = _recase_shouting(norm, units)
    people.quote_spans = speech_quotes
    found = [_find_speaker(cased, _without_colon_dateline(cased, u), speech_quotes) for u in units]
    for att in found:
        if (
            att.speaker is not None
            and att.speaker_pos is not None
            and not att.pronoun
            and (
                att.speaker.partition(" ")[0] in _NO_ONES
                or norm.endswith(_WH_BEFORE, max(0, att.speaker_pos - 9), att.speaker_pos)
            )
        ):
            # "Not everyone in Ebbmouth believes", "declined to say whether officers believed": no
            # one says the sentence's claim
            att.speaker = att.how = att.speaker_pos = None
            att.own = False
            continue
        if (
            att.speaker is not None
            and att.speaker.endswith(("'s", "’s"))
            and att.how
            and att.speaker_pos is not None
            and norm.startswith(" " + att.how.split(" ", 1)[0], att.speaker_pos + len(att.speaker))
            and looks_like_person(att.speaker[:-2])
        ):
            # "Governor Romney's called for …": he has called; not a shop's "Sainsbury's said"
            att.speaker = att.speaker[:-2]
    given_alone: list[tuple[int, str]] = []  # speakers named by a given name alone ("David")
    _documents_to_sources(found, _issued_documents(cased, units, found))
    _quantified_groups(units, found)
    _short_quotes_of_speakers(norm, units, quotes, found)
    _spokespeople_of_the_source_before(units, found)
    for att in found:
        if att.speaker and not att.pronoun and att.speaker_pos is not None:
            people.speaker_positions.add(att.speaker_pos)
            if att.speaker[:4] in ("One ", "one ") and att.speaker[4:5].strip():
                people.ones.append((att.speaker_pos, att.speaker[4:]))  # for "Another" after it
            if looks_like_person(att.speaker) or _speaking_given_name(att.speaker):
                people.add(att.speaker_pos, att.speaker)
            elif att.speaker in GIVEN_NAMES:
                given_alone.append((att.speaker_pos, att.speaker))
    # single surnames ("Aliyev") count as mentions once the full name is known
    people.build()
    for pos, given in given_alone:
        # "Her son, David, who runs the farm, said …. He said": a person by a given name alone,
        # the one named in full with it if there is one ("says Sandra" after "Sandra Okafor")
        if not people.knows_surname(given):
            gi = people.by_given_name(given)
            people.positions.append(pos)
            people.mention_group.append(gi if gi >= 0 else people.group_of(given, create=True))
    for surface in pairs:
        gi = people.group_of(surface)
        if gi < 0 or not people.groups[gi].given_names:  # (one named in full before keeps their forms)
            people.group_of(surface, create=True)
    for sg in signals:
        if sg.kind == "entity" and " " not in sg.text and people.knows_surname(sg.text):
            people.positions.append(sg.start)
            people.mention_group.append(people.group_of(sg.text, create=True))
    # a person the text names by title and surname alone ("Ms Oyelaran thanked volunteers. … she
    # said"), when no one named in full has that surname (then the mention is theirs, above)
    unknown = {surname for _, _, surname in titled if not people.knows_surname(surname)}
    for pos, surface, surname in titled:
        if surname in unknown:
            people.positions.append(pos)
            people.mention_group.append(people.group_of(surface, create=True))
    order = sorted(range(len(people.positions)), key=people.positions.__getitem__)
    people.positions = [people.positions[i] for i in order]
    people.mention_group = [people.mention_group[i] for i in order]
    people.unit_starts = [u.start for u in units] or [0]
    _continuing_speakers(found, people)
    for u in units:  # "Asked about the injury to Joel Ashworth, Stefan Kowalczyk smiled": the subject
        if (
            u.text.partition(" ")[0] in _OPENING_CLAUSE_WORDS
            and (opening := _CLAUSE_START.match(u.text)) is not None
        ):
            people.opening_clauses[u.start] = u.start + opening.end()
            if _INTERLOCUTOR.search(u.text, 0, opening.end()) is not None:
                people.interlocutor_clauses[u.start] = u.start + opening.end()
    _index_antecedents(norm, signals, found, people)
    _answers_to_my_questions(units, found)
    _share_quote_speakers(units, found)
    _quotes_before_verdicts(units, found)
    _follow_on_quotes(units, found, people)
    _carry_colon_sources(norm, units, found)
    _transcript_labels(norm, units, found, people)
    _interview_answers(norm, units, found, people)
    _embedded_posts(units, found)
    _named_quotes(norm, units, found)
    _headline_speakers(norm, units, found, people)
    _both_named_bodies(units, found, people)
    _findings_continued(units, found)
    _press_release(units, found)
    return found, people


# A paragraph opening with who speaks, a colon and a quotation, as a box of reactions writes it:
# 'Mick Dalton, general secretary of the RMT: "We have not had a pay offer."', 'Network Rail:
# "…"'. Group 1: the speaker (a role in lower case may stand before the name: "Rail minister
# Sarah Voss"); what follows a comma is the speaker's role.
_NAMED_QUOTE = re.compile(
    r"((?:[A-Z][\w.'’&\-]*[ ]+|(?:[a-z][\w\-]*[ ]+){1,2}(?=[A-Z]))*[A-Z][\w.'’&\-]*)"
    r"(?:,[ ]+[^:\"“”\n]{1,80})?:[ \t]+(?=[\"“‘'])"
)


def _named_quotes(norm: str, units: list[Span], found: list[UnitAttribution]) -> None:
    """The quotation after 'Name, role: ' opening a paragraph is that speaker's (how: "quoted"),
    and the claim is the quotation; so are the quotation's next sentences. Not the text's first
    line (a headline, see _headline_speakers) nor a label that is a notice ("Warning: '…'")."""
    for i, u in enumerate(units):
        if i == 0 or found[i].speaker is not None or not found[i].is_quote or not opens_paragraph(units, i):
            continue
        m = _NAMED_QUOTE.match(norm, u.start, u.end)
        if m is None or m.group(1).split()[0] in _NOT_LABELS or len(m.group(1).split()) > 6:
            continue
        k = i
        while k < len(units) and units[k].paragraph == u.paragraph and found[k].is_quote:
            f = found[k]
            if f.speaker is not None and k > i:
                break
            f.speaker, f.how, f.speaker_pos, f.pronoun = m.group(1), "quoted", m.start(1), False
            f.carried, f.own = False, True
            k += 1
        found[i].label_end = m.end()


# The signature line under a social-media post pasted from a web page: "— Olivia Grant MP
# (@OliviaGrantMP) March 3, 2026". Group 1: the author's name, group 2: the handle.
_POST_SIGNATURE = re.compile(
    r"[ \t]*(?:[-–—]{1,2}|A post shared by)[ \t]*([^\s()@][^\n()@]{0,60}?)[ \t]*\(@([\w.\-]{1,60}?)\)"
    r"(?:[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?)?"  # a time after the date
    r"[ \t]*\.?[ \t]*"
)


# An interview's labels opening a paragraph: "Q:" / "A:", or "Q." / "A." (see _interview_answers)
# (the pipeline cuts the same labels from the claims' text: one pattern of each kind, here)
QA_COLON_LABEL = r"[QA]:[ \t]+(?=\S)"
QA_DOT_LABEL = r"[QA]\.[ \t]+(?=\S)"
_INTERVIEW_LABEL = re.compile(f"(?:{QA_COLON_LABEL}|{QA_DOT_LABEL})")
_ANSWER_HOW = "answer in an interview"
# What says the questions are put to someone ("spoke to our political editor", "in an interview")
_INTERVIEW_CUE = re.compile(
    r"\b(?:[Ii]nterview(?:ed|s)?|spoke (?:to|with)|speaks (?:to|with)|talked (?:to|with)|talks (?:to|with)"
    r"|sat down with|in conversation|Q&A with|answer(?:s|ed)? (?:our|your|readers')|asked (?:him|her|them))\b"
    # a box's heading: "What to do after a snakebite — Dr Kavitha Rao answers"
    r"|\banswers(?=[ \t]*(?:\n|\Z))"
)
# the first person of the lexicon, as written: "I" in capitals, the others either way ("Us", not "US")
_FIRST_PERSON_WORD = re.compile(
    r"\b(?:"
    + trie_alternation(
        {w.capitalize() for w in FIRST_PERSON}
        | {w for w in FIRST_PERSON if w != "i" and not w.startswith("i'")}
    )
    + r")(?![\w'])"
)


def first_person_word(text: str) -> bool:
    """Whether ``text`` speaks in the first person ("I", "we", "our", …)."""
    return _FIRST_PERSON_WORD.search(text) is not None


# The newsroom's own journalist, right before their name: "our political editor, Tom Price"
_OUR_STAFF = re.compile(
    r"(?:\b(?:[Oo]ur|[Mm]y)\s+(?:[\w\-]+\s+){0,3}?|\b(?:to|with|told|by)\s+(?:[\w\-]+\s+)?)"
    r"(?:editor|correspondent|reporter|writer|columnist|interviewer|presenter|host|journalist)\s*,?\s*\Z"
    # or the one an interview was given to, or who gave it ("gave an interview to Laura Quinn",
    # "interviewed by Laura Quinn")
    r"|\b(?:an\s+interview\s+to|interviewed\s+by|in\s+conversation\s+with)\s+\Z"
)


_BYLINE_OPENINGS = ("By ", "Interview by ", "Interviewed by ", "Words by ")


def _interviewee_of_the_cue(norm: str, units: list[Span], first_question: int, people: People) -> int:
    """The person a sentence before the first question says is interviewed, when it opens with
    them ("She spoke to the Courier in her office", "Rosa Delgado talked to us"): their group,
    else -1."""
    for u in reversed(units):
        if u.start >= first_question or (cue := _INTERVIEW_CUE.search(norm, u.start, u.end)) is None:
            continue
        # whom the cue names after it ("We spoke to Mahlaba about …") or before it ("What to do
        # after a snakebite — Dr Kavitha Rao answers")
        if cue.group() == "answers":
            k = bisect.bisect_left(people.positions, cue.start()) - 1
            if k >= 0 and people.positions[k] >= u.start:
                return people.mention_group[k]
        elif (k := bisect.bisect_left(people.positions, cue.end() + 1)) < len(
            people.positions
        ) and people.positions[k] == cue.end() + 1:
            return people.mention_group[k]
        word = u.text.partition(" ")[0]
        if word in ("She", "He"):
            key = people.person_antecedent(u.start, "f" if word == "She" else "m")
            return key if key is not None else -1
        k = bisect.bisect_left(people.positions, u.start)
        if k < len(people.positions) and people.positions[k] == u.start:
            return people.mention_group[k]
        # ("This interview has been edited for length": the one interviewed is said elsewhere)
    return -1


_UNLABELLED_QUESTIONS = 3  # questions without "Q:" an interview puts, at least
_PICTURE_CREDIT_BEFORE = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|[Ii]llustration)s?(?:\s+by)?\s*[:|]?\s*\Z"
)
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself)\b")


def _paragraph_from(units: list[Span], i: int) -> str:
    """The text of unit ``i`` and the units after it in its paragraph."""
    k = i + 1
    while k < len(units) and units[k].paragraph == units[i].paragraph:
        k += 1
    return " ".join(u.text for u in units[i:k])


def _unlabelled_questions(units: list[Span], found: list[UnitAttribution]) -> list[tuple[int, str]]:
    """Questions written as paragraphs of their own without a label, one sentence ending in "?"
    that no one is said to ask, each with the paragraph after it as its answer (not a question
    too): [(unit, "Q"), (unit, "A"), …], or [] for fewer than :data:`_UNLABELLED_QUESTIONS`."""
    out: list[tuple[int, str]] = []
    for i, u in enumerate(units[:-1]):
        if (
            u.text.rstrip().endswith("?")
            and opens_paragraph(units, i)
            and units[i + 1].paragraph != u.paragraph
            and found[i].speaker is None
            and not found[i].is_quote
            and not units[i + 1].text.rstrip().endswith("?")
        ):
            out += [(i, "Q"), (i + 1, "A")]
    if len(out) < 2 * _UNLABELLED_QUESTIONS:
        return []
    # and a question put as a statement between two answers ("Some people have questioned the
    # choice, given that Johan Marais has 60 caps." / "Johan is a great leader …"): a paragraph of
    # one sentence, not in the first person, after an answer and before one that is
    labelled = {i for i, _ in out}
    questions = {i for i, kind in out if kind == "Q"}
    for i in range(out[0][0] + 1, out[-1][0]):
        if (
            i not in labelled
            and i + 1 not in labelled
            and i - 1 not in questions  # (an answer of one sentence: "Honestly, yes.")
            and opens_paragraph(units, i)
            and units[i + 1].paragraph != units[i].paragraph
            and units[i - 1].paragraph != units[i].paragraph
            and found[i].speaker is None
            and not found[i].is_quote
            and _FIRST_PERSON_WORD.search(units[i].text) is None
            and _FIRST_PERSON_WORD.search(_paragraph_from(units, i + 1)) is not None
        ):
            out += [(i, "Q"), (i + 1, "A")]
    return sorted(out)


def _interview_answers(norm: str, units: list[Span], found: list[UnitAttribution], people: People) -> None:
    """An interview written as questions and answers ("Q: …" / "A: …") with one person named
    before its first question: the answers are that person's, each up to the next question (a
    dozen paragraphs at most; the last to its paragraph's end), but for a later sentence that
    names its own source. An interview says so before its first question ("spoke to", "in an
    interview") or answers in the first person, at least half of its answers; an explainer's
    questions and answers are no one's. With no one or several people named before, the
    answers keep what the sentences say themselves."""
    labels: list[tuple[int, str]] = []  # (unit, "Q" or "A")
    for i, u in enumerate(units):
        # at a line's start, maybe after Markdown's masked marks ("**Q:**")
        if norm[u.start] in "QA" and not norm[norm.rfind("\n", 0, u.start) + 1 : u.start].strip(" \t"):
            m = _INTERVIEW_LABEL.match(norm, u.start, u.end)
            if m is not None:
                labels.append((i, norm[u.start]))
    unlabelled = not labels
    kinds = {kind for _, kind in labels}
    if unlabelled:
        # no labels: questions as paragraphs of their own ("How close did you come to quitting?"),
        # each answered by the paragraph after it, three of them at least; an interview only if a
        # sentence before says so and most answers speak in the first person (below)
        labels = _unlabelled_questions(units, found)
        if not labels:
            return
    elif kinds == {"Q"}:
        # questions labelled, answers not ("Q: What surprised you?" / "Honestly, the paperwork."):
        # each answer opens the paragraph after its question's
        answered: list[tuple[int, str]] = []
        questions = {i for i, _ in labels}
        for i, _ in labels:
            k = i + 1
            while k < len(units) and units[k].paragraph == units[i].paragraph:
                k += 1
            answered.append((i, "Q"))
            if k < len(units) and k not in questions:
                if found[k].label_end is not None:
                    return  # answers labelled by name ("ASHDOWN: Not entirely."): a transcript's
                answered.append((k, "A"))
        labels = answered
    elif kinds != {"Q", "A"}:
        return
    first_question = next(units[i].start for i, kind in labels if kind == "Q")
    answers = [
        # (without labels, the answer's paragraph: "Very close. I had a job offer …")
        _paragraph_from(units, i) if unlabelled else units[i].text
        for i, kind in labels
        if kind == "A"
    ]
    in_person = sum(1 for a in answers if _FIRST_PERSON_WORD.search(a))
    cued = _INTERVIEW_CUE.search(norm, 0, first_question) is not None
    in_first_person = 2 * in_person >= len(answers)
    if unlabelled and not cued:
        # no sentence says someone is interviewed, but the answers speak as one person, in the
        # singular, nearly all of them ("Honestly, I was exhausted. I was doing 80-hour weeks …")
        cued = 4 * sum(1 for a in answers if _FIRST_PERSON_SINGULAR.search(a)) >= 3 * len(answers)
    if not ((cued and in_first_person) if unlabelled else (cued or in_first_person)):
        return  # an explainer's questions and answers ("Q: What is the limit?"), no one's words
    before = bisect.bisect_left(people.positions, first_question)
    mentions = [
        gi
        for p, gi in zip(people.positions[:before], people.mention_group[:before], strict=True)
        # "… spoke to our political editor, Tom Price": who asks, not who answers; nor does the
        # byline's writer ("By Tobias Wrenfield")
        if _OUR_STAFF.search(norm, max(0, p - 60), p) is None
        and not norm.startswith(_BYLINE_OPENINGS, norm.rfind("\n", 0, p) + 1)
        # nor the photographer ("Photo: Tony Mancuso")
        and _PICTURE_CREDIT_BEFORE.search(norm, max(0, p - 24), p) is None
    ]
    named = set(mentions)
    if len(named) > 1 and (cue := _interviewee_of_the_cue(norm, units, first_question, people)) in named:
        named = {cue}  # "She spoke to the Courier in her office": whom "she" stands for
    if len(named) > 1:
        # "… at the Harlow Reservoir": a place read as a name; the one person named with a given
        # name ("Miriam Hale"), when there is one
        persons = {gi for gi in named if people.groups[gi].given_names}
        if len(persons) == 1:
            named = persons
    if len(named) > 1:
        # a profile before its quick questions: the one it is about, named at least twice as often
        # as anyone else (her deputy, the photographer named once)
        counts = Counter(mentions)
        ranked = sorted(((counts[gi], gi) for gi in named), reverse=True)
        if ranked[0][0] >= 2 * ranked[1][0] and ranked[0][0] >= 3:
            named = {ranked[0][1]}
    if len(named) != 1:
        return
    (gi,) = named
    who = people.groups[gi].surfaces[0]
    pos = people.positions[people.mention_group.index(gi)]
    for n, (i, kind) in enumerate(labels):
        if kind != "A":
            continue
        # the last answer runs to its paragraph's end: what follows may be the article's again
        last = n + 1 == len(labels)
        stop = len(units) if last else labels[n + 1][0]
        for k in range(i, stop):
            if units[k].paragraph - units[i].paragraph > (0 if last else _MAX_LABEL_PARAGRAPHS):
                break
            f = found[k]
            if f.speaker is not None and f.own:
                # "The Treasury says …", "They said numbers had fallen" in an answer: as the
                # sentence says (the one answering is never "he" or "they")
                continue
            f.speaker, f.how, f.speaker_pos, f.pronoun = who, _ANSWER_HOW, pos, False
            f.carried, f.own = False, True
            # the answer is the interviewee's own words, as a quotation is (no quotation's span:
            # each sentence of an answer stays a claim of its own)
            f.is_quote = True


# A post's picture link ending the pasted post: no part of the claim or its quotation
POST_LINK = re.compile(r"\s+(?:pic\.twitter\.com|https?://t\.co)/\w+\s*\Z")


def post_signature(text: str) -> re.Match[str] | None:
    """The signature under an embedded post (a unit of its own), or None."""
    if "(@" not in text:
        return None
    return _POST_SIGNATURE.fullmatch(text)


def _embedded_posts(units: list[Span], found: list[UnitAttribution]) -> None:
    """The post above a signature line is its author's, quoted: the units before the signature in
    its paragraph, or the paragraph before when the signature stands alone."""
    last_signature = -1
    for i, u in enumerate(units):
        m = post_signature(u.text)
        if m is None:
            continue
        par = u.paragraph if not opens_paragraph(units, i) else u.paragraph - 1
        k = i - 1
        while k > last_signature and units[k].paragraph == par:  # back to the post before, at most
            post = units[k]
            link = POST_LINK.search(post.text) if "/" in post.text else None
            f = found[k]
            f.speaker, f.how, f.speaker_pos = m.group(1), f"posted as @{m.group(2)}", u.start + m.start(1)
            f.is_quote, f.quote = True, (post.start, post.start + link.start() if link else post.end)
            f.pronoun, f.carried, f.own = False, False, True
            k -= 1
        last_signature = i


# Parties as headlines name them, speaking as one ("Tories: 'A tax on jobs'")
_PARTIES = frozenset(
    """Tories Conservatives Labour Democrats Republicans Dems SNP Reform Greens Unionists Nationalists
    Liberals""".split()
)
# "LONDON, March 3 (Reuters) - ", "WASHINGTON (AP) - ": a dateline opening the first sentence of
# a paragraph (on the normalised copy, dashes folded to "-"); the claim starts after it.
# a dateline's city in capitals, or two ("MOSCOW/KYIV")
_CITY_CAPS = r"[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:/[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,2})?"
# its country or its date after a comma ("Ukraine", "Democratic Republic of Congo", "Dec 30")
_DATELINE_PLACE = r",[ ]+[A-Z][A-Za-z.]*(?:[ ]+(?:of[ ]+|the[ ]+)?[A-Z][a-z.]+){0,3}(?:[ ]+\d{1,2})?"
DATELINE_PREFIX = (
    _CITY_CAPS
    # (its country and its date: "VALDORIA, Spain, Aug 9 (Reuters)")
    + rf"(?:(?:{_DATELINE_PLACE}){{0,2}}[ ]*\([A-Za-z][\w .&/\-]{{0,30}}\)"
    + rf"|{_DATELINE_PLACE}"
    r"|,[ ]+\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?(?:[ ]+\d{4})?)?"  # "WESTMINSTER, 3 June - "
    r"[ ]*-{1,3}[ ]+(?=\S)"
    # or the agency alone ("(Reuters) - ")
    r"|\((?:Reuters|AP|AFP|Bloomberg|PA|PTI|IANS|dpa|Xinhua)\)[ ]*-{1,3}[ ]+(?=\S)"
    # or a city and an agency with no dash after them ("SYDNEY (AFP) The World Health …")
    r"|[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}[ ]+"
    r"\((?:Reuters|AP|AFP|AAP|Bloomberg|PA|PTI|IANS|ANI|dpa|Xinhua)\)[ ]+(?=[A-Z\"'“‘])"
    # or a city written in small letters, maybe its country, before a named agency and a dash
    # ("Port Velka (AFP) - ", "Kyiv, Ukraine (AP) - ")
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?[ ]*(?:\([A-Z][a-z]+\)[ ]*)?"
    r"\((?:Reuters|AP|AFP|AAP|Bloomberg|PA|PTI|IANS|ANI|dpa|Xinhua)\)[ ]*-{1,3}[ ]+(?=\S)"
)
# A press release's dateline: "HOLLIN, England, Feb. 12, 2026 /PRNewswire/ -- ", "LONDON--(BUSINESS
# WIRE)--"; the claim starts after it
RELEASE_DATELINE = (
    r"[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:,[ ]+[A-Z][\w.]*(?:[ ]+[A-Z][\w.]*)?){0,2}"
    r"(?:,[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2},[ ]+\d{4}|\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?,?[ ]+\d{4}))?"
    r"[ ]*(?:/[A-Za-z][\w \-]{1,30}/[ ]*-{1,3}|-{1,3}\([A-Z][\w ]{1,30}\)-{1,3})[ ]*(?=\S)"
)
# Either, opening a sentence: the agency or wire in it is no antecedent of "it" ("LONDON
# (Reuters) - Oxfam said … It said": Oxfam)
DATELINE_LEAD = re.compile(f"(?:{DATELINE_PREFIX})|(?:{RELEASE_DATELINE})")
# A live blog entry's clock time before its heading ("12:45 Tories: 'A tax on jobs'")
CLOCK_LEAD = r"\d{1,2}:\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ]+[A-Z]{2,4}(?=[ ]))?[ ]+"
_CLOCK_LEAD = re.compile(CLOCK_LEAD)


def _headline_speakers(norm: str, units: list[Span], found: list[UnitAttribution], people: People) -> None:
    """A line alone, with no speaker, opening with a person the article names or a role and a
    colon is what they said, as headlines write it: "Fed's Powell: rates will stay high" ->
    "Powell" (shown as the article names him), "Minister: 'We will not raise taxes'" ->
    "Minister" (how: "in the headline")."""
    for i, u in enumerate(units):
        att = found[i]
        if att.speaker is not None or ":" not in norm[u.start : u.end]:
            continue
        if not alone_in_paragraph(units, i):
            continue
        if norm[u.start] in "\"'‘“" and (quoted := _QUOTE_THEN_WHO.match(norm, u.start, u.end)) is not None:
            name = quoted.group(1).strip()
            if looks_like_person(name) or people.knows_surname(name.rsplit(" ", 1)[-1]):
                # "'I never wanted to be a politician': Mayor Rosa Delgado on her first year"
                att.speaker, att.how, att.speaker_pos = name, "in the headline", quoted.start(1)
                att.own = True
            continue
        clock = _CLOCK_LEAD.match(norm, u.start, u.end) if norm[u.start].isdigit() else None
        m = _HEADLINE_SPEAKER.match(norm, clock.end() if clock else u.start, u.end)
        if (
            m is None
            or m.group(1).split()[0] in _NOT_LABELS
            or not _SAYS_SOMETHING.search(norm, m.end(), u.end)
            or _EXPLAINS.match(norm, m.end(), u.end)
        ):
            continue  # "Author: Jane Doe" says nothing: a name after the colon is no statement
        words = m.group(1).split()
        if people.knows_surname(words[-1]):  # "Fed's Powell": Powell, named in the article
            pos = m.start(1) + (len(words[0]) + 1 if words[0].endswith("'s") else 0)
        elif any(w.lower() in PERSON_SOURCE_NOUNS for w in words):
            pos = m.start(1)
        elif len(words) == 1 and _FIRST_PERSON_OPENING.match(norm, m.end(), u.end):
            pos = m.start(1)  # "Starmer: We will fix the NHS": words in the first person, someone's
        elif (
            norm[m.end()] in "\"'‘“"
            and (words[-1] in _PARTIES or words[-1].lower() in PLURAL_PEOPLE_NOUNS)
            and _quoted_to_the_end(norm, m.end(), u.end)
        ):
            # "Tories: 'This is a tax on jobs'", "Nurses: 'We cannot go on'": a quotation, the words
            # of the people its label names (not a topic's: "Brexit: 'No deal is better'")
            pos = m.start(1)
        else:
            continue
        att.speaker, att.how, att.speaker_pos, att.own = norm[pos : m.end(1)], "in the headline", pos, True


# a headline's quotation, then whose it is and what about: "'I never wanted this': Mayor Rosa
# Delgado on her first year" (group 1: who)
_QUOTE_THEN_WHO = re.compile(
    r"[\"'‘“][^\"“”\n]{3,200}?[\"'’”]:[ ]+((?:[A-Z][\w.'’\-]*[ ]+){1,4}?)(?:on|says?|tells?|talks)[ ]"
)


# a commentator's job before the firm they work at ("an analyst at Thornbury Securities")
_WORKS_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|traders?|professor|lecturer|fellow|partner"
    r"|portfolio manager|fund manager|chief economist|head of research)[ ]+at[ ]+\Z"
)
_SHARES_IN = tuple(f"{w} {p} " for w in ("Shares", "shares", "Stock", "stock") for p in ("in", "of"))


# An alert in capitals ("TWO DEAD AFTER TRAIN DERAILS, CUMBRIA POLICE SAY") is read for its
# speaker with function words and verbs in lower case and the others capitalised, as names are
# ("Cumbria Police say", "Network Rail said": a noun may be part of a name, and stays capitalised)
_LOWER_IN_SHOUTING = STOPWORDS["en"] | SPEECH_VERBS | EVIDENCE_VERBS | MODAL_WORDS | {"according"}
_SHOUTED_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _recase_word(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if low in _LOWER_IN_SHOUTING:
        return low
    return word if len(word) <= 3 else word.capitalize()  # "BBC", "NHS", "UK" stay as they are


def _recase_shouting(norm: str, units: list[Span]) -> str:
    """``norm`` with every unit written in capitals recased as above (the same length: offsets
    hold), or ``norm`` itself when there is none."""
    pieces: list[str] = []
    done = 0
    for u in units:
        text = norm[u.start : u.end]
        if text.count(" ") < 2 or not text.isupper():
            continue
        recased = _SHOUTED_WORD.sub(_recase_word, text)
        if len(recased) != len(text):
            continue  # a letter whose case changes its length ("ß"): left as written
        pieces += (norm[done : u.start], recased)
        done = u.end
    if not pieces:
        return norm
    pieces.append(norm[done:])
    return "".join(pieces)


# a word in lower case after a name, before another name ("Competition commissioner Margrethe
# Vestager": the first name is what the second is)
_WORD_BEFORE_NAME = re.compile(r"[ ]+[a-z][a-z\-]*[ ]+")


# a verb in the past tense right after a name opening a sentence ("Lumora unveiled", "Acme has launched")
_ACTS_AFTER = re.compile(
    # (after when, maybe: "Lumora on Tuesday unveiled")
    r"(?:[ ]+on[ ]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"[ ]+(?:(?:has|have|had)[ ]+)?(?:(?!(?:need|seed|speed|bed|red|shed)\b)[a-z]{3,}ed"
    # and what a body does in the past that does not end in "-ed" ("The ELF gave a different account")
    r"|gave|took|made|won|sold|bought|paid|sent|struck|built|began|brought)\b"
    # "Greenline Coaches will close its depot", "Acme is cutting 400 jobs"
    r"|[ ]+(?:will|would|is|are|has|have|plans[ ]+to|is[ ]+to|wants[ ]+to)[ ]+(?:[a-z]+ing|[a-z]{3,})"
    r"[ ]+(?:its|their|the|a|\d)\b"
)


def _past_description(norm: str, sg: Signal) -> tuple[int, str]:
    """(place, name) of an entity without its article or the description before it: "Developer
    Barratt Homes" -> "Barratt Homes" (see _described_name)."""
    written = norm[sg.start : sg.end]
    named = _strip_det(written)
    at = len(written) - len(named) + _described_name(named)
    return sg.start + at, written[at:]


def _index_antecedents(
    norm: str, signals: list[Signal], found: list[UnitAttribution], people: People
) -> None:
    """Organisations in document order, the antecedents of it/they; persons named by a common
    noun ("the mayor"), antecedents of he/she."""
    orgs: dict[int, str] = {}
    roles: dict[int, str] = {}
    starts = set(people.unit_starts)
    persons = set(people.positions)
    datelines = [  # (a cheap test first: a dateline opens with a capital or a bracket)
        (start, m.end())
        for start in people.unit_starts
        if norm[start + 1 : start + 2].isupper() or "(" in norm[start : start + 50]  # "LONDON", "Kyiv (AP)"
        if (m := DATELINE_LEAD.match(norm, start)) is not None
    ]
    dateline_ends = {end for _, end in datelines}
    speakers_at = {att.speaker_pos: att.speaker for att in found if att.speaker and not att.pronoun}
    pair_starts = {p for p, _ in people.pair_phrases}
    person_ends = {sg.end for sg in signals if sg.kind == "person"}
    dateline_starts = [s for s, _ in datelines]  # (in order, as the units are)
    if len(dateline_starts) > 1:
        people.story_starts = dateline_starts[1:]
    for sg in signals:
        if (
            datelines
            and (k := bisect.bisect_right(dateline_starts, sg.start) - 1) >= 0
            and sg.start < datelines[k][1]
        ):
            continue  # the agency of a dateline: it reports, it is not a subject
        if norm.endswith("by ", 0, sg.start) and _DATA_BY.search(norm, max(0, sg.start - 16), sg.start):
            continue  # "data compiled by LSEG", "economists polled by Reuters": not the story's firm
        if sg.kind in ("org", "entity"):
            if norm.endswith(" at ", 0, sg.start) and _WORKS_AT.search(norm, max(0, sg.start - 30), sg.start):
                # "an analyst at Thornbury Securities": not the story's firm
                people.workplaces.add(_past_description(norm, sg)[1])
            elif norm.endswith(" of ", 0, sg.start) and sg.start - 4 in person_ends:
                # "Dev Raman of Northgate Securities": where he works
                people.workplaces.add(_past_description(norm, sg)[1])
        if sg.kind == "org" or (
            sg.kind == "entity" and norm.endswith(_SHARES_IN, max(0, sg.start - 12), sg.start)
        ):
            # "Shares in Tesco fell 4% after it warned …": the company the shares are in
            at, named = _past_description(norm, sg)
            orgs[at] = named
        elif (
            sg.kind == "entity"
            and not looks_like_person(sg.text)
            and (
                _described_before(norm, sg.start)
                or (norm.startswith(", ", sg.end) and _KIND_AFTER.match(norm, sg.end) is not None)
                or _kind_before_comma(norm, sg.start)
            )
        ):
            # "airport operator Aena", "Ofwat, the water regulator,"
            orgs[sg.start] = _strip_det(norm[sg.start : sg.end])
        elif (
            sg.kind == "entity"
            and (
                sg.start in starts
                or (sg.start - 4 in starts and norm.startswith("The ", sg.start - 4))
                or (dateline_ends and _after_dateline(norm, dateline_ends, sg.start))
            )
            and not looks_like_person(sg.text)
            and sg.start not in pair_starts  # two people named together: no "it"
            # "Alzheimer's Research UK said", "Apple's Tim Cook said": the speaker found there is a
            # longer name, past the "'s" (not "Google's Gemini app has …, according to the search giant")
            and not (
                _NAME_GOES_ON.match(norm, sg.end) is not None
                and str(speakers_at.get(sg.start)).startswith(norm[sg.start : sg.end + 2])
            )
            # "Competition commissioner Margrethe Vestager told …": what she is, not a subject
            and not ((role := _WORD_BEFORE_NAME.match(norm, sg.end)) is not None and role.end() in persons)
        ):
            # a name opening a sentence, its subject: "Northvale on Tuesday unveiled its first
            # folding phone, which it says …" (when no organisation is near)
            at, named = _past_description(norm, sg)
            people.subject_positions.append(at)
            people.subject_names.append(named)
            if _LOWER_WORD_AFTER.match(norm, sg.end):
                people.word_openings.add(named)  # "Oxygen masks dropped": maybe a word, no name
                if _NOUN_THEN_VERB_AFTER.match(norm, sg.end):
                    people.modifier_openings.add(named)  # "Health coverage will continue": a noun's word
            if _ACTS_AFTER.match(norm, sg.end):  # "Lumora unveiled …": a name that acts
                people.acting_subjects.add(people.subject_names[-1])
    for att in found:
        if (
            att.speaker
            and not att.pronoun
            and att.speaker_pos is not None
            # (a body's name ending in its kind is never a person's: "Special Investigative Panel"; nor
            # one after what it is: "South African miner Lebombo Platinum said")
            and (
                not looks_like_person(att.speaker)
                or att.speaker.rpartition(" ")[2].lower() in _BODY_ENDINGS
                or _described_before(norm, att.speaker_pos) in _FIRM_NOUNS
            )
        ):
            if att.speaker in _SEATS and norm.endswith(("the ", "The "), 0, att.speaker_pos):
                # "The MP said": a person named by a role, as written (not "An MP said")
                att.speaker = "the " + att.speaker
                roles[att.speaker_pos] = att.speaker
            elif att.speaker in _SEATS and norm.endswith(("an ", "An "), 0, att.speaker_pos):
                att.speaker = "an " + att.speaker  # "An MP said": one, unnamed; no organisation
            elif (
                att.speaker.rpartition(" ")[2].lower() in PERSON_SOURCE_NOUNS
                and att.speaker.count(" ") < 3
                and all(w[:1].isupper() for w in att.speaker.split())
                and norm.endswith(("the ", "The "), 0, att.speaker_pos)
            ):
                # "the Minister said", "the Chief Minister said": a role, capitalised
                roles[att.speaker_pos] = "the " + att.speaker
            elif att.speaker in _BARE_ROLES and att.speaker_pos in starts:
                roles[att.speaker_pos] = att.speaker  # "Counsel told the jury": a role, no article
            elif (
                " " not in att.speaker
                and att.speaker.lower() in PERSON_SOURCE_NOUNS
                and att.speaker_pos in starts
                and _in_headline(norm, att.speaker_pos)
            ):
                # "Governor says inflation is back …" over the story: the governor it names
                roles[att.speaker_pos] = att.speaker
            elif (
                _head_noun(att.speaker) in PERSON_SOURCE_NOUNS
                or att.speaker.rsplit(" ", 1)[-1] in _GENDERED_PEOPLE
            ):
                if " " in att.speaker and att.speaker.split()[-1][:1].isupper():
                    continue  # "Union negotiator Anouk de Wit": a named person, among the people
                roles[att.speaker_pos] = att.speaker  # "the mayor", "a spokeswoman for the operator"
            elif (named := _NAME_ENDING.search(att.speaker)) is not None and looks_like_person(
                named.group(1)
            ):
                described = att.speaker[: named.start(1)].rstrip().rpartition(" ")[2]
                if described in _FIRM_NOUNS or described in _DESCRIPTOR_NOUNS:
                    # "South African miner Lebombo Platinum said": the firm, after what it is
                    orgs.setdefault(att.speaker_pos + named.start(1), named.group(1))
                continue  # "Competition commissioner Margrethe Vestager": a person, not an organisation
            elif " " not in att.speaker and people.knows_surname(att.speaker):
                continue  # '"…," Alvarez told reporters': a person named before, not an organisation
            elif norm.endswith("by ", 0, att.speaker_pos) and _DATA_BY.search(
                norm, max(0, att.speaker_pos - 16), att.speaker_pos
            ):
                continue  # "according to data compiled by LSEG": LSEG's data, not a subject after
            else:
                known = orgs.get(att.speaker_pos)
                if known is None or (len(att.speaker) > len(known) and known in att.speaker):
                    orgs[att.speaker_pos] = att.speaker  # "Council leaders' body Cosla", not "Council"
    if "he " in norm:  # "the transport authority" (cheap pre-check: every match holds "he ")
        for m in _phrases(_ORG_PHRASE_SCAN, norm):
            phrase = m.group(1).strip()
            if phrase.split()[0].lower() not in _PRONOUN_WORDS:
                # "the company" keeps its article; "the Transport Ministry" is shown as a name
                orgs.setdefault(m.start(), "the " + phrase if phrase[:1].islower() else phrase)
    plural: set[int] = set()
    for start, pair in people.pair_phrases:  # "James Whitfield and Aaron Kaye were airlifted. They said"
        orgs.setdefault(start, pair)
        plural.add(start)
    name_ends = {sg.start: sg.end for sg in signals if sg.kind in ("org", "entity")}
    for start in people.unit_starts:  # "Passenger groups welcomed the fine. They said …"
        m = _PLURAL_SUBJECT.match(norm, start)
        if m and (named := name_ends.get(start + 4 if norm.startswith("The ", start) else start, 0)) > m.end(
            1
        ):
            # "The Communications Workers of the West called …": a body's name, longer
            orgs.setdefault(start, _strip_det(norm[start:named]))
        elif m and start not in orgs:
            orgs[start] = m.group(1)
            plural.add(start)
        elif (word := orgs.get(start)) is not None and _plural_by_its_verb(norm, start, word):
            plural.add(start)  # "Shops expect losses": people in the plural, no firm ("Greggs expects")
    if "amily" in norm:  # "was announced by her family. In a statement, they said": the family
        for m in _FAMILY.finditer(norm):
            if m.start() not in orgs:
                orgs[m.start()] = m.group(0)[0].lower() + m.group(0)[1:]
                plural.add(m.start())
    cover = -1  # where the latest name kept ends
    for pos in sorted(orgs):
        if pos < cover and orgs[pos] in people.org_names[-1]:
            continue  # "NHS Foundation Trust" inside "Guy's and St Thomas' NHS Foundation Trust"
        if _BEAT_AFTER.match(norm, pos + len(orgs[pos])):
            continue  # "By Rachel Osei, Transport correspondent": a reporter's beat, no organisation
        if (
            people.org_positions
            and norm.startswith(" (", end := people.org_positions[-1] + len(people.org_names[-1]))
            and pos == end + 2
            and norm.startswith(")", pos + len(orgs[pos]))
        ):
            continue  # "Global Fuel Corporation Limited (GFC Ltd)": its short form, the same firm
        cover = pos + len(orgs[pos]) + 4  # (an article the name is shown without)
        people.org_positions.append(pos)
        people.org_names.append(orgs[pos])
        people.org_plural.append(pos in plural)
        if orgs[pos][:1].isupper() or not orgs[pos].islower():
            _index_kind(norm, pos, orgs[pos], people.org_kinds)
    _index_roles(norm, roles, people)


# a reporter's role after the beat it names ("Transport correspondent", "Health editor")
_BEAT_AFTER = re.compile(r"[ ]+(?:correspondent|reporter|editor|writer|columnist|desk)\b")


_LOWER_WORD_AFTER = re.compile(r"[ ][a-z]+[ ]")
_NOUN_THEN_VERB_AFTER = re.compile(
    r"[ ][a-z]+[ ]+(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might"
    r"|remain|remains)\b"
)


def _after_dateline(norm: str, dateline_ends: set[int], pos: int) -> bool:
    """Whether ``pos`` opens the sentence a dateline stands before ("SAN CARLOS, Calif. — Lumora
    on Tuesday unveiled"), by where the datelines end."""
    return any(pos - k in dateline_ends and not norm[pos - k : pos].strip(" —–-") for k in range(4))


# who gathered data or asked people, not a subject of the story: "compiled by ", "polled by "
_DATA_BY = re.compile(r"(?:compiled|polled|collected|gathered|surveyed|tallied|analy[sz]ed)[ ]by[ ]\Z")
# a capitalised word after a name's "'s": the name goes on, or a person follows
_NAME_GOES_ON = re.compile(r"['’]s[ ][A-Z]")


# what an organisation is, right after its name: ", a conservation charity,", ", the regulator."
_KIND_AFTER = re.compile(
    r",[ ]+(?:an?|the|another)[ ]+(?:[A-Za-z][\w\-]*[ ]+){0,3}?("
    + trie_alternation(_DESCRIPTOR_NOUNS)
    + r")(?=[,.;:)])"
)


# a name after a word in lower case, ending a phrase ("Competition commissioner Margrethe Vestager")
_NAME_ENDING = re.compile(r"(?<![\w'’])[a-z][\w\-]*[ ]+([A-Z][\w'\-]*(?:[ ]+[A-Z][\w'\-]*)+)\Z")


def _described_before(norm: str, pos: int) -> str:
    """What an organisation is, when it stands right before ``pos`` ("airport operator Aena",
    "analytics firm Kpler": "operator", "firm"), else ""."""
    if pos < 2 or norm[pos - 1] != " ":
        return ""
    k = norm.rfind(" ", max(0, pos - 30), pos - 1)
    word = norm[k + 1 : pos - 1]
    return word if word in _DESCRIPTOR_NOUNS else ""


# Organisations of one kind, called by another word ("the regulator Ofgem … the watchdog said"),
# as _SAME_KIND is for documents
_SAME_ORG_KIND = {"watchdog": "regulator", "carrier": "airline", "lender": "bank", "consultancy": "firm"}


def _org_kind(noun: str) -> str:
    return _SAME_ORG_KIND.get(noun, noun)


def _add_kind(kinds: dict[str, set[str]], name: str, kind: str) -> None:
    kinds.setdefault(name, set()).add(_org_kind(kind))


def _index_kind(norm: str, pos: int, name: str, kinds: dict[str, set[str]]) -> None:
    """Note what the organisation ``name`` named at ``pos`` is called in lower case there: right
    after it (", a conservation charity,") or right before it ("analytics firm Kpler", "the
    regulator, Ofwat")."""
    at = norm.find(name, pos, pos + len(name) + 40)  # past an article or a description
    if at < 0:
        return
    end = at + len(name)
    if norm.startswith(", ", end) and (after := _KIND_AFTER.match(norm, end)) is not None:
        _add_kind(kinds, name, after.group(1))
    if kind := _described_before(norm, at):  # "analytics firm Kpler"
        _add_kind(kinds, name, kind)
        return
    if norm.endswith(_BOARD_OF, 0, at) or norm.startswith(("'s board", "’s board"), end):
        _add_kind(kinds, name, "board")  # "the board of Harrow Vale Trust", "Ardmore's board": "the board"
    if kind := _kind_before_comma(norm, at):  # "the regulator, Ofwat", "Norland's state broadcaster, NTV"
        _add_kind(kinds, name, kind)


def _kind_before_comma(norm: str, at: int) -> str:
    """What the organisation named at ``at`` is, in the words and comma right before it ("the
    regulator, Ofwat", "Norland's state broadcaster, NTV": "regulator", "broadcaster"), else ""."""
    if not norm.endswith(", ", 0, at):
        return ""
    words = norm[max(0, at - 40) : at].split()
    if (
        words
        and words[-1].endswith(",")
        and words[-1][:-1] in _DESCRIPTOR_NOUNS
        and any(
            w in _DETERMINERS or w.lower() in _POSSESSIVE_PRONOUNS or w.endswith(("'s", "’s"))
            for w in words[-4:-1]
        )
    ):
        return words[-1][:-1]
    return ""


# between a role and the name in apposition after it: ", former watch manager "
_DESCRIPTOR_GAP = re.compile(r",[ ]+(?:[a-z][\w\-]*[ ]+){0,4}")
# roles written without an article, opening a sentence
_BARE_ROLES = frozenset(("Counsel",))
# a barrister's letters after the name ("Declan Moriarty SC", "Clare Whitby KC")
_SILKS = (" KC", " QC", " SC")
# what makes a person named the defendant of a trial, right after the name (and an age)
_ACCUSED_AFTER = re.compile(
    r"(?:,[ ]+\d{1,3},)?[ ]+(?:(?:is|was|has[ ]+been|had[ ]+been)[ ]+(?:accused|charged|on[ ]+trial)\b"
    r"|(?:denies|denied|pleaded|pleads|stands[ ]+trial|stood[ ]+trial)\b)"
)
# the words before a body's name that make "the board" that body's
_BOARD_OF = ("board of ", "board of the ", "board of directors of ", "board of trustees of ", "trustees of ")


# a secretary of state by her department ("Education Secretary", "Home Secretary"), not a press,
# party or union secretary
_CABINET_SECRETARY = re.compile(
    r"(?<![\w'])(?!(?:Press|Permanent|General|Private|Cabinet|Executive|Company|Party|Principal|Assistant"
    r"|Deputy|Social|Club|Branch|Honorary|Chief)[ ])[A-Z][a-z]+[ ]Secretary[ ]"
)
# an office whose holder is not the title's: "Vice President Bush" is no "the President"
_OTHER_OFFICES = (" Vice", " Deputy", " Assistant")


def _holds_title(surface: str, padded: str) -> bool:
    """Whether a person's written name carries the title (``padded``: " Mayor "): "Mayor Jane
    Okoro" does, "Vice President Bush" does not hold " President "; "Gov. Laura Whitman" holds
    " Governor "."""
    written = f" {surface} "
    k = written.find(padded)
    if k < 0 and (short := _SHORT_TITLES.get(padded.strip())) is not None:
        k = max(written.find(f" {short}. "), written.find(f" {short} "))
    return k >= 0 and not written.endswith(_OTHER_OFFICES, 0, k)


# Titles as American and police copy shortens them before a name ("Gov. Laura Whitman")
_SHORT_TITLES = {
    "Governor": "Gov",
    "Senator": "Sen",
    "Representative": "Rep",
    "General": "Gen",
    "Professor": "Prof",
    "Superintendent": "Supt",
    "Inspector": "Insp",
    "Detective": "Det",
    "Sergeant": "Sgt",
    "Captain": "Capt",
    "Colonel": "Col",
    "Lieutenant": "Lt",
    "Judge": "Justice",  # "Mr Justice Corrigan", "Lady Justice Hale": "the judge" after them
}
# A seat's letters before a name ("Labour MP Tom Reed"), a role "the MP" names again
_SEATS = frozenset("MP MSP MEP MLA TD MK MHA MPP MNA".split())


# "the mayor, " right before a name: the role, its article off (group 1); "Its director of
# policy, ": the director
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|[^\w])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]+"
    r"((?:(?!of[ ]|for[ ])[A-Za-z][a-z\-]*[ ]+){0,2}(?!of,|for,)[A-Za-z][a-z\-]*)"
    r"(?:[ ]+(?:of|for)[ ]+[a-z][a-z ]{1,30})?,[ ]\Z"
)


# Whom someone speaks to, in an opening clause: "In an interview with Rolling Stone, she said",
# "Speaking to the BBC, he said"
_INTERLOCUTOR = re.compile(
    r"\b(?:interview|conversation|podcast|letter|call)\s+(?:with|to)\b|\b(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+"
    r"(?:to|with)\b|\b[Aa]sked\s+by\b"
    # whom a witness answers, and whom a question was about: "Under cross-examination by defence
    # advocate Pieter van Wyk, she conceded", "Asked about Moir's red card, he admitted"
    r"|\b(?:cross-examination|questioning|examination)\s+by\b|^[Aa]sked\s+(?:about|whether|if)\b"
)
# A title with its portfolio right before a name: "Minister for Housing ", "Cabinet Secretary for
# Health " (group 1: the title)
_PORTFOLIO_ROLE = re.compile(
    r"((?:(?:Federal|Deputy|Junior|Shadow|Cabinet|State)[ ])?(?:" + "|".join(PORTFOLIO_OFFICES) + r")"
    r"(?:[ ]of[ ]State)?)"
    r"[ ]for[ ](?:[A-Z][\w&'\-]*,?[ ](?:and[ ])?){1,4}\Z"
)


_HONORIFICS_BEFORE_NAME = frozenset(
    "Dr Dr. Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms. Sir Dame Eng Eng. Engr Engr.".split()
)


def _index_roles(norm: str, roles: dict[int, str], people: People) -> None:
    """Persons named by a common noun, antecedents of he/she: the speakers in ``roles`` ("a
    spokeswoman for the operator said") and "the mayor" wherever it stands. A bare "the mayor"
    within a few sentences after "Mayor Jane Alvarez" is her."""
    for gi, group in enumerate(people.groups):
        if any(surface.endswith(_SILKS) for surface in group.surfaces):
            people.roles_of.setdefault(gi, set()).add("Counsel")  # "Declan Moriarty SC …. Counsel told"
    for p, gi in zip(people.positions, people.mention_group, strict=True):
        after = _NAME_AT.match(norm, p)
        if (
            after is not None
            and norm.startswith(", ", after.end())
            and (
                (role_after := _ROLE_AFTER_NAME.match(norm, after.end() + 2)) is not None
                or (
                    norm[after.end() + 2 : after.end() + 3].islower()
                    and (role_after := _BARE_ROLE_AFTER_NAME.match(norm, after.end() + 2)) is not None
                )
            )
        ):
            # "Priya Shah, a lawyer for the workers, said": a later "the lawyer" is her
            _add_titles(people, gi, [*role_after.group(1).split(), role_after.group(2)])
        elif after is not None and _ACCUSED_AFTER.match(norm, after.end()) is not None:
            # "Tom Keller, 34, is accused of fraud. … The defendant claimed": him
            people.roles_of.setdefault(gi, set()).add("Defendant")
        before = norm[max(0, p - 40) : p]
        if not before.endswith(" "):
            continue
        words = before.split()[-3:]
        if words and words[-1] in _HONORIFICS_BEFORE_NAME:
            words = before.split()[-4:-1]  # "senior coroner Dr Elaine Harcastle": the role before "Dr"
        if before.endswith(", ") and (role := _ROLE_BEFORE_COMMA.search(before)) is not None:
            # "The mayor, Juan Vega, said": a later "the mayor" is Juan Vega
            words = role.group(1).lower().split()
        elif (described := _DESCRIBED_BEFORE_NAME.search(before)) is not None and (
            role := _ROLE_BEFORE_COMMA.search(before, 0, described.start() + 2)
        ) is not None:
            # "The witness, deckhand Peter Amos, said": a later "the witness" is him
            words = role.group(1).lower().split()
        if words and words[-1].lower() in PERSON_SOURCE_NOUNS:  # "Policing minister Dame Diana Johnson"
            _add_titles(people, gi, words)
        elif words and words[-1] in _SEATS:  # "Labour MP Tom Reed": a later "the MP" is him
            people.roles_of.setdefault(gi, set()).add(words[-1])
        elif " for " in before and (portfolio := _PORTFOLIO_ROLE.search(before)) is not None:
            # "Minister for Housing Peter Keohane": a later "the minister" is him
            titles = people.roles_of.setdefault(gi, set())
            role = portfolio.group(1).split()
            office = next(w for w in role if w in PORTFOLIO_OFFICES)
            titles.update((office, " ".join(role)))  # "Minister", "Minister of State"
    speakers = sorted(roles)
    for m in _ROLE_HEAD.finditer(norm):
        lead = _ROLE_BEFORE.search(norm, max(0, m.start(1) - _ROLE_REACH), m.start(1))
        if lead is None:
            continue
        start = lead.start(1)
        i = bisect.bisect_left(speakers, start)
        if i < len(speakers) and speakers[i] < m.end():
            continue  # the speaker's own phrase says more ("a spokeswoman for the operator")
        words = lead.group(1).split()[1:]
        if any(w.lower() in _NOT_MODIFIERS for w in words):
            continue  # "the extent any governor", "the other senator": no one person
        roles[start] = " ".join(["the", *words, m.group(1)])
    for pos in sorted(roles):
        name = roles[pos]
        words = name.split()
        # "the mayor", "the prime minister", "Russian president" (its article dropped before a
        # capital), as a title: "Mayor", "Prime Minister", "Russian President"
        title = (
            words[1:]
            if words[0].lower() in ("the", "his", "her", "their")  # "her nephew" after "her nephew, Alastair"
            else words
            if words[0][:1].isupper()
            else []
        )
        gi = -1
        if 0 < len(title) <= 3:
            titled = " ".join(w if w.isupper() else w.capitalize() for w in title)
            gi = people.titled_before(pos, titled)
            if gi < 0 and _in_headline(norm, pos):
                # a headline's role, the one the story names with it after ("Finance minister promises …")
                gi = people.titled_ahead(pos, titled, _HEADLINE_ROLE_SENTENCES)
        if gi < 0 and norm.startswith(", ", end := pos + len(name)):
            # "The first witness, former watch manager Gary Denholm, was …": the one named right after
            k = bisect.bisect_left(people.positions, end)
            if (
                k < len(people.positions)
                and _DESCRIPTOR_GAP.fullmatch(norm, end, people.positions[k])
                and (after := _NAME_AT.match(norm, people.positions[k])) is not None
                and norm.startswith(",", after.end())
            ):
                gi = people.mention_group[k]
        if (
            gi < 0
            and norm.endswith((", ", " is ", " was ", " been "), max(0, pos - 8), pos)
            and (apposition := _APPOSITION.search(norm, max(0, pos - 60), pos)) is not None
        ):
            # "Joe Biden, who is the chairman of …", "Gareth Pryce, the chief executive": him
            gi = people.latest_with_surname(pos, apposition.group(1))
            if gi >= 0 and 0 < len(title) <= 3:  # and a later "the chief executive" is him too
                people.roles_of.setdefault(gi, set()).add(" ".join(w.capitalize() for w in title))
        if gi >= 0:
            people.add_mention(pos, gi)
            people.role_groups[pos] = gi
            continue
        head = _head_noun(name) or name.rsplit(" ", 1)[-1]
        people.role_positions.append(pos)
        people.role_names.append(name)
        people.role_genders.append(_role_gender(head))


# a role as a headline writes it, and the title the story gives its holder
_TITLES_OF_THE_SAME = {"Judge": ("Justice",)}


def _in_headline(norm: str, pos: int) -> bool:
    """Whether ``pos`` is on a headline: one of the text's first lines, not ending as a sentence."""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    line = norm[start : end if end >= 0 else len(norm)].rstrip()
    if line.endswith(('"', "”", "’", "'")):  # a quotation closing it: a headline unless it ends a sentence
        line = line.rstrip("\"”’'")
        return start < _HEADLINE_REACH and end >= 0 and not line.endswith((".", "!", "?", ","))
    return start < _HEADLINE_REACH and end >= 0 and not line.endswith((".", "!", "?"))


_HEADLINE_REACH = 400  # a headline's line starts within this many characters of the text's start


def _add_titles(people: People, gi: int, words: list[str]) -> None:
    """Index the role ``words`` (its noun last) as titles of group ``gi``: "Minister", "Policing
    Minister"; "Former Prime Minister" (up to 3 words); a later "the minister" is that person."""
    titles = people.roles_of.setdefault(gi, set())
    role: list[str] = []
    for w in reversed(words):
        if not w.isalpha():
            break
        role.insert(0, w.capitalize())
        titles.add(" ".join(role))
    if len(role) == 3:  # "Shadow health minister Priya Nair": "the shadow minister" too
        titles.add(f"{role[0]} {role[2]}")


# a name at a person's mention (its words in capitals, "Mr", "Dr." or "O'Neill" included)
_NAME_AT = re.compile(r"(?:[A-Z][\w'\-.]*[ ]){0,3}[A-Z][\w'\-]*")
# people of a trade and where they work, as a source phrase: "Researchers at the University of
# Kelso", "scientists from the Marlow Institute" (after the noun: " at the University of Kelso")
_AT_WORKPLACE = re.compile(
    r"[ ]+(?:at|from)[ ]+(?:the[ ]+)?[A-Z][\w'&\-]*"
    r"(?:[ ]+(?:(?:of|for|and|on)[ ]+(?:the[ ]+)?)?[A-Z][\w'&\-]*){0,5}"
)
_PEOPLE_AT = re.compile(r"(?:\S+[ ]+)??(\S+)" + _AT_WORKPLACE.pattern)  # the phrase whole (group 1: its noun)
# people whose work is a study, by the word for them ("a team at …", "researchers at …")
_RESEARCH_GROUPS = frozenset("team researchers scientists authors".split())
# documents of research, named again: the research group named before speaks for them
_RESEARCH_DOCUMENTS = frozenset("study research findings results trial paper".split())
# after a name and its comma, what the person is: "the administrator", "a lawyer for the
# workers", "the mill's finance director", "the administrator appointed to run the firm" (group
# 1: up to two lower-case words before the noun; group 2: the noun), up to the next comma or stop
_ROLE_AFTER_NAME = re.compile(
    r"(?:the|a|an|its|his|her|their)[ ]+(?:[a-z][\w\-]*'s[ ]+)?((?:[a-z][a-z\-]*[ ]+){0,2}?)("
    + trie_alternation(PERSON_SOURCE_NOUNS - {"head", "chief", "member", "owner", "friend"})
    + r")(?:[ ]+(?:of|for|at|to|in|with|on|appointed|who|based|named)[ ][^,.;:\"\u201c\u201d()]{1,60})?[,.;]"
)
# the same without an article, before what the role is of: "Meenakshi Iyer, convener of Clean Air
# Kalinagar,", "Priya Wadhwa, cabinet member for communities,"
_BARE_ROLE_AFTER_NAME = re.compile(
    r"((?:[a-z][a-z\-]*[ ]+){0,2}?)("
    + trie_alternation(PERSON_SOURCE_NOUNS - {"head", "chief", "owner", "friend"})
    + r")[ ]+(?:of|for|at|with)[ ][^,.;:\"\u201c\u201d()]{1,60}[,.;]"
)
# lower-case words describing the person between a role's comma and the name: "The witness,
# deckhand Peter Amos"
_DESCRIBED_BEFORE_NAME = re.compile(r",[ ](?:[a-z][a-z\-]*[ ]){1,2}\Z")

# a person's name, then a common-noun role in apposition ("Joe Biden, who is the chairman")
_APPOSITION = re.compile(r"([A-Z][\w'\-]+),[ ]+(?:who[ ]+(?:is|was|has[ ]+been|had[ ]+been)[ ]+)?\Z")


def _head_noun(phrase: str) -> str:
    """The source noun a speaker phrase is about, as written: the last one before a link ("a
    spokeswoman for the operator" -> "spokeswoman", "the ministry's spokesman" -> "spokesman",
    "Police" -> "Police"); "" if it has none."""
    head = ""
    for w in phrase.split():
        if w in _LINKS:
            break
        if w.lower() in SOURCE_NOUNS:
            head = w
    return head


def _phrases(scan: re.Pattern[str], norm: str) -> list[re.Match[str]]:
    """The matches of ``scan`` at a word start, found by ``scan`` (which starts with a character
    class that `re` skips to quickly) and the word boundary before it checked here; after a match
    refused for its boundary the search goes on from the next character, as finditer's would."""
    out: list[re.Match[str]] = []
    search = scan.search
    pos = 0
    while (m := search(norm, pos)) is not None:
        start = m.start()
        if start and (norm[start - 1].isalnum() or norm[start - 1] == "_"):
            pos = start + 1
            continue
        out.append(m)
        pos = m.end()
    return out


_PRONOUN_WORDS = frozenset("it its they their them he she his her this that these those".split())
# A possessive pronoun owning a source ("his office", "its chairman") and the pronoun whose
# antecedent owns it
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# the same opening a phrase, either case: "Their findings"
_POSSESSIVE_BEFORE = tuple(f"{w} " for p in _POSSESSIVE_PRONOUNS for w in (p, p.capitalize()))


def _label_speaker(label: str) -> str:
    """A label's words in capitals in title case: 'SECRETARY CLINTON' -> 'Secretary Clinton',
    'Chairman COMER' -> 'Chairman Comer', 'Mr. RASKIN' -> 'Mr. Raskin'; the rest as written."""
    return " ".join(
        w.title() if w.isupper() and len(w) > 1 and w not in POSTNOMINALS else w for w in label.split()
    )  # ("Sir Robert Neale MP" keeps its "MP")


def _strip_the(label: str) -> str:
    return label[4:] if label.startswith(("The ", "THE ")) else label


# The writer's own question, reported: "I asked her whether she had considered retiring." (group
# 1: whom)
_I_ASKED = re.compile(r"\bI (?:then |later |also )?asked (him|her|them)\b(?! to\b)")


def _answers_to_my_questions(units: list[Span], found: list[UnitAttribution]) -> None:
    """A paragraph that is a quotation and nothing else, with no speaker, right after the writer's
    reported question ("I asked her whether she had considered retiring."): the answer of whom
    the writer asked, as a pronoun resolved to them ('"Retire to what?"' is hers)."""
    for i in range(1, len(units)):
        f = found[i]
        if f.speaker is not None or f.quote is None or f.quote[0] != units[i].start:
            continue
        if not opens_paragraph(units, i) or units[i - 1].paragraph == units[i].paragraph:
            continue
        asked = _I_ASKED.search(units[i - 1].text) if "asked" in units[i - 1].text else None
        if asked is None:
            continue
        pronoun = _OBJECT_PRONOUNS[asked.group(1)]
        f.speaker, f.how, f.speaker_pos, f.pronoun = (
            pronoun,
            _ANSWER_HOW,
            units[i - 1].start + asked.start(1),
            True,
        )
        f.own = True


def _transcript_labels(norm: str, units: list[Span], found: list[UnitAttribution], people: People) -> None:
    """``NAME:`` at a line start names the speaker of that line and of the lines after it, up to
    the next label. Only when the text has at least two such labels (a transcript), so a
    lone "Update:" or a headline with a colon is never a speaker. A role whose holder a label
    named in brackets ("The Prime Minister (Mr Adam Reeve):") is that person when it stands
    alone ("The Prime Minister:")."""
    hits: list[tuple[int, re.Match[str], tuple[str | None, int]]] = []
    named_roles: dict[str, tuple[str, int]] = {}  # "Prime Minister": the name its first label gave
    for i, u in enumerate(units):
        if u.start and norm[u.start - 1] != "\n":
            continue
        if norm[u.start] == "Q" and (question := _QUESTION_LABEL.match(norm, u.start, u.end)) is not None:
            hits.append((i, question, (None, u.start)))  # a briefing's "Q    Governor, …": a reporter
            continue
        if norm.find(":", u.start, min(u.end, u.start + _LABEL_REACH)) < 0:
            # no colon near the line's start (a substring test runs in C): a record's label at most
            if norm[u.end - 1] == "." and (record := _RECORD_LABEL.fullmatch(norm, u.start, u.end)):
                # "Mr. RASKIN."
                hits.append((i, record, (_label_speaker(record.group(1)), record.start(1))))
            continue
        m = _LABEL.match(norm, u.start, u.end)
        if m is None:
            role = _ROLE_LABEL.match(norm, u.start, u.end) if named_roles else None
            if role is not None and _strip_the(role.group(1)) in named_roles:
                # "The Chancellor of the Exchequer:"
                hits.append((i, role, named_roles[_strip_the(role.group(1))]))
            continue
        hansard = False
        if m.group(2) and _is_member(m.group(1)) and not _names_someone(m.group(2)):
            # a parliament's record, the member then the party or office: "CRAIG DUNLEAVY (Liberty):",
            # "Hon LOUISE FAIRBURN (Minister for Building and Construction):"
            member = _HONOURABLE.sub("", m.group(1))
            label, pos, hansard = member, m.start(1) + len(m.group(1)) - len(member), True
        elif m.group(2):  # "The Prime Minister (Mr Adam Reeve):"
            label, pos = m.group(2), m.start(2)
        else:
            label, pos = m.group(3), m.start(3)
            if _strip_the(label) in named_roles:  # "The Prime Minister:", named before
                hits.append((i, m, named_roles[_strip_the(label)]))
                continue
        if "'s " in label.lower():  # "Prime Minister's Questions: the exchange on …", a headline
            continue
        if pos > u.start and not _ends_as_sentence(norm[u.start : _line_end(norm, u.start)]):
            continue  # a live blog's entry heading after its time ("12:45 Tories: 'A tax on jobs'")
        value_end = _line_end(norm, m.end())
        if _NAMES_ONLY.fullmatch(norm, m.end(), value_end):
            continue  # a team sheet ("Arsenal: Raya, White, Saliba, …"), a list of names, no speech
        if (
            " " not in label
            and not label.isupper()
            and value_end - m.end() < _VALUE_MAX
            and not _ends_as_sentence(norm[m.end() : value_end])
            and norm.count(f"\n{label}:") + norm.startswith(f"{label}:") < 2
        ):
            # a record's field, once ("Cast: Timothée Chalamet, Zendaya", "Certificate: 12A"); a
            # turn's label comes again ("Question: So why should Americans trust")
            continue
        if (
            i == 0
            and (
                norm[m.end() : m.end() + 1].islower()
                # (not a label that comes again: "Question: So why should Americans trust")
                or (
                    not _ends_as_sentence(norm[m.end() : _line_end(norm, m.end())])
                    and f"\n{label}:" not in norm
                    and norm[m.end() : m.end() + 1] not in "(["  # "SYSTEM: (APPLAUSE)"
                )
            )
        ):
            continue  # "Heatwave: temperatures to hit 35C", "PMQs: Leaders clash over NHS", a headline
        first = _strip_the(label).split()[0].rstrip(".").capitalize()  # "CLAIM", "THE FACTS" too
        if first in _NOT_LABELS or label in _NOT_LABELS or len(label.replace(".", "")) < 2:
            continue
        if not (
            label.replace(" ", "").replace(".", "").replace("'", "").replace("-", "").isupper()
            or looks_like_person(label)
            or len(label.split()) == 1
            or m.group(2)
        ):
            continue
        if m.group(2) and not hansard:
            named_roles.setdefault(_strip_the(m.group(1)), (label, pos))
        speaker = _label_speaker(label)
        if m.group(2) or (" " in label and norm[m.end(3)] != ":"):
            # a full name given with a role ("(Ms Rhian Pugh)", "JAKE MORROW, CNN ANCHOR"): the
            # surname alone later ("Ms Pugh:", "MORROW:") is that person
            people.add_mention(pos, people.group_of(speaker, create=True))
        hits.append((i, m, (speaker, pos)))
    named = {who for _, _, (who, _) in hits if who is not None}
    if len(named) == 1:
        dated = [h for h in hits if h[2][0] is not None and colon_dateline(norm, units[h[0]]) is not None]
        if len(dated) == 1:
            # "SUNDARPUR: Nearly two-thirds of …" before an interview's "Q:" lines: the dateline,
            # the one name a label would give
            hits.remove(dated[0])
            named = set()
    speakers = len(named) + any(who is None for _, _, (who, _) in hits)  # reporters count as one
    if len(hits) < 2 or not named or speakers < 2 and len(hits) < 3:
        return
    if _news_in_brief(norm, units, hits):
        _firms_of_the_items(norm, units, found, hits)
        return
    # the most paragraphs a turn took before the last label: the last turn takes no more (a
    # transcript quoted in an article ends, and the article's own sentences follow)
    longest = max(
        units[b].paragraph - units[a].paragraph for (a, _, _), (b, _, _) in itertools.pairwise(hits)
    )
    for n, (i, m, (speaker, pos)) in enumerate(hits):
        found[i].label_end = m.end()
        if speaker is None:  # a reporter's question: its own source, if it names one
            continue
        last = n + 1 == len(hits)
        stop = len(units) if last else hits[n + 1][0]
        first_par = units[i].paragraph
        end = i
        while end < stop:
            par = units[end].paragraph
            if par - first_par > _MAX_LABEL_PARAGRAPHS or (last and par - first_par >= max(longest, 1)):
                break
            # a paragraph after the turn's first that names its own source ("The Treasury said
            # borrowing rose.", "Dan Whitmore, a campaigner, said …"): the article's own, after the
            # last turn or between an answer and the next question; the turn ends before it
            nxt = end
            while nxt < stop and units[nxt].paragraph == par:
                nxt += 1
            if par != first_par and any(
                found[j].speaker is not None and not found[j].pronoun for j in range(end, nxt)
            ):
                break
            end = nxt
        for k in range(i, end):
            f = found[k]
            f.speaker, f.how, f.speaker_pos, f.pronoun = (
                speaker,
                _LABEL_HOW,
                pos,
                False,
            )
            f.carried, f.own = False, True
            # a turn is its speaker's own words, as an interview's answer is (no quotation's span:
            # each sentence of a turn stays a claim of its own)
            f.is_quote = True


# A city in capitals and a colon opening the body's first sentence, as Indian papers write the
# dateline ("GUWAHATI: ", "NEW DELHI: "); a transcript's labels ("COOPER: …" / "KASICH: …") come
# again, or speak in the first person
_COLON_DATELINE = re.compile(r"(?:[A-Z]{4,}|[A-Z]{3,} [A-Z]{3,}):[ ]+(?=[A-Z][a-z])")


def colon_dateline(norm: str, unit: Span) -> re.Match[str] | None:
    """ "GUWAHATI: Floods have displaced …" opening a unit: the dateline, written once, before a
    sentence not in the first person (a speech turn whose label the attribution did not take)."""
    m = _COLON_DATELINE.match(norm, unit.start, unit.end)
    if m is None or norm.count(m.group().rstrip() + " ") > 1:
        return None
    return None if first_person_word(norm[m.end() : unit.end]) else m  # "BASH: And we also want …"


# Some of a group just named, speaking: "Several said …", "Others said …", "Some accused …"
_QUANTIFIED = re.compile(
    r"(Several|Some|Many|Most|Others|A few|Two|Three|Four)(?:[ ]+of[ ]+them)?[ ]+(?=[a-z])"
)
_QUANTIFIERS_AS_WORDS = {"Others": "other", "A few": "a few"}
# a group opening the sentence before as its subject: "Drivers on the picket line were …", "Fans
# on social media were divided", "Neighbours on both sides turned out" (group 1)
_GROUP_OPENING = re.compile(
    r"((?:[a-z][a-z\-]*[ ]+){0,2}?(?:"
    + trie_alternation({w for w in PLURAL_PEOPLE_NOUNS if w.islower()})
    + r")(?:[ ]+(?:on|at|in|from|outside|across|along|of)[ ]+(?:the[ ]+|both[ ]+)?[\w\-]+(?:[ ]+[\w\-]+)?)?)"
    r"[ ]+(?:were|was|are|had|have|gathered|turned|stood|waited|lined|remained|packed|filled|reacted)\b"
)


def _quantified_groups(units: list[Span], found: list[UnitAttribution]) -> None:
    """ "Drivers on the picket line were in no mood to back down. Several said …": some of the group
    the sentence before opens with, when no one else is said to speak there ("several drivers on
    the picket line"; "Others said" -> "other …")."""
    groups: dict[int, str] = {}  # the group each unit so given speaks for ("Some …. Others said")
    for i, u in enumerate(units):
        if i == 0 or found[i].speaker is not None or u.text[:1] not in "SMOATF":
            continue
        q = _QUANTIFIED.match(u.text)
        if q is None or (verb := _VERB.match(u.text, q.end())) is None:
            continue
        before = units[i - 1]
        if u.paragraph - before.paragraph > 1:
            continue
        if (phrase := groups.get(i - 1)) is None:
            if found[i - 1].speaker is not None:
                continue
            group = _GROUP_OPENING.match(before.text[:1].lower() + before.text[1:])  # ("Drivers on …")
            if group is None:
                continue
            phrase = group.group(1)
        groups[i] = phrase
        word = _QUANTIFIERS_AS_WORDS.get(q.group(1), q.group(1).lower())
        found[i].speaker, found[i].how, found[i].speaker_pos = f"{word} {phrase}", verb.group(1), u.start
        found[i].own = True


# A press release's head: "Press release" on a line of its own, then whom it is from
_RELEASE_LINE = re.compile(r"(?:[Pp]ress|PRESS|[Nn]ews|NEWS|[Mm]edia|MEDIA)[ ](?:[Rr]elease|RELEASE)")
_RELEASE_FROM = re.compile(r"From:[ ]+([A-Z][\w&'’\-]*(?:[ ]+(?:[A-Z][\w&'’\-]*|of|and|for|the)){0,8})[ ]*")
_RELEASE_HEAD = 6  # units its head lines stand in, at most
_RELEASE_SENTENCE = re.compile(r"[^\n]{30,}[.!?][\"'”’)]?")  # a sentence, not a line of the page


def _press_release(units: list[Span], found: list[UnitAttribution]) -> None:
    """A press release ("Press release" / "From: Rivers and Coast Agency" heading it): its
    sentences that name no source of their own are its issuer's ("press release")."""
    head = units[:_RELEASE_HEAD]
    if not any(_RELEASE_LINE.fullmatch(u.text.strip()) for u in head):
        return
    issuer = next(
        ((m.group(1), u.start + m.start(1)) for u in head if (m := _RELEASE_FROM.fullmatch(u.text.strip()))),
        None,
    )
    if issuer is None:
        return
    for u, att in zip(units, found, strict=True):
        if att.speaker is None and not att.is_quote and _RELEASE_SENTENCE.fullmatch(u.text.strip()):
            att.speaker, att.how, att.speaker_pos, att.own = issuer[0], "press release", issuer[1], True


# two bodies named again together: "the companies", "the two firms", "both banks"
_BOTH_BODIES = re.compile(
    r"(?:[Tt]he(?:[ ]+two)?|[Bb]oth)[ ]+(?:companies|firms|groups|businesses|banks|airlines|carriers|"
    r"retailers|clubs|parties|governments|countries|sides|unions|councils|universities|hospitals)"
)


def _both_named_bodies(units: list[Span], found: list[UnitAttribution], people: People) -> None:
    """ "Halvorsen Foods has agreed to buy Brightwater Snacks, the companies announced": the two
    organisations named in that sentence or the one before, when there are exactly two, together
    ("Halvorsen Foods and Brightwater Snacks"); else as written."""
    for i, att in enumerate(found):
        if (
            att.speaker is None
            or att.pronoun
            or att.speaker_pos is None
            or not _BOTH_BODIES.fullmatch(att.speaker)
        ):
            continue
        first = units[max(0, i - 1)].start
        lo = bisect.bisect_left(people.org_positions, first)
        hi = bisect.bisect_left(people.org_positions, att.speaker_pos)
        names = list(dict.fromkeys(people.org_names[lo:hi]))
        if len(names) == 2 and names[0] not in names[1] and names[1] not in names[0]:
            att.speaker = f"{names[0]} and {names[1]}"


_FINDINGS_CONTINUED = 3  # sentences a document's findings run on without a source of their own
# a sentence that turns from what was found to something else ("Separately, …")
_TURNING = ("Separately", "Meanwhile", "Elsewhere", "In contrast", "By contrast", "However", "But ")
_A_DIGIT = re.compile(r"\d")
_TWO_CAPITALS = re.compile(r"[A-Z][\w'’\-]*[ ]+[A-Z]")
_SPEAKING_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")  # (not "the mine")


def _findings_continued(units: list[Span], found: list[UnitAttribution]) -> None:
    """ "The data show arsenic levels rose. Samples taken closest to the mine contained 0.31 mg per
    litre.": a sentence right after a document's or data's finding, in its paragraph, with a
    figure and no source of its own, goes on with the finding (up to a few sentences)."""
    run = 0
    for i in range(1, len(units)):
        before, att, u = found[i - 1], found[i], units[i]
        if att.speaker is not None or att.is_quote or u.paragraph != units[i - 1].paragraph:
            run = 0
            continue
        if (
            before.speaker is None
            or (before.pronoun and before.speaker != "It")  # ("It found …": a document's "it")
            or before.how is None
            or not (before.document is not None or before.how.split(" ", 1)[0] in EVIDENCE_VERBS)
            or run >= _FINDINGS_CONTINUED
            or _A_DIGIT.search(u.text) is None
            or u.text.startswith(_TURNING)
            or _SPEAKING_FIRST_PERSON.search(u.text) is not None
            # (not people saying something whose source is not found: "Economists had expected 3.8%";
            # a passive's "reported by 9% of patients" is no one speaking)
            or u.text.split(" ", 1)[0].lower() in SOURCE_NOUNS
            or _TWO_CAPITALS.match(u.text) is not None  # a name opens it: "Brightwell Foods employs 3,200"
            or any(not u.text.startswith(" by ", m.end()) for m in _verbs(u.text))
        ):
            run = 0
            continue
        att.take_source(before)
        att.document, att.carried = before.document, True
        if not before.carried:
            att.how = f"{before.how} (in the sentence before)"
        run += 1


def _without_colon_dateline(norm: str, unit: Span) -> Span:
    """The unit without a colon dateline opening it ("RAVIPUR: The agency released …, saying"):
    what the sentence's subject is looked for in."""
    if unit.text[:3].isupper() and (m := colon_dateline(norm, unit)) is not None:
        return Span(m.end(), unit.end, norm[m.end() : unit.end], unit.paragraph)
    return unit


def _news_in_brief(norm: str, units: list[Span], hits: list) -> bool:
    """Labels that are what each item is about, not who speaks: a business round-up's "Rolls-Royce:
    The engine maker raised its forecast …" / "Burberry: Sales fell 20%, the fashion house said".
    Each name heads one item only, none is a person's, and no item is in the first person or a
    quotation (a panel's "Unite: We will strike." / "RMT: …" are theirs)."""
    named = [who for _, _, (who, _) in hits]
    if None in named or len(set(named)) < len(named) or any(looks_like_person(who) for who in named):
        return False
    for i, m, (_, pos) in hits:
        label = _label_as_written(norm, m, pos)
        if label.isupper() and len(label) > 3:
            return False  # a transcript's surname in capitals ("VANCE:", "HOLT:"); not "BP:", "IBM:"
        said = norm[m.end() : units[i].end]
        if first_person_word(said) or said[:1] in "\"“‘'":
            return False
    return True


def _label_as_written(norm: str, m: re.Match[str], pos: int) -> str:
    """A label as the text writes it, from its name to its colon ("BP", not a recased "Bp")."""
    return norm[pos : m.end()].rstrip(": \t")


def _firms_of_the_items(norm: str, units: list[Span], found: list[UnitAttribution], hits: list) -> None:
    """In a round-up, "the fashion house" of an item is the firm heading it ("Burberry: Sales fell
    20%, the fashion house said"), shown as written."""
    for n, (i, m, (_, pos)) in enumerate(hits):
        name = _label_as_written(norm, m, pos)
        for k in range(i, hits[n + 1][0] if n + 1 < len(hits) else len(units)):
            f = found[k]
            if f.speaker and f.speaker[:4].lower() == "the " and f.speaker.rsplit(" ", 1)[-1] in _FIRM_NOUNS:
                f.speaker, f.speaker_pos = name, pos


def _strip_det(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    return rest if head in _DETERMINERS and rest else phrase


# a verb of speech in the passive, then "by" and who spoke ("was accused of … by MPs", "were told by
# the council")
_PASSIVE_VERBS = tuple(
    """accused described criticised criticized branded told warned urged condemned labelled labeled
    slammed attacked dismissed""".split()
)
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)[ ]+(?:(?:also|repeatedly|publicly|widely|later)[ ]+)?"
    r"(" + "|".join(_PASSIVE_VERBS) + r")\b[^.;:!?]{0,80}?[ ]by[ ]+(?=(?:the[ ]+)?[A-Z]|the[ ]+[a-z])"
)
# the verbs by which a speaker inside a clause after "whose" says the sentence's claim
# the verbs by which a speaker inside a clause after "whose" says the sentence's claim: those of
# reported speech (_REPORTING_VERBS) and of a claim ("whose president Sunil Kaur claimed …")
_WHOSE_SAYS = frozenset(("claimed", "claims", "stated"))
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom)\s+(?:has\s+|have\s+|had\s+)?\Z")
_FRAGMENT_WORDS = 6  # a quotation of fewer words inside reported speech is a fragment of it
# whom someone told to do something: "told staff to work", "told residents to stay indoors"
# ("Hollins Park Academy told to improve": a headline's passive, told, not telling)
_TOLD_TO = re.compile(
    r"[ ](?:[\w'’\-]+[ ]){0,3}?to[ ](?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|be\b)[a-z]+"
)
# what comes between a subject and the speech it goes on to make: "went on to say", "was quick to
# insist", "sought to reassure voters that", "intervened to remind"; not "declined to say", "is
# expected to announce" (nothing said yet), "refused to confirm"
_LEADS_TO_SPEECH = re.compile(
    r"(?<![\w'])(?:went[ ]on|goes[ ]on|(?:was|were|is|are|has[ ]been|have[ ]been)[ ](?:quick|keen|careful|"
    r"eager|anxious|at[ ]pains)|sought|seeks|moved|rushed|hastened|intervened|took[ ]the[ ]opportunity|"
    r"used[ ](?:the|his|her|their|its)[ ]\w+|(?:also[ ])?(?:took|takes)[ ]care|made[ ]a[ ]point|"
    r"stepped[ ]in|stood[ ]up|was[ ]at[ ]pains)[ ]to[ ]\Z"
)
# a condition's subject right before the verb: "if it believes", "unless the council decides"
_IF_BEFORE = re.compile(r"(?<![\w'])(?:[Ii]f|[Uu]nless)[ ](?:[\w'’\-]+[ ]){1,3}\Z")
_DENIALS = frozenset(
    "deny denies denied dispute disputes disputed reject rejects rejected contest contests".split()
)
# what a denial's subject denies, before it: "…, which the hospital denies", "a claim the firm disputes"
_WHICH_BEFORE = re.compile(
    r"(?:\bwhich|\b(?:a|an|the)\s+(?:claim|allegation|charge|accusation)s?)\s+(?:(?:the|a|an)\s+)?\Z"
)


def _find_speaker(norm: str, unit: Span, quotes: list[tuple[int, int]]) -> UnitAttribution:
    att = UnitAttribution()
    s0, e0 = unit.start, unit.end
    i = bisect.bisect_left(quotes, (s0, s0)) - 1
    i = max(i, 0)
    quotes_in: list[tuple[int, int]] = []
    while i < len(quotes) and quotes[i][0] < e0:
        qs, qe = quotes[i]
        if qe > s0:
            quotes_in.append((qs, qe))
            att.is_quote = True
            att.quote = (max(qs, s0), min(qe, e0)) if att.quote is None else (att.quote[0], min(qe, e0))
        i += 1
    text = norm[s0:e0]
    best: UnitAttribution | None = None
    quoted = [(qs - s0, qe - s0) for qs, qe in quotes_in]
    verbs = _verbs(text)
    according = "ccording to" in text
    doc_ref: re.Match[str] | bool | None = None  # a document named again before its verb, once looked for
    gap = False  # the speech verb found opens a clause whose subject is gone
    whose: UnitAttribution | None = None  # a speaker in a clause after "whose"
    # "It found that council engineers had warned …": a finding's "that" clause, whose verbs are
    # what it found (the finding's source is sought after, as a document's)
    finding = it.end() if text[:3] == "It " and (it := _IT_FOUND_THAT.match(text)) is not None else -1
    for m in verbs:
        if 0 <= finding <= m.start():
            break
        if any(qs < m.start() < qe for qs, qe in quoted):
            continue  # a verb inside the quotation is the quoted speaker's, not an attribution
        if according and _ACCORDING_NOUN.search(text, max(0, m.start() - 40), m.start()):
            continue  # "according to local media reports": a noun, not a verb
        if m.group(1) in ("posts", "post", "posted") and text.endswith(_POST_NOUN_BEFORE, 0, m.start()):
            continue  # "deleted several social media posts on Sunday": a noun
        if (
            m.group(1) == "called"
            and text.endswith(", ", 0, m.start())
            and text[m.start() - 3 : m.start() - 2] not in "\"'"
            and text[m.end() + 1 : m.end() + 2].isupper()
        ):
            continue  # "The glasses, called Lumora Vista, weigh 48 grams": a name given, no one speaks
        if m.group(1) == "posted" and text[max(0, m.start() - 12) : m.start()].lower().endswith(
            _POSTED_THINGS
        ):
            continue  # "In a statement posted on its channels, it said": the statement's verb is "said"
        if m.group(1) == "writing" and text.startswith((" under ", " as "), m.end()):
            continue  # "a blogger, writing under the name "Fighterbomber", complained": a pen name
        if m.group(1) in _NOUN_VERBS and _used_as_noun(text, m):
            continue  # "a penny above estimates", "Western estimates differ": a noun
        if m.group(1) in ("told", "tells", "tell") and (
            _TOLD_TO.match(text, m.end()) or text.startswith((" of ", " about "), m.end())
        ):
            continue  # "has told staff to work from the office": an instruction, no claim of theirs
        if (
            "that " in text[max(0, m.start() - 40) : m.start()]
            and not m.group(1).endswith(("s", "d", "g"))  # a verb's bare form ("apologise", "explain")
            and _THAT_SINGULAR_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        ):
            continue  # "recommended that the council apologise": what should be done, no one says it
        if "if " in text[max(0, m.start() - 40) : m.start()] and _IF_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "Ofcom can fine a broadcaster if it believes …": a condition, not what it says
        at = m.start()
        if text.endswith(" to ", 0, at) and (lead := _LEADS_TO_SPEECH.search(text, max(0, at - 44), at)):
            at = lead.start()  # "The minister went on to say that …": the subject before "went on"
        cand = (
            _modified_subject(text, at, s0)
            or _name_with_long_apposition(text, at, s0)
            or _subject_before(text, at, s0, common=True)
            or _subject_after(text, m, s0)
            or _coordinated_subject(text, at, s0, norm)
        )
        if cand is None:
            if doc_ref is None:
                doc_ref = _DOCUMENT_REFERENCE.search(text) or False
            if doc_ref and doc_ref.start(3) == m.start():
                break  # "The paper said the force denied it": the paper speaks (see below), not the force
            continue
        who, pos, pronoun = cand
        if (
            not pronoun
            and who[:1].islower()
            and (head := who.rpartition(" ")[2]) in _RESEARCH_GROUPS
            and (workplace := _AT_WORKPLACE.match(text, text.find(head, pos - s0) + len(head))) is not None
        ):
            who += workplace.group()  # "…, a team at the Halvorsen Institute reported": where they work
        if (
            text.endswith(_WHAT_BEFORE, 0, pos - s0)
            and not text.startswith(_WHAT_SAID_IS, m.end())
            # (but "what she called "their careful attention"": her words, quoted; not "what it
            # calls": "it" may be anything the sentence names)
            and not (
                m.group(1) in ("called", "calls", "described", "termed")
                and who not in ("it", "they")
                and _QUOTE_NEXT.match(text, m.end())
            )
            and text.find(":", m.end()) < 0  # "what Michelle Obama said in her speech: When they go low"
            and not _THAT_IS_WHAT.search(text, max(0, pos - s0 - 24), pos - s0)
        ):
            # "what the panel said about the NHS", "I agree with what Senator Dole said": what is
            # said, told of, not said here ("What he said was …", "That's what the economists
            # tell us" are their words)
            continue
        if text.endswith("whose ", 0, pos - s0):
            # "Mary Chen, whose husband told police …, said": the clause's verb, not hers; the
            # clause's speaker only if no verb after it names one ("the group BDA, whose president
            # Sunil Kaur said thousands of jobs would go")
            if whose is None and (
                m.group(1) in _REPORTING_VERBS or m.group(1) in _WHOSE_SAYS
            ):  # (not "whose mother wrote me from Texas")
                if who[:1].islower() and (comma := text.rfind(", whose ", 0, pos - s0)) > 0:
                    owner = _phrase_before_comma(text, comma)  # "The charity, whose chief executive said"
                    if owner.split(" ", 1)[0] in _DETERMINERS:
                        owner = owner[0].lower() + owner[1:]
                    who = f"{owner}'s {who}" if owner else who
                whose = UnitAttribution(who, m.group(1) + _how_suffix(text, m.end()), pos, pronoun)
            continue
        if m.group(1) in _DENIALS and _WHICH_BEFORE.search(text, max(0, pos - s0 - 30), pos - s0):
            continue  # "Waiting times have doubled, which the hospital denies": not the hospital's claim
        how = m.group(1) + (" a statement" if m.group(1) in ("read", "reads") else _how_suffix(text, m.end()))
        if how == "told" and pos == s0 and who in _HEARINGS and not _ends_as_sentence(text):
            # a headline's "Jury told …", "MPs told …": told by someone unnamed, as "the court heard"
            who, how = (who, "were told") if who in ("MPs", "Peers") else ("the " + who.lower(), "was told")
        elif (
            how in ("told", "tells")
            and (whom := _TOLD_WHOM.match(text, m.end())) is not None
            and not _NATIONAL_HEARERS.search(whom.group(0))  # "tells the American people"
        ):
            how += whom.group(0)  # "told reporters", "told the BBC", "told the court"
        if how == "saying" and (quoted_as := _QUOTED_AS.search(text, max(0, m.start() - 30), m.start())):
            how = f"{quoted_as.group().strip()} saying"  # "was quoted as saying"
        near_quote = att.quote is not None and (
            abs(pos - att.quote[1]) < 40 or abs(s0 + m.start() - att.quote[1]) < 40
        )
        closing = (
            best is not None
            and not best.own
            and not near_quote
            and _AFTER_A_COMMA_END.search(text, max(0, pos - s0 - 8), pos - s0) is not None
            and _closes_sentence(text, m.end())
        )  # "It expects revenue to triple, a person briefed on its finances said.": the source of all
        if (
            best is not None
            and near_quote
            and not best.own
            and who == best.speaker
            and pronoun == best.pronoun
        ):
            # "Pike said the witnesses were "lying" and urged jurors …": the same speaker's second
            # verb; the first says how the quotation is attributed
            best.own = True
            break
        if (
            best is None
            or (
                near_quote
                and not best.own
                # not a fragment quoted inside what the first verb reports: 'Jane Smith said Tom
                # Reed had promised to "fix the roads".' is hers
                and not (
                    best.how is not None
                    and best.how.split(" ", 1)[0] in _BEFORE_THEIR_WORDS
                    and best.speaker_pos is not None
                    and best.speaker_pos < s0 + m.start()
                    and att.quote is not None
                    and att.quote[0] > s0 + m.start()
                    and norm.count(" ", att.quote[0], att.quote[1]) < _FRAGMENT_WORDS
                )
            )
            or closing
        ):
            best = UnitAttribution(who, how, pos, pronoun, own=near_quote)
            # a clause whose subject is gone ("the 95% target the WHO says is needed"): a claim
            # about something else in the sentence, yielding to "according to" (below)
            gap = _GAP_AFTER.match(text, m.end()) is not None
            if near_quote:
                break
    if best is None and whose is not None:
        best = whose
    if (
        best is None
        and text[:1].isupper()
        and (head := _HEADLINE_SUBJECT.match(text)) is not None
        and not _ends_as_sentence(text)
    ):
        # a headline's subject without its article: "Water boss tells MPs …", "Greens pledge free
        # bus travel" (as written)
        who, noun = head.group(1), head.group(1).rsplit(" ", 1)[-1]
        if (" " in who and (noun in SOURCE_NOUNS or noun in _ROLE_WORDS)) or (
            " " not in who and who.endswith("s") and head.group(2) in _PLURAL_HEADLINE_VERBS
        ):
            best = UnitAttribution(who, head.group(2), s0)
    if best is not None and according and gap and not best.own:
        # "Uptake fell to 88.9%, according to NHS figures, well below the target the WHO says is needed"
        best = None
    if best is None and text.endswith(":") and " by " in text and (by := _INTRO_BY.search(text)) is not None:
        # "Key measures announced by the Chancellor:": who introduces the list, as written
        who = by.group(2)
        best = UnitAttribution(
            who[0].lower() + who[1:] if who[:4] == "The " else who, by.group(1), s0 + by.start(2)
        )
    if best is None and " quoted " in text and (quoted_by := _QUOTED_BY.search(text)) is not None:
        # "TASS quoted Ryabkov as saying …", "Ryabkov was quoted by TASS as saying …": his words,
        # as the agency reported them
        who, outlet = (
            (quoted_by.group(2), quoted_by.group(1))
            if quoted_by.group(2)
            else (quoted_by.group(3), quoted_by.group(4))
        )
        best = UnitAttribution(who, f"quoted by {outlet} as saying", s0 + text.index(who, quoted_by.start()))
    if best is None and verbs and text[:1] in "ATTO" and (shared := _SHARED_THING.match(text)) is not None:
        # "A viral post claims that …", "A Conservative leaflet says …", "A TikTok video viewed 2
        # million times says …": what is shared, as written (who made it is not said)
        phrase = shared.group(1)
        best = UnitAttribution(phrase[0].lower() + phrase[1:], shared.group(3), s0)
        best.document = shared.group(2).lower()
    if (
        best is not None
        and text.startswith(("According to ", "according to "))
        and (comma := text.find(", ")) > 0
        and best.speaker_pos is not None
        and best.speaker_pos - s0 > comma
    ):
        # "According to Priya Mander, the engineer said …": on her word (who told her is her claim)
        best = None
    # substring tests first: the regex scans every position
    if (
        best is None
        and " by " in text
        and any(map(text.__contains__, _PASSIVE_VERBS))  # (a cheap test first)
        and (passive := _PASSIVE_BY.search(text)) is not None
        # not inside a clause about something else ("a body that has been criticised by the regulator")
        and _RELATIVE_BEFORE.search(text, max(0, passive.start() - 20), passive.start()) is None
    ):
        # "The regulator was accused of being "asleep at the wheel" by MPs", "Residents were told
        # by the council that …": who did the speaking, after "by"
        if (
            (who := _phrase_after(text, passive.end())) is not None
            and not who.endswith(_LED_BY)
            # "told the school would close by Friday", "in place by June": when, not who
            and who.split(" ", 1)[0].lower().rstrip(".,") not in _DAYS_AND_MONTHS
        ):
            best = UnitAttribution(who, f"{passive.group(1)} by", s0 + _place_of(text, who, passive.end()))
    if best is None and ("ccording to" in text or "er " in text[:6] or ", per " in text):
        am = _ACCORDING.search(text)
        if am and any(qs < am.start() < qe for qs, qe in quoted):
            am = None  # "… according to the medical evidence" inside a judge's quotation: the judge's words
        if am:
            word = "according to" if "ccording" in am.group() else "per"
            whose = _whose(text, am.end())
            legal = _LEGAL_DOCUMENT.match(text, am.end()) if whose is None else None
            if (them := _OBJECT_PRONOUN.match(text, am.end())) is not None:
                # "According to him, traders lost millions": whom "him" stands for
                pronoun = _OBJECT_PRONOUNS[them.group(1).lower()]
                best = UnitAttribution(pronoun, word, s0 + them.start(1), True)
            elif whose is not None:
                # "according to a statement from the transport ministry", "… to a spokesperson for
                # Tesco": the ministry, Tesco
                said_in, owner = whose
                best = UnitAttribution(owner, f"{word} {said_in.group(1).lower()}", s0 + said_in.end())
                best.document = _document_noun(said_in.group(1))
            elif legal:  # "according to the lawsuit", "… to court documents": the papers, as written
                best = UnitAttribution(_lower_article(legal.group(1)), word, s0 + legal.start(1))
            elif reports := _UNNAMED_REPORTS.match(text, am.end()):  # "according to Italian reports"
                best = UnitAttribution(reports.group(1), word, s0 + reports.start(1))
            elif unnamed := _UNNAMED_AFTER.match(text, am.end()):
                # "according to a person familiar with the matter", "… to sources close to the
                # Chancellor" (before a source noun alone: "sources")
                phrase = unnamed.group(1)
                best = UnitAttribution(phrase[0].lower() + phrase[1:], word, s0 + unnamed.start(1))
            elif sources := _SOURCES_AFTER.match(text, am.end()):  # "according to industry sources"
                best = UnitAttribution(sources.group(1), word, s0 + sources.start(1))
            elif (named_doc := _NAMED_DOCUMENT_AFTER.match(text, am.end())) is not None:
                # "according to an internal HSA briefing": whose document, past its modifiers
                best = UnitAttribution(named_doc.group(1).strip(), word, s0 + named_doc.start(1))
                best.document = _document_noun(named_doc.group(2))
            elif speaking_for := _speakers_for_named(text, _SPACES.match(text, am.end()).end()):
                # "according to the family of Alice Grant": not Alice Grant
                best = UnitAttribution(speaking_for[0], word, s0 + speaking_for[1])
            elif who := _phrase_after(text, am.end()):
                if (
                    who[:1].islower()  # (a name's reports are the name's: "according to Reuters reports")
                    and (noun := _WORD.match(text, text.find(who, am.end()) + len(who) + 1)) is not None
                    and noun.group(0).rstrip(".,") in DOCUMENT_NOUNS
                ):
                    # "official figures": no official; "a recent government report": the report
                    who = text[am.end() : noun.end()].strip().rstrip(".,")
                at = am.end()
                if who.endswith(_LED_BY) and (
                    noun := _WORD.match(text, _place_of(text, who, am.end()) + len(who) + 1)
                ):
                    if noun.group(0).rstrip(".,") in DOCUMENT_NOUNS:
                        # "according to a Nasa-led analysis": the document, as written
                        who = text[am.end() : noun.end()].rstrip(".,")
                if named := _person_named_after(text, who, am.end()):
                    who, at = named  # "according to the council's spokeswoman, Jane Smith"
                elif (
                    made := _MADE_BY_APPOSITION.match(text, _place_of(text, who, am.end()) + len(who))
                ) is not None:
                    # "according to the Coastal Jobs Index, a monthly survey by the bank Marlin Trust":
                    # who makes it
                    who, at = made.group(1), made.start(1)
                best = UnitAttribution(who, word, s0 + at)
                if "'s " in who:  # "according to the agency's technical notes": for "The notes say" after it
                    best.document = _document_noun(who)
            elif named_again := _DOCUMENT_AFTER.match(text, am.end()):  # "according to the report"
                best = _document_named_again(named_again, word, s0)
            elif statement := _THE_STATEMENT_AFTER.match(text, am.end()):  # "according to the release"
                best = UnitAttribution(statement.group(1).lower(), word, s0 + statement.start(1))
            elif unowned := _UNOWNED_AFTER.match(text, am.end()):  # "… to figures released on Thursday"
                best = UnitAttribution(unowned.group(1).rstrip(), word, s0 + am.end())
                best.document = _document_noun(unowned.group(2).rsplit(" ", 1)[-1])
            elif seen := _DOCUMENT_SEEN.match(text, am.end()):  # "… to a memo seen by the BBC"
                phrase = seen.group(1)
                best = UnitAttribution(phrase[0].lower() + phrase[1:], word, s0 + seen.start(1))
            elif new_document := _NEW_DOCUMENT_AFTER.match(text, am.end()):  # "… to a new survey"
                phrase = new_document.group(1)
                best = UnitAttribution(phrase[0].lower() + phrase[1:], word, s0 + new_document.start(1))
                best.document = _document_noun(phrase.rsplit(" ", 1)[-1])
            elif (common := _common_noun_after(text, _SPACES.match(text, am.end()).end())) and common.rsplit(
                " ", 1
            )[-1] not in _IN_KEEPING_WITH:
                # "according to the search giant", "… to the local fire brigade": as written
                best = UnitAttribution(common, word, s0 + _place_of(text, common, am.end()))
    # an evidence verb's stem (substrings first: the regexes try every position)
    evidence = best is None and any(map(text.__contains__, _EVIDENCE_STEMS))
    if evidence:
        best = _evidence_source(text, s0)
        if best is None and (" by " in text or " with " in text or " to " in text):
            best = _seen_document_shows(text, s0)
        if best is None and (legal := _LEGAL_SHOWS.search(text)) is not None:
            # "Court documents show …", "The indictment reveals …": the papers, as written
            best = UnitAttribution(_lower_article(legal.group(1)), legal.group(2), s0 + legal.start(1))
    if best is None and ("heard" in text or " told" in text):
        heard = _HEARING.search(text)
        if heard is not None:  # "The court heard that …": said in court, by whoever it was
            body = heard.group(1)
            if body.split(" ", 1)[0] in _DETERMINERS or body.startswith("Jurors"):
                body = body[0].lower() + body[1:]
            best = UnitAttribution(body, heard.group(2), s0 + heard.start(1))
    if (
        best is None
        and any(
            map(text.__contains__, _OWN_REPORTING_STEMS)
        )  # substrings first: the regex tries every position
        and (own := _OWN_REPORTING.search(text)) is not None
        and is_newsroom(own.group(1))
    ):  # a newsroom, not "Labour has seen its support fall", "Apple understands the concern"
        # "The BBC understands that …", "Sky News has been told": the outlet's own sources
        best = UnitAttribution(own.group(1), " ".join(own.group(2).split()), s0 + own.start(1))
    if best is None and "(" in text and (bracket := _SOURCE_IN_BRACKETS.search(text)) is not None:
        # "Unemployment rose to 4.8% (source: ONS)": the source the sentence names in brackets
        best = UnitAttribution(bracket.group(1).strip(), "source in brackets", s0 + bracket.start(1))
    if best is None and " put" in text:
        put = _AS_PUT_IT.search(text)
        if put is not None and put.group(1) != "I":  # "As Jo Marsh put it, …": her framing
            who = put.group(1)
            who = who[0].lower() + who[1:] if who.split()[0] in ("The", "A") else who
            best = UnitAttribution(who, "put it", s0 + put.start(1))
    if best is None and text[:2] in ("Th", "Su") and (verdict := _VERDICT_OF.match(text)) is not None:
        if who := _phrase_after(text, verdict.end()):
            # '"We are delighted." That was the verdict of John Smith': his words, the quotation's
            # before it too (_quotes_before_verdicts); "… of the club's chairman, John Smith": his
            who, at = _person_named_after(text, who, verdict.end()) or (
                who,
                _place_of(text, who, verdict.end()),
            )
            best = UnitAttribution(who, verdict.group(1), s0 + at)
    if best is None and "words of " in text:
        words_of = _IN_THE_WORDS_OF.search(text)
        if words_of is not None and (who := _phrase_after(text, words_of.end())):
            # "The plan is, in the words of one minister, "a disaster"": the minister's words
            best = UnitAttribution(who, "in the words of", s0 + _place_of(text, who, words_of.end()))
    end = text[-45:]
    if (
        ", " in end
        and any(map(end.__contains__, _HEADLINE_TAIL_STEMS))  # substrings first: the regex is slower
        and (tail := _HEADLINE_TAIL.search(text, max(0, len(text) - 45))) is not None
    ):
        who = tail.group(1) or tail.group(4)
        if best is None or (best.speaker != who and who.endswith(" " + str(best.speaker))):
            # "Rents to rise 9%, survey suggests", "…, think tank says" (not "tank"): a headline's
            # source, as written
            best = UnitAttribution(
                who, tail.group(2) or tail.group(3), s0 + tail.start(1 if tail.group(1) else 4)
            )
            best.document = _document_noun(who)
    if (
        best is None
        and text[:1] in _HEADLINE_OPENING_LETTERS
        and (opening := _HEADLINE_OPENING_DOCUMENT.match(text)) is not None
    ):
        if not _ends_as_sentence(text):
            # "Study finds rents will rise": a headline's document, as written
            who = opening.group(1)
            best = UnitAttribution(
                who[0].lower() + who[1:] if who[1:2].islower() else who, opening.group(2), s0
            )
            best.document = _document_noun(who)
    if best is None and " -" in text[-40:]:
        tail = _SOURCE_TAIL.search(text, max(0, len(text) - 40))
        if tail is not None:  # a wire headline's "… - sources", "… - document"
            best = UnitAttribution(tail.group(1), "in the headline", s0 + tail.start(1))
    if (
        best is None
        and "'s " in text
        and (verbs or evidence or "recorded" in text or "records" in text)
        and (any(map(text.__contains__, _DOCUMENT_STEMS)) or "statement" in text or "submission" in text)
    ):
        # an owner's document ("The department's annual crime report recorded", "The federation's
        # statement rejected"): the owner
        best = _owned_document(text, s0)
    if best is None and (verbs or evidence) and any(map(text.__contains__, _DOCUMENT_STEMS)):
        # a document speaks by a speech or an evidence verb: a unit with neither names none
        if best is None:
            best = _named_document(text, s0)
        if best is None and (m := _DOCUMENT_REFERENCE.search(text)) is not None:
            best = _document_named_again(m, m.group(3), s0)
        if best is None and (m := _NEW_DOCUMENT.search(text)) is not None:
            best = UnitAttribution("a" + m.group(1)[1:], m.group(2), s0 + m.start(1))
    if (
        best is None
        and evidence
        and (
            (text[:1] in _UNOWNED_DOCUMENT_LETTERS and (m := _UNOWNED_DOCUMENTS.match(text)) is not None)
            # inserted: "The economy grew 0.1%, official figures show, down from 0.3%"
            or (", " in text and (m := _UNOWNED_DOCUMENTS_INSERTED.search(text)) is not None)
        )
    ):
        # "Latest figures show …", "Polls suggest …", "Studies have shown …": the documents, as
        # written (their first word in capitals, so not found by the stems above)
        who = m.group(1)
        best = UnitAttribution(who[0].lower() + who[1:], " ".join(m.group(2).split()), s0)
        best.document = _document_noun(who)
    if best is None and (
        "t is " in text or "t was " in text or "t has been " in text or "t had been " in text
    ):
        if (unnamed := _IT_IS_UNDERSTOOD.search(text)) is not None:
            # "It is understood that …", "…, it is thought.": sources the text does not name; no
            # speaker, but the desk sees how the claim is sourced (and no colon's source is carried)
            att.how, att.own = unnamed.group(0)[0].lower() + unnamed.group(0)[1:], True
            if text.startswith(" by ", unnamed.end()) and (
                who := _phrase_after(text, unnamed.end() + 4)
                or ((by := _BY_THE_CLAIMANT.match(text, unnamed.end() + 4)) and by.group(1))
            ):
                # "It was claimed by the prosecution that …": who claimed it, after "by"
                att.speaker, att.how = who, att.how + " by"
                att.speaker_pos = s0 + _place_of(text, who, unnamed.end())
            return att
    if (
        best is not None
        and best.speaker is not None
        and best.how is not None
        and "'s " in text
        and (
            best.speaker.rpartition(" ")[2].lower() in _OWNED_NOUNS
            or (best.speaker_pos is not None and any(map(text.__contains__, _OWNED_NOUN_STEMS)))
        )
        and (owned := _owned_document(text, s0)) is not None
        and (
            owned.how == best.how.partition(" ")[0]
            # "The union's submission says members reported …": the document's verb comes first
            or (
                best.speaker_pos is not None
                and (first := _OWNED_DOCUMENT.search(text)) is not None
                and first.start(2) + s0 < best.speaker_pos
            )
        )
    ):
        # "The federation's statement rejected …", "the Finance Ministry's own Mid-Year Budget Review
        # conceded …": the document's owner, as for a document that shows or finds
        best = owned
    if (
        best is not None
        and best.document is None
        and best.speaker_pos is not None
        and " by " in text[: max(0, best.speaker_pos - s0)]
        and (by := _DOCUMENT_BY_OPENING.match(text)) is not None
        and by.end() <= best.speaker_pos - s0
    ):
        # "A report by the council's chief finance officer, Gillian Marsh, warns …": hers, a report
        # a later "The report says" goes on with
        best.document = _document_noun(by.group(1))
    if best is not None:
        att.take_source(best)
        att.own = True
        att.document, att.refers = best.document, best.refers
    return att


_DOCUMENT_BY_OPENING = re.compile(
    r"(?:An?|The)[ ]+(?:[\w\-]+[ ]+){0,2}?("
    + "|".join(sorted(REFERABLE_DOCUMENTS, key=len, reverse=True))
    + r")[ ]+by[ ]+"
)


_OWNED_NOUNS = EVIDENCE_NOUNS | {"statement", "submission"}


# the shortest evidence nouns, each held in the others ("report" in "reports"): a unit holding none
# of these substrings names no document, and the regexes need not scan it
_DOCUMENT_STEMS = tuple(
    sorted(n for n in EVIDENCE_NOUNS if not any(m != n and m in n for m in EVIDENCE_NOUNS))
)
_OWNED_NOUN_STEMS = (*_DOCUMENT_STEMS, "statement", "submission")


def _document_noun(phrase: str) -> str | None:
    """The evidence noun a document phrase ends in ("a new report" -> "report"), if any."""
    last = phrase.split()[-1].lower()
    return _document_kind(last) if last in EVIDENCE_NOUNS else None


def _seen_document_shows(text: str, s0: int) -> UnitAttribution | None:
    """ "Documents obtained by Reuters show that …", "Emails seen by the BBC reveal …": the
    documents, as written (the newsroom only saw them), speaking by an evidence verb."""
    m = _SEEN_DOCUMENT_SHOWS.search(text)
    if m is None or m.group(2) not in EVIDENCE_VERBS:
        return None
    phrase = m.group(1)
    if _COMMON_OPENING.match(phrase.lower()) is not None:
        phrase = phrase[0].lower() + phrase[1:]  # "documents obtained by Reuters"; not "Skylane … records"
    return UnitAttribution(phrase, m.group(2), s0 + m.start(1))


# a seen document's phrase opening with no name: an article, a modifier or the document itself
_COMMON_OPENING = re.compile(
    r"(?:an?|the)\s|(?:"
    + _DOCUMENT_MODIFIERS
    + r")(?:"
    + trie_alternation(DOCUMENT_NOUNS | {"emails", "messages", "papers", "files", "minutes"})
    + r")\b"
)


def _document_named_again(m: re.Match[str], how: str, s0: int) -> UnitAttribution:
    """ "the report" as a speaker: its source is sought among the sentences before
    (:func:`_documents_to_sources`)."""
    phrase = m.group(1)
    word, _, rest = phrase.partition(" ")
    owner = _POSSESSIVE_PRONOUNS.get(word.lower())
    if owner is not None:  # "Its report says": the report's owner says, as "it says" would
        att = UnitAttribution(owner, how, s0 + m.start(1), True)
        att.document = _document_kind(m.group(2))  # (for "The report found" after it)
        return att
    if word in ("The", "This", "That"):
        phrase = f"{word.lower()} {rest}"
    if (by := _DONE_BY.match(m.string, m.end(1))) is not None:
        # "The survey, carried out by Hollins Polling for the Gazette, suggests": who did it
        att = UnitAttribution(by.group(1), how, s0 + by.start(1))
        att.document = _document_kind(m.group(2))
        return att
    att = UnitAttribution(phrase, how, s0 + m.start(1))
    att.document, att.refers = _document_kind(m.group(2)), True
    return att


# what a named document is and who makes it, after its name: ", a monthly survey by the bank Marlin
# Trust" (group 1: the maker)
_MADE_BY_APPOSITION = re.compile(
    r",[ ]+an?[ ]+(?:[a-z\-]+[ ]+){0,2}(?:survey|index|report|poll|study|analysis|tracker|barometer|gauge)"
    r"[ ]+(?:by|from|compiled[ ]+by|run[ ]+by|published[ ]+by)[ ]+(?:the[ ]+)?(?:[a-z]+[ ]+)?"
    r"([A-Z][\w&'’\-]*(?:[ ]+[A-Z][\w&'’\-]*){0,4})"
)
# who made a document, between commas after it: ", carried out by Hollins Polling for the Gazette,"
_DONE_BY = re.compile(
    r",[ ]+(?:carried[ ]out|conducted|compiled|produced|written|issued|prepared|posted|published|released)"
    r"[ ]+by[ ]+(?:the[ ]+)?"
    r"([A-Z][\w&'’\-]*(?:[ ]+[A-Z][\w&'’\-]*){0,4})(?=[ ]+for[ ]|,)"
)


# Documents of one kind, named again by another word ("A poll by Ipsos … The survey found")
_SAME_KIND = {
    "poll": "survey",
    "polls": "survey",
    "surveys": "survey",
    "studies": "study",
    "reports": "report",
    "notes": "note",
    "documents": "document",
    "filings": "filing",
}


def _document_kind(noun: str) -> str:
    noun = noun.lower()
    return _SAME_KIND.get(noun, noun)


def _owned_document(text: str, s0: int) -> UnitAttribution | None:
    """ "The Environment Agency's annual report found …": the owner is the source, found as the
    subject of a verb would be ("the agency's report" -> "the agency")."""
    m = _OWNED_DOCUMENT.search(text)
    if m is None:
        return None
    owner = _subject_before(text, m.start(), s0, commas=0)
    if owner is None and (common := _THE_OWNER.search(text, max(0, m.start() - 50), m.start())) is not None:
        # "The inquiry's interim report, released yesterday, says": the inquiry, as written
        owner = ("the" + common.group(1)[3:], s0 + common.start(1), False)
    if owner is None or owner[2]:
        return None  # no owner, or a pronoun ("its report": see _document_named_again)
    att = UnitAttribution(owner[0], m.group(2), owner[1])
    att.document = _document_kind(m.group(1))
    return att


# Words that open a sentence before a document without naming its source
_NOT_OWNERS = frozenset(
    """new latest recent same full final annual interim original independent official leaked draft
    own quarterly monthly weekly joint written brief short internal confidential private separate
    other further fresh provisional early earlier previous preliminary detailed unpublished more
    some these those such similar national regional local global international public its their
    our his her this that the a an last first second third one two three both many most several
    government's""".split()
)


# Sources of one capitalised word that open a sentence before their document ("Government
# figures show"); an acronym ("ONS figures") needs no list
_ONE_WORD_SOURCES = frozenset(
    """Government Police Treasury Labour Conservative Tory Ofsted Ofgem Ofwat Ofcom Eurostat
    Parliament Whitehall Nasa Unicef Interpol Europol Frontex Kremlin Pentagon""".split()
)


def _named_document(text: str, s0: int) -> UnitAttribution | None:
    """ "The YouGov survey of 2,104 adults found …": the name before the document is its source
    (never a month or a day: "The March survey found")."""
    m = _NAMED_DOCUMENT.search(text)
    if m is None:
        return None
    k = 1 if m.group(1) else 2
    owner = m.group(k).strip()
    first = owner.split()[0]
    if first.lower() in _DAYS_AND_MONTHS or first.capitalize() in SENTENCE_STARTERS:
        return None  # "The March survey", "THE report" in capitals
    if k == 2 and (first.lower() in _NOT_OWNERS or first in GIVEN_NAMES):
        return None  # "Official figures show", "Separate data suggests": no one named
    if k == 2 and " " not in owner and not owner.isupper() and owner not in _ONE_WORD_SOURCES:
        return None  # "Experimental data suggests", "London figures show": an adjective, a place
    if owner in DEMONYMS or _NATIONAL_ALONE.fullmatch(owner):
        # "a large Australian study has found": where it was done, not who did it; as written
        phrase = m.string[m.start() : m.end(3)]
        att = UnitAttribution(phrase[0].lower() + phrase[1:], m.group(4), s0 + m.start())
        att.document = _document_kind(m.group(3))
        return att
    att = UnitAttribution(owner, m.group(4), s0 + m.start(k))
    att.document = _document_kind(m.group(3))
    return att


_NATIONAL_ALONE = re.compile(_NATIONAL_ADJECTIVE)
# an owner by a common noun opening the sentence, right before its "'s": "The inquiry"
_THE_OWNER = re.compile(r"(?:^|(?<=^[\"“‘']))([Tt]he[ ]+(?:[a-z][\w\-]*[ ]+){0,2}[a-z][\w\-]*)\Z")
# a person by their role, then where they work, right before the workplace: "A senior consultant at "
_ROLE_AT_BEFORE = re.compile(
    r"(?<![\w'’])((?:[Aa]n?|[Oo]ne)[ ]+(?:[a-z][\w\-]*[ ]+){0,3}(?:"
    + trie_alternation(PERSON_SOURCE_NOUNS | _ROLE_WORDS)
    + r"))[ ]+(?:at|of|from|in)[ ]+(?:the[ ]+)?\Z"
)
_SPOKESPERSON_REACH = 6  # units "the spokeswoman" looks back over for the one named before
_BARE_SPOKESPEOPLE = frozenset(
    f"{article} {noun}" for article in ("a", "the") for noun in ("spokesman", "spokeswoman", "spokesperson")
)


def _quotes_before_verdicts(units: list[Span], found: list[UnitAttribution]) -> None:
    """A quotation alone, no one named for it, right before "That was the verdict of John Smith"
    in its paragraph or the one before: his words."""
    for k in range(1, len(found)):
        att, before = found[k], found[k - 1]
        if (
            att.how is not None
            and att.how.endswith(" of")
            and att.speaker is not None
            and _VERDICT_HOW.fullmatch(att.how)
            and before.speaker is None
            and before.is_quote
            and units[k].paragraph - units[k - 1].paragraph <= 1
        ):
            before.take_source(att)
            before.own = True


def _spokespeople_of_the_source_before(units: list[Span], found: list[UnitAttribution]) -> None:
    """A spokesperson no one is named for ("A spokeswoman said: …") right after a sentence an
    organisation speaks ("Cosla, which represents Scotland's councils, said …") speaks for it, as
    "a spokeswoman for Cosla" does; after a person or nothing, as written."""
    for k, att in enumerate(found):
        if k == 0 or att.speaker is None or att.speaker.lower() not in _BARE_SPOKESPEOPLE:
            continue
        if att.speaker[:4].lower() == "the ":
            # "the spokeswoman" a few sentences after "A Quillbox spokeswoman said" or "a spokeswoman
            # for Quillbox said": that one (the same word: not after a spokesman)
            noun = att.speaker.rpartition(" ")[2].lower()
            for j in range(k - 1, max(-1, k - _SPOKESPERSON_REACH), -1):
                said = found[j].speaker
                if said is not None and not found[j].pronoun and said.lower() not in _BARE_SPOKESPEOPLE:
                    if noun in said.lower().split():
                        att.speaker, att.speaker_pos = said, found[j].speaker_pos
                    break
            if att.speaker[:4].lower() != "the ":
                continue
        before = found[k - 1]
        if (
            before.speaker is not None
            and before.own
            and not before.pronoun
            and before.document is None
            and units[k].paragraph - units[k - 1].paragraph <= 1
            and before.speaker[:1].isupper()
            and not looks_like_person(before.speaker)
        ):
            att.speaker, att.speaker_pos = before.speaker, before.speaker_pos


_OTHER_KIND_REACH = 3  # units back to a document of another kind that "the report" may name again


def _documents_to_sources(found: list[UnitAttribution], issued: dict[int, UnitAttribution]) -> None:
    """A document named again ("The report says …") speaks for the source of the latest document
    of its kind named before ("The Environment Agency's annual report found …", "The council
    issued a statement"; ``issued``: such sources by the unit they stand in); a plural or mass
    noun ("the figures", "the data") for the latest document of any kind. A singular document
    without one stays as written ("the report"); a plural one is no source."""
    latest: dict[str, UnitAttribution] = {}
    last: UnitAttribution | None = None
    last_at = -1  # the unit of the latest document
    research: UnitAttribution | None = None  # the latest research group to speak ("a team at …")
    for i, att in enumerate(found):
        if att.speaker and not att.pronoun and (at := _PEOPLE_AT.match(att.speaker)) is not None:
            if at.group(1) in _RESEARCH_GROUPS:
                research = att
        if issued and i in issued:
            latest[issued[i].document] = last = issued[i]  # (type checkers: document is set)
            last_at = i
        if att.document is None:
            if (
                latest
                and att.speaker
                and (the := _THE_STATEMENT.fullmatch(att.speaker)) is not None
                and (source := latest.get(the.group(1))) is not None
            ):
                # "The statement said" after "The council issued a statement": the council; '"…,"
                # the letter said' after "In a letter to members, he wrote": whom "he" stands for
                att.speaker, att.speaker_pos, att.pronoun = source.speaker, source.speaker_pos, source.pronoun
            continue
        if not att.refers:
            latest[att.document] = last = att
            last_at = i
            continue
        source = (
            latest.get(att.document)
            # a document of another kind right before ("The Auditor-General's special audit found
            # …. The report recommended"), not a statement ("…, the department said in a statement.
            # According to the inspection report": the report is no statement of theirs)
            or (
                last
                if att.document not in REFERABLE_DOCUMENTS
                or (
                    i - last_at <= _OTHER_KIND_REACH
                    and last is not None
                    and last.document not in _STATEMENT_NOUNS
                )
                else None
            )
            # "…, a team at the Halvorsen Institute reported. …, the study found": the team's
            or (research if att.document in _RESEARCH_DOCUMENTS else None)
        )
        if source is not None:
            att.speaker, att.speaker_pos, att.pronoun = source.speaker, source.speaker_pos, source.pronoun
            att.refers = False
        elif att.document not in REFERABLE_DOCUMENTS:
            att.speaker = att.how = att.speaker_pos = None
            att.own = att.refers = False
            att.document = None


# Who issued a document ("The council issued a statement on Thursday", "Ms Stratton wrote a
# letter"): the verb (group 1) and the document (group 2)
_ISSUED = re.compile(
    r"(?<![\w\-])(issued|published|released|put[ ]out|sent|wrote|signed|posted)[ ]+"
    # (or what came of it: "published the findings of its inquiry")
    r"(?:the[ ]+(?:findings|results|conclusions)[ ]+of[ ]+)?"
    r"(?:a|an|its|their|his|her)[ ]+(?:[a-z\-]+[ ]+){0,2}?"
    r"(statement|report|letter|memo|review|study|survey|analysis|briefing|assessment|audit|post|inquiry"
    r"|investigation|poll|email)(?![\w\-])"
)
_ISSUE_STEMS = ("issued", "published", "released", "put out", "sent ", "wrote", "signed", "posted")
# What a speaker's own words are written in, and named again by ("the statement", "the letter")
_STATEMENTS = "statement|letter|memo|post|release|email"
# of those, the ones no common-noun subject is found for ("The statement said" is found as one)
_WRITTEN_STATEMENTS = "letter|memo|post|release|email"
# "The letter said", opening a sentence (a document no common-noun subject is): the phrase, the verb
# (not "The statement said", which the common-noun subject finds)
_STATEMENT_SAYS = re.compile(
    rf"((?:The|This|That)[ ]+(?:{_WRITTEN_STATEMENTS}))[ ]+(?:also[ ]+|(?:goes|went)[ ]+on[ ]+to[ ]+)?"
    # (the verbs a document speaks by, and what a letter does: "reads", "goes on to accuse")
    r"(" + trie_alternation(_DOCUMENT_VERBS | {"read", "reads", "accuse"}) + r")\b"
)
_STATEMENT_STEMS = (
    *(f" {w} " for w in _WRITTEN_STATEMENTS.split("|")),
    " statement read",
)  # (a cheap test first)
# the same after the quotation it closes: '"…," the letter said.'
_QUOTE_THEN_STATEMENT = re.compile(
    r"[,?!][\"”’'][ ]+((?:the|this|that)[ ]+(?:"
    + _WRITTEN_STATEMENTS
    + r"|statement(?=[ ]+reads?\b)))[ ]+(said|says|added|adds|continued|continues|read|reads|states|stated)\b"
)
# the same after "according to"
# a statement named again as a speaker; group 1: the noun
_THE_STATEMENT = re.compile(rf"(?:the|this|that)[ ]+({_STATEMENTS})")
_THE_STATEMENT_AFTER = re.compile(rf"({_THE_STATEMENT.pattern})\b(?![ ]+(?:of|from|by)\b)")
# a document by the name of whose it is: "the National Health Data Agency's annual report" (group 1:
# the name, group 2: the noun)
_NAMED_OWNERS_DOCUMENT = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w&\-]*[ ]+){0,5}[A-Z][\w&\-]*)'s[ ]+"
    + _DOCUMENT_MODIFIERS
    + r"("
    + _DOCUMENT_WORDS
    + r")\b"
)
# "It proposes …", "It also shows …": a document named in the sentence before going on (the verb:
# group 1)
_IT_SHOWS = re.compile(r"It[ ]+(?:also[ ]+|further[ ]+)?(" + trie_alternation(_DOCUMENT_VERBS) + r")\b")
# and after what it found: "The steepest increases were in Galway, it found."
_IT_SHOWS_AFTER = re.compile(
    r",[ ]+it[ ]+(?:also[ ]+)?(" + trie_alternation(_DOCUMENT_VERBS) + r")[.!]?[\"”’']*[ ]*\Z"
)
# "It read:", "It said": a statement issued right before speaking (its verb: group 1)
_IT_READ = re.compile(r"It[ ]+(?:also[ ]+)?(read|reads|said|says|added|stated|continued)\b")
_STATEMENT_NOUNS = frozenset(_STATEMENTS.split("|"))
# a share of those asked, and what they answered, opening a sentence after a survey's
_POLLS = frozenset(("survey", "poll"))
_SHARE_SAID = re.compile(
    r"(?:(?:Just|Only|Some|About|Around|Nearly|Almost|More[ ]than|Fewer[ ]than|Less[ ]than|Over|Under)[ ]+)?"
    r"\d+(?:\.\d+)?%[ ]+(?:of[ ]+(?:them|those|respondents|[a-z]+)[ ]+)?"
    r"(said|say|thought|think|believed?|agreed?|wanted|want|expect(?:ed)?|would|backed|supported|opposed)\b"
)
# a document opening a sentence, with what it is of ("A leaked summary of the review"): group 1
_DOCUMENT_OPENING = re.compile(
    r"((?:An?|The)[ ]+"
    + _DOCUMENT_MODIFIERS
    + r"(?:"
    + trie_alternation({w for w in DOCUMENT_NOUNS if w[-1] != "s" or w in ("analysis", "census")} - {"data"})
    + r")(?:[ ]+(?:of|into|on)[ ]+(?:the|a|an|its|their)[ ]+[a-z][\w\-]*)?)"
    r"[ ]+(?:was|had[ ]+been|has[ ]+been)\b"
)
# a document and whom it is from, right before its source: "a leaked memo from "
_FROM_OR_BY = ("from ", "by ", "from the ", "by the ")  # (a cheap test first)
_DOCUMENT_FROM = re.compile(
    r"\b("
    + _STATEMENTS
    + "|"
    + _DOCUMENT_WORDS
    + r")[ ]+"
    + _PUBLISHED_WHEN  # (when it came out: "A report released Monday by")
    + r"(?:from|by)[ ]+(?:the[ ]+)?\Z"
)
# a speaker's words given in a document: "In a letter to the minister, Ms Stratton wrote …",
# "Marlin Trust said in its quarterly review that …" (for "The review warned" after it)
_IN_A_DOCUMENT = re.compile(
    rf"(?<!\w)[Ii]n[ ]+(?:a|an|its|their|his|her|the)[ ]+(?:[\w\-]+[ ]+){{0,2}}?"
    rf"({_STATEMENTS}|{'|'.join(sorted(REFERABLE_DOCUMENTS))})\b"
)


def _issued_documents(
    norm: str, units: list[Span], found: list[UnitAttribution]
) -> dict[int, UnitAttribution]:
    """The sources of documents issued in a unit ("Fernbridge Council issued a statement on
    Thursday"), for "The statement said" after it, by the unit's index; a unit whose speaker is
    the document it issues ("… issued a statement saying …") speaks for the issuer, and one whose
    speaker wrote "in a letter" names the letter's source."""
    issued: dict[int, UnitAttribution] = {}
    for i, u in enumerate(units):
        text = u.text
        att = found[i]
        if (
            att.speaker is None
            and i > 0
            and "%" in text[:40]
            and found[i - 1].speaker is not None
            and found[i - 1].document in _POLLS
            and (share := _SHARE_SAID.match(text)) is not None
        ):
            # "A survey … by CivicPulse found that 61% would be uncomfortable. Just 18% said they
            # would buy a pair": the same survey's answers
            att.take_source(found[i - 1])
            att.how, att.document = share.group(1), found[i - 1].document
            continue
        if (
            (att.speaker is None or (att.pronoun and att.speaker in ("It", "it")))
            and (text[:3] == "It " or ", it " in text[-40:])
            and i > 0
            and found[i - 1].speaker is not None
            and (
                found[i - 1].document is not None
                # (or "It found …" itself, after "The council published a consultation document")
                or (found[i - 1].speaker == "It" and found[i - 1].how in _DOCUMENT_VERBS)
                # ('"…," the email said. It blamed rising costs.')
                or _THE_STATEMENT.fullmatch(found[i - 1].speaker) is not None
            )
            and (
                it := _IT_SHOWS.match(text)
                if text[:3] == "It "
                else _IT_SHOWS_AFTER.search(text, len(text) - 40)
            )
            is not None
        ):
            # "The document … says the council faces a gap. It proposes keeping five branches": the
            # document goes on, by a verb no speaker is looked for with
            before = found[i - 1]
            att.take_source(before)
            att.how, att.document, att.refers = it.group(1), before.document, before.refers
            continue
        if (
            text[:3] == "It "
            and att.pronoun
            and att.speaker == "It"
            and i > 0
            and found[i - 1].speaker is None
            and (doc := _DOCUMENT_OPENING.match(units[i - 1].text)) is not None
        ):
            # "A leaked summary of the review was seen by reporters. It estimates that …": the
            # summary, as written (no one is said to have written it)
            phrase = doc.group(1)
            att.take_source(UnitAttribution(phrase[0].lower() + phrase[1:], att.how, units[i - 1].start))
            continue
        if (
            text[:3] == "It "
            and (att.speaker is None or (att.pronoun and att.speaker == "It"))
            and (it := _IT_READ.match(text)) is not None
            and (said := issued.get(i - 1) or issued.get(i - 2)) is not None
            and said.document in _STATEMENT_NOUNS
        ):
            # "The family issued a statement on Tuesday. It read: …": the statement's words
            att.take_source(UnitAttribution(said.speaker, it.group(1), said.speaker_pos))
            continue
        if att.speaker is None and text[:1] == "T" and (said := _STATEMENT_SAYS.match(norm, u.start, u.end)):
            # "The letter said …": the letter, as "the statement" is (its source sought after)
            att.speaker, att.how, att.speaker_pos = said.group(1).lower(), said.group(2), u.start
            att.own = True
            continue
        if (
            att.speaker is None
            and any(map(text.__contains__, _STATEMENT_STEMS))
            and (said := _QUOTE_THEN_STATEMENT.search(norm, u.start, u.end)) is not None
        ):
            # '"We made mistakes," the letter said.': the letter's, as "The letter said …" is
            att.speaker, att.how, att.speaker_pos = said.group(1).lower(), said.group(2), said.start(1)
            att.own = True
            continue
        if (
            att.speaker is not None
            and att.document is None
            and (
                "n a " in text
                or "n an " in text
                or "n its " in text
                or "n his " in text
                or "n her " in text
                or "n the " in text
            )
            and (doc := _IN_A_DOCUMENT.search(norm, u.start, u.end)) is not None
        ):
            # "In a letter to …, Olivia Stratton wrote": her letter
            att.document = _document_kind(doc.group(1))
            continue
        if (
            att.speaker is not None
            and att.speaker_pos is not None
            and att.document is None
            and not att.pronoun
            and norm.endswith(_FROM_OR_BY, max(u.start, att.speaker_pos - 9), att.speaker_pos)
            and (sent := _DOCUMENT_FROM.search(norm, max(u.start, att.speaker_pos - 60), att.speaker_pos))
        ):
            # "A leaked memo from the finance department warned …": the memo's source, for "The memo
            # said" after it
            source = UnitAttribution(att.speaker, att.how, att.speaker_pos)
            source.document = _document_kind(sent.group(1))
            issued[i] = source
            continue
        if "'s " in text and (owned := _NAMED_OWNERS_DOCUMENT.search(norm, u.start, u.end)) is not None:
            # "… based on the National Health Data Agency's annual report": whose report "the report"
            # is after it, though it does not speak here (one issued below comes first)
            source = UnitAttribution(owned.group(1), None, owned.start(1))
            source.document = _document_kind(owned.group(2))
            issued[i] = source
        if not any(map(text.__contains__, _ISSUE_STEMS)):
            continue
        m = _ISSUED.search(norm, u.start, u.end)
        if m is None:
            continue
        cand = _subject_before(norm[u.start : u.end], m.start() - u.start, u.start, common=True)
        if cand is None or cand[2]:
            continue  # no one, or a pronoun (whom it stands for is found later, for speakers only)
        source = UnitAttribution(cand[0], m.group(1), cand[1])
        source.document = _document_kind(m.group(2))
        issued[i] = source
        if att.speaker is not None and re.fullmatch(
            r"an?(?: [a-z\-]+){0,2} " + m.group(2), att.speaker, re.IGNORECASE
        ):
            # "The Department for Education issued a statement saying …": the department's words
            att.speaker, att.speaker_pos, att.document = source.speaker, source.speaker_pos, source.document
    return issued


# a source by a common noun after "by" or "from", before a comma, a time or the verb ("conducted by
# the school district in September")
_COMMON_OWNER = re.compile(
    r"((?:the|its|their)(?:[ ]+[a-z][\w\-]*){1,3}?)(?=[ ]*,|[ ]+(?:in|on|last|this|earlier)\b)"
)


_NAME_BETWEEN_COMMAS = re.compile(r"([A-Z][^,;:.\"]{1,50}),")


# what a source puts a figure at: "put participation at 61%", "puts the cost at about £4bn"
_PUT_AT = re.compile(
    r"(?:[ ]+[\w'’\-]+){1,5}?[ ]+(?:at|on)[ ]+(?:about[ ]+|around[ ]+|nearly[ ]+|just[ ]+)?[£$€]?\d"
)


def _evidence_source(text: str, s0: int) -> UnitAttribution | None:
    """The source of data or a report that shows or finds something ("Data from the Bureau of
    Labor Statistics showed that …" -> "Bureau of Labor Statistics", how "showed"). The caller
    has seen an evidence verb's stem in ``text``."""
    verbs = list(_EVIDENCE_VERB.finditer(text))
    if not verbs:
        return None
    starts = [vm.start() for vm in verbs]
    for em in _EVIDENCE.finditer(text):
        k = bisect.bisect_left(starts, em.end())  # the first verb after the source
        if k == len(verbs):
            break
        if text.endswith(_POSSESSIVE_BEFORE, 0, em.start()):
            continue  # "Their findings, published in the Journal of …, suggest": theirs, not the journal's
        who = _phrase_after(text, em.end())
        if who and who.split(" ", 1)[0].lower() in _DAYS_AND_MONTHS:
            continue  # "figures, published in March, show": when, not who
        if who and (at := text.find(who, em.end())) >= 0 and at + len(who) > starts[k]:
            who = text[at : starts[k]].rstrip(" ,")  # "by Ofsted's chief inspector recommends": not the verb
        if who:
            who = _without_client(who)
            if (
                (at := text.find(who, em.end())) >= 0
                and text.startswith(", ", at + len(who))
                and (named := _NAME_BETWEEN_COMMAS.match(text, at + len(who) + 2)) is not None
                and _describes_org(who)
                and _is_org_name(named.group(1))
            ):
                who = named.group(1)  # "a report by an outside engineering firm, Halvorsen & Tate,": its name
        if not who and (owner := _COMMON_OWNER.match(text, em.end())) is not None:
            if owner.group(1).rsplit(" ", 1)[-1] in SOURCE_NOUNS:
                who = owner.group(1)  # "A survey … conducted by the district in September found": as written
        if who:
            if (after := text.find(who, em.end())) >= 0 and text.startswith(" et al", after + len(who)):
                who += " et al."  # "A 2019 study by Raes et al. found"
            att = UnitAttribution(who, verbs[k].group(1), s0 + em.end())
            att.document = _document_kind(em.group(1))
            return att
    # "Researchers at the University of Leeds found that …": people whose work is to find out,
    # as the subject of the verb (not "He showed", nor a bare name)
    for vm in verbs:
        if vm.group(1) in ("put", "puts"):
            # a document puts a figure somewhere ("A survey … put Labour on 31%"), or a source does
            # ("The education ministry put participation at 61%"); nothing else is put as a claim
            if _PUT_AT.match(text, vm.end()) and (cand := _subject_before(text, vm.start(), s0)) is not None:
                if not cand[2] and (_head_noun(cand[0]) or _is_org_name(cand[0])):
                    return UnitAttribution(cand[0], vm.group(1), cand[1])
            continue
        cand = _subject_before(text, vm.start(), s0)
        if cand is None:
            continue
        if not cand[2] and _head_noun(cand[0]).lower() in _FINDERS:
            return UnitAttribution(cand[0], vm.group(1), cand[1])
        if not cand[2] and cand[0].endswith(("et al.", "et al")):
            return UnitAttribution(cand[0], vm.group(1), cand[1])  # "Raes et al. found"
        if (
            not cand[2]
            and all(w[:1].isupper() or w in _CONNECTORS for w in cand[0].split())
            and _FOUND_THAT.match(text, vm.end())
        ):
            # "The National Audit Office (NAO) found in May 2023 that …": a name that found out
            # (not a speaker's "Uh" before it: "Uh the Federal Reserve Board indicated that …")
            filler = _FILLER_OPENING.match(cand[0])
            if filler is None:
                return UnitAttribution(cand[0], vm.group(1), cand[1])
            return UnitAttribution(_strip_det(cand[0][filler.end() :]), vm.group(1), cand[1] + filler.end())
        if cand[0] == "It" and cand[1] == s0 and _FINDS_WHAT.match(text, vm.end()):
            # "A survey … found that rents rose. It also found that …": what "it" stands for (the
            # sentence's subject; not "if you look at the projections, it shows")
            return UnitAttribution(cand[0], vm.group(1), cand[1], True)
        if (
            cand[0] in ("They", "She", "He")
            and cand[1] == s0
            and vm.group(1) in _PEOPLE_FIND
            and _FOUND_THAT.match(text, vm.end())
        ):
            # "The researchers recruited 400 adults. They found that …", "She found that dust …":
            # the people the pronoun stands for, as for "they said"
            return UnitAttribution(cand[0], vm.group(1), cand[1], True)
    return None


# a spoken filler opening a transcript's sentence before a name ("Uh the Federal Reserve Board")
_FILLER_OPENING = re.compile(r"(?:Uh|Um|Er|Erm|Ah|Oh|Well|Now|And|But|So)[ ,]+(?=(?:the[ ]+)?[A-Z])")
# what people find out, after he, she or they (documents show and suggest: "They show that …")
_PEOPLE_FIND = frozenset("found find finds concluded concludes discovered".split())
# A that-clause after an evidence verb, maybe after when ("found in May 2023 that", "showed last
# year that")
_FOUND_THAT = re.compile(r"(?:,?\s+(?:in|on|last|this|earlier|during|since)\b[^,.;:!?\"]{1,25}?,?)?\s+that\b")
# What a document finds, after "It found": a clause or a figure ("It also found that …", "It
# showed 40% of tenants …"), not "It found its way", "It showed a loss"
_FINDS_WHAT = re.compile(r"\s+(?:that\b|\d|(?:more than|almost|nearly|about|around|just|only)\s+\d)")


_QUOTED_THEN_SUBJECT = re.compile(
    r"[,?!][\"”’'][ ]+(?:(?:[A-Z][\w.'\-]*[ ]+){1,4}|(?:he|she|they|we|I)[ ]+)\Z"
)


_A_WARNING_GIVEN = re.compile(
    r"[ ]+(?:issued|issues|sounded|given|remains|lifted|extended|in[ ]place|runs|ran|lasts|lasted|covers"
    r"|covered|applies|applied|comes|came|starts|started|ends|ended|expires|expired|is|was|will)\b"
)  # ("The Met Office warning runs from 6pm": a warning, a noun)


def _verbs(text: str) -> list[re.Match[str]]:
    """Speech verbs as whole words: the matches of ``\\b(verb)\\b``, except a verb of
    :data:`_OBJECT_VERBS` used of something other than speech ("has added $13 billion")."""
    found = [_VERB.match(text, m.start(1)) for m in _VERB_AFTER.finditer(text)]
    if text[:1].islower() and (first := _VERB.match(text)) is not None:  # a verb opening the text
        found.insert(0, first)
    return [
        m
        for m in found
        # "Measles warning issued after cases rise": a warning given, a noun; so is "Harmon's claim
        # that car thefts have doubled is misleading" (a fact check's, not his)
        if not (m.group(1) == "warning" and _A_WARNING_GIVEN.match(text, m.end()))
        and not (m.group(1) in ("claim", "claims") and text.endswith(("'s ", "’s "), 0, m.start()))
        and (
            m.group(1) not in _OBJECT_VERBS
            or _OBJECT_VERBS[m.group(1)].match(text, m.end())
            # '"…," Eklund declared to loud cheers': its subject right after a quotation it closes
            or _QUOTED_THEN_SUBJECT.search(text, max(0, m.start() - 50), m.start()) is not None
            or (
                (before := _char_before(text, m.start())) in _BEFORE_INVERSION
                and m.group(1) not in _NEVER_INVERTED
                and not m.group(1).endswith("ing")  # "…, adding £80 a year": no inversion, no speech
                # "Staff at the bar, which was shut, called an ambulance": for help, not speech
                and not (before == "," and m.group(1) == "called" and _CALLED_FOR_HELP.match(text, m.end()))
                # "Denise Vollmer, 52, of Marlow, pleaded guilty in March": a plea, not speech
                and not (m.group(1) in ("pleaded", "pleads") and _PLEA.match(text, m.end()))
            )
        )
        and not _colour_warning(text, m)
        # a noun after a possessive: "Johnson's remarks", "the minister's claims"
        and not (m.group(1)[-1] == "s" and text.endswith(_POSSESSIVE_ENDS, max(0, m.start() - 3), m.start()))
    ]


# A weather warning's colour ("Amber warning as Storm Darragh …"): no one warns
_WARNING_COLOURS = ("Amber ", "Yellow ", "Red ", "Orange ", "amber ", "yellow ", "red ", "orange ")


def _colour_warning(text: str, m: re.Match[str]) -> bool:
    return m.group(1)[:4] == "warn" and text.endswith(_WARNING_COLOURS, max(0, m.start() - 7), m.start())


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space, looked at in place ("" if none)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos else ""


# Speech verbs as often used of other things: they speak only when what follows says so, or in
# an inversion after a quotation or a comma ('"…," added the minister'). "added that", '…," he
# added.', "added rather doubtfully,", "added on Twitter"; not "added 200 jobs". "declared that";
# not "declared war". "asked whether", "asked reporters"; not "asked for $900 million".
# "He continued:"; not "had continued strength", "continues to spend". 'called the plan "a
# disaster"'; not "called for an inquiry".
_ADVERBS = r"(?:(?:[a-z]+ly|rather|very|quite|so|too|again|also)\b\s*){0,3}"
_SPEAKS_AFTER = re.compile(
    rf"""\s*{_ADVERBS}(?:that\b|in\b|on\b|at\b|during\b|later\b|[,:;.!?"'“”‘’—–-]|$)"""
)
_SPEAKS_AFTER_STRICT = re.compile(rf"""\s*{_ADVERBS}(?:that\b|[,:;.!?"'“”‘’—–-]|$)""")
# a clause without "that" after the verb, its subject then its verb: "conceded his side had
# switched off", "admitted the plan was late"; not "conceded 41 goals", "recalled 300,000 cars"
_CLAUSE_AFTER = (
    r"\s+(?:(?:his|her|their|its|our|my|the|this|that|these|those)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
    r"|it|he|she|they|we|i|there)\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|must|might"
    r"|had\s+been|could\s+not|would\s+not)\b"
)
_SPEAKS_AFTER_OR_CLAUSE = re.compile(_SPEAKS_AFTER.pattern + "|" + _CLAUSE_AFTER)
_NOT_FOR = re.compile(r"(?!\s+(?:for|to)\b)")  # "asked for $3 million", "asked to be eligible"
# "called the plan "a disaster"", "described the cuts as "cruel"": a quotation soon after
_QUOTE_NEXT = re.compile(r"[ ]*[\"“‘']")  # a quotation right after the verb
_QUOTE_SOON = re.compile(r'[^"\n]{0,80}"')
_ADVISED_WHOM = re.compile(r"\s+(?:that\b|against\b|(?:[\w'’\-]+\s+){1,4}?(?:to|not\s+to)\s+[a-z])")
_NOT_A_STORY_TOLD = re.compile(r"(?!\s+(?:a|the|its|their|much|another)\s+(?:[a-z\-]+\s+){0,2}story\b)")
# "called on ministers to release funding", "called on the government to act"; not "called on
# Tuesday to the house", "called on the family"
_QUOTE_SOON_OR_CALLED_ON = re.compile(
    _QUOTE_SOON.pattern + r"|\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|the\s+(?:scene|house|home))\b)"
    r"(?:[\w'’\-]+\s+){1,6}?to\s+(?!(?:the|a|an|his|her|their|its|hospital|scene)\b)[a-z]"
)
_CITES_WHAT = re.compile(
    r"\s+(?:(?:(?:the|a|an|his|her|their|its|our|this|these|those|new|official|recent|rising|falling)\s+)?"
    r"(?:[\w'’%.,\-]+\s+){0,4}?(?:figures?|data|report|study|survey|research|statistics|numbers|evidence|"
    r"rise|fall|gain|drop|increase|decrease|growth|decline|record|estimate|analysis|review|audit|poll"
    r"|studies)\b|\d)"
)  # ("pointed to council consent data", "cited studies showing")
_PLEA = re.compile(r"\s+(?:not\s+)?guilty\b")
# what is called for help, not said: "called an ambulance", "called the police", "called 999"
_CALLED_FOR_HELP = re.compile(
    r"\s+(?:an?\s+(?:ambulance|doctor|taxi|lawyer)|(?:the\s+)?(?:police|fire\s+brigade|coastguard|emergency"
    r"\s+services|RNLI)|999|911|112)\b"
)
# what is rejected or dismissed as words, not as an offer or a case: "rejected that suggestion",
# "rejected the accusation", "dismissed the charge as political"; not "rejected the offer",
# "dismissed the case"
_SPEECH_OBJECT = (
    r"(?:(?:the|any|all|such|these|those|this|his|her|their|its|our|opposition|latest|fresh|new|wild"
    r"|renewed|repeated|recent|similar|those|growing)\s+){0,2}"
    r"(?:claims?|suggestions?|allegations?|accusations?|reports?|criticisms?|charges?|assertions?|"
    r"characteri[sz]ations?|comparisons?|notion|idea|premise|remarks?|comments?|statements?|"
    r"warnings?|assessments?|findings|conclusions?|figures|estimates?|description|version|polls?|"
    r"surveys?|stud(?:y|ies)|forecasts?|accounts?|narrative)\b"
)
_REJECTED_WHAT = re.compile(r"\s+(?:that\b|" + _SPEECH_OBJECT + ")")
# "dismissed the proposal as unworkable", "dismissed it, saying …", a quotation soon after
_DISMISSED_WHAT = re.compile(
    r"[^\"\n]{0,80}\"|\s+(?:"
    + _SPEECH_OBJECT
    + r"|(?:(?:the|his|her|their|its|this|that|such)\s+)?(?:[a-z]+\s+)?"
    r"(?:proposals?|plans?|pledges?|concerns?|fears?|speculation|rumou?rs?|idea)\b"
    r"|[^.;:!?\"\n]{1,60}?\bas\b(?![ ]+(?:well|soon|part|a[ ]+result)\b)"
    r"|[^.;:!?\"\n]{1,60}?,[ ]+saying\b)"
)
# "credited his unit with the fall", "credits the team for"
_CREDITED_WITH = re.compile(r"\s+[^.;:!?\n]{1,60}?\b(?:with|for)\b")
# "Witnesses described seeing a man", "described how …", "described the cuts as cruel"
_APOLOGISED_WHAT = re.compile(r"[^,.;\"“]{0,40}[\"“]|\s+(?:for|to|that)\b|[ ]*[.!?]?[ ]*\Z")
_ASKS_WHAT = re.compile(r"\s+(?:whether|why|how|if)\b")
_REMEMBERS_WHAT = re.compile(_SPEAKS_AFTER_OR_CLAUSE.pattern + r"|\s+(?:being|how|when)\b")
_DESCRIBED_WHAT = re.compile(
    r"[^\"\n]{0,80}\"|\s+(?:how|what|seeing|hearing|being|feeling|having)\b|\s+[^.;:!?\"\n]{1,60}?\bas\b"
)
_ACCUSED_OF = re.compile(r"\s+(?!of\b)[^.;:!?\n]{1,80}?\bof\b")
_THAT = re.compile(r"\s+that\b")
_BELIEF_WHAT = re.compile(
    r"\s+(?:it(?='s|\s+(?:is|was|will|would|has|had|could|can|may|might)\b)"
    r"|that|the|this|these|those|he|she|they|there|we|a|an|his|her|its|their|our|most|many|some"
    r"|more|fewer|up\s+to|about|around|\d)\b(?!\s+(?:is|was|were|are)\s+(?:dead|killed|missing|lost)\b)"
    r"|[\s.!?\"'”’)]*\Z"
)
_TO_WHOM_THAT = re.compile(
    r"\s+(?:him|her|them|me|us|[Mm]inisters?|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}|the\s+\w+)\s+that\b"
)
_INFORMED_THAT = re.compile(r"\s+(?:that\b|" + _TO_WHOM_THAT.pattern[3:] + ")")
_A_STATEMENT = re.compile(
    r"\s+(?:out\s+)?(?:a|the|her|his|their|its|an)\s+(?:(?:short|brief|joint|written|prepared|emotional)\s+)?"
    r"statement\b"
)
_REMINDED_THAT = re.compile(r"(?:\s+[\w\-']+){0,3}?\s+that\b")  # "reminded both sides that"
_ESTIMATE_WHAT = re.compile(
    r"\s+(?:that|the|an?|about|around|roughly|some|more|fewer|up|at|\d|[£$€])\b|[\s.!?\"'”’)]*\Z|\s+[£$€]"
)
_THAT_OR_END = re.compile(r"\s+that\b|[\s.!?\"'”’)]*\Z")  # "…, the IMF forecast." ends the sentence
_THAT_OR_END_OR_COMMA = re.compile(  # (the clause going on after the comma; not ", and I said")
    _THAT_OR_END.pattern
    + r"|,\s+(?:had|has|have|was|were|is|are|would|could|should|must|did|will|in|on|at|after|that)\b"
)
_HELD_THAT = re.compile(  # (a clause after "that", with its verb: not "held that seat for 40 years")
    r"\s+that\s+(?!(?:day|week|month|year|morning|afternoon|evening|night|time|weekend|season)\b)"
    r"[^.;,]{1,60}?\b(?:was|were|is|are|had|has|have|would|could|should|must|did|does|will|can|may|might)\b"
)
# the same after where, to whom or when: "complained on social media that", "… to the council that"
_THAT_OR_END_AFTER = re.compile(
    r"(?:\s+(?:on|to|in|via|at|during|after|before|through|with)(?:\s+(?!about\b|over\b|of\b)[\w'’\-]+){1,4}?)?"
    + _THAT_OR_END.pattern
)
_DISPUTED_WHAT = re.compile(
    r"\s+(?:that|this\b|it\b|(?:the|this|these|those|his|her|its|their|our|such)\s+\w)"
)
# Verbs that speak only as what follows says, never inverted after a comma: "the man, accused
# of murder, said", "the deficit, projected at $2 billion".
_NEVER_INVERTED = {
    # "accused ministers of breaking promises"; not "was accused of fraud" ("of" at once)
    **dict.fromkeys(("accused", "accuses"), _ACCUSED_OF),
    # "Fox News projects that the incumbent will win"; not "the projected deficit"
    **dict.fromkeys(("projects", "projected"), _THAT),
    # "The association disputed her figures", "disputes that"; not "the disputed territory"
    **dict.fromkeys(("disputed", "disputes"), _DISPUTED_WHAT),
    # "Experts believe the species is extinct", "Economists fear that …"; not "believe in", "feared
    # dead", "fear for their jobs", "believe it or not", ", believe me,"
    **dict.fromkeys(("believe", "believes", "believed", "fear", "fears", "feared"), _BELIEF_WHAT),
    # "Judge Mary Holt ruled that …", "…, a tribunal has ruled."; not "ruled out", "ruled the country"
    # (and between commas, as a judge's words are reported: "The prosecution, she ruled, had failed")
    **dict.fromkeys(("ruled", "rules"), _THAT_OR_END_OR_COMMA),
    # "the judge held that …", "The court holds that …"; not "held talks", "was held that day"
    **dict.fromkeys(("held", "holds"), _HELD_THAT),
    # "charged that police lied"; not "the man, charged with murder, said"; "assured the public
    # that"; not "assured of a place"
    **dict.fromkeys(("charged", "charges"), _THAT),
    **dict.fromkeys(("assured", "assures"), _TO_WHOM_THAT),
}
# "claimed the election was stolen" speaks; "claimed the title", "claimed a first win", "claimed
# the lives of 40 people" do not
_NOT_A_PRIZE = re.compile(
    r"(?!\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:more\s+than|at\s+least|about|nearly|some)\s+)?"
    r"(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|maiden|record|"
    r"narrow|comfortable|historic|\d+(?:st|nd|rd|th))\s+)?(?:title|titles|victory|win|gold|silver|bronze|medal|"
    r"trophy|crown|cup|championship|prize|seat|seats|lead|pole|record|lives|life|victims)\b)"
)
# "Local media report that …" speaks; "An Ofsted report said", "the report, published on Monday,
# found" are a document, which speaks by the verb after it ("Italian media reports said" keeps
# its media, who report)
_NOT_A_DOCUMENT = re.compile(
    r"(?!\s*,|\s+(?:by|from|of|into|published|released|commissioned|"
    + "|".join(sorted(_DOCUMENT_VERBS, key=len, reverse=True))
    + r")\b)"
)
_OBJECT_VERBS = {
    "report": _NOT_A_DOCUMENT,
    # "Inflation tells the same story", "The data tell a different story": what figures show, no one
    # speaking (not "told the same story to the court": "told" keeps its subject)
    **dict.fromkeys(("tells", "tell"), _NOT_A_STORY_TOLD),
    **dict.fromkeys(("added", "adds", "adding", "declared", "declares", "declare"), _SPEAKS_AFTER),
    # "recalled that …", "she recalled."; not "recalled 300,000 cars"; "conceded that", not
    # "conceded 41 goals"
    **dict.fromkeys(("recalled", "recalls", "conceded", "concedes", "concede"), _SPEAKS_AFTER_OR_CLAUSE),
    # "the authors estimate that …", "…, the charities estimate."; not "an estimate of"
    # "Analysts estimate a list price of $25,000", "…, the charities estimate."; not "an estimate of"
    "estimate": _ESTIMATE_WHAT,
    # "complained that …", '"…," she complained.'; not "complained of chest pains", nor "when they
    # complained, he said"
    **dict.fromkeys(("complained", "complains"), _THAT_OR_END_AFTER),
    **dict.fromkeys(("claimed", "claims", "claim"), _NOT_A_PRIZE),
    # "Under cross-examination, he accepted that the CCTV was unclear"; not "accepted the offer"
    **dict.fromkeys(("accepted", "accepts"), _SPEAKS_AFTER_STRICT),
    # '"…," he responded.', "responded that …"; not "Rovers responded well and …"
    **dict.fromkeys(("responded", "responds"), _SPEAKS_AFTER_STRICT),
    # '"…," she cried.', "demanded that …"; not "cried for hours", "demanded a refund", "pleaded
    # guilty", "snapped a photo", "protested outside"
    **dict.fromkeys(
        (
            "cried",
            "demanded",
            "pleaded",
            "snapped",
            "screamed",
            "protested",
            "wondered",
            "laughed",
            "lamented",
        ),
        _SPEAKS_AFTER_STRICT,
    ),
    **dict.fromkeys(("asked", "asks"), _NOT_FOR),
    # "reiterated that …", '"…," he reiterated'; not "reiterated its support"
    **dict.fromkeys(("reiterated", "reiterates"), _SPEAKS_AFTER),
    # "The USDA forecasts that prices will rise"; not "forecast heavy rain", "the forecast deficit"
    **dict.fromkeys(("forecast", "forecasts", "forecasted"), _THAT_OR_END),
    **dict.fromkeys(("continued", "continues"), _SPEAKS_AFTER_STRICT),
    # "put it to her that …"; not "put it to a vote"
    **dict.fromkeys(("put it to", "puts it to", "putting it to"), _TO_WHOM_THAT),
    **dict.fromkeys(("called", "calls"), _QUOTE_SOON_OR_CALLED_ON),
    # "cited the currency's 9% gain", "pointed to the commission's report"; not "was cited for
    # speeding", "pointed to the door"
    **dict.fromkeys(("cited", "cites", "pointed to", "points to"), _CITES_WHAT),
    # "advised consumers to …", "advised that …"; not "was advised by police", "advised on the deal"
    **dict.fromkeys(("advised", "advises"), _ADVISED_WHOM),
    **dict.fromkeys(("described", "describes", "describe"), _DESCRIBED_WHAT),
    # "questioned whether the firm …", "Analysts question why"; not "questioned by police"
    **dict.fromkeys(("questioned", "questions", "question"), _ASKS_WHAT),
    # "remembers being sent back", "remembered that …", "remembers how"; not "remembered his keys"
    **dict.fromkeys(("remembers", "remembered"), _REMEMBERS_WHAT),
    # "apologised "unreservedly"", "apologised to the families"; "apologised, saying …" speaks by "saying"
    **dict.fromkeys(
        ("apologised", "apologized", "apologises", "apologizes", "apologise", "apologize"), _APOLOGISED_WHAT
    ),
    # "calling it "the computer you'll wear"", a quotation soon after; not "calling for calm"
    "calling": _QUOTE_SOON,
    **dict.fromkeys(("termed", "terms"), _QUOTE_SOON),
    # "informed the court that …", "The minister informed that …" (Indian English); not "informed
    # decisions", "was informed of"
    **dict.fromkeys(("informed", "informs"), _INFORMED_THAT),
    # "reminded the jury that …", "intervened to remind both sides that …"; not "reminded of home"
    **dict.fromkeys(("reminded", "reminds", "remind"), _REMINDED_THAT),
    # "read a statement on behalf of the family": the quotation after it is theirs; not "read the
    # report" ("issued a statement saying" speaks by "saying")
    **dict.fromkeys(("read", "reads"), _A_STATEMENT),
    # "sought to reassure voters that …"; not "The figures reassured investors"
    **dict.fromkeys(("reassure", "reassured", "reassures", "assure"), _REMINDED_THAT),
    # "rejected claims that he had lied", "rejected the accusation"; not "rejected the offer"
    **dict.fromkeys(("rejected", "rejects", "reject"), _REJECTED_WHAT),
    **dict.fromkeys(("credited", "credits", "credit"), _CREDITED_WITH),
    **dict.fromkeys(_JUDGING_VERBS, _QUOTE_SOON),  # speech when a quotation follows soon
    **dict.fromkeys(("dismissed", "dismisses"), _DISMISSED_WHAT),
    **_NEVER_INVERTED,
}
_BEFORE_INVERSION = frozenset(",\"'”’")
# "according to him": the pronoun as a speaker's ("he")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_OBJECT_PRONOUN = re.compile(r"(him|her|them)(?=[ ]*[,.;:!?]|\Z)", re.IGNORECASE)
_POSSESSIVE_ENDS = ("'s ", "s' ", "’s ")


# A study's authors as a citation names them, right before its verb: "Raes et al. found", "Smith et
# al. (2023) reported"
_ET_AL_BEFORE = re.compile(
    r"(?<![\w'])((?:[A-Z][\w'\-]+[ ]+(?:and|&)[ ]+)?"
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Ll]a|[Ll]e)[ ]+)?[A-Z][\w'\-]+"
    r"[ ]+et[ ]+al\.?)(?:[ ]*\(\d{4}[a-z]?\))?[ ]*\Z"
)
_NO_VERB_OF_ITS_OWN = frozenset("to not would will could should can may might must did does do".split())
# A person described by what they did, before the verb: "A woman who lives nearby", "The man who
# found the body", "One passenger who filmed it" (group 1)
_PLACED_OPENERS = frozenset("a an the one another two three several some many other".split())
# the words for people who may stand before where they are ("Doctors in the Gaza Strip said")
_PEOPLE_HEADS = _PERSON_WORDS | PLURAL_PEOPLE_NOUNS | frozenset("people women men worker".split())
# the capitalised words that end a phrase, its name ("… funded by Helvion Pharma")
_NAME_AT_END = re.compile(
    r"(?<![\w'])((?:[A-Z][\w'&.\-]*[ ]+(?:(?:for|of|and|on)[ ]+(?:the[ ]+)?)?){0,4}[A-Z][\w'&.\-]*)\Z"
)
# people described as outside a study, as science news names them: "Scientists not involved in the
# study", "A researcher who was not involved in the work" (group 2: the people)
_NOT_INVOLVED = re.compile(
    r"(?<![\w'])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)[ ]+)?"
    r"(?:[a-z][\w\-]*[ ]+){0,2}?([A-Za-z]+)[ ]+(?:who[ ]+(?:was|were|is|are)[ ]+)?not[ ]+involved[ ]+"
    r"(?:in|with)[ ]+[^,.;:!?\"“”]{2,50}?)[ ,]*\Z"
)
# a word of a place in lower case ("the port city"), not of a time or a verb group ("in the last
# debate", "in the world today would")
_PLACE_WORD = (
    r"(?!(?:would|will|could|should|can|may|might|must|did|does|do|had|has|have|today|now|then|also"
    r"|last|first|next|previous|same|debate|interview|meeting|statement|week|month|year|morning"
    r"|evening|night)\b)[a-z\-]+"
)
# people and where they are, at a clause's start: "A nurse in the East Midlands", "Doctors in the
# Gaza Strip" (group 2: the people)
# how many places, at a clause's verb ("Negotiators from several countries said")
_HOW_MANY_PLACES = tuple(
    f"{w} " for w in "countries nations states sides parties delegations governments capitals".split()
)
_PEOPLE_IN_PLACE = re.compile(
    r"(?:^|(?<=[,;:(\"“]\s)|(?<=[\"“]))((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome"
    r"|[Mm]any|[Oo]ther)[ ]+)?"
    # (a capitalised word that says what kind: "Grain traders", not "And his", "How many")
    r"(?:(?!(?:And|But|How|So|Then|Yet|Or|When|If|Now|Well|This|That|These|Those|His|Her|Their|Its|Our"
    r"|My|Your|What|Why|Where|Who|You|We|They|He|She|It|There|Here|As|In|On|At|For|With)\b)"
    r"[A-Z][a-z\-]+[ ]+(?=[a-z]))?"
    r"(?:[a-z][\w\-]*[ ]+){0,2}?([A-Za-z]+)[ ]+(?:in|of|at|from)[ ]+"
    r"((?:the[ ]+)?[A-Z][\w\-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w\-]*){0,3}"
    # or how many places or sides: "from several European countries", "from both sides"
    r"|(?:several|many|some|two|three|four|five|six|both|other|a[ ]+dozen|a[ ]+number[ ]+of)[ ]+"
    r"(?:[A-Z][\w\-]*[ ]+)?(?:countries|nations|states|sides|parties|delegations|governments|capitals)"
    # or an owner's body or region: "in the group's political bureau", "of Russia's Kursk region"
    r"|(?:the[ ]+[a-z]+|[A-Z][\w\-]*)'s(?:[ ]+[\w\-]+){1,2}"
    # or a body in lower case and where it is: "of one hospital trust in the East Midlands"
    r"|(?:the|a|an|one)[ ]+(?:[a-z\-]+[ ]+){0,2}[a-z\-]+[ ]+in[ ]+(?:the[ ]+)?[A-Z][\w\-]*"
    r"(?:[ ]+[A-Z][\w\-]*){0,3}"
    # or a place in lower case, maybe with its name: "at the hospital", "in the port city of Selm"
    r"|the[ ]+(?:"
    + _PLACE_WORD
    + r"[ ]+)?"
    + _PLACE_WORD
    + r"(?:[ ]+of[ ]+[A-Z][\w\-]*(?:[ ]+[A-Z][\w\-]*){0,2})?"
    r"))[ ]*\Z"
)
_WHO_DESCRIBED = re.compile(
    r"(?<![\w'])((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ ]+(?:[a-z][\w\-]*[ ]+){0,2}?"
    r"(?:woman|man|person|boy|girl|resident|neighbour|neighbor|witness|passenger|driver|mother|father"
    r"|worker|nurse|teacher|student|customer|shopper|motorist|pensioner|local|friend|relative|employee"
    r"|doctor|farmer|parent|tenant|owner|survivor|victim|fan|voter|official|officer|executive|source"
    r"|insider|aide|adviser|advisor|diplomat|member|minister|spokesperson|spokesman|spokeswoman)s?"
    r"[ ]+who[ ]+[^,.;:!?\"“”]{2,60}?)[ ]*\Z"
)
# A person with their age and home town, as court reports name them: "Darren Cole, 44, of Tilbury,
# Essex," (group 1: the name)
_PLACE_WORDS = r"[A-Z][\w'’\-]*(?:[ ]+(?:[A-Z][\w'’\-]*|on|upon|in|le|de))*"
_NAME_AGE_HOME = re.compile(
    r"(?<![\w'])((?:[A-Z][\w.'’\-]*[ ]+){1,3}[A-Z][\w'’\-]+),[ ]+\d{1,3},[ ]+(?:of|from)[ ]+"
    + _PLACE_WORDS
    + r"(?:,[ ]+"
    + _PLACE_WORDS
    + r")?,[ ]*\Z"
)
# What may stand between a comma and the subject that follows it: nothing, or its article
_SEGMENT_OPENERS = frozenset({"", "the", "The", "a", "A", "an", "An"})
_SEGMENT_DASH = re.compile(r"-{2,}|[—–]|[ ]-[ ]")


# People by a plural noun, and where they are or how they were reached, opening the sentence right
# before its verb: "Staff at its Hexworth headquarters said", "Her critics within the party say",
# "Residents reached by telephone said" (group 1: the phrase, as written)
_MODIFIED_SUBJECT = re.compile(
    r"((?:(?:The|Her|His|Their|Its|Some|Many|Several|Local)[ ]+)?(?:[A-Za-z][a-z\-]+[ ]+)?"
    + r"(?:"
    + trie_alternation({w.capitalize() for w in PLURAL_PEOPLE_NOUNS} | PLURAL_PEOPLE_NOUNS)
    + r")[ ]+(?:(?:at|in|within|inside|across|outside|near|from|on)[ ]+"
    # (not when: "Police on Friday said")
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|the[ ]+weekend|the[ ]+time|least|first|last|this"
    r"|that|recent|\d)\b)[^,;:\"“”()]{2,60}?"
    r"|(?:reached|contacted|interviewed|questioned|polled|surveyed)[ ]+by[ ]+[a-z][^,;:\"“”()]{1,30}?"
    # or what they are doing: "Police searching for a nine-year-old girl say"
    r"|(?:searching|looking|hunting|investigating|working|living)[ ]+(?:for|into|on|in|at)[ ]+"
    r"[^,;:\"“”()]{2,60}?))"
    r"[ ]+(?:(?:also|already|have|has|had|will|would)[ ]+)*\Z"
)


_MODIFIED_HEADS = PLURAL_PEOPLE_NOUNS


# A person's name opening the sentence, what they are and where, the town after a comma, and maybe
# a "who" clause, right before the verb: "Dr Amira Castellanos, a consultant neurologist at St
# Bride's Hospital, Oxley, who was not involved in the research, said" (group 1: the name)
_LONG_APPOSITION = re.compile(
    r"([A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){1,3}),[ ](?:a|an|the)[ ][^,;:\"“”]{2,80}?"
    r"(?:,[ ][A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)?)?(?:,[ ]who[ ][^,;:\"“”]{2,80})?,[ ]\Z"
)


# "that", then a singular subject by a common noun, right before a verb: "that the council "
_THAT_SINGULAR_BEFORE = re.compile(
    r"\bthat[ ]+(?:the|a|an|its|their|his|her)[ ]+(?:[a-z\-]+[ ]+)?[a-z]*[^s\W][ ]+\Z"
)
_IT_FOUND_THAT = re.compile(r"It[ ]+(?:also[ ]+)?(?:found|finds|concluded|concludes|established)[ ]+that\b")


# "One of them, the young veena player Karthik Subramaniam, said": the one named (group 1)
_ONE_OF_THEM_NAMED = re.compile(
    r"One[ ]+of[ ]+(?:them|those|the[ ]+[a-z]+),[ ](?:(?:the|a|an|his|her|their)[ ](?:[a-z][\w\-]*[ ]){0,4})?"
    r"([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){1,2}),[ ]\Z"
)


def _name_with_long_apposition(text: str, vpos: int, offset: int) -> tuple[str, int, bool] | None:
    """The person a sentence opens with, before what they are with two or three commas (see
    :data:`_LONG_APPOSITION`), or named after "One of them," (:data:`_ONE_OF_THEM_NAMED`), right
    before the verb at ``vpos``; else None."""
    if vpos > 260 or not text.endswith(", ", 0, vpos):
        return None
    if text[:7] == "One of " and (one := _ONE_OF_THEM_NAMED.match(text, 0, vpos)) is not None:
        return one.group(1), offset + one.start(1), False
    if text.count(",", 0, vpos) < 3:
        return None  # (a cheap test first: one comma closing a name and its role is handled elsewhere)
    m = _LONG_APPOSITION.match(text, 0, vpos)
    if m is None or not looks_like_person(m.group(1)):
        return None
    return m.group(1), offset + m.start(1), False


def _modified_subject(text: str, vpos: int, offset: int) -> tuple[str, int, bool] | None:
    """A sentence's subject of :data:`_MODIFIED_SUBJECT`, opening it right before the verb at
    ``vpos``, else None."""
    if vpos > 110 or text[:1].islower() or _MODIFIED_HEADS.isdisjoint(text[:vpos].lower().split(None, 3)[:3]):
        return None  # (a cheap test first: the noun is one of the first three words)
    if "," in text[:vpos]:
        return None
    m = _MODIFIED_SUBJECT.match(text, 0, vpos)
    if m is None:
        return None
    phrase = m.group(1)
    if phrase.split(" ", 1)[0] in ("The",):
        phrase = phrase[0].lower() + phrase[1:]
    return phrase, offset, False


def _subject_before(
    text: str, vpos: int, offset: int, commas: int = 2, common: bool = False
) -> tuple[str, int, bool] | None:
    """Who speaks by the verb at ``vpos``: (phrase, its place + ``offset``, whether a pronoun).
    ``commas``: how many phrases inserted between commas may stand between the subject and the
    verb ("Trump, who spoke in Ohio, said": one; the top call allows two, a nested one fewer).
    ``common``: a common noun no list holds may be the subject ("the coastguard said"), for a
    speech verb's own subject (not a word reached by another rule)."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(text, max(0, vpos - 160), vpos)]
    verb_at = vpos  # where the verb group starts: "has also said", "later told"
    if "quoted" in text[max(0, vpos - 24) : vpos]:
        quoted_as = _QUOTED_AS.search(text, max(0, vpos - 30), vpos)
        if quoted_as is not None:  # "Rahimi was quoted as saying"
            verb_at = quoted_as.start()
            while words and words[-1][1] >= verb_at:
                words.pop()
    while words and words[-1][0] in _SKIP_BEFORE_VERB:
        w, p = words[-1]
        if text[p + len(w) : verb_at].strip(" "):
            break  # "…, also, said": not one verb group
        j = len(words) - 2
        while j >= 0 and words[j][0] in _AUXILIARIES:
            j -= 1  # "Cllr Oakes and Cllr Ruddock have both said": past "have"
        if w in _ALL_OF_THEM and (j < 0 or not words[j][0][:1].isupper() or words[j][0] in _PRONOUNS):
            break  # "Hamas and Qatar both said"; not "they both said" (whom "they" are is unsure)
        verb_at = p
        words.pop()
    if (
        len(words) > 3
        and words[-1][0] in _PARTS_OF_DAY
        and words[-2][0].lower() in WEEKDAYS
        and not text[words[-1][1] + len(words[-1][0]) : verb_at].strip(" ")
    ):
        verb_at = words[-1][1]  # "President Lena Vask on Tuesday night said": the day's part, then the day
        words.pop()
    if (
        len(words) > 2
        and words[-2][0] in _WHEN_WORDS
        and words[-1][0].lower() in _DAYS_AND_MONTHS
        and not text[words[-1][1] + len(words[-1][0]) : verb_at].strip(" ")
        # "The Herald on Sunday", "The Mail on Sunday": a newspaper's name
        and not (words[-1][0] == "Sunday" and words[-2][0] == "on" and words[-3][0][:1].isupper())
    ):
        verb_at = words[-2][1]  # "The council on Tuesday said": when, not who
        del words[-2:]
    elif (
        len(words) > 1
        and words[-1][0].lower() in WEEKDAYS
        and words[-2][0].islower()
        and words[-2][0] not in _WHEN_WORDS  # "The Herald on Sunday said": a newspaper's name
        and words[-2][0] not in _CONNECTORS
        and not text[words[-1][1] + len(words[-1][0]) : verb_at].strip(" ")
    ):
        verb_at = words[-1][1]  # "The company Monday said", in American style: when, not who
        words.pop()
    if " by " in text[max(0, verb_at - 150) : verb_at] and (
        agent := _BODY_BEFORE_ITS_AGENT.search(text, max(0, verb_at - 200), verb_at)
    ):
        # "The panel, chaired by a retired judge, Justice Halima Yusuf, said", "A fact-finding panel
        # set up by the Federal Ministry of Sports Development has found": the body, as written (not
        # who chairs it or set it up)
        if _opens_clause(text, agent.start(1)):
            phrase = agent.group(1)
            if phrase.split(" ", 1)[0] in _DETERMINERS:
                phrase = phrase[0].lower() + phrase[1:]
            return phrase, offset + agent.start(1), False
    if (
        commas
        and text.endswith(", ", 0, verb_at)
        and (whose := text.rfind(", whose ", max(0, verb_at - 160), verb_at)) > 0
    ):
        # "Jenna Morales, whose son, Eli, was hurt, said": who the clause is about, not a name in it
        return _subject_before(text, whose, offset, commas=commas - 1, common=common)
    if text.endswith(", ", 0, verb_at) and (
        home := _NAME_AGE_HOME.search(text, max(0, verb_at - 160), verb_at)
    ):
        if looks_like_person(home.group(1)):  # "Darren Cole, 44, of Tilbury, Essex, admitted"
            return home.group(1), offset + home.start(1), False
    if (
        text.endswith((", which ", ", who "), 0, verb_at)
        and (said := _VERB.match(text, vpos)) is not None
        and said.group(1) in _BEFORE_THEIR_WORDS
    ):
        # "funded by Helvion Pharma, which said …", "MPs heard from Priya Sandhu, who said …": the
        # name the clause hangs on
        comma = text.rfind(",", 0, verb_at)
        named = _NAME_AT_END.search(text, max(0, comma - 60), comma)
        before = text.rfind(",", max(0, comma - 90), comma)
        if (
            named is not None
            and not looks_like_person(named.group(1))
            and before > 0
            and text[before + 1 : comma].lstrip().startswith(("a ", "an ", "the "))
            and (person := _NAME_AT_END.search(text, max(0, before - 60), before)) is not None
            and looks_like_person(person.group(1))
        ):
            # "… heard from Priya Venkataraman, a regional manager at the Marine Accident
            # Investigation Board, who said": the person, not where she works
            return person.group(1), offset + person.start(1), False
        if named is not None and (looks_like_person(named.group(1)) or _is_org_name(named.group(1))):
            return named.group(1), offset + named.start(1), False
        if (
            named is None
            and before > 0
            and text[before + 1 : comma].lstrip().startswith(("the ", "a ", "an ", "its ", "his ", "her "))
            and (person := _NAME_AT_END.search(text, max(0, before - 60), before)) is not None
            and looks_like_person(person.group(1))
        ):
            # "… heard from Ravi Dosh, the agency's enforcement director, who said": the name
            # before the role
            return person.group(1), offset + person.start(1), False
    if "not involved" in text[max(0, verb_at - 90) : verb_at] and (
        outside := _NOT_INVOLVED.search(text, max(0, verb_at - 130), verb_at)
    ):
        # "Scientists not involved in the study said", "A researcher who was not involved in the
        # work said": who they are, as written (not "the study")
        if outside.group(2).lower() in PERSON_SOURCE_NOUNS or outside.group(2).lower() in PLURAL_PEOPLE_NOUNS:
            phrase = outside.group(1)
            if phrase.split(" ", 1)[0] in _DETERMINERS:
                phrase = phrase[0].lower() + phrase[1:]
            return phrase, offset + outside.start(1), False
    near_place = text[max(0, verb_at - 60) : verb_at]
    at_place = max(
        near_place.rfind(" in "),
        near_place.rfind(" of "),
        near_place.rfind(" at "),
        near_place.rfind(" from "),
    )
    if (
        at_place >= 0
        # (a name, an owner, "the" or how many after the preposition: a cheap test before the pattern)
        and (
            near_place[at_place:] != near_place[at_place:].lower()
            or "'s" in near_place[at_place:]
            or near_place.startswith("the ", at_place + 4)
            or near_place.endswith(_HOW_MANY_PLACES)
        )
        and (placed := _PEOPLE_IN_PLACE.search(text, max(0, verb_at - 90), verb_at))
    ):
        # "A nurse in the East Midlands said", "Doctors in the Gaza Strip said": the people, where
        # they are, as written (not the place)
        head = placed.group(2).lower()
        phrase = placed.group(1)
        if (
            (head in _PEOPLE_HEADS or (head.endswith("s") and head[:-1] in _PEOPLE_HEADS))
            # at the sentence's start, or with its article after a comma (not "Tom Reed, chief
            # executive of Acme, …, said"), and not someone's ("the widow of Alan Grant": below)
            and (placed.start(1) == 0 or phrase.split(" ", 1)[0].lower() in _PLACED_OPENERS)
            and not looks_like_person(placed.group(3))
        ):
            if phrase.split(" ", 1)[0] in _DETERMINERS:
                phrase = phrase[0].lower() + phrase[1:]
            return phrase, offset + placed.start(1), False
    if " who " in text[max(0, verb_at - 70) : verb_at] and (
        described := _WHO_DESCRIBED.search(text, max(0, verb_at - 110), verb_at)
    ):
        # "A woman who lives nearby said": who she is, as written (at the clause's start); not "The
        # man who should be here to respond": no verb of its own
        if (
            _opens_clause(text, described.start(1), after_and=True)
            and described.group(1).rsplit(" ", 1)[-1] not in _NO_VERB_OF_ITS_OWN
        ):
            phrase = described.group(1)
            return phrase[0].lower() + phrase[1:], offset + described.start(1), False
    near_verb = text[max(0, verb_at - 60) : verb_at]
    if (" by " in near_verb or " with " in near_verb) and (
        seen := _SEEN_BY.search(text, max(0, verb_at - 140), verb_at)
    ):
        # "A leaked memo seen by the BBC warns": the memo, as written; the newsroom only saw it
        if _opens_clause(text, seen.start(1)):
            phrase = seen.group(1).rstrip(" ,")
            return phrase[0].lower() + phrase[1:], offset + seen.start(1), False
    if (
        (" to " in near_verb or " in " in near_verb or " at " in near_verb)
        and (sent := _DOCUMENT_SENT.search(text, max(0, verb_at - 120), verb_at)) is not None
        and _opens_clause(text, sent.start(1))
    ):
        # "An internal email read out in court described": the email, as written
        phrase = sent.group(1)
        return phrase[0].lower() + phrase[1:], offset + sent.start(1), False
    if "et al" in text[max(0, verb_at - 20) : verb_at]:
        cited = _ET_AL_BEFORE.search(text, max(0, verb_at - 80), verb_at)
        if cited is not None:  # "Raes et al. found", "Smith and Jones et al. (2023) reported"
            return cited.group(1), offset + cited.start(1), False
    close = text.rfind(")", max(0, verb_at - 3), verb_at)
    if close >= 0 and not text[close + 1 : verb_at].strip(" "):
        # "The Office of Rail and Road (ORR) said": the short form in brackets is skipped
        opening = text.rfind("(", max(0, close - 40), close)
        if opening > 0 and _BRACKETED_NAME.fullmatch(text, opening + 1, close):
            verb_at = opening
            while words and words[-1][1] >= opening:
                words.pop()
    if not words:
        return None
    last, last_pos = words[-1]
    if last.replace(".", "") in _LETTERS_AFTER_A_NAME and text.endswith(", ", 0, last_pos):
        # "Helen Ross, MBA, chief economist at the council, said": the name before its letters
        return _subject_before(text, last_pos - 2, offset, commas=commas, common=common)
    gap = text[last_pos + len(last) : verb_at].strip(" ")
    if gap == ")," and len(words) > 1 and text[last_pos - 1 : last_pos] == "(":
        # "Jane Smith, an adviser at the European Central Bank (ECB), said": past the short form
        words.pop()
        last, last_pos = words[-1]
        gap = ","
    if gap == "," and commas and not text.startswith(_AFTER_A_COMMA, vpos):
        # (a participle after the comma, "…, saying", speaks for the clause before it: see
        # _coordinated_subject)
        # "Trump, who spoke in Ohio, said" / "Mirzoyan, Speaker of the Parliament, said":
        # the subject stands before the comma that opens the inserted phrase
        opening = text.rfind(",", max(0, vpos - 160), last_pos)
        while opening > 0 and text[opening + 1 : opening + 2].isdigit():  # "4,000" is no clause
            opening = text.rfind(",", max(0, vpos - 160), opening)
        if opening > 0:
            # (a comma closing a quotation: '"…," Dr Ann Reed, a lecturer, told': after its mark)
            inserted = text[opening + 1 : last_pos + len(last)].lstrip(_CLOSING_MARKS).strip()
            if (aged := _AGE_BEFORE_NAME.match(inserted)) is not None:
                inserted = inserted[aged.end() :]  # "One patient, 81-year-old Dennis Harper, said"
            if inserted.replace(".", "") in _LETTERS_AFTER_A_NAME:
                # "Helen Ross, MBA, chief economist at the council, said": the degree is the name's
                return _subject_before(text, opening, offset, commas=commas, common=common)
            if inserted.startswith("known as ") and _is_org_name(inserted[9:]):
                # "The U.N. peacekeeping mission in Congo, known as MONUSCO, said": its name
                return inserted[9:], offset + text.index(inserted, opening) + 9, False
            head = _PLACE_AFTER_NAME.split(inserted, maxsplit=1)[0]
            if (
                inserted[:1].islower()
                and not inserted.startswith(("who ", "which ", "whose ", "whom ", "where "))
                and (named := _NAME_ENDING.search(inserted)) is not None
                and looks_like_person(named.group(1))
                and _phrase_before_comma(text, opening).rsplit(" ", 1)[-1].lower() in _PERSON_WORDS
            ):
                # "The first witness, barman Colm Ferriter, said": the name after what he is
                inserted = head = named.group(1)
            if (seat := _after_seat(inserted)) and looks_like_person(inserted[seat:]):
                # "The spokesman, Tipperary TD Patrick Flynn, said": the person after the seat
                inserted = head = inserted[seat:]
            if (
                looks_like_person(inserted)
                # "Another expert, Dr Liam Sullivan of Leeds University, said": the name, where they work
                or (head != inserted and looks_like_person(head))
                # "A neighbour, Ruslan Beg, said": a name after a word for a person, whatever its
                # first word looks like ("Ruslan" is shaped like a nationality)
                or (
                    looks_like_person(inserted, after_role=True)
                    and (
                        (role := _phrase_before_comma(text, opening)).rsplit(" ", 1)[-1] in _PERSON_WORDS
                        or _head_noun(role).lower() in _PERSON_WORDS  # "The chief of staff, Roman Ostapenko,"
                    )
                )
            ) and not _PARTY_AND_STATE.fullmatch(inserted):
                # "the fire chief, Capt. Mark Ellis, said"; not "Sen. Jessica Ramos, D-Queens, who
                # sponsored the bill, called": the party and the place, as American copy writes them
                # "Dr Tom Brown of Imperial College London": the person, not where they work
                if head != inserted and looks_like_person(head):
                    inserted = head
                return inserted, offset + text.index(inserted, opening), False
            if (
                inserted[:1].islower()
                and not inserted.startswith(("of ", "from ", "at ", "with "))  # where the person works
                and (at := _described_name(inserted))
                and _is_org_name(inserted[at:])
            ):
                # "The plant's owner, the steel group Stahlvik, said": the name it describes
                return inserted[at:], offset + text.index(inserted, opening) + at, False
            if _is_org_name(inserted):
                before = _subject_before(text, opening, offset, commas=0, common=True)
                described = before[0] if before is not None else _phrase_before_comma(text, opening)
                if (
                    _describes_org(described)
                    or _describes_org(
                        _RELATIVE_CLAUSE.split(_phrase_before_comma(text, opening), maxsplit=1)[0]
                    )
                    # "Organisers, the Akwadum Metropolitan Assembly, said": a body named for its part
                    or _strip_det(described).lower() in _BODIES_BY_THEIR_PART
                ):
                    # "The regulator, Ofwat, said", "The airline, easyJet, said": the name; "The
                    # company that owns the block, Clarion, said": what it is, then its clause
                    return _strip_det(inserted), offset + text.index(inserted, opening), False
            goes_on = (
                common and not _ends_here(text, vpos) and _plainly_says(text, vpos)
            )  # "The trial, …, continues.": no
            # two inserted phrases ("Prof Jane Smith, from the University of Leeds, who led the
            # study, said"): one more comma back, no further; a party and state before the
            # phrase is no third ("Sen. Jessica Ramos, D-Queens, who sponsored the bill, called")
            party = text.rfind(",", max(0, opening - 24), opening)
            if party > 0 and _PARTY_AND_STATE.fullmatch(text[party + 1 : opening].strip()):
                opening = party
            elif party > 0 and _AGE_BETWEEN.fullmatch(text, party + 1, opening):
                opening = party  # "Amy Cole, 41, who lives on Pond Lane, said": an age, no phrase
            cand = _subject_before(text, opening, offset, commas=commas - 1, common=goes_on)
            if cand is not None and commas > 1 and not cand[2]:
                # the subject found stands inside the phrase before, or is all of it, and that
                # phrase is inserted too: "Dr Dylan Thompson, a professor at the University of
                # Bath, who was not involved, said" (not "University of Bath", nor "a professor
                # at Bath University"): the name before both, if there is one
                lo = max(0, opening - 160)
                segment = max(
                    text.rfind(",", lo, opening), text.rfind(":", lo, opening), text.rfind(";", lo, opening)
                )
                # (a dash ends a segment too: a dateline's "LONDON, 4 December 2025 /PRNewswire/ --")
                between = _SEGMENT_DASH.split(text[segment + 1 : cand[1] - offset])[-1]
                inside = between.strip(" ") not in _SEGMENT_OPENERS
                definite = cand[0].startswith("the ")  # "Lionel Achterberg, the policy director at …"
                if inside or cand[0].startswith(("a ", "an ")) or definite:
                    two = _subject_before(text, opening + 1, offset, commas=commas - 1, common=goes_on)
                    if two is not None and (
                        (looks_like_person(two[0]) and not (definite and _not_a_name_start(two[0])))
                        or (inside and _is_org_name(two[0]))
                    ):
                        return two
            if (
                cand is not None
                and not cand[2]
                and (role := _ROLE_AT_BEFORE.search(text, max(0, cand[1] - offset - 70), cand[1] - offset))
                is not None
            ):
                # "A senior consultant at the hospital, who asked not to be named, said": the one who
                # works there, not the hospital
                phrase = text[
                    role.start(1) : text.index(cand[0].rpartition(" ")[2], cand[1] - offset)
                    + len(cand[0].rpartition(" ")[2])
                ]
                return phrase[0].lower() + phrase[1:], offset + role.start(1), False
            return cand
        return None
    if gap:
        if gap in ("?", "!") and len(words) > 1 and words[-2][0] in _DESCRIPTOR_NOUNS and last[:1].isupper():
            # a name with its mark, after what it is: "Consumer group Which? said"
            return last + gap, offset + last_pos, False
        return None
    if last in ("One", "Another") and not text[:last_pos].strip(" \t\"'“‘"):
        # "Witnesses … One told the Bristol Post": one of them; "One Labour MP said … Another
        # described": another Labour MP
        return last, offset + last_pos, True
    if (
        len(words) > 1
        and words[-2][0] in _BOTH_OPENERS
        and (both := _BOTH_BEFORE.search(text, max(0, verb_at - 30), verb_at)) is not None
        # (not whom someone is close to: "A source close to the couple told")
        and not text.endswith(_LINKED_TO, max(0, both.start(1) - 14), both.start(1))
    ):
        # "Both men said", "The pair said": the two people named together before (see resolve_pronoun)
        return both.group(1), offset + both.start(1), True
    if last in _PRONOUNS:
        if len(words) > 1 and words[-2][0].lower() in ("what", "whatever") and _ends_here(text, vpos):
            return None  # "…to carry out what they say.": what is said, not who says this
        return last, offset + last_pos, True
    if (
        "-year-old" in last
        or (len(words) > 1 and "-year-old" in words[-2][0])
        or (len(words) > 2 and "-year-old" in words[-3][0] and words[-2][0][:1].isupper())
        or last in _PERSON_EPITHETS
    ):
        aged = _AGED_BEFORE.search(text, max(0, vpos - 40), verb_at)
        if aged is not None and (
            lead := _SPEAKER_FOR_NAME.search(text, max(0, aged.start(1) - 60), aged.start(1))
        ):
            # "A spokesman for the singer said": who speaks for the singer, as written
            phrase = text[lead.start(1) : aged.end(1)]
            return phrase[0].lower() + phrase[1:], offset + lead.start(1), False
        if aged is not None:  # "the 52-year-old said": the person named before, as "she said"
            return aged.group(1), offset + aged.start(1), True
    near = text[max(0, vpos - 100) : vpos]
    unnamed = None
    for link in UNNAMED_LINKS:  # substrings first (the regex tries every position)
        if link in near:
            # (before the verb group: "people familiar with the matter have said")
            unnamed = _UNNAMED_SOURCES.search(text, max(0, verb_at - 100), verb_at)
            break
    if unnamed is not None:  # "Sources familiar with the matter told"
        phrase = unnamed.group(1)
        return phrase[0].lower() + phrase[1:], offset + unnamed.start(1), False
    if "colleagues" in near or "co-authors" in near:
        lead = _AND_COLLEAGUES.search(text, max(0, verb_at - 120), verb_at)
        if lead is not None and looks_like_person(lead.group(1)):
            # "Dr Priya Nair and colleagues at the University of Eastfield said": the lead author
            return lead.group(1), offset + lead.start(1), False
    if (" from " in near or " by " in near) and (whose := _document_subject(text, verb_at)) is not None:
        return whose[0], offset + whose[1], False  # "A statement from the palace said": the palace
    if "of " in near and (one_of := _ONE_OF.search(text, max(0, verb_at - 60), verb_at)) is not None:
        phrase = one_of.group(1)  # "one of the people said", "two of the sources said": as written
        return phrase[0].lower() + phrase[1:], offset + one_of.start(1), False
    taken: list[tuple[str, int]] = []
    k = len(words) - 1
    lowercase_run = 0
    while k >= 0:
        w, p = words[k]
        gap = text[p + len(w) : taken[0][1]] if taken else ""
        if taken and gap.strip() and not (gap == " & " and w[:1].isupper() and taken[0][0][:1].isupper()):
            break  # (a firm's "&" joins its name: "Marks & Spencer")
        if (
            taken
            and (taken[0][0] in _DETERMINERS or taken[0][0] in _POSSESSIVE_PRONOUNS)
            and taken[-1][0][:1].islower()
            and w not in _LINKS
        ):
            break  # the article opens a common-noun source ("the operator"); only a link goes on
        if (
            w[:1].isupper()
            or lower_case_brand(w)
            or (k > 0 and words[k - 1][0][:1].isupper() and _article_surname(w))  # "Mohammed al-Rashid"
            or (not taken and _article_surname(w) and "-" in w)  # "…, al-Atta said": the surname alone
            or (
                k > 0
                and words[k - 1][0][:1].isupper()
                and (
                    w in _COMPANY_SUFFIXES
                    or (w.isdigit() and taken and taken[0][0][:1].isupper())
                    or (w.isdigit() and words[k - 1][0] in ("No", "No.", "Number"))  # "A No 10 spokesperson"
                )
            )
            or (
                taken
                and taken[0][0][:1].isupper()
                and w[:1].isdigit()
                and _ORDINAL.fullmatch(w) is not None  # "of the 3rd Ward"
            )
        ):
            # a name; "plc" ends one in lower case ("Hollin Energy plc"), a number stands inside
            # one ("KOCO 5 News", "Channel 4 News")
            taken.insert(0, (w, p))
            lowercase_run = 0
        elif w in SOURCE_NOUNS and (not taken or taken[0][0] in SOURCE_NOUNS or taken[0][0][:1].isupper()):
            taken.insert(0, (w, p))
        elif taken and w in _CONNECTORS and k > 0 and words[k - 1][0][:1].isupper():
            taken.insert(0, (w, p))
        elif len(taken) == 1 and w.lower() in ("one", "another") and taken[0][0] in SOURCE_NOUNS:
            taken.insert(0, (w, p))  # "…," one resident said: one resident, as written
            k -= 1
            break
        elif (
            taken
            and w[:1].islower()
            and lowercase_run < 2
            and w not in _CONJUNCTIONS
            and w not in _OBJECT_THEN_ING
            and w not in _SAID_FORMS  # "The report said ministers denied": no "report said ministers"
            and _capital_within(words, k, 2)
        ):
            taken.insert(0, (w, p))
            lowercase_run += 1
        elif taken and taken[-1][0] in SOURCE_NOUNS and _common_noun_phrase(words, k, taken):
            # "the island ferry operator", "a spokeswoman for the operator": the words of a
            # common-noun source, back to its article
            taken.insert(0, (w, p))
        else:
            break
        k -= 1
    if not taken:
        if " for " in near or " of " in near or " representing " in near:
            whom = _SOURCE_FOR_WHOM.search(text, max(0, verb_at - 80), verb_at)
            if whom is not None:  # "Lawyers for the drivers argued": people who speak for others
                phrase = whom.group(1)
                if phrase.split(" ", 1)[0] in _DETERMINERS:
                    phrase = phrase[0].lower() + phrase[1:]
                return phrase, offset + whom.start(1), False
        # only for verbs that are plainly speech: not one that names ("A man described as …"), a
        # participle ("The two-child limit stops parents claiming"), a noun's form ("a complete
        # report back", "his vile comments") or "concluded" ("the agreement concluded in 1991")
        # (an inserted clause's subject is sought from its comma: the verb was checked before)
        saying = text[vpos : vpos + 1] == "," or _plainly_says(text, vpos)
        found = _common_noun_subject(text, verb_at, vpos) if common and saying else None
        if found is not None:  # "…, the coastguard said.", "The carmaker said": as written
            return found[0], offset + found[1], False
        return None
    if k >= 0 and words[k][0].lower() in _OBJECT_THEN_ING and _is_participle(text, vpos):
        return None  # "The limit stops parents claiming …": whom it stops, not who claims
    if k >= 1 and words[k][0] == "to" and words[k - 1][0] in _WRITTEN_TO and _is_participle(text, vpos):
        return None  # "has written to all MPs claiming …": whom she wrote to, not who claims
    if text.rstrip(" \"'”)").endswith("?") and any(
        w.lower() in _DO or (w in _BE_ASKING and words[0][0] in _WH_OPENERS) for w, _ in words[max(k, 0) :]
    ):
        # "What does the government say?", "What are the critics saying?": a question asked of
        # them, not their words
        return None
    if (
        k > 0
        and words[k][0] == "the"
        and words[k - 1][0] in _PLACE_PREPOSITIONS
        and taken[0][0][:1].isupper()
    ):
        k -= 1  # "A nurse in the East Midlands said": where she is, a place with its article
    if (
        k >= 0
        and words[k][0] in _PLACE_PREPOSITIONS
        and taken[0][0][:1].isupper()
        # (only spaces between: not a quotation's last word, '"People hang on," Smith said')
        and not text[words[k][1] + len(words[k][0]) : words[k + 1][1]].strip(" ")
    ):
        # "The minister on BBC Radio 4 said", "the council on Tuesday said": a place or a time, not
        # who; who stands before it, if anyone ("A message shared on WhatsApp claims": no one)
        before = _subject_before(text, words[k][1], offset, commas=0)
        if before is None or not before[0][:1].islower():
            return None
        if words[k][0] == "at" and not before[2] and _head_noun(before[0]).lower() in _PEOPLE_AT_WORK:
            # "…, economists at Goldman Sachs said": where they work is part of who they are
            end = taken[-1][1] + len(taken[-1][0])
            if _SPOKESPEOPLE.match(_head_noun(before[0]).lower()):  # "a spokesman at Tesco": Tesco
                return text[taken[0][1] : end].rstrip(".,"), offset + taken[0][1], False
            return f"{before[0]} {text[words[k][1] : end].rstrip('.,')}", before[1], False
        return before
    while taken and taken[0][0] in _CONNECTORS and taken[0][0] not in _DETERMINERS:
        taken.pop(0)
    if taken and taken[0][0] in _TIME_OPENERS:  # "Last year the ONS said": when, not who
        if taken[0][0] in ("Earlier", "Later") and len(taken) > 1 and taken[1][0] == "this":
            taken.pop(0)
        if taken[0][0] in ("Yesterday", "Today", "Tonight"):
            taken.pop(0)
        elif len(taken) > 1 and taken[1][0].lower() in _DAYS_AND_MONTHS:
            del taken[:2]
    if len(taken) > 2 and taken[0][0] in _OPENERS and taken[1][0] in _TIME_ADVERBS:
        taken.pop(0)  # "And recently …"
    if (
        len(taken) > 1
        and taken[0][0].lower() in _TIME_ADVERBS
        and (taken[1][0] in _DETERMINERS or taken[1][0][:1].isupper())
    ):
        taken.pop(0)  # "And recently the Federal Trade Commission said": when, not who
    article = taken.pop(0)[0].lower() if taken and taken[0][0] in _DETERMINERS else None
    if not taken:
        return None
    if (
        article in ("a", "an")
        and len(taken) > 1
        and taken[-1][0].lower() in PLURAL_PEOPLE_NOUNS
        and not any(w in _LINKS for w, _ in taken)
    ):
        # "a claim experts say is false": "a" is no article of people in the plural (but "a
        # group of experts" is one group)
        taken, article = taken[-1:], None
    if (
        len(taken) == 1
        and (
            taken[0][0] in SENTENCE_STARTERS
            or taken[0][0] in _NO_ONE
            # "city's said"; a name's own "'s" speaks ("Sainsbury's said"), not "Britain's said to
            # be", nor a pronoun's "is" or "has" ("He's said", "It's estimated", "That's saying")
            or (
                taken[0][0].endswith("'s")
                and (
                    taken[0][0][:1].islower()
                    or taken[0][0][:-2].lower() in _IS_HAS_SUBJECTS
                    or text.startswith("said to ", vpos)
                )
            )
            or taken[0][0].lower() in EVIDENCE_NOUNS
            or _CONTRACTION.search(taken[0][0]) is not None
        )
    ):
        return None  # "But said", "city's said", "Polls suggest", "You've said": no source
    while taken and taken[0][0] in _OPENERS:
        taken.pop(0)  # "And that experts say", "Even FOX News disputes it": no "And", "Even" in a source
    if taken and taken[0][0] in ("what", "What"):
        taken.pop(0)  # "What Michael says, don't put …": Michael (see _find_speaker for "what" alone)
    while taken and taken[0][0].lower() in _CONJUNCTIONS and taken[0][0] != "That" and taken[0][0] != "WHO":
        taken.pop(0)  # "While Moscow said"; "That statement says" keeps its "That", "The WHO said" its WHO
    if article is None and len(taken) > 1 and taken[0][0] in _DETERMINERS and taken[1][0][:1].isupper():
        taken.pop(0)  # "But the Royal College of Nursing said": shown without its article, as at a start
    if not taken:
        return None
    mine = [i for i, (w, _) in enumerate(taken) if w in _FIRST_PERSON_SUBJECTS]
    if mine:  # "And I said", "as I said": the text's own speaker, not a source it names;
        # "I've never heard Mr. Ford say": the name after it
        taken = taken[mine[-1] + 1 :]
        while taken and not taken[0][0][:1].isupper():
            taken.pop(0)
        if not taken or (len(taken) == 1 and taken[0][0] in SENTENCE_STARTERS):
            return None
    if (
        not any(w[:1].isupper() or lower_case_brand(w) for w, _ in taken)
        and taken[-1][0] not in SOURCE_NOUNS
        and not (len(taken) == 1 and _article_surname(taken[0][0]) and "-" in taken[0][0])
    ):
        return None
    if taken[0][0] in _PREPOSITIONS:
        pre = text[: taken[0][1]].rstrip(" ")
        if pre.endswith(",") and 0 < commas < 2 and taken[0][0] in ("from", "of", "at"):
            # "Prof Jane Smith, from the University of Leeds, who led the study, said": the person
            # before the comma that opens where they are from (two inserted phrases)
            before = _subject_before(text, len(pre) - 1, offset, commas=0)
            return before if before is not None and looks_like_person(before[0]) else None
        return None  # "General Twining, in January, …, described": a time, not who
    start = taken[0][1]
    end = taken[-1][1] + len(taken[-1][0])
    phrase = text[start:end].rstrip(".,")
    if (
        " and " in phrase
        and text.endswith(", ", 0, start)
        and (
            listed := _LISTED_NAME_START.search(text, max(0, start - 80), start)
            or _NAMES_LISTED_FIRST.match(text, 0, start)
        )
    ):
        # "the Department for Environment, Food and Rural Affairs": a name with commas in it;
        # "Hamas, Qatar and the United States all said": names listed from the sentence's start
        start = listed.start(1)
        phrase = text[start:end].rstrip(".,")
    else:
        phrase = _without_workplace(phrase)
    if (whose := _DOCUMENT_IN.fullmatch(phrase)) is not None:
        return whose.group(1), offset + start + whose.start(1), False  # "A report in The Herald said"
    lead_end = start - len(article) - 1 if article is not None and text.startswith(" ", start - 1) else start
    if (
        text.endswith(" ", 0, lead_end)
        and (person := _PERSON_OF_THE_DESCRIBED.search(text, max(0, lead_end - 80), lead_end)) is not None
        and looks_like_person(person.group(1))
    ):
        # "Hattie Greaves of the broker Stanmore Lisle wrote": she writes, where she works after her
        return person.group(1), offset + person.start(1), False
    if _LINK_BEFORE_NAME.search(text, max(0, lead_end - 14), lead_end) is not None:
        lead = _SPEAKER_FOR_NAME.search(text, max(0, lead_end - 60), lead_end)
        if lead is not None and (looks_like_person(phrase) or lead_end < start):
            # "the family of Alice Grant said", "Lawyers for Daniel Hart said": not the person named;
            # "An aide to the president said": not the president
            full = text[lead.start(1) : end].rstrip(".,")
            if full.split(" ", 1)[0] in _DETERMINERS or full.split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS:
                full = full[0].lower() + full[1:]
            return full, offset + lead.start(1), False
    if at := _described_name(phrase):  # "Shipping data firm Kpler said": Kpler
        return phrase[at:], offset + start + at, False
    if (at := _after_seat(phrase)) and looks_like_person(phrase[at:]):
        return phrase[at:], offset + start + at, False  # "Labour MP Dawn Butler said": Dawn Butler
    if (at := _after_owned_role(taken)) and looks_like_person(phrase[at:]):
        return phrase[at:], offset + start + at, False  # "Their lawyer Sarah Jones said": Sarah Jones
    if len(taken) > 1 and taken[0][0].endswith("'s") and taken[0][0][:1].islower():
        phrase = "the " + phrase  # "the ministry's spokesman", as written
    elif article and not any(_is_name_word(w) for w, _ in taken):
        phrase = f"{article} {phrase}"  # a common-noun source keeps its article: "the mayor"
        if (both := _COMMON_SOURCE_AND.search(text, max(0, lead_end - 40), lead_end)) is not None and (
            (both.group(2) in SOURCE_NOUNS or both.group(2) in _DESCRIPTOR_NOUNS)
            and _opens_clause(text, both.start(1))
        ):
            # "The police and the council said": both, as written (as "Sarah Mills and Tom Rivers")
            return both.group(1)[0].lower() + both.group(1)[1:] + phrase, offset + both.start(1), False
    return phrase, offset + start, False


# A department's name listing what it is for, up to the comma before its last words ("Department
# for Environment, Food and Rural Affairs", "Ministry of Housing, Communities and Local Government")
_LISTED_NAME_START = re.compile(
    r"((?:Department|Ministry|Secretary of State|Minister|Office|Committee)[ ]+(?:of|for)[ ]+"
    r"[A-Z][\w\-]*(?:[ ]+[A-Z][\w\-]*)*(?:,[ ]+[A-Z][\w\-]*(?:[ ]+[A-Z][\w\-]*)*)*),[ ]+\Z"
)
# Names listed before the last two, from the sentence's start ("Hamas, Qatar and …", "Mr Smith,
# Ms Jones and …"), maybe after an opener ("But")
_NAME_IN_LIST = r"(?:[Tt]he[ ]+)?[A-Z][\w.'&\-]*(?:[ ]+[A-Z][\w.'&\-]*){0,3}"
_NAMES_LISTED_FIRST = re.compile(
    r"[ \t\"“'‘]*(?:(?:And|But|So|Yet)[ ]+)?"
    r"(?!(?:In|On|At|For|From|After|Before|With|By|Across|Over|Under|During|Since|Unlike|Like|As|If|When"
    r"|While|Among|Between|Beyond|Despite|Outside|Inside|Across|Throughout)[ ])"
    r"(" + _NAME_IN_LIST + r"(?:,[ ]+" + _NAME_IN_LIST + r")*),[ ]+\Z"
)
# Where a person works, after the name ("Dr Tom Brown of Imperial College London")
_PLACE_AFTER_NAME = re.compile(r" (?:of|from|at) ")


# a person's name, then "of the" and what their workplace is, right before its name: "Hattie
# Greaves of the broker " (group 1: the person)
_DESCRIBED_WORKPLACE = r"[ ](?:of|at|from)[ ]the[ ](?:[a-z][\w\-]*[ ]){1,3}"
_PERSON_OF_THE_DESCRIBED = re.compile(
    r"(?<![\w'’])([A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){1,2})" + _DESCRIBED_WORKPLACE + r"\Z"
)
# where a person works, described before its name: " of the broker Stanmore Lisle", " at the
# campaign group Clean Rivers"
_DESCRIBED_WORKPLACE_AFTER = re.compile(_DESCRIBED_WORKPLACE + r"[A-Z][\w&'’\-]*(?:[ ][A-Z][\w&'’\-]*){0,4}")


def _without_workplace(phrase: str) -> str:
    """A person's name without where they work after it ("Prof Stefan Rahmstorf of the Potsdam
    Institute" -> "Prof Stefan Rahmstorf"), an organisation's without where it is ("St Mary's
    Hospital in west London" -> "St Mary's Hospital"); any other phrase as it is."""
    if " in " in phrase and (where := _ORG_IN_PLACE.fullmatch(phrase)) is not None:
        return where.group(1)
    if " of " in phrase or " from " in phrase or " at " in phrase:
        head = _PLACE_AFTER_NAME.split(phrase, maxsplit=1)[0]
        if _plainly_a_person(head):
            return head
        words = head.split()
        role = max((j for j, w in enumerate(words) if w in _PERSON_WORDS), default=-1)
        if 0 <= role < len(words) - 2 and _plainly_a_person(tail := " ".join(words[role + 1 :])):
            return tail  # "Environmental researcher Dr. Meenakshi Rao of the Centre …": the person
        # "Elaine Ferris of Dalhousie University": a name of a person's shape, then an institution
        if (
            1 < len(head.split()) <= 3
            and looks_like_person(head)
            and (
                not ORG_WORDS.isdisjoint(phrase[len(head) :].split())
                # "Jenna Ford of Kent": a name of a person's shape, then where she lives
                or (
                    (place := _A_PLACE_AFTER.fullmatch(phrase, len(head))) is not None
                    and place.group(1) not in _NO_PLACES
                )
                # "Hattie Greaves of the broker Stanmore Lisle": what the workplace is, then its name
                or _DESCRIBED_WORKPLACE_AFTER.fullmatch(phrase, len(head)) is not None
            )
        ):
            return head
    return phrase


# " of Ridgefield", " from North Bay": one or two capitalised words after the name
_A_PLACE_AFTER = re.compile(r" (?:of|from) ([A-Z][a-z'’\-]+)(?: [A-Z][a-z'’\-]+)?")
# what a body is of, after a name of two words ("Joint Chiefs of Staff", "Chamber of Commerce")
_NO_PLACES = frozenset(
    """Staff Commerce Trade Industry Directors Governors Trustees State Justice Health Education Defence
    Defense Finance Appeal Appeals Representatives Lords Commons Science Sciences Medicine Arts Nursing
    Police Engineers Surgeons Physicians Management Ministers Parliament Congress Rights""".split()
)


# an organisation's name (its last word says it is one), then where it is: "Kingsmere General
# Hospital in Hartfield", "St Mary's Hospital in west London"
_ORG_IN_PLACE = re.compile(
    r"((?:[A-Z][\w'’&\-]*[ ]+(?:of[ ]+(?:the[ ]+)?)?)*(?:"
    + trie_alternation(ORG_WORDS | {"Hospital", "Hospitals", "Trust", "Infirmary", "Clinic", "Prison"})
    + r"))[ ]+in[ ]+(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural)[ ]+)?"
    r"[A-Z][\w\-]*(?:[ ]+[A-Z][\w\-]*)?"
)


def _plainly_a_person(phrase: str) -> bool:
    """A person's name by a given name or a title before a name ("Ben Wood", "Senator Hagel"), not
    only by its shape ("Joint Chiefs", "U.S. Chamber", "Vice President")."""
    tokens = _without_role(phrase).split()  # "Analyst Ben Wood"
    return (
        len(tokens) > 1
        and looks_like_person(phrase)
        and (tokens[0] in GIVEN_NAMES or (tokens[0] in PERSON_TITLES and tokens[-1] not in PERSON_TITLES))
    )


# "I", "I'd", "I'll", "I'm", "I've" as written
_FIRST_PERSON_SUBJECTS = frozenset(w.capitalize() for w in FIRST_PERSON if w == "i" or w.startswith("i'"))
# "a spokeswoman for the operator", "an official in the ministry"
_LINKS = frozenset("for of at from in".split())
# after an inverted verb: up to seven role words ("ORR chief executive", "the union's general
# secretary", "Campaign for Better Transport chief executive", maybe a comma after them), then a
# name of two or three capitalised words ending the clause
_ROLE_THEN_NAME = re.compile(
    r"(?:(?:the|[A-Z][\w.'&\-]*|[a-z][a-z'\-]*),?[ ]+){1,7}?"
    r"([A-Z][\w'\-]*(?:[ ]+(?:[A-Z]\.[ ]+)?[A-Z][\w'\-]*){1,2})"
    # then the sentence's end, or when and where ("… battalion chief Marisol Ortega at a briefing")
    r"(?=[ ]*(?:[,.;:!?)]|$)"
    r"|[ ]+(?:at|on|in|during|after|before|last|yesterday|today|earlier|later)[ ]+[a-z])"
)
# A study's lead author and her colleagues, before a verb (where they work, maybe, after them)
_AND_COLLEAGUES = re.compile(
    r"([A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){1,3})[ ]+and[ ]+(?:(?:her|his|their)[ ]+)?"
    r"(?:colleagues|co-authors)"
    r"(?:[ ]+(?:at|from|of|in)[ ]+[^,;.]{1,60}?)?[ ]*\Z"
)
# People who speak for others named in lower case, before a verb: "Lawyers for the drivers", "a
# spokesman for the family", "relatives of the victims"
_SPEAKERS_FOR = (
    PERSON_SOURCE_NOUNS
    | PLURAL_SOURCE_NOUNS
    | {"relatives", "family", "families", "representatives", "aide", "aides", "allies", "friends"}
)
# Their words, then the link to whom they speak for: "the family of", "Lawyers for", "a lawyer
# representing", "Aides to" (one pattern for every place below)
_LINK_WORDS = r"(?:of|for|to|representing)"
_SPEAKERS_FOR_HEAD = (
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ ]+)?"
    r"(?:(?:[Ss]enior|[Ff]ormer|[Cc]lose|[Ll]ong-?time|[Tt]op|[Pp]ersonal)[ ]+)?(?:"
    + trie_alternation(_SPEAKERS_FOR | {w.capitalize() for w in _SPEAKERS_FOR})
    + r")[ ]+"
    + _LINK_WORDS
    + r"[ ]+"
)
# … before a person's name ("the family of Alice Grant said"), or at a place ("said a lawyer for
# Daniel Hart")
_SPEAKER_FOR_NAME = re.compile(r"(?<![\w'])(" + _SPEAKERS_FOR_HEAD + r")\Z")
_SPEAKER_FOR_AT = re.compile(_SPEAKERS_FOR_HEAD)
_LINK_BEFORE_NAME = re.compile(r" " + _LINK_WORDS + r" \Z")
_LINK_IN_PHRASE = re.compile(r" " + _LINK_WORDS + r" ")


def _speakers_for_named(text: str, pos: int) -> tuple[str, int] | None:
    """People who speak for someone named, starting at ``pos`` ("a lawyer for Daniel Hart", "the
    mother of Sarah Everard", "friends of Alice Grant"), as written, with where the phrase starts;
    or None."""
    m = _SPEAKER_FOR_AT.match(text, pos)
    if m is None or not text[m.end() : m.end() + 1].isupper():
        return None
    who = _phrase_after(text, m.end())
    if who is None or not who[:1].isupper():
        return None
    end = text.find(who, m.end())
    if end < 0:
        return None
    phrase = text[pos : end + len(who)]
    return (phrase[0].lower() + phrase[1:] if phrase.split(" ", 1)[0] in _DETERMINERS else phrase), pos


_SOURCE_FOR_WHOM = re.compile(
    r"(?<![\w'])("
    + _SPEAKERS_FOR_HEAD
    + r"(?:the|a|an|their|his|her|its)[ ]+(?:[a-z][\w\-]*[ ]+){0,2}?[a-z][\w\-]*)[ ]*\Z"
)
# after an inverted verb, a person's role then a given name alone: '…," said her daughter, Clare.'
_ROLE_COMMA_NAME = re.compile(
    r"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)[ ]+(?:[a-z][a-z'\-]*[ ]+){0,2}?(?:"
    + trie_alternation(PERSON_SOURCE_NOUNS)
    + r"),[ ]+([A-Z][a-z'\-]+)(?=[ ]*(?:[,.;:!?)]|$))"
)
# a wire's "X was quoted as saying" (the verb group before "saying")
_NAME_RUN = r"[A-Z][\w.'\-]*(?:[ ]+[A-Z][\w.'\-]*){0,5}"
# an introduction's source after "by" ("Key measures announced by the Chancellor:")
_INTRO_BY = re.compile(
    r"\b(announced|unveiled|set[ ]out|outlined|proposed|promised|published|released|issued|pledged)[ ]+by[ ]+"
    r"((?:[Tt]he[ ]+)?[A-Z][\w'\-]*(?:[ ]+(?:of[ ]+|the[ ]+)?[A-Z][\w'\-]*)*"
    r"|the[ ]+[a-z]+(?:[ ]+[a-z]+)?)[ ]*:\Z"
)
_QUOTED_BY = re.compile(
    rf"(?<![\w'])({_NAME_RUN})[ ]+quoted[ ]+({_NAME_RUN})[ ]+as[ ]+saying\b"
    rf"|(?<![\w'])({_NAME_RUN})[ ]+(?:was|were|has[ ]+been)[ ]+quoted[ ]+by[ ]+(?:the[ ]+)?({_NAME_RUN})"
    r"[ ]+as[ ]+saying\b"
)
_QUOTED_AS = re.compile(r"(?:was|were|is|are|has been|have been|had been)[ ]+(?:also[ ]+)?quoted[ ]+as[ ]+\Z")
_BRACKETED_NAME = re.compile(
    # "(ORR)", "(WHO)", "(Ofgem)", "(@JoLuntMP)"; a role after a name ("Mr Hunt (the Chancellor)"); a
    # word or a few about the person
    r"[A-Z][A-Za-z.&\- ]{0,30}|@\w{1,30}|(?:the|a|an)[ ](?:[\w'\-]+[ ]){0,4}[\w'\-]+"
    r"|[A-Z][A-Za-z.\-]{0,12},[ ]+[A-Z][A-Za-z.&\- ]{0,30}"  # a party and a seat: "(Con, Eastbrook)"
    r"|[a-z][\w'\-]*(?:[ ][\w'\-]+){0,3}"  # "Mary Chen (pictured) said", "(left)", "(no relation)"
)
# A sentence opening with people in the plural, then a verb: an antecedent of "they"
_PLURAL_SUBJECT = re.compile(
    # (not a pronoun and its verb: "He told analysts")
    # (and maybe whose they are: "Lily's parents")
    r"(?!(?:He|She|It|We|They|You|I)[ ])((?:[Tt]he[ ]+)?(?:[A-Z][\w\-]*['’]s[ ]+)?"
    r"(?:[A-Za-z][a-z\-]+[ ]+){0,2}?(?:"
    + trie_alternation(PLURAL_PEOPLE_NOUNS | {w.capitalize() for w in PLURAL_PEOPLE_NOUNS if w.islower()})
    + r"))(?=[ ]+[a-z])"
)
_COMPANY_SUFFIXES = frozenset("plc ltd llc inc".split())
_CONTRACTION = re.compile(r"'(?:ve|d|ll|re|m)\Z")  # "You've", "We'd": a pronoun and its verb
# words whose "'s" is "is" or "has" ("He's said", "That's saying", "There's")
_IS_HAS_SUBJECTS = _PRONOUN_WORDS | frozenset("it he she that there what who here where let one".split())
# words that open a clause: never inside a name ("…, while Moscow said" -> "Moscow")
# "what" right before a subject, maybe with its article ("what the panel said about the NHS")
_WHAT_BEFORE = tuple(f"{w} {a}" for w in ("what", "What") for a in ("", "the ", "a ", "an ", "our ", "your "))
_WHAT_SAID_IS = (",", ":", " is ", " was ", " has been ")
_THAT_IS_WHAT = re.compile(
    r"\b(?:[Tt]hat's|[Tt]hat is|[Tt]his is|[Tt]hat was|[Ii]t's|[Ii]t is) what (?:\w+ )?\Z"
)
# People named by their work, who speak with where they work ("economists at Goldman Sachs")
_PEOPLE_AT_WORK = PLURAL_SOURCE_NOUNS | PERSON_SOURCE_NOUNS | PLURAL_PEOPLE_NOUNS
# No one in particular: "Nobody told us", "Everyone says" name no source
_NO_ONE = frozenset("Nobody Noone No-one Everyone Everybody Someone Somebody Anyone Anybody Nothing".split())
_WH_WORDS = QUESTION_WORDS | {"wherever", "whatever"}  # not modifiers ("where judges said")
_CONJUNCTIONS = frozenset(
    """while whereas whilst when after before because although though since but and or if unless
    until as that which who whom whose""".split()
)
_PLACE_PREPOSITIONS = frozenset("in at on near inside outside across throughout around".split())
_PREPOSITIONS = frozenset("in on at by for from with during since after before under over into to".split())
_MAX_MODIFIERS = 3  # lower-case words before a common-noun source ("the island ferry operator")
_MAX_NAME_WORDS = 10  # a name owned by a possessive ("the city's Office of Budget and Finance")


def _coordinated_subject(text: str, vpos: int, offset: int, norm: str = "") -> tuple[str, int, bool] | None:
    """ "The company blamed a shortage of drivers and said …": the subject opening the clause
    (after an opening phrase such as "In a statement,"), when only "and" or "but" stands before the
    verb, or a comma before a participle ("…, saying"), and that subject is plainly a source: a
    person, a source noun, a name of two words, or one word that ``norm`` (the whole text) shows
    as a name elsewhere ("Tesco cut prices, adding …" where "shares in Tesco" or "Tesco's" is
    written; not "Fares rose and said nothing")."""
    before = text[max(0, vpos - 200) : vpos].rstrip()
    while (last := before.rpartition(" ")[2]) in _SKIP_BEFORE_VERB and last:
        before = before[: -len(last)].rstrip()  # "…, and later said": past the adverb
    listed = False
    if before.endswith(",") and text.startswith(_AFTER_A_COMMA, vpos):
        # "The minister hit back, saying …": the subject of the clause before the comma speaks
        vpos = text.rfind(",", 0, vpos)
        if (
            (named := _NAME_AT_END.search(text, max(0, vpos - 60), vpos)) is not None
            and text.endswith(", ", 0, named.start(1))
            and looks_like_person(named.group(1))
        ):
            # "I remember the incumbent President, …, President Ford, telling the people …": the
            # person named between commas right before the participle (not "met Tom Reed, saying")
            return named.group(1), offset + named.start(1), False
    elif not before.endswith((" and", " but")):
        return None  # no "and" or "but" before the verb ("… welcomed the extension but said")
    elif before.endswith((", and", ", but")):
        # "The Bank of England has held rates, but signalled …": a second clause of the subject's
        vpos = text.rfind(",", 0, vpos)
    else:
        # a comma near: a list ("the drivers, the unions and said"), unless it closes what the
        # subject is ("The chief executive, Thomas Woldbye, welcomed it but said": see below)
        listed = "," in before[-30:]
    if text[-8:].rstrip().rstrip("\"')").endswith("?"):
        return None  # "Did Khrushchev gain because he … and shouted?": a question
    clause = _CLAUSE_START.match(text) or DATELINE_LEAD.match(text)  # (or "LONDON (Reuters) - ")
    start = clause.end() if clause else 0
    while (opener := _WORD.match(text, start)) and opener.group(0) in _OPENERS:
        start = _SPACES.match(text, opener.end()).end()  # "And Governor Romney … said"
    if vpos - start > _COORDINATION_REACH:
        return None  # too far
    if listed and "," not in text[start:vpos]:
        listed = False  # the comma closes the opening phrase ("Asked about it, the minister … and said")
    if "," in text[start:vpos]:
        # "Mr Smith, the chairman, resigned, saying …": a name and what it is, between commas; any
        # other comma is another clause between ("she was in hospital, and I went … and told her")
        return _subject_with_apposition(text, start, vpos, offset)
    if listed:
        return None
    for wm in _WORD.finditer(text, start, min(vpos, start + 80)):
        if wm.start() == start or not wm.group(0)[:1].islower() or wm.group(0) in _CONNECTORS:
            continue  # the subject's own words: its verb is the first lower-case word after it
        if text[start : wm.start()].rstrip() in _CLAUSE_ARTICLES:
            continue  # "…, the minister apologised and said": the noun after the article is no verb
        if wm.group(0) in SOURCE_NOUNS and wm.start() - start < 40 and "," not in text[start : wm.start()]:
            continue  # "The network operator said … but warned": the noun the subject ends with
        if (wm.group(0) in PERSON_SOURCE_NOUNS or wm.group(0) in _ROLE_WORDS) and text[
            wm.end() : wm.end() + 2
        ][1:].isupper():
            continue  # "Rovers boss Mick Dolan was furious, insisting": a role before a name
        if _ROLE_WORDS_THEN_NAME.match(text, wm.start()) is not None:
            continue  # "Opposition health spokeswoman Kylie Brandt made the claim, saying": the role's words
        cand = _subject_before(text, wm.start(), offset, commas=0)
        if cand is None:
            continue
        who, pos, pronoun = cand
        if pos - offset < start:  # the opener taken as part of a name ("And Governor Romney")
            return None
        if text[start : pos - offset].strip().lower() not in ("", "the", "a", "an"):
            return None  # the subject found does not open the clause
        plain = (
            looks_like_person(who)
            or _head_noun(who).lower() in SOURCE_NOUNS
            or len(who.split()) > 1
            or (_one_name(who) and _named_elsewhere(norm, who, offset))
        )
        return cand if pronoun or plain else None
    return None


# lower-case words of a role, the role, then a capitalised name: "health spokeswoman Kylie"
_ROLE_WORDS_THEN_NAME = re.compile(
    r"(?:[a-z][\w\-]*[ ]+){1,2}(?:" + trie_alternation(PERSON_SOURCE_NOUNS | _ROLE_WORDS) + r")[ ]+[A-Z][a-z]"
)


def _not_a_name_start(phrase: str) -> bool:
    """ "On Tuesday", "In March": a sentence's opening words, or a day's or a month's name."""
    first, _, rest = phrase.partition(" ")
    return first in SENTENCE_STARTERS or rest.split(" ", 1)[0].lower() in _DAYS_AND_MONTHS


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# An age between commas after a name: "Amy Cole, 41, …"
_AGE_BETWEEN = re.compile(r"[ ]\d{1,3}[ ]?")
# An American legislator's party and state or district after the name: "D-Queens", "R-Texas",
# "I-Vt."
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?")
# What a name is, between commas after it: "the chairman", "the UK's biggest grocer", "45"
_WHAT_A_NAME_IS = re.compile(r"\s*(?:(?:the|a|an|its|his|her|their)\s[^,;:!?\"]{1,60}|\d{1,3})\s*")


def _subject_with_apposition(text: str, start: int, vpos: int, offset: int) -> tuple[str, int, bool] | None:
    """The name opening the clause when the only commas before the verb enclose what it is:
    "Mr Smith, the chairman, resigned, saying …" (Mr Smith), "Tesco, the UK's biggest grocer, cut
    prices and said …" (Tesco)."""
    first = text.find(",", start, vpos)
    second = text.find(",", first + 1, vpos)
    if (
        second < 0
        or "," in text[second + 1 : vpos]
        or not text[second + 1 : second + 3].strip()[:1].islower()
    ):
        return None  # (a capital after the apposition: the clause's verb follows it)
    head = text[start:first].strip()
    named = text[first + 1 : second].strip()
    if _head_noun(head).lower() in PERSON_SOURCE_NOUNS and looks_like_person(named):
        # "Heathrow's chief executive, Thomas Woldbye, welcomed the plan and said …": the name
        return named, offset + text.index(named, first), False
    if not _WHAT_A_NAME_IS.fullmatch(text, first + 1, second):
        return None
    if head[:4] in ("The ", "the ") and head[4:5].isupper() and _is_org_name(head[4:]):
        # "The Liver Patients' Welfare Association, an advocacy group, welcomed it but said …"
        return head[4:], offset + start + 4, False
    if not head or head.split(" ", 1)[0] in SENTENCE_STARTERS:
        return None
    return (head, offset + start, False) if looks_like_person(head) or _is_org_name(head) else None


def _one_name(word: str) -> bool:
    """A single capitalised word that no sentence-opening word list holds ("Tesco", "Ofwat")."""
    return " " not in word and word[:1].isupper() and word[1:2].islower() and word not in SENTENCE_STARTERS


_NAME_REACH = 3000  # characters either side of a sentence where its one-word subject is looked for


def _named_elsewhere(norm: str, word: str, near: int) -> bool:
    """Whether ``word`` is written as a name within reach of ``near``: after a lower-case word
    or a comma ("shares in Tesco", "rivals, Tesco and Asda"), or with 's ("Tesco's")."""
    lo, hi = max(0, near - _NAME_REACH), near + _NAME_REACH
    n = len(word)
    i = norm.find(word, lo, hi)
    while i >= 0:
        after = norm[i + n : i + n + 3]
        if not after[:1].isalnum() and after[:1] != "_":
            if i >= 2 and norm[i - 1] == " " and (norm[i - 2].islower() or norm[i - 2] == ","):
                return True  # "shares in Tesco", "Asda, Tesco"
            if (
                after[:1] in "'’"
                and after[1:2] == "s"
                and not after[2:3].isalnum()
                and not norm[i - 1 : i].isalnum()
            ):
                return True  # "Tesco's"
        i = norm.find(word, i + 1, hi)
    return False


# Forms of speech verbs that are never nouns ("report", "claims" may be): never inside a source
_SAID_FORMS = frozenset(
    """said says told tells added stated warned claimed insisted denied announced confirmed argued
    wrote writes""".split()
)
_COORDINATION_REACH = 200  # characters from the clause's subject to the second verb
# Speech in a participle after the clause's comma ("The charity welcomed the move, saying …")
_AFTER_A_COMMA = (
    "saying",
    "adding",
    "warning",
    "arguing",
    "insisting",
    "claiming",
    "noting",
    "explaining",
    "writing",
    "stressing",
    "urging",
    "telling",  # "…, telling analysts that pricing talks were premature"
    "calling",  # "…, calling it "the computer you'll wear""
)
# Words that open a sentence before its subject, never part of a source ("And Governor Romney
# said", "Even FOX News disputes it")
_OPENERS = frozenset(
    """And But Or So Yet However Meanwhile Also Then Now Still Thus Moreover Finally Even Indeed
    Perhaps Maybe Again Already Instead Otherwise""".split()
)
# "In a statement, ", "On Tuesday, ": an opening phrase before the clause's subject
_CLAUSE_ARTICLES = frozenset(("the", "a", "an"))
# what may open a sentence before its subject: a preposition's phrase ("In a statement, …"), or a
# participle's ("Speaking in Halifax, Margaret Oyelaran thanked … and said", "Appearing before MPs, …")
_OPENING_PREPOSITIONS = "In On At After Earlier Later Separately Meanwhile Under During".split()
_OPENING_PARTICIPLES = """Speaking Writing Responding Addressing Asked Answering Commenting Reacting Visiting
    Appearing Giving Testifying Launching Unveiling Announcing Opening Closing Defending""".split()
_CLAUSE_START = re.compile(
    rf"(?:(?:{'|'.join(_OPENING_PREPOSITIONS)})\b[^,]{{0,70}}"
    rf"|(?:{'|'.join(_OPENING_PARTICIPLES)})\b[^,]{{0,100}}),\s+"
)


# the first words _CLAUSE_START allows (a cheap test before it)
_OPENING_CLAUSE_WORDS = frozenset(_OPENING_PREPOSITIONS + _OPENING_PARTICIPLES)


def _opens_clause(text: str, pos: int, after_and: bool = False) -> bool:
    """Whether ``pos`` opens a clause: the text's start, or right after one of _CLAUSE_MARKS
    (opening quotation marks passed over), or after "and"/"but" when ``after_and``."""
    lead = text[:pos].rstrip(" \t\"'“‘")
    return not lead or lead[-1] in _CLAUSE_MARKS or (after_and and lead.endswith((" and", " but")))


def _ends_here(text: str, vpos: int) -> bool:
    """Whether only the verb and punctuation are left of the sentence from ``vpos`` on."""
    m = _WORD.match(text, vpos)
    return m is not None and _ONLY_PUNCTUATION.match(text, m.end()) is not None


def _is_modifier(w: str) -> bool:
    # a lower-case word, hyphenated ones with figures too ("the 44-year-old mayor")
    return (
        (w.isalpha() or ("-" in w and w.replace("-", "").isalnum()))
        and w.islower()
        and w not in _PHRASE_STOP
        and w not in _PRONOUN_WORDS
    )


# verbs of sending words to someone ("written to all MPs claiming"): the "-ing" verb is the writer's
_WRITTEN_TO = frozenset("written wrote writes write sent sends send letter".split())
# Verbs whose object an "-ing" verb may follow ("stops parents claiming", "let officials saying"):
# the object is not who speaks (but it is after a verb of seeing or finding: "I saw Donald saying")
_OBJECT_THEN_ING = frozenset(
    """stop stops stopped prevent prevents prevented allow allows allowed let lets help helps helped
    leave leaves left keep keeps kept send sends sent force forces forced bar bars barred ban bans
    banned""".split()
)


def _plainly_says(text: str, vpos: int) -> bool:
    """Whether the word at ``vpos`` is one of :data:`_COMMON_SUBJECT_VERBS`."""
    verb = _WORD.match(text, vpos)
    return verb is not None and verb.group(0).rstrip(".&'-") in _COMMON_SUBJECT_VERBS


def _is_participle(text: str, vpos: int) -> bool:
    """Whether the word at ``vpos`` is an "-ing" form ("claiming", "saying")."""
    word = _WORD.match(text, vpos)
    return word is not None and word.group(0).endswith("ing")


def _common_noun_phrase(words: list[tuple[str, int]], k: int, taken: list[tuple[str, int]]) -> bool:
    """Whether words[k] belongs to the common-noun source phrase ending in ``taken``: up to three
    modifiers between an article and the source noun ("the island ferry operator"), the article
    itself, and a link to a source noun before it ("a spokeswoman for the operator")."""
    w = words[k][0]
    if w in _DETERMINERS or w in _POSSESSIVE_PRONOUNS:
        return True  # an article, or a pronoun owner in its place ("its chairman")
    if w in _HOW_MANY and taken[0][0] not in _DETERMINERS and k + 1 < len(words) and taken[0][0][-1:] == "s":
        return True  # "both sides", "two aides": how many, in an article's place
    if w in _OBJECT_THEN_ING:
        return False  # "stops parents": a verb and its object, no source phrase
    if _is_possessive(w) and taken[0][0] not in _DETERMINERS:
        return True  # an owner in the article's place ("the province's forest fire agency")
    if w in _LINKS:  # only when a source noun with its article stands before the link
        before = [x for x, _ in words[max(0, k - 3) : k]]
        return (
            bool(before)
            and before[-1] in SOURCE_NOUNS
            # (people in the plural need no article: "officials from both sides")
            and (any(x in _DETERMINERS for x in before) or before[-1] in PLURAL_PEOPLE_NOUNS)
        )
    if taken[0][0] in _LINKS:  # the source noun the link hangs on ("spokeswoman" for the ...)
        return w in SOURCE_NOUNS
    if w == "and" and taken[0][0] not in _DETERMINERS:
        # "the work and pensions secretary": one word each side of "and" in one person's role
        head = next((x for x, _ in taken if x in SOURCE_NOUNS), "")
        return (
            (head in PERSON_SOURCE_NOUNS or head in ORGANISATION_NOUNS)  # "the oil and gas producer"
            and len(taken) == 2
            and _is_modifier(taken[0][0])
            and k >= 2
            and _is_modifier(words[k - 1][0])
            and (words[k - 2][0] in _DETERMINERS or _is_possessive(words[k - 2][0]))
        )
    if taken[0][0] in _DETERMINERS or not _is_modifier(w):
        return False
    if (
        len(taken) == 1
        and taken[0][0] in PLURAL_PEOPLE_NOUNS
        and w not in _CONJUNCTIONS
        and w not in _WH_WORDS
    ):
        return True  # "…, local officials said": people in the plural need no article
    run = 1  # modifiers before the phrase's first source noun, this one included
    for x, _ in taken:
        if x in SOURCE_NOUNS:
            break
        run += 1
    if run > _MAX_MODIFIERS:
        return False
    for j in range(k - 1, max(-1, k - _MAX_MODIFIERS - 2 + run), -1):  # the article, within reach
        x = words[j][0]
        if x in _DETERMINERS or _is_possessive(x) or x in _POSSESSIVE_PRONOUNS:
            return True  # "the island ferry operator", "its foreign ministry"
        if (
            x == "and"
            and j == k - 1
            and len(taken) == 1
            and (taken[0][0] in PERSON_SOURCE_NOUNS or taken[0][0] in ORGANISATION_NOUNS)
        ):
            continue  # "the work and pensions secretary", "the oil and gas producer" (see above)
        if not _is_modifier(x):
            return False
    return False


def _is_possessive(word: str) -> bool:
    """ "province's", "workers'": an owner, which stands where an article would (the normalised
    text has only straight apostrophes)."""
    return word.endswith("'s") or (word.endswith("s'") and len(word) > 2)


# people in the plural, or the media, a word or two ahead (without an article before them:
# "local officials", "rescue workers", "state media")
_PLURAL_SOURCE_AHEAD = re.compile(
    r"(?:[ ]+[a-z][a-z\-]*)?[ ]+(?:media|"
    + trie_alternation({w for w in SOURCE_NOUNS if w.endswith("s") and w[:1].islower()})
    + r")\b"
)


def _source_noun_ahead(text: str, pos: int, n: int) -> bool:
    """A source noun among the next ``n`` words after ``pos``, with only modifiers before it."""
    for m in _WORD.finditer(text, pos):
        w = m.group(0).rstrip(".,")
        if w in SOURCE_NOUNS:
            return True
        n -= 1
        if n <= 0 or not _is_modifier(w) or text[pos : m.start()].strip():
            return False
        pos = m.end()
    return False


def _capital_within(words: list[tuple[str, int]], k: int, n: int) -> bool:
    return any(words[j][0][:1].isupper() for j in range(max(0, k - n), k))


_TOLD = frozenset(("told", "tells", "tell"))  # whom is told follows: never an inversion
# what is named follows ("…, described the department's oversight as chaotic"): never an inversion
_NAMING_VERBS = frozenset("described describes branded brands labelled labels labeled termed terms".split())


def _ends_inverted_subject(text: str, end: int) -> bool:
    """Whether an inverted subject may end at ``end`` ('…," said Mr Smith.', '…, said police in
    Kent', '…, said the minister, who …'): a mark, the text's end, or a word of place or time."""
    if end <= 0:
        return False
    ahead = text[end : end + 16]
    rest = ahead.lstrip(" \t")
    if not rest or rest[0] in ".,;:!?…\"'”’)—–-":
        return True
    if rest[0] == "(" and _AGE_IN_BRACKETS.match(rest) is not None:
        return True  # "…,' said Mohan Lal (23), a tailor": an age in brackets, as Indian papers give it
    if rest.startswith(("in ", "at ")) and _PLACE_THEN_VERB.match(text, end + len(ahead) - len(rest)):
        return False  # "…, said staff at Fenwick General were …": what is said, a verb after the place
    return rest.split(" ", 1)[0] in _AFTER_INVERTED or rest.startswith(_AFTER_INVERTED_CLAUSE)


_AGE_IN_BRACKETS = re.compile(r"\(\d{1,3}\)")
# a place after a subject, then a verb: the subject of what is said ("staff at Fenwick General were")
_PLACE_THEN_VERB = re.compile(
    r"(?:in|at)[ ]+(?:the[ ]+)?(?:[A-Z][\w'’\-]*[ ]+){1,4}(?:were|was|are|is|had|have|has|would|will|could)\b"
)


_AFTER_INVERTED_CLAUSE = ("who ", "whose ", "which ", "from ", "of ", "for ", "with ", "and ")


def _subject_after(text: str, m: re.Match[str], offset: int) -> tuple[str, int, bool] | None:
    """Inversions: '..." said Mr. Smith' / '..., said X' / '...," he said'; never a participle
    ("…, telling the oil companies" names whom, not who), nor "told" ("The defendant, 45, told the
    court": the court is told, it does not speak)."""
    if m.group(1).endswith("ing") or m.group(1) in _TOLD or m.group(1) in _NAMING_VERBS:
        return None
    # what stands before and after the verb, looked at in place: slicing the rest of the text
    # for every verb made a sentence of many verbs quadratic
    i = m.start()
    while i and text[i - 1].isspace():
        i -= 1
    if not i or text[i - 1] not in "\",'":
        return None
    pos = _SPACES.match(text, m.end()).end()
    head = _NON_SPACE.match(text, pos).group().rstrip(".,")
    if head in _PRONOUNS:
        return head, offset + pos, True
    if head in _DETERMINERS and (aged := _AGED.match(text, pos)) is not None:  # '…," said the 52-year-old.'
        return aged.group(), offset + pos, True
    if head in _FIRST_PERSON_SUBJECTS:
        return None  # "…, said I was coming from the left": what is said, not who says it
    if head in ("a", "an", "the") and (whose := _whose(text, pos)) is not None:
        # '"…," said a statement from the Tenants' Union.', '… said a spokesperson for Tesco.'
        return whose[1], offset + whose[0].end(), False
    if (speaking_for := _speakers_for_named(text, pos)) is not None:
        return speaking_for[0], offset + pos, False  # '…," said a lawyer for Daniel Hart.'
    phrase = _phrase_after(text, pos)
    if phrase and text.startswith(phrase + ",", pos) and looks_like_person(phrase):
        # '…," said John Smith, chief executive of Acme Robotics.': the person, not the firm
        return phrase, offset + pos, False
    named = _ROLE_THEN_NAME.match(text, pos)
    if named and looks_like_person(named.group(1)):
        # '…," said ORR chief executive Dana Moore.': the person the role words lead to
        return named.group(1), offset + named.start(1), False
    named = _ROLE_COMMA_NAME.match(text, pos)
    if named:  # '…," said her daughter, Clare.'
        return named.group(1), offset + named.start(1), False
    if phrase and _ends_inverted_subject(text, text.find(phrase, pos) + len(phrase)):
        # not "The report, published on Thursday, said staff had not been trained": what is said
        return _without_workplace(phrase), offset + pos, False
    if phrase and " of " in phrase and looks_like_person(person := phrase.partition(" of ")[0]):
        # '…," said Ann Vole of the campaign group Clean Rivers.': the person, where she works
        # described before its name
        return person, offset + pos, False
    vox = _ONE_OF_MANY.match(text, pos)
    if vox:  # '"…," said one landlord, who asked not to be named': whoever it is, as written
        return vox.group(), offset + pos, False
    common = _common_noun_after(text, pos) if m.group(1) in _INVERTING else None
    if common is not None:  # '…, said the coastguard.': as written
        return common, offset + pos, False
    return None


# A source named by a common noun no list holds ("the coastguard", "the local lifeboat crew",
# "his employer"): an article or a possessive pronoun, then up to three lower-case words, as the
# subject of a speech verb at the start of a clause, or after an inverted verb at its end.
_COMMON_HEAD = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\b")
_COMMON_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)"
    # where it is from, maybe ("The Japanese carmaker", "the South Korean firm")
    r"((?:[ \t]+(?:(?:North|South|East|West)[ \t]+)?" + _NATIONAL_ADJECTIVE + r")?"
    r"(?:[ \t]+[a-z0-9][a-z0-9\-]*){1,3})[ \t]*\Z"
)
# what may stand before such a subject: the clause's start
_CLAUSE_OPENERS = frozenset("and but while whereas although though as because so".split())
_CLAUSE_MARKS = frozenset(",;:(\"'“‘—–-")
# what may follow an inverted one: a time or a place ("…, said the coastguard on Sunday")
_AFTER_INVERTED = frozenset("on in at last this yesterday today earlier later".split())
# the speaker or the listener, never part of a common-noun source ("the question you asked")
_PERSONAL = frozenset("i you we me us one".split())
# adverbs before a verb and comparatives, not words of a source ("the president just said", "The
# less said about it, the better")
_ADVERBS = frozenset(
    """just only still never always often now already even ever not merely simply less more least
    most fewer""".split()
)
# The verbs a common-noun subject no list holds may speak by
_COMMON_SUBJECT_VERBS = frozenset(
    """said says say told tells added adds wrote writes stated explained explains insisted insists
    replied confirmed confirms announced announces denied denies admitted admits argued argues
    warned warns claimed alleged alleges reported suggested suggests estimated estimates noted
    recalled asked asks""".split()
)
# the verbs that stand before their subject in news ("…, said the coastguard")
_INVERTING = frozenset(
    """said says added wrote explained warned noted replied insisted claimed continued argued
    asked recalled quipped joked cried snapped exclaimed demanded wondered pleaded""".split()
)
_NOT_IN_COMMON_SOURCE = _CONJUNCTIONS | _SKIP_BEFORE_VERB | _PERSONAL | _ADVERBS | MODAL_WORDS
# "-ed" heads that stand for people ("the accused said")
_ED_NOUNS = frozenset("accused deceased injured bereaved wounded detained displaced".split())
# "-ly" heads that are nouns ("the family said", "the daily said")
_LY_NOUNS = frozenset("family assembly ally daily weekly monthly quarterly fortnightly".split())


def _common_words_ok(words: list[str]) -> bool:
    head = words[-1]
    return (
        all(_is_modifier(w) for w in words)
        and not any(w in _NOT_IN_COMMON_SOURCE for w in words)
        and head not in DOCUMENT_NOUNS
        and head not in MEASURE_NOUNS
        and (not head.endswith("ly") or head in _LY_NOUNS)
        and (not head.endswith("ed") or head in _ED_NOUNS)  # "a federal lawsuit filed (on Monday)"
    )


def _common_noun_subject(text: str, verb_at: int, vpos: int) -> tuple[str, int] | None:
    """The common-noun subject ending right before ``verb_at`` (its verb group; the verb at
    ``vpos``) at a clause's start, with its place in ``text``, or None."""
    lo = max(0, verb_at - 60)
    m = _COMMON_SUBJECT.search(text, lo, verb_at)
    if m is None or (m.start() > 0 and text[m.start() - 1].isalnum()):
        return None
    if not _common_words_ok([w for w in m.group(1).split() if not w[:1].isupper()]):
        return None
    before = text[: m.start()].rstrip(" \t\"'“‘")
    if not before and _ends_here(text, vpos):
        return None  # "The inquest continues.": nothing is said
    if (
        before
        and before[-1] not in _CLAUSE_MARKS
        # a question or an exclamation quoted before it ('"Why now?" one woman asked')
        and not (before[-1] in "?!" and text[: m.start()].rstrip(" \t")[-1:] in "\"'")
    ):
        opener = _WORD.search(before, max(0, len(before) - 12))
        while opener is not None and opener.end() < len(before):
            opener = _WORD.search(before, opener.end())
        if opener is None or opener.group(0).lower() not in _CLAUSE_OPENERS:
            return None
    phrase = m.group(0).rstrip(" \t")
    return phrase[0].lower() + phrase[1:], m.start()


# "according to the law", "… to the plan": in keeping with, not a source
_IN_KEEPING_WITH = frozenset(
    """law laws rule rules plan plans schedule timetable tradition custom constitution guidelines
    regulations script""".split()
)


def _common_noun_after(text: str, pos: int) -> str | None:
    """The common-noun source right after an inverted verb at ``pos``, ending its clause."""
    if _COMMON_HEAD.match(text, pos) is None:
        return None
    words: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos):
        if text[end : m.start()].strip(" \t") or len(words) > 3:
            break
        w = m.group(0)
        bare = w.rstrip(".,")
        if words and not _is_modifier(bare):
            break
        words.append(bare)
        end = m.start() + len(bare)
        if bare != w:
            break
    rest = text[end : end + 16].lstrip(" \t")
    if len(words) < 2 or not _common_words_ok(words[1:]):
        return None
    if rest and rest[0] not in ".,;:!?…\"'”’)" and rest.split(" ", 1)[0] not in _AFTER_INVERTED:
        return None
    return " ".join(words)


_PHRASE_WORD = re.compile(r"[\w][\w'\-.&]*|&")  # a word, or a firm's "&" ("Marks & Spencer")


# Words that describe a source's figures before its name: "official ONS data", "separate Home Office
# figures" (the name after them is the source)
_ADJECTIVES_BEFORE_NAME = re.compile(
    r"[ ]*(?:(?:official|separate|new|latest|recent|provisional|preliminary|annual|monthly|quarterly|weekly"
    r"|revised|unpublished|internal|leaked|fresh|updated|final)[ ]+)+(?=[A-Z])"
    # or which government's: "the state Geological Survey", "the federal Bureau of Prisons"
    r"|[ ]*(?:the[ ]+)?(?:state|federal|provincial|county|city|national|regional)[ ]+(?=[A-Z])"
)


# The rest of a name holding a list after its "for" or "of": ", Innovation and Technology"
_LISTED_IN_NAME = re.compile(
    r"(?:,[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)?)*,?[ ]and[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)?(?![\w\-])"
)


def _phrase_after(text: str, pos: int) -> str | None:
    """The source phrase starting at ``pos``: capitalised words ("the Labour Ministry"), a source
    noun ("police"), or a possessive with what it owns ("the city's own audit", "Apple's annual
    report")."""
    if (described := _DESCRIBED.match(text, pos)) is not None:
        pos = described.end()  # "according to shipping data firm Kpler": Kpler
    elif (adjectives := _ADJECTIVES_BEFORE_NAME.match(text, pos)) is not None:
        pos = adjectives.end()  # "according to official ONS data", "… separate Home Office figures"
    taken: list[str] = []
    owned = 0  # words taken after a possessive
    modifiers = 0  # lower-case words taken before a source noun (at most _MAX_MODIFIERS)
    for m in _PHRASE_WORD.finditer(text, pos):
        w = m.group(0)
        if m.start() != pos + len(" ".join(taken)) + (1 if taken else 0):
            break
        possessive = bool(taken) and taken[-1].endswith("'s") and taken[-1] not in _DETERMINERS
        if possessive or owned:
            # what the possessor owns: up to three words, up to a function word or punctuation;
            # a name goes on to its end ("the city's Office of Budget and Finance")
            if owned and owned < _MAX_NAME_WORDS and taken[-owned][:1].isupper() and _name_goes_on(text, m):
                taken.append(w.rstrip(".,"))
                owned += 1
                if w[-1:] in ".,":
                    break
                continue
            if (owned < 3 or (owned == 3 and w.rstrip(".,") in DOCUMENT_NOUNS)) and (
                w not in _PHRASE_STOP and not w.endswith("'s")
            ):
                taken.append(w.rstrip(".,"))
                owned += 1
                if w[-1:] in ".,":
                    break
                continue
            break
        if (
            w[:1].isupper()
            or (taken and w in _CONNECTORS)
            or (not taken and w in _DETERMINERS)
            # "said Khalid al-Mansoori": the Arabic article in lower case, inside a name
            or (taken and taken[-1][:1].isupper() and _article_surname(w.rstrip(".,")))
        ):
            taken.append(w)
        elif not taken and w in ("one", "another") and _source_noun_ahead(text, m.end(), 1):
            taken.append(w)  # "said one resident", as a determiner
        elif not taken and w in _HOW_MANY and _source_noun_ahead(text, m.end(), 2):
            taken.append(w)  # "according to two witnesses", "… several senior officials"
        elif taken and taken[-1] in _DETERMINERS and w.endswith("'s"):
            taken.append(w)  # "according to the city's Office of Budget", "the city's own audit"
        elif (
            w.rstrip(".,") in PLURAL_SOURCE_NOUNS
            and taken
            and taken[0].lower() == "the"
            and w[-1:] not in ".,"
            and text.startswith(" ", m.end())
            and (named := _NAME_AT.match(text, m.end() + 1)) is not None
            and _is_org_name(named.group())
        ):
            # "Research by the retail analysts Kantwell found": the firm named after what it is
            return named.group()
        elif w.rstrip(".,") in SOURCE_NOUNS:  # "according to police."
            if (
                "of" in taken[1:]
                and taken[0][:1].isupper()
                and taken[(of := taken.index("of")) + 1 : of + 2] != []
                and taken[of + 1] in DEMONYMS
            ):
                del taken[of:]  # "a study by McKinsey of American firms": the firm, not those it studied
                break
            taken.append(w)
            if (
                w in PLURAL_SOURCE_NOUNS
                and (workplace := _AT_WORKPLACE.match(text, m.end())) is not None
                and _is_org_name(workplace.group().split(None, 1)[1].removeprefix("the "))
            ):
                taken.append(workplace.group().strip())  # "a study by researchers at Brackley University"
                break
            if w[-1:] not in ".," and (second := _WORD.match(text, m.end() + 1)) is not None:
                role = second.group(0).rstrip(".,")
                if text[m.end()] == " " and (role in PERSON_SOURCE_NOUNS or role in PLURAL_SOURCE_NOUNS):
                    taken.append(second.group(0))  # "the chief executive", "police officers"
            break
        elif (
            (taken or _PLURAL_SOURCE_AHEAD.match(text, m.end()) is not None)  # "according to local officials"
            and modifiers < _MAX_MODIFIERS
            and _is_modifier(w)
            and _source_noun_ahead(text, m.end(), _MAX_MODIFIERS - modifiers)
        ):
            taken.append(w)
            modifiers += 1
        else:
            break
    if taken and taken[-1].endswith("'s") and not owned:
        return None  # a bare possessive ("the city's") names nothing
    while taken and (taken[-1] in _CONNECTORS or taken[-1] in _DETERMINERS):
        taken.pop()
    if not taken:
        return None
    phrase = " ".join(taken).rstrip(".,")
    if (
        (" for " in phrase or " of " in phrase)
        and text.startswith(",", end := _place_of(text, phrase, pos) + len(phrase))
        and (listed := _LISTED_IN_NAME.match(text, end)) is not None
    ):
        # "the Department for Science, Innovation and Technology": a name with a list in it
        phrase += listed.group(0)
    if (
        len(taken) > 1
        and taken[0] in _DETERMINERS
        and ((owned and taken[1][:1].islower()) or not any(map(_is_name_word, taken[1:])))
    ):
        # "the city's own audit", "the city's Office", "the port authority": a common-noun
        # source (or a common-noun owner) keeps its article
        return phrase[0].lower() + phrase[1:]
    return _strip_det(phrase) or None


def _name_goes_on(text: str, m: re.Match[str]) -> bool:
    """Whether the word ``m`` continues a capitalised name: a capitalised word, or connectors
    with a capitalised word after them ("Office of Budget and Finance", "Department of the
    Interior")."""
    if m.group(0)[:1].isupper():
        return True
    for n in _WORD.finditer(text, m.start()):
        w = n.group(0)
        if w[:1].isupper():
            return True
        if w not in _CONNECTORS or not text.startswith(" ", n.end()):
            return False
    return False


_AFTER_A_COMMA_END = re.compile(r",[ ]*(?:(?:the|a|an)[ ]+)?\Z")
# What may follow a verb that ends its sentence: when, then the closing marks ("…, officials said
# last week.")
_SENTENCE_TAIL = re.compile(
    r"(?:\s+(?:last|this)\s+\w+|\s+(?:earlier|later|yesterday|today|recently))?[\s.!?\"'”’)]*"
)


def _closes_sentence(text: str, pos: int) -> bool:
    """Whether the verb ending at ``pos`` (with where and how it was said) ends the sentence."""
    how = _HOW_SUFFIX.match(text, pos)
    return _SENTENCE_TAIL.fullmatch(text, how.end() if how else pos) is not None


def _place_of(text: str, phrase: str, start: int) -> int:
    """Where ``phrase`` (found from ``start``) stands in ``text``; ``start`` when a phrase put together
    from its words is not written so (a mark between them: "the club's chai”rman")."""
    at = text.find(phrase, start)
    return at if at >= 0 else start


def _how_suffix(text: str, pos: int) -> str:
    m = _HOW_SUFFIX.match(text, pos)
    return m.group(0).replace("  ", " ") if m else ""


def _share_quote_speakers(units: list[Span], found: list[UnitAttribution]) -> None:
    """A quotation running over several sentences has one speaker: the one its attribution names."""
    i = 0
    while i < len(units):
        att = found[i]
        if att.quote is None:
            i += 1
            continue
        j = i
        while j + 1 < len(units) and found[j + 1].quote is not None and _continues_quote(units, found, j):
            j += 1
        if j > i:
            speaker = next((found[k] for k in range(j, i - 1, -1) if found[k].own), None)
            if speaker is not None:
                for k in range(i, j + 1):
                    if not found[k].own:
                        found[k].take_source(speaker)
        i = j + 1


def _introducing_person(unit: Span, people: People) -> tuple[int, int] | None:
    """(group, place) of the person a short sentence opens with, after an opening phrase and its
    comma at most ("Asked about the letter, Mahlaba chose his words carefully.", "Back on Main
    Street, Mr Gilvarry was counting the cost."), or None."""
    found = people.opening_person(unit.start)
    if found is None and 0 < (comma := unit.text.find(", ", 0, 60)):
        found = people.opening_person(unit.start + comma + 2)
    return found


def _follow_on_quotes(units: list[Span], found: list[UnitAttribution], people: People) -> None:
    """A sentence that is a quotation and nothing else, right after an attributed quotation in
    the same paragraph, is the same speaker's: '"…," said Dana Moore. "This fine reflects …"'; so
    is one right after a sentence reporting what someone said ('Mayor Sadiq Khan said the charge
    had cut traffic. "When we started, …'), in its paragraph or opening the next (after a closed
    quotation too: news copy names a new speaker), and a quotation left open at a paragraph's end
    goes on in the next."""
    for k in range(1, len(units)):
        f, prev = found[k], found[k - 1]
        u = units[k]
        if (
            f.speaker is None
            and f.quote == (u.start, u.end)
            and (
                units[k - 1].paragraph == u.paragraph
                or _continues_quote(units, found, k - 1)
                # a paragraph of quotation after a paragraph ending in what someone said, quoted or
                # reported: news copy names a new speaker, so one not named is the same
                or units[k - 1].paragraph == u.paragraph - 1
            )
            and prev.speaker is not None
            and (
                prev.quote is not None or (prev.own and (prev.how or "").split(" ")[0] in _BEFORE_THEIR_WORDS)
            )
        ):
            f.take_source(prev)
        elif (
            f.speaker is None
            and f.quote == (u.start, u.end)
            and units[k - 1].paragraph == u.paragraph
            and prev.speaker is None
            and prev.quote is None
            and len(units[k - 1].text.split()) <= _INTRODUCING_WORDS
            and (gi := _introducing_person(units[k - 1], people)) is not None
        ):
            # "Derek Coombs was equally blunt. "It's a disgrace."": the person the sentence before
            # opened with, introducing the quotation
            f.speaker, f.how, f.speaker_pos = people.groups[gi[0]].surfaces[0], "quoted", gi[1]
            f.own = True


_INTRODUCING_WORDS = 12  # a sentence that introduces the quotation after it is short
# what someone is reported to have said ("Mayor Sadiq Khan said the charge had cut traffic"): a
# quotation right after it, with no attribution of its own, goes on in their words
_REPORTING_VERBS = frozenset(
    "said says told tells added adds explained explains insisted insists argued argues warned warns".split()
)
# what someone did in a sentence after which a paragraph of quotation is theirs ('Hartley confirmed
# Adebayo was fit. / "He has been outstanding."'): the verbs of reported speech and of claiming
_BEFORE_THEIR_WORDS = (
    _REPORTING_VERBS | _SAYS | frozenset("confirmed confirms revealed reveals announced".split())
)


def _continues_quote(units: list[Span], found: list[UnitAttribution], j: int) -> bool:
    """True when unit j's quotation runs to its end and unit j+1's starts at its start, in the
    same paragraph, or in the next one when unit j's quotation was left open at its paragraph's
    end (a quotation closed at a paragraph's end and one opening the next are two)."""
    a, b = found[j].quote, found[j + 1].quote
    return (
        a is not None
        and b is not None
        and a[1] == units[j].end
        and b[0] == units[j + 1].start
        and (
            units[j].paragraph == units[j + 1].paragraph
            or (
                units[j + 1].paragraph == units[j].paragraph + 1
                and units[j].text.rstrip()[-1:] not in _CLOSING_MARKS
            )
        )
    )


_CLOSING_MARKS = "\"”'’"


def _carry_colon_sources(norm: str, units: list[Span], found: list[UnitAttribution]) -> None:
    for i, unit in enumerate(units):
        att = found[i]
        if not att.own or att.speaker is None:
            continue
        if not unit.text.rstrip().endswith(":") and not (
            # "Outside court, his widow read a statement on behalf of the family." then the
            # statement, quoted, in the paragraphs after
            (att.how or "").startswith(("read", "reads"))
            and i + 1 < len(units)
            and units[i + 1].paragraph > unit.paragraph
            and units[i + 1].text[:1] in '"“'
        ):
            continue
        verb = (att.how or "").split(" ")[0]
        if verb in ("read", "reads"):
            verb += " a statement"  # "read a statement, introducing this passage"
        source, how = att.speaker, f"{verb}, introducing this passage"
        start_par = unit.paragraph
        listed = 0  # items of a list right under the introduction: all of it is introduced
        # a quotation introduced ('said:' / '"Broadband is essential."'): the passage ends with it,
        # at the first paragraph after it that opens with no quotation mark
        quoted = i + 1 < len(units) and units[i + 1].text[:1] in "\"'“‘"
        for k in range(i + 1, len(units)):
            u = units[k]
            if (
                quoted
                and u.paragraph > units[i + 1].paragraph
                and opens_paragraph(units, k)
                and u.text[:1] not in "\"'“‘"
            ):
                break
            if (
                u.text[:1] in LIST_BULLETS
                and u.paragraph - units[k - 1].paragraph <= 1
                and (k == i + 1 or units[k - 1].text[:1] in LIST_BULLETS)
                and listed < _CARRY_LIST_ITEMS
            ):
                listed += 1
                start_par = u.paragraph
            elif listed and u.paragraph != units[k - 1].paragraph:
                break  # the prose after the list is the article's again
            if u.paragraph - start_par > _CARRY_PARAGRAPHS:
                break
            if u.text.rstrip().endswith(":"):
                break
            if u.paragraph > start_par + 1 and found[k].own and opens_paragraph(units, k):
                break
            if u.paragraph > start_par + 1 and _paragraph_has_own(units, found, k):
                break
            if not found[k].own:
                f = found[k]
                f.speaker, f.how, f.speaker_pos, f.carried = source, how, att.speaker_pos, True
                f.pronoun = att.pronoun


def _paragraph_has_own(units: list[Span], found: list[UnitAttribution], k: int) -> bool:
    par = units[k].paragraph
    j = k
    while j > 0 and units[j - 1].paragraph == par:
        j -= 1
    while j < len(units) and units[j].paragraph == par:
        if found[j].own and not found[j].carried:
            return True
        j += 1
    return False
