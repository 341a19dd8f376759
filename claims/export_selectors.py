"""What an export holds: the claims the queue's filters select for a user, read as records
(or ClaimReviews for JSON-LD). The reads behind claims.exports' formats."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.http import QueryDict

from .claimreview import claim_review, review_links
from .errors import ValidationFailed
from .exports import COLUMNS, JSONLD, record_from_values
from .filters import ClaimFilter
from .models import Claim
from .selectors import claim_list
from .workflow import Status

# Where each record column is read from.
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
assert list(SOURCES) == COLUMNS, "every record column is read from one place"
CHUNK_SIZE = 2000


def filter_params(query) -> dict[str, list[str]]:
    """The ClaimFilter parameters of a QueryDict (or a dict of lists), JSON-ready. Anything else
    (page, format, unknown names) is left out: a job stores only what selects its claims."""
    getlist = query.getlist if hasattr(query, "getlist") else lambda k: list(query[k])
    return {k: [str(v) for v in getlist(k)] for k in query if k in ClaimFilter.base_filters}


def export_queryset(*, user, params: dict[str, list[str]], export_format: str) -> QuerySet[Claim]:
    """The claims an export holds for ``user`` (``assignee=me`` is them): the queue's
    ClaimFilter, approved claims only for JSON-LD.

    Raises ValidationFailed with the filter's field messages when a parameter is invalid.
    """
    data = QueryDict(mutable=True)
    for key, values in params.items():
        data.setlist(key, values)
    claim_filter = ClaimFilter(data, queryset=claim_list(), user=user)
    if not claim_filter.is_valid():
        errors = {k: [str(e) for e in v] for k, v in claim_filter.errors.items()}
        raise ValidationFailed("Invalid filter.", field_errors=errors)
    qs = claim_filter.qs.defer("signals", "score_reasons", "speaker_aliases")
    if export_format == JSONLD:
        qs = qs.filter(status=Status.APPROVED).exclude(verdict="")
    return qs


def claim_records(qs: QuerySet[Claim]) -> Iterator[dict]:
    """The flat outside shape of each claim of ``qs``, in its order. Read as plain values, not
    model instances: an export of many claims is several times faster so."""
    for row in qs.values_list(*SOURCES.values()).iterator(chunk_size=CHUNK_SIZE):
        yield record_from_values(row)


def claim_record(claim: Claim) -> dict:
    """The flat outside shape of one claim (one query)."""
    return next(claim_records(Claim.objects.filter(pk=claim.pk)))


def export_items(export_format: str, qs: QuerySet[Claim]) -> Iterator[dict]:
    """What an export holds, item by item: claim records, or ClaimReviews for JSON-LD (the
    queryset then holds approved claims only)."""
    if export_format == JSONLD:
        return _claim_reviews(qs)
    return claim_records(qs)


def _claim_reviews(qs: QuerySet[Claim]) -> Iterator[dict]:
    """ClaimReviews chunk by chunk: each chunk's citations and appearances read at once."""
    chunk: list[Claim] = []
    for claim in qs.select_related("article").iterator(chunk_size=CHUNK_SIZE):
        chunk.append(claim)
        if len(chunk) == CHUNK_SIZE:
            yield from _reviews_of(chunk)
            chunk = []
    yield from _reviews_of(chunk)


def _reviews_of(claims: list[Claim]) -> Iterator[dict]:
    links = review_links([c.pk for c in claims])
    for claim in claims:
        yield claim_review(claim, links[claim.pk])
