"""Benchmark ``manage.py import_articles`` on 10,000 synthetic pasted articles: time and peak RSS.

Run by hand (``make bench`` runs it when DATABASE_URL names a PostgreSQL server):

    DATABASE_URL=postgres://user@127.0.0.1:5432/factcheck SECRET_KEY=x \\
        python bench/import_articles.py [--n 10000]

It works in its own database (the URL's name with ``_articlebench`` appended), emptied of
articles first. The file is made here: one JSON object per line (title, publisher, a body of
six to ten sentences recombined from a fixed vocabulary, so every article is new). The import
runs as a child process, as an operator would run it, on a file of n/5 lines and then on the
file of n lines (into an emptied database each time): bounded memory means the peak RSS of the
two is about the same, not five times larger. With REDIS_URL set, no Celery worker runs: the
corroboration messages wait in a queue of their own, deleted at the end; without it the import
runs as the embedded demo does, corroborating each article in process (much slower). Figures
only: nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from desk_queries import ensure_database  # noqa: E402
from import_fact_checks import WORDS  # noqa: E402


def make_file(path: Path, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sentences = []
            for _ in range(rng.randint(6, 10)):
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18)))
                figure, year = rng.randint(2, 90), rng.randint(1990, 2025)
                number = rng.choice(["", f" by {figure} percent", f" in {year}"])
                sentences.append(f"The {words}{number}.")
            body = " ".join(sentences) + f" Reference {i}."
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 8))).capitalize()
            fh.write(json.dumps({"title": title, "body": body, "publisher": "Bench Wire"}) + "\n")


def run_import(path: Path, env: dict) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the child, and its last output line."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = child.communicate()
    seconds = time.monotonic() - started
    if child.returncode != 0:
        sys.exit(f"import_articles failed: {err[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, (out.strip().splitlines() or [""])[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (the bench uses <name>_articlebench).")
    name = (parts.path.lstrip("/") or "factcheck") + "_articlebench"
    bench_url = urlunsplit(parts._replace(path="/" + name))
    ensure_database(bench_url, name)
    queue = f"bench_import_{secrets.token_hex(3)}"
    env = {
        **os.environ,
        "DATABASE_URL": bench_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench"),
        "FACTCHECK_QUEUE": queue,
        "FACTCHECK_REFINE_SCORER": "off",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    empty = [*manage, "shell", "-c", "from claims.models import Article; Article.objects.all().delete()"]
    print(f"import_articles: synthetic pasted articles, PostgreSQL ({name})")
    print("| lines | wall s | articles/s | peak RSS MB (largest child so far) | summary |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.n // 5, args.n):
            path = Path(tmp) / f"articles-{n}.jsonl"
            make_file(path, n)
            subprocess.run(empty, cwd=ROOT, env=env, check=True)
            seconds, rss, line = run_import(path, env)
            print(f"| {n:,} | {seconds:.1f} | {n / seconds:,.0f} | {rss:.0f} | {line} |")
    if env.get("REDIS_URL"):
        from kombu import Connection

        with Connection(env["REDIS_URL"]) as conn:
            conn.default_channel.queue_delete(queue)


if __name__ == "__main__":
    main()
