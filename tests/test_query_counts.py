"""Every list and detail page runs a fixed number of queries, whatever the number of rows.

Each page is rendered over a small and a large data set; the large one may not take more
queries than the small one did (and neither more than the page's budget).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.demo_data import generate_demo_data
from claims.models import Article, Claim, ClaimEvent, Corroboration
from claims.workflow import Event, Status

pytestmark = pytest.mark.django_db

# Session, user, roles, then the page's own reads. Generous enough for middleware changes,
# tight enough to catch a query per row.
BUDGET = 12


def count_queries(client, url: str, params: dict | None = None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    client.get("/")  # the first request of a session may do one-off work
    return client


def grow_history(claim: Claim, users, n: int) -> None:
    """Give ``claim`` n more events and corroborations, each by a different user."""
    now = timezone.now()
    ClaimEvent.objects.bulk_create(
        ClaimEvent(claim=claim, actor=users[i % len(users)], action=Event.LEASE_RENEWED, at=now)
        for i in range(n)
    )
    Corroboration.objects.bulk_create(
        Corroboration(
            claim=claim,
            provider="test",
            key=f"k{i}",
            kind="source",
            excerpt=f"Record {i}",
            resolved_by=users[i % len(users)],
            state="done",
        )
        for i in range(n)
    )


@pytest.fixture
def small(roles):
    generate_demo_data(claims=5, articles=1, seed=1)
    return Article.objects.latest("id")


@pytest.fixture
def large(roles):
    # 60 claims: more than a page of 50, so the queue shows a full page.
    generate_demo_data(claims=60, articles=1, seed=2)
    return Article.objects.latest("id")


def pages(article: Article) -> list[tuple[str, dict]]:
    claim = article.claims.order_by("position").first()
    return [
        ("/", {}),
        ("/", {"status": list(Status.values)}),
        (f"/articles/{article.pk}/", {}),
        (f"/claims/{claim.pk}/", {}),
        ("/api/claims/", {}),
        ("/api/claims/", {"status": list(Status.values), "min_score": "0", "assignee": "none"}),
        (f"/api/claims/{claim.pk}/", {}),
    ]


@pytest.mark.parametrize(
    "index",
    range(7),
    ids=[
        "queue",
        "queue-all-statuses",
        "article",
        "claim",
        "api-list",
        "api-list-filtered",
        "api-detail",
    ],
)
def test_query_count_does_not_grow_with_rows(index, reviewer, small, django_assert_max_num_queries):
    client = login(reviewer)
    url, params = pages(small)[index]
    baseline = count_queries(client, url, params)
    assert baseline <= BUDGET

    generate_demo_data(claims=60, articles=1, seed=2)
    big = Article.objects.latest("id")
    url, params = pages(big)[index]
    claim = big.claims.order_by("position").first()
    users = list(type(reviewer).objects.all())
    grow_history(claim, users, 30)
    with django_assert_max_num_queries(baseline):
        response = client.get(url, params)
    assert response.status_code == 200


def test_the_large_queue_page_shows_a_full_page(reviewer, large):
    response = login(reviewer).get("/", {"status": list(Status.values)})
    assert len(response.context["page"].object_list) == 50


# The claims of a submission go in by COPY on PostgreSQL (claims/services/rows.py), by one
# INSERT elsewhere.
WRITE_CLAIMS = ('INSERT INTO "claims_claim"', 'COPY "claims_claim"')


def test_the_submit_answer_is_built_from_what_it_wrote(submitter, seed_text):
    """POST /api/articles/ answers 201 with the article and its claims without reading back the
    rows it has just inserted; the answer is the same as GET of the stored article."""
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(submitter)
    title, body = seed_text
    with CaptureQueriesContext(connection) as ctx:
        response = client.post("/api/articles/", {"title": title, "body": body}, format="json")
    assert response.status_code == 201
    sqls = [q["sql"] for q in ctx.captured_queries]
    inserted = next(i for i, sql in enumerate(sqls) if sql.startswith(WRITE_CLAIMS))
    assert not [sql for sql in sqls[inserted:] if sql.startswith("SELECT") and '"claims_claim"' in sql]
    stored = client.get(f"/api/articles/{response.json()['id']}/").json()
    answered = response.json()
    # The corroboration ran in process after the commit (eager tasks), so compare the rest.
    for claim in answered["claims"] + stored["claims"]:
        claim.pop("corroboration_state"), claim.pop("updated_at")
    assert answered == stored


def test_a_submission_runs_a_fixed_set_of_statements(submitter, seed_text):
    """POST /api/articles/ with a token: the token look-up (with the account's roles), the
    duplicate check, one INSERT for the article, one statement each for its claims and their
    events (COPY on PostgreSQL, the claims after one read of their ids), and nothing else,
    whatever the number of claims (a longer article does not add a statement)."""
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=submitter)
    client = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    title, body = seed_text

    def statements(text: str) -> list[str]:
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(
                "/api/articles/", {"title": title, "body": text}, content_type="application/json"
            )
        assert response.status_code == 201, response.content[:300]
        assert response.json()["claims"]
        return [
            q["sql"].split(" (", 1)[0].split(" WHERE", 1)[0]
            for q in ctx.captured_queries
            if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT"))
        ]

    short = statements(body)
    longer = statements(body + "\n\n" + body.replace(".", " again."))
    copies = connection.vendor == "postgresql"
    assert [s for s in short if s.startswith(("INSERT", "COPY"))] == [
        'INSERT INTO "claims_article"',
        'COPY "claims_claim"' if copies else 'INSERT INTO "claims_claim"',
        'COPY "claims_claimevent"' if copies else 'INSERT INTO "claims_claimevent"',
    ]
    reads = [s for s in short if s.startswith("SELECT")]
    ids = [s for s in reads if s.startswith("SELECT nextval")]
    assert len(reads) - len(ids) == 2  # token with its user and roles, same article
    assert len(ids) == (1 if copies else 0)  # the claims' ids
    assert not [s for s in short if s.startswith(("UPDATE", "DELETE"))]
    if copies:
        assert len(longer) == len(short)
    else:  # SQLite: bulk_create splits its INSERTs by SQLite's limit on variables per statement
        others = [s for s in short if not s.startswith("INSERT")]
        assert [s for s in longer if not s.startswith("INSERT")] == others


def test_each_foreign_key_of_a_claim_leads_one_index_only(db):
    """Foreign keys of claims and their events are served by an index that starts with them,
    and by one only: a single-column index next to a composite one that leads with the same
    column costs every article submission an index write and serves no query."""
    from django.core.exceptions import FieldDoesNotExist

    from claims.models import Claim, ClaimEvent

    if connection.vendor != "postgresql":
        pytest.skip("index definitions are read from PostgreSQL's catalogue")
    for model in (Claim, ClaimEvent):
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT array_agg(a.attname ORDER BY k.n) FROM pg_index i "
                "JOIN pg_class t ON t.oid = i.indrelid "
                "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                "WHERE t.relname = %s AND i.indpred IS NULL GROUP BY i.indexrelid",
                [table],
            )
            indexes = [cols for (cols,) in cursor.fetchall()]
        for fk in ("article", "assignee", "claim"):
            try:
                column = model._meta.get_field(fk).column
            except FieldDoesNotExist:
                continue
            leading = [cols for cols in indexes if cols[0] == column]
            assert leading, f"{table}.{column} has no index"
            assert [column] not in leading or len(leading) == 1, (
                f"{table}.{column}: redundant index {leading}"
            )
