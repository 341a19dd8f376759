"""The linear scorer computes the hand features inline for speed, a batch at a time; training
computes them with features.hand_features. They must never drift apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.features import hand_features
from claims.extraction.scoring import get_scorer

WORDS = [
    "I",
    "think",
    "the",
    "council",
    "spent",
    "$4",
    "million",
    "40%",
    "in",
    "2024",
    "March",
    "Reuters",
    "could",
    "should",
    "we",
    "Paris",
    "on",
    "Tuesday",
    "?",
    "said",
    "billion",
    "£3",
    "per",
    "cent",
    "cents",
]


def inline_hand_features(scorer, text: str) -> dict[str, float]:
    """Recover each feature value from the scorer's contributions: w·(f − mean)."""
    _, contributions = scorer.contributions(text)
    found = {}
    for name, value in contributions:
        if name.startswith("h_"):
            w, m = scorer.hand[name], scorer.hand_mean.get(name, 0.0)
            found[name] = value / w + m
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=30), st.sampled_from(["", ".", "?", "”"]))
def test_inline_hand_features_equal_the_training_ones(words, end):
    scorer = get_scorer("linear")
    text = " ".join(words) + end
    expected = {k: v for k, v in hand_features(text).items() if v}
    got = {k: v for k, v in inline_hand_features(scorer, text).items() if abs(v) > 1e-9}
    assert got.keys() == expected.keys(), text
    for name, value in expected.items():
        assert abs(got[name] - value) < 1e-9, (text, name)
