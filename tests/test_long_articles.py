"""Long articles: stored at once with status "splitting", split into claims by the worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Article, Claim
from claims.services import article_submit
from claims.services.ingest import may_refetch
from claims.services.splitting import article_split, split_sweep
from claims.textnorm import clean_body

PARAGRAPH = (
    "The harbour authority said cargo volumes rose 14% in 2025 to 3.2 million containers. "
    "Its director, Ana Varga, told reporters the new berth cost 48 million euros. "
)
LONG = "\n\n".join(f"In report {n}, {PARAGRAPH}" for n in range(12))  # about 2,000 characters


@pytest.fixture(autouse=True)
def _small_threshold(settings):
    settings.FACTCHECK_SYNC_EXTRACT_MAX_CHARS = 1_000  # LONG is over it, PARAGRAPH is not


@pytest.fixture
def api(submitter):
    client = APIClient()
    client.force_authenticate(submitter)
    return client


def post(api, django_capture_on_commit_callbacks, body, execute=False):
    with django_capture_on_commit_callbacks(execute=execute):
        return api.post("/api/articles/", {"title": "Harbour", "body": body}, format="json")


def test_a_long_body_is_stored_at_once_and_answered_202(api, django_capture_on_commit_callbacks):
    response = post(api, django_capture_on_commit_callbacks, LONG)
    assert response.status_code == 202, response.content
    data = response.json()
    assert data["status"] == "splitting"
    assert data["claims"] == []
    assert response["Location"].endswith(f"/api/articles/{data['id']}/")
    article = Article.objects.get(pk=data["id"])
    assert article.body == clean_body(LONG) and not article.claims.exists()


def test_the_worker_splits_it_into_exact_claims(api, django_capture_on_commit_callbacks):
    article_id = post(api, django_capture_on_commit_callbacks, LONG).json()["id"]
    assert article_split(article_id=article_id) == "ready"
    article = Article.objects.get(pk=article_id)
    claims = list(article.claims.order_by("position"))
    assert article.status == "ready" and article.language == "en"
    assert len(claims) >= 12
    assert all(article.body[c.start : c.end] == c.text for c in claims)
    assert api.get(f"/api/articles/{article_id}/").json()["status"] == "ready"


def test_splitting_twice_writes_the_claims_once(api, django_capture_on_commit_callbacks):
    article_id = post(api, django_capture_on_commit_callbacks, LONG).json()["id"]
    assert article_split(article_id=article_id) == "ready"
    count = Claim.objects.filter(article_id=article_id).count()
    assert article_split(article_id=article_id) == "skipped"
    # Even a worker whose lease looks stale finds the article no longer splitting.
    Article.objects.filter(pk=article_id).update(fetch_started_at=timezone.now() - timedelta(days=1))
    assert article_split(article_id=article_id) == "skipped"
    assert Claim.objects.filter(article_id=article_id).count() == count


def test_a_live_lease_keeps_a_second_worker_out(api, django_capture_on_commit_callbacks):
    article_id = post(api, django_capture_on_commit_callbacks, LONG).json()["id"]
    Article.objects.filter(pk=article_id).update(fetch_started_at=timezone.now())
    assert article_split(article_id=article_id) == "skipped"
    assert not Claim.objects.filter(article_id=article_id).exists()


def test_the_sweeper_sends_a_lost_split_again(api, django_capture_on_commit_callbacks):
    article_id = post(api, django_capture_on_commit_callbacks, LONG).json()["id"]  # message lost
    assert split_sweep() == 0  # not stale yet
    Article.objects.filter(pk=article_id).update(fetch_requested_at=timezone.now() - timedelta(hours=1))
    assert split_sweep() == 1  # tasks run in process here: the split is done
    assert Article.objects.get(pk=article_id).status == "ready"
    assert Claim.objects.filter(article_id=article_id).exists()


def test_a_short_body_is_still_split_in_the_request(api, django_capture_on_commit_callbacks):
    response = post(api, django_capture_on_commit_callbacks, PARAGRAPH)
    assert response.status_code == 201
    assert response.json()["status"] == "ready" and response.json()["claims"]


def test_the_same_long_body_twice_is_one_article(api, django_capture_on_commit_callbacks):
    first = post(api, django_capture_on_commit_callbacks, LONG)
    again = post(api, django_capture_on_commit_callbacks, LONG)
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_a_failed_split_says_why_and_can_be_split_again(
    submitter, editor, reviewer, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        result = article_submit(submitted_by=submitter, title="Harbour", body=LONG)
    Article.objects.filter(pk=result.article.pk).update(fetch_attempts=99)
    assert article_split(article_id=result.article.pk) == "failed"
    article = Article.objects.get(pk=result.article.pk)
    assert "split" in article.fetch_error.lower()
    assert (
        may_refetch(editor, article)
        and may_refetch(submitter, article)
        and not may_refetch(reviewer, article)
    )
    client.force_login(editor)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Split again" in page and "Fetch again" not in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/articles/{article.pk}/fetch-again/")
    article.refresh_from_db()
    assert article.status == "ready" and article.fetch_error == "" and article.claims.count() >= 12


def test_the_article_page_shows_the_split_then_the_claims(
    client, submitter, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/articles/new/", {"title": "Harbour", "body": LONG})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Splitting this long article" in page and "window.location.reload" in page
    article = Article.objects.get()
    article_split(article_id=article.pk)
    page = client.get(response["Location"]).content.decode()
    assert "Splitting this long article" not in page
    assert "Ana Varga" in page and "window.location.reload" not in page


def test_embedded_paste_of_a_long_body_ends_with_its_claims(
    client, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):  # tasks in process, as in make run
        response = client.post("/articles/new/", {"title": "Harbour", "body": LONG})
    article = Article.objects.get()
    assert article.status == "ready" and article.claims.exists()
    page = client.get(response["Location"]).content.decode()
    assert "Ana Varga" in page and "Splitting this long article" not in page
