"""The desk's dashboard: every number it shows, read in at most five queries, whatever the size.

The counts by status and verdict and the oldest waiting claim are exact on every view (a
table kept by triggers, an index). The median time to approval and the throughput per person
read tens of thousands of rows at a million claims (about 150 ms), so they are kept in the
cache for TRENDS_SECONDS: the desk sees them up to a minute old, and says so.

Bars for the small SVG charts are computed here, so the template only places rectangles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from .models import Claim, ClaimEvent, ProviderRunSample
from .selectors import claim_counts
from .workflow import WAITING_STATUS_LIST, Action, Status, Verdict

WINDOWS = (7, 30)
CHART_WIDTH = 240  # px of the longest bar
BAR_HEIGHT = 18
BAR_GAP = 6
TRENDS_SECONDS = 60
TRENDS_KEY = "claims:dashboard:trends"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    width: int
    y: int
    key: str = ""

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 5


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int = CHART_WIDTH
    height: int = 0
    bar_height: int = BAR_HEIGHT


def bar_chart(items: list[tuple[str, str, int]]) -> Chart:
    """(key, label, value) rows → bars scaled to the largest value (a value > 0 stays visible)."""
    top = max((v for _, _, v in items), default=0)
    bars = [
        Bar(
            label=label,
            value=value,
            key=key,
            y=i * (BAR_HEIGHT + BAR_GAP),
            width=(max(2, round(value / top * CHART_WIDTH)) if value and top else 0),
        )
        for i, (key, label, value) in enumerate(items)
    ]
    return Chart(bars=bars, height=max(len(bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP, 0))


@dataclass
class ReviewerRow:
    username: str
    verdicts: dict[int, int] = field(default_factory=dict)
    approvals: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Dashboard:
    total: int
    by_status: Chart
    by_verdict: Chart
    oldest_waiting: Claim | None
    median_to_approval: timedelta | None
    approved_count: int
    reviewers: list[ReviewerRow]
    windows: tuple[int, ...] = WINDOWS
    # When the median and the throughput were computed (they are cached for TRENDS_SECONDS).
    trends_as_of: datetime | None = None
    providers: list[ProviderHealth] = field(default_factory=list)


PROVIDER_HOURS = 24  # the window of the providers' health table
PROVIDER_SAMPLES = 1000  # at most this many latest runs per provider


@dataclass(frozen=True)
class ProviderHealth:
    provider: str
    runs: int
    failures: int
    p50_ms: int
    p95_ms: int


def percentile(values: list[int], q: float) -> int:
    """Nearest-rank percentile of ``values`` (0 for none)."""
    if not values:
        return 0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


def provider_health(*, now=None) -> list[ProviderHealth]:
    """Per corroboration provider, over its last PROVIDER_SAMPLES runs of the last
    PROVIDER_HOURS: runs, failures (a raise or a transient error) and latency p50/p95.
    One query (a window function keeps each provider's latest runs), cached with the trends."""
    now = now or timezone.now()
    latest = Window(RowNumber(), partition_by=[F("provider")], order_by=F("at").desc())
    samples = (
        ProviderRunSample.objects.filter(at__gte=now - timedelta(hours=PROVIDER_HOURS), at__lte=now)
        .annotate(n=latest)
        .filter(n__lte=PROVIDER_SAMPLES)
        .values_list("provider", "ok", "duration_ms")
    )
    by_provider: dict[str, list[tuple[bool, int]]] = {}
    for provider, ok, ms in samples:
        by_provider.setdefault(provider, []).append((ok, ms))
    return [
        ProviderHealth(
            provider=name,
            runs=len(rows),
            failures=sum(1 for ok, _ms in rows if not ok),
            p50_ms=percentile([ms for _ok, ms in rows], 50),
            p95_ms=percentile([ms for _ok, ms in rows], 95),
        )
        for name, rows in sorted(by_provider.items())
    ]


@dataclass(frozen=True)
class _Trends:
    median_to_approval: timedelta | None
    approved_count: int
    reviewers: list[ReviewerRow]
    as_of: datetime
    providers: list[ProviderHealth] = field(default_factory=list)


def _trends(now, *, fresh: bool) -> _Trends:
    """The median time to approval and the throughput, from the cache when it has them."""
    trends = None if fresh else cache.get(TRENDS_KEY)
    if trends is None:
        median, approved = _median_to_approval()
        trends = _Trends(median, approved, _reviewers(now), now, provider_health(now=now))
        if not fresh:
            cache.set(TRENDS_KEY, trends, TRENDS_SECONDS)
    return trends


def _median_to_approval() -> tuple[timedelta | None, int]:
    """Median of approved_at - created_at over approved claims: a count, then the middle rows
    in the database's order (portable: SQLite has no percentile function)."""
    approved = Claim.objects.filter(status=Status.APPROVED, approved_at__isnull=False)
    n = approved.count()
    if not n:
        return None, 0
    waits = list(
        approved.annotate(
            wait=ExpressionWrapper(F("approved_at") - F("created_at"), output_field=DurationField())
        )
        .order_by("wait")
        .values_list("wait", flat=True)[(n - 1) // 2 : n // 2 + 1]
    )
    return sum(waits, timedelta()) / len(waits), n


def _reviewers(now) -> list[ReviewerRow]:
    since = {days: now - timedelta(days=days) for days in WINDOWS}
    aggregates = {}
    for days, start in since.items():
        # COUNT(actor), not COUNT(id): the index (action, at, actor) then answers alone
        aggregates[f"verdicts_{days}"] = Count("actor", filter=Q(action=Action.REVIEW, at__gte=start))
        aggregates[f"approvals_{days}"] = Count("actor", filter=Q(action=Action.APPROVE, at__gte=start))
    rows = (
        ClaimEvent.objects.filter(
            at__gte=since[max(WINDOWS)],
            action__in=[Action.REVIEW, Action.APPROVE],
            actor__isnull=False,
        )
        .values("actor__username")
        .annotate(**aggregates)
        .order_by("actor__username")
    )
    return [
        ReviewerRow(
            username=row["actor__username"],
            verdicts={d: row[f"verdicts_{d}"] for d in WINDOWS},
            approvals={d: row[f"approvals_{d}"] for d in WINDOWS},
        )
        for row in rows
    ]


def dashboard(*, now=None) -> Dashboard:
    """Everything /dashboard/ shows. Given ``now``, every figure is computed afresh for it."""
    fresh = now is not None
    now = now or timezone.now()
    statuses = {s: 0 for s in Status.values}
    verdicts = {v: 0 for v in Verdict.values}
    for (status, verdict), n in claim_counts().items():
        statuses[status] = statuses.get(status, 0) + n
        if verdict:
            verdicts[verdict] = verdicts.get(verdict, 0) + n
    oldest = (
        Claim.objects.filter(status__in=WAITING_STATUS_LIST)
        .select_related("article")
        .only("id", "text", "status", "created_at", "article__id", "article__title")
        .order_by("created_at", "id")
        .first()
    )
    trends = _trends(now, fresh=fresh)
    return Dashboard(
        total=sum(statuses.values()),
        by_status=bar_chart([(s, Status(s).label, statuses[s]) for s in Status.values]),
        by_verdict=bar_chart([(v, Verdict(v).label, verdicts[v]) for v in Verdict.values]),
        oldest_waiting=oldest,
        median_to_approval=trends.median_to_approval,
        approved_count=trends.approved_count,
        reviewers=trends.reviewers,
        trends_as_of=trends.as_of,
        providers=trends.providers,
    )
