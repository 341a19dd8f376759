"""Webhooks on the real stack: approve over PostgreSQL, publish over Redis, a Celery worker in
its own process POSTs to a real local HTTP server, retrying a failing receiver."""

from __future__ import annotations

import time

import pytest

from claims import services
from claims.models import WebhookDelivery
from tests.receiver import Receiver

from .conftest import Worker

pytestmark = pytest.mark.integration

SECRET = "integration-secret-0123456789abcdef"


def approve(claim, reviewer, editor):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claim.pk,
        actor=reviewer,
        verdict="false",
        rationale="The register shows 12.",
        version=taken.version,
    )
    return services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)


def wait_for(predicate, timeout: float = 60.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"not done after {timeout}s")


@pytest.fixture(autouse=True)
def _allow_local_receivers(settings):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True  # the receiver listens on 127.0.0.1


def test_a_real_worker_delivers_a_signed_claim_approved(worker, claim, reviewer, editor):
    worker.start()
    with Receiver() as receiver:
        subscription = services.webhook_subscription_create(
            actor=editor, url=receiver.url, events=["claim.approved"], secret=SECRET
        )
        t0 = time.monotonic()
        approve(claim, reviewer, editor)
        wait_for(lambda: WebhookDelivery.objects.filter(status="delivered").exists())
        elapsed = time.monotonic() - t0
    print(f"\napprove → webhook delivered by a real worker: {elapsed:.2f}s")
    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    assert request.signature_ok(SECRET)
    assert request.headers["X-Factcheck-Event"] == "claim.approved"
    assert request.json["claim"]["id"] == claim.pk
    assert request.json["claim"]["claimreview"]["@type"] == "ClaimReview"
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    assert delivery.attempts == 1 and delivery.response_status == 200
    assert "deliver_webhook" in worker.log.read_text()


def test_a_real_worker_retries_a_failing_receiver_with_backoff(
    celery_queue, tmp_path, claim, reviewer, editor
):
    worker = Worker(
        celery_queue,
        tmp_path / "worker.log",
        FACTCHECK_WEBHOOK_BACKOFF_SECONDS="0.4",
        FACTCHECK_WEBHOOK_ALLOW_PRIVATE="1",
    )
    worker.start()
    try:
        with Receiver([500, 503, 200]) as receiver:
            services.webhook_subscription_create(
                actor=editor, url=receiver.url, events=["claim.approved"], secret=SECRET
            )
            approve(claim, reviewer, editor)
            wait_for(lambda: WebhookDelivery.objects.filter(status="delivered").exists())
    finally:
        worker.stop()
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 3 and [a["status"] for a in delivery.attempt_log] == [500, 503, 200]
    assert len(receiver.requests) == 3 and all(r.signature_ok(SECRET) for r in receiver.requests)
    # Backoff: 0.4·2^(n-1) with jitter over the upper half, so at least 0.2 s then 0.4 s.
    from datetime import datetime

    times = [datetime.fromisoformat(a["at"]) for a in delivery.attempt_log]
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    print(f"\nretry gaps on a real worker: {[round(g, 2) for g in gaps]}")
    assert gaps[0] >= 0.2 and gaps[1] >= 0.4


def test_the_last_two_claims_done_at_once_complete_the_article_exactly_once(
    real_services, submitter, editor, editor2, settings
):
    """Two editors dismiss an article's last two open claims at the same moment: the article
    lock makes exactly one of them see the article complete, round after round."""
    from .test_concurrency import run_together

    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 1
    body = " ".join(f"In {2000 + i} the port handled {10 + i} million tonnes." for i in range(6))
    article = services.article_submit(submitted_by=submitter, title="Port", body=body).article
    claims = list(article.claims.order_by("position"))
    *others, last_a, last_b = claims
    with Receiver() as receiver:
        services.webhook_subscription_create(
            actor=editor, url=receiver.url, events=["article.completed"], secret=SECRET
        )
        services.claims_bulk(actor=editor, action="dismiss", ids=[c.pk for c in others], reason="opinion")
        for round_ in range(1, 6):
            results = run_together(
                2,
                lambda i: services.claim_dismiss(
                    claim_id=(last_a, last_b)[i].pk, actor=(editor, editor2)[i], reason="opinion"
                ),
            )
            assert not [r for r in results if isinstance(r, Exception)], results
            assert WebhookDelivery.objects.filter(event="article.completed").count() == round_
            for claim in (last_a, last_b):
                services.claim_restore(claim_id=claim.pk, actor=editor)
    assert len({d.event_id for d in WebhookDelivery.objects.all()}) == 5
