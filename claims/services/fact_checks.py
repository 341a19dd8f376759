"""The library of fact checks: import from files, and the desk's own verdicts joining it.

Imports are idempotent (``FactCheck.key``: the collection's own id, else the URL) and stream:
records are read one at a time and written in batches with one upsert each, so memory stays
bounded whatever the file's length. Each fact check's sentence vector is computed when its text
is new or changed, never again for the same text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields

import numpy as np
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.matching.records import FactCheckRecord, Problem, read_records
from claims.models import Claim, FactCheck
from claims.workflow import Status

log = logging.getLogger(__name__)

BATCH_SIZE = 500
RECORD_FIELDS = [f.name for f in fields(FactCheckRecord) if f.name != "key"]
MAX_PROBLEMS_KEPT = 1000  # a broken file of a million lines reports the first thousand


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    def skip(self, problem: Problem) -> None:
        self.skipped += 1
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(problem)


def embedding_text(fc) -> str:
    """What the matcher embeds for a fact check (the ranker's ``embed_text``)."""
    from claims.matching.ranker import FactCheckDoc, embed_text

    return embed_text(FactCheckDoc(id="", claim=fc.claim_text, title=fc.title))


def fact_checks_import(
    *,
    lines: Iterable[str],
    kind: str,
    collection: str,
    provenance: str,
    source: str = FactCheck.Source.IMPORT,
    embedder=None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Upsert every good record of ``lines``; list the bad ones. ``embedder`` None: the matcher's."""
    return fact_checks_save(
        items=read_records(lines, kind, collection),
        provenance=provenance,
        source=source,
        embedder=embedder,
        batch_size=batch_size,
        progress=progress,
    )


def fact_checks_save(
    *,
    items: Iterable[FactCheckRecord | Problem],
    provenance: str,
    source: str = FactCheck.Source.IMPORT,
    embedder=None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Upsert records in batches (the same key twice is one row, updated); count the problems."""
    from claims.services.matching import get_embedder

    embedder = embedder or get_embedder()
    report = ImportReport()
    batch: dict[str, FactCheckRecord] = {}
    for item in items:
        if isinstance(item, Problem):
            report.skip(item)
            continue
        batch[item.key] = item  # the same fact check twice in a batch: the later one wins
        if len(batch) >= batch_size:
            _upsert(batch, report, source=source, provenance=provenance, embedder=embedder)
            batch = {}
            if progress:
                progress(report)
    if batch:
        _upsert(batch, report, source=source, provenance=provenance, embedder=embedder)
    if progress:
        progress(report)
    return report


def _upsert(batch: dict[str, FactCheckRecord], report: ImportReport, *, source, provenance, embedder) -> None:
    existing = {
        row["key"]: row
        for row in FactCheck.objects.filter(key__in=list(batch)).values(
            "key", "embedding", "embedding_model", *RECORD_FIELDS, "source", "provenance"
        )
    }
    model_name = embedder_name(embedder)
    rows, to_embed = [], []
    for key, record in batch.items():
        values = {name: getattr(record, name) for name in RECORD_FIELDS}
        old = existing.get(key)
        row = FactCheck(key=key, source=source, provenance=provenance[:300], active=True, **values)
        if old is not None:
            same_text = embedding_text(FactCheck(claim_text=old["claim_text"], title=old["title"])) == (
                embedding_text(record)
            )
            if same_text and old["embedding"] is not None and old["embedding_model"] == model_name:
                row.embedding, row.embedding_model = old["embedding"], model_name
            unchanged = all(old[name] == values[name] for name in RECORD_FIELDS) and old["source"] == source
            if unchanged and row.embedding is not None:
                report.unchanged += 1
                continue
            report.updated += 1
        else:
            report.created += 1
        if row.embedding is None:
            to_embed.append(row)
        rows.append(row)
    if to_embed:
        vectors = embedder.encode([embedding_text(r) for r in to_embed])
        for row, vector in zip(to_embed, vectors, strict=True):
            row.embedding, row.embedding_model = vector.astype(np.float32).tobytes(), model_name
    if rows:
        FactCheck.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=[
                *RECORD_FIELDS,
                "source",
                "provenance",
                "active",
                "embedding",
                "embedding_model",
                "updated_at",
            ],
        )


# What a stored vector was computed from, with the model: vectors of another text (before,
# claim and title together) are computed again when the index is next built.
EMBEDDED_TEXT = "claim"


def embedder_name(embedder) -> str:
    """The key stored with a fact check's vector: the model (name and hash) and what it embedded."""
    meta = getattr(embedder, "meta", {}) or {}
    model = f"{getattr(embedder, 'name', 'encoder')}:{str(meta.get('model_sha256', ''))[:12]}"
    return f"{model}:{EMBEDDED_TEXT}"[:64]


# --- the desk's own verdicts ------------------------------------------------------------------


def fact_check_from_claim(claim: Claim) -> FactCheck | None:
    """The desk's approved claim joins the library (or its entry is updated after a correction):
    built from its ClaimReview, so the library holds exactly what the desk publishes."""
    from claims.claimreview import NotPublishable, claim_review
    from claims.matching.records import from_claim_review
    from claims.services.matching import get_embedder

    try:
        review = claim_review(claim)
    except NotPublishable:
        return None
    record = from_claim_review(review, "desk")
    if isinstance(record, str):
        return None
    values = {name: getattr(record, name) for name in RECORD_FIELDS}
    values["publisher_name"] = values["publisher_name"] or settings.FACTCHECK_ORGANIZATION_NAME
    embedder = get_embedder()
    text = embedding_text(record)
    current = FactCheck.objects.filter(claim=claim).first()
    fc = current or FactCheck(claim=claim, key=f"desk:claim-{claim.pk}")
    if (
        current is None
        or embedding_text(current) != text
        or current.embedding_model != embedder_name(embedder)
    ):
        fc.embedding = embedder.encode([text])[0].astype(np.float32).tobytes()
        fc.embedding_model = embedder_name(embedder)
    for name, value in values.items():
        setattr(fc, name, value)
    fc.source, fc.provenance, fc.active = FactCheck.Source.DESK, f"claim {claim.pk}", True
    fc.collection_id = str(claim.pk)
    fc.save()
    return fc


def fact_check_withdraw(claim: Claim) -> int:
    """A claim reopened for a correction stops being offered as checked until re-approved."""
    return FactCheck.objects.filter(claim=claim, active=True).update(active=False, updated_at=timezone.now())


def fact_check_sync_claim(claim: Claim) -> None:
    """After the claim's approval or reopening, once the transaction commits: never fails it."""

    def sync() -> None:
        try:
            fresh = Claim.objects.select_related("article").get(pk=claim.pk)
            if fresh.status == Status.APPROVED:
                fact_check_from_claim(fresh)
            else:
                fact_check_withdraw(fresh)
        except Exception:  # the library must never cost the desk its approval
            log.exception("Could not update the fact-check library for claim %s", claim.pk)

    transaction.on_commit(sync)


def fact_check_library_sweep(*, limit: int = 200) -> int:
    """Bring the library in line with the desk's verdicts when an update after a commit was lost
    (the process died, the encoder failed): approved claims missing from it or changed since
    their entry was written join it again; entries of claims no longer approved are withdrawn.
    Returns how many entries it wrote or withdrew."""
    from django.db.models import Exists, F, OuterRef

    entries = FactCheck.objects.filter(claim_id=OuterRef("pk"), active=True)
    approved = Claim.objects.filter(status=Status.APPROVED).exclude(verdict="")
    missing = list(
        approved.filter(~Exists(entries)).select_related("article").order_by("approved_at")[:limit]
    )
    outdated = list(
        approved.filter(Exists(entries.filter(updated_at__lt=F("claim__approved_at")))).select_related(
            "article"
        )[:limit]
    )
    done = 0
    for claim in [*missing, *outdated]:
        try:
            done += fact_check_from_claim(claim) is not None
        except Exception:  # one claim's failure must not stop the others
            log.exception("Could not add claim %s to the fact-check library", claim.pk)
    done += (
        FactCheck.objects.filter(claim__isnull=False, active=True)
        .exclude(claim__status=Status.APPROVED)
        .update(active=False, updated_at=timezone.now())
    )
    return done


# --- an editor's upload (the page and the API) -------------------------------------------------

UPLOAD_KINDS = ("json", "jsonl", "csv")


def fact_checks_upload(*, actor, upload, kind: str = "") -> ImportReport:
    """Import an uploaded file (editors only): the same reading and upsert as the command."""
    import codecs

    from claims.errors import NotAllowed, TooLarge, ValidationFailed
    from claims.matching.records import guess_kind
    from claims.permissions import is_editor

    if not is_editor(actor):
        raise NotAllowed("Only editors can add fact checks to the library.")
    if upload is None:
        raise ValidationFailed("Choose a file.", field_errors={"file": ["Choose a file to import."]})
    limit = settings.FACTCHECK_IMPORT_MAX_BYTES
    if upload.size > limit:
        raise TooLarge(
            f"The file is {upload.size:,} bytes; the limit is {limit:,}: import larger archives "
            "with manage.py import_fact_checks.",
            field_errors={"file": ["File too large."]},
        )
    if kind and kind not in UPLOAD_KINDS:
        raise ValidationFailed("Unknown format.", field_errors={"format": ["Choose json, jsonl or csv."]})
    head = upload.read(4096)
    upload.seek(0)
    kind = kind or guess_kind(upload.name or "", head.decode("utf-8", "ignore"))
    lines = codecs.iterdecode(upload, "utf-8-sig")
    name = (upload.name or "upload")[:200]
    try:
        return fact_checks_import(lines=lines, kind=kind, collection=f"upload/{name}", provenance=name)
    except UnicodeDecodeError as exc:
        raise ValidationFailed(
            "The file is not UTF-8 text.", field_errors={"file": ["Save the file as UTF-8 and try again."]}
        ) from exc
