"""Re-sending deliveries the broker or a worker lost."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from claims.models import WebhookDelivery

from .events import webhook_publish


def webhook_sweep(*, now=None) -> int:
    """Publish again every pending delivery long past due. Returns how many were sent."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.FACTCHECK_WEBHOOK_STALE_SECONDS)
    ids = list(
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lt=cutoff)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lt=now))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:1000]
    )
    if not ids:
        return 0
    # Push the due time forward so the next sweep does not send them again straight away.
    WebhookDelivery.objects.filter(pk__in=ids).update(next_attempt_at=now)
    return webhook_publish(delivery_ids=ids)
