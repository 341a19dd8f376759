"""The ``minilm`` check-worthiness scorer: a fine-tuned MiniLM-L6 served with onnxruntime.

Run time needs numpy, onnxruntime and tokenizers only (no torch, no network); they are imported
when a model is loaded, so importing this module costs nothing. A model directory holds:

- ``model.onnx``: inputs ``input_ids`` and ``attention_mask`` (and ``token_type_ids`` only if
  the graph declares it), integer tensors [batch, sequence]; one output, the logit, shaped
  [batch] or [batch, 1].
- ``tokenizer.json``: a Hugging Face ``tokenizers`` file (the base model's WordPiece).
- ``meta.json``: ``format`` (:data:`MODEL_FORMAT`), ``max_length``, ``calibration`` {a, b}
  (Platt scaling of the logit), ``threshold`` (chosen on held-out debates), the held-out
  figures, the base model and the training date.

The trained model ships in the repository (:data:`DEFAULT_MODEL_DIR`, with its model card);
``make train-transformer`` (``python manage.py train_transformer``) reproduces it.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path

from .scoring import (
    MAX_REASONS,
    ScoredSentence,
    Scorer,
    get_scorer,
    logit,
    register_scorer,
    sigmoid,
    top_reasons,
)

MODEL_FORMAT = "claims.checkworthiness.onnx/1"
MODEL_FILES = ("model.onnx", "tokenizer.json", "meta.json")
# The model shipped with the code (int8 ONNX, see MODEL_CARD.md there); Django's
# FACTCHECK_TRANSFORMER_MODEL_DIR defaults to it.
DEFAULT_MODEL_DIR = Path(__file__).with_name("data") / "checkworthiness-minilm"
BATCH_SIZE = 8  # one thread: batches of 8 sorted by length beat 32 (less padding) on the seed article
EMPTY_SCORE = 0.0  # a blank sentence states nothing, so there is nothing to check
HOW_TO_TRAIN = "make train-transformer (python manage.py train_transformer --out DIR)"


class TransformerModelError(Exception):
    """The model directory cannot be used."""


class TransformerModelMissing(TransformerModelError, FileNotFoundError):
    """The model directory, or one of its files, does not exist."""


class TransformerModelInvalid(TransformerModelError, ValueError):
    """The model's files exist but are not a model this scorer can serve."""


