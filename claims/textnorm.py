"""Normalisation used to recognise the same article twice. Pure Python, no Django."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

_WS = re.compile(r"\s+")
# Control characters other than tab and newline never belong in an article; NUL cannot even
# be stored by PostgreSQL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)


def clean_body(text: str) -> str:
    """The body as stored: newlines unified, control characters and lone surrogates removed.

    Offsets of claims are into this cleaned text, so cleaning happens once, before splitting.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
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
