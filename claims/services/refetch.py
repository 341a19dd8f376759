"""Fetching a ready article's page again: its text may have changed since it was stored.

The article stays ready and usable while the worker fetches (``refetch_requested_at`` set; a
lease in ``refetch_started_at``, as for first fetches). An unchanged page changes nothing but
the time it was checked. A changed page keeps the old text as an :class:`ArticleVersion` and
moves the claims: a claim whose sentence is still in the new text gets its new offsets, one
whose sentence is gone stays (it may have a verdict) marked as gone with that version, one gone
earlier whose sentence is back is in the text again, and the new text's other sentences become
new claims. Every moved, gone or returning claim has a history event; the version records
which claims moved, went and came. The sweeper re-sends a re-fetch a lost worker left.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from claims.errors import Conflict
from claims.extraction import extract_claims
from claims.extraction.realign import OldSpan, overlaps, realign
from claims.ingest import FetchError, fetch_page
from claims.ingest.extract import extract_article
from claims.models import Article, ArticleVersion, Claim, ClaimEvent
from claims.textnorm import body_hash, clean_body
from claims.workflow import Event

from .articles import article_store_claims
from .leases import Lease, lease_stale, lease_take
from .publishing import publish_each

log = logging.getLogger(__name__)

READY = Article.Status.READY


class TransientRefetchError(Exception):
    """The page could not be fetched for a reason that may pass: retry later."""


def refetch_publish(*, article_ids: list[int]) -> int:
    from claims.tasks import refetch_article

    return publish_each(refetch_article, article_ids, "article re-fetch task(s)")


def article_refetch_ready(*, article: Article, actor) -> Article:
    """Ask for a ready article's page again (the caller checked who may)."""
    now = timezone.now()
    asked = (
        Article.objects.filter(pk=article.pk, status=READY, refetch_requested_at__isnull=True)
        .exclude(fetch_url="")
        .update(
            refetch_requested_at=now,
            refetch_started_at=None,
            refetch_attempts=0,
            refetch_error="",
            refetch_requested_by=actor,
        )
    )
    if not asked:
        raise Conflict("The page is being fetched again already.")
    transaction.on_commit(lambda: refetch_publish(article_ids=[article.pk]), robust=True)
    article.refresh_from_db()
    return article


REFETCH = Lease("refetch_requested_at", "refetch_started_at", "refetch_attempts")


def _claim_work(article_id: int) -> bool:
    return lease_take(
        Article.objects.filter(pk=article_id, status=READY, refetch_requested_at__isnull=False), REFETCH
    )


def _finish(article_id: int, *, error: str = "", changed: bool | None = None) -> None:
    Article.objects.filter(pk=article_id, refetch_requested_at__isnull=False).update(
        refetch_requested_at=None,
        refetch_started_at=None,
        refetch_error=error[:2000],
        refetched_at=timezone.now(),
        refetch_changed=changed,
    )


def article_refetch_give_up(*, article_id: int, reason: str) -> str:
    _finish(article_id, error=reason)
    return "failed"


def article_refetch_run(*, article_id: int) -> str:
    """Fetch the page again and apply what changed. Returns "unchanged", "changed", "failed"
    or "skipped"; raises :class:`TransientRefetchError` when trying again later may work."""
    from .ingest import fetch_options

    if not _claim_work(article_id):
        return "skipped"
    article = Article.objects.get(pk=article_id)
    if article.refetch_attempts > settings.FACTCHECK_FETCH_MAX_ATTEMPTS:
        return article_refetch_give_up(
            article_id=article_id, reason=article.refetch_error or "Gave up after too many attempts."
        )
    try:
        page = fetch_page(article.fetch_url or article.url, fetch_options())
    except FetchError as exc:
        if exc.transient:
            Article.objects.filter(pk=article_id).update(refetch_started_at=None, refetch_error=exc.reason)
            raise TransientRefetchError(exc.reason) from exc
        return article_refetch_give_up(article_id=article_id, reason=exc.reason)
    try:
        found = extract_article(page.text, page.url)
    except Exception as exc:  # a parser bug on a hostile page must not leave the work running
        log.exception("Reading the page of article %s again failed", article_id)
        return article_refetch_give_up(
            article_id=article_id, reason=f"The page could not be read ({type(exc).__name__})."
        )
    body = clean_body(found.text)
    if not body:
        return article_refetch_give_up(article_id=article_id, reason="No article text was found on the page.")
    if len(body) > settings.FACTCHECK_MAX_BODY_CHARS:
        limit = settings.FACTCHECK_MAX_BODY_CHARS
        return article_refetch_give_up(
            article_id=article_id,
            reason=f"The article text has {len(body):,} characters; the limit is {limit:,}.",
        )
    content_hash = body_hash(body)
    if content_hash == article.content_hash:
        _finish(article_id, changed=False)
        return "unchanged"
    other = (
        Article.objects.filter(content_hash=content_hash).exclude(pk=article_id).only("id", "title").first()
    )
    if other is not None:
        return article_refetch_give_up(
            article_id=article_id,
            reason=f"The page's text is now the same as article #{other.pk} (“{other.title[:80]}”); "
            "the text here was kept.",
        )
    extraction = extract_claims(
        body, threshold=settings.FACTCHECK_CHECKWORTHY_THRESHOLD, scorer=settings.FACTCHECK_SCORER
    )
    try:
        with transaction.atomic():
            return _apply(article_id, body, content_hash, found, extraction)
    except IntegrityError:
        return article_refetch_give_up(
            article_id=article_id,
            reason="Another article took the same text meanwhile; the text here was kept.",
        )


