"""Same claim, many articles, on a real Celery worker over Redis and PostgreSQL: the submit
request only stores; the worker proposes the repeated claim into the first one's group."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimGroupMember

from .test_worker import wait_corroborated

pytestmark = pytest.mark.integration

WIRE = "The city council approved a budget of 40 million euros for new bicycle lanes on Tuesday."


def test_the_worker_proposes_a_repeated_claim_into_a_group(worker, submitter):
    worker.start()
    client = APIClient()
    client.force_authenticate(submitter)
    first = client.post(
        "/api/articles/", {"title": "One", "body": f"{WIRE} Cyclists welcomed it."}, format="json"
    )
    assert first.status_code == 201
    assert not ClaimGroupMember.objects.exists()  # nothing grouped in the request
    wait_corroborated(first.json()["id"])
    second = client.post(
        "/api/articles/", {"title": "Two", "body": f"Local news today. {WIRE}"}, format="json"
    )
    assert second.status_code == 201
    wait_corroborated(second.json()["id"])
    lead = Claim.objects.get(article_id=first.json()["id"], text__startswith="The city council")
    member = Claim.objects.get(article_id=second.json()["id"], text__startswith="The city council")
    membership = ClaimGroupMember.objects.get()
    assert (membership.lead_id, membership.member_id, membership.state) == (lead.pk, member.pk, "proposed")
    rows = client.get("/api/claims/", {"page_size": 100}).json()["results"]
    assert [r["group_more"] for r in rows if r["id"] == lead.pk] == [1]
    assert member.pk not in {r["id"] for r in rows}
