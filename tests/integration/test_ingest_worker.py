"""Articles by URL on PostgreSQL, Redis and a real Celery worker, against a local news site."""

from __future__ import annotations

import time

import pytest
from rest_framework.test import APIClient

from claims.models import Article, Claim
from tests.ingest.site import Route, Site, page
from tests.ingest.test_articles_by_url import ARTICLE_SENTENCES, BOILERPLATE

from .conftest import Worker

pytestmark = pytest.mark.integration


def wait_fetched(article_id: int, timeout: float = 60) -> Article:
    return wait_article_past(article_id, Article.Status.FETCHING, timeout)


def wait_article_past(article_id: int, status: str, timeout: float = 60) -> Article:
    """The article once the worker has moved it past ``status`` (fetching, splitting)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        article = Article.objects.get(pk=article_id)
        if article.status != status:
            return article
        time.sleep(0.05)
    raise AssertionError(f"article {article_id} still {status} after {timeout}s")


@pytest.fixture
def fetch_worker(celery_queue, tmp_path):
    w = Worker(celery_queue, tmp_path / "worker.log", FACTCHECK_FETCH_ALLOWED_HOSTS="127.0.0.1")
    yield w.start()
    w.stop()


def test_a_real_worker_fetches_pages_into_articles_and_claims(fetch_worker, submitter, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]  # the request's own URL check
    client = APIClient()
    client.force_authenticate(submitter)
    with Site() as site:
        site.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        site.routes["/amp/harbour"] = Route(body=page("harbour_budget.html"))
        site.routes["/gone"] = Route(404, b"<html>gone</html>")
        site.routes["/report.pdf"] = Route(body=b"%PDF-1.7", content_type="application/pdf")

        t0 = time.monotonic()
        response = client.post("/api/articles/", {"url": site.url("/news/harbour")}, format="json")
        assert response.status_code == 202
        assert response.json()["status"] == "fetching"
        assert response["Location"].endswith(f"/api/articles/{response.json()['id']}/")
        article = wait_fetched(response.json()["id"])
        elapsed = time.monotonic() - t0
        print(f"\nharbour page: POST to article with claims on a real worker: {elapsed:.2f}s")
        assert article.status == "ready", article.fetch_error
        texts = list(Claim.objects.filter(article=article).values_list("text", flat=True))
        for sentence in ARTICLE_SENTENCES:
            assert sum(sentence in t for t in texts) == 1, sentence
        for word in BOILERPLATE:
            assert not any(word.lower() in t.lower() for t in texts), word
        data = client.get(response["Location"]).json()
        assert (data["status"], data["fetch_error"], data["publisher"]) == (
            "ready",
            "",
            "The Riverside Courier",
        )

        # The same story at another address names the same canonical URL: it points to the first.
        other = client.post("/api/articles/", {"url": site.url("/amp/harbour")}, format="json").json()["id"]
        duplicate = wait_fetched(other)
        assert duplicate.status == "duplicate" and duplicate.duplicate_of_id == article.pk
        assert not Claim.objects.filter(article=duplicate).exists()

        for path, reason in [("/gone", "Page not found (404)."), ("/report.pdf", "not an HTML page")]:
            failed_id = client.post("/api/articles/", {"url": site.url(path)}, format="json").json()["id"]
            failed = wait_fetched(failed_id)
            assert failed.status == "failed" and reason in failed.fetch_error
    assert "fetch_article" in fetch_worker.log.read_text()


def test_a_transient_failure_is_retried_by_the_worker(fetch_worker, submitter, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    client = APIClient()
    client.force_authenticate(submitter)
    answers = iter([Route(503, b"<html>busy</html>")])
    with Site() as site:
        site.routes["/busy"] = lambda handler: next(answers, Route(body=page("harbour_budget.html")))
        article_id = client.post("/api/articles/", {"url": site.url("/busy")}, format="json").json()["id"]
        article = wait_fetched(article_id, timeout=60)
        assert article.status == "ready", article.fetch_error
        assert article.fetch_attempts == 2 and len(site.requests) == 2
        assert article.claims.count() >= 6


def test_a_real_worker_fetches_a_ready_article_again_and_moves_its_claims(fetch_worker, submitter, settings):
    from claims.models import ArticleVersion
    from tests.test_refetch import EDITED, GONE, NEW

    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    client = APIClient()
    client.force_authenticate(submitter)
    with Site() as site:
        site.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        article_id = client.post("/api/articles/", {"url": site.url("/news/harbour")}, format="json").json()[
            "id"
        ]
        assert wait_fetched(article_id).status == "ready"

        def refetch(body: bytes) -> Article:
            site.routes["/news/harbour"] = Route(body=body)
            assert client.post(f"/api/articles/{article_id}/refetch/").status_code == 202
            start = time.monotonic()
            while Article.objects.get(pk=article_id).refetch_requested_at is not None:
                assert time.monotonic() - start < 60, "the re-fetch did not finish"
                time.sleep(0.05)
            article = Article.objects.get(pk=article_id)
            assert article.refetch_changed is True, article.refetch_error
            for claim in Claim.objects.filter(article=article, gone_with__isnull=True):
                assert article.body[claim.start : claim.end] == claim.text
            return article

        article = refetch(EDITED)
        version = ArticleVersion.objects.get(article=article)
        assert version.gone == 1 and version.added == 1 and GONE in version.body and NEW in article.body
        count = Claim.objects.filter(article=article).count()
        # The publisher undoes the edit: the gone sentence is the same claim again.
        article = refetch(page("harbour_budget.html"))
        second = ArticleVersion.objects.get(article=article, number=2)
        assert (second.gone, second.back, second.added) == (1, 1, 0)
        assert Claim.objects.filter(article=article).count() == count
    assert "refetch_article" in fetch_worker.log.read_text()
