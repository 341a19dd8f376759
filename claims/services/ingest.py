"""Articles by URL: store the article at once (status *fetching*), fetch its page in the worker,
then store its text and claims the usual way.

The work state lives in the article row, not in the broker: ``status='fetching'`` with
``fetch_started_at`` unset waits for a worker; a worker claims it with a conditional UPDATE
(``fetch_started_at`` set, ``fetch_attempts`` + 1), then the article becomes ``ready``,
``failed`` (with ``fetch_error``) or ``duplicate`` (``duplicate_of``: the page is an article
already stored). The sweeper re-sends fetches left waiting or running too long.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.errors import Conflict, NotAllowed, ValidationFailed
from claims.extraction import extract_claims
from claims.ingest import FetchError, FetchOptions, check_url, fetch_page
from claims.ingest.extract import extract_article
from claims.models import Article
from claims.permissions import SUBMIT, is_editor, user_can
from claims.textnorm import body_hash, clean_body, url_key

from .articles import SubmitResult, article_store_claims
from .leases import Lease, lease_stale, lease_take
from .publishing import publish_each

log = logging.getLogger(__name__)

Fetch = Article.Status


class TransientFetchError(Exception):
    """The page could not be fetched for a reason that may pass (time-out, 5xx): retry later."""


def fetch_options() -> FetchOptions:
    return FetchOptions(
        connect_timeout=settings.FACTCHECK_FETCH_CONNECT_TIMEOUT,
        read_timeout=settings.FACTCHECK_FETCH_READ_TIMEOUT,
        total_timeout=settings.FACTCHECK_FETCH_TOTAL_TIMEOUT,
        max_bytes=settings.FACTCHECK_FETCH_MAX_BYTES,
        max_redirects=settings.FACTCHECK_FETCH_MAX_REDIRECTS,
        allowed_hosts=tuple(settings.FACTCHECK_FETCH_ALLOWED_HOSTS),
        user_agent=settings.FACTCHECK_FETCH_USER_AGENT,
    )


def url_refusal(url: str) -> str | None:
    """Why the fetcher would never fetch ``url`` (checked before anything is stored: an article,
    a feed or an evidence link), or None. No DNS look-up here: the fetch checks the addresses."""
    try:
        check_url(url, settings.FACTCHECK_FETCH_ALLOWED_HOSTS)
    except FetchError as exc:
        return exc.reason
    return None


def fetch_publish(*, article_ids: list[int]) -> int:
    from claims.tasks import fetch_article

    return publish_each(fetch_article, article_ids, "article fetch task(s)")


def article_submit_url(
    *,
    submitted_by,
    url: str,
    title: str = "",
    publisher: str = "",
    author: str = "",
    published_at: datetime | None = None,
) -> SubmitResult:
    """Store an article to be fetched from ``url`` (or return the one stored for that URL).

    What the submitter gives (title, publisher, author, date) is kept over what the page says.
    The fetch is enqueued after the commit.
    """
    if submitted_by is not None and not user_can(submitted_by, SUBMIT):
        raise NotAllowed("Your account may not submit articles.")
    url = (url or "").strip()
    refusal = url_refusal(url)
    if refusal:
        raise ValidationFailed(refusal, field_errors={"url": [refusal]})
    key = url_key(url)
    existing = _stored_for(key)
    if existing is not None:
        return SubmitResult(existing, False)
    now = timezone.now()
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=" ".join((title or "").split())[:500],
                body="",
                url=url,
                url_key=key,
                fetch_url=url,
                fetch_url_key=key,
                publisher=publisher or "",
                author=author or "",
                published_at=published_at,
                submitted_by=submitted_by,
                content_hash="",
                status=Fetch.FETCHING,
                fetch_requested_at=now,
                created_at=now,
            )
            transaction.on_commit(lambda: fetch_publish(article_ids=[article.pk]), robust=True)
    except IntegrityError:
        existing = _stored_for(key)
        if existing is None:
            raise
        return SubmitResult(existing, False)
    return SubmitResult(article, True)


def _stored_for(key: str) -> Article | None:
    """The article stored for a URL key: by its canonical URL or by the address it was fetched
    from; for a page that turned out to be a duplicate, the article it duplicates."""
    found = (
        Article.objects.filter(Q(url_key=key) | Q(fetch_url_key=key))
        .select_related("duplicate_of")
        .order_by("id")
    )
    for article in found:
        if article.status != Fetch.DUPLICATE:
            return article
        if article.duplicate_of is not None:
            return article.duplicate_of
    return None


def article_refetch(*, article_id: int, actor) -> Article:
    """Fetch an article's page again (its submitter or an editor): a failed fetch is tried
    again; a ready article's page is checked for changes (claims/services/refetch.py)."""
    from .refetch import article_refetch_ready

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise Article.DoesNotExist("No such article.")
    if not _may_fetch_again(actor, article):
        raise NotAllowed("Only the article's submitter or an editor can fetch it again.")
    if article.status == Fetch.READY and article.fetch_url:
        return article_refetch_ready(article=article, actor=actor)
    if article.status == Fetch.FAILED and not article.fetch_url and article.body:
        return _split_again(article)
    updated = (
        Article.objects.filter(pk=article_id, status=Fetch.FAILED)
        .exclude(fetch_url="")
        .update(
            status=Fetch.FETCHING,
            fetch_error="",
            fetch_attempts=0,
            fetch_started_at=None,
            fetch_requested_at=timezone.now(),
        )
    )
    if not updated:
        raise Conflict(
            "Only an article submitted by URL, ready or failed, can be fetched again; this one is "
            f"{article.get_status_display().lower()}"
            + ("." if article.fetch_url else " and was not submitted by URL.")
        )
    transaction.on_commit(lambda: fetch_publish(article_ids=[article_id]), robust=True)
    article.refresh_from_db()
    return article


