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
    heldout = model.get("meta", {}).get("heldout")
    if heldout:  # distilled from MiniLM: its recipe was measured on the debates MiniLM held out
        out["heldout"] = heldout
        m = heldout["at_threshold"]
        log(
            f"linear (distilled from MiniLM), recorded by train_checkworthiness: {heldout['model']}, on the "
            f"{len(heldout['debates'])} debates MiniLM never saw ({heldout['n_sentences']} sentences), "
            f"threshold {threshold} (chosen on them): P {m['precision']:.3f} R {m['recall']:.3f} "
            f"F1 {m['f1']:.3f} AP {m['average_precision']:.3f}; F1 {heldout['f1_nested_threshold']:.3f} with "
            "each debate's threshold chosen on the others"
        )
    elif cv:
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


def linear_attempts(
    crowdsourced: Path, log: Callable[[str], None] = print, fact_checked: TranscriptLines | None = None
) -> list[dict]:
    """Leave-debates-out CV (GroupKFold(5) by File_id) of the linear model and its variants; with
    ``fact_checked``, also trained with those lines added to every fold (data augmentation)."""
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

    def cv(weights=None, multiclass=False, extra=None):
        oof = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=training.N_FOLDS).split(texts, y, groups):
            if multiclass:
                vec = training._vectorizer(2)
                Xtr = hstack([vec.fit_transform(list(texts[tr])), csr_matrix(hand[tr])]).tocsr()
                Xte = hstack([vec.transform(list(texts[te])), csr_matrix(hand[te])]).tocsr()
                clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000)
                clf.fit(Xtr, verdict[tr])
                proba = clf.predict_proba(Xte)
                oof[te] = np.log(proba[:, list(clf.classes_).index(1)] + 1e-9)
                continue
            # the shipped recipe (training._fit), with weights or extra rows for some attempts
            fit_texts, fit_hand, fit_y = list(texts[tr]), hand[tr], y[tr]
            if extra is not None:  # (texts, hand rows, labels) added to every training fold
                fit_texts += extra[0]
                fit_hand, fit_y = np.vstack([fit_hand, extra[1]]), np.concatenate([fit_y, extra[2]])
            vec, clf = training._fit(
                fit_texts, fit_hand, fit_y, 4.0, 2, sample_weight=None if weights is None else weights[tr]
            )
            oof[te] = training._decision(vec, clf, list(texts[te]), hand[te])
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
    if fact_checked is not None:
        fy = np.array(fact_checked.labels)
        fhand = training._hand_matrix(fact_checked.texts)
        ftexts = np.array(fact_checked.texts, dtype=object)
        checked = np.flatnonzero(fy == 1)
        unchecked = np.random.RandomState(13).choice(np.flatnonzero(fy == 0), 3 * len(checked), replace=False)
        for name, idx in (
            ("linear + the lines PolitiFact checked as positives", checked),
            ("linear + those, and 3 unchecked lines each as negatives", np.concatenate([checked, unchecked])),
        ):
            extra = (list(ftexts[idx]), fhand[idx], fy[idx])
            rows.append(_figures(name, y, cv(extra=extra)[0], groups, log))
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
    data = training.load_claimbuster(crowdsourced)
    tr, te = training.split_debates(data, scorer.meta["heldout"]["debates"])
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


CONTEXT_GAP = 3  # a neighbour is the nearest line of the same debate at most this many lines away


