"""Every read the pages and the API need, with a fixed number of queries."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import (
    Article,
    ArticleVersion,
    Claim,
    ClaimCount,
    ClaimEvent,
    ClaimGroupMember,
    Corroboration,
    Evidence,
    EvidenceFile,
    MatchCandidate,
)
from .workflow import OPEN_STATUS_LIST, Status


def lease_active_q(now) -> Q:
    """Someone holds the claim at ``now``: Claim.lease_active_at in SQL."""
    return Q(status=Status.IN_REVIEW, assignee__isnull=False, lease_expires_at__gt=now)


def free_claims(*, now=None) -> QuerySet[Claim]:
    """Claims a reviewer can take: new, or in review with a lease that ran out."""
    now = now or timezone.now()
    return Claim.objects.filter(Q(status=Status.NEW) | (Q(status=Status.IN_REVIEW) & ~lease_active_q(now)))


def queue_order(qs: QuerySet[Claim], sort: str = "priority") -> QuerySet[Claim]:
    orders = {
        "priority": [F("score").desc(nulls_last=True), "created_at", "id"],
        "score": [F("score").desc(nulls_last=True), "id"],
        "age": ["created_at", "id"],
        "newest": ["-created_at", "-id"],
        "status": ["status", F("score").desc(nulls_last=True), "id"],
    }
    return qs.order_by(*orders.get(sort, orders["priority"]))


def claim_list() -> QuerySet[Claim]:
    """Claims with what a list row shows, in one query."""
    # gone_with: the version a sentence a re-fetch no longer found was in (its number is shown).
    return Claim.objects.select_related(
        "article", "assignee", "reviewed_by", "approved_by", "gone_with"
    ).defer("article__body", "gone_with__body", "gone_with__changes")


QUEUE_ROW_FIELDS = (
    "id", "article_id", "text", "speaker", "is_quote", "score", "status", "verdict",
    "assignee_id", "taken_at", "lease_expires_at", "reviewed_by_id", "approved_by_id",
    "created_at", "article__id", "article__title",
    "assignee__id", "assignee__username", "reviewed_by__id", "reviewed_by__username",
    "approved_by__id", "approved_by__username", "gone_with_id", "gone_with__id", "gone_with__number",
)  # fmt: skip


def queue_rows() -> QuerySet[Claim]:
    """Claims with only what a queue row shows (the queue page is read all day)."""
    from claims.selectors_matching import likely_match_exists

    # The "checked before?" mark: one EXISTS per row shown, along match_candidate_unique.
    rows = claim_list().only(*QUEUE_ROW_FIELDS).annotate(likely_match=likely_match_exists())
    return queue_grouped(rows)


# --- Same claim, many articles (claims/services/grouping.py) -------------------------------------
GROUP_LIVE_STATES = (ClaimGroupMember.State.PROPOSED, ClaimGroupMember.State.CONFIRMED)


def queue_grouped(qs: QuerySet[Claim]) -> QuerySet[Claim]:
    """One queue row per group: an open claim proposed or confirmed as a member of an open lead's
    group is left out, and each row carries ``group_more``, how many such members its group holds
    (the "+N more"). The queue page and the API list both read this; the order stays queue_order."""
    hidden = ClaimGroupMember.objects.filter(
        member=OuterRef("pk"), state__in=GROUP_LIVE_STATES, lead__status__in=OPEN_STATUS_LIST
    )
    return qs.exclude(Q(status__in=OPEN_STATUS_LIST) & Exists(hidden)).annotate(
        group_more=_group_member_count()
    )


def _group_member_count() -> Coalesce:
    counted = (
        ClaimGroupMember.objects.filter(
            lead=OuterRef("pk"), state__in=GROUP_LIVE_STATES, member__status__in=OPEN_STATUS_LIST
        )
        .order_by()
        .values("lead")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def claim_group(*, lead_id: int) -> list[ClaimGroupMember]:
    """The members of ``lead_id``'s group (rejected ones included, last), with what a row shows."""
    return list(
        ClaimGroupMember.objects.filter(lead_id=lead_id)
        .select_related("member", "member__article", "member__assignee", "decided_by")
        .defer("member__article__body")
        .order_by("state", "member_id")
    )


