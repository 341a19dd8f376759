"""Report segmentation (golden rules, clean tests) and check-worthiness (CV, groundtruth) figures."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.management.shared_data import default_data_dir


class Command(BaseCommand):
    help = (
        "Evaluate claim extraction against ../shared/data (or DATA_DIR). Needs requirements-train.txt for CV."
    )

    def add_arguments(self, parser):
        parser.add_argument("data", nargs="?", default=str(default_data_dir()))
        parser.add_argument("--skip-cv", action="store_true", help="skip the (slow) cross-validation")
        parser.add_argument(
            "--attempts",
            action="store_true",
            help="also measure the check-worthiness attempts (linear variants, MiniLM, MiniLM + linear)",
        )

    def handle(self, *args, **opts):
        from claims.extraction import evaluation

        data = Path(opts["data"])
        if not data.is_dir():
            raise CommandError(f"data directory {data} not found (expected sbd/ and claimbuster/ inside)")
        try:
            evaluation.run(data, cv=not opts["skip_cv"], log=self.stdout.write)
            self._minilm(data)
            fact_checked = evaluation.fact_checked_lines(data)
            self._fact_checked(data, fact_checked)
            if opts["attempts"]:
                self._attempts(data, fact_checked)
        except FileNotFoundError as exc:
            raise CommandError(f"missing data file: {exc.filename}") from exc
        except ImportError as exc:
            raise CommandError(f"evaluation needs: pip install -r requirements-train.txt ({exc})") from exc

    def _minilm(self, data: Path) -> None:
        """The fine-tuned scorer's figures when its model directory exists, else how to make it."""
        from claims.extraction import transformer_training
        from claims.extraction.transformer import TransformerModelError

        model_dir = Path(settings.FACTCHECK_TRANSFORMER_MODEL_DIR)
        gt = data / "claimbuster" / "groundtruth.csv"
        try:
            transformer_training.evaluate(model_dir, gt, log=self.stdout.write)
        except TransformerModelError as exc:
            self.stdout.write(f"minilm: {exc}")

    def _fact_checked(self, data: Path, lines) -> None:
        """How high the scorers rank the debate lines PolitiFact checked (when the data is there)."""
        from claims.extraction import evaluation
        from claims.extraction.scoring import get_scorer
        from claims.extraction.transformer import model_present

        if lines is None:
            where = data / evaluation.FACT_CHECKED_DIR / "transcripts"
            self.stdout.write(f"fact-checked lines: {where} not found, skipped")
            return
        scorers = {"linear": get_scorer("linear")}
        if model_present(Path(settings.FACTCHECK_TRANSFORMER_MODEL_DIR)):
            scorers["minilm"] = get_scorer("minilm")
        evaluation.fact_checked_ranking(lines, scorers, log=self.stdout.write)

    def _attempts(self, data: Path, fact_checked) -> None:
        """Every check-worthiness attempt, measured the same way (leave-debates-out)."""
        from claims.extraction import evaluation
        from claims.extraction.transformer import model_present

        crowd = data / "claimbuster" / "crowdsourced.csv"
        self.stdout.write("check-worthiness attempts, leave-debates-out (GroupKFold(5) by File_id):")
        evaluation.linear_attempts(crowd, log=self.stdout.write, fact_checked=fact_checked)
        model_dir = Path(settings.FACTCHECK_TRANSFORMER_MODEL_DIR)
        if model_present(model_dir):
            self.stdout.write("on the debates the MiniLM model never saw (its held-out debates):")
            evaluation.ensemble_attempts(crowd, model_dir, log=self.stdout.write)
            evaluation.context_attempts(crowd, model_dir, log=self.stdout.write)
            evaluation.distillation_attempts(crowd, model_dir, data / "matching", log=self.stdout.write)
