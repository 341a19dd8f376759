"""The new-article form with a URL alone, and the fetch state on the pages (test client)."""

from __future__ import annotations

import pytest
from django.test import Client

from claims.models import Article
from tests.conftest import make_user
from tests.ingest.site import Route, page

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def submit(client, capture, **data):
    with capture(execute=True):
        return client.post("/articles/new/", data)


def test_a_url_alone_makes_an_article_with_its_claims(site, submitter, django_capture_on_commit_callbacks):
    client = login(submitter)
    response = submit(client, django_capture_on_commit_callbacks, url=site.url("/news/harbour"))
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/articles/{article.pk}/"
    html = client.get(response["Location"]).content.decode()
    assert "Council approves harbour budget after heated debate" in html
    assert "Unemployment in the harbour district stands at 11.2 percent" in html
    assert "Accept all cookies" not in html and 'id="fetch-state"' not in html
    assert article.claims.count() >= 6


def test_the_form_needs_text_or_a_url(submitter, django_capture_on_commit_callbacks):
    client = login(submitter)
    response = submit(client, django_capture_on_commit_callbacks, url="", title="", body="")
    assert response.status_code == 400
    assert "Paste the article&#x27;s text, or give its URL to fetch it." in response.content.decode()
    response = submit(client, django_capture_on_commit_callbacks, body="Text but no title.")
    assert response.status_code == 400 and "A title is required with the text." in response.content.decode()
    assert not Article.objects.exists()


def test_a_fetching_article_says_so_and_reloads(site, submitter):
    client = login(submitter)
    client.post("/articles/new/", {"url": site.url("/news/harbour")})  # the commit hook never runs here
    article = Article.objects.get()
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Fetching the page from" in html and "window.location.reload" in html
    assert "Fetching" in client.get("/articles/").content.decode()


def test_a_failed_fetch_shows_the_reason_and_fetch_again_to_its_submitter(
    site, submitter, editor, django_capture_on_commit_callbacks
):
    site.routes["/story"] = Route(404, b"<html>gone</html>")
    client = login(submitter)
    submit(client, django_capture_on_commit_callbacks, url=site.url("/story"))
    article = Article.objects.get()
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "The page could not be fetched:</strong> Page not found (404)." in html
    assert "Fetch again" in html
    listing = client.get("/articles/").content.decode()
    assert "Fetch failed" in listing and 'title="Page not found (404)."' in listing
    other = login(make_user("other", "submitter"))
    assert "Fetch again" not in other.get(f"/articles/{article.pk}/").content.decode()
    assert other.post(f"/articles/{article.pk}/fetch-again/").status_code == 302
    assert Article.objects.get().status == "failed"
    site.routes["/story"] = Route(body=page("harbour_budget.html"))
    with django_capture_on_commit_callbacks(execute=True):
        login(editor).post(f"/articles/{article.pk}/fetch-again/")
    assert Article.objects.get().status == "ready"


def test_a_duplicate_points_to_the_stored_article(site, submitter, django_capture_on_commit_callbacks):
    client = login(submitter)
    submit(client, django_capture_on_commit_callbacks, url=site.url("/news/harbour"))
    site.routes["/amp"] = Route(body=page("harbour_budget.html"))
    submit(client, django_capture_on_commit_callbacks, url=site.url("/amp"))
    first, second = Article.objects.order_by("id")
    html = client.get(f"/articles/{second.pk}/").content.decode()
    assert "This page is an article already stored" in html and f'href="/articles/{first.pk}/"' in html


def test_what_the_page_says_is_escaped(site, submitter, django_capture_on_commit_callbacks):
    site.routes["/xss"] = Route(
        body=page("harbour_budget.html")
        .replace(
            b"<h1>Council approves harbour budget after heated debate</h1>",
            b"<h1>&lt;script&gt;x()&lt;/script&gt;</h1>",
        )
        .replace(
            b'"headline": "Council approves harbour budget after heated debate"',
            b'"headline": "<script>x()</script>"',
        )
    )
    client = login(submitter)
    submit(client, django_capture_on_commit_callbacks, url=site.url("/xss"))
    html = client.get(f"/articles/{Article.objects.get().pk}/").content.decode()
    assert "<script>x()" not in html
