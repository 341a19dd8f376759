"""Train the linear check-worthiness model on ClaimBuster and write it into the package."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction.scoring import MODEL_PATH
from claims.management.shared_data import add_claimbuster_argument, crowdsourced_csv


class Command(BaseCommand):
    help = (
        "Train on crowdsourced.csv, distilled from the MiniLM model (the labels mixed with its "
        "probabilities, and its probabilities for altered copies of the sentences; measured on its "
        "held-out debates); --hard-labels for the labels alone (leave-debates-out CV picks C and the "
        "threshold). Needs requirements-train.txt."
    )

    def add_arguments(self, parser):
        add_claimbuster_argument(parser)
        parser.add_argument("--out", default=str(MODEL_PATH))
        parser.add_argument(
            "--teacher",
            default=str(settings.FACTCHECK_TRANSFORMER_MODEL_DIR),
            help="the MiniLM model directory to distil from (default: the shipped one)",
        )
        parser.add_argument(
            "--hard-labels", action="store_true", help="train on the crowd labels alone, no teacher"
        )

    def handle(self, *args, **opts):
        data = Path(opts["data"])
        crowd = crowdsourced_csv(data)
        try:
            from claims.extraction import training
            from claims.extraction.transformer import TransformerModelError
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
        out, gt = Path(opts["out"]), data / "groundtruth.csv"
        try:
            if opts["hard_labels"]:
                training.train(crowd, gt, out, log=self.stdout.write)
            else:
                training.train_distilled(crowd, gt, Path(opts["teacher"]), out, log=self.stdout.write)
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
        except TransformerModelError as exc:
            raise CommandError(f"{exc} (or pass --hard-labels to train without a teacher)") from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
