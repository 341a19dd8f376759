"""Train the linear check-worthiness model on ClaimBuster and write it into the package."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.scoring import MODEL_PATH
from claims.management.shared_data import add_claimbuster_argument, crowdsourced_csv


class Command(BaseCommand):
    help = (
        "Train on crowdsourced.csv (leave-debates-out CV picks C and the threshold); "
        "needs requirements-train.txt."
    )

    def add_arguments(self, parser):
        add_claimbuster_argument(parser)
        parser.add_argument("--out", default=str(MODEL_PATH))

    def handle(self, *args, **opts):
        data = Path(opts["data"])
        crowd = crowdsourced_csv(data)
        try:
            from claims.extraction import training
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
        try:
            training.train(crowd, data / "groundtruth.csv", Path(opts["out"]), log=self.stdout.write)
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
