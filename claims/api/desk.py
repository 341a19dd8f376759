"""The desk's API: webhooks (editors), exports, bulk actions. Thin views: validate, call a
service or a selector, serialize."""

from __future__ import annotations

from django.core.validators import URLValidator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import services
from claims.errors import Conflict, NotAllowed
from claims.export_responses import file_response, streaming_response
from claims.export_selectors import filter_params
from claims.exports import CONTENT_TYPES, CSV, FORMATS, JSON, JSONLD
from claims.filters import ClaimFilter
from claims.models import Claim, ExportJob, WebhookDelivery, WebhookSubscription
from claims.permissions import BULK, CanManageWebhooks, user_can
from claims.services.bulk import BULK_ACTIONS
from claims.services.exports import export_file, export_job_for
from claims.workflow import DismissReason

from .fields import Flag, KnownFieldsOnly, Text, WholeNumber
from .filtering import KnownParamsFilterBackend, reject_unknown_params

# --- Webhooks ------------------------------------------------------------------------------


class WebhookOutput(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "events", "active", "created_by", "created_at"]


class WebhookCreatedOutput(WebhookOutput):
    """The secret is shown once, when the subscription is made."""

    class Meta(WebhookOutput.Meta):
        fields = WebhookOutput.Meta.fields + ["secret"]


class WebhookInput(KnownFieldsOnly, serializers.Serializer):
    url = serializers.URLField(max_length=2000, validators=[URLValidator(schemes=["http", "https"])])
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookSubscription.EventType.choices), allow_empty=False
    )
    secret = Text(max_length=200, required=False, allow_blank=True, write_only=True)
    active = Flag(required=False, default=True)


class DeliveryOutput(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "event",
            "event_id",
            "status",
            "attempts",
            "attempt_log",
            "response_status",
            "response_body",
            "error",
            "created_at",
            "next_attempt_at",
            "delivered_at",
            "payload",
        ]


class WebhookList(APIView):
    """Webhook subscriptions (editors). POST subscribes a URL; the answer holds its secret."""

    permission_classes = [CanManageWebhooks]

    @extend_schema(responses=WebhookOutput(many=True))
    def get(self, request):
        items = WebhookSubscription.objects.select_related("created_by").order_by("id")
        return Response(WebhookOutput(items, many=True).data)

    @extend_schema(request=WebhookInput, responses={201: WebhookCreatedOutput, 400: None, 403: None})
    def post(self, request):
        data = WebhookInput(data=request.data)
        data.is_valid(raise_exception=True)
        subscription = services.webhook_subscription_create(actor=request.user, **data.validated_data)
        return Response(WebhookCreatedOutput(subscription).data, status=status.HTTP_201_CREATED)


