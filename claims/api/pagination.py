"""API pagination: ``page`` and ``page_size`` (up to MAX_PAGE_SIZE) on every paginated list;
the claims list's count is capped (see claims.pagination)."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from claims.pagination import CappedPaginator

MAX_PAGE_SIZE = 200


class PageSizePagination(PageNumberPagination):
    """Pages of ``page_size`` items (default PAGE_SIZE, at most MAX_PAGE_SIZE); a page_size that
    is not a whole number in that range answers 400 rather than being ignored, so the ``next``
    link never carries a page_size the page did not use."""

    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            return settings.REST_FRAMEWORK["PAGE_SIZE"]
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return size

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
                parameter["description"] = (
                    f"Items per page: default {settings.REST_FRAMEWORK['PAGE_SIZE']}, "
                    f"at most {self.max_page_size}."
                )
            elif parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
        return parameters


class CappedPageNumberPagination(PageSizePagination):
    """PageSizePagination whose ``count`` stops at the cap; ``count_capped`` says it did."""

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
        response["required"] = [*response.get("required", []), "count_capped"]
        return response
