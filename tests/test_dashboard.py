"""The dashboard: counts by status and verdict, the oldest waiting claim, the median time to
approval, per-person throughput over 7 and 30 days, an SVG chart; a fixed number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import services
from claims.dashboard import CHART_WIDTH, bar_chart, dashboard
from claims.models import Claim, ClaimEvent
from tests.desk_fixtures import light_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(submitter, seed_text):
    return light_article(submitter, seed_text)


def approve(claim, reviewer, editor, verdict="false"):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale="Checked.", version=taken.version
    )
    return services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)


def test_counts_by_status_and_verdict(article, reviewer, editor):
    claims = list(article.claims.order_by("position"))
    approve(claims[0], reviewer, editor, "false")
    approve(claims[1], reviewer, editor, "true")
    services.claim_dismiss(claim_id=claims[2].pk, actor=editor, reason="opinion")
    services.claim_take(claim_id=claims[3].pk, actor=reviewer)
    d = dashboard()
    by_status = {b.key: b.value for b in d.by_status.bars}
    assert by_status == {"new": len(claims) - 4, "in_review": 1, "reviewed": 0, "approved": 2, "dismissed": 1}
    by_verdict = {b.key: b.value for b in d.by_verdict.bars}
    assert by_verdict["false"] == 1 and by_verdict["true"] == 1 and sum(by_verdict.values()) == 2
    assert d.total == len(claims)


def test_the_oldest_waiting_claim_is_the_oldest_new_or_in_review(article, reviewer, editor):
    claims = list(article.claims.order_by("position"))
    now = timezone.now()
    Claim.objects.filter(pk=claims[5].pk).update(created_at=now - timedelta(days=9))
    Claim.objects.filter(pk=claims[6].pk).update(created_at=now - timedelta(days=20), status="dismissed")
    assert dashboard().oldest_waiting.pk == claims[5].pk
    Claim.objects.filter(pk=claims[7].pk).update(created_at=now - timedelta(days=10), status="in_review")
    assert dashboard().oldest_waiting.pk == claims[7].pk
    Claim.objects.update(status="approved")
    assert dashboard().oldest_waiting is None


def test_median_time_from_submission_to_approval(article):
    now = timezone.now()
    claims = list(article.claims.order_by("position")[:4])
    for claim, hours in zip(claims, [1, 3, 10, 100], strict=True):
        Claim.objects.filter(pk=claim.pk).update(
            status="approved", verdict="true", created_at=now - timedelta(hours=hours), approved_at=now
        )
    d = dashboard()
    assert d.approved_count == 4 and d.median_to_approval == timedelta(hours=6.5)
    Claim.objects.filter(pk=claims[3].pk).update(status="new", approved_at=None)
    assert dashboard().median_to_approval == timedelta(hours=6.5)  # cached for a minute
    assert dashboard(now=timezone.now()).median_to_approval == timedelta(hours=3)
    cache.clear()
    assert dashboard().median_to_approval == timedelta(hours=3)


def test_throughput_per_person_over_7_and_30_days(claim, reviewer, editor):
    now = timezone.now()
    ClaimEvent.objects.all().delete()
    for days, action, actor in [
        (1, "review", reviewer),
        (3, "review", reviewer),
        (20, "review", reviewer),
        (40, "review", reviewer),
        (2, "approve", editor),
        (25, "approve", editor),
        (1, "take", reviewer),
        (1, "review", None),
    ]:
        ClaimEvent.objects.create(claim=claim, actor=actor, action=action, at=now - timedelta(days=days))
    rows = {r.username: r for r in dashboard().reviewers}
    assert set(rows) == {"reviewer", "editor"}
    assert rows["reviewer"].verdicts == {7: 2, 30: 3} and rows["reviewer"].approvals == {7: 0, 30: 0}
    assert rows["editor"].approvals == {7: 1, 30: 2} and rows["editor"].verdicts == {7: 0, 30: 0}


def test_the_query_count_does_not_grow_with_the_data(article, reviewer, editor):
    claims = list(article.claims.order_by("position"))
    approve(claims[0], reviewer, editor)
    with CaptureQueriesContext(connection) as few:
        dashboard()
    for claim in claims[1:6]:
        approve(claim, reviewer, editor)
    cache.clear()
    with CaptureQueriesContext(connection) as more:
        dashboard()
    with CaptureQueriesContext(connection) as cached:
        dashboard()
    assert len(few) == len(more) == 6  # the providers' health is one query
    assert len(cached) == 2  # counts and the oldest waiting claim; the trends come from the cache


def test_bars_are_scaled_to_the_largest_value():
    chart = bar_chart([("a", "A", 10), ("b", "B", 5), ("c", "C", 0), ("d", "D", 1)])
    assert [b.width for b in chart.bars] == [CHART_WIDTH, CHART_WIDTH // 2, 0, round(CHART_WIDTH / 10)]
    assert [b.y for b in chart.bars] == [0, 24, 48, 72] and chart.height == 90
    assert [b.width for b in bar_chart([("a", "A", 0)]).bars] == [0]


def test_the_page_shows_it_to_any_role_with_text_escaped(client, submitter, article):
    oldest = article.claims.order_by("position").first()
    Claim.objects.filter(pk=oldest.pk).update(
        text="<script>alert(1)</script> 40% more", created_at=timezone.now() - timedelta(days=30)
    )
    assert client.get("/dashboard/").status_code == 302  # login first
    client.force_login(submitter)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<svg" in page and 'aria-label="Claims by status"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    assert f'href="/claims/{oldest.pk}/"' in page
    assert 'href="/dashboard/"' in page  # the nav link


def test_the_page_title_is_plain_text_and_the_provider_card_shows_once(client, editor, article):
    client.force_login(editor)
    page = client.get("/dashboard/").content.decode()
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == "Dashboard · Fact check desk"
    assert page.count('id="provider-health"') == 1
