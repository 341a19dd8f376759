"""The linear scorer works a batch of sentences out together (array operations); each sentence's
score and reasons must be what the model's definition gives for that sentence alone."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction.features import (
    _NUMBER,
    _WORD_TOKEN,
    HAND_FEATURES,
    SEPARATOR,
    _number_shape,
    hand_features,
    terms,
    tokens,
    tokens_of_many,
)
from claims.extraction.scoring import (
    MAX_REASONS,
    MODEL_FORMAT,
    LinearScorer,
    _term_label,
    get_scorer,
    sigmoid,
)

PIECES = [
    "The",
    "council",
    "spent",
    "$4.2",
    "billion",
    "in",
    "2019",
    "40%",
    "I",
    "think",
    "don't",
    "rock'n'roll",
    "'quoted'",
    "O’Neill's",
    "1990's",
    "Reuters",
    "said",
    "?",
    ",",
    ".",
    "the",
    "the",
    "<num>",
    "écoles",
    "x\x00y",
    "\n",
    "per",
    "cent",
]
SENTENCE = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)


def regex_tokens(text: str) -> list[str]:
    """tokens() as its docstring defines it: the word regex over the lower-cased, number-shaped
    text, "per cent" one token "percent"."""
    low = text.lower().replace("’", "'")
    joined = " ".join(_WORD_TOKEN.findall(_NUMBER.sub(_number_shape, low)))
    return re.sub(r"(?<!\S)per cent(?!\S)", "percent", joined).split()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z'’.,-9%<>é\x00\n")), max_size=40) | SENTENCE)
@example("Prices rose 4 per cent, per cent per <num> per\ncent.")
def test_tokens_are_the_word_regex_on_the_number_shaped_text(text):
    assert tokens(text) == regex_tokens(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCE | st.text(max_size=20), min_size=1, max_size=8))
def test_tokens_of_many_are_each_texts_tokens_in_turn(texts):
    assert tokens_of_many(texts) == [t for text in texts for t in [*tokens(text), SEPARATOR]]


def term_ids(scorer) -> dict[str, int]:
    """The model's terms (words and two-word phrases) by their column, from the model's list."""
    return {t: k for k, t in enumerate(scorer.terms)}


def reference_logit(scorer, text: str) -> float:
    """The model's log-odds written out plainly: sublinear tf-idf over 1-2 grams, l2, + hand."""
    ids = term_ids(scorer)
    counts = Counter(t for t in terms(text) if t in ids)
    dot = norm2 = 0.0
    for term, c in counts.items():
        k, tf = ids[term], 1.0 + math.log(c)
        dot += scorer._w_idf[k] * tf
        norm2 += scorer._idf2[k] * tf * tf
    z = scorer.intercept + (dot / math.sqrt(norm2) if norm2 > 0 else 0.0)
    return z + sum(scorer.hand.get(name, 0.0) * v for name, v in hand_features(text).items())


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=10))
def test_a_batch_scores_each_sentence_as_the_model_defines_it(texts):
    scorer = get_scorer("linear")
    for text, scored in zip(texts, scorer.score(texts), strict=True):
        expected = sigmoid(scorer.cal_a * reference_logit(scorer, text) + scorer.cal_b)
        assert math.isclose(scored.score, expected, rel_tol=1e-9, abs_tol=1e-12), text


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=10))
def test_a_sentence_gets_the_same_answer_in_any_batch(texts):
    scorer = get_scorer("linear")
    together = scorer.score(texts)
    alone = [scorer.score([t])[0] for t in texts]
    for a, b, text in zip(together, alone, texts, strict=True):
        assert math.isclose(a.score, b.score, rel_tol=1e-12, abs_tol=1e-15), text
        assert a.reasons == b.reasons, text


def shown_as(name: str) -> str:
    """What a reviewer reads for a contribution's term or hand feature (before any word)."""
    return HAND_FEATURES.get(name) or _term_label(name)


