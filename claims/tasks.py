"""Celery tasks: ids in, a service call, nothing else. Safe to run twice."""

from __future__ import annotations

import random

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings
from django.db import InterfaceError, OperationalError

from claims import services
from claims.corroboration import TransientProviderError
from claims.services.evidence import (
    TransientSnapshotError,
    evidence_snapshot,
    evidence_snapshot_give_up,
    snapshot_sweep,
)
from claims.services.feeds import feed_poll, feeds_poll_due
from claims.services.ingest import TransientFetchError, article_fetch, article_fetch_give_up, fetch_sweep
from claims.services.refetch import TransientRefetchError, article_refetch_give_up, article_refetch_run
from claims.services.scoring import (
    TransientScoringError,
    article_refine_scores,
    scorers_warm_up,
    scores_refine_sweep,
)
from claims.services.splitting import article_split, split_sweep


@worker_process_init.connect
def _warm_up_scorers(**_kwargs) -> None:
    """The process that runs a worker's tasks loads its scorers as it starts, not in its first
    task: each child of a prefork worker (after the fork: an onnxruntime session does not
    survive one), the worker itself with the solo pool (which sends this signal too)."""
    scorers_warm_up()


TRANSIENT = (TransientProviderError, OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def corroborate_claim(claim_id: int) -> str:
    return services.claim_corroborate(claim_id=claim_id)


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def corroborate_article(article_id: int) -> dict[str, int]:
    """Every pending claim of a new article (one message per submit, not one per claim)."""
    return services.article_corroborate(article_id=article_id)


@shared_task(ignore_result=True)
def sweep_corroboration() -> int:
    return services.corroboration_sweep()


@shared_task(
    bind=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=5,
)
def deliver_webhook(self, delivery_id: int) -> str:
    """One attempt; the delivery row decides whether and when to try again (attempts cap)."""
    outcome = services.webhook_deliver(delivery_id=delivery_id)
    # In process (the embedded demo) a retry would block the request that approved the claim;
    # the delivery stays pending with its next attempt time for the sweeper instead.
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in, max_retries=None)
    return outcome.status


@shared_task(ignore_result=True)
def sweep_webhooks() -> int:
    return services.webhook_sweep()


@shared_task(
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=3,
    soft_time_limit=settings.FACTCHECK_EXPORT_TIME_LIMIT - 60,
    time_limit=settings.FACTCHECK_EXPORT_TIME_LIMIT,
)
def run_export(job_id: int) -> str:
    return services.export_run(job_id=job_id)


@shared_task(ignore_result=True)
def sweep_exports() -> int:
    return services.export_sweep()


@shared_task(
    autoretry_for=(TransientScoringError, OperationalError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def refine_scores(article_id: int) -> str:
    """Re-score an article's claims with FACTCHECK_REFINE_SCORER (idempotent)."""
    return article_refine_scores(article_id=article_id)


@shared_task(ignore_result=True)
def sweep_refinement() -> int:
    return scores_refine_sweep()


# Tasks that fetch a page (an article, again, or an evidence link): time-outs and 5xx come back
# as the service's transient error and are retried with backoff and jitter up to
# FACTCHECK_FETCH_MAX_ATTEMPTS, then the work fails with the last reason. In process (the embedded
# demo) a retry would hold the request and there is no beat to send it again: it fails at once
# with the reason, and trying again is one click.
FETCHING = {
    "bind": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 5,
    "retry_jitter": True,
    "max_retries": 5,
}


def _fetching(task, run, give_up, transient: type[Exception], **ids) -> str:
    try:
        return run(**ids)
    except transient as exc:
        if task.request.is_eager or task.request.retries + 1 >= settings.FACTCHECK_FETCH_MAX_ATTEMPTS:
            return give_up(**ids, reason=str(exc))
        countdown = min(600, 10 * 2**task.request.retries) * random.uniform(0.5, 1.0)  # noqa: S311
        raise task.retry(countdown=countdown, max_retries=None) from exc


@shared_task(**FETCHING)
def fetch_article(self, article_id: int) -> str:
    """Fetch an article submitted by URL."""
    return _fetching(self, article_fetch, article_fetch_give_up, TransientFetchError, article_id=article_id)


@shared_task(**FETCHING)
def refetch_article(self, article_id: int) -> str:
    """Fetch a ready article's page again and apply what changed."""
    return _fetching(
        self, article_refetch_run, article_refetch_give_up, TransientRefetchError, article_id=article_id
    )


@shared_task(ignore_result=True)
def sweep_fact_check_library() -> int:
    """The "Checked before?" library follows the desk's approvals even when an update was lost."""
    from claims.services.fact_checks import fact_check_library_sweep

    return fact_check_library_sweep()


@shared_task(ignore_result=True)
def fold_claim_counts() -> int | None:
    """Fold the dashboard's count rows (appended by triggers) into one row per key."""
    from claims.services.counts import claim_counts_fold

    return claim_counts_fold()


@shared_task(ignore_result=True)
def sweep_fetches() -> int:
    """Fetches of articles by URL, splits of long articles and evidence snapshots left waiting
    or running too long."""
    return fetch_sweep() + split_sweep() + snapshot_sweep()


@shared_task(**FETCHING)
def snapshot_evidence(self, evidence_id: int) -> str:
    """Keep a copy of an evidence link."""
    return _fetching(
        self, evidence_snapshot, evidence_snapshot_give_up, TransientSnapshotError, evidence_id=evidence_id
    )


@shared_task(
    ignore_result=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=5,
)
def split_article(article_id: int) -> str:
    """Split a long article into claims (idempotent; the sweeper re-sends a lost one)."""
    return article_split(article_id=article_id)


@shared_task(
    autoretry_for=(OperationalError, InterfaceError), retry_backoff=5, retry_jitter=True, max_retries=3
)
def poll_feed(feed_id: int) -> str:
    """Poll one feed; its failures are the feed's own back-off (next_poll_at), not retries."""
    return feed_poll(feed_id=feed_id)


@shared_task(ignore_result=True)
def poll_due_feeds() -> int:
    return feeds_poll_due()
