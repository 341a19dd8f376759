"""Delivering: one HTTP attempt at a delivery, recorded on its row, with the decision whether
and when to try again. The receiver's address is checked again before every attempt."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from claims.ingest.fetch import FetchError, post
from claims.models import WebhookDelivery

from .payloads import SIGNATURE_HEADER, encode_payload, webhook_sign
from .targets import webhook_target_problem

log = logging.getLogger(__name__)

DeliveryStatus = WebhookDelivery.Status
RESPONSE_BODY_MAX = 2000


@dataclass(frozen=True)
class Response:
    status: int | None
    body: str
    error: str
    retry_after: float | None = None


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> Response:
    """One POST through the fetcher's pinned connection: the address checked is the address
    connected to, so a receiver's name cannot be re-pointed at an internal address between the
    check and the delivery. A redirect is an answer like any other (not followed)."""
    try:
        answer = post(
            url,
            body,
            headers,
            timeout=timeout,
            allow_private=settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE,
            max_answer=RESPONSE_BODY_MAX,
        )
    except FetchError as exc:
        return Response(None, "", exc.reason[:1000])
    text = answer.body.decode("utf-8", "replace")
    wait = float(answer.retry_after) if answer.retry_after.isdigit() else None
    error = "" if 200 <= answer.status < 300 else f"HTTP {answer.status}"
    return Response(answer.status, text, error, wait if error else None)


def _retryable(response: Response) -> bool:
    """Network errors, 5xx, 429 and 408 are worth another try; other answers are final."""
    return response.status is None or response.status >= 500 or response.status in (408, 429)


def backoff_seconds(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with jitter: base·2^(attempt-1) capped, then a random half of it
    added, so many failed deliveries do not come back at the same second."""
    cap = settings.FACTCHECK_WEBHOOK_BACKOFF_MAX
    delay = min(settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS * 2 ** max(attempt - 1, 0), cap)
    delay = delay / 2 + random.uniform(0, delay / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return delay


@dataclass(frozen=True)
class DeliveryOutcome:
    status: str  # delivered, pending (retry due), failed, skipped
    retry_in: float | None = None


def _claim_delivery(delivery_id: int, now) -> bool:
    hold = now + timedelta(seconds=settings.FACTCHECK_WEBHOOK_TIMEOUT * 2 + 30)
    won = WebhookDelivery.objects.filter(
        Q(locked_until__isnull=True) | Q(locked_until__lt=now),
        pk=delivery_id,
        status=DeliveryStatus.PENDING,
    ).update(locked_until=hold, attempts=F("attempts") + 1)
    return won == 1


def webhook_deliver(*, delivery_id: int) -> DeliveryOutcome:
    """Make one attempt to deliver; record it on the row; say whether to try again and when.

    Idempotent: a delivery that is delivered, failed, or being sent by another worker is skipped.
    """
    now = timezone.now()
    if not _claim_delivery(delivery_id, now):
        return DeliveryOutcome("skipped")
    delivery = WebhookDelivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None:  # its subscription was deleted meanwhile
        return DeliveryOutcome("skipped")
    subscription = delivery.subscription
    blocked = None if not subscription.active else webhook_target_problem(subscription.url)
    if not subscription.active:
        response = Response(None, "", "The subscription is not active.")
    elif blocked:
        response = Response(None, "", blocked)
    else:
        body = encode_payload(delivery.payload)
        response = _post(
            subscription.url,
            body,
            {
                "Content-Type": "application/json",
                "User-Agent": "factcheck-webhooks/1",
                SIGNATURE_HEADER: webhook_sign(body, subscription.secret),
                "X-Factcheck-Event": delivery.event,
                "X-Factcheck-Delivery": str(delivery.pk),
            },
            settings.FACTCHECK_WEBHOOK_TIMEOUT,
        )
    elapsed_ms = int((timezone.now() - now).total_seconds() * 1000)
    fields: dict = {
        "locked_until": None,
        "response_status": response.status,
        "response_body": response.body,
        "error": response.error,
        "attempt_log": [
            *delivery.attempt_log,
            {
                "attempt": delivery.attempts,
                "at": now.isoformat(),
                "status": response.status,
                "error": response.error,
                "ms": elapsed_ms,
            },
        ],
    }
    outcome: DeliveryOutcome
    if response.status is not None and 200 <= response.status < 300:
        fields.update(status=DeliveryStatus.DELIVERED, delivered_at=timezone.now(), error="")
        outcome = DeliveryOutcome(DeliveryStatus.DELIVERED)
    elif (
        subscription.active
        and not blocked
        and _retryable(response)
        and delivery.attempts < settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS
    ):
        delay = backoff_seconds(delivery.attempts, response.retry_after)
        fields["next_attempt_at"] = now + timedelta(seconds=delay)
        outcome = DeliveryOutcome(DeliveryStatus.PENDING, retry_in=delay)
    else:
        fields["status"] = DeliveryStatus.FAILED
        outcome = DeliveryOutcome(DeliveryStatus.FAILED)
    WebhookDelivery.objects.filter(pk=delivery_id).update(**fields)
    if outcome.status == DeliveryStatus.FAILED:
        log.warning(
            "Webhook delivery %s failed for good after %d attempt(s): %s",
            delivery_id,
            delivery.attempts,
            response.error,
        )
    return outcome
