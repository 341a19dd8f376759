from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponse, JsonResponse


def _refuse(request, status: int, code: str, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message, "code": code}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


# Uploads have their own limits (a document or a fact-check file), plus room for the form around
# the file; their services check the file's own size and say so. Every other body:
# DATA_UPLOAD_MAX_MEMORY_SIZE.
UPLOAD_PATHS = (
    (re.compile(r"^/(api/)?claims/\d+/evidence/$"), "FACTCHECK_EVIDENCE_MAX_BYTES"),
    (re.compile(r"^/(api/)?fact-checks/import/$"), "FACTCHECK_IMPORT_MAX_BYTES"),
)
FORM_ROOM = 256 * 1024


def body_limit(path: str) -> tuple[int, int | None]:
    """The largest body for ``path``, and for an upload path the file's own limit."""
    for pattern, setting in UPLOAD_PATHS:
        if pattern.match(path):
            file_limit = getattr(settings, setting)
            return file_limit + FORM_ROOM, file_limit
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE, None


class RequestTooLargeMiddleware:
    """Check a request body's length before anything reads it.

    413 for a body over DATA_UPLOAD_MAX_MEMORY_SIZE, or an upload's own limit (Django's own
    check would answer 400).
    411 for a chunked body (Transfer-Encoding, no Content-Length): Django reads CONTENT_LENGTH
    bytes of a body, so it would read such a body as empty and answer "field required", which
    misleads the client. Answering 411 keeps the size check before the read and costs a client
    only sending the length it knows (every HTTP library does for an ordinary body).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw_length = request.META.get("CONTENT_LENGTH") or ""
        transfer_encoding = request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        if not raw_length and "chunked" in transfer_encoding:
            return _refuse(
                request,
                411,
                "length_required",
                "Length Required: send the body with a Content-Length header, not chunked.",
            )
        try:
            length = int(raw_length or 0)
        except ValueError:
            length = 0
        limit, file_limit = body_limit(request.path)
        if limit and length > limit:
            if file_limit is not None:
                message = f"Request body too large ({length:,} bytes): a file may have {file_limit:,}."
            else:
                message = f"Request body too large ({length:,} bytes; the limit is {limit:,})."
            return _refuse(request, 413, "too_large", message)
        return self.get_response(request)
