"""Thin API views: validate, call a service or a selector, serialize."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from claims import selectors, services
from claims.claimreview import NotPublishable, claim_review
from claims.filters import ArticleFilter, ClaimFilter
from claims.models import Article, Claim
from claims.permissions import CanSubmit
from claims.services.ingest import article_refetch, article_submit_url

from . import serializers as s
from .grouping import QueueClaimSerializer
from .pagination import CappedPageNumberPagination, PageSizePagination
from .prefer import RETURN_MINIMAL, SUBMIT_ANSWER, prefers_minimal

ACTION_ERRORS = {
    400: OpenApiResponse(description="Invalid body: field messages."),
    404: OpenApiResponse(description="No such claim."),
    409: OpenApiResponse(description="The claim's status, holder or version does not allow this."),
}


class ArticleListCreate(generics.ListAPIView):
    """List articles (newest first, paginated), or submit one. The same article again answers
    200 with the stored one."""

    permission_classes = [CanSubmit]
    throttle_scope = "submit"
    serializer_class = s.ArticleSerializer
    filterset_class = ArticleFilter
    pagination_class = PageSizePagination

    def get_throttles(self):
        return [ScopedRateThrottle()] if self.request.method == "POST" else []

    def get_queryset(self):
        return selectors.article_list()

    @extend_schema(
        request=s.ArticleSubmitSerializer,
        parameters=[
            OpenApiParameter(
                "Prefer",
                str,
                OpenApiParameter.HEADER,
                description="RFC 7240. return=minimal: answer with the article's summary (no body, "
                "no claims) and its address in Location; cheaper for a feed that submits many "
                "articles. Default, and for any other preference (ignored, as the RFC says): the "
                "article with its body and claims.",
            )
        ],
        responses={
            201: OpenApiResponse(SUBMIT_ANSWER, description="Stored; Location is the article's address."),
            200: OpenApiResponse(SUBMIT_ANSWER, description="Already stored."),
            202: OpenApiResponse(
                SUBMIT_ANSWER,
                description="By URL (status fetching), or a body over FACTCHECK_SYNC_EXTRACT_MAX_CHARS "
                "(status splitting): stored now, the worker finishes it; see Location.",
            ),
            429: OpenApiResponse(description="Over FACTCHECK_SUBMIT_RATE: slow down."),
        },
    )
    def post(self, request):
        data = s.ArticleSubmitSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        minimal = prefers_minimal(request)
        if not fields.get("body"):
            # By URL: stored now as fetching, fetched by the worker; 202 with where to look.
            fields.pop("body", None)
            result = article_submit_url(submitted_by=request.user, **fields)
            code = status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
            return _submit_answer(request, result.article, code, minimal)
        result = services.article_submit(submitted_by=request.user, **fields)
        if result.created and result.article.status == Article.Status.SPLITTING:
            # A long body: stored now, split into claims by the worker; 202 with where to look.
            return _submit_answer(request, result.article, status.HTTP_202_ACCEPTED, minimal)
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        if minimal or not result.created:
            return _submit_answer(request, result.article, code, minimal)
        # answered from the rows the service wrote, not read back
        article = selectors.article_submitted(article=result.article, claims=result.claims)
        return _submit_answer(request, article, code, minimal, read=False)


def _submit_answer(request, article: Article, code: int, minimal: bool | None, read: bool = True) -> Response:
    """The answer to a POST about an article, with its Location: its summary when the client
    prefers ``return=minimal``, else the article with its body and claims (read back unless the
    caller has them). ``minimal=None``: an endpoint that does not consult Prefer."""
    headers = {"Location": request.build_absolute_uri(reverse("api-article", args=[article.pk]))}
    if minimal is not None:
        headers["Vary"] = "Prefer"
    if minimal:
        headers["Preference-Applied"] = RETURN_MINIMAL
        return Response(s.ArticleSerializer(article).data, status=code, headers=headers)
    if read:
        article = selectors.article_detail(article_id=article.pk)
    return Response(s.ArticleDetailSerializer(article).data, status=code, headers=headers)


class ArticleRefetch(APIView):
    """Fetch an article's page again (its submitter or an editor): 202. A failed fetch is tried
    again; a ready article is checked for a changed text (its old text kept as a version)."""

    permission_classes = [CanSubmit]

    @extend_schema(request=None, responses={202: s.ArticleDetailSerializer, 403: None, 404: None, 409: None})
    def post(self, request, pk: int):
        article = get_object_or_404(Article.objects.only("id"), pk=pk)
        article_refetch(article_id=pk, actor=request.user)
        return _submit_answer(request, article, status.HTTP_202_ACCEPTED, minimal=None)


class ArticleDetail(APIView):
    @extend_schema(responses=s.ArticleDetailSerializer)
    def get(self, request, pk: int):
        return Response(s.ArticleDetailSerializer(selectors.article_detail(article_id=pk)).data)


class ArticleVersionDetail(APIView):
    """An earlier text of an article, kept when fetching its page again found the text changed,
    with what the new text did to the claims (``changes``)."""

    @extend_schema(responses={200: s.ArticleVersionDetailSerializer, 404: None})
    def get(self, request, pk: int, number: int):
        version = selectors.article_version(article_id=pk, number=number)
        if version is None:
            raise Http404("No such version.")
        return Response(s.ArticleVersionDetailSerializer(version).data)


class ClaimList(generics.ListAPIView):
    """Claims, ordered by check-worthiness then age. Filters combine."""

    serializer_class = QueueClaimSerializer
    filterset_class = ClaimFilter
    pagination_class = CappedPageNumberPagination  # an exact count of 1M rows costs too much

    def get_queryset(self):
        # One row per group of claims saying the same thing ("group_more" counts the others).
        return selectors.queue_grouped(selectors.claim_list())


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
    return extend_schema(request=input_serializer, responses={200: s.ClaimDetailSerializer, **ACTION_ERRORS})(
        view
    )


ClaimTake = _action_view(
    "ClaimTake",
    services.claim_take,
    s.TakeSerializer,
    doc="Take the claim: an exclusive lease for you (renews your own).",
)
ClaimRelease = _action_view("ClaimRelease", services.claim_release, doc="Give the claim back to the queue.")
# The verdict action; the ClaimReview export is ClaimReviewJsonLd.
ClaimGiveVerdict = _action_view(
    "ClaimGiveVerdict",
    services.claim_give_verdict,
    s.ReviewSerializer,
    doc="Give a verdict with its rationale.",
)
ClaimApprove = _action_view(
    "ClaimApprove",
    services.claim_approve,
    s.ApproveSerializer,
    doc="Approve a reviewed claim (editors; four eyes). A claim with check items still open or no "
    "evidence answers 409 with code `approval_gaps` and `missing` (what is missing, in words) "
    "unless `force` is true; a forced approval records what it went without in the history.",
)
ClaimSendBack = _action_view(
    "ClaimSendBack", services.claim_send_back, doc="Send a reviewed claim back to its reviewer (editors)."
)
ClaimDismiss = _action_view(
    "ClaimDismiss",
    services.claim_dismiss,
    s.DismissSerializer,
    doc="Dismiss with a reason (opinion, not a claim, duplicate, out of scope) and/or a note.",
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


@extend_schema(request=s.ReassignSerializer, responses={200: s.ClaimDetailSerializer, **ACTION_ERRORS})
class ClaimReassign(ClaimActionView):
    """Give the claim to a reviewer (editors)."""

    input_serializer = s.ReassignSerializer

    def perform(self, request, pk, data):
        assignee = get_user_model().objects.filter(username=data.pop("assignee")).first()
        return services.claim_reassign(claim_id=pk, actor=request.user, assignee=assignee, **data)


class ClaimTakeNext(APIView):
    """Take the highest-priority free claim."""

    @extend_schema(
        request=None,
        responses={
            200: s.ClaimDetailSerializer,
            204: OpenApiResponse(description="Nothing left to take."),
            409: OpenApiResponse(description="You may not take claims, or the claim was taken meanwhile."),
        },
    )
    def post(self, request):
        claim = services.claim_take_next(actor=request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(s.ClaimDetailSerializer(selectors.claim_detail(claim_id=claim.pk)).data)


def _object(description: str, required: list[str] | None = None) -> dict:
    schema = {"type": "object", "description": description, "additionalProperties": {}}
    if required:
        schema["required"] = required
    return schema


# schema.org ClaimReview (https://schema.org/ClaimReview) as claims.claimreview writes it.
CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "description": "The public fact-check page."},
        "claimReviewed": {"type": "string"},
        "itemReviewed": _object("The Claim: its author and where it appeared.", ["@type"]),
        "author": _object("The fact-checking organisation.", ["@type", "name"]),
        "reviewRating": _object(
            "The verdict: alternateName, and ratingValue 1-5 where the verdict is on the scale.",
            ["@type", "alternateName"],
        ),
        "datePublished": {"type": "string", "format": "date"},
        "dateModified": {"type": "string", "format": "date-time", "description": "After a correction."},
        "reviewBody": {"type": "string", "description": "The rationale."},
    },
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "itemReviewed",
        "author",
        "reviewRating",
        "datePublished",
        "reviewBody",
    ],
}


class JsonLdRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class ClaimReviewJsonLd(APIView):
    """schema.org ClaimReview for an approved claim, as application/ld+json."""

    renderer_classes = [JSONRenderer, JsonLdRenderer]  # an Accept naming JSON-LD is answered

    @extend_schema(
        responses={
            (200, "application/ld+json"): CLAIMREVIEW_SCHEMA,
            404: OpenApiResponse(description="No such claim."),
            409: OpenApiResponse(description="The claim is not approved (nothing to publish)."),
        }
    )
    def get(self, request, pk: int):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
        try:
            data = claim_review(claim)
        except NotPublishable as exc:
            return Response({"detail": str(exc), "code": "not_approved"}, status=status.HTTP_409_CONFLICT)
        return Response(data, content_type="application/ld+json")
