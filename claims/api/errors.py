"""API error answers: every failure is JSON ``{detail, code}``, plus field messages on a 400.

The same shapes are documented in the OpenAPI schema (``ErrorOutput``, ``ValidationErrorOutput``
and claims.api.schema, which adds them to every operation), so what a client reads is what the
schema promises.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.errors import ServiceError


class ErrorOutput(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, for people.")
    code = serializers.CharField(help_text="What went wrong, for programs (`not_found`, `conflict`…).")


# A 400 holds field messages beside detail and code: `{"title": ["This field is required."]}`
# (nested for list items, e.g. `{"events": {"0": ["…"]}}`).
VALIDATION_ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "non_field_errors": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["detail", "code"],
    "additionalProperties": {},
    "description": "`detail` and `code`, and per invalid field (by name) its messages.",
}


def _code(exc, status_code: int) -> str:
    if isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        return codes if isinstance(codes, str) else exc.default_code
    return {403: "permission_denied", 404: "not_found"}.get(status_code, "error")  # Django's own


def exception_handler(exc, context):
    if isinstance(exc, ServiceError):
        body = {"detail": exc.message, "code": exc.code}
        body.update(exc.field_errors)
        return Response(body, status=exc.status_code)
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"detail": "Not found.", "code": "not_found"}, status=status.HTTP_404_NOT_FOUND)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # not an API error: Django's handler500 answers (503 for a database outage)
    if isinstance(exc, exceptions.ValidationError):
        fields = response.data if isinstance(response.data, dict) else {"non_field_errors": response.data}
        response.data = {"detail": "Invalid input.", "code": "invalid", **fields}
    elif isinstance(response.data, dict) and "code" not in response.data:
        response.data["code"] = _code(exc, response.status_code)
    return response
