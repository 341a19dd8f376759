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
FEATURES = "tf-idf word 1-2 grams (sublinear, l2) + hand features; logistic regression, balanced"
# Distillation (train_distilled): MiniLM labels every ClaimBuster sentence and altered copies
# of them; the linear model learns from those probabilities mixed with the labels.
DISTIL_ALPHA_GRID = (0.5, 0.25)  # the hard label's share of a training sentence's target
DISTIL_C_GRID = (4.0, 8.0, 16.0)
AUGMENT_ROUNDS = 2  # rounds of three altered copies of every training sentence
AUGMENT_SEED = 13


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


def augment(texts: list[str], rounds: int = AUGMENT_ROUNDS, seed: int = AUGMENT_SEED) -> list[str]:
    """Altered copies of every sentence, for a teacher model to label: per round and sentence,
    the sentence with about one word in seven dropped, a window of it (at least two words and
    40 % of them), and its first half joined to the second half of another sentence. Text ``i``
    gives copies ``3 * (r * len(texts) + i) + 0..2`` of round ``r``. Seeded: the same copies on
    every run."""
    import random

    rng = random.Random(seed)
    words = [t.split() for t in texts]
    out: list[str] = []
    for _ in range(rounds):
        for w in words:
            kept = [x for x in w if rng.random() > 0.15] or w
            n = len(w)
            if n >= 4:
                k = rng.randint(max(2, int(n * 0.4)), n)
                start = rng.randint(0, n - k)
                window = w[start : start + k]
            else:
                window = w
            other = words[rng.randrange(len(words))]
            out += (
                " ".join(kept),
                " ".join(window),
                " ".join(w[: max(1, n // 2)] + other[len(other) // 2 :]),
            )
    return out


def split_debates(data: Dataset, debates):
    """The indices of the sentences outside ``debates`` and of those in them (numpy arrays)."""
    import numpy as np

    inside = np.isin(np.array(data.groups), list(debates))
    return np.flatnonzero(~inside), np.flatnonzero(inside)


def teacher_probabilities(teacher, texts: list[str]):
    """The teacher's calibrated probabilities (a numpy array), in batches of 512."""
    import numpy as np

    z = np.array([v for k in range(0, len(texts), 512) for v in teacher.logits(texts[k : k + 512])])
    return _sigmoid(teacher.cal_a * z + teacher.cal_b)


def soft_targets(labels, probabilities, alpha: float):
    """A labelled sentence's target: ``alpha`` of its label, the rest the teacher's probability."""
    return alpha * labels + (1 - alpha) * probabilities


def _fit_soft(texts, hand, targets, weights, C: float, min_df: int, vocab_texts=None):
    """Logistic regression on soft targets in [0, 1]: each row twice, as positive with weight
    ``weight * target`` and as negative with ``weight * (1 - target)``; the classes balanced on
    those weights (with 0/1 targets and unit weights, exactly ``_fit``'s model). The terms are
    those of ``vocab_texts`` (default: all texts): the real sentences, not the altered copies,
    whose joins would add a third more terms and load three times slower."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack, vstack
    from sklearn.linear_model import LogisticRegression

    vec = _vectorizer(min_df)
    vec.fit(texts if vocab_texts is None else vocab_texts)
    X = hstack([vec.transform(texts), csr_matrix(hand)]).tocsr()
    targets, weights = np.asarray(targets, dtype=float), np.asarray(weights, dtype=float)
    y = np.concatenate([np.ones(len(targets)), np.zeros(len(targets))])
    w = np.concatenate([weights * targets, weights * (1.0 - targets)])
    pos, neg = w[y == 1].sum(), w[y == 0].sum()
    w = np.where(y == 1, w * (pos + neg) / (2 * pos), w * (pos + neg) / (2 * neg))
    keep = w > 1e-9
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=3000)
    clf.fit(vstack([X, X]).tocsr()[keep], y[keep], sample_weight=w[keep])
    return vec, clf


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
        "features": FEATURES,
        "cv": {"scheme": f"GroupKFold({N_FOLDS}) by File_id", "at_threshold": cv, "at_0.5": cv_at_half},
        "groundtruth": gt,
        "sklearn": sklearn.__version__,
    }
    _write_model(model, out, log)
    return model


def train_distilled(
    crowdsourced: Path,
    groundtruth: Path | None,
    teacher_dir: Path,
    out: Path | None = MODEL_PATH,
    log=print,
    threads: int = 2,
) -> dict:
    """The linear model distilled from the MiniLM model (``teacher_dir``).

    Targets: a sentence's is ``alpha * label + (1 - alpha) * teacher probability``; an altered
    copy of it (``augment``) has the teacher's probability alone. ``alpha`` and C are chosen by
    GroupKFold(5) over the 26 debates the teacher trained on (average precision on the left-out
    debates' own labels). The recipe is then trained on those 26 debates and measured on the 7
    the teacher held out, where its Platt scaling and threshold are fitted, as the teacher's
    were (F1 with each debate's threshold chosen on the others is reported too). The shipped
    model is the same recipe trained on all 33 debates, with that scaling and threshold; with
    ``out`` None, only the recipe is measured and ``{"heldout": ..., "grid": ...}`` returned.
    """
    import numpy as np
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    from .transformer import TransformerScorer

    teacher = TransformerScorer.load(teacher_dir, threads=threads, explainer=None)
    held = sorted(teacher.meta["heldout"]["debates"])
    data = load_claimbuster(crowdsourced)
    sha = hashlib.sha256(crowdsourced.read_bytes()).hexdigest()
    if teacher.meta.get("data_sha256") not in (None, sha):
        raise ValueError(f"{teacher_dir} was trained on another crowdsourced.csv than {crowdsourced}")
    texts = data.texts
    y = np.array(data.labels)
    groups = np.array(data.groups)
    tr, te = split_debates(data, held)
    copies = augment(texts)
    log(
        f"{len(texts)} sentences of {len(set(data.groups))} debates ({len(held)} held out by the teacher), "
        f"{len(copies)} altered copies"
    )
    p_all, p_copies = teacher_probabilities(teacher, texts), teacher_probabilities(teacher, copies)
    log("teacher probabilities done")
    hand, hand_copies = _hand_matrix(texts), _hand_matrix(copies)
    copy_of = np.arange(len(copies)) // 3 % len(texts)  # the sentence each copy alters

    def fit(rows, alpha: float, C: float):
        """The student on the sentences ``rows`` and their copies (terms from the sentences)."""
        cp = np.flatnonzero(np.isin(copy_of, rows))
        return _fit_soft(
            [texts[i] for i in rows] + [copies[i] for i in cp],
            np.vstack([hand[rows], hand_copies[cp]]),
            np.concatenate([soft_targets(y[rows], p_all[rows], alpha), p_copies[cp]]),
            np.ones(len(rows) + len(cp)),
            C,
            2,
            vocab_texts=[texts[i] for i in rows],
        )

    best = None
    grid = []
    folds = [(tr[a], tr[b]) for a, b in GroupKFold(n_splits=N_FOLDS).split(tr, y[tr], groups[tr])]
    for alpha in DISTIL_ALPHA_GRID:
        for C in DISTIL_C_GRID:
            oof = np.zeros(len(texts))
            for fit_rows, test_rows in folds:
                vec, clf = fit(fit_rows, alpha, C)
                oof[test_rows] = _decision(vec, clf, [texts[i] for i in test_rows], hand[test_rows])
            ap = float(average_precision_score(y[tr], oof[tr]))
            grid.append({"alpha": alpha, "C": C, "ap": round(ap, 4)})
            log(f"alpha={alpha} C={C}: AP {ap:.4f} (GroupKFold({N_FOLDS}) in the teacher's 26 debates)")
            if best is None or ap > best[2]:
                best = (alpha, C, ap)
    alpha, C, _ = best
    vec, clf = fit(tr, alpha, C)
    z_te = _decision(vec, clf, [texts[i] for i in te], hand[te])
    a, b = _platt(z_te, y[te])
    p_te = _sigmoid(a * z_te + b)
    threshold = round(_best_threshold(y[te], p_te), 3)
    from .evaluation import nested_threshold_f1

    heldout = {
        "model": "the same recipe trained on the other 26 debates (the shipped model trains on all 33)",
        "debates": held,
        "n_sentences": len(te),
        "n_positive": int(y[te].sum()),
        "at_threshold": _metrics(y[te], p_te, threshold),
        "at_0.5": _metrics(y[te], p_te, 0.5),
        "f1_nested_threshold": round(nested_threshold_f1(y[te], p_te, list(groups[te])), 4),
    }
    log(f"chosen alpha={alpha} C={C}; Platt a={a:.4f} b={b:.4f}; threshold {threshold}")
    log(f"the recipe trained on the teacher's 26 training debates, on its 7 held-out ones: {heldout}")
    if out is None:
        return {"heldout": heldout, "grid": grid, "alpha": alpha, "C": C}
    vec, clf = fit(np.arange(len(texts)), alpha, C)  # the shipped model: every debate
    model = _export(vec, clf, a, b, threshold)
    model["hand_mean"] = {name: round(float(hand[:, i].mean()), 4) for i, name in enumerate(HAND_FEATURES)}
    gt = (
        evaluate_model(model, groundtruth, threshold)
        if groundtruth is not None and groundtruth.exists()
        else None
    )
    if gt:
        log(f"groundtruth.csv (reported, not tuned on): {gt}")
    import sklearn

    model["meta"] = {
        "trained_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data": crowdsourced.name,
        "data_sha256": sha,
        "n_sentences": len(texts),
        "n_positive": int(y.sum()),
        "C": C,
        "min_df": 2,
        "features": FEATURES,
        "distillation": {
            "teacher": teacher_dir.name,
            "teacher_trained_at": teacher.meta.get("trained_at"),
            "alpha": alpha,
            "augment": {"rounds": AUGMENT_ROUNDS, "copies": len(copies), "seed": AUGMENT_SEED},
            "grid": grid,
        },
        "heldout": heldout,
        "groundtruth": gt,
        "sklearn": sklearn.__version__,
    }
    _write_model(model, out, log)
    return model


def _write_model(model: dict, out: Path, log) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(model, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    log(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {len(model['vocab'])} terms)")


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
