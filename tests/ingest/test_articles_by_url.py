"""Articles by URL through the API, tasks in process (the embedded mode), a real local site."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Article
from claims.services.ingest import fetch_sweep
from tests.ingest.site import Route, page

pytestmark = pytest.mark.django_db

ARTICLE_SENTENCES = [
    "The city council approved a harbour budget of 48 million euros on Tuesday",
    "the harbour had lost 12 percent of its cargo traffic since 2023",
    "the port will close two of its four terminals by 2028",
    "cargo volumes had fallen by only 4 percent",
    "9 million euros for flood defences along the eastern quay",
    "Unemployment in the harbour district stands at 11.2 percent",
]
BOILERPLATE = [
    "cookies",
    "winter tyres",
    "Ferry workers",
    "bridge will cost",
    "rowing",
    "tripled",
    "wasted 30 million",
    "newsletter",
    "Subscribe",
    "All rights reserved",
    "seagull",
]


@pytest.fixture
def submit(api, submitter, django_capture_on_commit_callbacks):
    def go(client=None, expect=202, **data):
        with django_capture_on_commit_callbacks(execute=True):
            response = (client or api(submitter)).post("/api/articles/", data, format="json")
        assert response.status_code == expect, response.content
        return response

    return go


def detail(api, user, article_id: int) -> dict:
    return api(user).get(f"/api/articles/{article_id}/").json()


def test_a_url_alone_is_fetched_and_split_into_claims_from_the_article_text(site, submit, api, submitter):
    response = submit(url=site.url("/news/harbour?utm_source=twitter"))
    assert response["Location"].endswith(f"/api/articles/{response.json()['id']}/")
    assert response.json()["status"] in ("fetching", "ready")
    data = detail(api, submitter, response.json()["id"])
    assert data["status"] == "ready" and data["fetch_error"] == ""
    assert data["title"] == "Council approves harbour budget after heated debate"
    assert data["author"] == "Priya Raman"
    assert data["publisher"] == "The Riverside Courier"
    assert data["published_at"].startswith("2026-11-24T17:05:00")
    assert data["url"] == site.url("/news/harbour?utm_source=rss")  # the page's canonical URL
    texts = [c["text"] for c in data["claims"]]
    for sentence in ARTICLE_SENTENCES:
        assert sum(sentence in t for t in texts) == 1, sentence
    for claim in data["claims"]:
        assert data["body"][claim["start"] : claim["end"]] == claim["text"]
    for word in BOILERPLATE:
        assert word.lower() not in data["body"].lower(), word
    assert site.requests[0][1]["User-Agent"].startswith("FactCheckDesk/")


def test_what_the_submitter_gives_is_kept_over_the_page(site, submit, api, submitter):
    response = submit(url=site.url("/news/harbour"), title="Harbour budget (our title)", publisher="Courier")
    data = detail(api, submitter, response.json()["id"])
    assert (data["title"], data["publisher"], data["author"]) == (
        "Harbour budget (our title)",
        "Courier",
        "Priya Raman",
    )


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Route(404, b"<html>gone</html>"), "Page not found (404)."),
        (
            Route(body=b"%PDF-1.7", content_type="application/pdf"),
            "The address is not an HTML page (application/pdf).",
        ),
        (Route(body=b"<html>" + b"a" * 300_000 + b"</html>"), "The page is too large (over 97 KB)."),
        (Route(body=b"<html><body></body></html>"), "No article text was found on the page."),
        (
            Route(302, headers={"Location": "http://10.20.30.40/"}),
            "Refused: 10.20.30.40 is a private address",
        ),
        (Route(body=b"<html></html>", delay=2.0), "Timed out waiting for 127.0.0.1 to answer."),
    ],
)
def test_a_failed_fetch_says_why(site, submit, api, submitter, settings, route, reason):
    settings.FACTCHECK_FETCH_MAX_BYTES = 100_000
    site.routes["/story"] = route
    data = detail(api, submitter, submit(url=site.url("/story")).json()["id"])
    assert data["status"] == "failed"
    assert data["fetch_error"].startswith(reason)
    assert data["claims"] == []


def test_private_addresses_are_refused_without_the_allow_list(site, submit, api, submitter, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = []
    data = detail(api, submitter, submit(url=site.url("/news/harbour", host="localhost")).json()["id"])
    assert data["status"] == "failed" and data["fetch_error"].startswith(
        "Refused: localhost is a private address"
    )
    assert site.requests == []
    response = submit(url="http://127.0.0.1:9/x", expect=400)
    assert "private address" in response.json()["url"][0]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "body"),
        ({"body": "Text without a title."}, "title"),
        ({"url": "ftp://example.com/a"}, "url"),
        ({"url": "not a url"}, "url"),
    ],
)
def test_bad_input_is_400_and_stores_nothing(submit, data, field):
    response = submit(expect=400, **data)
    assert field in response.json()
    assert not Article.objects.exists()


def test_the_same_url_again_is_the_stored_article(site, submit):
    first = submit(url=site.url("/news/harbour")).json()["id"]
    again = submit(url=site.url("/news/harbour?utm_campaign=x"), expect=200)
    assert again.json()["id"] == first
    assert Article.objects.count() == 1


def test_a_page_whose_canonical_url_is_stored_points_to_it(site, submit, api, submitter):
    first = submit(url=site.url("/news/harbour")).json()["id"]
    # The same story under another address (an AMP copy) names the same canonical URL.
    site.routes["/amp/harbour"] = Route(body=page("harbour_budget.html").replace(b"five hours", b"5 hours"))
    second = submit(url=site.url("/amp/harbour")).json()["id"]
    data = detail(api, submitter, second)
    assert data["status"] == "duplicate" and data["duplicate_of"] == first
    assert data["claims"] == []
    assert Article.objects.get(pk=first).status == "ready"


def test_a_page_may_not_claim_another_sites_address(site, submit, api, submitter):
    """Otherwise a page naming a real newspaper's URL as canonical would take its article's place."""
    site.routes["/copy"] = Route(
        body=page("harbour_budget.html").replace(
            b'href="/news/harbour?utm_source=rss"',
            b'href="https://www.riversidecourier.example/news/harbour"',
        )
    )
    data = detail(api, submitter, submit(url=site.url("/copy")).json()["id"])
    assert data["status"] == "ready" and data["url"] == site.url("/copy")
    assert not Article.objects.filter(url_key="riversidecourier.example/news/harbour").exists()


def test_a_page_whose_text_is_stored_points_to_it(site, submit, api, submitter):
    pasted = submit(
        expect=201,
        title="Pasted",
        body=(
            "The city council approved a harbour budget of 48 million euros on Tuesday, after a debate that "
            "lasted more than five hours."
        ),
    ).json()["id"]
    site.routes["/short"] = Route(
        body=b"<html><head><title>Short</title></head><body><article><p>The city council approved a "
        b"harbour budget of 48 million euros on Tuesday, after a debate that lasted more than five "
        b"hours.</p></article></body></html>"
    )
    data = detail(api, submitter, submit(url=site.url("/short")).json()["id"])
    assert data["status"] == "duplicate" and data["duplicate_of"] == pasted


def test_a_failed_fetch_can_be_tried_again_by_its_submitter_or_an_editor(
    site, submit, api, submitter, editor, roles, django_capture_on_commit_callbacks
):
    from tests.conftest import make_user

    other = make_user("other", "submitter")
    site.routes["/later"] = Route(503, b"busy")
    article_id = submit(url=site.url("/later")).json()["id"]
    assert detail(api, submitter, article_id)["fetch_error"].startswith("The site answered 503")
    assert api(other).post(f"/api/articles/{article_id}/refetch/").status_code == 403
    site.routes["/later"] = Route(body=page("harbour_budget.html"))
    with django_capture_on_commit_callbacks(execute=True):
        response = api(editor).post(f"/api/articles/{article_id}/refetch/")
    assert response.status_code == 202 and response["Location"].endswith(f"/api/articles/{article_id}/")
    assert detail(api, submitter, article_id)["status"] == "ready"
    # Ready now: fetching it again checks the page for a changed text (tests/test_refetch.py),
    # once at a time.
    assert api(submitter).post(f"/api/articles/{article_id}/refetch/").status_code == 202
    assert api(submitter).post(f"/api/articles/{article_id}/refetch/").status_code == 409
    assert api(submitter).post("/api/articles/999999/refetch/").status_code == 404


def test_the_sweeper_sends_fetches_left_waiting(site, submitter, django_capture_on_commit_callbacks):
    old = timezone.now() - timedelta(hours=1)
    article = Article.objects.create(
        title="",
        body="",
        url=site.url("/news/harbour"),
        fetch_url=site.url("/news/harbour"),
        url_key="x",
        content_hash="",
        status="fetching",
        fetch_requested_at=old,
        submitted_by=submitter,
    )
    fresh = Article.objects.create(
        title="",
        body="",
        url=site.url("/other"),
        fetch_url=site.url("/other"),
        url_key="y",
        content_hash="",
        status="fetching",
        fetch_requested_at=timezone.now(),
        submitted_by=submitter,
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert fetch_sweep() == 1
    article.refresh_from_db()
    fresh.refresh_from_db()
    assert article.status == "ready" and article.claims.count() >= 6
    assert fresh.status == "fetching" and fresh.fetch_attempts == 0


def test_a_fetch_runs_once_even_if_sent_twice(site, submit):
    from claims.services.ingest import article_fetch

    article_id = submit(url=site.url("/news/harbour")).json()["id"]
    assert article_fetch(article_id=article_id) == "skipped"
    assert len(site.requests) == 1
