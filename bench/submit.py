"""Article submission over HTTP: gunicorn on PostgreSQL and Redis, one client and several.

Run by hand (``make bench``) with DATABASE_URL pointing at PostgreSQL and Redis on REDIS_URL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python bench/submit.py [--clients 1,4] [--requests 600] [--answers full,minimal]

It works in the database the desk benchmarks use (the URL's name, with ``_bench`` appended
unless it already ends so), starts gunicorn (``--workers``, sync) on a local port, and POSTs
the seed article (3 KB, 21 claims once a unique reference line makes each body new) to
/api/articles/ with a token, from one client, then from N clients at once, each on its own
keep-alive connection. It prints p50/p95 of the request as the client sees it and articles/s,
for the default answer (the article with its 21 claims) and for ``Prefer: return=minimal`` (the
article's summary and its Location), which a feed that submits many articles can ask for.
No Celery worker runs: the corroboration messages wait in a queue of their own, emptied at
the end. Figures only: nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desk_queries import bench_url, ensure_database, pct  # noqa: E402

SEED = ROOT / "seeds" / "000_922de16eecf30f1d.txt"
# Issue #12: p50 at one client, and the best throughput over the client counts (2 cores).
TARGET_P50_MS = 25.0
TARGET_RATE = 100.0


def wait_for(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit("gunicorn exited before it served")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not answer")


def client(
    port: int, token: str, bodies: list[tuple[str, str]], out: list[float], errors: list[str], minimal: bool
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    if minimal:
        headers["Prefer"] = "return=minimal"
    for title, body in bodies:
        payload = json.dumps({"title": title, "body": body})
        started = time.perf_counter()
        conn.request("POST", "/api/articles/", payload, headers)
        response = conn.getresponse()
        data = response.read()
        out.append((time.perf_counter() - started) * 1000)
        if response.status != 201:
            errors.append(f"{response.status}: {data[:200]!r}")


def run(
    port: int, token: str, articles, clients: int, minimal: bool = False
) -> tuple[list[float], float, list[str]]:
    per = [articles[i::clients] for i in range(clients)]
    times: list[list[float]] = [[] for _ in range(clients)]
    errors: list[str] = []
    threads = [
        threading.Thread(target=client, args=(port, token, per[i], times[i], errors, minimal))
        for i in range(clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return [x for ts in times for x in ts], elapsed, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="1,4", help="client counts to measure (default: 1,4)")
    parser.add_argument("--requests", type=int, default=600, help="timed submissions per client count")
    parser.add_argument("--warmup", type=int, default=40, help="untimed submissions first (both workers)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default: 2)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--answers",
        default="full,minimal",
        help="answers to measure: full (the article with its claims, the default answer) and/or "
        "minimal (Prefer: return=minimal, the article's summary)",
    )
    args = parser.parse_args()

    url, name = bench_url(os.environ.get("DATABASE_URL", ""))
    redis_url = os.environ.get("REDIS_URL", "")
    if not redis_url:
        sys.exit("bench/submit.py measures the full stack: set REDIS_URL too")
    ensure_database(url, name)
    queue = f"bench_submit_{secrets.token_hex(3)}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": redis_url,
        "FACTCHECK_QUEUE": queue,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only"),
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DEBUG": "false",
        "FACTCHECK_SUBMIT_RATE": "1000000/min",
        "FACTCHECK_REFINE_SCORER": "off",
    }
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "REDIS_URL", "FACTCHECK_QUEUE", "SECRET_KEY")})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token

    from claims.management.commands.load_seeds import read_seed
    from claims.permissions import SUBMITTER

    print(f"Database {name}: migrating …", flush=True)
    call_command("migrate", verbosity=0)
    user, _ = get_user_model().objects.get_or_create(username="bench-submitter")
    user.groups.add(Group.objects.get_or_create(name=SUBMITTER)[0])
    token = Token.objects.get_or_create(user=user)[0].key
    title, body = read_seed(SEED)
    run_id = secrets.token_hex(4)
    sizes = [int(c) for c in args.clients.split(",") if c.strip()]
    n_answers = len([a for a in args.answers.split(",") if a.strip()])
    total = args.warmup + args.requests * len(sizes) * n_answers
    # A unique last line: every body is new (no duplicate answer), and the seed's 20 claims
    # become the 21 of the 3 KB article.
    articles = [(f"{title} ({run_id}-{i})", f"{body}\n\nDesk reference {run_id}-{i}.") for i in range(total)]

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "factcheck.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(args.port, proc)
        _, _, errors = run(args.port, token, articles[: args.warmup], 1)
        if errors:
            sys.exit(f"warm-up failed: {errors[0]}")
        rest = articles[args.warmup :]
        load = os.getloadavg()[0]
        print(
            f"gunicorn {args.workers} workers, {os.cpu_count()} cores, load average {load:.1f}; "
            f"{len(body.encode()):,} bytes, 21 claims per article"
        )
        print(
            f"{'answer':>7} {'clients':>7} {'requests':>8} | {'p50 ms':>7} {'p95 ms':>7} {'max':>7} | "
            f"{'articles/s':>10}"
        )
        answers = [a.strip() for a in args.answers.split(",") if a.strip()]
        summary = []
        for k, answer in enumerate(answers):
            p50_one, best_rate = None, 0.0
            for i, clients in enumerate(sizes):
                start = (k * len(sizes) + i) * args.requests
                batch = rest[start : start + args.requests]
                times, elapsed, errors = run(args.port, token, batch, clients, answer == "minimal")
                if errors:
                    print(f"  {len(errors)} error(s), first: {errors[0]}")
                print(
                    f"{answer:>7} {clients:7} {len(times):8} | {pct(times, 0.5):7.1f} "
                    f"{pct(times, 0.95):7.1f} {max(times):7.1f} | {len(times) / elapsed:10.1f}",
                    flush=True,
                )
                if clients == 1:
                    p50_one = pct(times, 0.5)
                best_rate = max(best_rate, len(times) / elapsed)
            summary.append((answer, p50_one, best_rate))
        for answer, p50_one, best_rate in summary:
            if p50_one is not None:
                verdict = "pass" if p50_one <= TARGET_P50_MS else "FAIL"
                print(
                    f"{answer} answer: target p50 at 1 client <= {TARGET_P50_MS:.0f} ms: "
                    f"{p50_one:.1f} ms {verdict}"
                )
            verdict = "pass" if best_rate >= TARGET_RATE else "FAIL"
            print(
                f"{answer} answer: target >= {TARGET_RATE:.0f} articles/s: {best_rate:.1f} {verdict} "
                f"(load average {load:.1f})"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        from factcheck.celery import app

        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)
    print(
        "\nTimes in ms, as the client sees them (keep-alive connection per client). The submitted "
        "articles stay in the database; their corroboration messages were discarded with the queue."
    )


if __name__ == "__main__":
    main()
