"""Tables, constraints and indexes. Business rules live in services.py."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .workflow import EVENT_CHOICES, WAITING_STATUS_LIST, Status, Verdict


class Article(models.Model):
    class Status(models.TextChoices):
        # Submitted by URL: the worker fetches the page, then stores its text and claims.
        FETCHING = "fetching", "Fetching"
        READY = "ready", "Ready"
        FAILED = "failed", "Fetch failed"
        # The fetched page is an article already stored (``duplicate_of``).
        DUPLICATE = "duplicate", "Already stored"
        # A long body, stored at once: the worker splits it into claims (FACTCHECK_SYNC_EXTRACT_MAX_CHARS).
        SPLITTING = "splitting", "Splitting into claims"

    title = models.CharField(max_length=500)
    body = models.TextField()
    url = models.URLField(max_length=2000, blank=True)
    # The URL reduced to what identifies the page (no scheme, www., fragment, tracking
    # parameters): the same story linked two ways is one article.
    url_key = models.CharField(max_length=2000, blank=True, editable=False)
    publisher = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    language_supported = models.BooleanField(default=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_articles",
    )
    # SHA-256 of the normalised body: the same text pasted twice is one article. Empty while
    # the page of an article submitted by URL is being fetched.
    content_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Articles by URL (claims/services/ingest.py) and long articles split by the worker
    # (claims/services/splitting.py): the work state lives here; the fetch_* fields below hold
    # the work's request time, lease, attempts and error for both.
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.READY)
    fetch_url = models.URLField(max_length=2000, blank=True)
    # url_key of fetch_url: the address given still leads here once url_key is the canonical one.
    fetch_url_key = models.CharField(max_length=2000, blank=True, editable=False)
    fetch_error = models.TextField(blank=True)
    fetch_attempts = models.PositiveSmallIntegerField(default=0)
    fetch_requested_at = models.DateTimeField(null=True, blank=True)
    # Set while a worker fetches (a lease); None while the fetch waits for a worker.
    fetch_started_at = models.DateTimeField(null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Fetching a ready article's page again (claims/services/refetch.py): set while one is asked
    # for (the article stays ready and usable meanwhile); the outcome of the last one.
    refetch_requested_at = models.DateTimeField(null=True, blank=True)
    refetch_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refetch_started_at = models.DateTimeField(null=True, blank=True)
    refetch_attempts = models.PositiveSmallIntegerField(default=0)
    refetch_error = models.TextField(blank=True)
    refetched_at = models.DateTimeField(null=True, blank=True)
    refetch_changed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["fetch_requested_at"], condition=Q(status="fetching"), name="article_fetching_idx"
            ),
            models.Index(
                fields=["fetch_requested_at"], condition=Q(status="splitting"), name="article_splitting_idx"
            ),
            models.Index(
                fields=["fetch_url_key"], condition=~Q(fetch_url_key=""), name="article_fetch_url_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"], condition=~Q(content_hash=""), name="article_unique_body"
            ),
            models.UniqueConstraint(fields=["url_key"], condition=~Q(url_key=""), name="article_unique_url"),
        ]

    def __str__(self) -> str:
        return self.title


# A text search counts its matches up to this many (the pages show "1,000+"): counting one
# means reading its row, and common words match tens of thousands of claims at scale.
SEARCH_COUNT_CAP = 1_000
# Score floors a text search in priority order tries first, highest first (see ClaimQuerySet).
SEARCH_SCORE_BANDS = (0.9, 0.75, 0.5)


class ClaimQuerySet(models.QuerySet):
    """Claims; a text search ordered by score reads a page from the best-scored claims first.

    Ordering every match of common words by score means reading all of them (25,000 rows for
    "vaccine doses" at a million claims). The claims with score >= 0.9 come first in that order,
    so when they hold a whole page, that page is exactly the page of all matches; the database
    intersects the search index with the score index and reads only those rows. When they do
    not (a rare word, a late page), the next floor is tried, then every match. Counting is
    unchanged, but capped lower (``count_cap``, read by claims.pagination.CappedPaginator).
    """

    _search_bands: tuple[float, ...] = ()
    count_cap: int | None = None
    # Shared by the clones of one search: the count the paginator took before the page, so a
    # search whose matches are few sorts them all at once instead of trying the bands.
    _search_counted: dict | None = None

    def _clone(self):
        clone = super()._clone()
        clone._search_bands, clone.count_cap = self._search_bands, self.count_cap
        clone._search_counted = self._search_counted
        return clone

    def count(self) -> int:
        n = super().count()
        if self._search_counted is not None:
            self._search_counted["n"] = n
        return n

    def searched(self) -> ClaimQuerySet:
        """Mark a text search: a lower count cap, and pages read by score bands when sorted so."""
        clone = self._chain()
        clone._search_bands, clone.count_cap = SEARCH_SCORE_BANDS, SEARCH_COUNT_CAP
        clone._search_counted = {}
        return clone

    def _by_score_first(self) -> bool:
        from django.db.models.expressions import OrderBy

        order = self.query.order_by
        first = order[0] if order else None
        return (
            isinstance(first, OrderBy)
            and first.descending
            and getattr(first.expression, "name", None) == "score"
        )

    def _fetch_all(self):
        query = self.query
        if (
            self._result_cache is None
            and self._search_bands
            and query.high_mark is not None
            and self._by_score_first()
        ):
            wanted = query.high_mark - query.low_mark
            few = self._search_counted.get("n", self.count_cap + 1) <= self.count_cap
            for floor in () if few else self._search_bands:
                band = self._chain()
                band._search_bands = ()
                band.query.clear_limits()
                band = band.filter(score__gte=floor)
                band.query.set_limits(query.low_mark, query.high_mark)
                rows = list(band)
                if len(rows) == wanted:  # the whole page lies above the floor: it is exact
                    self._result_cache, self._prefetch_done = rows, True
                    return
        super()._fetch_all()


class Claim(models.Model):
    class CorroborationState(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    # No index of its own: claim_unique_position (article, position) serves every look-up by
    # article, and one index fewer on the hottest insert path (article submission).
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims", db_index=False)
    position = models.PositiveIntegerField()
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=32, default="sentence")
    speaker = models.CharField(max_length=300, blank=True)
    speaker_aliases = models.JSONField(default=list, blank=True)
    attribution = models.CharField(max_length=300, blank=True)
    is_quote = models.BooleanField(default=False)
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    checkworthy = models.BooleanField(default=False)
    score_reasons = models.JSONField(default=list, blank=True)
    # The scorer that produced ``score`` ("linear" on submission, "minilm" once the worker
    # refined it); blank for claims scored before this was recorded, or not scored.
    scorer = models.CharField(max_length=32, blank=True, default="")
    signals = models.JSONField(default=list, blank=True)
    # Set when a re-fetch found the article's text without this sentence: its offsets then point
    # into that version's (older) text, not the article's current one.
    gone_with = models.ForeignKey(
        "ArticleVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="gone_claims"
    )

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    rationale = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        db_index=False,  # claim_assignee_idx (assignee, status) leads with it
    )
    taken_at = models.DateTimeField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_claims",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="approved_claims",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # Set when an approved verdict is corrected (ClaimReview dateModified).
    corrected_at = models.DateTimeField(null=True, blank=True)
    # Optimistic locking: every write bumps it; a write naming an older version is refused.
    version = models.PositiveIntegerField(default=1)

    corroboration_state = models.CharField(
        max_length=16, choices=CorroborationState.choices, default=CorroborationState.PENDING
    )
    corroboration_attempts = models.PositiveSmallIntegerField(default=0)
    corroboration_requested_at = models.DateTimeField(null=True, blank=True)
    corroboration_error = models.TextField(blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    # On PostgreSQL the table also has ``search_vector``, a stored generated tsvector of the
    # text and the speaker with its GIN index (migration 0008), which filters.text_search
    # reads; it is not a model field because SQLite has no tsvector (the search there matches
    # substrings), and PostgreSQL computes it on every insert and update by itself.

    class Meta:
        ordering = ["article_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="claim_unique_position"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_nonempty"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=1),
                name="claim_score_0_1",
            ),
            models.CheckConstraint(condition=Q(status__in=Status.values), name="claim_status_valid"),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values), name="claim_verdict_valid"
            ),
        ]
        indexes = [
            # The queue's orderings (score DESC NULLS LAST, …) are indexed on PostgreSQL by
            # migration 0005: SQLite cannot declare NULLS LAST in an index.
            models.Index("status", "verdict", name="claim_status_verdict_idx"),
            models.Index(
                fields=["corroboration_state", "corroboration_requested_at"], name="claim_corroboration_idx"
            ),
            models.Index(fields=["assignee", "status"], name="claim_assignee_idx"),
            # Sort by age (oldest or newest first) across statuses.
            models.Index(fields=["created_at", "id"], name="claim_age_idx"),
            # The dashboard's oldest waiting claim.
            models.Index(
                fields=["created_at", "id"],
                condition=Q(status__in=WAITING_STATUS_LIST),
                name="claim_waiting_idx",
            ),
            # The dashboard's median time to approval: counted and ordered from the index alone.
            models.Index(
                fields=["approved_at", "created_at"],
                condition=Q(status=Status.APPROVED, approved_at__isnull=False),
                name="claim_approval_time_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.text[:60]}"

    def lease_active_at(self, now) -> bool:
        """Someone holds the claim at ``now`` (selectors.lease_active_q is the same rule in SQL)."""
        return bool(
            self.status == Status.IN_REVIEW
            and self.assignee_id
            and self.lease_expires_at
            and self.lease_expires_at > now
        )

    @property
    def offsets_text(self) -> str:
        """The text ``start`` and ``end`` point into: the article's, or for a sentence a re-fetch
        no longer found, the earlier text it was in."""
        return self.gone_with.body if self.gone_with_id else self.article.body

    @property
    def lease_active(self) -> bool:
        return self.lease_active_at(timezone.now())


class ArticleVersion(models.Model):
    """An article's earlier text, kept when a re-fetch found the page changed, with what the
    change did to its claims."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()  # 1 for the first text, 2 for the next…
    title = models.CharField(max_length=500)
    body = models.TextField()
    content_hash = models.CharField(max_length=64)
    replaced_at = models.DateTimeField(default=timezone.now)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moved = models.PositiveIntegerField(default=0)
    gone = models.PositiveIntegerField(default=0)
    added = models.PositiveIntegerField(default=0)
    back = models.PositiveIntegerField(default=0)  # claims gone with an earlier version, found again
    # [{"claim": id, "change": "moved"|"gone"|"back"|"new", "from": [start, end] | null, "to": [...] | null}]
    changes = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["article_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="article_version_unique_number"),
        ]

    def __str__(self) -> str:
        return f"article {self.article_id}, version {self.number}"


