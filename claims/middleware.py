from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse


class RequestTooLargeMiddleware:
    """Answer 413 for a request body over DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it
    (Django's own check would answer 400)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit and length > limit:
            message = f"Request body too large ({length:,} bytes; the limit is {limit:,})."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message, "code": "too_large"}, status=413)
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
