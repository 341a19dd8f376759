"""Where claim extraction stops being instant: extraction time per body size, and the submit
request with a long body.

Run by hand (``make bench``): ``python bench/long_articles.py [--repeat 3]``. Needs only the
project. The bodies are the seed article's paragraphs repeated (each copy with its own lead-in, so
no two paragraphs are the same) up to FACTCHECK_MAX_BODY_CHARS. The figures choose
FACTCHECK_SYNC_EXTRACT_MAX_CHARS: bodies above it are split into claims by the worker, not in the request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

SEED = ROOT / "seeds" / "000_922de16eecf30f1d.txt"
SIZES = [3_000, 10_000, 20_000, 40_000, 80_000, 120_000, 200_000]


def body_of(size: int) -> str:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").strip().split("\n\n")[1:] if p.strip()]
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        n += 1  # a different lead-in per copy: no paragraph repeats (repeats are dropped as boilerplate)
        parts.extend(f"In dispatch {n}, {p[0].lower()}{p[1:]}" for p in paragraphs)
    return "\n\n".join(parts)[:size].rsplit("\n\n", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import tempfile

    os.environ["FACTCHECK_DATA_DIR"] = tempfile.mkdtemp(prefix="long-articles-bench-")
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_URL"):
        os.environ.pop(name, None)
    import django

    django.setup()
    from django.conf import settings

    from claims.extraction import extract_claims

    threshold = settings.FACTCHECK_SYNC_EXTRACT_MAX_CHARS
    print(f"load average {os.getloadavg()[0]:.1f}; FACTCHECK_SYNC_EXTRACT_MAX_CHARS = {threshold:,}")
    print(f"{'chars':>9} {'claims':>7} {'extraction ms (median)':>24}  where")
    extract_claims(body_of(3_000), threshold=0.5, scorer=settings.FACTCHECK_SCORER)  # warm up
    for size in [s for s in SIZES if s <= settings.FACTCHECK_MAX_BODY_CHARS]:
        body = body_of(size)
        times, n = [], 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            n = len(extract_claims(body, threshold=0.5, scorer=settings.FACTCHECK_SCORER).claims)
            times.append((time.perf_counter() - started) * 1000)
        where = "in the request" if len(body) <= threshold else "in the worker"
        print(f"{len(body):>9,} {n:>7} {statistics.median(times):>24.1f}  {where}")

    hostile_times(args.repeat, settings.FACTCHECK_MAX_BODY_CHARS)
    submit_times(args.repeat)


def _invented_word(rng) -> str:
    return rng.choice("BCDFGHJKLMNPRSTVW") + "".join(
        rng.choice("aeiou") + rng.choice("lmnrst") for _ in range(rng.randint(2, 3))
    )


def hostile_bodies(limit: int) -> dict[str, str]:
    """Bodies no newsroom writes, up to the largest body accepted, each repeating one shape that
    costs the extraction more per sentence the more of it there is (names to group, titles to
    look up): where the extraction would go quadratic."""
    import itertools
    import random

    rng = random.Random(7)
    crowd = ("Reed" + "".join(p) for p in itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=3))
    shapes = {
        "people sharing one surname": lambda i: f"{_invented_word(rng)} Smith said the rate rose {i}%.",
        "surnames spelt near one another": lambda i: (
            f"Dr Ann {next(crowd)}, a professor at Bath, who was not involved, said it rose {i}%."
        ),
        "a one-word title without 'The'": lambda i: f"Times said the rate rose {i}%.",
        "people with two inserted phrases": lambda i: (
            f"Dr {_invented_word(rng)} {_invented_word(rng)}, a "
            f"professor at Bath, who was not involved, said it rose {i}%."
        ),
    }
    bodies = {}
    for name, sentence in shapes.items():
        parts, size, i = [], 0, 0
        while size < limit - 200:
            parts.append(sentence(i))
            size += len(parts[-1]) + 1
            i += 1
        bodies[name] = " ".join(parts)
    return bodies


def hostile_times(repeat: int, limit: int) -> None:
    from claims.extraction import extract_claims

    print(f"\nhostile bodies (one shape repeated up to {limit:,} characters), CPU ms, best of {repeat}:")
    for name, body in hostile_bodies(limit).items():
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            n = len(extract_claims(body, scorer="linear").claims)
            best = min(best, (time.process_time() - started) * 1000)
        print(f"  {name:<34} {len(body):>9,} chars {n:>6} claims {best:>9.0f} ms")


def submit_times(repeat: int) -> None:
    """The submit request's own work (store the article, and its claims when short) on a
    temporary SQLite database; the messages the worker would get are not sent."""
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    from claims.models import Article
    from claims.services import articles, splitting

    call_command("migrate", verbosity=0)
    articles.article_corroboration_publish = lambda **kw: 0
    articles.scores_refine_publish = lambda **kw: 0
    splitting.split_publish = lambda **kw: 0
    print(f"\nsubmit request (SQLite {connection.settings_dict['NAME']}), median of {repeat}:")
    print(f"{'chars':>9} {'split in the request ms':>24} {'split in the worker ms':>24}")
    for size in [s for s in SIZES if s <= settings_max()]:
        body = body_of(size)
        row = []
        for limit in (10**9, 0):  # everything in the request; everything in the worker
            with override_settings(FACTCHECK_SYNC_EXTRACT_MAX_CHARS=limit):
                times = []
                for i in range(repeat):
                    started = time.perf_counter()
                    articles.article_submit(
                        submitted_by=None, title=f"Long {size} {limit} {i}", body=f"{i} {body}"
                    )
                    times.append((time.perf_counter() - started) * 1000)
            row.append(statistics.median(times))
        print(f"{len(body):>9,} {row[0]:>24.1f} {row[1]:>24.1f}")
    Article.objects.all().delete()


def settings_max() -> int:
    from django.conf import settings

    return settings.FACTCHECK_MAX_BODY_CHARS


if __name__ == "__main__":
    main()
