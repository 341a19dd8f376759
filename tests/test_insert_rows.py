"""claims/services/rows.py: an article's claims and events written at once (COPY on PostgreSQL,
bulk_create elsewhere) are stored exactly as the ORM would store them, come back with their ids,
and keep the claim counts right (the count triggers fire for COPY too)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from claims.models import Article, Claim, ClaimEvent
from claims.selectors import claim_counts
from claims.services.rows import insert_rows, write_rows

pytestmark = pytest.mark.django_db


def _article(submitter) -> Article:
    body = "Ridership fell 22% in 2023. It rose again."
    return Article.objects.create(title="Rows", body=body, submitted_by=submitter, content_hash="rows")


def _claim(article, position, **extra) -> Claim:
    fields = {"text": "Ridership fell 22% in 2023.", "start": 0, "end": 27, **extra}
    return Claim(article=article, position=position, **fields)


def test_rows_come_back_saved_with_their_ids_and_stored_as_given(submitter):
    article = _article(submitter)
    when = timezone.now() - timedelta(days=3)
    given = [
        _claim(
            article,
            0,
            speaker='Ann O\'Hara \\ "the mayor"\tsaid',  # quotes, a backslash, a tab
            speaker_aliases=["Ann", "O'Hara"],
            score=0.8125,
            checkworthy=True,
            score_reasons=[["a percentage", 0.4], ["a year", 0.1]],
            signals=[{"kind": "number", "text": "22%", "nested": {"null": None}}],
            corroboration_requested_at=when,
            created_at=when,
        ),
        _claim(article, 1, text="It rose again.", start=28, end=42, score=None, quote_start=None),
    ]
    rows = insert_rows(given)

    assert rows == given and all(c.pk for c in rows) and rows[0].pk < rows[1].pk
    assert all(not c._state.adding for c in rows)
    first = Claim.objects.get(pk=rows[0].pk)
    assert first.speaker == 'Ann O\'Hara \\ "the mayor"\tsaid'
    assert first.speaker_aliases == ["Ann", "O'Hara"]
    assert first.score_reasons == [["a percentage", 0.4], ["a year", 0.1]]
    assert first.signals == [{"kind": "number", "text": "22%", "nested": {"null": None}}]
    assert first.score == 0.8125 and first.checkworthy
    assert first.created_at == when and first.corroboration_requested_at == when
    assert first.updated_at > when  # auto_now, as save() would set it
    assert first.status == Claim._meta.get_field("status").default  # field defaults applied
    second = Claim.objects.get(pk=rows[1].pk)
    assert (second.text, second.start, second.end, second.score) == ("It rose again.", 28, 42, None)

    events = insert_rows(
        ClaimEvent(claim=c, actor=submitter, action="created", to_status=c.status) for c in rows
    )
    assert [e.claim_id for e in ClaimEvent.objects.filter(pk__in=[e.pk for e in events]).order_by("pk")] == [
        c.pk for c in rows
    ]


def test_counts_follow_rows_written_at_once(submitter):
    article = _article(submitter)
    before = claim_counts().get(("new", ""), 0)
    insert_rows([_claim(article, i) for i in range(5)])
    assert claim_counts().get(("new", ""), 0) == before + 5


def test_nothing_to_write_is_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert insert_rows([]) == []


def test_postgresql_writes_by_copy(submitter, django_assert_num_queries):
    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's; elsewhere bulk_create writes the rows")
    from django.test.utils import CaptureQueriesContext

    article = _article(submitter)
    with CaptureQueriesContext(connection) as ctx:
        insert_rows([_claim(article, i) for i in range(3)])
    assert [q["sql"].split("(")[0] for q in ctx.captured_queries] == [
        "SELECT nextval",
        'COPY "claims_claim" ',
    ]


def test_a_row_written_at_once_reads_back_as_one_the_orm_saved(submitter):
    """Every column, not only the ones above: the same instance saved by the ORM and written by
    insert_rows read back equal (but for the id, the position and ``updated_at``)."""
    article = _article(submitter)
    when = timezone.now() - timedelta(hours=5)

    def claim(position):
        return _claim(
            article,
            position,
            kind="quote",
            speaker="Ann",
            speaker_aliases=["A."],
            attribution="said",
            is_quote=True,
            quote_start=1,
            quote_end=9,
            score=0.5,
            checkworthy=True,
            score_reasons=[["a year", 0.25]],
            scorer="linear",
            signals=[{"kind": "year"}],
            corroboration_requested_at=when,
            created_at=when,
            assignee=submitter,
            verdict="false",
            rationale="Because.",
        )

    saved = claim(0)
    saved.save()
    (written,) = insert_rows([claim(1)])
    skip = {"id", "position", "updated_at"}
    (a,) = Claim.objects.filter(pk=saved.pk).values()
    (b,) = Claim.objects.filter(pk=written.pk).values()
    assert {k: v for k, v in a.items() if k not in skip} == {k: v for k, v in b.items() if k not in skip}


def test_rows_nobody_reads_back_are_numbered_by_the_table(submitter):
    """write_rows (history events): the table's own default gives the ids, in the order written."""
    article = _article(submitter)
    (claim,) = insert_rows([_claim(article, 0)])
    before = ClaimEvent.objects.count()
    write_rows(ClaimEvent(claim=claim, actor=submitter, action="created", note=f"n{i}") for i in range(3))
    written = list(ClaimEvent.objects.filter(claim=claim).order_by("pk"))
    assert ClaimEvent.objects.count() == before + 3
    assert [e.note for e in written] == ["n0", "n1", "n2"] and all(
        e.actor_id == submitter.pk for e in written
    )
