"""Subscriptions: who is told of which events. Only editors manage them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from claims.errors import NotAllowed, ValidationFailed
from claims.models import WebhookSubscription
from claims.permissions import MANAGE_WEBHOOKS, user_can

from .targets import webhook_target_problem


def _require_manager(actor) -> None:
    if not user_can(actor, MANAGE_WEBHOOKS):
        raise NotAllowed("Only editors manage webhooks.")


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
