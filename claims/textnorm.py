"""Normalisation used to recognise the same article twice. Pure Python, no Django."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

_WS = re.compile(r"\s+")
# Control characters other than tab and newline never belong in an article; NUL cannot even
# be stored by PostgreSQL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Invisible marks with no meaning in stored text, which split a word for the matching rules
# ("Klitsch\u00adko"): soft hyphens, word joiners, a byte-order mark inside the text. (Zero-width
# spaces and joiners stay: some scripts need them.)
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)


# Tags that lay out a page ("<p>", "<br>", "<li>"): two of them make a pasted body HTML source
_LAYOUT_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|table|tr|section|article|figure|figcaption)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# A character reference: "&pound;", "&#8217;", "&#x2019;" (an unknown name stays as written)
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAGS = frozenset(
    """p div section article header footer aside main nav h1 h2 h3 h4 h5 h6 blockquote pre ul ol
    table tr figure figcaption dl dt dd hr address""".split()
)
_HIDDEN_TAGS = frozenset("script style noscript template head svg iframe object".split())
_INLINE_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


class _TextOfMarkup(HTMLParser):
    """The text a browser shows of an HTML fragment: blocks as paragraphs, list items as "- "
    lines, "<br>" as a line break, character references decoded, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        else:
            self._layout(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag not in _HIDDEN_TAGS:
            self._layout(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def _layout(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_INLINE_SPACE.sub(" ", data))


def _is_markup(text: str) -> bool:
    """HTML source: two layout tags or more and the text opens with a tag, or three closing
    layout tags ("</p>") anywhere. An article that names a tag or two ("the <p> tag") is text."""
    tags = _LAYOUT_TAG.findall(text, 0, 200_000)
    if len(tags) < 2:
        return False
    return text.lstrip().startswith("<") or sum(tag.startswith("</") for tag in tags) >= 3


def pasted_text(text: str) -> str:
    """A pasted body as text: HTML source (see _is_markup: "<p>", "<br>", "<li>" …) becomes the
    text a browser shows, in paragraphs; character references ("&pound;",
    "&#8217;") are decoded in any body. Plain text is returned unchanged otherwise."""
    if "<" in text and _is_markup(text):
        parser = _TextOfMarkup()
        parser.feed(text)
        parser.close()
        shown = "".join(parser.parts)
        lines = "\n".join(line.strip(" \t") for line in shown.split("\n"))
        return _BLANK_LINES.sub("\n\n", lines).strip()
    if "&" in text and ";" in text:
        return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text)
    return text


def clean_body(text: str) -> str:
    """The body as stored: newlines unified, control characters, soft hyphens and lone
    surrogates removed.

    Offsets of claims are into this cleaned text, so cleaning happens once, before splitting.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    return text.strip()


def body_hash(text: str) -> str:
    """SHA-256 of the body with case, Unicode forms and whitespace normalised."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    norm = _WS.sub(" ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def url_key(url: str) -> str:
    """What identifies a page: host without www., path without trailing slash, sorted query
    without tracking parameters; no scheme, port 80/443 or fragment. Empty for no URL."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    path = parts.path.rstrip("/") or ""
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    key = f"{host}{port}{path}"
    if query:
        key += "?" + urlencode(query)
    return key[:2000]
