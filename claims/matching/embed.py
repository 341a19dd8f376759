"""Sentence embeddings from an ONNX encoder (all-MiniLM-L6-v2, int8), served without torch.

The shipped graph (``data/minilm-l6-v2/model.onnx``) already mean-pools over real tokens and
L2-normalises, so its output is the sentence vector: the cosine of two texts is the dot product
of their vectors. numpy, onnxruntime and tokenizers are imported when a model loads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "data" / "minilm-l6-v2"
MODEL_FILES = ("model.onnx", "tokenizer.json", "meta.json")
BATCH_SIZE = 16  # sorted by length: little padding per batch


class EmbedderMissing(FileNotFoundError):
    """The model directory, or one of its files, does not exist."""


class Embedder:
    """``encode(texts)`` → float32 [n, dim], unit length rows."""

    def __init__(self, session, tokenizer, meta: dict) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.meta = meta
        self.dim = int(meta["dim"])
        self.max_length = int(meta["max_length"])
        self.name = str(meta.get("name", "minilm-l6-v2"))
        inputs = {i.name: i for i in session.get_inputs()}
        self._names = tuple(inputs)
        self._dtype = np.int32 if inputs["input_ids"].type == "tensor(int32)" else np.int64
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=self.max_length)

    @classmethod
    def load(cls, model_dir: str | Path = MODEL_DIR, *, threads: int = 1) -> Embedder:
        model_dir = Path(model_dir)
        absent = [n for n in MODEL_FILES if not (model_dir / n).is_file()]
        if absent:
            raise EmbedderMissing(f"the embedding model in {model_dir} lacks {', '.join(absent)}")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(threads))
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        session = ort.InferenceSession(
            str(model_dir / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return cls(session, Tokenizer.from_file(str(model_dir / "tokenizer.json")), meta)

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self.tokenizer.encode_batch([t or "" for t in texts])
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        for lo in range(0, len(order), batch_size):
            idx = order[lo : lo + batch_size]
            width = max(1, max(lengths[i] for i in idx))
            ids = np.zeros((len(idx), width), dtype=self._dtype)
            mask = np.zeros((len(idx), width), dtype=self._dtype)
            for row, i in enumerate(idx):
                n = lengths[i]
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            (vectors,) = self.session.run(None, feeds)
            out[idx] = vectors
        return out
