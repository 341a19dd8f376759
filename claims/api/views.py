"""Thin API views: validate, call a service or a selector, serialize."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from claims import selectors, services
from claims.claimreview import NotPublishable, claim_review
from claims.filters import ClaimFilter, article_search
from claims.models import Article, Claim
from claims.permissions import CanSubmit
from claims.services.ingest import article_refetch, article_submit_url

from . import serializers as s
from .pagination import CappedPageNumberPagination


class ArticleListCreate(APIView):
    """List articles, or submit one. The same article again answers 200 with the stored one."""

    permission_classes = [CanSubmit]
    throttle_scope = "submit"

    def get_throttles(self):
        return [ScopedRateThrottle()] if self.request.method == "POST" else []

    @extend_schema(
        responses=s.ArticleSerializer(many=True),
        parameters=[OpenApiParameter("q", str, description="Full-text search in title and body.")],
    )
    def get(self, request):
        paginator = generics.GenericAPIView.pagination_class()
        articles = article_search(selectors.article_list(), request.query_params.get("q", ""))
        page = paginator.paginate_queryset(articles, request, view=self)
        return paginator.get_paginated_response(s.ArticleSerializer(page, many=True).data)

    @extend_schema(
        request=s.ArticleSubmitSerializer,
        responses={
            201: s.ArticleDetailSerializer,
            200: OpenApiResponse(s.ArticleDetailSerializer, description="Already stored."),
            202: OpenApiResponse(s.ArticleDetailSerializer, description="By URL: fetching (see Location)."),
            400: OpenApiResponse(description="Field errors."),
            413: OpenApiResponse(description="Body over the configured limit."),
        },
    )
    def post(self, request):
        data = s.ArticleSubmitSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        if not fields.get("body"):
            # By URL: stored now as fetching, fetched by the worker; 202 with where to look.
            fields.pop("body", None)
            result = article_submit_url(submitted_by=request.user, **fields)
            return _article_accepted(request, result.article.pk, result.created)
        result = services.article_submit(submitted_by=request.user, **fields)
        article = selectors.article_detail(article_id=result.article.pk)
        return Response(
            s.ArticleDetailSerializer(article).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


def _article_accepted(request, article_id: int, created: bool = True) -> Response:
    article = selectors.article_detail(article_id=article_id)
    location = request.build_absolute_uri(reverse("api-article", args=[article_id]))
    code = status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK
    return Response(s.ArticleDetailSerializer(article).data, status=code, headers={"Location": location})


class ArticleRefetch(APIView):
    """Fetch a failed article's page again (its submitter or an editor): 202, then as on submit."""

    permission_classes = [CanSubmit]

    @extend_schema(request=None, responses={202: s.ArticleDetailSerializer, 403: None, 404: None, 409: None})
    def post(self, request, pk: int):
        get_object_or_404(Article.objects.only("id"), pk=pk)
        article_refetch(article_id=pk, actor=request.user)
        return _article_accepted(request, pk)


class ArticleDetail(APIView):
    @extend_schema(responses=s.ArticleDetailSerializer)
    def get(self, request, pk: int):
        return Response(s.ArticleDetailSerializer(selectors.article_detail(article_id=pk)).data)


class ClaimList(generics.ListAPIView):
    """Claims, ordered by check-worthiness then age. Filters combine."""

    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter
    pagination_class = CappedPageNumberPagination  # an exact count of 1M rows costs too much

    def get_queryset(self):
        return selectors.claim_list()


class ClaimDetail(APIView):
    @extend_schema(responses=s.ClaimDetailSerializer)
    def get(self, request, pk: int):
        return Response(s.ClaimDetailSerializer(selectors.claim_detail(claim_id=pk)).data)


class ClaimActionView(APIView):
    """Base for POST /api/claims/{id}/<action>/: subclasses name the input and the service."""

    input_serializer = s.VersionSerializer

    def perform(self, request, pk: int, data: dict) -> Claim:
        raise NotImplementedError

    def post(self, request, pk: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        self.perform(request, pk, data.validated_data)
        return Response(s.ClaimDetailSerializer(selectors.claim_detail(claim_id=pk)).data)


def _action_view(name: str, service, input_serializer=s.VersionSerializer, doc: str = ""):
    def perform(self, request, pk, data):
        return service(claim_id=pk, actor=request.user, **data)

    view = type(
        name,
        (ClaimActionView,),
        {"input_serializer": input_serializer, "perform": perform, "__doc__": doc},
    )
    return extend_schema(
        request=input_serializer,
        responses={200: s.ClaimDetailSerializer, 403: None, 404: None, 409: None},
    )(view)


ClaimTake = _action_view(
    "ClaimTake",
    services.claim_take,
    s.TakeSerializer,
    doc="Take the claim: an exclusive lease for you (renews your own).",
)
ClaimRelease = _action_view("ClaimRelease", services.claim_release, doc="Give the claim back to the queue.")
ClaimReview = _action_view(
    "ClaimReview", services.claim_give_verdict, s.ReviewSerializer, doc="Give a verdict with its rationale."
)
ClaimApprove = _action_view(
    "ClaimApprove",
    services.claim_approve,
    s.VersionRequiredSerializer,
    doc="Approve a reviewed claim (editors; four eyes).",
)
ClaimSendBack = _action_view(
    "ClaimSendBack", services.claim_send_back, doc="Send a reviewed claim back to its reviewer (editors)."
)
ClaimDismiss = _action_view(
    "ClaimDismiss", services.claim_dismiss, doc="Dismiss: not check-worthy or out of scope."
)
ClaimRestore = _action_view(
    "ClaimRestore", services.claim_restore, doc="Put a dismissed claim back in the queue (editors)."
)
ClaimReopen = _action_view(
    "ClaimReopen",
    services.claim_reopen,
    s.ReopenSerializer,
    doc="Reopen an approved claim for a correction (editors).",
)


@extend_schema(request=s.ReassignSerializer, responses={200: s.ClaimDetailSerializer, 403: None, 409: None})
class ClaimReassign(ClaimActionView):
    """Give the claim to a reviewer (editors)."""

    input_serializer = s.ReassignSerializer

    def perform(self, request, pk, data):
        assignee = get_user_model().objects.filter(username=data.pop("assignee")).first()
        return services.claim_reassign(claim_id=pk, actor=request.user, assignee=assignee, **data)


class ClaimTakeNext(APIView):
    """Take the highest-priority free claim."""

    @extend_schema(request=None, responses={200: s.ClaimDetailSerializer, 204: None})
    def post(self, request):
        claim = services.claim_take_next(actor=request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(s.ClaimDetailSerializer(selectors.claim_detail(claim_id=claim.pk)).data)


class ClaimReviewJsonLd(APIView):
    """schema.org ClaimReview for an approved claim."""

    @extend_schema(
        responses={200: inline_serializer("ClaimReviewJsonLd", {"@type": serializers.CharField()}), 409: None}
    )
    def get(self, request, pk: int):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
        try:
            data = claim_review(claim)
        except NotPublishable as exc:
            return Response({"detail": str(exc), "code": "not_approved"}, status=status.HTTP_409_CONFLICT)
        return Response(data, content_type="application/ld+json")
