"""Reading a collection of fact checks and queries from JSON lines (no database involved)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .ranker import FactCheckDoc, Query


def doc_from_record(record: dict) -> FactCheckDoc | None:
    """A CheckThat! record (``vclaim_id``, ``vclaim``, ``title``, ``speaker``) or a plain one
    (``id``, ``claim``/``text``, ``title``, ``speaker``/``claimant``); None without id or claim."""
    ident = record.get("vclaim_id", record.get("id"))
    claim = record.get("vclaim") or record.get("claim") or record.get("text") or ""
    if ident is None or not str(claim).strip():
        return None
    return FactCheckDoc(
        id=str(ident),
        claim=str(claim),
        title=str(record.get("title") or ""),
        speaker=str(record.get("speaker") or record.get("claimant") or ""),
    )


def read_collection(path: str | Path) -> tuple[list[FactCheckDoc], list[str]]:
    """The fact checks of a JSON-lines file, and one message per line that could not be used."""
    docs, problems = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(f"line {n}: not JSON ({exc})")
                continue
            doc = doc_from_record(record) if isinstance(record, dict) else None
            if doc is None:
                problems.append(f"line {n}: no id or no claim text")
                continue
            docs.append(doc)
    return docs, problems


def query_from_record(record: dict) -> Query:
    ident = record.get("id", record.get("qid"))
    if ident is None or not isinstance(record.get("text"), str):
        raise ValueError('each query needs "id" and "text"')
    return Query(
        id=str(ident),
        text=record["text"],
        speaker=str(record.get("speaker") or ""),
        context=str(record.get("context") or ""),
    )


def read_queries(lines) -> Iterator[Query]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"query line {n}: not JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise ValueError(f"query line {n}: not an object")
        try:
            yield query_from_record(record)
        except ValueError as exc:
            raise ValueError(f"query line {n}: {exc}") from exc
