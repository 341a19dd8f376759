"""The ``Prefer`` request header (RFC 7240) of a submission: ``return=minimal`` asks for a short
answer (the article's summary and its Location) instead of the article with its claims."""

from __future__ import annotations

RETURN_MINIMAL = "return=minimal"

# The submit answer's schema: the article with its body and claims, or (return=minimal) its
# summary. anyOf, not oneOf: the full answer also has every field of the summary. (Both
# components are the answers of GET /api/articles/{id}/ and of the article list.)
SUBMIT_ANSWER = {
    "anyOf": [
        {"$ref": "#/components/schemas/ArticleDetail"},
        {"$ref": "#/components/schemas/Article"},
    ]
}


def prefers_minimal(request) -> bool:
    """True when the client's Prefer header holds ``return=minimal`` (names and values compared
    without case; preferences separated by commas, parameters after ``;`` ignored)."""
    header = request.headers.get("Prefer", "")
    if not header:
        return False
    for preference in header.split(","):
        token = preference.split(";", 1)[0].replace(" ", "").replace("\t", "").lower()
        if token in (RETURN_MINIMAL, 'return="minimal"'):
            return True
    return False
