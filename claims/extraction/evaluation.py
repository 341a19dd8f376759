"""Measurements behind README.md: segmentation rule sets and check-worthiness metrics."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .segment import segment


@dataclass
class SbdResult:
    passed: int = 0
    applicable: int = 0
    total: int = 0
    failures: list[dict] = field(default_factory=list)


def applicable(case: dict) -> bool:
    """A case applies to exact-span segmentation when its expected sentences occur in the text in order."""
    pos = 0
    for sentence in case["expected"]:
        i = case["text"].find(sentence, pos)
        if i < 0:
            return False
        pos = i + len(sentence)
    return True


def sbd_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate_sbd(path: Path) -> SbdResult:
    res = SbdResult()
    for case in sbd_cases(path):
        res.total += 1
        if not applicable(case):
            continue
        res.applicable += 1
        got = [s.text for s in segment(case["text"])]
        if got == case["expected"]:
            res.passed += 1
        else:
            res.failures.append(
                {"id": case.get("id"), "text": case["text"], "expected": case["expected"], "got": got}
            )
    return res


def run(data: Path, cv: bool = True, log: Callable[[str], None] = print) -> dict:
    sbd = data / "sbd"
    out: dict = {}
    for name in ("english_golden_rules.jsonl", "english_clean_tests.jsonl"):
        res = evaluate_sbd(sbd / name)
        out[name] = (res.passed, res.applicable, res.total)
        log(f"{name}: {res.passed}/{res.applicable} applicable cases pass ({res.total} cases in file)")
        for f in res.failures:
            log(f"  FAIL {f['id'] or ''} {f['text'][:80]!r}")
    cb = data / "claimbuster"
    crowd, gt = cb / "crowdsourced.csv", cb / "groundtruth.csv"
    if not crowd.exists():
        raise FileNotFoundError(2, "not found", str(crowd))
    from . import training
    from .scoring import MODEL_PATH, LinearScorer

    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    threshold = model["threshold"]
    if cv:
        import numpy as np
        from sklearn.metrics import average_precision_score

        data_cb = training.load_claimbuster(crowd)
        C = model.get("meta", {}).get("C", 4.0)
        oof = training.cross_validate(data_cb, C, model.get("meta", {}).get("min_df", 2))
        a, b = training._platt(oof, data_cb.labels)
        p = training._sigmoid(a * oof + b)
        m = training._metrics(data_cb.labels, p, threshold)
        out["cv"] = m
        log(
            f"leave-debates-out CV (GroupKFold {training.N_FOLDS} by File_id, C={C}, threshold {threshold}): "
            f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} AP {m['average_precision']:.3f}"
        )
        _ = np, average_precision_score
    if gt.exists():
        m = training._metrics(*_gt_scores(gt, LinearScorer(model)), threshold)
        out["groundtruth"] = m
        log(
            f"groundtruth.csv (not used for tuning), threshold {threshold}: "
            f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} AP {m['average_precision']:.3f}"
        )
    return out


def _gt_scores(path: Path, scorer) -> tuple[list[int], list[float]]:
    from .training import load_claimbuster

    data = load_claimbuster(path)
    return data.labels, [s.score for s in scorer.score(data.texts)]
