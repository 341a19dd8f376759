"""Training and evaluation of the linear check-worthiness model (needs requirements-train.txt).

Only the management commands import this module; run time never does. Hyperparameters and the
threshold are chosen by cross-validation that holds out whole debates (GroupKFold on File_id),
never on groundtruth.csv, which is only reported.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .features import HAND_FEATURES, hand_features, terms
from .scoring import MODEL_FORMAT, MODEL_PATH

C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0)
N_FOLDS = 5


@dataclass
class Dataset:
    texts: list[str]
    labels: list[int]
    groups: list[str]


def load_claimbuster(path: Path) -> Dataset:
    """Rows of a ClaimBuster csv; Verdict 1 (check-worthy factual) is the positive class."""
    texts, labels, groups = [], [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["Text"])
            labels.append(1 if row["Verdict"].strip() == "1" else 0)
            groups.append(row["File_id"])
    return Dataset(texts, labels, groups)


def _hand_matrix(texts: list[str]):
    import numpy as np

    names = list(HAND_FEATURES)
    rows = []
    for t in texts:
        feats = hand_features(t)
        rows.append([feats[n] for n in names])
    return np.array(rows, dtype=float)


def _vectorizer(min_df: int):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=terms, sublinear_tf=True, min_df=min_df, norm="l2", smooth_idf=True)


def _fit(texts, hand, y, C: float, min_df: int, sample_weight=None):
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    vec = _vectorizer(min_df)
    X = hstack([vec.fit_transform(texts), csr_matrix(hand)]).tocsr()
    clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(X, y, sample_weight=sample_weight)
    return vec, clf


def _decision(vec, clf, texts, hand):
    from scipy.sparse import csr_matrix, hstack

    X = hstack([vec.transform(texts), csr_matrix(hand)]).tocsr()
    return clf.decision_function(X)


def _metrics(y, p, threshold: float) -> dict[str, float]:
    from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

    pred = [1 if v >= threshold else 0 for v in p]
    return {
        "precision": round(float(precision_score(y, pred, zero_division=0)), 4),
        "recall": round(float(recall_score(y, pred, zero_division=0)), 4),
        "f1": round(float(f1_score(y, pred, zero_division=0)), 4),
        "average_precision": round(float(average_precision_score(y, p)), 4),
    }


def _platt(z, y) -> tuple[float, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    lr.fit(np.asarray(z).reshape(-1, 1), y)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def _sigmoid(v):
    import numpy as np

    return 1.0 / (1.0 + np.exp(-v))


def _best_threshold(y, p) -> float:
    import numpy as np
    from sklearn.metrics import precision_recall_curve

    prec, rec, thr = precision_recall_curve(y, p)
    f1 = 2 * prec * rec / np.maximum(prec + rec, 1e-12)
    i = int(np.argmax(f1[:-1]))
    return float(thr[i])


def cross_validate(data: Dataset, C: float, min_df: int, log=print, hand=None):
    """Out-of-fold decision values, holding out whole debates per fold."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    y = np.array(data.labels)
    hand = _hand_matrix(data.texts) if hand is None else hand
    texts = np.array(data.texts, dtype=object)
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=N_FOLDS).split(texts, y, data.groups):
        vec, clf = _fit(list(texts[train]), hand[train], y[train], C, min_df)
        oof[test] = _decision(vec, clf, list(texts[test]), hand[test])
    return oof


def train(crowdsourced: Path, groundtruth: Path | None, out: Path = MODEL_PATH, log=print) -> dict:
    """Choose C by leave-debates-out CV, calibrate, pick the threshold, fit on all, export JSON."""
    import numpy as np
    from sklearn.metrics import average_precision_score

    data = load_claimbuster(crowdsourced)
    y = np.array(data.labels)
    log(f"{len(y)} sentences, {int(y.sum())} check-worthy, {len(set(data.groups))} debates")
    min_df = 2
    best = None
    hand = _hand_matrix(data.texts)
    for C in C_GRID:
        oof = cross_validate(data, C, min_df, log, hand)
        ap = float(average_precision_score(y, oof))
        log(f"C={C}: leave-debates-out AP {ap:.4f}")
        if best is None or ap > best[1]:
            best = (C, ap, oof)
    C, _, oof = best
    a, b = _platt(oof, y)
    p_oof = _sigmoid(a * oof + b)
    threshold = round(_best_threshold(y, p_oof), 3)
    cv = _metrics(y, p_oof, threshold)
    cv_at_half = _metrics(y, p_oof, 0.5)
    log(f"chosen C={C}; Platt a={a:.4f} b={b:.4f}; threshold {threshold} (max F1 on out-of-fold scores)")
    log(f"CV at threshold {threshold}: {cv}; at 0.5: {cv_at_half}")

    vec, clf = _fit(data.texts, hand, y, C, min_df)
    model = _export(vec, clf, a, b, threshold)
    model["hand_mean"] = {name: round(float(hand[:, i].mean()), 4) for i, name in enumerate(HAND_FEATURES)}
    gt = None
    if groundtruth is not None and groundtruth.exists():
        gt = evaluate_model(model, groundtruth, threshold)
        log(f"groundtruth.csv (reported, not tuned on): {gt}")
    import sklearn

    model["meta"] = {
        "trained_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data": crowdsourced.name,
        "data_sha256": hashlib.sha256(crowdsourced.read_bytes()).hexdigest(),
        "n_sentences": len(y),
        "n_positive": int(y.sum()),
        "C": C,
        "min_df": min_df,
        "features": "tf-idf word 1-2 grams (sublinear, l2) + hand features; logistic regression, balanced",
        "cv": {"scheme": f"GroupKFold({N_FOLDS}) by File_id", "at_threshold": cv, "at_0.5": cv_at_half},
        "groundtruth": gt,
        "sklearn": sklearn.__version__,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(model, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    log(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {len(model['vocab'])} terms)")
    return model


def _export(vec, clf, a: float, b: float, threshold: float) -> dict:
    coef = clf.coef_[0]
    n_terms = len(vec.vocabulary_)
    vocab = {}
    for term, idx in vec.vocabulary_.items():
        vocab[term] = [round(float(vec.idf_[idx]), 4), round(float(coef[idx]), 4)]
    hand = {name: round(float(coef[n_terms + i]), 4) for i, name in enumerate(HAND_FEATURES)}
    return {
        "format": MODEL_FORMAT,
        "vocab": vocab,
        "hand": hand,
        "intercept": round(float(clf.intercept_[0]), 5),
        "calibration": {"a": round(a, 5), "b": round(b, 5)},
        "threshold": threshold,
    }


def evaluate_model(model: dict, path: Path, threshold: float) -> dict[str, float]:
    """Metrics of an exported model, scored by the pure-Python run-time scorer."""
    from .scoring import LinearScorer

    data = load_claimbuster(path)
    scorer = LinearScorer(model)
    probs = [s.score for s in scorer.score(data.texts)]
    return _metrics(data.labels, probs, threshold)
