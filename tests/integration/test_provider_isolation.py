"""One provider's failure never discards another's results, on a real Celery worker over real
Redis and PostgreSQL; the per-provider runs and the re-run say what happened."""

from __future__ import annotations

import time

import pytest

from claims import services
from claims.models import Claim, ClaimEvent, Corroboration, ProviderRun

from .conftest import Worker

pytestmark = pytest.mark.integration
State = Claim.CorroborationState


def _wait(claim_ids: list[int], done_events: int = 1, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = set(Claim.objects.filter(pk__in=claim_ids).values_list("corroboration_state", flat=True))
        events = ClaimEvent.objects.filter(claim_id__in=claim_ids, action="corroborated").count()
        if states == {State.DONE} and events >= done_events * len(claim_ids):
            return
        time.sleep(0.1)
    raise AssertionError(f"not corroborated after {timeout}s: {states}")


def test_a_raising_provider_keeps_the_others_results(celery_queue, tmp_path, submitter, editor):
    worker = Worker(
        celery_queue,
        tmp_path / "worker.log",
        FACTCHECK_CORROBORATION_PROVIDERS="tests.integration.slow_provider.BrokenProvider,"
        "claims.corroboration.checklist.Checklist",
    )
    try:
        worker.start()
        article = services.article_submit(
            submitted_by=submitter,
            title="Port",
            body="The port handled 4 million tonnes in 2023. Volumes grew 3%.",
        ).article
        ids = list(article.claims.values_list("pk", flat=True))
        _wait(ids)
        for claim_id in ids:
            runs = {r.provider: r for r in ProviderRun.objects.filter(claim_id=claim_id)}
            assert runs["broken"].state == "failed" and "nonsense" in runs["broken"].error
            assert runs["checklist"].state == "ran" and runs["checklist"].found > 0
            found = Corroboration.objects.filter(claim_id=claim_id, provider="checklist").count()
            assert found == runs["checklist"].found
        # Re-run from the API's service: the providers run again, nothing is duplicated.
        first = ids[0]
        before = Corroboration.objects.filter(claim_id=first).count()
        services.corroboration_rerun(claim_id=first, actor=editor)
        _wait([first], done_events=2)
        assert Corroboration.objects.filter(claim_id=first).count() == before
        assert ProviderRun.objects.get(claim_id=first, provider="broken").runs == 2
    finally:
        worker.stop()
