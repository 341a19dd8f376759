"""Feeds on PostgreSQL, Redis and a real Celery worker: beat's sweep sends the poll, the worker
polls the feed, each item's page is fetched and split into claims; a second poll gets a 304."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Article, Feed, FeedItem
from claims.services.feeds import feeds_poll_due
from tests.feeds.conftest import RSS_TYPE, article_html, rss
from tests.ingest.site import Route, Site

from .conftest import Worker

pytestmark = pytest.mark.integration


def wait_for(condition, timeout: float = 60, what: str = "") -> None:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def feed_worker(celery_queue, tmp_path):
    w = Worker(celery_queue, tmp_path / "worker.log", FACTCHECK_FETCH_ALLOWED_HOSTS="127.0.0.1")
    yield w.start()
    w.stop()


def test_a_real_worker_polls_a_feed_to_claims(feed_worker, editor, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    client = APIClient()
    client.force_authenticate(editor)
    with Site() as site:
        for n in (1, 2, 3):
            site.routes[f"/story/{n}"] = Route(body=article_html(n))
        body = rss([(f"g{n}", site.url(f"/story/{n}"), f"Story {n}") for n in (1, 2, 3)])

        def answer(handler):
            if handler.headers.get("If-None-Match") == '"v1"':
                return Route(status=304, body=b"", content_type="", headers={"ETag": '"v1"'})
            return Route(body=body, content_type=RSS_TYPE, headers={"ETag": '"v1"'})

        site.routes["/rss"] = answer
        created = client.post(
            "/api/feeds/",
            {"url": site.url("/rss"), "publisher": "Harbour News", "active": False},
            format="json",
        )
        assert created.status_code == 201
        feed_id = created.json()["id"]
        assert client.patch(f"/api/feeds/{feed_id}/", {"active": True}, format="json").status_code == 200
        assert feeds_poll_due() == 1  # beat's sweep: the feed is due, its poll goes to the worker

        wait_for(lambda: FeedItem.objects.filter(feed_id=feed_id).count() == 3, what="three items")
        wait_for(
            lambda: Article.objects.filter(status="ready").count() == 3, what="three articles with claims"
        )
        for item in FeedItem.objects.filter(feed_id=feed_id):
            assert item.state == "ingested"
            assert item.article.claims.count() >= 2
            assert item.article.publisher == "Harbour News"

        # Poll now: a conditional request; nothing new, nothing twice.
        Feed.objects.filter(pk=feed_id).update(last_outcome="")
        assert client.post(f"/api/feeds/{feed_id}/poll/").status_code == 202
        wait_for(lambda: "Not modified" in Feed.objects.get(pk=feed_id).last_outcome, what="the 304 poll")
        assert FeedItem.objects.filter(feed_id=feed_id).count() == 3
        assert Article.objects.count() == 3
        feed = Feed.objects.get(pk=feed_id)
        assert feed.consecutive_failures == 0
        assert feed.next_poll_at > timezone.now() + timedelta(minutes=10)
