"""Rank a library of fact checks for one claim: BM25, dense embeddings, and their fusion.

``Matcher`` holds the library in memory (a BM25 index and a matrix of unit vectors) and answers
``rank(query, top)`` with the best candidates, each with its fused score, its cosine and a tier:
``same`` (likely the same claim) or ``related``. The same class serves ``manage.py match_claims``,
``evaluate_matching`` and the corroboration provider, so what is evaluated is what runs.

Fusion ("zsum"): every signal is z-scored over the whole library for this query (so a signal's
scale does not matter), then summed with weights tuned on the CheckThat! train splits; a fact
check whose speaker agrees with the claim's gets a bonus. The tier comes from a logistic model
of three features of a candidate (its cosine, its fused score, and its lead over the next
candidate) fitted on the CheckThat! train splits, with the probability threshold chosen there
(a precision of about 0.85, near the most any threshold reaches there); a near-verbatim
repeat (cosine at least ``verbatim_cosine``) is "same" whatever the library's size (z-scores
mean little in a library of ten).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .bm25 import BM25Index
from .clean import DEFAULT_STEPS, clean

METHODS = ("bm25", "dense", "rrf", "zsum")
SAME, RELATED = "same", "related"


@dataclass(frozen=True)
class FactCheckDoc:
    """One fact check as the ranker sees it: the claim it checked, its title, who said it."""

    id: str
    claim: str
    title: str = ""
    speaker: str = ""


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    speaker: str = ""
    context: str = ""  # the text just before the claim (transcript lines, the paragraph)


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    cosine: float
    tier: str


@dataclass(frozen=True)
class MatchConfig:
    """Every knob of the ranking; the defaults are the tuned ones (see the model card)."""

    method: str = "zsum"
    clean_steps: tuple[str, ...] = DEFAULT_STEPS
    w_dense: float = 0.8  # weight of the claim's cosine; BM25 of the claim gets 1 - w_dense
    w_context: float = 0.45  # weight of cosine(context + claim) and BM25(context + claim)
    speaker_bonus: float = 1.5  # added (in z units) when the claim's speaker and the fact check's agree
    rrf_k: int = 60
    # "Likely the same claim": sigmoid(bias + w . (cosine, fused, lead)) >= same_threshold.
    tier_weights: tuple[float, float, float] = (3.939, 0.32, 0.485)
    tier_bias: float = -6.25
    # From this probability up the train splits' precision is 0.85, about the most any threshold
    # reaches there (near-duplicate fact checks that the qrels do not list cap it; README).
    same_threshold: float = 0.9
    verbatim_cosine: float = 0.9  # a repeat this close is the same claim in any library
    min_cosine: float = 0.3  # a candidate less close than this (alone or in context) is not shown
    extra: dict = field(default_factory=dict)

    def with_(self, **changes) -> MatchConfig:
        return replace(self, **changes)


def doc_text(doc: FactCheckDoc) -> str:
    """What BM25 indexes for a fact check: its claim and its title."""
    return f"{doc.claim} {doc.title}".strip() if doc.title and doc.title != doc.claim else doc.claim


def embed_text(doc: FactCheckDoc) -> str:
    """What is embedded for a fact check: its claim alone (the title only when there is no claim).
    Measured on the CheckThat! train and dev splits (README, "Checked before?"): the cosine to
    the claim alone ranks better than the cosine to claim and title together (MAP@5 of the
    fusion, tweets train/dev 0.852/0.815 -> 0.875/0.837, debates 0.572/0.530 -> 0.585/0.541);
    the title's words still count through BM25."""
    return doc.claim or doc.title


_NAME_WORD = re.compile(r"[^\W\d_]+")


def speaker_key(name: str) -> str:
    """The surname, folded: "Donald J. Trump", "TRUMP" and "Mr. Trump" agree."""
    words = _NAME_WORD.findall(unicodedata.normalize("NFKD", name or "").casefold())
    words = [w for w in words if len(w) > 1 and w not in {"mr", "mrs", "ms", "dr", "sen", "rep", "jr", "sr"}]
    return words[-1] if words else ""


def zscore(scores: np.ndarray) -> np.ndarray:
    """Scores as standard deviations from their mean over the library (0 when all are equal)."""
    std = float(scores.std())
    return (scores - float(scores.mean())) / (std if std > 1e-6 else 1.0)


