"""The bytes of evidence as HTTP answers: one place for the headers that keep them harmless,
shared by the claim page's links and the API."""

from __future__ import annotations

from django.http import Http404, HttpResponse

from . import selectors
from .models import Evidence, EvidenceFile


def file_response(pk: int, item: int, which: str) -> HttpResponse:
    """The uploaded document (shown in the browser: its kind was checked by its bytes) or the
    bytes of a snapshot (always downloaded: a kept page must never run in the desk's origin).
    Both sandboxed and never sniffed."""
    if which not in ("document", "original"):
        raise Http404("No such file.")
    try:
        record, blob = selectors.evidence_file(
            claim_id=pk, evidence_id=item, which="document" if which == "document" else "snapshot"
        )
    except (Evidence.DoesNotExist, EvidenceFile.DoesNotExist):
        raise Http404("No such file.") from None
    response = HttpResponse(bytes(blob.data), content_type=blob.content_type)
    if which == "document":
        response["Content-Disposition"] = f'inline; filename="{record.document_name or "document"}"'
    else:
        ext = COPY_EXTENSIONS.get(blob.content_type, "bin")
        response["Content-Disposition"] = f'attachment; filename="evidence-{record.pk}-copy.{ext}"'
    response["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


COPY_EXTENSIONS = {
    "text/html": "html",
    "application/xhtml+xml": "xhtml",
    "text/plain": "txt",
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
}