class ClaimCount(models.Model):
    """How many claims have each (status, verdict): the dashboard's bars without counting a
    million rows. On PostgreSQL, triggers (migrations 0008 and 0019) append a row of +n or -n
    per key in the same transaction as every insert, status or verdict change and delete of a
    claim, whatever code path makes it (services, bulk actions, the admin, COPY of the demo
    data); appending locks no shared row, so concurrent submits never wait on each other here.
    A key's count is the sum of its rows; beat folds them into one row per key
    (claims.services.counts). Other databases count the claims directly (selectors.claim_counts)."""

    status = models.CharField(max_length=16)
    verdict = models.CharField(max_length=16, blank=True)
    n = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.status}/{self.verdict or '-'}: {self.n:+d}"


class Corroboration(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        REFUTES = "refutes", "Refutes"
        CONTEXT = "context", "Context"
        UNKNOWN = "unknown", "Unknown"

    class State(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="corroborations")
    provider = models.CharField(max_length=64)
    # The provider's own identity for the record, so a re-run attaches nothing twice.
    key = models.CharField(max_length=255)
    kind = models.CharField(max_length=32)
    source_name = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    excerpt = models.TextField(blank=True)
    stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.UNKNOWN)
    state = models.CharField(max_length=8, choices=State.choices, default=State.OPEN)
    note = models.TextField(blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "provider", "key"], name="corroboration_unique_key"),
        ]

    def __str__(self) -> str:
        return f"{self.provider}: {self.excerpt[:60]}"


