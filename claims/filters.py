"""The claim filters: one definition for the review queue page and GET /api/claims/."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from .models import Article, Claim
from .selectors import lease_active_q, queue_order
from .workflow import Status, Verdict

SORTS = [
    ("priority", "Priority"),
    ("score", "Score"),
    ("age", "Oldest first"),
    ("newest", "Newest first"),
    ("status", "Status"),
]


def _every_word(query: str, *fields: str) -> Q:
    """The fallback off PostgreSQL: every word appears in one of the fields."""
    condition = Q()
    for word in query.split()[:10]:
        word = word.strip("\"'")
        if word:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__icontains": word})
            condition &= any_field
    return condition


def text_search(qs, query: str):
    """Full-text search on PostgreSQL (an indexed tsvector); substring match elsewhere."""
    query = " ".join(query.split())
    if not query:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        # The same expression as the GIN index of migration 0002, so the index serves it.
        # alias, not annotate: the tsvector is only filtered on, never computed for the SELECT.
        # The speaker arm needs an index on UPPER(speaker) too, or the OR falls back to
        # computing to_tsvector for every row (see the UPPER(speaker) index).
        search = SearchQuery(query, config="english", search_type="websearch")
        return qs.alias(search_doc=SearchVector("text", config="english")).filter(
            Q(search_doc=search) | Q(speaker__iexact=query)
        )
    return qs.filter(_every_word(query, "text", "speaker", "article__title"))


def article_search(qs, query: str):
    """Full-text search over article titles and bodies (substring match off PostgreSQL)."""
    query = " ".join(query.split())
    if not query:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        # The same expression as the article GIN index of migration 0002.
        search = SearchQuery(query, config="english", search_type="websearch")
        return qs.annotate(search_doc=SearchVector("title", "body", config="english")).filter(
            search_doc=search
        )
    return qs.filter(_every_word(query, "title", "body", "publisher"))


class ClaimFilter(django_filters.FilterSet):
    # One `IN (…)`, not the default OR of equalities under SELECT DISTINCT: these are columns
    # of the claim itself (no join can duplicate a row), and DISTINCT over every column made
    # PostgreSQL sort all matching rows instead of reading the first 50 along an index.
    status = django_filters.MultipleChoiceFilter(choices=Status.choices, method="filter_in")
    verdict = django_filters.MultipleChoiceFilter(choices=Verdict.choices, method="filter_in")
    article = django_filters.ModelChoiceFilter(queryset=Article.objects.only("id"), label="Article")
    assignee = django_filters.CharFilter(
        method="filter_assignee", help_text="`me`, `none`, or a username.", label="Assigned"
    )
    q = django_filters.CharFilter(method="filter_q", help_text="Text search.", label="Search")
    min_score = django_filters.NumberFilter(field_name="score", lookup_expr="gte", label="Min. score")
    checkworthy = django_filters.BooleanFilter()
    free = django_filters.BooleanFilter(method="filter_free", help_text="Only claims nobody holds.")
    sort = django_filters.ChoiceFilter(choices=SORTS, method="filter_sort", empty_label=None)

    class Meta:
        model = Claim
        fields = ["status", "verdict", "article", "assignee", "q", "min_score", "checkworthy"]

    def filter_in(self, qs, name, value):
        return qs.filter(**{f"{name}__in": value})

    def filter_assignee(self, qs, name, value):
        value = value.strip()
        if value == "me":
            user = getattr(self.request, "user", None)
            return qs.filter(assignee=user) if user and user.is_authenticated else qs.none()
        if value == "none":
            return qs.filter(assignee__isnull=True)
        if value:
            users = get_user_model().objects.filter(username=value)
            return qs.filter(assignee__in=users)
        return qs

    def filter_q(self, qs, name, value):
        return text_search(qs, value)

    def filter_free(self, qs, name, value):
        if value is None:
            return qs
        held = lease_active_q(timezone.now())
        return qs.exclude(held) if value else qs.filter(held)

    def filter_sort(self, qs, name, value):
        return qs  # ordering is applied in .qs so that it holds without the parameter too

    @property
    def qs(self):
        sort = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        return queue_order(super().qs, sort or "priority")
