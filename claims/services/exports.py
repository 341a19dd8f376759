"""Exports of claims: small ones stream in the response, large ones run as a job.

The job's state lives in PostgreSQL (``ExportJob.state``): a worker claims it with a conditional
UPDATE, writes the file beside its final name and renames it when complete, so a half-written
file is never offered. The sweeper enqueues again a job left pending (broker down) or running
past its time limit (worker died).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.errors import NotAllowed, ValidationFailed
from claims.export_selectors import export_items, export_queryset
from claims.exports import render_chunks
from claims.models import ExportJob
from claims.permissions import EXPORT, is_editor, user_can

from .publishing import publish_each

log = logging.getLogger(__name__)

State = ExportJob.State
# A job still pending after this long was never published (broker down): send it again.
PENDING_STALE = timedelta(minutes=5)


@dataclass(frozen=True)
class ExportResult:
    """Either rows to stream now (``chunks``) or a job that will write them (``job``)."""

    export_format: str
    count: int
    chunks: Iterator[str] | None = None
    job: ExportJob | None = None


def _check(actor, export_format: str) -> None:
    if not user_can(actor, EXPORT):
        raise NotAllowed("Your role may not export claims.")
    if export_format not in ExportJob.Format.values:
        raise ValidationFailed(
            "Unknown export format.",
            field_errors={"format": [f"Choose one of: {', '.join(ExportJob.Format.values)}."]},
        )


def export_claims(*, actor, export_format: str, params: dict[str, list[str]]) -> ExportResult:
    """Export the claims the filter selects: streamed when at most FACTCHECK_EXPORT_SYNC_MAX,
    else a job is queued (after commit) and returned."""
    _check(actor, export_format)
    qs = export_queryset(params=params, user=actor, export_format=export_format)
    count = qs.count()
    if count <= settings.FACTCHECK_EXPORT_SYNC_MAX:
        chunks = render_chunks(export_format, export_items(export_format, qs))
        return ExportResult(export_format, count, chunks=chunks)
    return ExportResult(
        export_format, count, job=export_job_start(actor=actor, export_format=export_format, params=params)
    )


def export_job_start(*, actor, export_format: str, params: dict[str, list[str]]) -> ExportJob:
    """Queue an export job (whatever its size)."""
    _check(actor, export_format)
    export_queryset(params=params, user=actor, export_format=export_format)  # validates
    with transaction.atomic():
        job = ExportJob.objects.create(requested_by=actor, format=export_format, params=params)
        transaction.on_commit(lambda: export_publish(job_id=job.pk), robust=True)
    return job


def export_publish(*, job_id: int) -> bool:
    """Send the job to the broker; a broker that is down is logged, the sweeper sends it later."""
    from claims.tasks import run_export

    return publish_each(run_export, [job_id], "export job(s)") == 1


def _claim_job(job_id: int, now) -> bool:
    stale = now - timedelta(seconds=settings.FACTCHECK_EXPORT_TIME_LIMIT)
    won = ExportJob.objects.filter(
        Q(state=State.PENDING) | Q(state=State.RUNNING, started_at__lt=stale), pk=job_id
    ).update(state=State.RUNNING, started_at=now, attempts=F("attempts") + 1)
    return won == 1


def export_dir() -> Path:
    path = Path(settings.FACTCHECK_EXPORT_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def export_run(*, job_id: int, max_attempts: int = 3) -> str:
    """Write the job's file. Idempotent: a job done, failed or held by a live worker is skipped."""
    now = timezone.now()
    if not _claim_job(job_id, now):
        return "skipped"
    job = ExportJob.objects.select_related("requested_by").get(pk=job_id)
    if job.attempts > max_attempts:
        _finish(job, State.FAILED, error="Gave up after too many attempts.")
        return State.FAILED
    name = f"export-{job.pk}.{job.format}"
    final = export_dir() / name
    partial = final.with_suffix(final.suffix + ".part")
    try:
        qs = export_queryset(params=job.params, user=job.requested_by, export_format=job.format)
        rows = [0]

        def counted(items):
            for item in items:
                rows[0] += 1
                yield item

        with partial.open("w", encoding="utf-8", newline="") as out:
            for chunk in render_chunks(job.format, counted(export_items(job.format, qs))):
                out.write(chunk)
        os.replace(partial, final)
    except Exception as exc:
        log.exception("Export %s failed", job.pk)
        partial.unlink(missing_ok=True)
        _finish(job, State.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000])
        return State.FAILED
    _finish(job, State.DONE, file_name=name, row_count=rows[0])
    return State.DONE


def _finish(job: ExportJob, state: str, **fields) -> None:
    ExportJob.objects.filter(pk=job.pk).update(state=state, finished_at=timezone.now(), **fields)


def export_sweep(*, now=None) -> int:
    """Enqueue again every job left pending or running too long, and delete the jobs (and
    files) finished more than FACTCHECK_EXPORT_KEEP_DAYS ago. Returns how many were enqueued."""
    now = now or timezone.now()
    _delete_expired(now)
    pending_cutoff = now - PENDING_STALE
    running_cutoff = now - timedelta(seconds=settings.FACTCHECK_EXPORT_TIME_LIMIT)
    ids = list(
        ExportJob.objects.filter(
            Q(state=State.PENDING, created_at__lt=pending_cutoff)
            | Q(state=State.RUNNING, started_at__lt=running_cutoff)
        ).values_list("pk", flat=True)[:100]
    )
    return sum(export_publish(job_id=pk) for pk in ids)


def _delete_expired(now) -> None:
    expired = ExportJob.objects.filter(
        finished_at__lt=now - timedelta(days=settings.FACTCHECK_EXPORT_KEEP_DAYS)
    )
    for job in expired.only("id", "file_name")[:500]:
        if job.file_name:
            (Path(settings.FACTCHECK_EXPORT_DIR) / job.file_name).unlink(missing_ok=True)
        job.delete()


def export_job_for(*, job_id: int, user) -> ExportJob:
    """The job, if ``user`` may see it: its requester or an editor."""
    job = ExportJob.objects.select_related("requested_by").get(pk=job_id)
    if job.requested_by_id != user.pk and not is_editor(user):
        raise NotAllowed("Only the person who requested this export or an editor may see it.")
    return job


def export_file(job: ExportJob) -> Path | None:
    """The finished file of a done job (None while it is not ready or if it went missing)."""
    if job.state != State.DONE or not job.file_name:
        return None
    path = Path(settings.FACTCHECK_EXPORT_DIR) / job.file_name
    return path if path.is_file() else None
