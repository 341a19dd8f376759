"""Articles by URL: extraction quality on the page set, and fetch-to-claims time on a local server.

Run by hand: ``python bench/ingest.py [--repeat 5]``. Needs only the project: the pages are in
tests/ingest/pages/, served from 127.0.0.1 by a server this script starts and stops.

Prints: how many pages keep every sentence and none of the boilerplate; per-page time of
fetch → main text → claims (the worker's work before its database writes), p50/p95/max; and the
whole path as ``make run`` does it (submit by URL, fetch in process, claims stored, corroboration
run) on a temporary SQLite database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/queue.py would shadow the standard library's queue module.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the page set")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="ingest-bench-")
    os.environ.update(
        {
            "FACTCHECK_DATA_DIR": data_dir,
            "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "FACTCHECK_FETCH_ALLOWED_HOSTS": "127.0.0.1",
            "FACTCHECK_REFINE_SCORER": "off",
        }
    )
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_URL"):
        os.environ.pop(name, None)
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    from django.core.management import call_command
    from django.db import transaction

    from claims.extraction import extract_claims
    from claims.ingest import FetchOptions, fetch_page
    from claims.ingest.extract import extract_article
    from claims.models import Article
    from claims.services.ingest import article_submit_url
    from tests.ingest.quality import QUALITY, score_all
    from tests.ingest.site import Route, Site

    scores = score_all()
    clean = sum(s.clean for s in scores)
    print(f"quality: keeps every sentence and none of the boilerplate in {clean} of {len(scores)} pages")
    print(
        f"         every sentence kept in {sum(not s.missing for s in scores)} of {len(scores)}; "
        f"metadata right in {sum(not s.metadata for s in scores)} of {len(scores)}"
    )
    for s in scores:
        if not s.clean:
            print(f"         {s.name} ({s.layout}): {len(s.missing)} missing, leaked {s.leaked}")

    pages = sorted(QUALITY.glob("*.html"))
    options = FetchOptions(allowed_hosts=("127.0.0.1",))
    with Site() as site:
        for page in pages:
            site.routes[f"/{page.name}"] = Route(body=page.read_bytes())
        extract_article(pages[0].read_text(), "http://127.0.0.1/")  # load trafilatura once
        times, fetch_times, claims = [], [], 0
        for _ in range(args.repeat):
            for page in pages:
                t0 = time.perf_counter()
                fetched = fetch_page(site.url(f"/{page.name}"), options)
                t1 = time.perf_counter()
                found = extract_article(fetched.text, fetched.url)
                claims += len(extract_claims(found.text).claims)
                times.append(time.perf_counter() - t0)
                fetch_times.append(t1 - t0)
        print(
            f"fetch → text → claims, {len(times)} pages: p50 {statistics.median(times) * 1000:.0f} ms, "
            f"p95 {pct(times, 0.95) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
            f"(of which the fetch p50 {statistics.median(fetch_times) * 1000:.1f} ms); "
            f"{claims / len(times):.1f} claims a page"
        )

        call_command("migrate", verbosity=0)
        whole = []
        for page in pages:
            t0 = time.perf_counter()
            with transaction.atomic():  # the fetch runs in process once this commits (make run)
                result = article_submit_url(submitted_by=None, url=site.url(f"/{page.name}"))
            whole.append(time.perf_counter() - t0)
            article = Article.objects.get(pk=result.article.pk)
            assert article.status == "ready", (page.name, article.status, article.fetch_error)
        print(
            f"embedded (make run): submit by URL → article ready with its claims stored and corroborated, "
            f"{len(whole)} pages: p50 {statistics.median(whole) * 1000:.0f} ms, "
            f"p95 {pct(whole, 0.95) * 1000:.0f} ms, "
            f"max {max(whole) * 1000:.0f} ms (target ≤ 2 s)"
        )


if __name__ == "__main__":
    main()