class WebhookDetail(APIView):
    permission_classes = [CanManageWebhooks]

    @extend_schema(responses=WebhookOutput)
    def get(self, request, pk: int):
        return Response(WebhookOutput(get_object_or_404(WebhookSubscription, pk=pk)).data)

    @extend_schema(request=WebhookInput, responses={200: WebhookOutput, 400: None})
    def put(self, request, pk: int):
        return self._update(request, pk, partial=False)

    @extend_schema(request=WebhookInput, responses={200: WebhookOutput, 400: None})
    def patch(self, request, pk: int):
        return self._update(request, pk, partial=True)

    def _update(self, request, pk: int, partial: bool):
        get_object_or_404(WebhookSubscription.objects.only("id"), pk=pk)
        data = WebhookInput(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        subscription = services.webhook_subscription_update(
            actor=request.user, subscription_id=pk, **data.validated_data
        )
        return Response(WebhookOutput(subscription).data)

    @extend_schema(responses={204: None})
    def delete(self, request, pk: int):
        get_object_or_404(WebhookSubscription.objects.only("id"), pk=pk)
        services.webhook_subscription_delete(actor=request.user, subscription_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookDeliveries(APIView):
    """The latest deliveries of a subscription, with every attempt."""

    permission_classes = [CanManageWebhooks]

    @extend_schema(responses=DeliveryOutput(many=True))
    def get(self, request, pk: int):
        get_object_or_404(WebhookSubscription.objects.only("id"), pk=pk)
        items = WebhookDelivery.objects.filter(subscription_id=pk).order_by("-id")[:100]
        return Response(DeliveryOutput(items, many=True).data)


# --- Exports -------------------------------------------------------------------------------


class ExportJobOutput(serializers.ModelSerializer):
    requested_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    url = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = ExportJob
        fields = [
            "id",
            "format",
            "params",
            "state",
            "row_count",
            "error",
            "requested_by",
            "created_at",
            "started_at",
            "finished_at",
            "url",
            "download_url",
        ]

    def get_url(self, job) -> str:
        return reverse("api-export", args=[job.pk])

    def get_download_url(self, job) -> str | None:
        return reverse("api-export-download", args=[job.pk]) if job.state == ExportJob.State.DONE else None


class AnyAccept(BaseContentNegotiation):
    """The export's format is in its URL; an Accept header naming it must not be refused."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ExportClaims(APIView):
    """Claims as CSV, JSON or ClaimReview JSON-LD (approved only), filtered with the queue's
    parameters. Up to FACTCHECK_EXPORT_SYNC_MAX claims stream at once; more answer 202 with
    the job to poll."""

    content_negotiation_class = AnyAccept
    # For the schema: the export takes the queue's filters (the service applies them).
    filter_backends = [KnownParamsFilterBackend]
    filterset_class = ClaimFilter
    queryset = Claim.objects.none()

    @extend_schema(
        operation_id="exports_claims",
        filters=True,
        parameters=[
            OpenApiParameter("export_format", str, OpenApiParameter.PATH, enum=list(FORMATS)),
        ],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The file, streamed."),
            (200, CONTENT_TYPES[JSON]): OpenApiResponse(
                {"type": "array", "items": {"type": "object"}}, description="Claim records."
            ),
            (200, CONTENT_TYPES[JSONLD]): OpenApiResponse(
                {"type": "array", "items": {"type": "object"}}, description="ClaimReviews."
            ),
            202: OpenApiResponse(ExportJobOutput, description="Too many claims: a job, see Location."),
            400: OpenApiResponse(description="An invalid filter or format."),
        },
    )
    def get(self, request, export_format: str):
        # the queue's filters; its page and page_size too (a link copied from the queue), unused
        reject_unknown_params(request.query_params, [*ClaimFilter.base_filters, "page", "page_size"])
        result = services.export_claims(
            actor=request.user, export_format=export_format, params=filter_params(request.query_params)
        )
        if result.job is None:
            return streaming_response(result.chunks, export_format)
        body = ExportJobOutput(result.job).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})


class ExportJobDetail(APIView):
    """An export job's state; download_url once it is done (requester and editors only)."""

    @extend_schema(responses={200: ExportJobOutput, 403: None, 404: None})
    def get(self, request, pk: int):
        return Response(ExportJobOutput(export_job_for(job_id=pk, user=request.user)).data)


class ExportJobDownload(APIView):
    content_negotiation_class = AnyAccept

    @extend_schema(
        responses={
            (200, CONTENT_TYPES[CSV].split(";")[0]): OpenApiResponse(
                OpenApiTypes.STR, description="The file."
            ),
            (200, CONTENT_TYPES[JSON]): OpenApiResponse({"type": "array", "items": {"type": "object"}}),
            (200, CONTENT_TYPES[JSONLD]): OpenApiResponse({"type": "array", "items": {"type": "object"}}),
            403: OpenApiResponse(description="Only its requester or an editor may download it."),
            404: OpenApiResponse(description="No such export, or its file is gone."),
            409: OpenApiResponse(description="The export is not done yet."),
        }
    )
    def get(self, request, pk: int):
        job = export_job_for(job_id=pk, user=request.user)
        return export_download(job)


def export_download(job: ExportJob):
    """The finished file (409 while the job is not done, 404 if the file went missing)."""
    if job.state != ExportJob.State.DONE:
        raise Conflict(f"The export is not ready (it is {job.get_state_display().lower()}).")
    path = export_file(job)
    if path is None:
        raise Http404("The export file is no longer there.")
    return file_response(job, path)


# --- Bulk actions --------------------------------------------------------------------------


class BulkInput(KnownFieldsOnly, serializers.Serializer):
    """Parses only: services.claims_bulk judges the action, the ids, the assignee, the reason."""

    action = Text(max_length=32, help_text=f"One of: {', '.join(BULK_ACTIONS)}.")
    ids = serializers.ListField(child=WholeNumber(), required=False, default=list)
    assignee = Text(max_length=150, required=False, allow_blank=True, default="")
    reason = Text(
        max_length=32,
        required=False,
        allow_blank=True,
        default="",
        help_text="dismiss: one of " + ", ".join(DismissReason.values) + " (or a note alone).",
    )
    note = Text(max_length=5000, required=False, allow_blank=True, default="")


class BulkResultOutput(serializers.Serializer):
    id = serializers.IntegerField()
    ok = serializers.BooleanField()
    status = serializers.CharField()
    error = serializers.CharField()
    code = serializers.CharField()


class BulkOutput(serializers.Serializer):
    action = serializers.CharField()
    succeeded = serializers.IntegerField()
    failed = serializers.IntegerField()
    results = BulkResultOutput(many=True)


class ClaimsBulk(APIView):
    """Dismiss, assign or send back several claims (editors). Each claim is acted on alone:
    the answer lists, per id, the new status or why it was refused."""

    @extend_schema(request=BulkInput, responses={200: BulkOutput})
    def post(self, request):
        if not user_can(request.user, BULK):
            raise NotAllowed("Only editors may act on several claims at once.")
        data = BulkInput(data=request.data)
        data.is_valid(raise_exception=True)
        results = services.claims_bulk(actor=request.user, **data.validated_data)
        return Response(
            {
                "action": data.validated_data["action"],
                "succeeded": sum(r.ok for r in results),
                "failed": sum(not r.ok for r in results),
                "results": [r.as_dict() for r in results],
            }
        )
