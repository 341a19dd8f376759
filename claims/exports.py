"""The export formats of claims, pure Python: one flat record per claim, written as CSV, JSON or
ClaimReview JSON-LD. Writers are generators, so a response or a file receives rows as they come.

What an export holds is read by claims.export_selectors; the HTTP answers are made by
claims.export_responses. The record is also the claim part of a webhook payload: one definition
of a claim's outside shape.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal

CSV, JSON, JSONLD = "csv", "json", "jsonld"
FORMATS = (CSV, JSON, JSONLD)

# The columns of a claim record, in order (claims.export_selectors reads each from the database).
COLUMNS = [
    "id",
    "article_id",
    "article_title",
    "article_url",
    "text",
    "start",
    "end",
    "speaker",
    "is_quote",
    "score",
    "status",
    "verdict",
    "rationale",
    "reviewed_by",
    "approved_by",
    "created_at",
    "reviewed_at",
    "approved_at",
    "corrected_at",
]
# Columns naming a person: "" when there is none (a record never holds null for them).
_PEOPLE = ("reviewed_by", "approved_by")

CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    JSON: "application/json",
    JSONLD: "application/ld+json",
}

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(column: str, value):
    if value is None:
        return "" if column in _PEOPLE else None
    return value.isoformat() if isinstance(value, date | datetime) else value


def record_from_values(values: Iterable) -> dict:
    """A record from the values of COLUMNS, in order: dates as ISO text, no null person."""
    return {column: _plain(column, value) for column, value in zip(COLUMNS, values, strict=True)}


def safe_cell(value):
    """A CSV cell a spreadsheet shows as text: formula-looking strings get a leading quote."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(records: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for record in records:
        yield writer.writerow([safe_cell(record[c]) for c in COLUMNS])


def _json_default(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_chunks(items: Iterable[dict]) -> Iterator[str]:
    yield "["
    first = True
    for item in items:
        yield ("\n" if first else ",\n") + json.dumps(item, default=_json_default, ensure_ascii=False)
        first = False
    yield "\n]\n"


def render_chunks(export_format: str, items: Iterable[dict]) -> Iterator[str]:
    """The export's text, piece by piece (records for CSV and JSON, ClaimReviews for JSON-LD)."""
    return csv_chunks(items) if export_format == CSV else json_chunks(items)


def file_name(export_format: str) -> str:
    """The name a browser saves the download under."""
    return f"claims.{export_format}"
