"""Handing work to the broker without ever failing the write that caused it."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def publish_each(task, ids: list[int], what: str) -> int:
    """Send ``task`` once per id. Returns how many were sent.

    A broker that is down costs a bounded wait (the publish retry policy) and a log line; the
    rows stay pending in PostgreSQL and beat's sweeper sends them later. Stops at the first
    failure: the rest would fail the same way.
    """
    sent = 0
    for item_id in ids:
        try:
            task.delay(item_id)
            sent += 1
        except Exception as exc:  # the broker's errors vary by transport
            log.warning("Could not enqueue %d %s; the sweeper will retry: %s", len(ids) - sent, what, exc)
            break
    return sent
