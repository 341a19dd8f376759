"""A claim's evidence over the API: list, add (JSON, or multipart with a document), change,
remove, fetch a failed snapshot again, and download the kept bytes. The rules are the claim
page's (``claims.permissions.evidence_refusal``): the reviewer holding the claim, or an editor,
writes; everyone who reads the desk reads."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.evidence_responses import file_response
from claims.models import Claim, Evidence, EvidenceFile
from claims.services.evidence import (
    EXCERPT_MAX,
    NOTE_MAX,
    Upload,
    evidence_add,
    evidence_remove,
    evidence_snapshot_again,
    evidence_update,
)

from .fields import KnownFieldsOnly, Text
from .serializers import UserField

ERRORS = {
    403: OpenApiResponse(description="Only the reviewer holding the claim, or an editor, may."),
    404: OpenApiResponse(description="No such claim or evidence."),
    409: OpenApiResponse(
        description="The claim is approved (its evidence changes with a correction) or dismissed."
    ),
}


class EvidenceFileOutput(serializers.Serializer):
    name = serializers.CharField(help_text="The file's name (documents) or a name for the copy.")
    content_type = serializers.CharField()
    size = serializers.IntegerField(help_text="Bytes.")
    sha256 = serializers.CharField()
    download = serializers.CharField(help_text="API path of the bytes.")


class SnapshotOutput(serializers.Serializer):
    state = serializers.ChoiceField(choices=Evidence.Snapshot.choices)
    error = serializers.CharField(help_text="Why no copy was kept (state failed).")
    url = serializers.CharField(help_text="The address fetched, after redirects.")
    title = serializers.CharField()
    fetched_at = serializers.DateTimeField(allow_null=True)
    file = EvidenceFileOutput(allow_null=True)


class EvidenceOutput(serializers.ModelSerializer):
    claim = serializers.IntegerField(source="claim_id", read_only=True)
    added_by = UserField(help_text="Who added it (null when a provider did, or the account is gone).")
    document = serializers.SerializerMethodField()
    snapshot = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["id", "claim", "url", "stance", "excerpt", "note", "document", "added_by", "provider",
                  "created_at", "updated_at", "snapshot"]  # fmt: skip
        read_only_fields = fields

    @staticmethod
    def _file(obj: Evidence, blob: EvidenceFile | None, which: str, name: str) -> dict | None:
        if blob is None:
            return None
        return {
            "name": name,
            "content_type": blob.content_type,
            "size": blob.size,
            "sha256": blob.sha256,
            "download": reverse("api-evidence-file", args=[obj.claim_id, obj.pk, which]),
        }

    @extend_schema_field(EvidenceFileOutput(allow_null=True))
    def get_document(self, obj) -> dict | None:
        return self._file(obj, obj.document, "document", obj.document_name)

    @extend_schema_field(SnapshotOutput)
    def get_snapshot(self, obj) -> dict:
        return {
            "state": obj.snapshot_state,
            "error": obj.snapshot_error,
            "url": obj.snapshot_url,
            "title": obj.snapshot_title,
            "fetched_at": obj.snapshot_at,
            "file": self._file(obj, obj.snapshot, "original", f"evidence-{obj.pk}-copy"),
        }


class EvidenceInput(KnownFieldsOnly, serializers.Serializer):
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices)
    url = Text(required=False, allow_blank=True, max_length=2000, help_text="A link; its page is kept.")
    excerpt = Text(required=False, allow_blank=True, max_length=EXCERPT_MAX)
    note = Text(required=False, allow_blank=True, max_length=NOTE_MAX)


class EvidenceUpload(EvidenceInput):
    document = serializers.FileField(
        required=False, help_text="A PDF or an image (PNG, JPEG, GIF, WebP), checked by its bytes."
    )


class EvidenceChange(KnownFieldsOnly, serializers.Serializer):
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices, required=False)
    excerpt = Text(required=False, allow_blank=True, max_length=EXCERPT_MAX)
    note = Text(required=False, allow_blank=True, max_length=NOTE_MAX)


def _record(pk: int, item: int) -> Evidence:
    return selectors.evidence_detail(claim_id=pk, evidence_id=item)


class ClaimEvidenceList(APIView):
    parser_classes = [JSONParser, MultiPartParser]

    @extend_schema(
        responses={200: EvidenceOutput(many=True), 404: ERRORS[404]},
        summary="A claim's evidence records (removed ones left out), oldest first",
    )
    def get(self, request, pk: int):
        if not Claim.objects.filter(pk=pk).exists():
            raise Claim.DoesNotExist("No such claim.")
        return Response(EvidenceOutput(selectors.claim_evidence(claim_id=pk), many=True).data)

    @extend_schema(
        request={"application/json": EvidenceInput, "multipart/form-data": EvidenceUpload},
        responses={
            201: EvidenceOutput,
            400: OpenApiResponse(
                description="Invalid body: field messages (no link nor document, bad link…)."
            ),
            413: OpenApiResponse(description="The document is over FACTCHECK_EVIDENCE_MAX_BYTES."),
            **ERRORS,
        },
        summary="Add evidence: a link (its page is kept by the worker) and/or a document",
    )
    def post(self, request, pk: int):
        data = EvidenceUpload(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        upload = values.pop("document", None)
        record = evidence_add(
            claim_id=pk,
            actor=request.user,
            document=Upload(upload.name, upload.size, upload) if upload else None,
            **values,
        )
        return Response(EvidenceOutput(_record(pk, record.pk)).data, status=status.HTTP_201_CREATED)


class ClaimEvidenceDetail(APIView):
    @extend_schema(responses={200: EvidenceOutput, 404: ERRORS[404]}, summary="One evidence record")
    def get(self, request, pk: int, item: int):
        record = _record(pk, item)
        if record.removed_at is not None:
            raise Evidence.DoesNotExist("Removed.")
        return Response(EvidenceOutput(record).data)

    @extend_schema(
        request=EvidenceChange,
        responses={200: EvidenceOutput, 400: OpenApiResponse(description="Invalid body."), **ERRORS},
        summary="Change a record's stance, excerpt or note (kept in the claim's history)",
    )
    def patch(self, request, pk: int, item: int):
        data = EvidenceChange(data=request.data)
        data.is_valid(raise_exception=True)
        evidence_update(evidence_id=item, claim_id=pk, actor=request.user, **data.validated_data)
        return Response(EvidenceOutput(_record(pk, item)).data)

    @extend_schema(
        responses={204: None, **ERRORS},
        summary="Remove a record from the claim (it stays in the history)",
    )
    def delete(self, request, pk: int, item: int):
        evidence_remove(evidence_id=item, claim_id=pk, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClaimEvidenceSnapshot(APIView):
    @extend_schema(
        request=None,
        responses={
            202: EvidenceOutput,
            **ERRORS,
            409: OpenApiResponse(
                description="The snapshot has not failed (kept, or being fetched), or the claim is "
                "approved or dismissed."
            ),
        },
        summary="Fetch a failed snapshot of the record's link again",
    )
    def post(self, request, pk: int, item: int):
        evidence_snapshot_again(evidence_id=item, claim_id=pk, actor=request.user)
        return Response(EvidenceOutput(_record(pk, item)).data, status=status.HTTP_202_ACCEPTED)


class ClaimEvidenceFile(APIView):
    @extend_schema(
        operation_id="claims_evidence_file",
        responses={(200, "*/*"): OpenApiTypes.BINARY, 404: ERRORS[404]},
        summary="The bytes of a record's document, or of the copy kept of its link (original)",
    )
    def get(self, request, pk: int, item: int, which: str):
        return file_response(pk, item, which)
