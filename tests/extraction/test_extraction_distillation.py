"""Distilling the linear scorer from MiniLM: the altered copies the teacher labels, and the
shipped linear model's link to the shipped MiniLM model (training itself needs
requirements-train.txt and ../shared; `make train` runs it)."""

from __future__ import annotations

import json

from claims.extraction.scoring import MODEL_PATH
from claims.extraction.training import augment
from claims.extraction.transformer import DEFAULT_MODEL_DIR

TEXTS = [
    "Unemployment fell to 3.9 percent in March, the lowest level since 2001.",
    "I think we can all agree that this is a wonderful town.",
    "Yes.",
]


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    it = iter(whole)
    return all(word in it for word in part)


def test_augment_gives_three_altered_copies_a_round_in_a_fixed_order():
    copies = augment(TEXTS, rounds=2, seed=5)
    assert len(copies) == 2 * 3 * len(TEXTS)
    assert copies == augment(TEXTS, rounds=2, seed=5)  # seeded
    assert copies != augment(TEXTS, rounds=2, seed=6)
    for r in range(2):
        for i, text in enumerate(TEXTS):
            words = text.split()
            dropped, window, joined = copies[3 * (r * len(TEXTS) + i) : 3 * (r * len(TEXTS) + i) + 3]
            assert dropped and _is_subsequence(dropped.split(), words)
            w = window.split()
            assert any(words[k : k + len(w)] == w for k in range(len(words)))
            assert len(w) >= min(len(words), max(2, int(len(words) * 0.4)))
            assert joined.split()[: max(1, len(words) // 2)] == words[: max(1, len(words) // 2)]


def test_augment_drops_words_from_long_sentences():
    copies = augment(TEXTS[:2] * 20, rounds=1, seed=1)
    dropped = copies[0::3]
    assert any(len(c.split()) < len(t.split()) for c, t in zip(dropped, TEXTS[:2] * 20, strict=True))


def test_the_shipped_linear_model_is_distilled_from_the_shipped_minilm_model():
    """Retraining MiniLM without distilling the linear model again would leave them apart."""
    linear = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    minilm = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert linear["distillation"]["teacher_trained_at"] == minilm["trained_at"]
    assert linear["heldout"]["debates"] == sorted(minilm["heldout"]["debates"])
    assert linear["data_sha256"] == minilm["data_sha256"]
