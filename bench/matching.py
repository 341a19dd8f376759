"""Benchmark "Checked before?": index build time and memory, query latency at 10k/100k/1M fact
checks, the full matcher (BM25 + the int8 MiniLM encoder + z-score fusion) against BM25 alone.

Run by hand: ``python bench/matching.py [--sizes 10000,100000] [--queries 200] [--data DIR]``.
One core (onnxruntime and BLAS limited to one thread). The library's texts are the CheckThat!
fact checks when ``--data`` (default ../shared/data/matching) has them, otherwise sentences made
here; past the real collection's size, more are made by recombining its words (same vocabulary
and word frequencies). The library's vectors are random unit vectors: the cost of ranking does
not depend on their values, and embedding a million texts would take hours (in the product a
fact check is embedded once, when it is imported).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from claims.matching.embed import Embedder  # noqa: E402
from claims.matching.ranker import FactCheckDoc, MatchConfig, Matcher, Query  # noqa: E402

WORDS = (
    "president senator governor council tax taxes budget crime police border wall immigrants jobs "
    "unemployment percent million billion vaccine virus covid masks election votes ballots fraud "
    "climate carbon emissions oil gas prices inflation wages healthcare insurance medicare abortion "
    "guns shooting school teachers students debt deficit china trade tariffs mexico russia war iraq "
    "obama trump clinton biden sanders photo video shows shark hurricane flood highway fake quote"
).split()


def real_texts(data: Path) -> tuple[list[str], list[str]]:
    docs, queries = [], []
    for folder in ("clef2020_task2_en", "clef2021_task2b_en"):
        path = data / folder / "vclaims.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                rec = json.loads(line)
                docs.append(f"{rec.get('vclaim', '')} {rec.get('title', '')}".strip())
        qpath = data / folder / "queries_dev.jsonl"
        if qpath.exists():
            texts = [json.loads(line)["text"] for line in qpath.open(encoding="utf-8")]
            # Debate sentences come with context (as the provider gives an article's claims).
            queries += [(t, texts[i - 1] if i and "2021" in folder else "") for i, t in enumerate(texts)]
    return docs, queries


def synthetic(n: int, rng: random.Random, pool: list[str]) -> list[str]:
    words = [w for text in pool for w in text.split()] or WORDS
    return [" ".join(rng.choice(words) for _ in range(rng.randint(12, 30))) for _ in range(n)]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(size, texts, queries, embedder, rng) -> dict:
    docs = [FactCheckDoc(id=str(i), claim=t) for i, t in enumerate(texts[:size])]
    vectors = np.asarray(
        [v / np.linalg.norm(v) for v in np.random.default_rng(0).standard_normal((size, embedder.dim))],
        dtype=np.float32,
    )
    started = time.perf_counter()
    full = Matcher(docs, embedder=embedder, vectors=vectors, config=MatchConfig())
    build = time.perf_counter() - started
    lexical = Matcher(docs, config=MatchConfig(method="bm25"))
    row = {"size": size, "build_s": build, "index_mb": full.nbytes / 1e6, "rss_mb": rss_mb()}
    for name, matcher in (("full", full), ("bm25", lexical)):
        times, cpu = [], []
        for text, context in queries:
            q = Query(id="q", text=text, context=context)
            t0, c0 = time.perf_counter(), time.process_time()
            matcher.rank(q, 5)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        for label, values in (("", times), ("cpu_", cpu)):
            values.sort()
            row[f"{name}_{label}p50_ms"] = statistics.median(values)
            row[f"{name}_{label}p95_ms"] = values[int(0.95 * (len(values) - 1))]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "matching"))
    args = parser.parse_args()
    rng = random.Random(13)
    sizes = [int(s) for s in args.sizes.split(",")]
    pool, queries = real_texts(Path(args.data))
    source = f"CheckThat! fact checks ({len(pool)})" if pool else "made-up sentences"
    if not queries:
        made = synthetic(args.queries + 1, rng, pool)
        queries = [(made[i + 1], made[i] if i % 2 else "") for i in range(args.queries)]
    queries = (queries * (args.queries // max(len(queries), 1) + 1))[: args.queries]
    texts = list(pool)
    rng.shuffle(texts)
    if len(texts) < max(sizes):
        texts += synthetic(max(sizes) - len(texts), rng, pool)
    embedder = Embedder.load(threads=1)
    embedder.encode(["warm up"])
    print(
        f"library: {source}, padded by recombination; {len(queries)} queries (debates with context); 1 thread"
    )
    print(
        "| fact checks | build s | index MB | process RSS MB | full p50 / p95 ms (CPU) "
        "| full p50 / p95 ms (wall) | BM25 p50 / p95 ms (CPU) | BM25 p50 / p95 ms (wall) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        r = bench(size, texts, queries, embedder, rng)
        print(
            f"| {r['size']:,} | {r['build_s']:.1f} | {r['index_mb']:.0f} | {r['rss_mb']:.0f} | "
            + " | ".join(
                f"{r[f'{m}_{k}p50_ms']:.1f} / {r[f'{m}_{k}p95_ms']:.1f}"
                for m in ("full", "bm25")
                for k in ("cpu_", "")
            )
            + " |",
            flush=True,
        )


if __name__ == "__main__":
    main()
