"""Work whose state lives in its own row (an article's fetch or split, a re-fetch, an evidence
snapshot): one place for how a worker takes it and how the sweeper finds what was left.

A row waits with its "requested" time set and no "started" time; a worker takes it with a
conditional UPDATE that sets "started" (a lease) and counts the attempt, so two workers never
both run it; a lease older than the task's time limit belonged to a worker that died and may be
taken again. The sweeper sends again what waited longer than FACTCHECK_FETCH_STALE_SECONDS or
ran past the time limit, and moves its "requested" time on so the next sweep leaves it alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.utils import timezone

SWEEP_BATCH = 500


@dataclass(frozen=True)
class Lease:
    """The names of a kind of work's three fields."""

    requested: str
    started: str
    attempts: str


def lease_take(rows: QuerySet, lease: Lease) -> bool:
    """Take the work of the row ``rows`` selects (already filtered to "waiting for work" and one
    primary key) if no live worker has it. True if this worker won."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    free = Q(**{f"{lease.started}__isnull": True}) | Q(**{f"{lease.started}__lt": stale})
    won = rows.filter(free).update(**{lease.started: now, lease.attempts: F(lease.attempts) + 1})
    return won == 1


def lease_stale(rows: QuerySet, lease: Lease, now=None) -> list[int]:
    """The primary keys of the rows of ``rows`` (those with work asked for) that waited or ran
    too long, oldest first, marked as requested again now."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.FACTCHECK_FETCH_STALE_SECONDS)
    running_cutoff = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    waiting = Q(**{f"{lease.started}__isnull": True})
    ids = list(
        rows.filter(
            (waiting & Q(**{f"{lease.requested}__lt": cutoff}))
            | (waiting & Q(**{f"{lease.requested}__isnull": True}))
            | Q(**{f"{lease.started}__lt": running_cutoff})
        )
        .order_by(lease.requested)
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    if ids:
        rows.filter(pk__in=ids).update(**{lease.requested: now})
    return ids
