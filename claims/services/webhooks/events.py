"""Emitting events: the deliveries a claim transition writes, inside its transaction, and
their publication once it commits."""

from __future__ import annotations

import uuid

from django.db import transaction

from claims.models import Article, Claim, WebhookDelivery, WebhookSubscription
from claims.workflow import DONE_STATUSES, OPEN_STATUSES, Action

from ..publishing import publish_each
from .payloads import article_summary, claim_body, envelope

EventType = WebhookSubscription.EventType
# Namespace of the event ids (uuid5): fixed, so an event's id can be derived again.
EVENT_NAMESPACE = uuid.UUID("6f1c1f4e-5a0b-4d52-9a57-0b7f3c2e9d10")


def _event_id(kind: str, *parts) -> uuid.UUID:
    return uuid.uuid5(EVENT_NAMESPACE, ":".join([kind, *map(str, parts)]))


def _article_completed(claim: Claim) -> bool:
    # Lock the article: two transactions completing its last two claims at once then check one
    # after the other, and the second sees the first committed (no event lost, none doubled).
    Article.objects.select_for_update().filter(pk=claim.article_id).values_list("pk").first()
    return not Claim.objects.filter(article_id=claim.article_id, status__in=OPEN_STATUSES).exists()


def webhooks_on_transition(*, claim: Claim, action: str, now) -> list[int]:
    """Write the deliveries a claim transition causes; call inside its transaction.

    Returns the ids of the deliveries written (they are sent after the commit).
    """
    if action != Action.APPROVE and claim.status not in DONE_STATUSES:
        return []
    subscriptions = list(WebhookSubscription.objects.filter(active=True).only("id", "events"))
    wanted = {event for s in subscriptions for event in s.events}
    if not wanted:
        return []
    events = _claim_events(claim, wanted, now) if action == Action.APPROVE else []
    completed = EventType.ARTICLE_COMPLETED
    if completed in wanted and claim.status in DONE_STATUSES and _article_completed(claim):
        # The claim that completed the article, at its new version: one id per completion.
        eid = _event_id(completed, claim.article_id, claim.pk, claim.version)
        summary = article_summary(claim.article_id)
        events.append((completed, eid, envelope(completed, eid, now, article=summary)))
    return _write_deliveries(subscriptions, events, now)


def _claim_events(claim: Claim, wanted: set[str], now) -> list[tuple[str, uuid.UUID, dict]]:
    """claim.approved, and claim.corrected when the approval closed a correction."""
    corrected = claim.corrected_at == now
    kinds = [EventType.CLAIM_APPROVED] + ([EventType.CLAIM_CORRECTED] if corrected else [])
    kinds = [k for k in kinds if k in wanted]
    if not kinds:
        return []
    body = claim_body(claim)
    events = []
    for kind in kinds:
        eid = _event_id(kind, claim.pk, claim.version)
        extra = {}
        if kind == EventType.CLAIM_CORRECTED:
            correction = claim.corrections.filter(published_at=now).order_by("-id").first()
            extra["correction"] = correction and {
                "old_verdict": correction.old_verdict,
                "new_verdict": correction.new_verdict,
                "reason": correction.reason,
            }
        events.append((kind, eid, envelope(kind, eid, now, claim=body, **extra)))
    return events


def _write_deliveries(subscriptions, events, now) -> list[int]:
    rows = [
        WebhookDelivery(
            subscription_id=s.pk,
            event=kind,
            event_id=eid,
            payload=payload,
            next_attempt_at=now,
            created_at=now,
        )
        for kind, eid, payload in events
        for s in subscriptions
        if kind in s.events
    ]
    if not rows:
        return []
    WebhookDelivery.objects.bulk_create(rows, ignore_conflicts=True)
    ids = list(
        WebhookDelivery.objects.filter(
            event_id__in={eid for _, eid, _ in events},
            status=WebhookDelivery.Status.PENDING,
            attempts=0,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    transaction.on_commit(lambda: webhook_publish(delivery_ids=ids), robust=True)
    return ids


def webhook_publish(*, delivery_ids: list[int]) -> int:
    """Send one task per delivery to the broker. A broker that is down costs a bounded wait
    and a log line; the deliveries stay pending and the sweeper sends them later."""
    from claims.tasks import deliver_webhook

    return publish_each(deliver_webhook, delivery_ids, "webhook delivery(ies)")
