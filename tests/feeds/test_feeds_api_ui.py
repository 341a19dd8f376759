"""Feeds over the API (roles, validation, poll now, items) and in the pages."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Feed, FeedItem
from tests.conftest import api_client_for
from tests.feeds.conftest import RSS_TYPE, rss
from tests.ingest.site import Route

pytestmark = pytest.mark.django_db


@pytest.fixture
def feed_route(news):
    news.routes["/rss"] = Route(body=rss([("g1", news.url("/story/1"), "Story one")]), content_type=RSS_TYPE)
    return news.url("/rss")


def test_editor_subscribes_and_polls_over_the_api(editor, feed_route, django_capture_on_commit_callbacks):
    api = api_client_for(editor)
    with django_capture_on_commit_callbacks(execute=True):
        r = api.post(
            "/api/feeds/",
            {"url": feed_route, "publisher": "Harbour News", "keywords": "Story"},
            format="json",
        )
    assert r.status_code == 201, r.content
    assert r["Location"] == f"/api/feeds/{r.data['id']}/"
    items = api.get(r.data["items_url"])
    assert items.status_code == 200
    (item,) = items.data["results"]
    assert item["state"] == "ingested" and item["article_url"].startswith("/api/articles/")
    with django_capture_on_commit_callbacks(execute=True):
        polled = api.post(f"/api/feeds/{r.data['id']}/poll/")
    assert polled.status_code == 202
    assert (
        api.patch(f"/api/feeds/{r.data['id']}/", {"active": False}, format="json").data["state"] == "paused"
    )
    assert api.post(f"/api/feeds/{r.data['id']}/poll/").status_code == 409
    typo = api.patch(f"/api/feeds/{r.data['id']}/", {"publsher": "Harbor News"}, format="json")
    assert typo.status_code == 400 and "publsher" in typo.json(), typo.content  # not a silent 200
    assert Feed.objects.get().publisher == "Harbour News"
    assert api.delete(f"/api/feeds/{r.data['id']}/").status_code == 204
    assert not Feed.objects.exists()


def test_validation_errors_per_field(editor, feed_route, django_capture_on_commit_callbacks):
    api = api_client_for(editor)
    r = api.post("/api/feeds/", {"url": "ftp://x/feed", "publisher": "X"}, format="json")
    assert r.status_code == 400 and "http://" in str(r.data["url"])
    r = api.post("/api/feeds/", {"url": feed_route, "publisher": " "}, format="json")
    assert r.status_code == 400 and "publisher" in r.data
    r = api.post("/api/feeds/", {"url": "http://10.0.0.1/rss", "publisher": "X"}, format="json")
    assert r.status_code == 400 and "private" in str(r.data)
    r = api.post(
        "/api/feeds/", {"url": feed_route, "publisher": "X", "poll_interval_minutes": 1}, format="json"
    )
    assert r.status_code == 400 and "poll_interval_minutes" in str(r.data)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            api.post("/api/feeds/", {"url": feed_route, "publisher": "X"}, format="json").status_code == 201
        )
    r = api.post("/api/feeds/", {"url": feed_route, "publisher": "Y"}, format="json")
    assert r.status_code == 400 and "already followed" in str(r.data)


@pytest.mark.parametrize("who", ["submitter", "reviewer"])
def test_others_read_but_do_not_write(who, request, editor, feed_route, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        feed_id = (
            api_client_for(editor)
            .post("/api/feeds/", {"url": feed_route, "publisher": "H"}, format="json")
            .data["id"]
        )
    api = api_client_for(request.getfixturevalue(who))
    assert api.get("/api/feeds/").status_code == 200
    assert api.get(f"/api/feeds/{feed_id}/items/").status_code == 200
    assert (
        api.post("/api/feeds/", {"url": feed_route + "2", "publisher": "H"}, format="json").status_code == 403
    )
    assert api.patch(f"/api/feeds/{feed_id}/", {"active": False}, format="json").status_code == 403
    assert api.post(f"/api/feeds/{feed_id}/poll/").status_code == 403
    assert api.delete(f"/api/feeds/{feed_id}/").status_code == 403


def test_outsider_and_anonymous_are_refused(outsider):
    assert APIClient().get("/api/feeds/").status_code in (401, 403)
    assert api_client_for(outsider).get("/api/feeds/").status_code == 403


def test_pages(client, editor, reviewer, feed_route, django_capture_on_commit_callbacks):
    client.force_login(editor)
    r = client.post(reverse("feed-new"), {"url": "", "publisher": "", "poll_interval_minutes": 15})
    assert r.status_code == 400 and b"Give the feed" in r.content or b"required" in r.content
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post(
            reverse("feed-new"),
            {"url": feed_route, "publisher": "<b>Harbour</b>", "poll_interval_minutes": 15, "active": "on"},
        )
    feed = Feed.objects.get()
    assert r.status_code == 302 and r["Location"] == reverse("feed", args=[feed.pk])
    page = client.get(reverse("feed", args=[feed.pk])).content.decode()
    item = FeedItem.objects.get()
    assert reverse("article", args=[item.article_id]) in page
    assert "&lt;b&gt;Harbour" in page and "<b>Harbour" not in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("feed-act", args=[feed.pk, "poll"])).status_code == 302
    client.force_login(reviewer)
    listing = client.get(reverse("feeds")).content.decode()
    assert "Subscribe a feed" not in listing and "&lt;b&gt;Harbour" in listing
    assert client.get(reverse("feed-new")).status_code == 403
    assert client.post(reverse("feed-act", args=[feed.pk, "delete"])).status_code == 403


def test_failing_feed_shows_its_error_in_the_list(client, editor, news, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("feed-new"),
            {"url": news.url("/news/harbour"), "publisher": "H", "poll_interval_minutes": 15, "active": "on"},
        )
    listing = client.get(reverse("feeds")).content.decode()
    assert "Failing (1×)" in listing and "not an RSS or Atom feed (text/html)" in listing
