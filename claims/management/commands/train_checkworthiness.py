"""Train the linear check-worthiness model on ClaimBuster and write it into the package."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction.scoring import MODEL_PATH


class Command(BaseCommand):
    help = (
        "Train on crowdsourced.csv (leave-debates-out CV picks C and the threshold); "
        "needs requirements-train.txt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data", default=str(Path(settings.BASE_DIR).parent / "shared" / "data" / "claimbuster")
        )
        parser.add_argument("--out", default=str(MODEL_PATH))

    def handle(self, *args, **opts):
        data = Path(opts["data"])
        crowd = data / "crowdsourced.csv"
        if not crowd.exists():
            raise CommandError(f"{crowd} not found: pass --data DIR holding ClaimBuster's crowdsourced.csv")
        try:
            from claims.extraction import training
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
        try:
            training.train(crowd, data / "groundtruth.csv", Path(opts["out"]), log=self.stdout.write)
        except ImportError as exc:
            raise CommandError(f"training needs: pip install -r requirements-train.txt ({exc})") from exc
