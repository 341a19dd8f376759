"""What kind of document a file is, read from its first bytes (never from its name or from the
type a browser claims): the evidence desk keeps PDFs and images only. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass


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
