"""Celery tasks: ids in, a service call, nothing else. Safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims import services
from claims.corroboration import TransientProviderError

TRANSIENT = (TransientProviderError, OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def corroborate_claim(claim_id: int) -> str:
    return services.claim_corroborate(claim_id=claim_id)


@shared_task(ignore_result=True)
def sweep_corroboration() -> int:
    return services.corroboration_sweep()
