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


def _counted_by_group() -> dict[tuple[str, str], int]:
    from django.db.models import Count

    rows = Claim.objects.values_list("status", "verdict").annotate(n=Count("*")).order_by()
    return {(s, v): n for s, v, n in rows}


def test_the_counts_table_follows_every_change_of_status_and_verdict(article, reviewer, editor):
    """Triggers keep claims_claimcount exact: inserts, service transitions, direct updates,
    deletes. (selectors.claim_counts reads it on PostgreSQL.)"""
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "the counts are kept by PostgreSQL triggers (set DATABASE_URL)")
    from claims import services
    from claims.models import ClaimCount

    def table():
        sums: dict[tuple[str, str], int] = {}
        for c in ClaimCount.objects.all():
            sums[(c.status, c.verdict)] = sums.get((c.status, c.verdict), 0) + c.n
        return {k: n for k, n in sums.items() if n}

    assert table() == _counted_by_group() == {("new", ""): article.claims.count()}
    claims = list(article.claims.order_by("position"))
    taken = services.claim_take(claim_id=claims[0].pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claims[0].pk, actor=reviewer, verdict="false", rationale="No.", version=taken.version
    )
    services.claim_approve(claim_id=claims[0].pk, actor=editor, version=done.version, force=True)
    services.claims_bulk(actor=editor, action="dismiss", ids=[claims[1].pk, claims[2].pk], reason="duplicate")
    Claim.objects.filter(pk=claims[3].pk).update(status=Status.REVIEWED, verdict="true")
    Claim.objects.filter(pk=claims[4].pk).update(score=0.5)  # not a status change
    claims[5].delete()
    assert table() == _counted_by_group()
    assert table()[("approved", "false")] == 1 and table()[("dismissed", "")] == 2
    assert selectors.claim_counts() == _counted_by_group()
    # Folded: one row per key, the same counts.
    from claims.services.counts import claim_counts_fold

    rows_before = ClaimCount.objects.count()
    assert claim_counts_fold() == rows_before > len(table())
    assert ClaimCount.objects.count() == len(table()) and table() == _counted_by_group()
    assert selectors.claim_counts() == _counted_by_group()


def test_a_text_search_reads_the_stored_vector_and_its_index(article):
    from claims.filters import text_search

    qs = text_search(Claim.objects.all(), "ceasefire talks")
    assert "claim_search_idx" in _plan_of(qs.order_by())


def test_a_text_search_page_is_the_same_read_by_score_bands(article, monkeypatch):
    """A search sorted by priority reads its page from the best-scored claims first; the page
    must be exactly the page of the whole ordering, whatever the floor it came from."""
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "the stored search vector exists on PostgreSQL")
    from claims import models
    from claims.filters import text_search

    claims = list(article.claims.order_by("position"))
    for i, claim in enumerate(claims):  # scores spread over every band, and a few without
        Claim.objects.filter(pk=claim.pk).update(score=None if i % 7 == 0 else round(i / len(claims), 3))
    word = max(claims[0].text.split(), key=len).strip(".,\u201c\u201d\"'")
    for bands in [(0.9, 0.75, 0.5), (0.99,), ()]:
        monkeypatch.setattr(models, "SEARCH_SCORE_BANDS", bands)
        searched = selectors.queue_order(text_search(Claim.objects.all(), word))
        plain = selectors.queue_order(text_search(Claim.objects.all(), word)._chain())
        plain._search_bands = ()
        for start, stop in [(0, 2), (0, 5), (1, 3), (0, 50)]:
            assert [c.pk for c in searched[start:stop]] == [c.pk for c in plain[start:stop]], (bands, start)


def test_a_text_search_counts_to_its_own_cap(article, monkeypatch):
    from claims.filters import text_search
    from claims.pagination import CappedPaginator

    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "the search count cap applies to the PostgreSQL search")
    n = text_search(Claim.objects.all(), "said").count()
    assert n >= 3
    qs = text_search(Claim.objects.all(), "said")
    qs.count_cap = 2
    paginator = CappedPaginator(qs.order_by("id"), 50)
    assert (paginator.count, paginator.count_capped, paginator.count_display) == (2, True, "2+")
    assert CappedPaginator(Claim.objects.all(), 50).count_cap == 10_000
    assert text_search(Claim.objects.all(), "said").count_cap == 1_000


def test_a_search_with_few_matches_sorts_them_at_once(article):
    """Counted under the cap, the matches are sorted in one query: no score band is tried."""
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "the stored search vector exists on PostgreSQL")
    from django.test.utils import CaptureQueriesContext

    from claims.filters import text_search
    from claims.pagination import CappedPaginator

    Claim.objects.update(score=0.1)  # below every band: each band would come back short
    with CaptureQueriesContext(connection) as ctx:
        page = CappedPaginator(selectors.queue_order(text_search(Claim.objects.all(), "said")), 50).page(1)
        rows = list(page.object_list)
    assert rows and len(ctx.captured_queries) == 2  # the count, the page
