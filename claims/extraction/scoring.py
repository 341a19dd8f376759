"""Check-worthiness scorers: a protocol, a registry by name, and the pure-Python linear model.

A scorer turns sentences into calibrated probabilities (0..1) with the reasons behind them. The
default ``linear`` scorer reads ``data/checkworthiness.json`` (trained by
``python manage.py train_checkworthiness``) once per process; it needs no numpy or scikit-learn.
"""

from __future__ import annotations

import json
import math
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import repeat
from operator import attrgetter, itemgetter, or_
from pathlib import Path
from typing import Protocol

from .features import (
    _CAPITALISED,
    _DATE_TOKENS,
    _FIGURE_TOKENS,
    _LOG_61,
    _MONEY_TOKENS,
    _PERCENT_TOKENS,
    HAND_FEATURES,
    hand_features,
    opinion_word,
    tokens,
)
from .lexicon import FIRST_PERSON, MODAL_WORDS, OPINION_WORDS

MODEL_PATH = Path(__file__).with_name("data") / "checkworthiness.json"
MODEL_FORMAT = "claims.checkworthiness.linear/1"
MAX_REASONS = 6
_REAL = attrgetter("real")
_COUNT = itemgetter(1)
_BINARY_HAND = (
    "h_figure",
    "h_percent",
    "h_money",
    "h_date",
    "h_first_person",
    "h_modal",
    "h_question",
    "h_short",
)


# One bit per word list of the hand features: a word maps to the lists it belongs to.
_FIG, _PCT, _MONEY, _DATE, _FIRST, _OPINION, _MODAL = (1 << k for k in range(7))
_HAND_BITS: dict[str, int] = {}
for _bit, _words in (
    (_FIG, _FIGURE_TOKENS),
    (_PCT, _PERCENT_TOKENS),
    (_MONEY, _MONEY_TOKENS),
    (_DATE, _DATE_TOKENS),
    (_FIRST, FIRST_PERSON),
    (_OPINION, OPINION_WORDS),
    (_MODAL, MODAL_WORDS),
):
    for _w in _words:
        _HAND_BITS[_w] = _HAND_BITS.get(_w, 0) | _bit
_HAND_BITS_GET = _HAND_BITS.get
_ZEROS = repeat(0)
_SPACE_JOIN = " ".join


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    score: float  # calibrated probability of being check-worthy, 0..1
    reasons: tuple[tuple[str, float], ...]  # (label, contribution in log-odds), biggest first


class Scorer(Protocol):
    name: str

    def score(self, texts: Sequence[str]) -> list[ScoredSentence]: ...


_REGISTRY: dict[str, Callable[[], Scorer]] = {}
_INSTANCES: dict[str, Scorer] = {}
_LOCK = threading.Lock()


def register_scorer(name: str, factory: Callable[[], Scorer]) -> None:
    """Make a scorer available by name; the factory runs once, on first use."""
    _REGISTRY[name] = factory
    _INSTANCES.pop(name, None)


def available_scorers() -> list[str]:
    return sorted(_REGISTRY)


def get_scorer(name: str = "linear") -> Scorer:
    """The scorer registered under ``name``, created on first use and cached for the process."""
    scorer = _INSTANCES.get(name)
    if scorer is not None:
        return scorer
    with _LOCK:
        scorer = _INSTANCES.get(name)
        if scorer is None:
            if name not in _REGISTRY:
                raise KeyError(f"unknown scorer {name!r}; available: {', '.join(available_scorers())}")
            scorer = _REGISTRY[name]()
            _INSTANCES[name] = scorer
    return scorer


