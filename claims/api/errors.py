"""API error answers: every failure is JSON with a message, field messages where there are."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.errors import ServiceError


def exception_handler(exc, context):
    if isinstance(exc, ServiceError):
        body = {"detail": exc.message, "code": exc.code}
        body.update(exc.field_errors)
        return Response(body, status=exc.status_code)
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"detail": "Not found.", "code": "not_found"}, status=status.HTTP_404_NOT_FOUND)
    return drf_exception_handler(exc, context)