class ClaimEvent(models.Model):
    # event_claim_at_idx (claim, at) serves look-ups by claim: no separate FK index.
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events", db_index=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=32, choices=EVENT_CHOICES)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    from_verdict = models.CharField(max_length=16, blank=True)
    to_verdict = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        indexes = [
            models.Index(fields=["claim", "at"], name="event_claim_at_idx"),
            # The dashboard's throughput: verdicts and approvals of the last days, per person,
            # read from the index alone (actor included).
            models.Index(fields=["action", "at", "actor"], name="event_action_at_actor_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} on claim {self.claim_id}"


class Correction(models.Model):
    """A change to an approved verdict, kept for the public record."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="corrections")
    old_verdict = models.CharField(max_length=16, choices=Verdict.choices)
    new_verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    reason = models.TextField()
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["opened_at", "id"]

    def __str__(self) -> str:
        return f"Correction of claim {self.claim_id}: {self.old_verdict} → {self.new_verdict or '…'}"


def _webhook_secret() -> str:
    import secrets

    return secrets.token_urlsafe(32)


class WebhookSubscription(models.Model):
    """An outside system told (signed POST) when claims are approved, corrected, completed."""

    class EventType(models.TextChoices):
        CLAIM_APPROVED = "claim.approved", "Claim approved"
        CLAIM_CORRECTED = "claim.corrected", "Approved verdict corrected"
        ARTICLE_COMPLETED = "article.completed", "Every claim of an article approved or dismissed"

    url = models.URLField(max_length=2000, validators=[URLValidator(schemes=["http", "https"])])
    secret = models.CharField(max_length=200, default=_webhook_secret)
    events = models.JSONField(default=list)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        events = self.events
        if not isinstance(events, list) or not events:
            raise ValidationError({"events": "Choose at least one event."})
        unknown = [e for e in events if e not in self.EventType.values]
        if unknown:
            raise ValidationError(
                {
                    "events": f"Unknown event(s): {', '.join(map(str, unknown))}; "
                    f"choose from {', '.join(self.EventType.values)}."
                }
            )
        self.events = list(dict.fromkeys(events))
        if len(self.secret or "") < 16:
            raise ValidationError({"secret": "Use a secret of at least 16 characters."})


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=32, choices=WebhookSubscription.EventType.choices)
    # The event's identity (the same for every subscription): a re-run delivers nothing twice.
    event_id = models.UUIDField()
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Every attempt: when, the HTTP status or the error, how long it took.
    attempt_log = models.JSONField(default=list, blank=True)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.TextField(blank=True)
    error = models.TextField(blank=True)
    # When the next attempt is due; the sweeper re-sends a pending delivery long past it.
    next_attempt_at = models.DateTimeField(default=timezone.now)
    # A worker sending it holds it until then (a conditional UPDATE claims it).
    locked_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event_id"], name="webhook_delivery_unique_event"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.subscription_id} ({self.status})"


class ExportJob(models.Model):
    """A large export written to a file by a worker; small ones stream straight away."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        JSON = "json", "JSON"
        JSONLD = "jsonld", "ClaimReview JSON-LD"

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    format = models.CharField(max_length=8, choices=Format.choices)
    # The ClaimFilter query parameters, as lists (a QueryDict's shape).
    params = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    # Relative to settings.FACTCHECK_EXPORT_DIR.
    file_name = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "created_at"], name="export_state_idx")]

    def __str__(self) -> str:
        return f"Export {self.pk} ({self.format}, {self.state})"


