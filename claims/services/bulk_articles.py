"""Many articles at once: JSON lines or a plain list of URLs, one item at a time.

Each item goes through the same checks as one article on the API (``ArticleSubmitSerializer``:
text without NUL, a valid URL, a date) and then the same services (``article_submit`` for
pasted text, ``article_submit_url`` for a URL alone), so an item sent twice is one article.
Items are read and stored one by one: a 10,000-line file is never held in memory. A bad item
is reported with its field messages; the good ones are stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from claims.errors import ServiceError

from .articles import article_submit
from .ingest import article_submit_url

CREATED = "created"
EXISTING = "existing"
FETCHING = "fetching"
ERROR = "error"
OUTCOMES = (CREATED, EXISTING, FETCHING, ERROR)


@dataclass
class ItemResult:
    index: int  # the line number in a file (from 1), the position in a list (from 0)
    outcome: str
    article_id: int | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def _flatten(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in detail.items()}
    return {"non_field_errors": [str(m) for m in (detail if isinstance(detail, list) else [detail])]}


def bulk_submit_item(*, submitted_by, item, index: int) -> ItemResult:
    """Store one item: a dict of article fields, or a URL (a str)."""
    from claims.api.serializers import ArticleSubmitSerializer  # the one definition of the fields

    if isinstance(item, str):
        item = {"url": item}
    if not isinstance(item, dict):
        return ItemResult(
            index, ERROR, errors={"non_field_errors": ["Send an object of article fields or a URL."]}
        )
    data = ArticleSubmitSerializer(data=item)
    if not data.is_valid():
        return ItemResult(index, ERROR, errors=_flatten(data.errors))
    fields = dict(data.validated_data)
    try:
        if fields.get("body"):
            result = article_submit(submitted_by=submitted_by, **fields)
            return ItemResult(index, CREATED if result.created else EXISTING, result.article.pk)
        fields.pop("body", None)
        result = article_submit_url(submitted_by=submitted_by, **fields)
        return ItemResult(index, FETCHING if result.created else EXISTING, result.article.pk)
    except ServiceError as exc:
        return ItemResult(index, ERROR, errors=exc.field_errors or {"non_field_errors": [exc.message]})


def parse_line(line: str):
    """One line of a file: a JSON object (article fields) or a URL. Raises ValueError."""
    text = line.strip()
    if "\x00" in text:
        raise ValueError("The line contains a NUL character.")
    if text[:1] in ("{", "[", '"'):  # JSON (an object is expected), else a bare URL
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"Broken JSON: {exc.msg} (column {exc.colno}).") from None
        if not isinstance(value, dict):
            raise ValueError("Send one JSON object per line.")
        return value
    return text


def bulk_submit_lines(*, submitted_by, lines: Iterable[str]) -> Iterator[ItemResult]:
    """Store the items of a file's lines (numbered from 1; blank lines and ``#`` comments are
    skipped), yielding each result as it is stored."""
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            item = parse_line(stripped)
        except ValueError as exc:
            yield ItemResult(number, ERROR, errors={"line": [str(exc)]})
            continue
        yield bulk_submit_item(submitted_by=submitted_by, item=item, index=number)


def bulk_submit_items(*, submitted_by, items: Iterable) -> Iterator[ItemResult]:
    for index, item in enumerate(items):
        yield bulk_submit_item(submitted_by=submitted_by, item=item, index=index)
