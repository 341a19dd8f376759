"""Review queue and claim list at scale: Django pages against the raw SQL they run.

Run by hand (``make bench``) with DATABASE_URL pointing at a PostgreSQL server:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench SECRET_KEY=x \
        .venv/bin/python bench/desk_queries.py [--sizes 100000,1000000] [--requests 40]

It works in its own database (the URL's name, with ``_bench`` appended unless it already ends
so), created if missing, migrated, and filled with generate_demo_data up to each size. For each
case it prints p50/p95 of the whole request through Django's test client, and of the same
claim queries (the page's SELECT … LIMIT 50 and the paginator's COUNT, captured from one
request) run directly with psycopg, and the ratio. Figures only: nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The queue's indexes, as migrations 0004 and 0005 create them. --indexes=none drops them
# to measure without; --indexes=proposed creates them again (IF NOT EXISTS).
PROPOSED_INDEXES = {
    "claim_priority_idx": (
        "CREATE INDEX IF NOT EXISTS claim_priority_idx ON claims_claim "
        "(score DESC NULLS LAST, created_at, id)"
    ),
    "claim_status_priority_idx": (
        "CREATE INDEX IF NOT EXISTS claim_status_priority_idx ON claims_claim "
        "(status, score DESC NULLS LAST, created_at, id)"
    ),
    "claim_status_verdict_idx": (
        "CREATE INDEX IF NOT EXISTS claim_status_verdict_idx ON claims_claim (status, verdict)"
    ),
    "claim_assignee_priority_idx": (
        "CREATE INDEX IF NOT EXISTS claim_assignee_priority_idx ON claims_claim "
        "(assignee_id, score DESC NULLS LAST, created_at, id) WHERE assignee_id IS NOT NULL"
    ),
    "claim_speaker_upper_idx": (
        "CREATE INDEX IF NOT EXISTS claim_speaker_upper_idx ON claims_claim (UPPER(speaker))"
    ),
}

CASES = [
    # (label, path, query parameters)
    ("queue page, default filters", "/", {}),
    ("queue page, page 3", "/", {"page": "3"}),
    ("queue page, q=vaccine doses", "/", {"q": "vaccine doses"}),
    ("queue page, q=vaccine doses, page 3", "/", {"q": "vaccine doses", "page": "3"}),
    ("queue page, oldest first", "/", {"sort": "age"}),
    ("articles page", "/articles/", {}),
    ("dashboard", "/dashboard/", {}),
    ("api articles", "/api/articles/", {}),
    ("api status=new", "/api/claims/", {"status": "new"}),
    ("api assignee=me", "/api/claims/", {"assignee": "me"}),
    ("api verdict=false&status=approved", "/api/claims/", {"verdict": "false", "status": "approved"}),
    ("api min_score=0.7", "/api/claims/", {"min_score": "0.7"}),
    ("api q=hospital beds", "/api/claims/", {"q": "hospital beds"}),
    ("api q=vaccine doses&sort=age", "/api/claims/", {"q": "vaccine doses", "sort": "age"}),
    ("api q=Okafor (rare)", "/api/claims/", {"q": "Okafor Haverton"}),
]


def bench_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit(
            "The desk benchmarks measure PostgreSQL only: set DATABASE_URL=postgres://user@host/name "
            "(SQLite timings at a million rows would mean nothing)."
        )
    name = parts.path.lstrip("/") or "factcheck"
    if not name.endswith("_bench"):
        name += "_bench"
    return urlunsplit(parts._replace(path="/" + name)), name


def ensure_database(url: str, name: str) -> None:
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            print(f"Creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def fmt(values: list[float]) -> str:
    return f"{pct(values, 0.5):7.1f} {pct(values, 0.95):7.1f}"


def fill(size: int, indexes: str, raw) -> None:
    from claims.demo_data import generate_demo_data
    from claims.models import Claim

    have = Claim.objects.count()
    if have < size:
        print(f"Generating {size - have:,} claims (have {have:,}) …", flush=True)
        summary = generate_demo_data(
            claims=size - have,
            seed=size,
            progress=lambda m: print("  " + m, end="\r", flush=True),
        )
        print(
            f"\n  {summary.claims:,} claims, {summary.articles:,} articles, "
            f"{summary.events:,} events, {summary.corroborations:,} corroborations "
            f"in {summary.seconds:.0f}s"
        )
    for name, ddl in PROPOSED_INDEXES.items():
        if indexes == "proposed":
            started = time.monotonic()
            raw.execute(ddl)
            print(f"  index {name}: ready ({time.monotonic() - started:.1f}s)")
        elif indexes == "none":
            raw.execute(f"DROP INDEX IF EXISTS {name}")
    started = time.monotonic()
    raw.execute("VACUUM ANALYZE claims_claim")
    raw.execute("VACUUM ANALYZE claims_article")
    # As autovacuum keeps it on a live desk (the history is only ever appended to).
    raw.execute("VACUUM ANALYZE claims_claimevent")
    print(f"  vacuum analyze: {time.monotonic() - started:.1f}s")


def claim_queries(client, path: str, params: dict) -> tuple[int, list[str]]:
    """The SQL of one request, and the subset that reads claims (the SELECT and the COUNT)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, params)
    assert response.status_code == 200, (path, params, response.status_code)
    sqls = [q["sql"] for q in ctx.captured_queries]
    return len(sqls), [s for s in sqls if 'FROM "claims_claim"' in s]


