"""The export formats of claims: one flat record per claim, written as CSV, JSON or
ClaimReview JSON-LD. Writers are generators, so a response or a file receives rows as they come.

The record is also the claim part of a webhook payload: one definition of a claim's outside shape.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import FileResponse

from .claimreview import claim_review
from .models import Claim, ExportJob

# Each column and where it is read from: one definition for CSV, JSON and webhook payloads.
SOURCES: dict[str, str] = {
    "id": "id",
    "article_id": "article_id",
    "article_title": "article__title",
    "article_url": "article__url",
    "text": "text",
    "start": "start",
    "end": "end",
    "speaker": "speaker",
    "is_quote": "is_quote",
    "score": "score",
    "status": "status",
    "verdict": "verdict",
    "rationale": "rationale",
    "reviewed_by": "reviewed_by__username",
    "approved_by": "approved_by__username",
    "created_at": "created_at",
    "reviewed_at": "reviewed_at",
    "approved_at": "approved_at",
    "corrected_at": "corrected_at",
}
COLUMNS = list(SOURCES)
CHUNK_SIZE = 2000

CONTENT_TYPES = {
    ExportJob.Format.CSV: "text/csv; charset=utf-8",
    ExportJob.Format.JSON: "application/json",
    ExportJob.Format.JSONLD: "application/ld+json",
}

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(column: str, value):
    if value is None:
        return "" if column in ("reviewed_by", "approved_by") else None
    return value.isoformat() if hasattr(value, "isoformat") else value


def claim_records(qs: QuerySet[Claim]) -> Iterator[dict]:
    """The flat outside shape of each claim of ``qs``, in its order. Read as plain values, not
    model instances: an export of many claims is several times faster so."""
    for row in qs.values_list(*SOURCES.values()).iterator(chunk_size=CHUNK_SIZE):
        yield {column: _plain(column, value) for column, value in zip(COLUMNS, row, strict=True)}


def claim_record(claim: Claim) -> dict:
    """The flat outside shape of one claim (one query)."""
    return next(claim_records(Claim.objects.filter(pk=claim.pk)))


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


def json_chunks(items: Iterable[dict]) -> Iterator[str]:
    yield "["
    first = True
    for item in items:
        yield ("\n" if first else ",\n") + json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False)
        first = False
    yield "\n]\n"


def export_items(export_format: str, qs: QuerySet[Claim]) -> Iterator[dict]:
    """What an export holds, item by item: claim records, or ClaimReviews for JSON-LD (the
    queryset must then hold approved claims only)."""
    if export_format == ExportJob.Format.JSONLD:
        return (claim_review(c) for c in qs.select_related("article").iterator(chunk_size=CHUNK_SIZE))
    return claim_records(qs)


def render_chunks(export_format: str, items: Iterable[dict]) -> Iterator[str]:
    """The export's text, piece by piece."""
    return csv_chunks(items) if export_format == ExportJob.Format.CSV else json_chunks(items)


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


def file_response(job: ExportJob, path) -> FileResponse:
    """The finished export file of ``job`` as a download."""
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=file_name(job.format),
        content_type=CONTENT_TYPES[job.format],
    )