@settings(max_examples=150, deadline=None)
@given(SENTENCE)
def test_the_reasons_are_the_biggest_contributions(text):
    scorer = get_scorer("linear")
    (scored,) = scorer.score([text])
    _, contributions = scorer.contributions(text)
    summed: dict[str, float] = {}
    for name, value in contributions:  # contributions that read the same are one reason
        summed[shown_as(name)] = summed.get(shown_as(name), 0.0) + scorer.cal_a * value
    sizes = sorted(map(abs, summed.values()), reverse=True)
    expected = [round(s, 3) for s in sizes[:MAX_REASONS] if s >= 0.01]
    assert [abs(v) for _, v in scored.reasons] == pytest.approx(expected, abs=1.01e-3)
    labels = [label for label, _ in scored.reasons]
    assert len(labels) == len(set(labels)), scored.reasons


def test_a_percentage_is_one_reason_however_it_is_written():
    # "4 percent" and "4%" are the term '<pct>', the word 'percent' and the hand feature "a
    # percentage": the claim page once listed "a percentage" twice.
    scorer = get_scorer("linear")
    text = "Unemployment rose 4 percent, or 4%, in 2020."
    (scored,) = scorer.score([text])
    shown = dict(scored.reasons)
    assert [label for label, _ in scored.reasons].count("a percentage") == 1
    _, contributions = scorer.contributions(text)
    parts = [scorer.cal_a * v for name, v in contributions if shown_as(name) == "a percentage"]
    assert len(parts) == 3
    assert shown["a percentage"] == pytest.approx(sum(parts), abs=1e-3)


def test_a_repeated_word_is_weighed_with_its_count():
    # Reasons were once chosen among the terms of biggest weight before their count was applied:
    # 'a', used twice here, could be left out for a word used once with a bigger weight. The
    # reasons are the six biggest contributions worked out plainly, counts applied.
    scorer = get_scorer("linear")
    text = "It is not a question of a little help for the poor."
    ids = term_ids(scorer)
    counts = Counter(t for t in terms(text) if t in ids)
    assert counts["a"] == 2
    tf = {term: 1.0 + math.log(c) for term, c in counts.items()}
    norm = math.sqrt(sum(scorer._idf2[ids[t]] * tf[t] ** 2 for t in counts))
    words = {_term_label(t): scorer.cal_a * scorer._w_idf[ids[t]] * tf[t] / norm for t in counts}
    (scored,) = scorer.score([text])
    shown = dict(scored.reasons)
    smallest = min(abs(value) for value in shown.values())
    for label, value in words.items():  # every word that counts for more than a shown reason is shown
        if abs(value) > smallest + 1e-3:
            assert shown[label] == pytest.approx(value, abs=1e-3), label
    assert shown["the word 'a'"] == pytest.approx(words["the word 'a'"], abs=1e-3)


@pytest.mark.parametrize(
    "text, percent, money",
    [
        ("Inflation rose 2.3 per cent in May, the statistics office said.", True, False),
        ("A litre of milk costs 40 cents more than in 2023.", False, True),
        ("Prices rose 4 per cent, or 12 cents a litre.", True, True),
        ("Per the report, 5 cent coins are no longer made.", False, True),
    ],
)
def test_per_cent_is_a_percentage_not_money(text, percent, money):
    # British and Commonwealth copy writes "per cent": its reason once read "an amount of money".
    features = hand_features(text)
    assert (features["h_percent"], features["h_money"]) == (float(percent), float(money))
    (scored,) = get_scorer("linear").score([text])
    labels = [label for label, _ in scored.reasons]
    if not money:
        assert "an amount of money" not in labels
    if percent:  # "per cent" is one word, read as a percentage, never as "the word 'per'"
        assert "a percentage" in labels
        assert "the word 'per'" not in labels and "the word 'cent'" not in labels


def test_a_model_of_single_words_scores_as_defined():
    # the bigrams are found by binary search in their sorted keys: a model with none has no keys
    scorer = LinearScorer(
        {
            "format": MODEL_FORMAT,
            "vocab": {"rose": [1.5, 2.0], "fell": [1.2, -1.0], "prices": [1.1, 0.5]},
            "hand": {},
            "intercept": -0.25,
            "calibration": {"a": 1.0, "b": 0.0},
        }
    )
    for text in ("Prices rose 4% and prices fell.", "Nothing here.", ""):
        assert scorer.contributions(text)[0] == pytest.approx(reference_logit(scorer, text), abs=1e-12)