# --- "Checked before?": the library of fact checks and the candidates the matcher found -------


class FactCheck(models.Model):
    """A published fact check, the desk's own or anyone's, kept apart from the desk's claims.

    ``key`` makes an import idempotent: ``<source>:<collection id>`` when the record has an id in
    its collection, else ``url:<the URL reduced to what identifies the page>``.
    """

    class Source(models.TextChoices):
        IMPORT = "import", "Imported file"
        GOOGLE = "google", "Google Fact Check Tools"
        DESK = "desk", "This desk"

    key = models.CharField(max_length=700, unique=True)
    claim_text = models.TextField()
    claimant = models.CharField(max_length=300, blank=True)
    claim_date = models.DateField(null=True, blank=True)
    rating_text = models.CharField(max_length=300, blank=True)
    # ClaimReview's reviewRating, where the publisher gave numbers.
    rating_value = models.FloatField(null=True, blank=True)
    rating_best = models.FloatField(null=True, blank=True)
    rating_worst = models.FloatField(null=True, blank=True)
    url = models.CharField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    publisher_name = models.CharField(max_length=300, blank=True)
    publisher_site = models.CharField(max_length=300, blank=True)
    reviewed_at = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.IMPORT)
    # Where it came from: the imported file's name, "Google claims:search", "claim 42".
    provenance = models.CharField(max_length=300, blank=True)
    collection_id = models.CharField(max_length=200, blank=True)
    # The desk's own approved claim this fact check publishes (source "desk").
    claim = models.OneToOneField(
        "Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="fact_check"
    )
    # False while the desk's claim is reopened for a correction: not matched until re-approved.
    active = models.BooleanField(default=True)
    # The sentence vector (float32 bytes) of the matcher's encoder, computed once per text.
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["-reviewed_at", "-id"]

    def __str__(self) -> str:
        return self.claim_text[:80]