def context_attempts(crowdsourced: Path, model_dir: Path, log: Callable[[str], None] = print) -> list[dict]:
    """Does a sentence's context help? MiniLM's log-odds for the sentence, and for the lines
    before and after it in the same debate (at most CONTEXT_GAP lines away), stacked by a
    logistic regression: on MiniLM's held-out debates, the regression and the threshold chosen
    for each debate on the other six (as the ensemble's weight is)."""
    import csv

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, f1_score

    from . import training
    from .transformer import TransformerScorer

    scorer = TransformerScorer.load(model_dir, explainer=None)
    with open(crowdsourced, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    data = training.load_claimbuster(crowdsourced)
    _, te = training.split_debates(data, scorer.meta["heldout"]["debates"])
    texts = [data.texts[i] for i in te]
    z = np.array([v for k in range(0, len(texts), 512) for v in scorer.logits(texts[k : k + 512])])
    y = np.array([data.labels[i] for i in te])
    g = np.array([data.groups[i] for i in te])
    where = {(data.groups[i], int(rows[i]["Line_number"])): k for k, i in enumerate(te)}

    def neighbour(k: int, step: int) -> int | None:
        debate, line = data.groups[te[k]], int(rows[te[k]]["Line_number"])
        for d in range(1, CONTEXT_GAP + 1):
            j = where.get((debate, line + step * d))
            if j is not None:
                return j
        return None

    feats = []
    for k in range(len(te)):
        row = [z[k]]
        for step in (-1, 1):
            j = neighbour(k, step)
            row += [z[j], 1.0] if j is not None else [0.0, 0.0]
        feats.append(row)
    x_all = np.array(feats)
    out = []
    for name, x in (
        ("MiniLM alone, stacked the same way", x_all[:, :1]),
        (f"MiniLM + the lines before and after (at most {CONTEXT_GAP} lines away)", x_all),
    ):
        scores, pred = np.zeros(len(te)), np.zeros(len(te), dtype=int)
        for d in sorted(set(g)):
            rest, fold = g != d, g == d
            s = LogisticRegression().fit(x[rest], y[rest]).decision_function(x)
            t = training._best_threshold(y[rest], s[rest])
            scores[fold], pred[fold] = s[fold], s[fold] >= t
        row = {
            "attempt": name,
            "ap": round(float(average_precision_score(y, scores)), 4),
            "f1_nested_threshold": round(float(f1_score(y, pred)), 4),
        }
        log(
            f"{name:<58} AP {row['ap']:.3f}  F1 {row['f1_nested_threshold']:.3f} "
            "(stacking and threshold per left-out debate)"
        )
        out.append(row)
    return out


def distillation_attempts(
    crowdsourced: Path, model_dir: Path, matching_dir: Path | None = None, log: Callable[[str], None] = print
) -> list[dict]:
    """The linear model distilled from MiniLM, on the 7 debates MiniLM never saw: the shipped
    recipe (``training.train_distilled``: the sentences and altered copies of them, trained on
    the other 26 debates), without the copies, and with other unlabelled text instead of them.
    The other text is the claims and headlines of the fact checks and the tweets of CheckThat!
    2020 and 2021 (``matching_dir``), research-use data, so a model trained on it does not ship."""
    import numpy as np

    from . import training
    from .transformer import TransformerScorer

    recipe = training.train_distilled(crowdsourced, None, model_dir, out=None, log=lambda _: None)
    h = recipe["heldout"]
    row = {
        "attempt": f"linear distilled from MiniLM (shipped recipe: alpha {recipe['alpha']}, C {recipe['C']})",
        "ap": h["at_threshold"]["average_precision"],
        "f1_nested_threshold": h["f1_nested_threshold"],
    }
    log(
        f"{row['attempt']:<58} AP {row['ap']:.3f}  "
        f"F1 {row['f1_nested_threshold']:.3f} (threshold chosen elsewhere)"
    )
    rows = [row]
    teacher = TransformerScorer.load(model_dir, threads=2, explainer=None)
    data = training.load_claimbuster(crowdsourced)
    y = np.array(data.labels)
    tr, te = training.split_debates(data, teacher.meta["heldout"]["debates"])
    texts = [data.texts[i] for i in tr]
    hand = training._hand_matrix(data.texts)
    p_tr = training.teacher_probabilities(teacher, texts)
    groups = [data.groups[i] for i in te]

    def attempt(name, extra_texts=(), alpha=0.5, C=4.0):
        extra_texts = list(extra_texts)
        p_extra = training.teacher_probabilities(teacher, extra_texts) if extra_texts else np.zeros(0)
        vec, clf = training._fit_soft(
            texts + extra_texts,
            np.vstack([hand[tr], training._hand_matrix(extra_texts)]) if extra_texts else hand[tr],
            np.concatenate([training.soft_targets(y[tr], p_tr, alpha), p_extra]),
            np.ones(len(tr) + len(extra_texts)),
            C,
            2,
            vocab_texts=texts,
        )
        z = training._decision(vec, clf, [data.texts[i] for i in te], hand[te])
        rows.append(_figures(name, y[te], z, groups, log))

    attempt("linear, MiniLM's probabilities as half of each target (no copies)")
    if matching_dir is not None:
        other = []
        for sub in ("clef2020_task2_en", "clef2021_task2b_en"):
            path = matching_dir / sub / "vclaims.jsonl"
            if path.exists():
                with open(path, encoding="utf-8") as fh:
                    for line in fh:
                        if line.strip():
                            record = json.loads(line)
                            other += [record[f] for f in ("vclaim", "title") if record.get(f)]
        for name in ("train", "dev", "test"):
            path = matching_dir / "clef2020_task2_en" / f"queries_{name}.jsonl"
            if path.exists():
                with open(path, encoding="utf-8") as fh:
                    other += [json.loads(line)["text"] for line in fh if line.strip()]
        if other:
            attempt(
                f"linear, as above + {len(other):,} fact-check claims, headlines, tweets (research use)",
                other,
            )
    return rows


# --- do the sentences fact-checkers chose rank high? (newer debates, a proxy) -------------------

FACT_CHECKED_DIR = Path("matching") / "clef2021_task2b_en"
TOP_SHARE = 0.2  # "in the top fifth of its transcript"


@dataclass
class TranscriptLines:
    """The lines of debate and speech transcripts (2012–2019), 1 where PolitiFact checked the line."""

    texts: list[str]
    labels: list[int]
    groups: list[str]  # the transcript each line is from


def _same_text(text: str) -> str:
    return " ".join(text.lower().split())


def load_fact_checked_lines(matching_dir: Path) -> TranscriptLines:
    """CheckThat! 2021 task 2b: every transcript line except the stage directions (speaker
    SYSTEM), labelled 1 when it is one of the queries (lines matched to PolitiFact fact checks).

    A query is found by its text in the transcripts of its date (the qid's first eight
    characters): the qids' transcript names are not always spelled as the files are."""
    import csv

    checked: set[tuple[str, str]] = set()
    for name in ("queries_train.jsonl", "queries_dev.jsonl"):
        path = matching_dir / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    q = json.loads(line)
                    checked.add((q["qid"][:8], _same_text(q["text"])))
    out = TranscriptLines([], [], [])
    transcripts = sorted((matching_dir / "transcripts").glob("*.tsv"))
    if not transcripts:
        raise FileNotFoundError(2, "not found", str(matching_dir / "transcripts"))
    for path in transcripts:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) < 3 or row[1].strip().upper() == "SYSTEM" or not row[2].strip():
                    continue
                out.texts.append(row[2])
                out.labels.append(int((path.stem[:8], _same_text(row[2])) in checked))
                out.groups.append(path.stem)
    return out


