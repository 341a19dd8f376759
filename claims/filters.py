"""The claim filters: one definition for the review queue page and GET /api/claims/."""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Q
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from .models import Article, Claim
from .selectors import lease_active_q, queue_order
from .workflow import Status, Verdict

BIGGEST_ID = 2**63 - 1  # a bigint

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
    """Full-text search of the text and the speaker on PostgreSQL; elsewhere every word a substring
    of the same two fields (the article's title is the article list's search, not this one)."""
    query = " ".join(query.split())
    if not query:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVectorField
        from django.db.models.expressions import RawSQL

        # The stored tsvector of migration 0008 (text and speaker), with its GIN index. Stored,
        # a row's match costs no to_tsvector: when the words are common, the planner walks the
        # queue's order index and filters the first rows instead of sorting every match.
        vector = RawSQL('"claims_claim"."search_vector"', [], output_field=SearchVectorField())
        search = SearchQuery(query, config="english", search_type="websearch")
        qs = qs.alias(search_doc=vector).filter(search_doc=search)
        return qs.searched() if hasattr(qs, "searched") else qs
    return qs.filter(_every_word(query, "text", "speaker"))


def article_search(qs, query: str):
    """Full-text search over article titles and bodies (substring match off PostgreSQL)."""
    query = " ".join(query.split())
    if not query:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        # The same expression as the article GIN index of migration 0002; alias, not annotate,
        # so that the page does not compute the tsvector of every body it shows.
        search = SearchQuery(query, config="english", search_type="websearch")
        return qs.alias(search_doc=SearchVector("title", "body", config="english")).filter(search_doc=search)
    return qs.filter(_every_word(query, "title", "body", "publisher"))


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.NumberFilter):
    """An id: a whole number; one that matches nothing selects nothing (not a 400). Past the
    database's largest integer it is a 400 (SQLite cannot even compare such a number)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", BIGGEST_ID)
        super().__init__(*args, **kwargs)


class TrueFalseField(forms.NullBooleanField):
    """`true` or `false` (absent or empty: no filter); anything else is an error, not ignored."""

    widget = forms.TextInput
    values = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        if str(value).lower() not in self.values:
            raise forms.ValidationError("Use true or false.", code="invalid")
        return self.values[str(value).lower()]


class TrueFalseFilter(django_filters.BooleanFilter):
    field_class = TrueFalseField


class ArticleFilter(django_filters.FilterSet):
    """The article list's search (page and API): ``q`` is validated like every text parameter
    (Django's CharField refuses NUL characters, which PostgreSQL cannot store or compare)."""

    q = django_filters.CharFilter(method="filter_q", help_text="Full-text search in title and body.")

    class Meta:
        model = Article
        fields = ["q"]

    def filter_q(self, qs, name, value):
        return article_search(qs, value)


class ClaimFilter(django_filters.FilterSet):
    """The queue's filters. ``assignee=me`` means ``user``, passed explicitly (the request's
    user when a view passes the request)."""

    # One `IN (…)`, not the default OR of equalities under SELECT DISTINCT: these are columns
    # of the claim itself (no join can duplicate a row), and DISTINCT over every column made
    # PostgreSQL sort all matching rows instead of reading the first 50 along an index.
    status = django_filters.MultipleChoiceFilter(choices=Status.choices, method="filter_in")
    verdict = django_filters.MultipleChoiceFilter(choices=Verdict.choices, method="filter_in")
    article = IdFilter(field_name="article_id", help_text="An article's id.", label="Article")
    assignee = django_filters.CharFilter(
        method="filter_assignee", help_text="`me`, `none`, or a username.", label="Assigned"
    )
    q = django_filters.CharFilter(method="filter_q", help_text="Text search.", label="Search")
    min_score = django_filters.NumberFilter(field_name="score", lookup_expr="gte", label="Min. score")
    checkworthy = TrueFalseFilter()
    free = TrueFalseFilter(method="filter_free", help_text="Only claims nobody holds.")
    likely_match = TrueFalseFilter(
        method="filter_likely_match",
        help_text="Claims with a likely earlier fact check (a “same claim” candidate nobody rejected).",
        label="Checked before",
    )
    in_text = TrueFalseFilter(
        field_name="gone_with",
        lookup_expr="isnull",
        help_text="false: only claims a re-fetch of their article's page no longer found in its text.",
        label="In the text",
    )
    sort = django_filters.ChoiceFilter(choices=SORTS, method="filter_sort", empty_label=None)

    class Meta:
        model = Claim
        fields = ["status", "verdict", "article", "assignee", "q", "min_score", "checkworthy"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, user=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.user = user if user is not None else getattr(request, "user", None)

    def filter_in(self, qs, name, value):
        return qs.filter(**{f"{name}__in": value})

    def filter_assignee(self, qs, name, value):
        value = value.strip()
        if value == "me":
            user = self.user
            return qs.filter(assignee=user) if user and user.is_authenticated else qs.none()
        if value == "none":
            return qs.filter(assignee__isnull=True)
        if value:
            users = get_user_model().objects.filter(username=value)
            return qs.filter(assignee__in=users)
        return qs

    def filter_q(self, qs, name, value):
        return text_search(qs, value)

    def filter_likely_match(self, qs, name, value):
        from claims.selectors_matching import likely_match_exists

        if value is None:
            return qs
        return qs.filter(likely_match_exists()) if value else qs.exclude(likely_match_exists())

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