def _apply(article_id: int, body: str, content_hash: str, found, extraction) -> str:
    row = (
        Article.objects.select_for_update()
        .filter(pk=article_id, status=READY, refetch_requested_at__isnull=False)
        .first()
    )
    if row is None:
        return "skipped"
    now = timezone.now()
    number = (row.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = ArticleVersion.objects.create(
        article=row,
        number=number,
        title=row.title,
        body=row.body,
        content_hash=row.content_hash,
        replaced_at=now,
        replaced_by_id=row.refetch_requested_by_id,
    )
    claims = list(row.claims.select_for_update().order_by("position"))
    current = [c for c in claims if c.gone_with_id is None]
    earlier = [c for c in claims if c.gone_with_id is not None]
    placements = realign(row.body, body, [OldSpan(c.pk, c.start, c.end, c.text) for c in current])
    changes, kept_spans, moved, gone = [], [], [], []
    for claim, place in zip(current, placements, strict=True):
        if place.gone:
            claim.gone_with = version
            gone.append(claim)
            changes.append(_change(claim, "gone", None))
            continue
        kept_spans.append((place.start, place.end))
        if place.start != claim.start:
            changes.append(_change(claim, "moved", place))
            _shift(claim, place.start - claim.start)
            moved.append(claim)
    # A sentence gone with an earlier version and in the text again (an edit undone) comes back,
    # verdict and history with it, rather than being found as a new claim.
    back = []
    spans = [OldSpan(c.pk, c.start, c.end, c.text) for c in earlier]
    for claim, place in zip(earlier, realign(row.body, body, spans, blocked=kept_spans), strict=True):
        if place.gone:
            continue
        # "from" is null: the sentence was not in the text this version keeps.
        changes.append({"claim": claim.pk, "change": "back", "from": None, "to": [place.start, place.end]})
        kept_spans.append((place.start, place.end))
        _shift(claim, place.start - claim.start)
        claim.gone_with = None
        back.append(claim)
    if moved or back:
        Claim.objects.bulk_update(
            [*moved, *back], ["start", "end", "quote_start", "quote_end", "signals", "gone_with"]
        )
    if gone:
        Claim.objects.bulk_update(gone, ["gone_with"])
    row.title = row.title or found.title or row.url
    row.body = body
    row.content_hash = content_hash
    row.language = extraction.language
    row.language_supported = extraction.scored
    row.refetch_requested_at = None
    row.refetch_started_at = None
    row.refetch_error = ""
    row.refetched_at = now
    row.refetch_changed = True
    row.save()
    fresh = [c for c in extraction.claims if not any(overlaps((c.start, c.end), s) for s in kept_spans)]
    last = row.claims.aggregate(p=Max("position"))["p"]
    # Only the sentences new to the article are stored; the rest are its claims, moved or kept.
    added = article_store_claims(row, replace(extraction, claims=fresh), now, first_position=(last or 0) + 1)
    changes += [{"claim": c.pk, "change": "new", "from": None, "to": [c.start, c.end]} for c in added]
    version.moved, version.gone, version.back, version.added = len(moved), len(gone), len(back), len(added)
    version.changes = changes
    version.save(update_fields=["moved", "gone", "back", "added", "changes"])
    ClaimEvent.objects.bulk_create(
        [
            ClaimEvent(
                claim=c,
                action=Event.TEXT_MOVED,
                note=f"The page was fetched again and its text changed: the sentence is now at "
                f"characters {c.start:,}–{c.end:,}. The earlier text is kept as version {number}.",
                at=now,
            )
            for c in moved
        ]
        + [
            ClaimEvent(
                claim=c,
                action=Event.TEXT_GONE,
                note=f"The page was fetched again and this sentence is no longer in it. The text it "
                f"was in is kept as version {number}.",
                at=now,
            )
            for c in gone
        ]
        + [
            ClaimEvent(
                claim=c,
                action=Event.TEXT_BACK,
                note=f"The page was fetched again and this sentence is in its text again, at "
                f"characters {c.start:,}–{c.end:,}. The text it was missing from is kept as version "
                f"{number}.",
                at=now,
            )
            for c in back
        ]
    )
    log.info(
        "Article %s fetched again: text changed; %d moved, %d gone, %d back, %d new",
        row.pk,
        len(moved),
        len(gone),
        len(back),
        len(added),
    )
    return "changed"


def _change(claim: Claim, change: str, place) -> dict:
    """One entry of a version's record, from the claim's offsets before they are shifted."""
    return {
        "claim": claim.pk,
        "change": change,
        "from": [claim.start, claim.end],
        "to": None if place is None else [place.start, place.end],
    }


def _shift(claim: Claim, delta: int) -> None:
    claim.start += delta
    claim.end += delta
    if claim.quote_start is not None:
        claim.quote_start += delta
    if claim.quote_end is not None:
        claim.quote_end += delta
    signals = []
    for signal in claim.signals or []:
        moved = dict(signal)
        for key in ("start", "end"):
            if isinstance(moved.get(key), int):
                moved[key] += delta
        signals.append(moved)
    claim.signals = signals


def refetch_sweep(*, now=None) -> int:
    """Send again the re-fetches left waiting or running too long."""
    ids = lease_stale(Article.objects.filter(status=READY, refetch_requested_at__isnull=False), REFETCH, now)
    return refetch_publish(article_ids=ids) if ids else 0