class MatchCandidate(models.Model):
    """A fact check the matcher ranked for a claim; reviewers will confirm or reject each."""

    class Tier(models.TextChoices):
        SAME = "same", "Likely the same claim"
        RELATED = "related", "Related"

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey("Claim", on_delete=models.CASCADE, related_name="match_candidates")
    fact_check = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="candidates")
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()
    cosine = models.FloatField(null=True, blank=True)
    tier = models.CharField(max_length=8, choices=Tier.choices)
    state = models.CharField(max_length=12, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    # Who said "same claim" / "different claim", and when (kept when the matcher re-runs).
    judged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    judged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["claim_id", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "fact_check"], name="match_candidate_unique"),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} ~ fact check {self.fact_check_id} ({self.tier})"


class ProviderRun(models.Model):
    """One corroboration provider's last run on one claim: ran (found N), failed (why), or
    retrying. Kept apart from the check items: "the providers have run" is not "the checks are
    done". ``runs`` counts attempts; latency of every run goes to ``ProviderRunSample``."""

    class State(models.TextChoices):
        RUNNING = "running", "Running"
        RAN = "ran", "Ran"
        FAILED = "failed", "Failed"
        RETRYING = "retrying", "Retrying"

    claim = models.ForeignKey("Claim", on_delete=models.CASCADE, related_name="provider_runs")
    provider = models.CharField(max_length=64)
    label = models.CharField(max_length=120, blank=True)
    state = models.CharField(max_length=12, choices=State.choices)
    found = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    runs = models.PositiveIntegerField(default=0)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    finished_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["claim_id", "provider"]
        constraints = [models.UniqueConstraint(fields=["claim", "provider"], name="provider_run_unique")]

    def __str__(self) -> str:
        return f"{self.provider} on claim {self.claim_id}: {self.state}"


class ProviderRunSample(models.Model):
    """One provider run (its outcome and latency), for the dashboard's failures and p50/p95."""

    provider = models.CharField(max_length=64)
    ok = models.BooleanField()
    duration_ms = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["provider", "at"], name="provider_sample_idx")]

    def __str__(self) -> str:
        return f"{self.provider} {'ok' if self.ok else 'failed'} in {self.duration_ms} ms"


class ClaimGroupMember(models.Model):
    """A claim that says the same thing as an earlier open claim (its group's lead).

    Proposed by the worker when the claim is created (claims/services/grouping.py); a reviewer
    holding the lead (or an editor) confirms or rejects it. A claim is in at most one group that
    is not rejected; a lead is never itself a member.
    """

    class State(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    lead = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="group_members")
    member = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="group_memberships")
    state = models.CharField(max_length=16, choices=State.choices, default=State.PROPOSED)
    cosine = models.FloatField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["lead_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["lead", "member"], name="group_member_unique"),
            # One live group per claim: the queue hides a member under exactly one lead.
            models.UniqueConstraint(
                fields=["member"], condition=~Q(state="rejected"), name="group_member_one_live"
            ),
            models.CheckConstraint(condition=~Q(lead=models.F("member")), name="group_member_not_self"),
        ]
        indexes = [models.Index(fields=["lead", "state"], name="group_lead_state_idx")]

    def __str__(self) -> str:
        return f"claim {self.member_id} in group of {self.lead_id} ({self.state})"


