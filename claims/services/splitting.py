"""Long articles: a body over FACTCHECK_SYNC_EXTRACT_MAX_CHARS is stored at once with status
*splitting* and split into claims by the worker, so the submit request stays fast whatever the
size (bench/long_articles.py measures where extraction stops being instant).

The work state lives in the article row, as for articles by URL (claims/services/ingest.py):
``status='splitting'`` with ``fetch_started_at`` unset waits for a worker; a worker claims it
with a conditional UPDATE, then writes the claims and ``status='ready'`` in one transaction
(under a row lock that re-checks the status, so the claims are written once), or
``status='failed'`` with ``fetch_error``. The fetch sweeper re-sends splits left waiting or
running too long.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.extraction import extract_claims
from claims.models import Article

from .articles import SubmitResult, article_store_claims
from .ingest import claim_article_work, stale_article_work
from .publishing import publish_each

log = logging.getLogger(__name__)

Split = Article.Status


def split_publish(*, article_ids: list[int]) -> int:
    from claims.tasks import split_article

    return publish_each(split_article, article_ids, "article split task(s)")


def article_store_for_splitting(fields: dict, existing: Callable[[], Article | None]) -> SubmitResult:
    """Store a long article now (no claims yet) and send it to the worker after the commit."""
    now = timezone.now()
    try:
        with transaction.atomic():
            article = Article.objects.create(
                **fields, status=Split.SPLITTING, fetch_requested_at=now, created_at=now
            )
            transaction.on_commit(lambda: split_publish(article_ids=[article.pk]), robust=True)
    except IntegrityError:
        # Another request stored the same article between our look-up and our insert.
        found = existing()
        if found is None:
            raise
        return SubmitResult(found, False)
    return SubmitResult(article, True)


def article_split(*, article_id: int) -> str:
    """Split a long article into claims. Idempotent: returns the article's status afterwards, or
    "skipped" when it is not splitting or another worker has it."""
    if not claim_article_work(article_id, Split.SPLITTING):
        return "skipped"
    article = Article.objects.get(pk=article_id)
    if article.fetch_attempts > settings.FACTCHECK_FETCH_MAX_ATTEMPTS:
        return _fail(article_id, "Splitting it into claims failed too many times.")
    try:
        extraction = extract_claims(
            article.body,
            threshold=settings.FACTCHECK_CHECKWORTHY_THRESHOLD,
            scorer=settings.FACTCHECK_SCORER,
            title=article.title,
        )
    except Exception as exc:  # a bug on one text must not leave the article splitting forever
        log.exception("Splitting article %s failed", article_id)
        return _fail(article_id, f"The text could not be split into claims ({type(exc).__name__}).")
    now = timezone.now()
    with transaction.atomic():
        row = Article.objects.select_for_update().filter(pk=article_id, status=Split.SPLITTING).first()
        if row is None:
            return "skipped"
        row.language = extraction.language
        row.language_supported = extraction.scored
        row.status = Split.READY
        row.fetch_error = ""
        row.fetch_started_at = None
        row.save(
            update_fields=["language", "language_supported", "status", "fetch_error", "fetch_started_at"]
        )
        claims = article_store_claims(row, extraction, now)
    log.info("Split article %s: %d claim(s)", article_id, len(claims))
    return Split.READY


def _fail(article_id: int, reason: str) -> str:
    Article.objects.filter(pk=article_id, status=Split.SPLITTING).update(
        status=Split.FAILED, fetch_error=reason[:2000], fetch_started_at=None
    )
    return Split.FAILED


def split_sweep(*, now=None) -> int:
    """Send again every split left waiting or running too long. Returns how many were sent."""
    ids = stale_article_work(Split.SPLITTING, now or timezone.now())
    return split_publish(article_ids=ids) if ids else 0