def claim_group_lead(*, claim_id: int) -> int | None:
    """The lead of the live group ``claim_id`` belongs to, if any."""
    return (
        ClaimGroupMember.objects.filter(member_id=claim_id, state__in=GROUP_LIVE_STATES)
        .values_list("lead_id", flat=True)
        .first()
    )


def claim_counts() -> dict[tuple[str, str], int]:
    """Claims per (status, verdict).

    On PostgreSQL summed from ClaimCount's rows, which triggers append in the same transaction
    as every change (a few rows, folded by beat, instead of an index scan of every claim: 140 ms
    at a million); elsewhere counted from the claims (the embedded SQLite demo has no triggers).
    """
    if connection.vendor == "postgresql":
        rows = (
            ClaimCount.objects.values("status", "verdict")
            .annotate(total=Sum("n"))
            .filter(total__gt=0)
            .values_list("status", "verdict", "total")
            .order_by()
        )
    else:
        # COUNT(*): an index-only scan of (status, verdict)
        rows = Claim.objects.values_list("status", "verdict").annotate(n=Count("*")).order_by()
    return {(status, verdict): n for status, verdict, n in rows}


def claim_detail(*, claim_id: int) -> Claim:
    return (
        Claim.objects.select_related("article", "assignee", "reviewed_by", "approved_by", "gone_with")
        .prefetch_related(
            Prefetch("corroborations", queryset=Corroboration.objects.select_related("resolved_by")),
            Prefetch("events", queryset=ClaimEvent.objects.select_related("actor")),
            "corrections",
            "provider_runs",
        )
        .get(pk=claim_id)
    )


