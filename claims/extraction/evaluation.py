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


# --- check-worthiness attempts, all measured the same way ---------------------------------------


def nested_threshold_f1(y, p, groups) -> float:
    """F1 with each debate fold's threshold chosen on the other folds' scores (never on itself)."""
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    from .training import N_FOLDS, _best_threshold

    y, p = np.asarray(y), np.asarray(p)
    pred = np.zeros(len(y), dtype=int)
    for rest, fold in GroupKFold(n_splits=min(N_FOLDS, len(set(groups)))).split(p, y, groups):
        t = _best_threshold(y[rest], p[rest])
        pred[fold] = (p[fold] >= t).astype(int)
    return float(f1_score(y, pred))


def _figures(name: str, y, p, groups, log) -> dict:
    from sklearn.metrics import average_precision_score

    from .training import _best_threshold, _metrics

    t = _best_threshold(y, p)
    m = _metrics(y, p, t)
    row = {
        "attempt": name,
        "ap": m["average_precision"],
        "f1_at_oof_best": m["f1"],
        "threshold": round(float(t), 3),
        "f1_nested_threshold": round(nested_threshold_f1(y, p, groups), 4),
    }
    row["ap"] = round(float(average_precision_score(y, p)), 4)
    log(
        f"{name:<58} AP {row['ap']:.3f}  F1 {row['f1_at_oof_best']:.3f} (threshold {row['threshold']} on "
        f"out-of-fold scores)  F1 {row['f1_nested_threshold']:.3f} (threshold chosen on the other folds)"
    )
    return row


def linear_attempts(crowdsourced: Path, log: Callable[[str], None] = print) -> list[dict]:
    """Leave-debates-out CV (GroupKFold(5) by File_id) of the linear model and its variants."""
    import csv

    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from . import training

    data = training.load_claimbuster(crowdsourced)
    with open(crowdsourced, newline="", encoding="utf-8") as fh:
        verdict = np.array([int(r["Verdict"]) for r in csv.DictReader(fh)])
    y = np.array(data.labels)
    groups = data.groups
    hand = training._hand_matrix(data.texts)
    texts = np.array(data.texts, dtype=object)
    rows = []

    def cv(weights=None, multiclass=False):
        oof = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=training.N_FOLDS).split(texts, y, groups):
            vec = training._vectorizer(2)
            Xtr = hstack([vec.fit_transform(list(texts[tr])), csr_matrix(hand[tr])]).tocsr()
            Xte = hstack([vec.transform(list(texts[te])), csr_matrix(hand[te])]).tocsr()
            if multiclass:
                clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000)
                clf.fit(Xtr, verdict[tr])
                proba = clf.predict_proba(Xte)
                oof[te] = np.log(proba[:, list(clf.classes_).index(1)] + 1e-9)
            else:
                clf = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=2000)
                clf.fit(Xtr, y[tr], sample_weight=None if weights is None else weights[tr])
                oof[te] = clf.decision_function(Xte)
        a, b = training._platt(oof, y)
        return training._sigmoid(a * oof + b), oof

    p, z_linear = cv()
    rows.append(_figures("linear (shipped recipe: binary CFS vs rest, C=4)", y, p, groups, log))
    w = np.where(verdict == 0, 0.5, 1.0)
    rows.append(
        _figures("linear, unimportant-factual (UFS) negatives weighted 0.5", y, cv(w)[0], groups, log)
    )
    rows.append(
        _figures("linear, three classes (NFS/UFS/CFS), P(CFS)", y, cv(multiclass=True)[0], groups, log)
    )
    return rows


def ensemble_attempts(crowdsourced: Path, model_dir: Path, log: Callable[[str], None] = print) -> list[dict]:
    """MiniLM alone and MiniLM + linear on the debates MiniLM never saw (held out in training).

    The linear model is retrained on MiniLM's training debates only, so both are scored on
    unseen debates. The ensemble weight and every threshold are chosen by leave-one-debate-out
    among the held-out debates (each debate's threshold and weight from the other six).
    """
    import numpy as np
    from sklearn.metrics import average_precision_score, f1_score

    from . import training
    from .transformer import TransformerScorer

    scorer = TransformerScorer.load(model_dir, explainer=None)
    held_debates = set(scorer.meta["heldout"]["debates"])
    data = training.load_claimbuster(crowdsourced)
    tr = [i for i, g in enumerate(data.groups) if g not in held_debates]
    te = [i for i, g in enumerate(data.groups) if g in held_debates]
    y = np.array(data.labels)
    texts = [data.texts[i] for i in te]
    groups = [data.groups[i] for i in te]
    hand = training._hand_matrix(data.texts)
    vec, clf = training._fit([data.texts[i] for i in tr], hand[tr], y[tr], 4.0, 2)
    z_lin = np.asarray(training._decision(vec, clf, texts, hand[te]))
    z_lm = np.asarray(scorer.logits(texts))
    yt = y[te]
    rows = [
        _figures("linear trained on MiniLM's 26 training debates", yt, z_lin, groups, log),
        _figures("MiniLM int8 (shipped)", yt, z_lm, groups, log),
    ]
    # standardise both, then z = w * minilm + (1 - w) * linear, w chosen per left-out debate
    s_lin = (z_lin - z_lin.mean()) / z_lin.std()
    s_lm = (z_lm - z_lm.mean()) / z_lm.std()
    weights = [k / 10 for k in range(11)]
    debates = sorted(set(groups))
    g = np.array(groups)
    pred = np.zeros(len(yt), dtype=int)
    z_ens = np.zeros(len(yt))
    chosen = []
    for d in debates:
        rest, fold = g != d, g == d
        best = max(
            weights, key=lambda w: average_precision_score(yt[rest], w * s_lm[rest] + (1 - w) * s_lin[rest])
        )
        chosen.append(best)
        z = best * s_lm + (1 - best) * s_lin
        t = training._best_threshold(yt[rest], z[rest])
        pred[fold] = (z[fold] >= t).astype(int)
        z_ens[fold] = z[fold]
    row = {
        "attempt": "MiniLM + linear, weight per left-out debate",
        "ap": round(float(average_precision_score(yt, z_ens)), 4),
        "f1_nested_threshold": round(float(f1_score(yt, pred)), 4),
        "weights": chosen,
    }
    log(
        f"{row['attempt']:<58} AP {row['ap']:.3f}  F1 {row['f1_nested_threshold']:.3f} (threshold and weight "
        f"chosen on the other held-out debates; weights {chosen})"
    )
    rows.append(row)
    return rows
