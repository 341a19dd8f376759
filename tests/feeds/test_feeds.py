"""Feeds against a local HTTP server: RSS and Atom, 304, back-off, dedup, keyword filter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.ingest.feeds import backoff_seconds, matches, parse_feed
from claims.models import Article, Feed, FeedItem
from claims.services import feeds as svc
from tests.feeds.conftest import ATOM_TYPE, RSS_TYPE, atom, rss
from tests.ingest.site import Route

pytestmark = pytest.mark.django_db


def subscribe(editor, url, django_capture_on_commit_callbacks, **extra):
    with django_capture_on_commit_callbacks(execute=True):
        return svc.feed_create(actor=editor, url=url, publisher="Harbour News", **extra)


def due(feed):
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now() - timedelta(seconds=1))


def poll(feed, capture):
    due(feed)
    with capture(execute=True):
        return svc.feed_poll(feed_id=feed.pk)


def test_rss_items_become_articles_with_claims(editor, news, django_capture_on_commit_callbacks):
    news.routes["/rss"] = Route(
        body=rss([("g1", news.url("/story/1"), "Story one"), ("g2", news.url("/story/2"), "Story two")]),
        content_type=RSS_TYPE,
    )
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.last_error == "" and feed.title == "Harbour News"
    items = list(FeedItem.objects.filter(feed=feed).order_by("id"))
    assert [i.state for i in items] == ["ingested", "ingested"]
    assert [i.guid for i in items] == ["g2", "g1"]  # oldest first in the feed's order reversed
    for item in items:
        article = item.article
        assert article.status == Article.Status.READY
        assert article.publisher == "Harbour News"
        assert article.claims.exists()


def test_atom_feed(editor, news, django_capture_on_commit_callbacks):
    news.routes["/atom"] = Route(
        body=atom([("urn:a1", news.url("/story/3"), "Wire three")]), content_type=ATOM_TYPE
    )
    feed = subscribe(editor, news.url("/atom"), django_capture_on_commit_callbacks)
    item = FeedItem.objects.get(feed=feed)
    assert item.guid == "urn:a1" and item.title == "Wire three" and item.state == "ingested"
    assert item.article.claims.exists()


def test_etag_and_last_modified_give_304(editor, news, django_capture_on_commit_callbacks):
    body = rss([("g1", news.url("/story/1"), "Story one")])

    def answer(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Route(status=304, body=b"", content_type="", headers={"ETag": '"v1"'})
        return Route(
            body=body,
            content_type=RSS_TYPE,
            headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Mar 2026 09:00:00 GMT"},
        )

    news.routes["/rss"] = answer
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.last_modified == "Mon, 02 Mar 2026 09:00:00 GMT"
    assert poll(feed, django_capture_on_commit_callbacks) == "not_modified"
    sent = [h for p, h in news.requests if p == "/rss"][-1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Mon, 02 Mar 2026 09:00:00 GMT"
    feed.refresh_from_db()
    assert "Not modified" in feed.last_outcome and FeedItem.objects.filter(feed=feed).count() == 1


def test_failing_feed_backs_off_and_shows_its_error(editor, news, django_capture_on_commit_callbacks):
    news.routes["/rss"] = Route(status=404, body=b"gone")
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks, poll_interval_minutes=10)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 1 and "not found" in feed.last_error.lower()
    first_wait = feed.next_poll_at - feed.last_polled_at
    assert poll(feed, django_capture_on_commit_callbacks) == "failed"
    feed.refresh_from_db()
    assert feed.consecutive_failures == 2
    assert feed.next_poll_at - feed.last_polled_at == 2 * first_wait == timedelta(minutes=40)
    # It recovers: failures reset, error cleared.
    news.routes["/rss"] = Route(body=rss([("g1", news.url("/story/1"), "One")]), content_type=RSS_TYPE)
    assert poll(feed, django_capture_on_commit_callbacks) == "polled"
    feed.refresh_from_db()
    assert feed.consecutive_failures == 0 and feed.last_error == ""


def test_backoff_is_capped():
    assert backoff_seconds(600, 0, 3600) == 600
    assert backoff_seconds(600, 1, 3600) == 1200
    assert backoff_seconds(600, 10, 3600) == 3600


def test_html_served_as_feed_is_refused_clearly(editor, news, django_capture_on_commit_callbacks):
    feed = subscribe(editor, news.url("/news/harbour"), django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.last_error == "The address is not an RSS or Atom feed (text/html)."
    assert not FeedItem.objects.filter(feed=feed).exists()


def test_xml_that_is_not_a_feed(editor, news, django_capture_on_commit_callbacks):
    news.routes["/x"] = Route(body=b"<?xml version='1.0'?><note><to>x</to></note>", content_type="text/xml")
    feed = subscribe(editor, news.url("/x"), django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert "RSS or Atom" in feed.last_error


def test_items_are_taken_once_by_guid_then_by_url(editor, news, django_capture_on_commit_callbacks):
    news.routes["/rss"] = Route(body=rss([("g1", news.url("/story/1"), "One")]), content_type=RSS_TYPE)
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    # Same guid, edited title; and a new guid with the same URL (tracking parameter added).
    news.routes["/rss"] = Route(
        body=rss(
            [("g1", news.url("/story/1"), "One, edited"), ("g9", news.url("/story/1?utm_source=x"), "Again")]
        ),
        content_type=RSS_TYPE,
    )
    poll(feed, django_capture_on_commit_callbacks)
    assert FeedItem.objects.filter(feed=feed).count() == 1
    assert Article.objects.count() == 1


def test_item_already_on_the_desk_links_to_it(editor, news, django_capture_on_commit_callbacks):
    news.routes["/a"] = Route(body=rss([("a1", news.url("/story/2"), "Two")]), content_type=RSS_TYPE)
    news.routes["/b"] = Route(
        body=rss([("b1", news.url("/story/2"), "Two elsewhere")]), content_type=RSS_TYPE
    )
    subscribe(editor, news.url("/a"), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        second = svc.feed_create(actor=editor, url=news.url("/b"), publisher="Other")
    item = FeedItem.objects.get(feed=second)
    first = FeedItem.objects.exclude(feed=second).get()
    assert item.state == "duplicate" and item.article_id == first.article_id


def test_keyword_filter(editor, news, django_capture_on_commit_callbacks):
    news.routes["/rss"] = Route(
        body=rss(
            [("g1", news.url("/story/1"), "Harbour budget grows"), ("g2", news.url("/story/2"), "Football")]
        ),
        content_type=RSS_TYPE,
    )
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks, keywords="budget, Tax")
    states = dict(FeedItem.objects.filter(feed=feed).values_list("guid", "state"))
    assert states == {"g1": "ingested", "g2": "skipped"}
    assert Article.objects.count() == 1
    assert matches("tax", "New tax cuts") and not matches("tax", "A taxi strike") and matches("", "x")


def test_a_feed_not_due_or_taken_is_skipped(editor, news, django_capture_on_commit_callbacks):
    news.routes["/rss"] = Route(body=rss([]), content_type=RSS_TYPE)
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    assert svc.feed_poll(feed_id=feed.pk) == "skipped"  # next poll in 15 min
    due(feed)
    Feed.objects.filter(pk=feed.pk).update(poll_started_at=timezone.now())  # another worker has it
    assert svc.feed_poll(feed_id=feed.pk) == "skipped"


def test_beat_sends_due_feeds_once(editor, news, django_capture_on_commit_callbacks, monkeypatch):
    news.routes["/rss"] = Route(body=rss([]), content_type=RSS_TYPE)
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    sent = []
    monkeypatch.setattr(svc, "feeds_publish", lambda feed_ids: sent.extend(feed_ids) or len(feed_ids))
    assert svc.feeds_poll_due() == 0
    due(feed)
    assert svc.feeds_poll_due() == 1 and sent == [feed.pk]
    assert svc.feeds_poll_due() == 0  # already sent, not yet stale


def test_parse_feed_never_fetches():
    with pytest.raises(Exception, match="RSS or Atom"):
        parse_feed(b"http://127.0.0.1:1/rss")


def test_two_workers_recording_one_item_take_it_once(editor, news, django_capture_on_commit_callbacks):
    """What a second worker polling at the same time meets: the item already recorded by the
    first (after both looked it up); the unique constraint turns it away, no second article."""
    from claims.ingest.feeds import FeedEntry
    from claims.textnorm import url_key

    news.routes["/rss"] = Route(body=rss([]), content_type=RSS_TYPE)
    feed = subscribe(editor, news.url("/rss"), django_capture_on_commit_callbacks)
    entry = FeedEntry(guid="g1", url=news.url("/story/1"), title="One", summary="", published=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert svc._ingest_one(feed, entry, url_key(entry.url)) == "ingested"
        assert svc._ingest_one(feed, entry, url_key(entry.url)) is None
        other = FeedEntry(guid="g2", url=entry.url, title="One again", summary="", published=None)
        assert svc._ingest_one(feed, other, url_key(other.url)) is None  # same URL, new guid
    assert FeedItem.objects.filter(feed=feed).count() == 1
    assert Article.objects.count() == 1
