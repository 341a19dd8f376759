"""Language of an article and of each of its paragraphs, with py3langid (langid.py's model).

An article may mix languages (an English report quoting a Russian statement), so each paragraph
gets its own language. A paragraph whose words are plainly English function words is English
without asking the identifier (the common case, at a fraction of the cost). A sentence whose
script differs from its paragraph's (Cyrillic inside an English paragraph) is identified on its
own. Too little text to tell (a headline, "Reuters") takes the article's language. The
identifier loads once per process (about 0.5 s) on first use.
"""

from __future__ import annotations

import re
import threading

from .segment import Span

_SAMPLE = 5_000  # characters looked at for the whole article
_PARAGRAPH_SAMPLE = 400  # a paragraph's language shows in its first sentences
_MIN_LETTERS = 30  # fewer letters than this: too little to tell, the article's language applies
_MIN_SENTENCE_LETTERS = 20
_MIN_PROBABILITY = 0.6  # normalised probability below which a paragraph guess is not trusted
_LETTER = re.compile(r"[^\W\d_]")
# Function words that are English and not French, Spanish, Italian, Portuguese, German or Dutch
# ones: a paragraph in Latin script where they make a fifth of the words is English for sure,
# without asking the identifier (which costs about 0.25 µs a character; most news is English).
_ENGLISH_MARKERS = frozenset(
    """the and of to that for with are have had this from by it be were which they their has been
    would said its not but who will there than after when after about into also could should""".split()
)
_ASCII_NON_LETTERS = {c: " " for c in range(128) if not 97 <= c <= 122}
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿœ]+")
_MIN_ENGLISH_WORDS = 6
_MIN_ASCII_WORDS = 15  # a shorter paragraph in ASCII is not identified on its own
_LOCK = threading.Lock()
_IDENTIFIER = None

# Names a reviewer reads on a claim ("Russian"), for the languages news arrives in most.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "ar": "Arabic",
    "fa": "Persian",
    "he": "Hebrew",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hy": "Armenian",
    "az": "Azerbaijani",
    "ka": "Georgian",
    "el": "Greek",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "hi": "Hindi",
    "ur": "Urdu",
    "id": "Indonesian",
    "vi": "Vietnamese",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        with _LOCK:
            if _IDENTIFIER is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; ('und', 0.0) without letters."""
    if not _LETTER.search(text):
        return "und", 0.0
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def _letters(text: str) -> int:
    return len(_LETTER.findall(text)) if not text.isascii() else sum(map(str.isalpha, text))


def detect_language(text: str) -> str:
    """The language of a whole text, or 'und' when there is nothing to tell it by."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if not letters:
        return "und"
    if letters < _MIN_LETTERS and sample.isascii():
        return "en"  # a headline or a short sentence in plain ASCII: read as English
    return identify(sample)[0]


def clearly_english(text: str) -> bool:
    """Latin script with English function words making at least a fifth of the words."""
    low = text.lower()
    if low.isascii():
        words = low.translate(_ASCII_NON_LETTERS).split()
    else:
        if _script(text) != "latin":
            return False
        words = _LATIN_WORD.findall(low)
    if len(words) < _MIN_ENGLISH_WORDS:
        return False
    hits = sum(map(_ENGLISH_MARKERS.__contains__, words))
    return hits * 5 >= len(words) or (hits >= 2 and hits * 8 >= len(words))


def _script(text: str) -> str:
    """'latin' when most letters are Latin, else 'other': enough to notice a change of script."""
    if text.isascii():
        return "latin"
    letters = _LETTER.findall(text)
    latin = sum(1 for c in letters if c < "\u0250")
    return "latin" if latin * 2 >= len(letters) else "other"


def unit_languages(norm: str, units: list[Span]) -> tuple[str, list[str]]:
    """The article's language and one language per unit (paragraph first, then sentence).

    The article's language is the one holding most letters among paragraphs identified with
    confidence; a paragraph too short or too uncertain takes it.
    """
    if not units:
        return detect_language(norm), []
    paragraphs: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        paragraphs.setdefault(u.paragraph, []).append(i)
    guessed: dict[int, str] = {}
    weight: dict[str, int] = {}
    for par, idx in paragraphs.items():
        start = units[idx[0]].start
        sample = norm[start : min(units[idx[-1]].end, start + _PARAGRAPH_SAMPLE)]
        if clearly_english(sample):
            guessed[par] = "en"
            weight["en"] = weight.get("en", 0) + len(sample)
            continue
        letters = _letters(sample)
        if letters < _MIN_LETTERS or (sample.isascii() and sample.count(" ") < _MIN_ASCII_WORDS):
            continue  # a headline or a short line: too little to tell, the article's language
        lang, prob = identify(sample)
        if prob >= _MIN_PROBABILITY:
            guessed[par] = lang
            weight[lang] = weight.get(lang, 0) + letters
    if weight:
        article = max(weight, key=weight.__getitem__)
    else:
        article = detect_language(norm)
    if norm.isascii() and _latin_language(article) and all(map(_latin_language, guessed.values())):
        return article, [guessed.get(u.paragraph, article) for u in units]  # no change of script
    langs: list[str] = []
    for u in units:
        lang = guessed.get(u.paragraph, article)
        text = norm[u.start : u.end]  # quotes and dashes folded to ASCII: English stays ASCII
        if (
            len(text) >= _MIN_SENTENCE_LETTERS
            and _script(text) != ("latin" if _latin_language(lang) else "other")
            and _letters(text) >= _MIN_SENTENCE_LETTERS
        ):
            own, prob = identify(text)
            if prob >= _MIN_PROBABILITY:
                lang = own
        langs.append(lang)
    return article, langs


# Languages written in Latin script among those py3langid knows (the others use another script).
_NON_LATIN = frozenset(
    "ru uk be bg mk sr kk ky mn tg ar fa ur ps ug he yi zh ja ko th lo km my ka hy el hi mr ne bn "
    "pa gu or ta te kn ml si am dz bo".split()
)


def _latin_language(lang: str) -> bool:
    return lang not in _NON_LATIN