class Matcher:
    def __init__(
        self,
        docs: Sequence[FactCheckDoc],
        *,
        embedder=None,
        vectors: np.ndarray | None = None,
        config: MatchConfig | None = None,
    ) -> None:
        """``vectors`` (float32 [len(docs), dim], unit rows) skips embedding the library; without
        them and with an ``embedder`` the library is embedded here."""
        self.config = config or MatchConfig()
        self.docs = list(docs)
        self.ids = [d.id for d in self.docs]
        self.embedder = embedder
        self.bm25 = BM25Index([doc_text(d) for d in self.docs])
        if vectors is None and embedder is not None:
            vectors = embedder.encode([embed_text(d) for d in self.docs])
        if vectors is not None:
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            if vectors.shape[0] != len(self.docs):
                raise ValueError(f"{vectors.shape[0]} vectors for {len(self.docs)} fact checks")
        self.vectors = vectors
        keys = [speaker_key(d.speaker) for d in self.docs]
        self._speakers = np.array(keys, dtype=object) if any(keys) else None

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def nbytes(self) -> int:
        return self.bm25.nbytes + (self.vectors.nbytes if self.vectors is not None else 0)

    # --- the signals ---------------------------------------------------------------------------

    def signals(
        self, query: Query, query_vectors: np.ndarray | None = None, config: MatchConfig | None = None
    ) -> dict[str, np.ndarray]:
        """Each signal's score for every fact check: bm25, dense, and with context bm25_ctx, dense_ctx."""
        cfg = config or self.config
        text = clean(query.text, cfg.clean_steps)
        context = clean(query.context, cfg.clean_steps) if query.context else ""
        out = {"bm25": self.bm25.scores(text)}
        use_ctx = bool(context) and cfg.w_context > 0
        if use_ctx:
            out["bm25_ctx"] = self.bm25.scores(f"{context} {text}")
        if self.vectors is not None and (self.embedder is not None or query_vectors is not None):
            if query_vectors is None:
                query_vectors = self.embedder.encode([text, f"{context} {text}"] if use_ctx else [text])
            # One pass over the library's vectors for the claim and its context (memory-bound).
            sims = self.vectors @ np.ascontiguousarray(query_vectors[:2].T)
            out["dense"] = sims[:, 0]
            if use_ctx and sims.shape[1] > 1:
                out["dense_ctx"] = sims[:, 1]
        return out

    def fuse(self, query: Query, sig: dict[str, np.ndarray], config: MatchConfig | None = None) -> np.ndarray:
        """One score per fact check from the signals, by ``config.method``."""
        cfg = config or self.config
        method = cfg.method if "dense" in sig else "bm25"
        if method == "bm25":
            return sig["bm25"]
        if method == "dense":
            return sig["dense"]
        if method == "rrf":
            fused = np.zeros(len(self.docs), dtype=np.float64)
            for name in ("bm25", "dense"):
                ranks = np.empty(len(self.docs), dtype=np.int64)
                ranks[np.argsort(-sig[name], kind="stable")] = np.arange(1, len(self.docs) + 1)
                fused += 1.0 / (cfg.rrf_k + ranks)
            return fused
        return self.combine(query, {name: zscore(values) for name, values in sig.items()}, cfg)

    def combine(self, query: Query, z: dict[str, np.ndarray], cfg: MatchConfig) -> np.ndarray:
        """The weighted sum of z-scored signals, plus the speaker bonus."""
        wc = cfg.w_context if "dense_ctx" in z else 0.0
        fused = (1.0 - wc) * (cfg.w_dense * z["dense"] + (1.0 - cfg.w_dense) * z["bm25"])
        if wc:
            fused = fused + wc * (cfg.w_dense * z["dense_ctx"] + (1.0 - cfg.w_dense) * z["bm25_ctx"])
        if cfg.speaker_bonus and self._speakers is not None and query.speaker:
            key = speaker_key(query.speaker)
            if key:
                fused = fused + cfg.speaker_bonus * (self._speakers == key)
        return fused

    # --- ranking -------------------------------------------------------------------------------

    def same_probability(self, cosine: float, fused: float, lead: float) -> float:
        cfg = self.config
        w = cfg.tier_weights
        x = cfg.tier_bias + w[0] * cosine + w[1] * fused + w[2] * lead
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))

    def tier(self, cosine: float, fused: float, lead: float) -> str:
        if cosine >= self.config.verbatim_cosine:
            return SAME
        if (
            any(self.config.tier_weights)
            and self.same_probability(cosine, fused, lead) >= self.config.same_threshold
        ):
            return SAME
        return RELATED

    def rank(self, query: Query, top: int = 5) -> list[Match]:
        """The ``top`` best fact checks for ``query``, best first (none from an empty library)."""
        if not self.docs or not (query.text or "").strip():
            return []
        sig = self.signals(query)
        return self.select(sig, self.fuse(query, sig), top)

    def select(self, sig: dict[str, np.ndarray], fused: np.ndarray, top: int) -> list[Match]:
        """The ``top`` best by ``fused``, with cosine and tier; weak candidates left out."""
        k = min(top + 1, len(self.docs))  # one more: the last candidate's lead over the next
        best = np.argpartition(-fused, k - 1)[:k]
        best = best[np.lexsort((best, -fused[best]))]
        dense = sig.get("dense")
        # A candidate is shown only when the claim (alone or in its context) is close enough to
        # it: a small library would otherwise fill the list with whatever shares a word.
        closest = np.maximum(dense, sig["dense_ctx"]) if "dense_ctx" in sig else dense
        out = []
        for n, i in enumerate(best[:top]):
            if closest is None and sig["bm25"][i] <= 0:
                continue
            if closest is not None and closest[i] < self.config.min_cosine:
                continue
            lead = float(fused[i] - fused[best[n + 1]]) if n + 1 < len(best) else 0.0
            cos = float(dense[i]) if dense is not None else float("nan")
            tier = self.tier(cos, float(fused[i]), lead) if dense is not None else RELATED
            out.append(
                Match(id=self.ids[i], score=round(float(fused[i]), 4), cosine=round(cos, 4), tier=tier)
            )
        return out
