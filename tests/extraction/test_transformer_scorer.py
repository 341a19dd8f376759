"""The minilm scorer's serving code, on a tiny real ONNX model built here (no torch, no training)."""

import json
import math

import pytest

from claims.extraction.scoring import _INSTANCES, _REGISTRY, LinearScorer, get_scorer, register_scorer
from claims.extraction.transformer import (
    EMPTY_SCORE,
    MODEL_FORMAT,
    TransformerModelInvalid,
    TransformerModelMissing,
    TransformerScorer,
)
from tests.tiny_transformer import MAX_LENGTH, THRESHOLD, build_tiny_model

FACT = "The economy grew by 4 percent."
FIGURES = "It grew by a million jobs."
NEUTRAL = "The economy is good."
OPINION = "I think it is good."


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("minilm"))


@pytest.fixture(scope="module")
def bare(model_dir):
    """Scores without the word-level explainer: one reason, the model's own log-odds."""
    return TransformerScorer.load(model_dir, explainer=None)


def _logit(p):
    return math.log(p / (1 - p))


def test_it_ranks_by_the_weights_the_model_was_given(bare):
    fact, figures, neutral, opinion = bare.score([FACT, FIGURES, NEUTRAL, OPINION])
    assert fact.score > figures.score > neutral.score > opinion.score
    assert neutral.score == pytest.approx(0.5)  # every token weighs 0: logit 0


def test_logits_are_the_graphs_output(bare):
    # [CLS] the economy grew by [UNK] percent . [SEP] truncated to 8 tokens: 4 / 8
    (z,) = bare.logits([FACT])
    assert z == pytest.approx(4.0 / 8, abs=1e-6)


def test_calibration_maps_the_logit_into_0_1(tmp_path):
    scorer = TransformerScorer.load(build_tiny_model(tmp_path / "m", calibration=(3.0, -1.0)), explainer=None)
    results = scorer.score([FACT, OPINION, NEUTRAL])
    logits = scorer.logits([FACT, OPINION, NEUTRAL])
    for r, z in zip(results, logits, strict=True):
        assert 0.0 < r.score < 1.0
        assert _logit(r.score) == pytest.approx(3.0 * z - 1.0, abs=1e-6)
    assert scorer.threshold == THRESHOLD


def test_batches_sorted_by_length_come_back_in_input_order(model_dir):
    scorer = TransformerScorer.load(model_dir, explainer=None)
    scorer.batch_size = 2
    texts = [FACT, "percent", OPINION, "the " * 30 + "think", NEUTRAL, "million jobs", "feel", FIGURES]
    together = [r.score for r in scorer.score(texts)]
    alone = [scorer.score([t])[0].score for t in texts]
    assert together == pytest.approx(alone, abs=1e-6)


def test_long_input_is_truncated_to_max_length(bare):
    # The only weighted token sits past max_length, so it cannot count.
    long = "the " * (MAX_LENGTH * 4) + "percent"
    (z,) = bare.logits([long])
    assert z == pytest.approx(0.0, abs=1e-6)
    assert bare.score(["percent " * 500])[0].score > 0.95


def test_empty_list_and_blank_texts(bare):
    assert bare.score([]) == []
    assert bare.logits([]) == []
    blank, fact, spaces = bare.score(["", FACT, " \n\t "])
    assert blank.score == EMPTY_SCORE and blank.reasons == ()
    assert spaces.score == EMPTY_SCORE
    assert fact.score > 0.5


def test_without_explainer_the_reason_is_the_models_log_odds(bare):
    (fact,) = bare.score([FACT])
    ((label, value),) = fact.reasons
    assert "MiniLM" in label
    assert value == pytest.approx(_logit(fact.score), abs=1e-3)


