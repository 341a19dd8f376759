"""Evidence records: what a reviewer found for or against a claim, and the snapshot of each link.

A reviewer holding the claim (or an editor: ``claims.permissions.evidence_refusal``) adds a
record with a link and/or a document (PDF or image, checked by its bytes and size), an excerpt,
a stance and a note; changes or removes it later. Each change is in the claim's history.

A link's page is fetched once by the worker through the one safe fetcher (claims/ingest/fetch.py,
as for articles by URL) and kept: its bytes (stored once per hash), title, main text, final URL
and time. The work state lives in the row, as for article fetches: ``snapshot_state='pending'``
with ``snapshot_started_at`` unset waits for a worker; a worker claims it with a conditional
UPDATE; the sweeper re-sends snapshots left waiting or running too long.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator

from claims.errors import Conflict, TooLarge, ValidationFailed
from claims.ingest import FetchError, FetchOptions, fetch_page
from claims.ingest.documents import ACCEPTED_WORDS, document_kind, pdf_text, safe_filename
from claims.ingest.extract import extract_article
from claims.models import Claim, ClaimEvent, Evidence, EvidenceFile
from claims.permissions import evidence_refusal
from claims.workflow import Event

from .ingest import fetch_options, url_refusal
from .leases import Lease, lease_stale, lease_take
from .publishing import publish_each

log = logging.getLogger(__name__)

Snapshot = Evidence.Snapshot
EXCERPT_MAX = 5_000
NOTE_MAX = 5_000
# What a link may lead to: a page, a plain text, a PDF or an image.
SNAPSHOT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
)


class TransientSnapshotError(Exception):
    """The page could not be fetched for a reason that may pass (time-out, 5xx): retry later."""


@dataclass(frozen=True)
class Upload:
    """A document as the page or the API received it (Django's UploadedFile has these)."""

    name: str
    size: int
    file: object  # has read() and seek()


def snapshot_options() -> FetchOptions:
    base = fetch_options()
    return FetchOptions(
        connect_timeout=base.connect_timeout,
        read_timeout=base.read_timeout,
        total_timeout=base.total_timeout,
        max_bytes=settings.FACTCHECK_EVIDENCE_MAX_BYTES,
        max_redirects=base.max_redirects,
        allowed_hosts=base.allowed_hosts,
        user_agent=base.user_agent,
        content_types=SNAPSHOT_TYPES,
        expected="a web page, a text, a PDF or an image",
        accept="text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,*/*;q=0.1",
    )


def snapshot_publish(*, evidence_ids: list[int]) -> int:
    from claims.tasks import snapshot_evidence

    return publish_each(snapshot_evidence, evidence_ids, "evidence snapshot task(s)")


# --- reviewers' records -------------------------------------------------------------------------


def evidence_add(
    *,
    claim_id: int,
    actor,
    stance: str,
    url: str = "",
    excerpt: str = "",
    note: str = "",
    document: Upload | None = None,
) -> Evidence:
    """Add a record to a claim. A link is snapshotted by the worker after the commit."""
    claim = Claim.objects.select_related("assignee").filter(pk=claim_id).first()
    if claim is None:
        raise Claim.DoesNotExist("No such claim.")
    refusal = evidence_refusal(actor, claim)  # before reading what was sent
    if refusal is not None:
        raise refusal
    url = (url or "").strip()
    excerpt, note = (excerpt or "").strip(), (note or "").strip()
    errors = _field_errors(stance=stance, excerpt=excerpt, note=note)
    if url:
        refusal = "At most 2,000 characters." if len(url) > 2000 else url_refusal(url)
        if refusal:
            errors["url"] = [refusal]
    if not url and document is None:
        errors["url"] = ["Give a link or upload a document (or both)."]
    blob, name = _document(document) if document is not None else (None, "")
    if errors:
        raise ValidationFailed("The evidence is not complete.", field_errors=errors)
    now = timezone.now()
    with transaction.atomic():
        claim = _locked_claim(claim_id)
        refusal = evidence_refusal(actor, claim)  # again: the lease may have changed meanwhile
        if refusal is not None:
            raise refusal
        if blob is not None:
            blob = _stored(blob)
        record = Evidence.objects.create(
            claim=claim,
            url=url,
            excerpt=excerpt,
            stance=stance,
            note=note,
            document=blob,
            document_name=name,
            added_by=actor,
            created_at=now,
            snapshot_state=Snapshot.PENDING if url else Snapshot.NONE,
            snapshot_requested_at=now if url else None,
        )
        ClaimEvent.objects.create(
            claim=claim, actor=actor, action=Event.EVIDENCE_ADDED, note=_describe(record), at=now
        )
        if url:
            transaction.on_commit(lambda: snapshot_publish(evidence_ids=[record.pk]), robust=True)
    return record


def evidence_update(
    *,
    evidence_id: int,
    actor,
    claim_id: int | None = None,
    stance: str | None = None,
    excerpt: str | None = None,
    note: str | None = None,
) -> Evidence:
    """Change a record's stance, excerpt or note (its link and document stay: add another)."""
    changes = {
        k: v.strip() if isinstance(v, str) and k != "stance" else v
        for k, v in (("stance", stance), ("excerpt", excerpt), ("note", note))
        if v is not None
    }
    errors = _field_errors(**changes)
    if errors:
        raise ValidationFailed("The evidence is not valid.", field_errors=errors)
    with transaction.atomic():
        record = _locked_record(evidence_id, claim_id)
        refusal = evidence_refusal(actor, record.claim)
        if refusal is not None:
            raise refusal
        said = []
        for field, value in changes.items():
            if getattr(record, field) != value:
                before = getattr(record, f"get_{field}_display")() if field == "stance" else None
                setattr(record, field, value)
                if field == "stance":
                    said.append(f"stance {before.lower()} → {record.get_stance_display().lower()}")
                else:
                    said.append(f"{field} edited")
        if said:
            record.save(update_fields=[*changes, "updated_at"])
            ClaimEvent.objects.create(
                claim_id=record.claim_id,
                actor=actor,
                action=Event.EVIDENCE_CHANGED,
                note=f"{_source(record)}: {', '.join(said)}.",
            )
    return record


def evidence_remove(*, evidence_id: int, actor, claim_id: int | None = None) -> Evidence:
    """Take a record off the claim. It stays in the database, hidden, and in the history."""
    with transaction.atomic():
        record = _locked_record(evidence_id, claim_id)
        refusal = evidence_refusal(actor, record.claim)
        if refusal is not None:
            raise refusal
        record.removed_at = timezone.now()
        record.removed_by = actor
        record.save(update_fields=["removed_at", "removed_by", "updated_at"])
        ClaimEvent.objects.create(
            claim_id=record.claim_id, actor=actor, action=Event.EVIDENCE_REMOVED, note=_describe(record)
        )
    return record


def evidence_snapshot_again(*, evidence_id: int, actor, claim_id: int | None = None) -> Evidence:
    """Try a failed snapshot again (the reviewer holding the claim, or an editor)."""
    with transaction.atomic():
        record = _locked_record(evidence_id, claim_id)
        refusal = evidence_refusal(actor, record.claim)
        if refusal is not None:
            raise refusal
        if record.snapshot_state != Snapshot.FAILED:
            state = record.get_snapshot_state_display().lower()
            raise Conflict(f"Only a failed snapshot can be tried again; this one is {state}.")
        record.snapshot_state = Snapshot.PENDING
        record.snapshot_error = ""
        record.snapshot_attempts = 0
        record.snapshot_started_at = None
        record.snapshot_requested_at = timezone.now()
        record.save(
            update_fields=[
                "snapshot_state",
                "snapshot_error",
                "snapshot_attempts",
                "snapshot_started_at",
                "snapshot_requested_at",
                "updated_at",
            ]
        )
        transaction.on_commit(lambda: snapshot_publish(evidence_ids=[record.pk]), robust=True)
    return record


def _field_errors(**values) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if "stance" in values and values["stance"] not in Evidence.Stance.values:
        choices = ", ".join(Evidence.Stance.values)
        errors["stance"] = [f"Choose a stance: {choices}."]
    for field, limit in (("excerpt", EXCERPT_MAX), ("note", NOTE_MAX)):
        if len(values.get(field) or "") > limit:
            errors[field] = [f"At most {limit:,} characters."]
    return errors


def _document(upload: Upload) -> tuple[EvidenceFile, str]:
    limit = settings.FACTCHECK_EVIDENCE_MAX_BYTES
    if upload.size > limit:
        raise TooLarge(
            f"The document is {upload.size:,} bytes; the limit is {limit:,}.",
            field_errors={"document": [f"File too large (the limit is {limit // (1024 * 1024)} MB)."]},
        )
    if upload.size == 0:
        raise ValidationFailed("The document is empty.", field_errors={"document": ["The file is empty."]})
    upload.file.seek(0)
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise TooLarge("The document is too large.", field_errors={"document": ["File too large."]})
    kind = document_kind(data[:16])
    if kind is None:
        raise ValidationFailed(
            f"Upload {ACCEPTED_WORDS}.",
            field_errors={"document": [f"Not a document the desk keeps: upload {ACCEPTED_WORDS}."]},
        )
    blob = EvidenceFile(
        sha256=hashlib.sha256(data).hexdigest(), content_type=kind.content_type, size=len(data), data=data
    )
    return blob, safe_filename(upload.name or "", kind)


def _stored(blob: EvidenceFile) -> EvidenceFile:
    """The stored file with ``blob``'s bytes: the existing one, or ``blob`` saved now."""
    fields = ("id", "sha256", "content_type", "size")
    existing = EvidenceFile.objects.filter(sha256=blob.sha256).only(*fields).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            blob.save()
    except IntegrityError:  # stored by a concurrent request meanwhile
        return EvidenceFile.objects.only(*fields).get(sha256=blob.sha256)
    return blob


def _locked_claim(claim_id: int) -> Claim:
    claim = (
        Claim.objects.select_for_update(of=("self",)).select_related("assignee").filter(pk=claim_id).first()
    )
    if claim is None:
        raise Claim.DoesNotExist("No such claim.")
    return claim


def _locked_record(evidence_id: int, claim_id: int | None) -> Evidence:
    record = (
        Evidence.objects.select_for_update(of=("self",))
        .select_related("claim__assignee")
        .filter(pk=evidence_id, removed_at__isnull=True)
        .first()
    )
    if record is None or (claim_id is not None and record.claim_id != claim_id):
        raise Evidence.DoesNotExist("No such evidence.")
    return record


def _source(record: Evidence) -> str:
    return record.url or record.document_name or "document"


def _describe(record: Evidence) -> str:
    words = f"{record.get_stance_display()}: {_source(record)}"
    if record.excerpt:
        words += f" — “{Truncator(record.excerpt).chars(120)}”"
    if record.note:
        words += f" Note: {Truncator(record.note).chars(200)}"
    return words


# --- the worker's snapshot ----------------------------------------------------------------------


SNAPSHOT = Lease("snapshot_requested_at", "snapshot_started_at", "snapshot_attempts")


def _claim_snapshot_work(evidence_id: int) -> bool:
    return lease_take(Evidence.objects.filter(pk=evidence_id, snapshot_state=Snapshot.PENDING), SNAPSHOT)


def evidence_snapshot(*, evidence_id: int) -> str:
    """Fetch a record's link once and keep what came back. Idempotent.

    Returns the snapshot state afterwards, or "skipped" (nothing pending, or another worker has
    it). Raises :class:`TransientSnapshotError` (the work is handed back) when trying again later
    may work; the caller retries or gives up (:func:`evidence_snapshot_give_up`).
    """
    if not _claim_snapshot_work(evidence_id):
        return "skipped"
    record = Evidence.objects.only("id", "url", "claim_id", "snapshot_attempts", "snapshot_error").get(
        pk=evidence_id
    )
    if record.snapshot_attempts > settings.FACTCHECK_FETCH_MAX_ATTEMPTS:
        return evidence_snapshot_give_up(
            evidence_id=evidence_id, reason=record.snapshot_error or "Gave up after too many attempts."
        )
    try:
        page = fetch_page(record.url, snapshot_options())
    except FetchError as exc:
        if exc.transient:
            Evidence.objects.filter(pk=evidence_id, snapshot_state=Snapshot.PENDING).update(
                snapshot_started_at=None, snapshot_error=exc.reason
            )
            raise TransientSnapshotError(exc.reason) from exc
        return evidence_snapshot_give_up(evidence_id=evidence_id, reason=exc.reason)
    title, text = _readable(page)
    blob = EvidenceFile(
        sha256=hashlib.sha256(page.body).hexdigest(),
        content_type=page.content_type or "application/octet-stream",
        size=len(page.body),
        data=page.body,
    )
    with transaction.atomic():
        pending = Evidence.objects.select_for_update().filter(pk=evidence_id, snapshot_state=Snapshot.PENDING)
        kept = pending.first()
        if kept is None:
            return "skipped"  # removed, or done by another worker meanwhile
        kept.snapshot = _stored(blob)
        kept.snapshot_state = Snapshot.DONE
        kept.snapshot_error = ""
        kept.snapshot_url = page.url[:2000]
        kept.snapshot_title = title
        kept.snapshot_text = text
        kept.snapshot_at = timezone.now()
        kept.snapshot_started_at = None
        kept.save()
        ClaimEvent.objects.create(
            claim_id=kept.claim_id,
            action=Event.EVIDENCE_SNAPSHOT,
            note=f"Kept a copy of {kept.url} ({blob.size:,} bytes, SHA-256 {blob.sha256[:16]}…).",
        )
    return Snapshot.DONE


def _readable(page) -> tuple[str, str]:
    """The title and main text of a fetched page or PDF (an image, or a PDF without a title,
    is named from its address)."""
    fallback = page.url.rstrip("/").rsplit("/", 1)[-1][:500] or page.url[:500]
    if page.content_type in ("text/html", "application/xhtml+xml"):
        try:
            found = extract_article(page.text, page.url)
        except Exception:  # a parser bug on a hostile page must not lose the snapshot's bytes
            log.exception("Reading the evidence page %s failed", page.url)
            return fallback, ""
        return found.title or fallback, found.text
    if page.content_type == "text/plain":
        return fallback, page.text.strip()
    if page.content_type == "application/pdf":
        title, text = pdf_text(page.body)
        return title or fallback, text
    return fallback, ""


def evidence_snapshot_give_up(*, evidence_id: int, reason: str) -> str:
    with transaction.atomic():
        updated = Evidence.objects.filter(pk=evidence_id, snapshot_state=Snapshot.PENDING).update(
            snapshot_state=Snapshot.FAILED, snapshot_error=reason, snapshot_started_at=None
        )
        if updated:
            claim_id, url = Evidence.objects.values_list("claim_id", "url").get(pk=evidence_id)
            note = f"Could not keep a copy of {url}: {reason}"
            ClaimEvent.objects.create(claim_id=claim_id, action=Event.EVIDENCE_SNAPSHOT_FAILED, note=note)
    return Snapshot.FAILED


def snapshot_sweep(*, now=None) -> int:
    """Send again the snapshots left waiting or running too long."""
    ids = lease_stale(Evidence.objects.filter(snapshot_state=Snapshot.PENDING), SNAPSHOT, now)
    return snapshot_publish(evidence_ids=ids) if ids else 0
