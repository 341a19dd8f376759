"""Load fact checks into the library: ClaimReview JSON-LD, JSON lines or CSV (see the README).

    python manage.py import_fact_checks archive.jsonl [--collection NAME] [--format jsonl]

Idempotent: the same fact check imported twice is one row, updated. Bad records are skipped and
listed; the good ones are imported. ``--desk`` (re)adds every approved claim of the desk.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.matching.records import guess_kind
from claims.workflow import Status

SHOW_PROBLEMS = 50


class _Progress:
    """One line, rewritten in place, on a terminal: bytes read of the file and rows written."""

    def __init__(self, stream, fh, total: int) -> None:
        self.stream, self.fh, self.total = stream, fh, max(total, 1)
        self.tty = stream.isatty()
        self.started = time.monotonic()

    def __call__(self, report) -> None:
        if not self.tty:
            return
        try:
            done = self.fh.buffer.tell() if hasattr(self.fh, "buffer") else 0
        except (OSError, ValueError):
            done = 0
        share = min(done / self.total, 1.0)
        bar = "#" * int(share * 30)
        rate = report.imported / max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"\r[{bar:<30}] {share:6.1%}  {report.imported} imported, {report.skipped} skipped, {rate:.0f}/s"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")


class Command(BaseCommand):
    help = "Import fact checks (ClaimReview JSON-LD, JSON lines, CSV) into the 'Checked before?' library."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="the file to import")
        parser.add_argument("--format", choices=["json", "jsonl", "csv"], help="default: from the file name")
        parser.add_argument(
            "--collection",
            help="name scoping the records' own ids (default: the file's folder and name)",
        )
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--desk", action="store_true", help="(re)add every approved claim of this desk")

    def handle(self, *args, **opts):
        from claims.services.fact_checks import fact_checks_import

        if opts["desk"]:
            self._desk()
        path = opts["path"]
        if not path:
            if not opts["desk"]:
                raise CommandError("name the file to import (or --desk)")
            return
        path = Path(path)
        if not path.is_file():
            raise CommandError(f"{path} is not a file")
        collection = opts["collection"] or f"{path.parent.name}/{path.name}"
        with open(path, encoding="utf-8-sig", newline="") as fh:
            kind = opts["format"] or guess_kind(path.name, fh.read(4096))
            fh.seek(0)
            progress = _Progress(sys.stderr, fh, os.path.getsize(path))
            started = time.monotonic()
            try:
                report = fact_checks_import(
                    lines=fh,
                    kind=kind,
                    collection=collection,
                    provenance=path.name,
                    batch_size=max(1, opts["batch_size"]),
                    progress=progress,
                )
            except UnicodeDecodeError as exc:
                raise CommandError(f"{path} is not UTF-8 text: {exc}") from exc
            finally:
                progress.close()
        seconds = time.monotonic() - started
        self.stdout.write(
            f"{path.name}: {report.created} new, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.skipped} skipped ({seconds:.1f} s)"
        )
        for problem in report.problems[:SHOW_PROBLEMS]:
            self.stdout.write(f"  skipped {problem.where}: {problem.reason}")
        if report.skipped > SHOW_PROBLEMS:
            self.stdout.write(f"  … and {report.skipped - SHOW_PROBLEMS} more skipped")

    def _desk(self) -> None:
        from claims.models import Claim
        from claims.services.fact_checks import fact_check_from_claim

        n = 0
        for claim in Claim.objects.filter(status=Status.APPROVED).select_related("article").iterator():
            n += fact_check_from_claim(claim) is not None
        self.stdout.write(f"desk: {n} approved claim(s) in the library")