class TransformerScorer:
    """Calibrated probabilities from an ONNX sequence classifier, with honest reasons.

    The network gives no per-word attribution, so the reasons are those of a word-level
    ``explainer`` scorer (the ``linear`` one: each names a signal with its log-odds) for the same
    sentence, plus one reason carrying the difference between the language model's log-odds and
    the explainer's. The explainer's contributions plus that difference add up to the language
    model's score (up to the explainer's own baseline), so nothing is attributed that was not
    measured.
    """

    name = "minilm"
    label = "MiniLM"

    def __init__(self, session, tokenizer, meta: dict, *, explainer: Scorer | str | None = "linear") -> None:
        _check_meta(meta)
        self.session = session
        self.tokenizer = tokenizer
        self.meta = meta
        self.max_length: int = int(meta["max_length"])
        self.cal_a: float = float(meta["calibration"]["a"])
        self.cal_b: float = float(meta["calibration"]["b"])
        self.threshold: float = float(meta["threshold"])
        self.batch_size = BATCH_SIZE
        self._explainer = explainer
        inputs = {i.name: i for i in session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - inputs.keys()
        extra = inputs.keys() - {"input_ids", "attention_mask", "token_type_ids"}
        if missing or extra:
            raise TransformerModelInvalid(
                f"model.onnx must take input_ids, attention_mask (token_type_ids optional); "
                f"it takes {', '.join(sorted(inputs))}"
            )
        if len(session.get_outputs()) != 1:
            raise TransformerModelInvalid("model.onnx must have exactly one output (the logit)")
        self._input_names = tuple(inputs)
        self._int_dtype = "int32" if inputs["input_ids"].type == "tensor(int32)" else "int64"
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=self.max_length)
        pad = meta.get("pad_token", "[PAD]")
        self.pad_id: int = tokenizer.token_to_id(pad) or 0

    @classmethod
    def load(
        cls, model_dir: str | Path, *, threads: int = 1, explainer: Scorer | str | None = "linear"
    ) -> TransformerScorer:
        """Open ``model_dir``; raises :class:`TransformerModelMissing` naming what is missing."""
        model_dir = Path(model_dir)
        if not model_dir.is_dir():
            raise TransformerModelMissing(
                f"no check-worthiness model directory at {model_dir}; produce it with {HOW_TO_TRAIN}"
            )
        absent = [name for name in MODEL_FILES if not (model_dir / name).is_file()]
        if absent:
            raise TransformerModelMissing(
                f"the model directory {model_dir} lacks {', '.join(absent)}; produce it with {HOW_TO_TRAIN}"
            )
        try:
            meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        except ValueError as exc:
            raise TransformerModelInvalid(f"{model_dir / 'meta.json'} is not JSON: {exc}") from exc
        _check_meta(meta, model_dir)

        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(threads))
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only
        try:
            session = ort.InferenceSession(
                str(model_dir / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
            )
            tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        except OSError:
            raise
        except Exception as exc:  # onnxruntime and tokenizers raise their own types on bad files
            if not all((model_dir / name).is_file() for name in MODEL_FILES):  # removed meanwhile
                raise TransformerModelMissing(
                    f"the model in {model_dir} went away while loading; produce it with {HOW_TO_TRAIN}"
                ) from exc
            raise TransformerModelInvalid(f"cannot load the model in {model_dir}: {exc}") from exc
        return cls(session, tokenizer, meta, explainer=explainer)

    # --- scoring ---------------------------------------------------------------------------

    def logits(self, texts: Sequence[str]) -> list[float]:
        """Raw logits, in input order; batches of similar length cut the padding."""
        import numpy as np

        if not texts:
            return []
        encodings = self.tokenizer.encode_batch(list(texts))
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        out = np.zeros(len(texts), dtype=np.float64)
        for lo in range(0, len(order), self.batch_size):
            idx = order[lo : lo + self.batch_size]
            width = max(lengths[i] for i in idx) or 1
            ids = np.full((len(idx), width), self.pad_id, dtype=self._int_dtype)
            mask = np.zeros((len(idx), width), dtype=self._int_dtype)
            for row, i in enumerate(idx):
                n = lengths[i]
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = encodings[i].attention_mask
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feed["token_type_ids"] = np.zeros_like(ids)
            (result,) = self.session.run(None, feed)
            result = np.asarray(result, dtype=np.float64).reshape(-1)
            if result.shape[0] != len(idx):
                raise TransformerModelInvalid(
                    f"model.onnx gave {result.shape[0]} values for a batch of {len(idx)}"
                )
            out[idx] = result
        return out.tolist()

    def score(self, texts: Sequence[str]) -> list[ScoredSentence]:
        """Calibrated probabilities (0..1) in input order; a blank text scores EMPTY_SCORE."""
        keep = [i for i, t in enumerate(texts) if t and t.strip()]
        results = [ScoredSentence(EMPTY_SCORE, ())] * len(texts)
        if not keep:
            return results
        kept_texts = [texts[i] for i in keep]
        z_model = [self.cal_a * z + self.cal_b for z in self.logits(kept_texts)]
        explainer = self.explainer
        explained = explainer.score(kept_texts) if explainer is not None else None
        ex_threshold = getattr(explainer, "threshold", 0.5)
        for k, i in enumerate(keep):
            z = z_model[k]
            p = sigmoid(z)
            if explained is None:
                reasons = ((f"language model ({self.label})", round(z, 3)),)
            else:
                word = explained[k]
                delta = z - logit(word.score)
                own = (
                    _model_reason(self.label, p >= self.threshold, word.score >= ex_threshold, delta),
                    round(delta, 3),
                )
                reasons = top_reasons([own, *word.reasons[: MAX_REASONS - 1]])
            results[i] = ScoredSentence(p, reasons)
        return results

    @property
    def explainer(self) -> Scorer | None:
        if isinstance(self._explainer, str):
            self._explainer = get_scorer(self._explainer)
        return self._explainer


def _model_reason(label: str, model_says: bool, words_say: bool, delta: float) -> str:
    """The language model's line among the reasons, as a colleague would say it: which side of
    its threshold it puts the claim, and, when the word model puts it on the same side, whether
    it is surer or less sure (its log-odds differ from the word model's by ``delta``)."""
    says = "check-worthy" if model_says else "not check-worthy"
    if model_says != words_say:
        return f"language model ({label}) says {says}, unlike the word model"
    surer = (delta >= 0) == model_says  # check-worthy: higher is surer; not: lower is
    return f"language model ({label}) also says {says}, " + ("and is surer" if surer else "but is less sure")


def _check_meta(meta: object, model_dir: Path | None = None) -> None:
    where = f" in {model_dir / 'meta.json'}" if model_dir else ""
    if not isinstance(meta, dict) or meta.get("format") != MODEL_FORMAT:
        got = meta.get("format") if isinstance(meta, dict) else type(meta).__name__
        raise TransformerModelInvalid(f"unsupported model format {got!r}{where}; expected {MODEL_FORMAT!r}")
    try:
        int(meta["max_length"])
        float(meta["calibration"]["a"])
        float(meta["calibration"]["b"])
        float(meta["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise TransformerModelInvalid(
            f"meta.json{where} needs max_length, calibration.a/b and threshold ({exc!r})"
        ) from exc


def model_present(model_dir: str | Path = DEFAULT_MODEL_DIR) -> bool:
    """True when ``model_dir`` holds a model and the run-time packages to serve it are installed."""
    model_dir = Path(model_dir)
    return all((model_dir / name).is_file() for name in MODEL_FILES) and all(
        importlib.util.find_spec(mod) is not None for mod in ("onnxruntime", "tokenizers", "numpy")
    )


def best_scorer_name(model_dir: str | Path = DEFAULT_MODEL_DIR) -> str:
    """The best scorer this installation can serve: ``minilm`` with its model, else ``linear``."""
    return "minilm" if model_present(model_dir) else "linear"


# Outside Django (scripts, notebooks) ``minilm`` serves the shipped model; claims.apps registers
# it again with FACTCHECK_TRANSFORMER_MODEL_DIR and FACTCHECK_TRANSFORMER_THREADS.
register_scorer("minilm", lambda: TransformerScorer.load(DEFAULT_MODEL_DIR))
