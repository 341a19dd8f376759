"""API pagination for large lists: the count is capped (see claims.pagination)."""

from __future__ import annotations

from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from claims.pagination import CappedPaginator


class CappedPageNumberPagination(PageNumberPagination):
    """PageNumberPagination whose ``count`` stops at the cap; ``count_capped`` says it did."""

    django_paginator_class = CappedPaginator

    def get_paginated_response(self, data):
        paginator = self.page.paginator
        return Response(
            {
                "count": paginator.count,
                "count_capped": paginator.count_capped,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count"]["description"] = (
            f"Matching items, exact up to {CappedPaginator.count_cap:,}; "
            "beyond that this cap, with count_capped true."
        )
        response["properties"]["count_capped"] = {
            "type": "boolean",
            "description": "True when more items match than count says.",
        }
        return response
