"""A long article on a real Celery worker over Redis and PostgreSQL: the submit request stores
it (202, status splitting) and the worker splits it into claims, then corroborates them."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from claims.models import Article, Claim
from tests.test_long_articles import LONG

from .test_ingest_worker import wait_article_past
from .test_worker import wait_corroborated

pytestmark = pytest.mark.integration


def test_a_real_worker_splits_a_long_article(worker, submitter, settings):
    settings.FACTCHECK_SYNC_EXTRACT_MAX_CHARS = 1_000
    worker.start()
    client = APIClient()
    client.force_authenticate(submitter)
    response = client.post("/api/articles/", {"title": "Harbour", "body": LONG}, format="json")
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "splitting"
    article = wait_article_past(response.json()["id"], Article.Status.SPLITTING)
    assert article.status == "ready", article.fetch_error
    claims = list(Claim.objects.filter(article=article))
    assert len(claims) >= 12 and all(article.body[c.start : c.end] == c.text for c in claims)
    wait_corroborated(article.pk)
    data = client.get(response["Location"]).json()
    assert data["status"] == "ready" and len(data["claims"]) == len(claims)
