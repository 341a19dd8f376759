"""What kind of document a file is, read from its first bytes (never from its name or from the
type a browser claims): the evidence desk keeps PDFs and images only. Pure Python."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentKind:
    content_type: str
    label: str
    extension: str


PDF = DocumentKind("application/pdf", "PDF", "pdf")
PNG = DocumentKind("image/png", "PNG image", "png")
JPEG = DocumentKind("image/jpeg", "JPEG image", "jpg")
GIF = DocumentKind("image/gif", "GIF image", "gif")
WEBP = DocumentKind("image/webp", "WebP image", "webp")
HTML = DocumentKind("text/html", "web page", "html")

DOCUMENT_KINDS = (PDF, PNG, JPEG, GIF, WEBP)
ACCEPTED_WORDS = "a PDF or an image (PNG, JPEG, GIF or WebP)"


def document_kind(head: bytes) -> DocumentKind | None:
    """The kind of an uploaded document by its signature, or None when it is none we keep."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def safe_filename(name: str, kind: DocumentKind) -> str:
    """A file name fit for a Content-Disposition header and a page: the last path part, printable
    ASCII letters, digits and ``._-`` only, at most 120 characters, with the kind's extension."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    cleaned = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else "_" for c in stem).strip("._")
    cleaned = "_".join(filter(None, cleaned.split("_")))[:120] or "document"
    return f"{cleaned}.{kind.extension}"


def pdf_text(data: bytes, *, max_pages: int = 100, max_chars: int = 200_000) -> tuple[str, str]:
    """The title (from the document's information) and text of a PDF, pages separated by a blank
    line: at most ``max_pages`` pages and ``max_chars`` characters. ("", "") when it cannot be
    read (damaged, encrypted with a password, not a PDF): its bytes are kept all the same."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return "", ""
        title = str((reader.metadata.title if reader.metadata else "") or "")
        parts: list[str] = []
        size = 0
        for page in reader.pages[:max_pages]:
            text = " ".join((page.extract_text() or "").split())
            if text:
                parts.append(text)
                size += len(text) + 2
            if size >= max_chars:
                break
    except Exception:  # a hostile or broken file must not cost the copy its bytes
        log.warning("A PDF could not be read", exc_info=True)
        return "", ""
    return " ".join(title.split())[:500], "\n\n".join(parts)[:max_chars]
