"""The capped count of the review queue and GET /api/claims/."""

from __future__ import annotations

import pytest

from claims.demo_data import generate_demo_data
from claims.models import Claim
from claims.pagination import CappedPaginator

pytestmark = pytest.mark.django_db


def test_the_count_stops_at_the_cap(roles):
    generate_demo_data(claims=30, articles=3)
    qs = Claim.objects.order_by("id")
    capped = CappedPaginator(qs, 5, count_cap=12)
    assert (capped.count, capped.count_capped, capped.count_display) == (12, True, "12+")
    assert capped.num_pages == 3
    exact = CappedPaginator(qs, 5, count_cap=30)
    assert (exact.count, exact.count_capped, exact.count_display) == (30, False, "30")
    assert CappedPaginator(list(range(7)), 5, count_cap=6).count_display == "6+"


def test_the_api_says_whether_the_count_was_capped(api, reviewer, settings, monkeypatch):
    generate_demo_data(claims=30, articles=3)
    data = api(reviewer).get("/api/claims/").json()
    assert (data["count"], data["count_capped"]) == (30, False)
    monkeypatch.setattr(CappedPaginator, "count_cap", 20)
    data = api(reviewer).get("/api/claims/").json()
    assert (data["count"], data["count_capped"], len(data["results"])) == (20, True, 20)
