"""Feeds: items ingested per minute by one worker, against a feed served on 127.0.0.1.

Run by hand: ``python bench/feeds.py [--items 1000] [--pages 300]``; ``make bench`` runs it.
Tasks run in process (one process = one worker). With DATABASE_URL pointing at PostgreSQL it
works in the desk benchmarks' database (the name with ``_bench`` appended, as bench/desk_queries.py);
without, in a temporary SQLite database.

Prints two figures:
- poll: one poll of a feed of ``--items`` new items (fetch, parse, dedup, record each item,
  create its article by URL) with the page fetches left queued: the feed side of the work;
- to claims: a feed of ``--pages`` new items polled with every page fetched, its text
  extracted and split into claims in the same process: the whole of a worker's work per item.
The target is 1,000 feed items per minute per worker.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--items", type=int, default=1000, help="items in the feed polled without page fetches"
    )
    parser.add_argument("--pages", type=int, default=300, help="items polled through to claims")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="feeds-bench-")
    os.environ.update(
        {
            "FACTCHECK_DATA_DIR": data_dir,
            "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "FACTCHECK_FETCH_ALLOWED_HOSTS": "127.0.0.1",
            "FACTCHECK_REFINE_SCORER": "off",
            # Ingest only: corroboration and grouping of the claims are the next stage, run by
            # their own tasks (bench/desk_queries.py and the matching benches measure them).
            "FACTCHECK_CORROBORATION_PROVIDERS": "",
            "FACTCHECK_GROUPING_WINDOW": "0",
        }
    )
    database = os.environ.get("DATABASE_URL", "")
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_URL"):
        os.environ.pop(name, None)
    if database.startswith(("postgres://", "postgresql://")):
        from bench.desk_queries import bench_url, ensure_database

        url, name = bench_url(database)
        ensure_database(url, name)
        os.environ["DATABASE_URL"] = url
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    from django.core.management import call_command
    from django.db import transaction

    from claims.models import Article, Feed, FeedItem
    from claims.services import feeds, ingest
    from tests.feeds.conftest import RSS_TYPE, article_html, rss
    from tests.ingest.site import Route, Site

    call_command("migrate", verbosity=0)
    from django.db import connection

    print(f"database: {connection.vendor}")
    run_id = secrets.token_hex(4)  # a fresh feed, fresh pages: a PostgreSQL database is kept across runs

    def run(site, path: str, n: int, fetch_pages: bool) -> tuple[float, int, int]:
        path = f"/{run_id}{path}"
        publisher = f"Bench {run_id}"
        site.routes[path] = Route(
            body=rss([(f"{path}-{i}", site.url(f"{path}/story/{i}"), f"Story {i}") for i in range(n)]),
            content_type=RSS_TYPE,
        )
        for i in range(n):
            html = article_html(i + n).replace(
                b"</article>", f"<p>Reference {path}-{i}.</p></article>".encode()
            )
            site.routes[f"{path}/story/{i}"] = Route(body=html)
        real_publish = ingest.fetch_publish
        if not fetch_pages:
            ingest.fetch_publish = lambda article_ids: 0
        try:
            with transaction.atomic():
                feed = feeds.feed_create(actor=None, url=site.url(path), publisher=publisher, active=False)
            Feed.objects.filter(pk=feed.pk).update(active=True)
            start = time.perf_counter()
            with transaction.atomic():
                outcome = feeds.feed_poll(feed_id=feed.pk)
            elapsed = time.perf_counter() - start
        finally:
            ingest.fetch_publish = real_publish
        assert outcome == "polled", Feed.objects.get(pk=feed.pk).last_error
        items = FeedItem.objects.filter(feed=feed, state="ingested").count()
        ready = Article.objects.filter(status="ready", publisher=publisher).count()
        return elapsed, items, ready

    with Site() as site:
        elapsed, items, _ = run(site, "/big", args.items, fetch_pages=False)
        print(
            f"poll:      {items} new items recorded as articles in {elapsed:.2f}s "
            f"= {items / elapsed * 60:,.0f} feed items/min per worker (page fetches queued)"
        )
        elapsed, items, ready = run(site, "/full", args.pages, fetch_pages=True)
        assert ready == items, f"{ready} of {items} articles ready"
        print(
            f"to claims: {items} items polled, fetched, extracted and split into claims in {elapsed:.2f}s "
            f"= {items / elapsed * 60:,.0f} feed items/min per worker (target 1,000)"
        )


if __name__ == "__main__":
    main()
