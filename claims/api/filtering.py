"""Query parameters of the API's lists and exports: one that a list does not know is a 400
naming it, never ignored. ``/api/claims/?speaker=Ruiz`` (the search is ``q``) or
``?ordering=-score`` (the order is ``sort``) would otherwise answer every claim, and an export
would hold every claim, while the client believed them filtered."""

from __future__ import annotations

from collections.abc import Iterable

from django_filters.rest_framework import DjangoFilterBackend

from .fields import reject_unknown

# What a client may have meant by a parameter the API does not know: said in the error.
MEANT = {
    "ordering": "sort",
    "order": "sort",
    "order_by": "sort",
    "search": "q",
    "query": "q",
    "text": "q",
    "speaker": "q (it searches the claim's text and its speaker)",
    "limit": "page_size",
    "per_page": "page_size",
    "offset": "page",
}
ALWAYS = frozenset({"format"})  # DRF's format suffix, on every endpoint


def reject_unknown_params(query, known: Iterable[str]) -> None:
    """Raise a 400 (ValidationError) naming each parameter of ``query`` not in ``known``."""
    allowed = sorted(set(known))
    reject_unknown([name for name in query if name not in ALWAYS], allowed, MEANT, what="parameter")


class KnownParamsFilterBackend(DjangoFilterBackend):
    """django-filter's backend, after checking that every query parameter is one of the list's
    filters or its pagination's."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        paginator = getattr(view, "paginator", None)
        for name in ("page_query_param", "page_size_query_param"):
            if getattr(paginator, name, None):
                known.add(getattr(paginator, name))
        reject_unknown_params(request.query_params, known)
        return super().filter_queryset(request, queryset, view)
