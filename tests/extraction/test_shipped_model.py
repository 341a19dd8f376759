"""The check-worthiness model that ships in the repository (claims/extraction/data/)."""

from __future__ import annotations

import json

import pytest

from claims.extraction.transformer import DEFAULT_MODEL_DIR, TransformerScorer, best_scorer_name

SENTENCES = [
    "Unemployment fell to 3.9 percent in March, the lowest level since 2001.",
    "I think we can all agree that this is a wonderful town.",
    "The council approved a $4.2 billion budget on Tuesday.",
]


@pytest.fixture(scope="module")
def shipped():
    return TransformerScorer.load(DEFAULT_MODEL_DIR, explainer=None)


def test_a_fresh_clone_serves_the_shipped_model_and_its_card_matches(shipped):
    meta = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    size = (DEFAULT_MODEL_DIR / "model.onnx").stat().st_size
    assert best_scorer_name() == "minilm"
    assert size <= 30_000_000 and meta["export"]["model_bytes"] == size
    assert (DEFAULT_MODEL_DIR / "MODEL_CARD.md").is_file()
    fact, opinion, budget = (s.score for s in shipped.score(SENTENCES))
    assert fact > opinion and budget > opinion


def test_the_shipped_graph_is_already_optimised_and_gives_the_same_logits(shipped, tmp_path):
    """Optimising it again changes nothing: loading skips the work (about 20 ms a process)."""
    import onnx  # a development requirement (requirements-dev.txt)

    from claims.extraction.transformer_training import optimize_graph

    again = tmp_path / "model.onnx"
    optimize_graph(DEFAULT_MODEL_DIR / "model.onnx", again)
    shipped_nodes = len(onnx.load(str(DEFAULT_MODEL_DIR / "model.onnx")).graph.node)
    assert len(onnx.load(str(again)).graph.node) == shipped_nodes
    for name in ("tokenizer.json", "meta.json"):
        (tmp_path / name).write_bytes((DEFAULT_MODEL_DIR / name).read_bytes())
    assert TransformerScorer.load(tmp_path, explainer=None).logits(SENTENCES) == shipped.logits(SENTENCES)
