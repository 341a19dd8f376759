"""Scoring a ranking on the CheckThat! verified-claim retrieval data (MAP@k, recall@k).

MAP@k follows the CheckThat! scorer: the precisions at the ranks of the relevant fact checks in
the top k, summed, divided by the number of relevant fact checks of the query. Qrels files repeat
some lines; they are read into sets, so a repeat counts once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .ranker import Query

# The sets evaluate_matching knows: folder, splits, whether queries have transcripts.
SETS = {
    "tweets": ("clef2020_task2_en", ("train", "dev", "test")),
    "debates": ("clef2021_task2b_en", ("train", "dev")),
}
CONTEXT_LINES = 3


def read_qrels(path: str | Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            gold.setdefault(parts[0], set()).add(parts[2])
    return gold


def average_precision(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for i, ident in enumerate(ranked[:k], 1):
        if ident in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


def recall(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def score_run(run: dict[str, list[str]], gold: dict[str, set[str]]) -> dict[str, float]:
    """MAP@1/3/5 and R@5 over the queries that have gold (a query without a ranking scores 0)."""
    n = len(gold) or 1
    out = {
        f"MAP@{k}": sum(average_precision(run.get(q, []), g, k) for q, g in gold.items()) / n
        for k in (1, 3, 5)
    }
    out["R@5"] = sum(recall(run.get(q, []), g, 5) for q, g in gold.items()) / n
    return out


@dataclass
class Transcripts:
    """The debate transcripts: a query id is ``<transcript>_<line>``; gives speaker and context."""

    lines: dict[str, list[tuple[str, str, str]]]  # transcript -> [(line_no, speaker, text)]

    @classmethod
    def read(cls, folder: Path) -> Transcripts:
        lines: dict[str, list[tuple[str, str, str]]] = {}
        if folder.is_dir():
            for path in sorted(folder.glob("*.tsv")):
                rows = []
                for raw in path.read_text(encoding="utf-8").splitlines():
                    parts = raw.split("\t")
                    if len(parts) >= 3:
                        rows.append((parts[0].strip(), parts[1].strip(), parts[2].strip()))
                lines[path.stem] = rows
        return cls(lines)

    def locate(self, qid: str) -> tuple[str, str]:
        """(speaker, the ``CONTEXT_LINES`` lines before) for a query id, or ("", "")."""
        name, _, number = qid.rpartition("_")
        rows = self.lines.get(name)
        if not rows or not number.isdigit():
            return "", ""
        for i, (line_no, speaker, _text) in enumerate(rows):
            if line_no.isdigit() and int(line_no) == int(number):
                before = " ".join(t for _, _, t in rows[max(0, i - CONTEXT_LINES) : i])
                return speaker, before
        return "", ""


def read_split(
    folder: Path, split: str, transcripts: Transcripts | None
) -> tuple[list[Query], dict[str, set[str]]]:
    queries = []
    with open(folder / f"queries_{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            qid = str(rec.get("qid", rec.get("id")))
            speaker, context = transcripts.locate(qid) if transcripts else ("", "")
            queries.append(Query(id=qid, text=rec["text"], speaker=speaker, context=context))
    return queries, read_qrels(folder / f"qrels_{split}.tsv")


def run_queries(rank: Callable[[Query], list[str]], queries: Sequence[Query]) -> dict[str, list[str]]:
    return {q.id: rank(q) for q in queries}


# --- the experiment: the same Matcher as the provider, its signals computed once per query ----

TOP = 5


def load_set(data_dir: Path, name: str):
    """(docs, {split: (queries, gold)}) of one CheckThat! set under ``data_dir``."""
    from .collection import read_collection

    folder_name, splits = SETS[name]
    folder = data_dir / folder_name
    docs, _problems = read_collection(folder / "vclaims.jsonl")
    transcripts = Transcripts.read(folder / "transcripts") if (folder / "transcripts").is_dir() else None
    return docs, {
        s: read_split(folder, s, transcripts) for s in splits if (folder / f"queries_{s}.jsonl").exists()
    }


def cached_vectors(docs, embedder, cache_dir: Path | None, log=print):
    """The library's vectors, from a cache keyed by the model and the texts when there is one."""
    import hashlib

    import numpy as np

    from .ranker import embed_text

    texts = [embed_text(d) for d in docs]
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    model = str(embedder.meta.get("model_sha256", embedder.name))[:12]
    path = cache_dir / f"vectors-{model}-{key}.npy" if cache_dir else None
    if path and path.exists():
        return np.load(path)
    import time

    started = time.monotonic()
    vectors = embedder.encode(texts)
    log(f"  embedded {len(texts)} fact checks in {time.monotonic() - started:.0f} s")
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def top_ids(matcher, fused, top: int = TOP) -> list[str]:
    import numpy as np

    k = min(top, len(fused))
    best = np.argpartition(-fused, k - 1)[:k]
    best = best[np.lexsort((best, -fused[best]))]
    return [matcher.ids[i] for i in best]