def test_reasons_are_the_word_models_plus_the_difference(model_dir):
    scorer = TransformerScorer.load(model_dir)  # explains with the linear scorer
    linear = get_scorer("linear")
    assert isinstance(linear, LinearScorer)
    for text in (FACT, OPINION):
        (r,) = scorer.score([text])
        (w,) = linear.score([text])
        own = [x for x in r.reasons if x[0].startswith("language model (MiniLM)")]
        assert len(own) == 1
        label, delta = own[0]
        # the language model's log-odds = the word model's + the difference shown
        assert _logit(w.score) + delta == pytest.approx(_logit(r.score), abs=2e-3)
        word_reasons = [x for x in r.reasons if x not in own]
        assert set(word_reasons) <= set(w.reasons)
        says_worthy = r.score >= scorer.threshold
        assert ("not check-worthy" not in label) == says_worthy
        if "also says" in label:  # the same side as the word model: surer when further out
            assert ("surer" in label and "less" not in label) == ((delta >= 0) == says_worthy)
        sizes = [abs(v) for _, v in r.reasons]
        assert sizes == sorted(sizes, reverse=True)
        assert len(r.reasons) <= 6


def test_agreement_is_about_the_side_of_each_threshold(model_dir):
    scorer = TransformerScorer.load(model_dir)
    (r,) = scorer.score([OPINION])  # both models put an opinion below their thresholds
    assert any(
        label.startswith("language model (MiniLM) also says not check-worthy") for label, _ in r.reasons
    )


@pytest.mark.parametrize(
    ("model_says", "words_say", "delta", "label"),
    [
        (True, True, 1.2, "language model (MiniLM) also says check-worthy, and is surer"),
        (True, True, -2.4, "language model (MiniLM) also says check-worthy, but is less sure"),
        (False, False, -0.5, "language model (MiniLM) also says not check-worthy, and is surer"),
        (False, False, 0.5, "language model (MiniLM) also says not check-worthy, but is less sure"),
        (True, False, 3.0, "language model (MiniLM) says check-worthy, unlike the word model"),
        (False, True, -3.0, "language model (MiniLM) says not check-worthy, unlike the word model"),
    ],
)
def test_the_language_models_line_says_which_side_and_how_sure(model_says, words_say, delta, label):
    # Once "agrees, rates it lower -2.37": a reviewer could not tell what was agreed.
    from claims.extraction.transformer import _model_reason

    assert _model_reason("MiniLM", model_says, words_say, delta) == label


@pytest.mark.parametrize(("token_type_ids", "flat_output"), [(True, False), (False, True), (True, True)])
def test_graph_variants_token_type_ids_and_flat_output(tmp_path, token_type_ids, flat_output, bare):
    d = build_tiny_model(tmp_path / "v", token_type_ids=token_type_ids, flat_output=flat_output)
    scorer = TransformerScorer.load(d, explainer=None)
    assert "token_type_ids" in scorer._input_names if token_type_ids else True
    texts = [FACT, OPINION, NEUTRAL]
    assert [r.score for r in scorer.score(texts)] == pytest.approx([r.score for r in bare.score(texts)])


def test_missing_directory_is_a_clear_error(tmp_path):
    where = tmp_path / "nothing-here"
    with pytest.raises(TransformerModelMissing) as exc:
        TransformerScorer.load(where)
    assert str(where) in str(exc.value)
    assert "make train-transformer" in str(exc.value)
    assert isinstance(exc.value, FileNotFoundError)


def test_missing_file_is_named(tmp_path):
    d = build_tiny_model(tmp_path / "m")
    (d / "tokenizer.json").unlink()
    with pytest.raises(TransformerModelMissing, match="tokenizer.json") as exc:
        TransformerScorer.load(d)
    assert "make train-transformer" in str(exc.value)


