"""Benchmark ``manage.py import_fact_checks`` on a synthetic JSON-lines archive: time and peak RSS.

Run by hand (``make bench`` runs it at 100,000 when DATABASE_URL names a PostgreSQL server):

    DATABASE_URL=postgres://user@127.0.0.1:5432/factcheck SECRET_KEY=x \\
        python bench/import_fact_checks.py [--n 100000]

It works in its own database (the URL's name with ``_importbench`` appended), emptied of fact
checks first. The file is made here: one JSON object per line with the CheckThat! field names
(``vclaim_id``, ``vclaim``, ``title``), sentences recombined from a fixed vocabulary. The import
runs as a child process, as an operator would run it, twice: the first run embeds every fact
check with the shipped encoder and inserts it; the second finds every row unchanged (idempotence).
Peak RSS is the child's ``ru_maxrss``: bounded memory means it does not grow with the file.
Figures only: nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from desk_queries import ensure_database  # noqa: E402

WORDS = (
    "president senator governor council tax budget crime police border immigrants jobs unemployment "
    "percent million billion vaccine virus election votes ballots fraud climate emissions oil prices "
    "inflation wages healthcare insurance schools teachers students farmers water energy housing rent "
    "debt deficit spending army veterans pension hospital doctors nurses refugees trade tariffs"
).split()


def make_file(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            claim = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize()
            fh.write(json.dumps({"vclaim_id": f"syn-{i}", "vclaim": claim, "title": title}) + "\n")


def run_import(path: Path, env: dict) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the child, and its last output line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "manage.py", "import_fact_checks", str(path), "--collection", "bench"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: the second run reports max(first, second).
    return seconds, max(peak, before) / 1024, done.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (the bench uses <name>_importbench).")
    name = (parts.path.lstrip("/") or "factcheck") + "_importbench"
    bench_url = urlunsplit(parts._replace(path="/" + name))
    ensure_database(bench_url, name)
    env = {
        **os.environ,
        "DATABASE_URL": bench_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench"),
        "OMP_NUM_THREADS": "1",
        "FACTCHECK_MATCHING_THREADS": "1",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [*manage, "shell", "-c", "from claims.models import FactCheck; FactCheck.objects.all().delete()"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fact_checks.jsonl"
        make_file(path, args.n)
        size_mb = path.stat().st_size / 1e6
        print(f"import_fact_checks: {args.n:,} synthetic JSON lines ({size_mb:.0f} MB), PostgreSQL, 1 thread")
        print("| run | wall s | rows/s | peak RSS MB | output |")
        print("|---|---|---|---|---|")
        for label in ("first (embed + insert)", "again (all unchanged)"):
            seconds, rss, line = run_import(path, env)
            print(f"| {label} | {seconds:.1f} | {args.n / seconds:,.0f} | {rss:.0f} | {line} |")


if __name__ == "__main__":
    main()
