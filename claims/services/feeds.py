"""Feeds: editors subscribe RSS/Atom feeds; each new item becomes an article by URL.

State lives in PostgreSQL: beat's :func:`feeds_poll_due` sends one poll task per active feed
whose ``next_poll_at`` has passed (stamping ``poll_requested_at`` so a queued poll is not sent
again); the worker claims the poll with a conditional UPDATE (``poll_started_at``), so two
workers never poll one feed at once. The feed is fetched through the one safe fetcher with a
conditional request (ETag / Last-Modified; 304 costs nothing), parsed by feedparser from the
bytes, and each item not seen before (unique by guid, then by URL, per feed) is recorded once
and handed to :func:`claims.services.ingest.article_submit_url`, which fetches the page and
extracts its claims. A failing feed waits its interval doubled per failure (capped), and shows
its last error.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.errors import Conflict, NotAllowed, ValidationFailed
from claims.ingest import FetchError, fetch_page
from claims.ingest.feeds import FeedEntry, FeedParseError, backoff_seconds, keywords, matches, parse_feed
from claims.ingest.fetch import FEED_TYPES
from claims.models import Feed, FeedItem
from claims.permissions import MANAGE_FEEDS, user_can
from claims.textnorm import url_key

from .ingest import article_submit_url, fetch_options, url_refusal
from .publishing import publish_each

log = logging.getLogger(__name__)

Item = FeedItem.State
MAX_INTERVAL_MINUTES = 7 * 24 * 60
_EDITABLE = ("url", "publisher", "keywords", "poll_interval_minutes", "active")


def _require_manager(actor) -> None:
    if actor is not None and not user_can(actor, MANAGE_FEEDS):
        raise NotAllowed("Only editors manage feeds.")


def _clean(fields: dict, *, creating: bool, feed_id: int | None = None) -> dict:
    """Check what an editor gives; raise ValidationFailed with a message per field."""
    errors: dict[str, list[str]] = {}
    out = dict(fields)
    if "url" in fields or creating:
        url = (fields.get("url") or "").strip()
        if not url:
            errors["url"] = ["Give the feed's address."]
        elif len(url) > 2000:
            errors["url"] = ["The address is too long (2,000 characters at most)."]
        else:
            refusal = url_refusal(url)
            if refusal:
                errors["url"] = [refusal]
            else:
                key = url_key(url)
                taken = Feed.objects.filter(url_key=key).exclude(pk=feed_id).first()
                if taken is not None:
                    errors["url"] = [f"This feed is already followed (publisher: {taken.publisher})."]
                out["url"], out["url_key"] = url, key
    if "publisher" in fields or creating:
        publisher = " ".join((fields.get("publisher") or "").split())
        if not publisher:
            errors["publisher"] = ["Name the publisher whose articles this feed brings."]
        elif len(publisher) > 300:
            errors["publisher"] = ["The publisher's name is too long (300 characters at most)."]
        out["publisher"] = publisher
    if "keywords" in fields:
        words = keywords(fields.get("keywords") or "")
        text = ", ".join(words)
        if len(text) > 1000:
            errors["keywords"] = ["The keyword filter is too long (1,000 characters at most)."]
        out["keywords"] = text
    if "poll_interval_minutes" in fields:
        low = settings.FACTCHECK_FEED_MIN_INTERVAL_MINUTES
        value = fields.get("poll_interval_minutes")
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= MAX_INTERVAL_MINUTES:
            errors["poll_interval_minutes"] = [
                f"Poll every {low} to {MAX_INTERVAL_MINUTES:,} minutes (one week)."
            ]
    if errors:
        first = next(iter(errors.values()))[0]
        raise ValidationFailed(first, field_errors=errors)
    return out


def feed_create(
    *,
    actor,
    url: str,
    publisher: str,
    keywords: str = "",
    poll_interval_minutes: int = 15,
    active: bool = True,
) -> Feed:
    """Subscribe a feed; its first poll is sent after the commit."""
    _require_manager(actor)
    data = _clean(
        {
            "url": url,
            "publisher": publisher,
            "keywords": keywords,
            "poll_interval_minutes": poll_interval_minutes,
            "active": active,
        },
        creating=True,
    )
    now = timezone.now()
    try:
        with transaction.atomic():
            feed = Feed.objects.create(
                **{k: data[k] for k in (*_EDITABLE, "url_key")},
                created_by=actor if getattr(actor, "pk", None) else None,
                created_at=now,
                next_poll_at=now,
                poll_requested_at=now if active else None,
            )
            if active:
                transaction.on_commit(lambda: feeds_publish(feed_ids=[feed.pk]), robust=True)
    except IntegrityError:
        raise ValidationFailed(
            "This feed is already followed.", field_errors={"url": ["This feed is already followed."]}
        ) from None
    return feed


def feed_update(*, actor, feed_id: int, **fields) -> Feed:
    """Change a feed's address, publisher, keywords, interval or pause it (active)."""
    _require_manager(actor)
    fields = {k: v for k, v in fields.items() if k in _EDITABLE}
    data = _clean(fields, creating=False, feed_id=feed_id)
    try:
        with transaction.atomic():
            feed = Feed.objects.select_for_update().get(pk=feed_id)
            changed = [name for name in (*_EDITABLE, "url_key") if name in data]
            for name in changed:
                setattr(feed, name, data[name])
            if "url" in data:  # another address: its validators start afresh
                feed.etag = feed.last_modified = ""
                changed += ["etag", "last_modified"]
            if data.get("active") and feed.consecutive_failures:
                feed.next_poll_at = timezone.now()  # resumed: poll soon
                changed.append("next_poll_at")
            # Only what changed: a poll finishing meanwhile keeps its own fields.
            if changed:
                feed.save(update_fields=changed)
    except IntegrityError:
        raise ValidationFailed(
            "This feed is already followed.", field_errors={"url": ["This feed is already followed."]}
        ) from None
    return feed