def average_precision(labels: list[int], scores: list[float]) -> float:
    """Mean, over the positives, of the precision at each one's rank (highest score first; ties
    in input order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def ranking_figures(labels: list[int], scores: list[float], groups: list[str]) -> dict[str, float]:
    """Per transcript that has a checked line: its average precision, and the share of its checked
    lines in its top fifth by score; both averaged over transcripts. With the base rate."""
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    aps, recalls = [], []
    for idx in by_group.values():
        y = [labels[i] for i in idx]
        if not any(y):
            continue
        s = [scores[i] for i in idx]
        aps.append(average_precision(y, s))
        top = sorted(range(len(idx)), key=lambda k: -s[k])[: max(1, int(len(idx) * TOP_SHARE))]
        recalls.append(sum(y[k] for k in top) / sum(y))
    n = len(aps) or 1
    return {
        "transcripts": len(aps),
        "mean_ap": round(sum(aps) / n, 4),
        "checked_in_top_fifth": round(sum(recalls) / n, 4),
        "base_rate": round(sum(labels) / max(1, len(labels)), 4),
    }


def fact_checked_lines(data: Path) -> TranscriptLines | None:
    """The CheckThat! 2021 2b transcript lines under the data directory, or None when they are
    not there (the measurements that use them are then skipped)."""
    matching = data / FACT_CHECKED_DIR
    return load_fact_checked_lines(matching) if (matching / "transcripts").is_dir() else None


def fact_checked_ranking(lines: TranscriptLines, scorers: dict, log: Callable[[str], None] = print) -> dict:
    """How high each scorer ranks the lines PolitiFact checked, in transcripts of 2012–2019 (a
    later era than the training debates, and a stricter notion: what fact-checkers chose, not
    everything worth checking). Never trained or tuned on."""
    log(
        f"fact-checked lines (CheckThat! 2021 2b transcripts, never tuned on): {sum(lines.labels)} of "
        f"{len(lines.texts)} lines in {len(set(lines.groups))} transcripts were checked by PolitiFact"
    )
    out = {}
    for name, scorer in scorers.items():
        scores: list[float] = []
        for i in range(0, len(lines.texts), 256):
            scores += [r.score for r in scorer.score(lines.texts[i : i + 256])]
        fig = out[name] = ranking_figures(lines.labels, scores, lines.groups)
        log(
            f"  {name:<8} mean AP per transcript {fig['mean_ap']:.3f}, checked lines in the top fifth of "
            f"their transcript {fig['checked_in_top_fifth']:.3f} (base rate {fig['base_rate']:.3f})"
        )
    return out
