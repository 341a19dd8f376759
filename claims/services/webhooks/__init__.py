"""Webhooks: tell subscribers when claims are approved or corrected and articles completed.

Deliveries are rows written in the same transaction as the claim's change, so an event exists
exactly when the change committed; the task that sends one is published after the commit. The
row holds the work state: a worker claims it with a conditional UPDATE (``locked_until``),
records every attempt on it, and leaves it pending with ``next_attempt_at`` when the receiver
should be tried again. The sweeper re-sends whatever stayed pending long past that time (the
broker was down, a worker died).

Event ids are derived from what happened (the claim and its version), and (subscription,
event id) is unique, so emitting the same event twice delivers nothing twice.

One module per concern: ``subscriptions`` (who is told), ``events`` (which deliveries a claim
transition writes), ``payloads`` (what is sent and its signature), ``targets`` (which
addresses may be posted to), ``delivery`` (one HTTP attempt and its bookkeeping), ``sweep``
(re-sending what was lost).
"""

from .delivery import DeliveryOutcome, backoff_seconds, webhook_deliver
from .events import webhook_publish, webhooks_on_transition
from .payloads import article_summary, encode_payload, webhook_sign
from .subscriptions import (
    webhook_subscription_create,
    webhook_subscription_delete,
    webhook_subscription_update,
)
from .sweep import webhook_sweep
from .targets import webhook_target_problem

__all__ = [
    "DeliveryOutcome",
    "article_summary",
    "backoff_seconds",
    "encode_payload",
    "webhook_deliver",
    "webhook_publish",
    "webhook_sign",
    "webhook_subscription_create",
    "webhook_subscription_delete",
    "webhook_subscription_update",
    "webhook_sweep",
    "webhook_target_problem",
    "webhooks_on_transition",
]