def _split_again(article: Article) -> Article:
    """A long pasted article whose split failed goes back to the worker (the same button)."""
    from .splitting import split_publish

    updated = Article.objects.filter(pk=article.pk, status=Fetch.FAILED, fetch_url="").update(
        status=Fetch.SPLITTING,
        fetch_error="",
        fetch_attempts=0,
        fetch_started_at=None,
        fetch_requested_at=timezone.now(),
    )
    if not updated:
        raise Conflict("The article is being split already.")
    transaction.on_commit(lambda: split_publish(article_ids=[article.pk]), robust=True)
    article.refresh_from_db()
    return article


def may_refetch(user, article: Article) -> bool:
    """The one rule for the "Fetch again" button and the API: an article submitted by URL whose
    fetch failed, or that is ready and not being fetched again already, by its submitter (who may
    still submit) or an editor."""
    if article.status == Fetch.FAILED and not article.fetch_url:
        return bool(article.body) and _may_fetch_again(user, article)  # a failed split
    again = article.status == Fetch.FAILED or (
        article.status == Fetch.READY and article.refetch_requested_at is None
    )
    return again and bool(article.fetch_url) and _may_fetch_again(user, article)


def _may_fetch_again(user, article: Article) -> bool:
    if not user_can(user, SUBMIT):
        return False
    return is_editor(user) or (article.submitted_by_id is not None and article.submitted_by_id == user.pk)


ARTICLE_WORK = Lease("fetch_requested_at", "fetch_started_at", "fetch_attempts")


def claim_article_work(article_id: int, status: str) -> bool:
    """Mark an article's work (a fetch, or a split: ``status``) as running if no live worker has
    it, by a conditional UPDATE. True if this worker won."""
    return lease_take(Article.objects.filter(pk=article_id, status=status), ARTICLE_WORK)


def stale_article_work(status: str, now) -> list[int]:
    """Articles whose work (``status``: fetching or splitting) waited or ran too long, marked as
    requested again now; the sweepers send them to the worker again."""
    return lease_stale(Article.objects.filter(status=status), ARTICLE_WORK, now)


