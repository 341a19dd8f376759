"""Feeds: anyone on the desk reads them and what they brought in; editors subscribe, change,
pause, poll now and delete. Thin views: validate, call claims/services/feeds.py, serialize."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Feed, FeedItem
from claims.permissions import CanManageFeeds
from claims.services import feeds as feed_services
from claims.services.feeds import MAX_INTERVAL_MINUTES

from .fields import Flag, KnownFieldsOnly, Text, WholeNumber


class FeedOutput(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    state = serializers.CharField(read_only=True)
    items_url = serializers.SerializerMethodField()

    class Meta:
        model = Feed
        fields = [
            "id",
            "url",
            "publisher",
            "title",
            "keywords",
            "poll_interval_minutes",
            "active",
            "state",
            "last_polled_at",
            "last_success_at",
            "last_outcome",
            "next_poll_at",
            "consecutive_failures",
            "last_error",
            "created_by",
            "created_at",
            "items_url",
        ]

    def get_items_url(self, feed) -> str:
        return reverse("api-feed-items", args=[feed.pk])


class FeedInput(KnownFieldsOnly, serializers.Serializer):
    url = Text(max_length=2000, help_text="The RSS or Atom feed's address (http or https).")
    publisher = Text(max_length=300, help_text="Whose articles the feed brings, as the desk shows it.")
    keywords = Text(
        max_length=1000,
        required=False,
        allow_blank=True,
        default="",
        help_text="Comma-separated; only items with one of them in their title or summary are taken.",
    )
    poll_interval_minutes = WholeNumber(
        min_value=1, max_value=MAX_INTERVAL_MINUTES, required=False, default=15
    )
    active = Flag(required=False, default=True)


class FeedItemOutput(serializers.ModelSerializer):
    article_url = serializers.SerializerMethodField()

    class Meta:
        model = FeedItem
        fields = [
            "id",
            "guid",
            "url",
            "title",
            "published_at",
            "state",
            "reason",
            "article",
            "article_url",
            "created_at",
        ]

    def get_article_url(self, item) -> str | None:
        return reverse("api-article", args=[item.article_id]) if item.article_id else None


class FeedList(APIView):
    """The feeds the desk follows. POST (editors) subscribes one; its first poll starts at once."""

    permission_classes = [CanManageFeeds]

    @extend_schema(responses={200: FeedOutput(many=True), 403: None})
    def get(self, request):
        return Response(FeedOutput(Feed.objects.select_related("created_by"), many=True).data)

    @extend_schema(request=FeedInput, responses={201: FeedOutput, 400: None, 403: None})
    def post(self, request):
        data = FeedInput(data=request.data)
        data.is_valid(raise_exception=True)
        feed = feed_services.feed_create(actor=request.user, **data.validated_data)
        feed.refresh_from_db()
        response = Response(FeedOutput(feed).data, status=status.HTTP_201_CREATED)
        response["Location"] = reverse("api-feed", args=[feed.pk])
        return response


class FeedDetail(APIView):
    permission_classes = [CanManageFeeds]

    @extend_schema(responses={200: FeedOutput, 403: None, 404: None})
    def get(self, request, pk: int):
        return Response(FeedOutput(get_object_or_404(Feed.objects.select_related("created_by"), pk=pk)).data)

    @extend_schema(request=FeedInput, responses={200: FeedOutput, 400: None, 403: None, 404: None})
    def put(self, request, pk: int):
        return self._update(request, pk, partial=False)

    @extend_schema(request=FeedInput, responses={200: FeedOutput, 400: None, 403: None, 404: None})
    def patch(self, request, pk: int):
        return self._update(request, pk, partial=True)

    def _update(self, request, pk: int, partial: bool):
        get_object_or_404(Feed.objects.only("id"), pk=pk)
        data = FeedInput(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        feed = feed_services.feed_update(actor=request.user, feed_id=pk, **data.validated_data)
        return Response(FeedOutput(feed).data)

    @extend_schema(responses={204: None, 403: None, 404: None})
    def delete(self, request, pk: int):
        get_object_or_404(Feed.objects.only("id"), pk=pk)
        feed_services.feed_delete(actor=request.user, feed_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


class FeedPoll(APIView):
    """Poll the feed now (editors), whatever its schedule or back-off: 202, the feed as it is
    then (in the embedded mode the poll has already run)."""

    permission_classes = [CanManageFeeds]

    @extend_schema(request=None, responses={202: FeedOutput, 403: None, 404: None, 409: None})
    def post(self, request, pk: int):
        get_object_or_404(Feed.objects.only("id"), pk=pk)
        feed = feed_services.feed_poll_now(actor=request.user, feed_id=pk)
        return Response(FeedOutput(feed).data, status=status.HTTP_202_ACCEPTED)


class FeedItems(generics.ListAPIView):
    """What the feed brought in, newest first: each item's state and its article."""

    permission_classes = [CanManageFeeds]
    serializer_class = FeedItemOutput

    @extend_schema(responses={200: FeedItemOutput(many=True), 403: None, 404: None})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator
            return FeedItem.objects.none()
        get_object_or_404(Feed.objects.only("id"), pk=self.kwargs["pk"])
        return FeedItem.objects.filter(feed_id=self.kwargs["pk"]).order_by("-id")
