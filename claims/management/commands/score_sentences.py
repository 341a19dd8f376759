"""Score JSON lines {"id":..,"text":..} from stdin; write {"id":..,"score":..,"checkworthy":..}."""

from __future__ import annotations

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction.scoring import get_scorer
from claims.services.scoring import best_scorer

BATCH = 512


class Command(BaseCommand):
    help = "Score sentences read as JSON lines on stdin; bad lines are reported on stderr and skipped."

    def add_arguments(self, parser):
        parser.add_argument("--threshold", type=float, default=None)
        parser.add_argument(
            "--scorer",
            default=None,
            help="scorer name (default: the best shipped one, minilm, else FACTCHECK_SCORER)",
        )

    def handle(self, *args, **opts):
        try:
            scorer = get_scorer(opts["scorer"] or best_scorer())
        except KeyError as exc:
            raise CommandError(str(exc)) from exc
        threshold = opts["threshold"]
        if threshold is None:
            threshold = getattr(settings, "FACTCHECK_CHECKWORTHY_THRESHOLD", None)
        if threshold is None:  # the threshold the scorer was tuned to
            threshold = getattr(scorer, "threshold", 0.5)
        out, err = self.stdout, self.stderr
        batch: list[tuple[object, str]] = []
        for lineno, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                batch.append((row.get("id"), text))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                err.write(json.dumps({"line": lineno, "error": f"{type(exc).__name__}: {exc}"}))
                continue
            if len(batch) >= BATCH:
                self._flush(scorer, batch, threshold, out)
                batch = []
        if batch:
            self._flush(scorer, batch, threshold, out)

    @staticmethod
    def _flush(scorer, batch, threshold, out) -> None:
        results = scorer.score([t for _, t in batch])
        lines = [
            json.dumps({"id": i, "score": round(r.score, 4), "checkworthy": r.score >= threshold})
            for (i, _), r in zip(batch, results, strict=True)
        ]
        out.write("\n".join(lines))
