"""Length-preserving normalisation: a copy of the text for matching, never for output.

Every function here returns a string of exactly the same length as its input, so an offset
found in the copy is an offset into the original body. Nothing is ever removed or inserted.
"""

from __future__ import annotations

import re

_SPACE = " "


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x00, 0x09)) + [0x0B, 0x0C] + list(range(0x0E, 0x20)) + [0x7F]:
        table[cp] = _SPACE
    for cp in range(0x80, 0xA0):  # C1 controls
        table[cp] = _SPACE
    table[0x85] = "\n"  # NEXT LINE
    table[0x09] = _SPACE
    for cp in (0xA0, 0x1680, 0x180E, 0x200B, 0x200C, 0x200D, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF):
        table[cp] = _SPACE
    for cp in range(0x2000, 0x200B):
        table[cp] = _SPACE
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    for cp in range(0xD800, 0xE000):  # lone surrogates smuggled into a str
        table[cp] = _SPACE
    return table


_WS_TABLE = _build_table()

# Quote folding for pattern matching: curly and other quote marks become their ASCII form.
_QUOTE_TABLE = {
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x201F: '"',
    0x2033: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x201B: "'",
    0x2032: "'",
    0x0060: "'",
    0x00B4: "'",
    0x2013: "-",
    0x2014: "-",
    0x2212: "-",
}

_CR_BEFORE_LF = re.compile(r"\r(?=\n)")
# HTML/XML tags and their escaped forms are masked as spaces (newlines inside kept), so a tag
# never glues two sentences together and never starts or ends a unit.
_TAG = re.compile(
    r"<(script|style)\b[^>]{0,800}>.{0,100000}?</\1\s*>"  # code is not prose: mask it whole
    r"|<(?:[A-Za-z!/?][^<>]{0,800})>|&lt;/?[A-Za-z][^&<>]{0,200}?&gt;",
    re.IGNORECASE | re.DOTALL,
)


def _blank(match: re.Match[str]) -> str:
    s = match.group(0)
    return "".join("\n" if ch == "\n" else " " for ch in s)


def normalise_space(text: str) -> str:
    """Odd whitespace and control characters -> ' ', line separators -> '\\n'. Same length."""
    out = text.translate(_WS_TABLE)
    if "\r" in out:
        out = _CR_BEFORE_LF.sub(" ", out).replace("\r", "\n")
    if "<" in out or "&lt;" in out:
        out = _TAG.sub(_blank, out)
    return out


def fold_quotes(text: str) -> str:
    """Curly quotes and dashes to ASCII. Same length."""
    return text.translate(_QUOTE_TABLE)


_COMBINED = {**_WS_TABLE, **_QUOTE_TABLE}
_COMBINED_CHARS = {chr(cp): v for cp, v in _COMBINED.items() if not 0xD800 <= cp < 0xE000}
_SPECIAL = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_COMBINED_CHARS) if c not in "\n") + "\ud800-\udfff]"
)


def _map_special(match: re.Match[str]) -> str:
    return _COMBINED_CHARS.get(match.group(0), _SPACE)


# Markdown, as a newsroom's editor or CMS writes it, masked as spaces: a heading's "#" marks and a
# quotation's ">" at a line's start, the "**" or "_" around words, a link's brackets and address
# (its words kept). A list's "* " stays: it is a list's mark.
_MD_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+(?=\S)|(?:>[ \t]?)+)", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|__|\*|_)(?=[^\s*_])([^\n]{0,400}?[^\s*_\\])\1(?![\w*])")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.|/)[^()\s]{1,2000}\)")


def _blank_emphasis(match: re.Match[str]) -> str:
    mark = " " * len(match.group(1))
    return mark + match.group(2) + mark


def _blank_link(match: re.Match[str]) -> str:
    return " " + match.group(1) + " " * (len(match.group(0)) - len(match.group(1)) - 1)


def mask_markdown(text: str) -> str:
    """Markdown's marks as spaces (see above). Same length."""
    if "#" in text or ">" in text:
        text = _MD_LINE_MARK.sub(_blank, text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(_blank_emphasis, text)
    if "](" in text:
        text = _MD_LINK.sub(_blank_link, text)
    return text


def normalise(text: str) -> str:
    """Both of the above, and Markdown masked: the copy every matcher in the package works on."""
    out = _SPECIAL.sub(_map_special, text)
    if "\r" in out:
        out = _CR_BEFORE_LF.sub(" ", out).replace("\r", "\n")
    if "<" in out or "&lt;" in out:
        out = _TAG.sub(_blank, out)
    return mask_markdown(out)
