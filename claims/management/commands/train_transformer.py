"""Fine-tune MiniLM-L6 on ClaimBuster and write the ``minilm`` scorer's model directory."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.management.shared_data import add_claimbuster_argument, crowdsourced_csv

NEEDS = "training needs: pip install -r requirements-transformer.txt -c constraints.txt (torch==2.13.0 CPU)"


class Command(BaseCommand):
    help = (
        "Fine-tune all-MiniLM-L6-v2 on crowdsourced.csv holding out whole debates, export ONNX int8 "
        "to FACTCHECK_TRANSFORMER_MODEL_DIR. About 9 minutes on 2 free cores; needs "
        "requirements-transformer.txt. --cv: measure the recipe by leave-debates-out "
        "cross-validation instead (5 trainings)."
    )

    def add_arguments(self, parser):
        add_claimbuster_argument(parser)
        parser.add_argument("--out", default=str(settings.FACTCHECK_TRANSFORMER_MODEL_DIR))
        parser.add_argument("--epochs", type=int, default=2)
        parser.add_argument(
            "--max-train",
            type=int,
            default=0,
            help="train on this many sentences of the training debates, seeded (0, the default: all)",
        )
        parser.add_argument(
            "--freeze-layers",
            type=int,
            default=0,
            help="lower encoder layers kept frozen (0, the default: none)",
        )
        parser.add_argument(
            "--resume", action="store_true", help="export the last finished training of this seed again"
        )
        parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
        parser.add_argument("--seed", type=int, default=13, help="seed of the debate split and the shuffles")
        parser.add_argument(
            "--cv",
            metavar="JSON",
            help="write nothing but this report: the recipe's leave-debates-out CV (AP, F1 with the "
            "threshold chosen on the other folds), five trainings",
        )

    def handle(self, *args, **opts):
        data = Path(opts["data"])
        crowd = crowdsourced_csv(data)
        try:
            from claims.extraction import transformer_training as tt
        except ImportError as exc:
            raise CommandError(f"{NEEDS} ({exc})") from exc
        recipe = tt.Recipe(
            epochs=opts["epochs"],
            max_train=opts["max_train"] or None,
            threads=opts["threads"],
            seed=opts["seed"],
            freeze_layers=opts["freeze_layers"],
            resume=opts["resume"],
        )

        def log(line: str) -> None:
            self.stdout.write(line)
            sys.stdout.flush()  # a 20-minute run should be watchable through a pipe

        try:
            if opts["cv"]:
                self._cross_validate(tt, crowd, recipe, Path(opts["cv"]), log)
            else:
                tt.train(crowd, data / "groundtruth.csv", Path(opts["out"]), recipe, log=log)
        except ImportError as exc:
            raise CommandError(f"{NEEDS} ({exc})") from exc

    def _cross_validate(self, tt, crowd: Path, recipe, report: Path, log) -> None:
        import json
        from dataclasses import asdict

        row = tt.cross_validate(crowd, recipe, log=log)
        report.write_text(json.dumps({**row, "recipe": asdict(recipe)}, indent=1), encoding="utf-8")
        log(f"wrote {report}")
