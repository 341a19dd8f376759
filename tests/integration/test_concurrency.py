"""Races on real PostgreSQL: the same article submitted at once, reviewers clicking at once."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection

from claims import services
from claims.models import Article, ClaimEvent
from tests.conftest import make_user

pytestmark = pytest.mark.integration


def run_together(n: int, target) -> list:
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = target(i)
        except Exception as exc:  # collected and asserted below
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def test_the_same_article_submitted_concurrently_is_stored_once(real_services, submitter, seed_text):
    title, body = seed_text
    for round_ in range(5):
        variant = body + f"\n\nRound {round_}."
        results = run_together(
            6,
            lambda i: services.article_submit(
                submitted_by=submitter, title=title, body=variant, url=f"https://example.com/r{round_}"
            ),
        )
        errors = [r for r in results if isinstance(r, Exception)]
        assert not errors, errors
        assert len({r.article.pk for r in results}) == 1
        assert sum(r.created for r in results) == 1
    assert Article.objects.count() == 5


def test_reviewers_taking_next_at_once_never_get_the_same_claim(real_services, roles, submitter):
    reviewers = [make_user(f"r{i}", "reviewer") for i in range(8)]
    body = " ".join(f"In {2000 + i} the city built {100 + i} homes." for i in range(120))
    services.article_submit(submitted_by=submitter, title="Homes", body=body)
    taken: list[int] = []
    for _ in range(10):
        results = run_together(len(reviewers), lambda i: services.claim_take_next(actor=reviewers[i]))
        errors = [r for r in results if isinstance(r, Exception)]
        assert not errors, errors
        ids = [r.pk for r in results if r is not None]
        assert len(ids) == len(set(ids)), f"double assignment: {ids}"
        taken += ids
        # Free them again so the next round races over the same top claims.
        for r in results:
            if r is not None:
                services.claim_release(claim_id=r.pk, actor=r.assignee)
    assert len(taken) == 80
    per_claim_takes = Counter(ClaimEvent.objects.filter(action="take").values_list("claim_id", flat=True))
    assert sum(per_claim_takes.values()) == 80


def test_claim_counts_stay_exact_under_concurrent_writes_and_folds(real_services, roles, submitter, editor):
    """Submits, bulk dismissals, deletes and folds at once: the counts always equal the claims
    grouped by (status, verdict), and submits never wait on one counter row (each only appends)."""
    from django.db.models import Count

    from claims import selectors
    from claims.models import Claim, ClaimCount
    from claims.services.counts import claim_counts_fold

    def truth():
        rows = Claim.objects.values_list("status", "verdict").annotate(n=Count("*")).order_by()
        return {(s, v): n for s, v, n in rows}

    def work(i: int):
        if i % 4 == 3:
            return [claim_counts_fold() for _ in range(5)]
        article = services.article_submit(
            submitted_by=submitter,
            title=f"Counts {i}",
            body=" ".join(
                f"In {1990 + k} the port of town {i} handled {k + 3} million tonnes." for k in range(12)
            ),
        ).article
        ids = list(article.claims.values_list("pk", flat=True))
        services.claims_bulk(actor=editor, action="dismiss", ids=ids[:4], reason="duplicate")
        Claim.objects.filter(pk__in=ids[4:6]).delete()
        return len(ids)

    for _ in range(3):
        results = run_together(8, work)
        errors = [r for r in results if isinstance(r, Exception)]
        assert not errors, errors
        assert selectors.claim_counts() == truth()
    claim_counts_fold()
    assert selectors.claim_counts() == truth()
    assert ClaimCount.objects.count() == len(truth())
