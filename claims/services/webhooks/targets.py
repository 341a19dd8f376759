"""Which receivers the service may post to."""

from __future__ import annotations

from django.conf import settings

from claims.outbound import public_address_problem


def webhook_target_problem(url: str) -> str | None:
    """Why the service must not post to ``url`` (it resolves to a loopback, private, link-local
    or otherwise non-public address), or None. FACTCHECK_WEBHOOK_ALLOW_PRIVATE lifts the rule
    for desks whose receivers live on an internal network. Checked when a subscription is saved
    and again before every delivery (the name may resolve elsewhere by then)."""
    return public_address_problem(
        url,
        allow_private=settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE,
        setting="FACTCHECK_WEBHOOK_ALLOW_PRIVATE",
    )
