"""Print the claim candidates of a text file: a table, or JSON with --json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract_claims


class Command(BaseCommand):
    help = "Extract claim candidates from a text file (first line may be a headline). '-' reads stdin."

    def add_arguments(self, parser):
        parser.add_argument("path", help="text file, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print a JSON list of candidates")
        parser.add_argument("--threshold", type=float, default=None, help="check-worthiness threshold")
        parser.add_argument(
            "--scorer",
            default=None,
            help="scorer name (default: the best shipped one, minilm, else FACTCHECK_SCORER)",
        )

    def handle(self, *args, **opts):
        path = opts["path"]
        try:
            body = (
                sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8", errors="replace")
            )
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        threshold = opts["threshold"] if opts["threshold"] is not None else _default_threshold()
        try:
            ex = extract_claims(body, threshold=threshold, scorer=_scorer_name(opts["scorer"]))
        except KeyError as exc:
            raise CommandError(str(exc)) from exc
        if opts["json"]:
            self.stdout.write(json.dumps([c.as_dict() for c in ex.claims], ensure_ascii=False, indent=1))
            return
        self.stdout.write(
            f"language={ex.language} scored={ex.scored} claims={len(ex.claims)} threshold={ex.threshold}"
        )
        for c in ex.claims:
            score = "  -  " if c.score is None else f"{c.score:.3f}"
            mark = "*" if c.checkworthy else " "
            who = c.speaker or ""
            if c.speaker_aliases:
                who += f" (also {', '.join(c.speaker_aliases)})"
            text = c.text.replace("\n", " ")
            self.stdout.write(f"{mark}{score} {c.start:>6}-{c.end:<6} {c.kind:<11} {text[:90]}")
            if who or c.attribution:
                self.stdout.write(
                    f"{'':>27}speaker: {who or '?'} [{c.attribution or ''}]{' quote' if c.is_quote else ''}"
                )


def _scorer_name(given: str | None) -> str:
    from claims.services.scoring import best_scorer

    return given or best_scorer()


def _default_threshold() -> float | None:
    from django.conf import settings

    # None: the threshold the scorer was tuned to.
    return getattr(settings, "FACTCHECK_CHECKWORTHY_THRESHOLD", None)