def article_fetch(*, article_id: int) -> str:
    """Fetch the page of an article submitted by URL, store its text and claims. Idempotent.

    Returns the article's status afterwards, or "skipped" (not fetching, or another worker has
    it). Raises :class:`TransientFetchError` (the fetch is handed back) when trying again later
    may work; the caller decides whether to retry or to give up (:func:`article_fetch_give_up`).
    """
    if not claim_article_work(article_id, Fetch.FETCHING):
        return "skipped"
    article = Article.objects.get(pk=article_id)
    if article.fetch_attempts > settings.FACTCHECK_FETCH_MAX_ATTEMPTS:
        return _fail(article_id, article.fetch_error or "Gave up after too many attempts.")
    try:
        page = fetch_page(article.fetch_url or article.url, fetch_options())
    except FetchError as exc:
        if exc.transient:
            Article.objects.filter(pk=article_id, status=Fetch.FETCHING).update(
                fetch_started_at=None, fetch_error=exc.reason
            )
            raise TransientFetchError(exc.reason) from exc
        return _fail(article_id, exc.reason)
    try:
        found = extract_article(page.text, page.url)
    except Exception as exc:  # a parser bug on a hostile page must not leave the fetch running
        log.exception("Reading the page of article %s failed", article_id)
        return _fail(article_id, f"The page could not be read ({type(exc).__name__}).")
    body = clean_body(found.text)
    if not body:
        return _fail(article_id, "No article text was found on the page.")
    limit = settings.FACTCHECK_MAX_BODY_CHARS
    if len(body) > limit:
        return _fail(article_id, f"The article text has {len(body):,} characters; the limit is {limit:,}.")
    return _store(article, page.url, found, body)


def _store(article: Article, final_url: str, found, body: str) -> str:
    canonical = found.canonical_url or final_url
    key = url_key(canonical) or article.url_key
    content_hash = body_hash(body)
    title = article.title or found.title or canonical
    duplicate = _same_article(article.pk, key, content_hash)
    if duplicate is not None:
        return _mark_duplicate(article.pk, duplicate)
    extraction = extract_claims(
        body, threshold=settings.FACTCHECK_CHECKWORTHY_THRESHOLD, scorer=settings.FACTCHECK_SCORER
    )
    now = timezone.now()
    try:
        with transaction.atomic():
            row = Article.objects.select_for_update().filter(pk=article.pk, status=Fetch.FETCHING).first()
            if row is None:
                return "skipped"
            row.title = title[:500]
            row.body = body
            row.url = canonical
            row.url_key = key
            row.content_hash = content_hash
            row.author = row.author or found.author
            row.publisher = row.publisher or found.publisher
            row.published_at = row.published_at or found.published_at
            row.language = extraction.language
            row.language_supported = extraction.scored
            row.status = Fetch.READY
            row.fetch_error = ""
            row.fetch_started_at = None
            row.save()
            article_store_claims(row, extraction, now)
    except IntegrityError:
        # Another article took this URL or text between our look-up and our write.
        duplicate = _same_article(article.pk, key, content_hash)
        if duplicate is None:
            raise
        return _mark_duplicate(article.pk, duplicate)
    log.info("Fetched article %s from %s: %d claim(s)", article.pk, final_url, len(extraction.claims))
    return Fetch.READY


def _same_article(article_id: int, key: str, content_hash: str) -> Article | None:
    condition = Q(content_hash=content_hash)
    if key:
        condition |= Q(url_key=key)
    return (
        Article.objects.filter(condition)
        .exclude(pk=article_id)
        .exclude(status=Fetch.DUPLICATE)
        .order_by("id")
        .first()
    )


def _mark_duplicate(article_id: int, existing: Article) -> str:
    Article.objects.filter(pk=article_id, status=Fetch.FETCHING).update(
        status=Fetch.DUPLICATE,
        duplicate_of=existing,
        fetch_started_at=None,
        fetch_error="",
        # The fetching row gives its URL key up, so the URL leads to the stored article.
        url_key="",
    )
    return Fetch.DUPLICATE


def _fail(article_id: int, reason: str) -> str:
    Article.objects.filter(pk=article_id, status=Fetch.FETCHING).update(
        status=Fetch.FAILED, fetch_error=reason[:2000], fetch_started_at=None
    )
    return Fetch.FAILED


def article_fetch_give_up(*, article_id: int, reason: str) -> str:
    """No more retries: the fetch fails with the last reason (an editor can fetch it again)."""
    return _fail(article_id, reason)


def fetch_sweep(*, now=None) -> int:
    """Send again every fetch left waiting or running too long. Returns how many were sent."""
    from .refetch import refetch_sweep

    now = now or timezone.now()
    ids = stale_article_work(Fetch.FETCHING, now)
    return (fetch_publish(article_ids=ids) if ids else 0) + refetch_sweep(now=now)
