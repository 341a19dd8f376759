"""The export formats of claims: one flat record per claim, written as CSV, JSON or
ClaimReview JSON-LD. Writers are generators, so a response or a file receives rows as they come.

The record is also the claim part of a webhook payload: one definition of a claim's outside shape.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder

from .claimreview import claim_review
from .models import Claim, ExportJob

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

CONTENT_TYPES = {
    ExportJob.Format.CSV: "text/csv; charset=utf-8",
    ExportJob.Format.JSON: "application/json",
    ExportJob.Format.JSONLD: "application/ld+json",
}

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _username(user) -> str:
    return user.get_username() if user is not None else ""


def claim_record(claim: Claim) -> dict:
    """The flat outside shape of a claim (needs article, reviewed_by, approved_by loaded)."""
    article = claim.article
    return {
        "id": claim.pk,
        "article_id": claim.article_id,
        "article_title": article.title,
        "article_url": article.url,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "speaker": claim.speaker,
        "is_quote": claim.is_quote,
        "score": claim.score,
        "status": claim.status,
        "verdict": claim.verdict,
        "rationale": claim.rationale,
        "reviewed_by": _username(claim.reviewed_by),
        "approved_by": _username(claim.approved_by),
        "created_at": _iso(claim.created_at),
        "reviewed_at": _iso(claim.reviewed_at),
        "approved_at": _iso(claim.approved_at),
        "corrected_at": _iso(claim.corrected_at),
    }


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


def csv_chunks(claims: Iterable[Claim]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for claim in claims:
        record = claim_record(claim)
        yield writer.writerow([safe_cell(record[c]) for c in COLUMNS])


def _json_list(items: Iterable[dict]) -> Iterator[str]:
    yield "["
    first = True
    for item in items:
        yield ("\n" if first else ",\n") + json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False)
        first = False
    yield "\n]\n"


def json_chunks(claims: Iterable[Claim]) -> Iterator[str]:
    return _json_list(claim_record(c) for c in claims)


def jsonld_chunks(claims: Iterable[Claim]) -> Iterator[str]:
    """ClaimReview of each claim; the queryset must hold approved claims only."""
    return _json_list(claim_review(c) for c in claims)


WRITERS = {
    ExportJob.Format.CSV: csv_chunks,
    ExportJob.Format.JSON: json_chunks,
    ExportJob.Format.JSONLD: jsonld_chunks,
}


def file_name(export_format: str) -> str:
    """The name a browser saves the download under."""
    extension = {ExportJob.Format.JSONLD: "jsonld"}.get(export_format, export_format)
    return f"claims.{extension}"


# Query parameters that are not filters (pagination, the format, DRF's own).
_NOT_FILTERS = {"page", "format", "page_size"}


def filter_params(query) -> dict[str, list[str]]:
    """A QueryDict (or a dict of lists) reduced to the ClaimFilter parameters, JSON-ready."""
    getlist = query.getlist if hasattr(query, "getlist") else lambda k: list(query[k])
    return {k: [str(v) for v in getlist(k)] for k in query if k not in _NOT_FILTERS}


def export_queryset(*, params: dict[str, list[str]], user, export_format: str):
    """The claims an export holds: the queue's ClaimFilter, approved only for JSON-LD.

    Raises ValidationFailed with the filter's field messages when a parameter is invalid.
    """
    from types import SimpleNamespace

    from django.http import QueryDict

    from .errors import ValidationFailed
    from .filters import ClaimFilter
    from .selectors import claim_list
    from .workflow import Status

    data = QueryDict(mutable=True)
    for key, values in params.items():
        data.setlist(key, values)
    claim_filter = ClaimFilter(data, queryset=claim_list(), request=SimpleNamespace(user=user))
    if not claim_filter.is_valid():
        errors = {k: [str(e) for e in v] for k, v in claim_filter.errors.items()}
        raise ValidationFailed("Invalid filter.", field_errors=errors)
    qs = claim_filter.qs.defer("signals", "score_reasons", "speaker_aliases")
    if export_format == ExportJob.Format.JSONLD:
        qs = qs.filter(status=Status.APPROVED).exclude(verdict="")
    return qs


def streaming_response(chunks: Iterator[str], export_format: str):
    """The export as a download streamed row by row."""
    from django.http import StreamingHttpResponse

    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[export_format])
    response["Content-Disposition"] = f'attachment; filename="{file_name(export_format)}"'
    response["Cache-Control"] = "no-store"
    return response
