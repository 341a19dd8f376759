"""The library of fact checks over the API: editors upload an archive (the same service as
``manage.py import_fact_checks`` and the upload page)."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.services.fact_checks import UPLOAD_KINDS, fact_checks_upload

from .fields import KnownFieldsOnly


class ImportInput(KnownFieldsOnly, serializers.Serializer):
    file = serializers.FileField()
    format = serializers.ChoiceField(choices=UPLOAD_KINDS, required=False, allow_blank=True)


class ProblemOutput(serializers.Serializer):
    where = serializers.CharField()
    reason = serializers.CharField()


class ImportOutput(serializers.Serializer):
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    skipped = serializers.IntegerField()
    problems = ProblemOutput(many=True)


class FactCheckImport(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        request={"multipart/form-data": ImportInput},
        responses={200: ImportOutput, 400: OpenApiResponse(description="no file, bad format, not UTF-8")},
        summary="Import fact checks (ClaimReview JSON-LD, JSON lines or CSV); editors only",
    )
    def post(self, request):
        data = ImportInput(data=request.data)
        data.is_valid(raise_exception=True)
        report = fact_checks_upload(
            actor=request.user, upload=data.validated_data["file"], kind=data.validated_data.get("format", "")
        )
        return Response(ImportOutput(report).data)