def _claim_count(**filters) -> Coalesce:
    """The number of the outer article's claims matching ``filters``, as a subquery."""
    counted = (
        Claim.objects.filter(article=OuterRef("pk"), **filters)
        .order_by()
        .values("article")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def article_list() -> QuerySet[Article]:
    return (
        Article.objects.select_related("submitted_by")
        .defer("body")
        # One small counting subquery per row of the page, not a GROUP BY over every claim
        # before the LIMIT (1.4 s at a million claims; a few ms this way).
        .annotate(
            claim_count=_claim_count(),
            open_count=_claim_count(status__in=OPEN_STATUS_LIST),
            approved_count=_claim_count(status=Status.APPROVED),
        )
        .order_by("-created_at", "-id")
    )


def article_submitted(*, article: Article, claims: list[Claim]) -> Article:
    """The article a submit just stored, with the claims it wrote, for the answer: what
    article_detail would read back, without reading it (the claims have no reviewer yet).
    Use on an object of one request only: its claims do not follow later changes."""
    article._prefetched_objects_cache = {"claims": list(claims), "versions": []}
    return article


def article_detail(*, article_id: int) -> Article:
    return Article.objects.prefetch_related(
        # Every user a claim row shows (the holder partial names reviewer and approver too).
        Prefetch(
            "claims",
            queryset=Claim.objects.select_related("assignee", "reviewed_by", "approved_by", "gone_with")
            .defer("gone_with__body", "gone_with__changes")
            .order_by("position"),
        ),
        Prefetch(
            "versions",
            queryset=ArticleVersion.objects.select_related("replaced_by").defer("body").order_by("-number"),
        ),
    ).get(pk=article_id)


def article_version(*, article_id: int, number: int) -> ArticleVersion | None:
    """An earlier text of an article, with the claims its replacement moved, removed or added
    (each as ``(change, claim)``, in the order of the version's record)."""
    version = (
        ArticleVersion.objects.select_related("article", "replaced_by")
        .filter(article_id=article_id, number=number)
        .first()
    )
    if version is None:
        return None
    ids = [c["claim"] for c in version.changes]
    by_id = Claim.objects.only("id", "text", "status", "verdict").in_bulk(ids)
    version.changed_claims = [
        (c["change"], by_id[c["claim"]]) for c in version.changes if c["claim"] in by_id
    ]
    return version


_KIND_LABELS = {"source": "Source", "check_general": "To decide"}


def corroboration_kind_label(kind: str) -> str:
    """A check item's kind in words: 'check_figure' reads 'Figure', 'source' reads 'Source'."""
    if kind in _KIND_LABELS:
        return _KIND_LABELS[kind]
    return kind.removeprefix("check_").replace("_", " ").capitalize()


# What lists of evidence read: never the stored bytes, nor the snapshot's text.
EVIDENCE_DEFERRED = ("document__data", "snapshot__data", "snapshot_text")


def claim_evidence(*, claim_id: int) -> list[Evidence]:
    """A claim's evidence records still on it, oldest first, with who added them."""
    return list(
        Evidence.objects.filter(claim_id=claim_id, removed_at__isnull=True)
        .select_related("added_by", "document", "snapshot")
        .defer(*EVIDENCE_DEFERRED)
        .order_by("created_at", "id")
    )


def evidence_by_stance(records: list[Evidence]) -> list[tuple[str, str, list[Evidence]]]:
    """Records grouped by stance, in the order a reviewer weighs them: (stance, label, records)."""
    order = (Evidence.Stance.CONTRADICTS, Evidence.Stance.SUPPORTS, Evidence.Stance.CONTEXT)
    labels = {
        Evidence.Stance.CONTRADICTS: "Contradicts the claim",
        Evidence.Stance.SUPPORTS: "Supports the claim",
        Evidence.Stance.CONTEXT: "Context",
    }
    return [
        (s.value, labels[s], [r for r in records if r.stance == s])
        for s in order
        if any(r.stance == s for r in records)
    ]


def evidence_detail(*, claim_id: int, evidence_id: int) -> Evidence:
    """One record of a claim (removed ones too: history links to them), without the bytes."""
    return (
        Evidence.objects.select_related("added_by", "removed_by", "document", "snapshot", "claim")
        .defer("document__data", "snapshot__data")
        .get(pk=evidence_id, claim_id=claim_id)
    )


def evidence_file(*, claim_id: int, evidence_id: int, which: str) -> tuple[Evidence, EvidenceFile]:
    """A record and the bytes of its document (``which="document"``) or snapshot."""
    record = Evidence.objects.only(
        "id", "claim_id", "url", "document_name", "document_id", "snapshot_id"
    ).get(pk=evidence_id, claim_id=claim_id)
    file_id = record.document_id if which == "document" else record.snapshot_id
    if file_id is None:
        raise EvidenceFile.DoesNotExist("No such file.")
    return record, EvidenceFile.objects.get(pk=file_id)


def claim_approval_gaps(*, claim_id: int) -> list[str]:
    """What an approval of this claim would skip, in words (empty when nothing): check items
    still open, and no evidence at all (no evidence record, no check item done with a finding or
    a link, no earlier fact check confirmed as the same claim). The one rule the service, the
    page and the API read."""
    items = list(
        Corroboration.objects.filter(claim_id=claim_id).values_list("kind", "state", "note", "url", "stance")
    )
    gaps = []
    open_kinds = [kind for kind, state, *_ in items if state == Corroboration.State.OPEN]
    if open_kinds:
        names = ", ".join(dict.fromkeys(corroboration_kind_label(k) for k in open_kinds))
        n = len(open_kinds)
        gaps.append(f"{n} check item{'' if n == 1 else 's'} still open ({names})")
    found = any(
        state == Corroboration.State.DONE and (note.strip() or url or stance != Corroboration.Stance.UNKNOWN)
        for _kind, state, note, url, stance in items
    )
    if (
        not found
        and not Evidence.objects.filter(claim_id=claim_id, removed_at__isnull=True).exists()
        and not MatchCandidate.objects.filter(
            claim_id=claim_id, state=MatchCandidate.State.CONFIRMED
        ).exists()
    ):
        gaps.append(
            "no evidence recorded (no evidence added, no check done with a finding, "
            "no earlier fact check confirmed)"
        )
    return gaps
