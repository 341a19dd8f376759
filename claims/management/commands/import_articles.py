"""Import many articles: ``manage.py import_articles FILE [--user NAME] [--results OUT.jsonl]``.

Each line of FILE is a JSON object (``title``, ``body``, ``url``, ``publisher``, ``author``,
``published_at``; pasted text is stored at once, a ``url`` alone is fetched by the worker) or a
bare URL. The file is read line by line; the same article twice is one article, so running the
import again is harmless. Bad lines are reported and the good ones imported.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.services.bulk_articles import ERROR, OUTCOMES, bulk_submit_lines


class Command(BaseCommand):
    help = "Import articles from a JSON-lines file or a list of URLs (one per line; - for stdin)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the file to import (- reads standard input)")
        parser.add_argument("--user", help="the submitter's user name (default: none)")
        parser.add_argument("--results", help="write one JSON line per item to this file")

    def handle(self, *args, path, user=None, results=None, **options):
        submitter = None
        if user:
            submitter = get_user_model().objects.filter(username=user).first()
            if submitter is None:
                raise CommandError(f"No user named {user!r}.")
        tty = self.stdout.isatty()
        total = _count_lines(path) if tty and path != "-" else None
        counts: Counter[str] = Counter()
        try:
            source = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
        out = open(results, "w", encoding="utf-8") if results else None  # noqa: SIM115
        try:
            for n, result in enumerate(bulk_submit_lines(submitted_by=submitter, lines=source), 1):
                counts[result.outcome] += 1
                if out is not None:
                    out.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
                if result.outcome == ERROR:
                    self.stderr.write(f"line {result.index}: {_messages(result.errors)}")
                if tty and (n % 25 == 0 or n == total):
                    self.stdout.write(_bar(result.index, total), ending="\r")
                    self.stdout.flush()
        finally:
            if source is not sys.stdin:
                source.close()
            if out is not None:
                out.close()
        if tty:
            self.stdout.write("")
        summary = ", ".join(f"{counts[o]} {o}" for o in OUTCOMES)
        self.stdout.write(f"{sum(counts.values())} item(s): {summary}.")
        if counts[ERROR]:
            self.stdout.write("See the messages above" + (f" and {results}." if results else "."))


def _messages(errors: dict[str, list[str]]) -> str:
    return "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in errors.items())


def _count_lines(path: str) -> int | None:
    try:
        with open(path, "rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return None


def _bar(done: int, total: int | None, width: int = 30) -> str:
    if not total:
        return f"{done} line(s)"
    filled = int(width * min(done, total) / total)
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} lines"
