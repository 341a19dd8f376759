"""Check-worthiness scorers: a protocol, a registry by name, and the pure-Python linear model.

A scorer turns sentences into calibrated probabilities (0..1) with the reasons behind them. The
default ``linear`` scorer reads ``data/checkworthiness.json`` (trained by
``python manage.py train_checkworthiness``) once per process; it needs numpy, never scikit-learn.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice, repeat
from pathlib import Path
from typing import NamedTuple, Protocol

import numpy as np

from .features import (
    _CAPITALISED,
    _LOG_61,
    HAND_FEATURES,
    HAND_WORD_LISTS,
    SEPARATOR,
    _has_currency,
    _is_question,
    hand_features,
    opinion_word,
    tokens,
    tokens_of_many,
)

MODEL_PATH = Path(__file__).with_name("data") / "checkworthiness.json"
MODEL_FORMAT = "claims.checkworthiness.linear/1"
MAX_REASONS = 6


# One bit per word list of the hand features (features.HAND_WORD_LISTS): a word maps to the lists
# it belongs to.
_LIST_BIT = {name: 1 << k for k, name in enumerate(HAND_WORD_LISTS)}
_HAND_BITS: dict[str, int] = {}
for _name, _words in HAND_WORD_LISTS.items():
    for _w in _words:
        _HAND_BITS[_w] = _HAND_BITS.get(_w, 0) | _LIST_BIT[_name]
_SEP_ID = -2  # the separator's id in the scorer's term look-up
_MISSING = repeat(-1)  # the id of a term not in the vocabulary

# The hand features in the model's order, the word-list bit each is read from (0: computed
# otherwise), and the rows of those computed otherwise.
_HAND_NAMES = tuple(HAND_FEATURES)
_HAND_BITS_BY_FEATURE = tuple(_LIST_BIT.get(name, 0) for name in _HAND_NAMES)
_H_MONEY, _H_CAPS, _H_QUESTION, _H_LENGTH, _H_SHORT = map(
    _HAND_NAMES.index, ("h_money", "h_capitalised", "h_question", "h_length", "h_short")
)
_HAND_BIT_COLUMN = np.array(_HAND_BITS_BY_FEATURE, dtype=np.int64)[:, None]
_C_OPINION = -(_HAND_NAMES.index("h_opinion") + 1)  # a hand feature's code among the reasons
_C_LENGTH = -(_H_LENGTH + 1)
_C_SHORTER = -(len(_HAND_NAMES) + 1)  # h_length below the average sentence's


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


class _Batch(NamedTuple):
    """A batch of sentences worked out together: log-odds and every candidate reason."""

    z: list[float]  # log-odds before calibration, one per sentence
    rows_sid: np.ndarray  # candidate reasons: the sentence each belongs to,
    rows_code: np.ndarray  # the term id (>= 0) or -(k + 1) for the k-th hand feature,
    rows_value: np.ndarray  # its contribution (log-odds before calibration),
    rows_order: np.ndarray  # and its place among the sentence's candidates (ties keep it)
    toks: list[str]  # the tokens of all sentences, each sentence's followed by SEPARATOR
    ends: np.ndarray  # where each sentence's tokens end in ``toks`` (its separator)


class _Labels(dict):
    """Reason code -> plain-words label, worked out on first use (see _term_label)."""

    def __init__(self, terms: list[str]) -> None:
        super().__init__((-(k + 1), HAND_FEATURES[name]) for k, name in enumerate(_HAND_NAMES))
        self[_C_LENGTH] = _length_label(1.0)
        self[_C_SHORTER] = _length_label(-1.0)
        self.terms = terms

    def __missing__(self, code: int) -> str:
        label = self[code] = _term_label(self.terms[code])
        return label


class LinearScorer:
    """TF-IDF (word 1-2 grams) + hand features, logistic model, Platt-calibrated.

    A batch of sentences is scored together: the tokens in one pass over the joined texts, the
    term look-ups in C, and the sums, hand features and choice of reasons as array operations over
    the whole batch (numpy), so that a sentence costs a few microseconds, not a Python loop over
    its terms.
    """

    name = "linear"

    def __init__(self, model: dict) -> None:
        if model.get("format") != MODEL_FORMAT:
            raise ValueError(f"unsupported model format {model.get('format')!r}")
        vocab = model["vocab"]  # term -> [idf, weight]
        self.terms: list[str] = list(vocab)
        ids = dict(zip(self.terms, range(len(self.terms)), strict=True))
        # A bigram is found by the ids of its two words, so each of them has an id, and so does
        # every word of the hand features' lists, so that one look-up per token gives both: ids
        # past the terms for words that are no term. (Built with C-level calls: this runs at
        # every worker's start.)
        bigrams = [t for t in self.terms if " " in t]
        halves = " ".join(bigrams).split(" ") if bigrams else []
        if len(halves) != 2 * len(bigrams):
            raise ValueError("unsupported model: a term of more than two words")
        for word in sorted(set(chain(halves, _HAND_BITS)) - ids.keys()):
            ids[word] = len(ids)
        self._n_ids = n_ids = len(ids)
        self._bits_by_id = np.zeros(n_ids + 2, dtype=np.int64)  # the last two answer ids -2, -1
        self._bits_by_id[list(map(ids.__getitem__, _HAND_BITS))] = list(_HAND_BITS.values())
        left = np.array(list(map(ids.__getitem__, halves[0::2])), dtype=np.int64)
        right = np.array(list(map(ids.__getitem__, halves[1::2])), dtype=np.int64)
        # the bigrams by the ids of their two words: sorted keys, found with one binary search per
        # batch (a dictionary of 36,000 int keys is spread over megabytes of memory, and once the
        # other stages have run, each look-up in it misses the caches; see the README's "Speed")
        keys = left * n_ids + right
        by_key = np.argsort(keys)
        self._pair_keys = keys[by_key]
        self._pair_ids = np.array(list(map(ids.__getitem__, bigrams)), dtype=np.int64)[by_key]
        ids[SEPARATOR] = _SEP_ID
        # A token is one word: the look-up table holds the words alone (7,000 of the 43,000 terms
        # are words), its keys copied so that they lie together in memory, for the same reason.
        self._ids = {"".join(w): k for w, k in ids.items() if " " not in w}
        idf, weight = np.fromiter(chain.from_iterable(vocab.values()), dtype=np.float64).reshape(-1, 2).T
        self._w_idf = idf * weight
        self._idf2 = idf * idf
        self.hand: dict[str, float] = model["hand"]
        self.hand_mean: dict[str, float] = model.get("hand_mean", {})
        self.intercept: float = model["intercept"]
        self.cal_a: float = model["calibration"]["a"]
        self.cal_b: float = model["calibration"]["b"]
        self.threshold: float = model.get("threshold", 0.5)
        self.meta: dict = model.get("meta", {})
        self._hw = np.array([self.hand.get(name, 0.0) for name in _HAND_NAMES], dtype=np.float64)
        self._hm = np.array([self.hand_mean.get(name, 0.0) for name in _HAND_NAMES], dtype=np.float64)
        self._labels = _Labels(self.terms)
        # Reasons that read the same are one reason: "<pct>", "percent" (also "per cent", one token)
        # and "percentage" all read "a percentage", as the hand feature does, so their
        # contributions are shown summed, under the first code that reads so (the hand feature's).
        shown = {HAND_FEATURES[name]: -(k + 1) for k, name in enumerate(_HAND_NAMES)}  # distinct labels
        self._alias: dict[int, int] = {}
        for term in (*_PLACEHOLDERS, *_PHRASES, *_PERCENT_WORDS):
            k = ids.get(term, -1)
            if 0 <= k < len(self.terms):
                first = shown.setdefault(_term_label(term), k)
                if first != k:
                    self._alias[k] = first
        self._code_shift = len(_HAND_NAMES) + 1  # code + shift >= 0 for every code
        self._aliased = np.zeros(len(self.terms) + self._code_shift, dtype=bool)
        self._aliased[[k + self._code_shift for k in self._alias]] = True
        self._merging = self._aliased.copy()  # the aliases and the codes they join
        self._merging[[k + self._code_shift for k in self._alias.values()]] = True

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearScorer:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def contributions(self, text: str) -> tuple[float, list[tuple[str, float]]]:
        """Log-odds before calibration and every candidate reason as (term or hand feature name,
        contribution), in the sentence's order: its terms as first seen, then the hand features."""
        batch = self._batch([text])
        order = np.argsort(batch.rows_order, kind="stable")
        names = [self.terms[c] if c >= 0 else _HAND_NAMES[-c - 1] for c in batch.rows_code[order].tolist()]
        return batch.z[0], list(zip(names, batch.rows_value[order].tolist(), strict=True))

    def _batch(self, texts: Sequence[str]) -> _Batch:
        """TF-IDF (sublinear tf, l2) dot weights + intercept + hand features, for every text."""
        n = len(texts)
        toks = tokens_of_many(texts)
        n_tok = len(toks)
        # unigrams at positions 0..N-1, bigrams at N..2N-2, found by the ids of their two words
        # (a bigram across two sentences holds the separator and is never a term)
        uni = np.fromiter(map(self._ids.get, toks, _MISSING), dtype=np.int64, count=n_tok)
        left, right = uni[:-1], uni[1:]
        pair = left * self._n_ids + right
        pair[(left < 0) | (right < 0)] = -1
        if len(self._pair_keys):
            at = self._pair_keys.searchsorted(pair)
            np.minimum(at, len(self._pair_keys) - 1, out=at)
            bi = np.where(self._pair_keys[at] == pair, self._pair_ids[at], -1)
        else:  # a model of single words
            bi = np.full(len(pair), -1, dtype=np.int64)
        ids = np.concatenate((uni, bi))
        is_sep = uni == _SEP_ID
        ends = is_sep.nonzero()[0]
        tok_sid = is_sep.cumsum() - is_sep  # each token's sentence (a separator ends its own)
        sid = np.concatenate((tok_sid, tok_sid[:-1]))
        hit = (ids.view(np.uint64) < len(self.terms)).nonzero()[0]  # model terms (no -1 or -2)
        # each distinct term of a sentence once, at its first place, with its count
        keys = sid[hit] * len(self.terms) + ids[hit]
        by_key = keys.argsort(kind="stable")
        sorted_keys = keys[by_key]
        fresh = np.empty(len(keys) + 1, dtype=bool)
        fresh[0] = fresh[-1] = True
        np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=fresh[1:-1])
        bounds = fresh.nonzero()[0]  # where each run of one key starts, and the end
        first_hit = hit[by_key[bounds[:-1]]]
        t_id, t_sid = ids[first_hit], sid[first_hit]
        tf = 1.0 + np.log(bounds[1:] - bounds[:-1])  # sublinear tf; exactly 1.0 for a single use
        norm2 = np.bincount(t_sid, weights=self._idf2[t_id] * (tf * tf), minlength=n)
        inv = 1.0 / np.sqrt(np.maximum(norm2, 1e-300))  # no term: no contribution either
        t_value = self._w_idf[t_id] * tf * inv[t_sid]
        z = self.intercept + np.bincount(t_sid, weights=t_value, minlength=n)

        # hand features (same values as features.hand_features): the word lists a sentence's
        # tokens belong to, OR-ed per sentence; the rest from the text
        bits_tok = self._bits_by_id[uni]
        on = bits_tok.nonzero()[0]
        bits = np.zeros(n, dtype=np.int64)
        np.bitwise_or.at(bits, tok_sid[on], bits_tok[on])
        values = ((bits & _HAND_BIT_COLUMN) != 0).astype(np.float64)  # a row per hand feature
        n_words = ends.copy()
        n_words[1:] -= ends[:-1] + 1
        np.maximum(n_words, 1, out=n_words)
        money = np.fromiter(map(_has_currency, texts), dtype=bool, count=n)
        values[_H_MONEY] = np.logical_or(values[_H_MONEY], money)
        values[_H_QUESTION] = np.fromiter(map(_is_question, texts), dtype=bool, count=n)
        caps = np.fromiter(map(len, map(_CAPITALISED.findall, texts)), dtype=np.float64, count=n)
        values[_H_CAPS] = np.minimum(caps, 3.0) / 3.0
        values[_H_LENGTH] = np.minimum(np.log1p(n_words) / _LOG_61, 1.0)
        values[_H_SHORT] = n_words < 6
        z += self._hw @ values
        # a hand feature that fires is a candidate reason, relative to the average sentence
        h_k, h_sid = values.nonzero()
        h_value = self._hw[h_k] * (values[h_k, h_sid] - self._hm[h_k])
        return _Batch(
            z.tolist(),
            np.concatenate((t_sid, h_sid)),
            np.concatenate((t_id, -1 - h_k)),
            np.concatenate((t_value, h_value)),
            np.concatenate((first_hit, 2 * n_tok + h_k)),
            toks,
            ends,
        )

    def score(self, texts: Sequence[str]) -> list[ScoredSentence]:
        if not texts:
            return []
        a, b = self.cal_a, self.cal_b
        batch = self._batch(texts)
        sid, code, value, place = batch.rows_sid, batch.rows_code, a * batch.rows_value, batch.rows_order
        aliased = self._aliased[code + self._code_shift]
        if aliased.any():
            sid, code, value, place = self._merge_aliases(sid, code, value, place)
        # per sentence, the biggest |contribution| first (ties in the sentence's order), at most
        # MAX_REASONS, and none that rounds away after calibration
        order = np.lexsort((place, -np.abs(value), sid))
        sid, value, code = sid[order], value[order], code[order]
        rank = np.arange(len(sid)) - sid.searchsorted(sid)
        keep = (rank < MAX_REASONS) & (np.abs(value) >= 0.01)
        sid, value, code = sid[keep], value[keep], code[keep]
        code[(code == _C_LENGTH) & (value < 0)] = _C_SHORTER
        labels = list(map(self._labels.__getitem__, code.tolist()))
        for k in (code == _C_OPINION).nonzero()[0].tolist():  # labelled with its word
            s = int(sid[k])
            start = int(batch.ends[s - 1]) + 1 if s else 0
            labels[k] = _opinion_label(batch.toks[start : int(batch.ends[s])])
        pairs = zip(labels, value.round(3).tolist(), strict=True)
        per_sentence = np.bincount(sid, minlength=len(texts)).tolist()
        return [
            ScoredSentence(sigmoid(a * z + b), tuple(islice(pairs, k)))
            for z, k in zip(batch.z, per_sentence, strict=True)
        ]

    def _merge_aliases(self, sid, code, value, place):
        """Candidate reasons that read the same, summed into one per sentence (see __init__).

        Only the few rows involved (the aliases and the rows they join) are worked in Python."""
        involved = self._merging[code + self._code_shift]
        merged: dict[tuple[int, int], list] = {}
        rows = zip(
            sid[involved].tolist(),
            code[involved].tolist(),
            value[involved].tolist(),
            place[involved].tolist(),
            strict=True,
        )
        for s, c, v, p in rows:
            key = (s, self._alias.get(c, c))
            row = merged.get(key)
            if row is None:
                merged[key] = [v, p]
            else:
                row[0] += v
                row[1] = min(row[1], p)
        rest = ~involved
        keys, rows = list(merged), list(merged.values())
        return (
            np.concatenate((sid[rest], np.array([k[0] for k in keys], dtype=np.int64))),
            np.concatenate((code[rest], np.array([k[1] for k in keys], dtype=np.int64))),
            np.concatenate((value[rest], np.array([r[0] for r in rows], dtype=np.float64))),
            np.concatenate((place[rest], np.array([r[1] for r in rows], dtype=np.int64))),
        )


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
_PHRASES = {"according to": "attributed with 'according to'"}
_PERCENT_WORDS = ("percent", "percentage")


@lru_cache(maxsize=65536)
def _as_written(term: str) -> str:
    """A lower-cased term with the pronoun "I" as written ("i think" -> "I think", "i'm" -> "I'm")."""
    if "i" not in term:
        return term
    return " ".join("I" + w[1:] if w == "i" or w.startswith("i'") else w for w in term.split(" "))


def _term_label(term: str) -> str:
    """A model term in plain words: "a year", "'in' followed by a year", "the word 'since'"."""
    known = _PHRASES.get(term) or _PLACEHOLDERS.get(term)
    if known:
        return known
    term = _as_written(term)
    if " " not in term:
        if term in _COMPARISON_WORDS:
            return f"a comparison ('{term}')"
        if term in _CHANGE_WORDS:
            return f"a change ('{term}')"
        if term in _PERCENT_WORDS:
            return "a percentage"
        if len(term) == 1 and term not in ("a", "I"):  # a letter of "U.N.", "G.N.P."
            return f"the letter '{term.upper()}'"
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
