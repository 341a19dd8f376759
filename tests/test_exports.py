"""Exports: CSV, JSON and ClaimReview JSON-LD with the queue's filters; streamed when small, a
job with a download when large; formula cells neutralised; who may download."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services
from claims.exports import COLUMNS, safe_cell
from claims.models import Claim, ExportJob
from tests.conftest import make_user
from tests.desk_fixtures import light_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(submitter, seed_text):
    return light_article(submitter, seed_text)


@pytest.fixture(autouse=True)
def _export_dir(settings, tmp_path):
    settings.FACTCHECK_EXPORT_DIR = tmp_path / "exports"


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body_of(response))))


def approve(claim, reviewer, editor):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="false", rationale="It was 12.", version=taken.version
    )
    return services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)


def test_csv_of_an_article_streams_every_claim_with_the_columns(api, submitter, article):
    response = api(submitter).get("/api/exports/claims.csv", {"article": article.pk})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="claims.csv"'
    text = body_of(response)
    assert text.splitlines()[0].split(",") == COLUMNS
    rows = list(csv.DictReader(io.StringIO(text)))
    claims = {c.pk: c for c in article.claims.all()}
    assert {int(r["id"]) for r in rows} == set(claims)
    row = rows[0]
    claim = claims[int(row["id"])]
    assert row["article_id"] == str(article.pk) and row["article_title"] == article.title
    assert row["article_url"] == "https://example.com/news/ceasefire"
    assert row["text"] == safe_cell(claim.text) and row["start"] == str(claim.start)
    assert row["status"] == "new" and row["created_at"] == claim.created_at.isoformat()


def test_csv_neutralises_spreadsheet_formulas(api, editor, claim):
    Claim.objects.filter(pk=claim.pk).update(
        text='=HYPERLINK("http://evil.example","x")', speaker="+cmd|' /C calc'!A0", rationale="@SUM(1)"
    )
    Claim.objects.exclude(pk=claim.pk).filter(article_id=claim.article_id).update(speaker="-2+3")
    rows = read_csv(api(editor).get("/api/exports/claims.csv", {"article": claim.article_id}))
    mine = next(r for r in rows if r["id"] == str(claim.pk))
    assert mine["text"] == '\'=HYPERLINK("http://evil.example","x")'
    assert mine["speaker"] == "'+cmd|' /C calc'!A0" and mine["rationale"] == "'@SUM(1)"
    assert all(r["speaker"] == "'-2+3" for r in rows if r["id"] != str(claim.pk))
    assert safe_cell(-0.5) == -0.5 and safe_cell(None) == "" and safe_cell("a=b") == "a=b"


def test_json_export_selects_what_the_queue_filter_selects(api, reviewer, article):
    client = api(reviewer)
    params = {"min_score": "0.5", "sort": "age"}
    exported = json.loads(body_of(client.get("/api/exports/claims.json", params)))
    listed = client.get("/api/claims/", {**params, "page_size": 200}).json()["results"]
    assert [c["id"] for c in exported] == [c["id"] for c in listed]
    assert exported and set(exported[0]) == set(COLUMNS)
    assert all(c["score"] >= 0.5 for c in exported)


def test_jsonld_holds_the_claimreview_of_approved_claims_only(api, reviewer, editor, article):
    first, second = article.claims.order_by("position")[:2]
    approve(first, reviewer, editor)
    services.claim_take(claim_id=second.pk, actor=reviewer)
    response = api(reviewer).get("/api/exports/claims.jsonld", {"article": article.pk})
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    data = json.loads(body_of(response))
    assert [d["claimReviewed"] for d in data] == [first.text]
    assert data[0]["@type"] == "ClaimReview" and data[0]["reviewRating"]["ratingValue"] == 1


def test_bad_filters_and_formats_are_400_with_field_messages(api, reviewer, article):
    client = api(reviewer)
    response = client.get("/api/exports/claims.csv", {"status": "bogus", "min_score": "high"})
    assert response.status_code == 400
    assert set(response.json()) >= {"detail", "status", "min_score"}
    response = client.get("/api/exports/claims.xlsx")
    assert response.status_code == 400 and "format" in response.json()
    assert client.get("/api/exports/claims.csv", HTTP_ACCEPT="text/csv").status_code == 200
    assert api(None).get("/api/exports/claims.csv").status_code in (401, 403)
    assert api(make_user("nobody")).get("/api/exports/claims.csv").status_code == 403


def test_a_large_export_runs_as_a_job_that_only_its_requester_or_an_editor_downloads(
    api, submitter, reviewer, editor, article, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_EXPORT_SYNC_MAX = 3
    client = api(submitter)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/api/exports/claims.csv", {"article": article.pk, "page": "2"})
    assert response.status_code == 202
    job = response.json()
    assert response["Location"] == job["url"] == f"/api/exports/{job['id']}/"
    assert job["params"] == {"article": [str(article.pk)]}
    status = client.get(job["url"]).json()
    assert status["state"] == "done" and status["row_count"] == article.claims.count()
    download = client.get(status["download_url"])
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="claims.csv"'
    rows = read_csv(download)
    assert len(rows) == article.claims.count()  # no cap: every claim, beyond the streaming limit
    assert api(reviewer).get(job["url"]).status_code == 403
    assert api(reviewer).get(status["download_url"]).status_code == 403
    assert api(editor).get(status["download_url"]).status_code == 200
    assert api(editor).get("/api/exports/999999/").status_code == 404


def test_an_export_job_left_pending_by_a_down_broker_is_sent_by_the_sweeper(
    submitter, article, monkeypatch, django_capture_on_commit_callbacks
):
    from claims.tasks import run_export

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(run_export, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        job = services.export_job_start(
            actor=submitter, export_format="json", params={"article": [str(article.pk)]}
        )
    job.refresh_from_db()
    assert job.state == "pending"
    monkeypatch.undo()
    assert services.export_sweep() == 0
    assert services.export_sweep(now=timezone.now() + timedelta(minutes=10)) == 1
    job.refresh_from_db()
    assert job.state == "done" and job.row_count == article.claims.count()
    assert services.export_run(job_id=job.pk) == "skipped"  # idempotent


def test_queue_and_article_pages_link_to_exports_with_their_filters(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get("/", {"q": "ceasefire", "min_score": "0.3"}).content.decode()
    assert "/exports/claims.csv?q=ceasefire&amp;min_score=0.3" in page
    assert "/exports/claims.jsonld?q=ceasefire&amp;min_score=0.3" in page
    article_page = client.get(f"/articles/{article.pk}/").content.decode()
    assert f'/exports/claims.json?article={article.pk}"' in article_page


def test_the_export_pages_stream_small_and_show_a_job_for_large(
    client, reviewer, editor, article, settings, django_capture_on_commit_callbacks
):
    client.force_login(reviewer)
    small = client.get("/exports/claims.csv", {"article": article.pk})
    assert small.status_code == 200 and len(read_csv(small)) == article.claims.count()
    assert client.get("/exports/claims.csv", {"status": "bogus"}).status_code == 400
    settings.FACTCHECK_EXPORT_SYNC_MAX = 1
    with django_capture_on_commit_callbacks(execute=True):
        large = client.get("/exports/claims.json", {"article": article.pk})
    job = ExportJob.objects.get()
    assert large.status_code == 302 and large["Location"] == f"/exports/{job.pk}/"
    page = client.get(large["Location"]).content.decode()
    assert "Done" in page and f"/exports/{job.pk}/download/" in page
    assert len(json.loads(body_of(client.get(f"/exports/{job.pk}/download/")))) == article.claims.count()
    client.force_login(make_user("other", "submitter"))
    assert client.get(f"/exports/{job.pk}/").status_code == 403
    assert client.get(f"/exports/{job.pk}/download/").status_code == 403


def test_the_sweeper_deletes_exports_older_than_the_keep_period(
    submitter, article, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = services.export_job_start(actor=submitter, export_format="csv", params={})
    job.refresh_from_db()
    path = settings.FACTCHECK_EXPORT_DIR / job.file_name
    assert job.state == "done" and path.is_file()
    services.export_sweep(now=timezone.now() + timedelta(days=settings.FACTCHECK_EXPORT_KEEP_DAYS - 1))
    assert path.is_file()
    services.export_sweep(now=timezone.now() + timedelta(days=settings.FACTCHECK_EXPORT_KEEP_DAYS + 1))
    assert not path.exists() and not ExportJob.objects.exists()


def test_the_formats_are_pure_python_and_match_the_job_formats():
    """claims/exports.py holds the formats only: no Django, no query, no HTTP."""
    import ast
    import inspect

    import claims.exports as formats
    from claims.models import ExportJob

    tree = ast.parse(inspect.getsource(formats))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(name.startswith(("django", "claims", ".")) or name == "" for name in imported), imported
    assert list(formats.FORMATS) == list(ExportJob.Format.values)
    assert list(formats.csv_chunks([])) == [",".join(formats.COLUMNS) + "\r\n"]
