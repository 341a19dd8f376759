"""Checked before? on PostgreSQL with a real Celery worker: the worker's index follows a library
changed by another process (an import here), and candidates land in their own rows."""

from __future__ import annotations

import io
import json
import time

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, FactCheck, MatchCandidate
from claims.services.fact_checks import fact_checks_import

pytestmark = pytest.mark.integration


def load(rows):
    fact_checks_import(
        lines=io.StringIO("".join(json.dumps(r) + "\n" for r in rows)),
        kind="jsonl",
        collection="it",
        provenance="it.jsonl",
    )


def submit_and_wait(client, title, body, timeout=120):
    response = client.post("/api/articles/", {"title": title, "body": body}, format="json")
    assert response.status_code == 201, response.content
    article_id = response.json()["id"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = set(
            Claim.objects.filter(article_id=article_id).values_list("corroboration_state", flat=True)
        )
        if states == {"done"}:
            return article_id
        assert "failed" not in states, list(
            Claim.objects.filter(article_id=article_id).values("corroboration_error")
        )
        time.sleep(0.2)
    raise AssertionError("claims not corroborated in time")


def best_candidate(article_id, word):
    claim = next(c for c in Claim.objects.filter(article_id=article_id) if word in c.text.lower())
    return MatchCandidate.objects.filter(claim=claim).select_related("fact_check").order_by("rank").first()


def test_a_worker_ranks_the_library_and_sees_fact_checks_added_later(worker, submitter):
    load(
        [
            {
                "id": "1",
                "claim": "The city council doubled parking fees in 2023.",
                "rating": "Mostly true",
                "url": "https://checks.example/parking",
            },
            {
                "id": "2",
                "claim": "Drinking hot water every hour kills the coronavirus.",
                "rating": "False",
                "url": "https://checks.example/water",
            },
        ]
    )
    worker.start()
    client = APIClient()
    client.force_authenticate(submitter)
    first = submit_and_wait(
        client, "Fees", "The mayor said the city council doubled parking fees in 2023. Drivers were angry."
    )
    hit = best_candidate(first, "parking")
    assert hit.fact_check.url == "https://checks.example/parking" and hit.tier == "same"

    # Another process adds a fact check; the worker's index must pick it up on its next claim.
    load(
        [
            {
                "id": "3",
                "claim": "A shark swam on a flooded highway in Houston after Hurricane Harvey.",
                "rating": "False",
                "url": "https://checks.example/shark",
            }
        ]
    )
    second = submit_and_wait(
        client,
        "Storm",
        "Posts claimed that a shark swam on a flooded Houston highway after Hurricane Harvey.",
    )
    hit = best_candidate(second, "shark")
    assert hit is not None and hit.fact_check.url == "https://checks.example/shark" and hit.rank == 1
    assert FactCheck.objects.filter(embedding__isnull=True).count() == 0