def run_case(client, raw, path, params, requests: int, warmup: int, explain: bool) -> dict:
    from django.db import connection

    for _ in range(warmup):
        client.get(path, params)
    n_queries, sqls = claim_queries(client, path, params)
    page, cpu, sql_in_page, claim_sql_in_page = [], [], [], []

    def timer(execute, sql, params_, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params_, many, context)
        finally:
            took = (time.perf_counter() - started) * 1000
            sql_in_page[-1] += took
            if 'FROM "claims_claim"' in sql:  # the same queries the raw column runs
                claim_sql_in_page[-1] += took

    with connection.execute_wrapper(timer):
        for _ in range(requests):
            sql_in_page.append(0.0)
            claim_sql_in_page.append(0.0)
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(path, params)
            page.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    for sql in sqls:  # warm the raw connection too
        raw.execute(sql).fetchall()
    rawt = []
    for _ in range(requests):
        started = time.perf_counter()
        for sql in sqls:
            raw.execute(sql).fetchall()
        rawt.append((time.perf_counter() - started) * 1000)
    if explain:
        for sql in sqls:
            plan = raw.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql).fetchall()
            print("    " + sql[:300])
            print("\n".join("      " + r[0] for r in plan))
    return {
        "page": page,
        "cpu": cpu,
        "sql": sql_in_page,
        "claim_sql": claim_sql_in_page,
        "raw": rawt,
        "queries": n_queries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="100000,1000000",
        help="claim counts to measure at, ascending (default: 100000,1000000)",
    )
    parser.add_argument("--requests", type=int, default=40, help="timed requests per case")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests per case first")
    parser.add_argument(
        "--indexes",
        choices=["proposed", "none", "asis"],
        default="asis",
        help="create the indexes, drop them, or leave them as migrated (default)",
    )
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of each")
    parser.add_argument("--only", default="", help="run only cases whose label contains this")
    parser.add_argument("--skip", default="", help="skip cases whose label contains this")
    args = parser.parse_args()

    url, name = bench_url(os.environ.get("DATABASE_URL", ""))
    ensure_database(url, name)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

    import django

    django.setup()
    import psycopg
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from claims.demo_data import REVIEWERS, _demo_users

    # No setup_test_environment(): it instruments every template render so the test client
    # can keep copies of the contexts, which costs ~10 ms a page and no server pays it.
    # Instead send a Host the settings allow.
    host = next((h for h in settings.ALLOWED_HOSTS if h not in ("*",) and not h.startswith(".")), "localhost")
    print(f"Database {name}: migrating …", flush=True)
    call_command("migrate", verbosity=0)
    _demo_users()
    from django.contrib.auth import get_user_model

    client = Client(HTTP_HOST=host)
    client.force_login(get_user_model().objects.get(username=REVIEWERS[0]))
    # No automatic prepared statements: Django's connection plans every query (the default,
    # which keeps it usable behind pgbouncer), so the raw side must too or it saves the
    # planning time (about 4 ms for the queue's SELECT with its joins) that the page pays.
    raw = psycopg.connect(url, autocommit=True, prepare_threshold=None)

    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        print(f"\n=== {size:,} claims ===", flush=True)
        fill(size, args.indexes, raw)
        print(
            f"{'case':36} {'queries':>7} | {'page p50':>8} {'p95':>7} | {'CPU p50':>7} {'p95':>7}"
            f" | {'its SQL':>7} {'p95':>7} | {'claim SQL':>9} {'p95':>7} | {'raw SQL':>7} {'p95':>7}"
            f" | page/raw  claimSQL/raw p95"
        )
        for label, path, params in CASES:
            if (args.only and args.only not in label) or (args.skip and args.skip in label):
                continue
            r = run_case(client, raw, path, params, args.requests, args.warmup, args.explain)
            raw95 = max(pct(r["raw"], 0.95), 1e-6)
            print(
                f"{label:36} {r['queries']:7} | {fmt(r['page'])}  | {fmt(r['cpu'])} | "
                f"{fmt(r['sql'])} |   {fmt(r['claim_sql'])} | {fmt(r['raw'])} | "
                f"{pct(r['page'], 0.95) / raw95:6.1f}x  {pct(r['claim_sql'], 0.95) / raw95:6.1f}x",
                flush=True,
            )
    print(
        "\nTimes in ms. page = the whole request through the test client (wall clock); "
        "CPU = this process's CPU time for it (rendering, ORM; immune to waiting on a busy "
        "machine); its SQL = all queries of the request as Django ran them (session, user and "
        "roles included); claim SQL = those of them that read claims; raw SQL = the same claim "
        "queries (SELECT … LIMIT 50 and the paginator's COUNT) run with psycopg."
    )


if __name__ == "__main__":
    main()