def test_wrong_format_or_broken_graph_is_invalid(tmp_path):
    d = build_tiny_model(tmp_path / "m")
    meta = json.loads((d / "meta.json").read_text())
    (d / "meta.json").write_text(json.dumps({**meta, "format": "something/else"}))
    with pytest.raises(TransformerModelInvalid, match="format"):
        TransformerScorer.load(d)
    (d / "meta.json").write_text(json.dumps({"format": MODEL_FORMAT}))
    with pytest.raises(TransformerModelInvalid, match="max_length"):
        TransformerScorer.load(d)
    (d / "meta.json").write_text(json.dumps(meta))
    (d / "model.onnx").write_bytes(b"not a graph")
    with pytest.raises(TransformerModelInvalid, match="cannot load"):
        TransformerScorer.load(d)


@pytest.fixture
def reregister():
    """Re-run the app's registration (it drops the cached instance) before and after a test."""
    from django.apps import apps

    config = apps.get_app_config("claims")
    config.ready()
    yield
    config.ready()


def test_registered_as_minilm_loading_the_settings_directory(settings, model_dir, reregister):
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = model_dir
    scorer = get_scorer("minilm")
    assert isinstance(scorer, TransformerScorer)
    assert scorer.name == "minilm"
    assert scorer.session.get_session_options().intra_op_num_threads == 1
    assert get_scorer("minilm") is scorer  # loaded once per process


def test_threads_follow_the_setting(settings, model_dir, reregister):
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = model_dir
    settings.FACTCHECK_TRANSFORMER_THREADS = 2
    assert get_scorer("minilm").session.get_session_options().intra_op_num_threads == 2


def test_a_missing_model_directory_raises_on_first_use_not_at_start(settings, tmp_path, reregister):
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tmp_path / "absent"
    with pytest.raises(TransformerModelMissing):
        get_scorer("minilm")


def test_extract_claims_can_score_with_it(model_dir):
    from claims.extraction import extract_claims

    register_scorer("tiny-minilm", lambda: TransformerScorer.load(model_dir))
    try:
        ex = extract_claims("The economy grew by 4 percent. I think it is good.", scorer="tiny-minilm")
    finally:
        _REGISTRY.pop("tiny-minilm", None)
        _INSTANCES.pop("tiny-minilm", None)
    assert ex.scorer == "minilm"
    fact, opinion = ex.claims
    assert fact.score > opinion.score
    assert fact.checkworthy and not opinion.checkworthy


def test_train_transformer_with_missing_data_is_a_command_error(tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="crowdsourced.csv"):
        call_command("train_transformer", "--data", str(tmp_path), "--out", str(tmp_path / "m"))


def test_evaluation_without_a_model_says_how_to_train_it(tmp_path):
    from claims.extraction.transformer_training import evaluate

    lines = []
    assert evaluate(tmp_path / "absent", None, log=lines.append) is None
    assert len(lines) == 1 and "make train-transformer" in lines[0]


def test_debate_split_is_stable_and_disjoint():
    from claims.extraction.transformer_training import split_debates

    groups = [f"debate-{i:02d}.txt" for i in range(33) for _ in range(3)]
    train, held = split_debates(groups, 0.2, 13)
    assert (train, held) == split_debates(list(reversed(groups)), 0.2, 13)
    assert len(held) == 7 and not set(train) & set(held)
    assert set(train) | set(held) == set(groups)


def test_cross_validation_without_the_training_packages_says_what_to_install(tmp_path, monkeypatch):
    """--cv trains five models: without torch (the run-time install has none) it is a clear
    command error naming the requirements file, and no report is written."""
    import sys

    from django.core.management import call_command
    from django.core.management.base import CommandError

    monkeypatch.setitem(sys.modules, "torch", None)  # "import torch" fails, installed or not
    (tmp_path / "crowdsourced.csv").write_text(
        "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict\n"
        "1,We cut taxes by 3 percent.,A,B,C,d1.txt,6,1,0.0,1\n",
        encoding="utf-8",
    )
    report = tmp_path / "cv.json"
    with pytest.raises(CommandError, match="requirements-transformer.txt"):
        call_command("train_transformer", "--data", str(tmp_path), "--cv", str(report))
    assert not report.exists()
