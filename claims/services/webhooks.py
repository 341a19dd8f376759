"""Webhooks: tell subscribers when claims are approved or corrected and articles completed.

Deliveries are rows written in the same transaction as the claim's change, so an event exists
exactly when the change committed; the task that sends one is published after the commit. The
row holds the work state: a worker claims it with a conditional UPDATE (``locked_until``),
records every attempt on it, and leaves it pending with ``next_attempt_at`` when the receiver
should be tried again. The sweeper re-sends whatever stayed pending long past that time (the
broker was down, a worker died).

Event ids are derived from what happened (the claim and its version), and (subscription,
event id) is unique, so emitting the same event twice delivers nothing twice.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import random
import socket
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from claims.claimreview import claim_review
from claims.errors import NotAllowed, ValidationFailed
from claims.export_selectors import claim_record
from claims.models import Article, Claim, WebhookDelivery, WebhookSubscription
from claims.permissions import MANAGE_WEBHOOKS, user_can
from claims.workflow import DONE_STATUSES, OPEN_STATUSES, Action, Status

from .publishing import publish_each

log = logging.getLogger(__name__)

Event = WebhookSubscription.Event
DeliveryStatus = WebhookDelivery.Status
# Namespace of the event ids (uuid5): fixed, so an event's id can be derived again.
EVENT_NAMESPACE = uuid.UUID("6f1c1f4e-5a0b-4d52-9a57-0b7f3c2e9d10")
RESPONSE_BODY_MAX = 2000
SIGNATURE_HEADER = "X-Factcheck-Signature"


# --- Subscriptions -------------------------------------------------------------------------


def _require_manager(actor) -> None:
    if not user_can(actor, MANAGE_WEBHOOKS):
        raise NotAllowed("Only editors manage webhooks.")


def webhook_target_problem(url: str) -> str | None:
    """Why the service must not post to ``url`` (it resolves to a loopback, private, link-local
    or otherwise non-public address), or None. FACTCHECK_WEBHOOK_ALLOW_PRIVATE lifts the rule
    for desks whose receivers live on an internal network. A name that does not resolve now is
    not refused here: delivery retries it like any network error."""
    if settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE:
        return None
    host = urlsplit(url).hostname
    if not host:
        return "The URL has no host."
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return (
                f"{host} resolves to a non-public address ({address}); internal receivers need "
                "FACTCHECK_WEBHOOK_ALLOW_PRIVATE."
            )
    return None


def _save_validated(subscription: WebhookSubscription) -> WebhookSubscription:
    try:
        subscription.full_clean(exclude=["created_by"])
    except ValidationError as exc:
        raise ValidationFailed("The webhook is invalid.", field_errors=exc.message_dict) from None
    problem = webhook_target_problem(subscription.url)
    if problem:
        raise ValidationFailed("The webhook is invalid.", field_errors={"url": [problem]})
    subscription.save()
    return subscription


def webhook_subscription_create(
    *, actor, url: str, events: list[str], secret: str = "", active: bool = True
) -> WebhookSubscription:
    """Subscribe ``url`` to ``events``; a secret is generated when none is given."""
    _require_manager(actor)
    subscription = WebhookSubscription(url=url, events=events, active=active, created_by=actor)
    if secret:
        subscription.secret = secret
    return _save_validated(subscription)


def webhook_subscription_update(*, actor, subscription_id: int, **fields) -> WebhookSubscription:
    """Change url, events, secret or active."""
    _require_manager(actor)
    with transaction.atomic():
        subscription = WebhookSubscription.objects.select_for_update().get(pk=subscription_id)
        for name in ("url", "events", "secret", "active"):
            if name in fields and not (name == "secret" and not fields[name]):
                setattr(subscription, name, fields[name])
        return _save_validated(subscription)


def webhook_subscription_delete(*, actor, subscription_id: int) -> None:
    _require_manager(actor)
    WebhookSubscription.objects.filter(pk=subscription_id).delete()


# --- Emitting events -----------------------------------------------------------------------


def _event_id(kind: str, *parts) -> uuid.UUID:
    return uuid.uuid5(EVENT_NAMESPACE, ":".join([kind, *map(str, parts)]))


def _envelope(kind: str, event_id: uuid.UUID, now, **body) -> dict:
    return {"event": kind, "id": str(event_id), "occurred_at": now.isoformat(), **body}


def _claim_body(claim: Claim) -> dict:
    return {**claim_record(claim), "claimreview": claim_review(claim)}


def article_summary(article_id: int) -> dict:
    """An article with the counts of its claims by status and by verdict."""
    article = Article.objects.only("id", "title", "url", "publisher").get(pk=article_id)
    rows = (
        Claim.objects.filter(article_id=article_id)
        .values("status", "verdict")
        .annotate(n=Count("id"))
        .order_by()
    )
    statuses: dict[str, int] = {}
    verdicts: dict[str, int] = {}
    for row in rows:
        statuses[row["status"]] = statuses.get(row["status"], 0) + row["n"]
        if row["status"] == Status.APPROVED and row["verdict"]:
            verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + row["n"]
    return {
        "id": article.pk,
        "title": article.title,
        "url": article.url,
        "publisher": article.publisher,
        "claims": sum(statuses.values()),
        "approved": statuses.get(Status.APPROVED, 0),
        "dismissed": statuses.get(Status.DISMISSED, 0),
        "verdicts": verdicts,
    }


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
    if Event.ARTICLE_COMPLETED in wanted and claim.status in DONE_STATUSES and _article_completed(claim):
        # The claim that completed the article, at its new version: one id per completion.
        eid = _event_id(Event.ARTICLE_COMPLETED, claim.article_id, claim.pk, claim.version)
        summary = article_summary(claim.article_id)
        events.append(
            (Event.ARTICLE_COMPLETED, eid, _envelope(Event.ARTICLE_COMPLETED, eid, now, article=summary))
        )
    return _write_deliveries(subscriptions, events, now)


def _claim_events(claim: Claim, wanted: set[str], now) -> list[tuple[str, uuid.UUID, dict]]:
    """claim.approved, and claim.corrected when the approval closed a correction."""
    corrected = claim.corrected_at == now
    kinds = [Event.CLAIM_APPROVED] + ([Event.CLAIM_CORRECTED] if corrected else [])
    kinds = [k for k in kinds if k in wanted]
    if not kinds:
        return []
    body = _claim_body(claim)
    events = []
    for kind in kinds:
        eid = _event_id(kind, claim.pk, claim.version)
        extra = {}
        if kind == Event.CLAIM_CORRECTED:
            correction = claim.corrections.filter(published_at=now).order_by("-id").first()
            extra["correction"] = correction and {
                "old_verdict": correction.old_verdict,
                "new_verdict": correction.new_verdict,
                "reason": correction.reason,
            }
        events.append((kind, eid, _envelope(kind, eid, now, claim=body, **extra)))
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
            event_id__in={eid for _, eid, _ in events}, status=DeliveryStatus.PENDING, attempts=0
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


# --- Delivering ----------------------------------------------------------------------------


def webhook_sign(body: bytes, secret: str) -> str:
    """The signature header value: sha256=<hex HMAC-SHA256 of the raw body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def encode_payload(payload: dict) -> bytes:
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A receiver answers where it is; a redirect is a failure, not a place to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


@dataclass(frozen=True)
class Response:
    status: int | None
    body: str
    error: str
    retry_after: float | None = None


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> Response:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as answer:
            text = answer.read(RESPONSE_BODY_MAX).decode("utf-8", "replace")
            return Response(answer.status, text, "")
    except urllib.error.HTTPError as exc:
        text = (exc.read(RESPONSE_BODY_MAX) or b"").decode("utf-8", "replace")
        retry_after = exc.headers.get("Retry-After", "") if exc.headers else ""
        wait = float(retry_after) if retry_after.strip().isdigit() else None
        return Response(exc.code, text, f"HTTP {exc.code}", wait)
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        return Response(None, "", f"{type(exc).__name__}: {reason}"[:1000])


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


def webhook_sweep(*, now=None) -> int:
    """Publish again every pending delivery long past due. Returns how many were sent."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.FACTCHECK_WEBHOOK_STALE_SECONDS)
    ids = list(
        WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lt=cutoff)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lt=now))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:1000]
    )
    if not ids:
        return 0
    # Push the due time forward so the next sweep does not send them again straight away.
    WebhookDelivery.objects.filter(pk__in=ids).update(next_attempt_at=now)
    return webhook_publish(delivery_ids=ids)
