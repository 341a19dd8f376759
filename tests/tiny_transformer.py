"""A tiny but real ONNX check-worthiness model and WordPiece tokenizer, built in a test.

The graph has the interface of the trained one (input_ids, attention_mask, optionally
token_type_ids; one logit per sentence) and a predictable outcome: it averages one weight per
token over the sentence. "percent" and "million" push the logit up, "think" and "feel" push it
down, every other token (and [CLS]/[SEP]) weighs nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

WORDS = [
    "the",
    "economy",
    "grew",
    "by",
    "percent",
    "million",
    "jobs",
    "i",
    "think",
    "feel",
    "it",
    "is",
    "good",
]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", *WORDS, "##s", "."]
WEIGHTS = {"percent": 4.0, "million": 3.0, "think": -4.0, "feel": -3.0}
MAX_LENGTH = 8
THRESHOLD = 0.5


def build_tiny_model(
    model_dir: Path,
    *,
    token_type_ids: bool = False,
    flat_output: bool = False,
    calibration: tuple[float, float] = (1.0, 0.0),
) -> Path:
    """Write model.onnx, tokenizer.json and meta.json into ``model_dir``; return it."""
    model_dir.mkdir(parents=True, exist_ok=True)
    _write_graph(model_dir / "model.onnx", token_type_ids=token_type_ids, flat_output=flat_output)
    _write_tokenizer(model_dir / "tokenizer.json")
    meta = {
        "format": "claims.checkworthiness.onnx/1",
        "max_length": MAX_LENGTH,
        "calibration": {"a": calibration[0], "b": calibration[1]},
        "threshold": THRESHOLD,
        "base_model": "tiny test model",
        "trained_at": "2026-11-26T00:00:00Z",
        "heldout": {"f1": 0.5, "average_precision": 0.5},
    }
    (model_dir / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return model_dir


def _write_graph(path: Path, *, token_type_ids: bool, flat_output: bool) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    emb = np.zeros((len(VOCAB), 1), dtype=np.float32)
    for word, w in WEIGHTS.items():
        emb[VOCAB.index(word), 0] = w
    inits = [
        numpy_helper.from_array(emb, "embedding"),
        numpy_helper.from_array(np.array([[1.0]], dtype=np.float32), "head_w"),
        numpy_helper.from_array(np.array([0.0], dtype=np.float32), "head_b"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_seq"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axis_last"),
        numpy_helper.from_array(np.array([1e-9], dtype=np.float32), "eps"),
    ]
    nodes = [
        helper.make_node("Gather", ["embedding", "input_ids"], ["tok"], axis=0),  # [B,S,1]
        helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),  # [B,S]
        helper.make_node("Unsqueeze", ["maskf", "axis_last"], ["mask3"]),  # [B,S,1]
        helper.make_node("Mul", ["tok", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis_seq"], ["summed"], keepdims=0),  # [B,1]
        helper.make_node("ReduceSum", ["mask3", "axis_seq"], ["count0"], keepdims=0),  # [B,1]
        helper.make_node("Add", ["count0", "eps"], ["count"]),
        helper.make_node("Div", ["summed", "count"], ["pooled"]),  # [B,1]
        helper.make_node("MatMul", ["pooled", "head_w"], ["proj"]),
        helper.make_node("Add", ["proj", "head_b"], ["logit2" if flat_output else "logit"]),  # [B,1]
    ]
    if flat_output:
        inits.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_one"))
        nodes.append(helper.make_node("Squeeze", ["logit2", "axis_one"], ["logit"]))  # [B]
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"]),
    ]
    if token_type_ids:
        # Declared and used (added times zero) so the graph really requires it.
        inputs.append(
            helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, ["batch", "sequence"])
        )
        nodes.insert(1, helper.make_node("Mul", ["token_type_ids", "zero64"], ["tt0"]))
        nodes.insert(2, helper.make_node("Add", ["attention_mask", "tt0"], ["mask_tt"]))
        nodes[3] = helper.make_node("Cast", ["mask_tt"], ["maskf"], to=TensorProto.FLOAT)
        inits.append(numpy_helper.from_array(np.array(0, dtype=np.int64), "zero64"))
    out_shape = ["batch"] if flat_output else ["batch", 1]
    graph = helper.make_graph(
        nodes,
        "tiny_checkworthiness",
        inputs,
        [helper.make_tensor_value_info("logit", TensorProto.FLOAT, out_shape)],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def _write_tokenizer(path: Path) -> None:
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece

    vocab = {token: i for i, token in enumerate(VOCAB)}
    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tok.save(str(path))