def sigmoid(z: float) -> float:
    """Log-odds to probability, without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


_LOGIT_EPS = 1e-6


def logit(p: float) -> float:
    """Probability to log-odds, clamped away from 0 and 1."""
    p = min(max(p, _LOGIT_EPS), 1.0 - _LOGIT_EPS)
    return math.log(p / (1.0 - p))


def _hand_label(name: str, toks: list[str]) -> str:
    if name == "h_opinion":
        word = opinion_word(toks)
        return f"an opinion word ('{word}')" if word else HAND_FEATURES[name]
    return HAND_FEATURES[name]


def top_reasons(contribs: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """The biggest |contributions| first (stable), at most MAX_REASONS, tiny ones dropped."""
    contribs.sort(key=lambda lc: -abs(lc[1]))
    return tuple((label, round(value, 3)) for label, value in contribs[:MAX_REASONS] if abs(value) >= 0.01)


class LinearScorer:
    """TF-IDF (word 1-2 grams) + hand features, logistic model, Platt-calibrated. Pure Python."""

    name = "linear"

    def __init__(self, model: dict) -> None:
        if model.get("format") != MODEL_FORMAT:
            raise ValueError(f"unsupported model format {model.get('format')!r}")
        # term -> complex(weight * idf, idf squared): one small object per term, so a sentence's
        # dot product and squared norm are one C-level ``sum`` over the terms it contains.
        self.vocab: dict[str, complex] = {
            t: complex(v[0] * v[1], v[0] * v[0]) for t, v in model["vocab"].items()
        }
        self.hand: dict[str, float] = model["hand"]
        self.hand_mean: dict[str, float] = model.get("hand_mean", {})
        self.intercept: float = model["intercept"]
        self.cal_a: float = model["calibration"]["a"]
        self.cal_b: float = model["calibration"]["b"]
        self.threshold: float = model.get("threshold", 0.5)
        self.meta: dict = model.get("meta", {})
        self._hand_w = tuple(self.hand.get(name, 0.0) for name in HAND_FEATURES)
        self._hand_m = tuple(self.hand_mean.get(name, 0.0) for name in HAND_FEATURES)
        # a yes/no feature's contribution relative to the average sentence: w * (1 - mean)
        self._hand_c = tuple(
            self.hand.get(name, 0.0) * (1.0 - self.hand_mean.get(name, 0.0))
            for name in (
                "h_figure",
                "h_percent",
                "h_money",
                "h_date",
                "h_first_person",
                "h_opinion",
                "h_modal",
                "h_question",
                "h_short",
            )
        )
        self._m_caps = self.hand_mean.get("h_capitalised", 0.0)
        self._m_len = self.hand_mean.get("h_length", 0.0)
        # yes/no hand features contribute the same reason every time: (label, value) or () when
        # below the display cut; h_opinion names its word, so it is labelled per sentence
        self._constant_reasons: dict[str, tuple[str, float] | tuple[()]] = {}
        for name in _BINARY_HAND:
            value = self.cal_a * (self.hand.get(name, 0.0) * (1.0 - self.hand_mean.get(name, 0.0)))
            self._constant_reasons[name] = (
                (HAND_FEATURES[name], round(value, 3)) if abs(value) >= 0.01 else ()
            )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearScorer:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def logit(self, text: str) -> tuple[float, list[tuple[str, float]], list[str]]:
        """Log-odds before calibration, the contributions reasons are chosen from, and the tokens."""
        z, names, values, toks = self._logit(text)
        return z, list(zip(names, values, strict=True)), toks

    def _logit(self, text: str) -> tuple[float, list[str], list[float], list[str]]:
        """TF-IDF (sublinear tf, l2) dot weights + intercept + hand features.

        Written for CPython speed: tokens by one regex, term look-ups and the sums run in C
        (``filter``/``map``/``sum`` over complex(w·idf, idf²)); only terms that occur more than
        once go through a Python loop. ``names``/``values`` are the candidate reasons: the six
        most negative and six most positive terms present, then the non-zero hand features
        (relative to the average training sentence).
        """
        vocab = self.vocab
        toks = tokens(text)
        n_toks = len(toks)
        # bigrams "x y" built in C (same strings as features.terms)
        terms = toks + list(map(_SPACE_JOIN, zip(toks, toks[1:], strict=False))) if n_toks > 1 else toks
        words = set(toks)
        repeats = len(words) < n_toks  # a bigram can repeat only if a token does
        counts = Counter(terms) if repeats else None  # counted in C; keys in first-seen order
        hits = list(filter(vocab.__contains__, counts if repeats else terms))
        vals = list(map(vocab.__getitem__, hits))
        total = sum(vals, 0j)
        dot, norm2 = total.real, total.imag
        tf: dict[str, float] | None = None
        if repeats:  # sublinear tf = 1 + log(count)
            tf = {}
            # the repeated terms, most frequent first, ties in first-seen order: the order of
            # Counter.most_common (so the sums, and the scores, are bit for bit the same)
            repeated = [tc for tc in counts.items() if tc[1] > 1]
            repeated.sort(key=_COUNT, reverse=True)
            for term, c in repeated:
                entry = vocab.get(term)
                if entry is not None:
                    f = 1.0 + math.log(c)
                    tf[term] = f
                    norm2 += entry.imag * (f * f - 1.0)
                    dot += entry.real * (f - 1.0)
        z = self.intercept
        names: list[str] = []
        values: list[float] = []
        if norm2 > 0.0:
            inv = 1.0 / math.sqrt(norm2)
            z += dot * inv
            widf = list(map(_REAL, vals))
            if len(hits) > MAX_REASONS:  # candidates: the 6 lowest and the 6 highest w·idf
                order = sorted(range(len(hits)), key=widf.__getitem__)
                # (no term twice when there are fewer than 2 × MAX_REASONS hits)
                order = order[:MAX_REASONS] + order[max(MAX_REASONS, len(order) - MAX_REASONS) :]
                names = [hits[k] for k in order]
                widf = [widf[k] for k in order]
            else:
                names = hits
            if tf:
                tf_get = tf.get
                values = [w * inv * tf_get(t, 1.0) for t, w in zip(names, widf, strict=False)]
            else:
                values = [w * inv for w in widf]
        # hand features (same values and order as features.hand_features); which word lists the
        # sentence touches is one C-level pass over its words (a bit per list)
        (w_fig, w_pct, w_money, w_date, w_caps, w_first, w_op, w_modal, w_q, w_len, w_short) = self._hand_w
        c_fig, c_pct, c_money, c_date, c_first, c_op, c_modal, c_q, c_short = self._hand_c
        bits = reduce(or_, map(_HAND_BITS_GET, words, _ZEROS), 0)
        nadd, vadd = names.append, values.append
        if bits & _FIG:
            z += w_fig
            nadd("h_figure")
            vadd(c_fig)
        if bits & _PCT:
            z += w_pct
            nadd("h_percent")
            vadd(c_pct)
        if bits & _MONEY or "$" in text or "£" in text or "€" in text:
            z += w_money
            nadd("h_money")
            vadd(c_money)
        if bits & _DATE:
            z += w_date
            nadd("h_date")
            vadd(c_date)
        caps = len(_CAPITALISED.findall(text))
        if caps:
            v = min(caps, 3) / 3.0
            z += w_caps * v
            nadd("h_capitalised")
            vadd(w_caps * (v - self._m_caps))
        if bits & _FIRST:
            z += w_first
            nadd("h_first_person")
            vadd(c_first)
        if bits & _OPINION:
            z += w_op
            nadd("h_opinion")
            vadd(c_op)
        if bits & _MODAL:
            z += w_modal
            nadd("h_modal")
            vadd(c_modal)
        if text.rstrip().rstrip("\"'”’)").endswith("?"):
            z += w_q
            nadd("h_question")
            vadd(c_q)
        n = n_toks or 1
        v = min(math.log1p(n) / _LOG_61, 1.0)
        z += w_len * v
        nadd("h_length")
        vadd(w_len * (v - self._m_len))
        if n < 6:
            z += w_short
            nadd("h_short")
            vadd(c_short)
        return z, names, values, toks

    def score(self, texts: Sequence[str]) -> list[ScoredSentence]:
        out = []
        append = out.append
        a, b = self.cal_a, self.cal_b
        logit = self._logit
        constant_reasons = self._constant_reasons
        for text in texts:
            z, names, values, toks = logit(text)
            # the biggest |contribution| first; equal ones keep their order (stable sort)
            absv = list(map(abs, values))
            reasons = []
            for k in sorted(range(len(absv)), key=absv.__getitem__, reverse=True)[:MAX_REASONS]:
                t = names[k]
                fixed = constant_reasons.get(t)
                if fixed is not None:  # a yes/no hand feature: always the same reason
                    if fixed:
                        reasons.append(fixed)
                    continue
                value = a * values[k]
                if abs(value) >= 0.01:
                    if t == "h_opinion":
                        label = _opinion_label(toks)
                    elif t == "h_length":
                        label = _length_label(value)
                    elif t in HAND_FEATURES:
                        label = HAND_FEATURES[t]
                    else:
                        label = _term_label(t)
                    reasons.append((label, round(value, 3)))
            append(ScoredSentence(sigmoid(a * z + b), tuple(reasons)))
        return out


def _opinion_label(toks: list[str]) -> str:
    word = opinion_word(toks)
    return f"an opinion word ('{word}')" if word else HAND_FEATURES["h_opinion"]


# How a reviewer reads the model's number placeholders and a few telling words.
_PLACEHOLDERS = {"<num>": "a number", "<pct>": "a percentage", "<year>": "a year"}
_COMPARISON_WORDS = frozenset(
    """than more less fewer higher lower larger smaller bigger most least largest biggest highest
    lowest better worse best worst double doubled triple tripled half twice""".split()
)
_CHANGE_WORDS = frozenset(
    """rose risen rise rises fell fallen fall falls increased increase increases decreased decrease
    decreases grew grown grow cut cuts dropped drop declined decline jumped soared plunged""".split()
)
_PHRASES = {"according to": "attributed with 'according to'", "per cent": "a percentage"}


@lru_cache(maxsize=65536)
def _term_label(term: str) -> str:
    """A model term in plain words: "a year", "'in' followed by a year", "the word 'since'"."""
    known = _PHRASES.get(term) or _PLACEHOLDERS.get(term)
    if known:
        return known
    if " " not in term:
        if term in _COMPARISON_WORDS:
            return f"a comparison ('{term}')"
        if term in _CHANGE_WORDS:
            return f"a change ('{term}')"
        if term in ("percent", "percentage"):
            return "a percentage"
        return f"the word '{term}'"
    first, second = term.split(" ", 1)
    p1, p2 = _PLACEHOLDERS.get(first), _PLACEHOLDERS.get(second)
    if p1 and p2:
        return f"{p1} next to {p2}"
    if p1:
        return f"{p1} followed by '{second}'"
    if p2:
        return f"'{first}' followed by {p2}"
    return f"the words '{term}'"


def _length_label(value: float) -> str:
    return "longer than most sentences" if value >= 0 else "shorter than most sentences"


class HeuristicScorer:
    """Hand-set weights over the hand features: the fallback when no trained model is present."""

    name = "heuristic"
    WEIGHTS = {
        "h_figure": 1.4,
        "h_percent": 0.8,
        "h_money": 0.5,
        "h_date": 0.5,
        "h_capitalised": 0.6,
        "h_first_person": -0.6,
        "h_opinion": -0.9,
        "h_modal": -0.4,
        "h_question": -1.5,
        "h_length": 1.0,
        "h_short": -1.5,
    }
    BIAS = -1.3

    def score(self, texts: Sequence[str]) -> list[ScoredSentence]:
        out = []
        for text in texts:
            toks = tokens(text)
            z = self.BIAS
            contribs = []
            for name, value in hand_features(text, toks).items():
                if value:
                    c = self.WEIGHTS[name] * value
                    z += c
                    contribs.append((_hand_label(name, toks), c))
            out.append(ScoredSentence(sigmoid(z), top_reasons(contribs)))
        return out


def _linear_or_heuristic() -> Scorer:
    if MODEL_PATH.exists():
        return LinearScorer.load()
    return HeuristicScorer()


register_scorer("linear", _linear_or_heuristic)
register_scorer("heuristic", HeuristicScorer)