def feed_delete(*, actor, feed_id: int) -> None:
    """Stop following a feed; the articles it brought in stay on the desk."""
    _require_manager(actor)
    Feed.objects.filter(pk=feed_id).delete()


def feed_poll_now(*, actor, feed_id: int) -> Feed:
    """Poll a feed at once (an editor's "Poll now"), whatever its schedule or back-off."""
    _require_manager(actor)
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None:
        raise Feed.DoesNotExist("No such feed.")
    if not feed.active:
        raise Conflict("The feed is paused; resume it first.")
    now = timezone.now()
    Feed.objects.filter(pk=feed_id).update(next_poll_at=now, poll_requested_at=now)
    transaction.on_commit(lambda: feeds_publish(feed_ids=[feed_id]), robust=True)
    feed.refresh_from_db()
    return feed


def feeds_publish(*, feed_ids: list[int]) -> int:
    from claims.tasks import poll_feed

    return publish_each(poll_feed, feed_ids, "feed poll task(s)")


def feeds_poll_due(*, now=None, limit: int = 500) -> int:
    """Beat: send a poll for each active feed due (and not already sent recently). Returns how
    many were sent. A poll lost with the broker is sent again once it is stale."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.FACTCHECK_FETCH_STALE_SECONDS)
    running = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    ids = list(
        Feed.objects.filter(active=True, next_poll_at__lte=now)
        .filter(Q(poll_requested_at__isnull=True) | Q(poll_requested_at__lt=stale))
        .filter(Q(poll_started_at__isnull=True) | Q(poll_started_at__lt=running))
        .order_by("next_poll_at")
        .values_list("pk", flat=True)[:limit]
    )
    if not ids:
        return 0
    Feed.objects.filter(pk__in=ids).update(poll_requested_at=now)
    return feeds_publish(feed_ids=ids)


def _claim_poll(feed_id: int, now) -> bool:
    """Mark the poll as running if the feed is due and no live worker has it."""
    running = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    won = Feed.objects.filter(
        Q(poll_started_at__isnull=True) | Q(poll_started_at__lt=running),
        pk=feed_id,
        active=True,
        next_poll_at__lte=now,
    ).update(poll_started_at=now)
    return won == 1


def feed_poll(*, feed_id: int) -> str:
    """Poll one feed (the worker's task). Idempotent: a feed not due, paused or being polled by
    another worker is "skipped". Returns "not_modified", "failed" or "polled"."""
    now = timezone.now()
    if not _claim_poll(feed_id, now):
        return "skipped"
    feed = Feed.objects.get(pk=feed_id)
    options = replace(
        fetch_options(),
        content_types=FEED_TYPES,
        expected="an RSS or Atom feed",
        accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
    )
    try:
        page = fetch_page(feed.url, options, etag=feed.etag, last_modified=feed.last_modified)
        if page.not_modified:
            _succeed(feed, now, page.etag, page.last_modified, "Not modified since the last poll.")
            return "not_modified"
        parsed = parse_feed(page.body, page.url)
    except FetchError as exc:
        return _failed(feed, now, exc.reason)
    except FeedParseError as exc:
        return _failed(feed, now, exc.reason)
    counts = feed_ingest_entries(feed, parsed.entries)
    summary = (
        ", ".join(f"{n} {Item(state).label.lower()}" for state, n in counts.items() if n) or "nothing new"
    )
    _succeed(
        feed,
        now,
        page.etag,
        page.last_modified,
        f"{len(parsed.entries)} item(s) read: {summary}.",
        parsed.title,
    )
    log.info("Polled feed %s: %s", feed_id, counts)
    return "polled"


def feed_ingest_entries(feed: Feed, entries: list[FeedEntry]) -> dict[str, int]:
    """Record each item not seen before (by guid, then URL) and hand its link to the article
    ingest. Safe beside another worker: the unique constraints decide who records an item."""
    counts = {state: 0 for state in Item.values}
    guids = {e.guid for e in entries}
    keys = {url_key(e.url) for e in entries if e.url} - {""}
    seen_guids = set(FeedItem.objects.filter(feed=feed, guid__in=guids).values_list("guid", flat=True))
    seen_keys = set(FeedItem.objects.filter(feed=feed, url_key__in=keys).values_list("url_key", flat=True))
    # Oldest first, so the desk's order follows the publisher's.
    for entry in reversed(entries):
        key = url_key(entry.url) if entry.url else ""
        if entry.guid in seen_guids or (key and key in seen_keys):
            continue
        seen_guids.add(entry.guid)
        if key:
            seen_keys.add(key)
        state = _ingest_one(feed, entry, key)
        if state:
            counts[state] += 1
    return counts


def _ingest_one(feed: Feed, entry: FeedEntry, key: str) -> str | None:
    item = FeedItem(
        feed=feed,
        guid=entry.guid,
        url=entry.url,
        url_key=key,
        title=entry.title,
        published_at=entry.published,
    )
    if not entry.url:
        item.state, item.reason = Item.SKIPPED, "The item has no link."
    elif not matches(feed.keywords, entry.title, entry.summary):
        item.state, item.reason = Item.SKIPPED, "No keyword of the filter in its title or summary."
    try:
        with transaction.atomic():
            if not item.state:
                try:
                    result = article_submit_url(
                        submitted_by=None,
                        url=entry.url,
                        title=entry.title,
                        publisher=feed.publisher,
                        published_at=entry.published,
                    )
                except ValidationFailed as exc:
                    item.state, item.reason = Item.FAILED, exc.message[:500]
                else:
                    item.article = result.article
                    item.state = Item.INGESTED if result.created else Item.DUPLICATE
            item.save()
    except IntegrityError:
        return None  # another worker recorded this item first
    return item.state


def _succeed(feed: Feed, now, etag: str, last_modified: str, outcome: str, title: str = "") -> None:
    fields = {
        "etag": etag,
        "last_modified": last_modified,
        "last_polled_at": now,
        "last_success_at": now,
        "last_outcome": outcome[:500],
        "consecutive_failures": 0,
        "last_error": "",
        "next_poll_at": now + timedelta(minutes=feed.poll_interval_minutes),
        "poll_started_at": None,
        "poll_requested_at": None,
    }
    if title:
        fields["title"] = title
    Feed.objects.filter(pk=feed.pk).update(**fields)


def _failed(feed: Feed, now, reason: str) -> str:
    failures = feed.consecutive_failures + 1
    wait = backoff_seconds(
        feed.poll_interval_minutes * 60, failures, settings.FACTCHECK_FEED_BACKOFF_MAX_MINUTES * 60
    )
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now,
        consecutive_failures=failures,
        last_error=reason[:2000],
        last_outcome=f"Failed ({failures} in a row); next try in {_human(wait)}."[:500],
        next_poll_at=now + timedelta(seconds=wait),
        poll_started_at=None,
        poll_requested_at=None,
    )
    log.info("Feed %s failed (%d in a row): %s", feed.pk, failures, reason)
    return "failed"


def _human(seconds: int) -> str:
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    hours = seconds / 3600
    return f"{hours:.0f} h" if hours >= 2 else f"{hours:.1f} h"
