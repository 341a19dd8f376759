"""Evidence snapshots on PostgreSQL, Redis and a real Celery worker, against a local site: the
worker keeps the page (through the safe fetcher), refuses a redirect to a private address, and
retries a page that answers 503 first."""

from __future__ import annotations

import hashlib
import time

import pytest
from rest_framework.test import APIClient

from claims import services
from claims.models import ClaimEvent, Evidence
from tests.ingest.site import Route, Site, page

from .conftest import Worker

pytestmark = pytest.mark.integration


def wait_snapshot(evidence_id: int, timeout: float = 60) -> Evidence:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        record = Evidence.objects.select_related("snapshot").get(pk=evidence_id)
        if record.snapshot_state != "pending":
            return record
        time.sleep(0.05)
    raise AssertionError(f"evidence {evidence_id} still pending after {timeout}s")


@pytest.fixture
def snapshot_worker(celery_queue, tmp_path):
    w = Worker(celery_queue, tmp_path / "worker.log", FACTCHECK_FETCH_ALLOWED_HOSTS="127.0.0.1")
    yield w.start()
    w.stop()


def test_a_real_worker_keeps_the_pages_of_evidence_links(snapshot_worker, claim, reviewer, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]  # the request's own URL check
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    client = APIClient()
    client.force_authenticate(reviewer)
    path = f"/api/claims/{claim.pk}/evidence/"
    busy = iter([Route(503, b"<html>busy</html>")])
    with Site() as site:
        site.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        site.routes["/busy"] = lambda handler: next(busy, Route(body=page("harbour_budget.html")))
        site.routes["/jump"] = Route(
            302, b"", headers={"Location": "http://169.254.169.254/latest/meta-data"}
        )

        kept = client.post(path, {"stance": "contradicts", "url": site.url("/news/harbour")}, format="json")
        assert kept.status_code == 201 and kept.json()["snapshot"]["state"] == "pending"
        record = wait_snapshot(kept.json()["id"])
        assert record.snapshot_state == "done", record.snapshot_error
        assert record.snapshot.sha256 == hashlib.sha256(page("harbour_budget.html")).hexdigest()
        assert "harbour" in record.snapshot_text.lower()
        snapshot = client.get(f"{path}{record.pk}/").json()["snapshot"]
        assert snapshot["state"] == "done" and snapshot["file"]["sha256"] == record.snapshot.sha256

        refused = client.post(path, {"stance": "context", "url": site.url("/jump")}, format="json").json()
        record = wait_snapshot(refused["id"])
        assert record.snapshot_state == "failed" and "169.254.169.254" in record.snapshot_error

        retried = client.post(path, {"stance": "supports", "url": site.url("/busy")}, format="json").json()
        record = wait_snapshot(retried["id"], timeout=90)
        assert record.snapshot_state == "done", record.snapshot_error
        assert record.snapshot_attempts == 2
        assert [p for p, _ in site.requests].count("/busy") == 2
    assert ClaimEvent.objects.filter(claim=claim, action="evidence_snapshot").count() == 2
    assert ClaimEvent.objects.filter(claim=claim, action="evidence_snapshot_failed").count() == 1
    assert "snapshot_evidence" in snapshot_worker.log.read_text()
