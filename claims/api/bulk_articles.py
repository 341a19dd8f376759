"""Many articles in one request: ``POST /api/articles/bulk/`` (submitters and editors).

``{"articles": [{...article fields...}, ...]}`` and/or ``{"urls": ["https://...", ...]}``, at
most FACTCHECK_BULK_ARTICLES_MAX items in all (413 beyond). Each item is checked and stored on
its own (the same service as ``manage.py import_articles``): 200 with one result per item, bad
items reported with their field messages, the good ones stored.
"""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from claims.errors import TooLarge
from claims.permissions import CanSubmit
from claims.services.bulk_articles import OUTCOMES, bulk_submit_items

from .fields import KnownFieldsOnly, Text


class BulkArticlesInput(KnownFieldsOnly, serializers.Serializer):
    articles = serializers.ListField(
        child=serializers.DictField(),
        required=False,
        default=list,
        help_text="Article objects (title, body, url, publisher, author, published_at), each checked alone.",
    )
    urls = serializers.ListField(
        child=Text(max_length=2000), required=False, default=list, help_text="URLs to fetch."
    )


class BulkItemOutput(serializers.Serializer):
    list = serializers.ChoiceField(choices=["articles", "urls"])
    index = serializers.IntegerField(help_text="The item's position in its list, from 0.")
    outcome = serializers.ChoiceField(choices=OUTCOMES)
    article_id = serializers.IntegerField(allow_null=True)
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class BulkArticlesOutput(serializers.Serializer):
    counts = serializers.DictField(child=serializers.IntegerField())
    results = BulkItemOutput(many=True)


class ArticlesBulk(APIView):
    permission_classes = [CanSubmit]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "bulk_submit"

    @extend_schema(
        request=BulkArticlesInput,
        responses={
            200: BulkArticlesOutput,
            400: OpenApiResponse(description="Not an object with lists `articles` / `urls`."),
            403: OpenApiResponse(description="Not allowed to submit articles."),
            413: OpenApiResponse(description="More items than FACTCHECK_BULK_ARTICLES_MAX (500)."),
            429: OpenApiResponse(description="Over FACTCHECK_BULK_SUBMIT_RATE (10 requests a minute)."),
        },
        summary="Submit many articles (pasted text or URLs); one result per item",
    )
    def post(self, request):
        raw = request.data if isinstance(request.data, dict) else {}
        sent = sum(len(v) for k, v in raw.items() if k in ("articles", "urls") and isinstance(v, list))
        cap = settings.FACTCHECK_BULK_ARTICLES_MAX
        if sent > cap:  # before checking each item: an oversize request costs nothing
            raise TooLarge(f"{sent} items; send at most {cap} per request.")
        data = BulkArticlesInput(data=request.data)
        data.is_valid(raise_exception=True)
        articles, urls = data.validated_data["articles"], data.validated_data["urls"]
        results = []
        for name, items in (("articles", articles), ("urls", urls)):
            for result in bulk_submit_items(submitted_by=request.user, items=items):
                results.append({"list": name, **result.as_dict()})
        counts = {o: sum(1 for r in results if r["outcome"] == o) for o in OUTCOMES}
        return Response({"counts": counts, "results": results}, status=status.HTTP_200_OK)
