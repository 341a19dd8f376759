"""Pagination that stays fast on a large claims table: the count stops at a cap.

An exact COUNT(*) over a million matching claims reads a million index entries on every page
view, for a number nobody needs exactly. The capped count reads at most ``cap + 1`` rows and
reports "10,000+" beyond that. The cost: pages past the cap (page 201 at 50 a page) are not
reachable by number; narrow the filters instead. The review queue page and GET /api/claims/
use it; the API says so with ``count_capped`` next to ``count``.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """A Paginator whose ``count`` is exact up to ``count_cap`` and ``count_cap`` beyond."""

    count_cap = COUNT_CAP

    def __init__(self, *args, count_cap: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # A queryset may ask for a lower cap (a text search: ClaimQuerySet.count_cap).
        count_cap = count_cap or getattr(self.object_list, "count_cap", None)
        if count_cap is not None:
            self.count_cap = count_cap

    @cached_property
    def _capped_count(self) -> int:
        items = self.object_list
        if isinstance(items, QuerySet):
            # No ordering: the database may count along any index; the slice caps the work.
            return items.order_by()[: self.count_cap + 1].count()
        return min(len(items), self.count_cap + 1)

    @cached_property
    def count(self) -> int:
        return min(self._capped_count, self.count_cap)

    @property
    def count_capped(self) -> bool:
        """True when there are more than ``count`` items."""
        return self._capped_count > self.count_cap

    @property
    def count_display(self) -> str:
        """The count for people: "1,234", or "10,000+" past the cap."""
        return f"{self.count:,}+" if self.count_capped else f"{self.count:,}"