class Feed(models.Model):
    """An RSS or Atom feed the desk follows: each new item becomes an article by URL.

    Poll state lives here: beat sends a poll for each active feed whose ``next_poll_at`` has
    passed (``poll_requested_at`` set); a worker claims the poll with a conditional UPDATE
    (``poll_started_at``). A failing feed waits longer after each failure (capped), with its
    last error shown.
    """

    url = models.URLField(max_length=2000, validators=[URLValidator(schemes=["http", "https"])])
    url_key = models.CharField(max_length=2000, unique=True)
    publisher = models.CharField(max_length=300)
    title = models.CharField(max_length=300, blank=True)  # the feed's own title, once read
    # Comma-separated; empty: every item. An item is kept when any keyword is in its title or summary.
    keywords = models.CharField(max_length=1000, blank=True)
    poll_interval_minutes = models.PositiveIntegerField(default=15)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=500, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_outcome = models.CharField(max_length=500, blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now)
    poll_requested_at = models.DateTimeField(null=True, blank=True)
    poll_started_at = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["publisher", "id"]
        indexes = [models.Index(fields=["active", "next_poll_at"], name="feed_due_idx")]

    def __str__(self) -> str:
        return f"{self.publisher} ({self.url})"

    @property
    def state(self) -> str:
        if not self.active:
            return "paused"
        if self.consecutive_failures:
            return "failing"
        if self.last_polled_at is None:
            return "new"
        return "ok"


class FeedItem(models.Model):
    """One item a feed brought in, recorded once (by guid, then by URL) whatever became of it."""

    class State(models.TextChoices):
        INGESTED = "ingested", "Ingested"  # a new article, fetched by URL
        DUPLICATE = "duplicate", "Already on the desk"  # the URL was an article already stored
        SKIPPED = "skipped", "Skipped"  # the keyword filter, or no link
        FAILED = "failed", "Refused"  # the link cannot be fetched (reason)

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=1000)
    url = models.URLField(max_length=2000, blank=True)
    url_key = models.CharField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(max_length=20, choices=State.choices)
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feeditem_once_per_guid"),
            models.UniqueConstraint(
                fields=["feed", "url_key"], condition=~Q(url_key=""), name="feeditem_once_per_url"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.guid


class EvidenceFile(models.Model):
    """The bytes of an uploaded document or of a fetched page, kept in the database (so a backup
    of the database holds the evidence too) and stored once per content: ``sha256`` is the key.
    Read only by the download views; every other query leaves ``data`` out."""

    sha256 = models.CharField(max_length=64, unique=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    data = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.content_type}, {self.size:,} bytes ({self.sha256[:12]})"


class Evidence(models.Model):
    """What a reviewer found for or against a claim: a link and/or a document, an excerpt, the
    stance it takes and a note. A link's page is fetched once by the worker and kept as a
    snapshot (its bytes, title, main text, hash and time), so the record survives the page
    changing or disappearing. The work state of the snapshot lives here, as for articles by URL
    (claims/services/evidence.py). Removed records stay, hidden, for the audit trail."""

    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports the claim"
        CONTRADICTS = "contradicts", "Contradicts the claim"
        CONTEXT = "context", "Context"

    class Snapshot(models.TextChoices):
        NONE = "none", "No link to keep"
        PENDING = "pending", "Snapshot pending"
        DONE = "done", "Snapshot kept"
        FAILED = "failed", "Snapshot failed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000, blank=True)
    excerpt = models.TextField(blank=True)
    stance = models.CharField(max_length=16, choices=Stance.choices)
    note = models.TextField(blank=True)
    document = models.ForeignKey(
        EvidenceFile, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    document_name = models.CharField(max_length=255, blank=True)
    # Provenance: the person who added it, or the provider that did.
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    provider = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    snapshot_state = models.CharField(max_length=8, choices=Snapshot.choices, default=Snapshot.NONE)
    snapshot_error = models.TextField(blank=True)
    snapshot_attempts = models.PositiveSmallIntegerField(default=0)
    snapshot_requested_at = models.DateTimeField(null=True, blank=True)
    # Set while a worker fetches (a lease); None while the snapshot waits for a worker.
    snapshot_started_at = models.DateTimeField(null=True, blank=True)
    snapshot = models.ForeignKey(
        EvidenceFile, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    snapshot_url = models.URLField(max_length=2000, blank=True)  # after redirects
    snapshot_title = models.CharField(max_length=500, blank=True)
    snapshot_text = models.TextField(blank=True)
    snapshot_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["claim_id", "created_at", "id"]
        indexes = [
            models.Index(
                fields=["snapshot_requested_at"],
                condition=Q(snapshot_state="pending"),
                name="evidence_snapshot_pending_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | Q(document__isnull=False), name="evidence_has_link_or_document"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.stance} evidence for claim {self.claim_id}"
