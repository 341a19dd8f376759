"""Write the reviewers' "same claim" / "different claim" judgements as JSON lines.

    python manage.py export_match_judgements > judgements.jsonl
    python manage.py export_match_judgements --split out/   # queries, collection, qrels

Each line holds the query (``id``, ``text``, ``speaker``, ``context``: what ``match_claims`` reads),
the fact check as a collection record (``vclaim_id``, ``vclaim``, ``title``), ``label`` (1 same,
0 different) and the matcher's ``score`` and ``tier``: the data to re-tune the "same" threshold.
With ``--split DIR`` the same goes to ``queries.jsonl``, ``collection.jsonl`` (each once) and
``qrels.jsonl`` (``{"id", "vclaim_id", "label"}``).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from claims.selectors_matching import match_judgement_records


class Command(BaseCommand):
    help = "Reviewers' match judgements as JSON lines (query / fact check / label)."

    def add_arguments(self, parser):
        parser.add_argument("--split", metavar="DIR", help="write queries, collection and qrels files there")

    def handle(self, *args, split=None, **options):
        count = 0
        if split:
            out = Path(split)
            out.mkdir(parents=True, exist_ok=True)
            seen_q, seen_fc = set(), set()
            with (
                open(out / "queries.jsonl", "w", encoding="utf-8") as q,
                open(out / "collection.jsonl", "w", encoding="utf-8") as c,
                open(out / "qrels.jsonl", "w", encoding="utf-8") as r,
            ):
                for rec in match_judgement_records():
                    if rec["id"] not in seen_q:
                        seen_q.add(rec["id"])
                        q.write(json.dumps({k: rec[k] for k in ("id", "text", "speaker", "context")}) + "\n")
                    if rec["vclaim_id"] not in seen_fc:
                        seen_fc.add(rec["vclaim_id"])
                        c.write(json.dumps({k: rec[k] for k in ("vclaim_id", "vclaim", "title")}) + "\n")
                    r.write(json.dumps({k: rec[k] for k in ("id", "vclaim_id", "label")}) + "\n")
                    count += 1
        else:
            for rec in match_judgement_records():
                self.stdout.write(json.dumps(rec, ensure_ascii=False))
                count += 1
        self.stderr.write(f"{count} judgement(s) exported.")
