"""Reads that must stay fast at a million claims: the article list's per-article counts, and
the dashboard's and the queue's queries served by the indexes made for them.

Whether an index *can* serve a query (its predicate and columns match the query's filter and
order) is what breaks silently when one side changes: the page gets slow only at scale. So the
plan is checked on PostgreSQL (the database these indexes are for), with the planner told to
avoid sequential scans and sorts so that a table small enough for a test shows which index it
can use. SQLite's planner, without statistics, proves nothing here.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from claims import selectors
from claims.models import Article, Claim, ClaimEvent
from claims.workflow import WAITING_STATUS_LIST, Action, Status
from tests.conftest import require_service
from tests.desk_fixtures import light_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(submitter, seed_text):
    return light_article(submitter, seed_text)


def test_article_list_counts_each_articles_claims(article, submitter):
    other = Article.objects.create(title="Empty", body="Nothing to check here", content_hash="x" * 64)
    claims = list(article.claims.order_by("position"))
    Claim.objects.filter(pk=claims[0].pk).update(status=Status.APPROVED, verdict="true")
    Claim.objects.filter(pk=claims[1].pk).update(status=Status.DISMISSED)
    Claim.objects.filter(pk=claims[2].pk).update(status=Status.REVIEWED, verdict="false")
    rows = {a.pk: a for a in selectors.article_list()}
    assert (rows[article.pk].claim_count, rows[article.pk].open_count, rows[article.pk].approved_count) == (
        len(claims),
        len(claims) - 2,  # approved and dismissed are not open
        1,
    )
    # an article without claims counts zero, not None
    assert (rows[other.pk].claim_count, rows[other.pk].open_count, rows[other.pk].approved_count) == (0, 0, 0)


def test_article_list_page_shows_the_counts(client, editor, article):
    client.force_login(editor)
    Claim.objects.filter(pk=article.claims.order_by("position")[0].pk).update(status=Status.APPROVED)
    html = client.get("/articles/").content.decode()
    n = article.claims.count()
    assert f"<td>{n}</td><td>{n - 1}</td><td>1</td>" in html


def _plan(sql: str, params) -> str:
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "query plans are checked on PostgreSQL (set DATABASE_URL)")
    with connection.cursor() as cur:
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute("SET LOCAL enable_sort = off")
        cur.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cur.fetchall())


def _plan_of(qs) -> str:
    sql, params = qs.query.sql_with_params()
    return _plan(sql, params)


def test_oldest_waiting_claim_reads_the_waiting_index(article):
    qs = Claim.objects.filter(status__in=WAITING_STATUS_LIST).order_by("created_at", "id")[:1]
    assert "claim_waiting_idx" in _plan_of(qs)


def test_sort_by_age_reads_the_age_index(article):
    qs = Claim.objects.order_by("created_at", "id")[:50]
    assert "claim_age_idx" in _plan_of(qs)


def test_median_to_approval_reads_the_approval_index(article):
    now = timezone.now()
    Claim.objects.update(status=Status.APPROVED, verdict="true", approved_at=now)
    qs = Claim.objects.filter(status=Status.APPROVED, approved_at__isnull=False)
    assert "claim_approval_time_idx" in _plan_of(qs.order_by().values("approved_at", "created_at"))


def test_throughput_reads_the_event_index(article, reviewer):
    ClaimEvent.objects.create(
        claim=article.claims.first(), actor=reviewer, action=Action.REVIEW, at=timezone.now()
    )
    since = timezone.now() - timedelta(days=30)
    qs = ClaimEvent.objects.filter(at__gte=since, action__in=[Action.REVIEW, Action.APPROVE]).values(
        "actor_id"
    )
    assert "event_action_at_actor_idx" in _plan_of(qs)
