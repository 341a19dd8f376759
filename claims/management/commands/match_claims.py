"""Rank a collection of fact checks for each claim read on stdin (JSON lines in, JSON lines out).

    python manage.py match_claims --collection vclaims.jsonl --top 5 < queries.jsonl

Each input line is ``{"id", "text"}`` with optional ``"speaker"`` and ``"context"``; each output
line is ``{"id", "matches": [{"id", "score", "cosine", "tier"}, ...]}`` best first, with the
collection's own ids. The index is built from the file; the database is not touched.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from claims.matching.collection import read_collection, read_queries
from claims.matching.embed import Embedder, EmbedderMissing
from claims.matching.ranker import METHODS, MatchConfig, Matcher


class Command(BaseCommand):
    help = "Rank a JSON-lines collection of fact checks for each query on stdin; JSON lines out."

    def add_arguments(self, parser):
        parser.add_argument(
            "--collection", required=True, help="JSON lines: vclaim_id/id, vclaim/claim, title, speaker"
        )
        parser.add_argument("--top", type=int, default=5)
        parser.add_argument("--method", choices=METHODS, default=MatchConfig().method)
        parser.add_argument("--threads", type=int, default=1, help="onnxruntime threads")

    def handle(self, *args, **opts):
        if opts["top"] < 1:
            raise CommandError("--top must be at least 1")
        try:
            docs, problems = read_collection(opts["collection"])
        except OSError as exc:
            raise CommandError(f"cannot read the collection: {exc}") from exc
        for problem in problems[:20]:
            self.stderr.write(f"skipped {problem}")
        config = MatchConfig().with_(method=opts["method"])
        embedder = None
        if config.method != "bm25":
            try:
                embedder = Embedder.load(threads=opts["threads"])
            except EmbedderMissing as exc:
                raise CommandError(str(exc)) from exc
        matcher = Matcher(docs, embedder=embedder, config=config)
        out = self.stdout
        try:
            for query in read_queries(sys.stdin):
                matches = matcher.rank(query, opts["top"])
                line = {
                    "id": query.id,
                    "matches": [
                        {"id": m.id, "score": m.score, "cosine": m.cosine, "tier": m.tier} for m in matches
                    ],
                }
                out.write(json.dumps(line, ensure_ascii=False))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
