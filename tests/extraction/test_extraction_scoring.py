"""The check-worthiness scorer: ranking, calibration, reasons, registry."""

import json

import pytest

from claims.extraction import extract_claims
from claims.extraction.scoring import (
    MODEL_PATH,
    HeuristicScorer,
    LinearScorer,
    ScoredSentence,
    available_scorers,
    get_scorer,
    register_scorer,
)

FACT = "Unemployment fell from 10 percent in 2009 to 4.7 percent in 2016, and 15 million jobs were created."
OPINION = "I think we should be proud of who we are as a people."


def test_model_json_ships_with_the_package_and_is_small():
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 3_000_000
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert model["format"] == "claims.checkworthiness.linear/1"
    assert 0.0 < model["threshold"] < 1.0


def test_linear_scorer_is_the_trained_model():
    assert isinstance(get_scorer("linear"), LinearScorer)


@pytest.mark.parametrize("name", ["linear", "heuristic"])
def test_scorer_ranks_a_hard_figure_sentence_above_an_opinion(name):
    fact, opinion = get_scorer(name).score([FACT, OPINION])
    assert fact.score > opinion.score
    assert 0.0 <= opinion.score < fact.score <= 1.0


def test_reasons_name_the_features_that_raised_and_lowered_the_score():
    fact, opinion = get_scorer("linear").score([FACT, OPINION])
    fact_labels = [label for label, _ in fact.reasons]
    assert any("figure" in label or "percent" in label for label in fact_labels)
    assert all(
        value > 0 for label, value in fact.reasons if label in ("contains a figure", "contains a percentage")
    )
    assert any(value < 0 for _, value in opinion.reasons)
    assert len(fact.reasons) <= 6
    assert fact.reasons == tuple(sorted(fact.reasons, key=lambda r: -abs(r[1])))


def test_threshold_decides_checkworthy():
    low = extract_claims(FACT, threshold=0.0).claims[0]
    high = extract_claims(FACT, threshold=1.0).claims[0]
    assert low.checkworthy and not high.checkworthy
    assert low.score == high.score


def test_a_second_scorer_slots_in_by_name():
    class Constant:
        name = "constant"

        def score(self, texts):
            return [ScoredSentence(0.25, (("constant", 0.0),)) for _ in texts]

    register_scorer("constant", Constant)
    assert "constant" in available_scorers()
    ex = extract_claims("Prices rose by 5% last year. Wages did not.", scorer="constant")
    assert [c.score for c in ex.claims] == [0.25, 0.25]


def test_heuristic_scorer_needs_no_model():
    (s,) = HeuristicScorer().score(["The plant employs 2,400 people."])
    assert 0.0 < s.score < 1.0


def test_empty_and_odd_sentences_score_without_error():
    results = get_scorer("linear").score(["", "!!!", "x" * 5000, "\x00\ud800"])
    assert all(0.0 <= r.score <= 1.0 for r in results)


@pytest.mark.parametrize(
    "text",
    [
        "Let me help the mayor.",
        "I've got a different plan.",
        "But we ought to stand firm.",
        "I mentioned the budget earlier.",
    ],
)
def test_a_reason_is_never_listed_twice(text):
    # Sentences with 7-12 vocabulary terms once listed the same term among both the most negative
    # and the most positive candidates.
    (scored,) = LinearScorer.load().score([text])
    labels = [label for label, _ in scored.reasons]
    assert len(labels) == len(set(labels)), scored.reasons