def zsignals(matcher, queries, config):
    """Per query: the z-scored signals and the raw cosine (for the tiers)."""
    from .ranker import zscore

    out = []
    for q in queries:
        sig = matcher.signals(q, config=config)
        out.append(({k: zscore(v).astype("float32") for k, v in sig.items()}, sig.get("dense"), sig["bm25"]))
    return out


def run_method(matcher, queries, zs, config) -> dict[str, list[str]]:
    import numpy as np

    run = {}
    for q, (z, dense, bm25) in zip(queries, zs, strict=True):
        if config.method == "bm25":
            fused = bm25
        elif config.method == "dense":
            fused = dense
        elif config.method == "rrf":
            fused = matcher.fuse(q, {"bm25": bm25, "dense": dense}, config)
        else:
            fused = matcher.combine(q, z, config)
        run[q.id] = top_ids(matcher, np.asarray(fused))
    return run


def tune(matchers_zs: list, grid: dict[str, list[float]], base, log=print):
    """The zsum weights that maximise the mean MAP@5 over the given (matcher, queries, gold, zs)."""
    import itertools

    best, best_score = base, -1.0
    names = list(grid)
    for values in itertools.product(*(grid[n] for n in names)):
        cfg = base.with_(method="zsum", **dict(zip(names, values, strict=True)))
        scores = [score_run(run_method(m, q, zs, cfg), g)["MAP@5"] for m, q, g, zs in matchers_zs]
        mean = sum(scores) / len(scores)
        if mean > best_score + 1e-9:
            best, best_score = cfg, mean
    log(f"  tuned {', '.join(f'{n}={getattr(best, n)}' for n in names)}: mean train MAP@5 {best_score:.3f}")
    return best


def candidate_features(matcher, queries, zs, gold, config) -> list[tuple[float, float, float, bool]]:
    """(cosine, fused, lead over the next, relevant) of the top-5 candidates of every query."""
    import numpy as np

    rows = []
    for q, (z, dense, _bm25) in zip(queries, zs, strict=True):
        fused = np.asarray(matcher.combine(q, z, config))
        k = min(TOP + 1, len(fused))
        best = np.argpartition(-fused, k - 1)[:k]
        best = best[np.lexsort((best, -fused[best]))]
        for n, i in enumerate(best[:TOP]):
            lead = float(fused[i] - fused[best[n + 1]]) if n + 1 < len(best) else 0.0
            rows.append((float(dense[i]), float(fused[i]), lead, matcher.ids[i] in gold.get(q.id, set())))
    return rows


def fit_logistic(rows, l2: float = 1e-3, steps: int = 50) -> tuple[tuple[float, float, float], float]:
    """Weights and bias of P(relevant | cosine, fused, lead), by Newton's method."""
    import numpy as np

    x = np.array([[1.0, c, f, d] for c, f, d, _r in rows])
    y = np.array([float(r) for *_x, r in rows])
    w = np.zeros(4)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(4)
        w -= np.linalg.solve(hess, grad)
    return (float(w[1]), float(w[2]), float(w[3])), float(w[0])


def calibrate_threshold(scores: list[tuple[float, bool]], precision: float = 0.9) -> float:
    """The lowest score from which the candidates above it are relevant at ``precision``."""
    ranked = sorted(scores, key=lambda p: -p[0])
    best = 1.0
    hits = 0
    for n, (score, rel) in enumerate(ranked, 1):
        hits += rel
        if hits / n >= precision:
            best = score
    return round(best, 3)


def tier_figures(matcher, rows) -> dict[str, float]:
    """Precision of the "same" tier and the share of true matches (in the top 5) it holds."""
    same = [r for c, f, d, r in rows if matcher.tier(c, f, d) == "same"]
    relevant = sum(r for *_x, r in rows)
    return {
        "precision": sum(same) / len(same) if same else 0.0,
        "recall": sum(same) / relevant if relevant else 0.0,
        "n_same": len(same),
    }
