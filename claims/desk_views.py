"""The desk's pages: dashboard, exports, bulk actions. Thin function views over services and
selectors, like claims/views.py."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from . import services
from .dashboard import dashboard as dashboard_stats
from .errors import ServiceError
from .export_responses import file_response, streaming_response
from .export_selectors import filter_params
from .forms import add_service_errors
from .models import ExportJob
from .permissions import BULK, EXPORT, READ, require
from .services.bulk import BULK_ACTIONS
from .services.exports import export_file, export_job_for
from .workflow import OPEN_STATUSES


@require_GET
@login_required
def dashboard(request):
    require(request.user, READ)
    stats = dashboard_stats()
    # The queue opens on the open statuses: say how many of the total those are.
    open_total = sum(bar.value for bar in stats.by_status.bars if bar.key in OPEN_STATUSES)
    return render(request, "claims/dashboard.html", {"d": stats, "open_total": open_total})


@require_GET
@login_required
def export_claims(request, export_format: str):
    """Stream the export, or start a job and show its page when it is large."""
    require(request.user, EXPORT)
    try:
        result = services.export_claims(
            actor=request.user, export_format=export_format, params=filter_params(request.GET)
        )
    except ServiceError as exc:
        return render(
            request,
            "claims/export_job.html",
            {"error": exc.message, "field_errors": exc.field_errors},
            status=exc.status_code,
        )
    if result.job is None:
        return streaming_response(result.chunks, export_format)
    messages.info(request, f"{result.count:,} claims: the export runs in the background.")
    return redirect("export-job", pk=result.job.pk)


def _job(request, pk: int) -> ExportJob:
    try:
        return export_job_for(job_id=pk, user=request.user)
    except ExportJob.DoesNotExist:
        raise Http404("No such export.") from None
    except ServiceError as exc:
        raise PermissionDenied(exc.message) from None


@require_GET
@login_required
def export_job(request, pk: int):
    job = _job(request, pk)
    return render(request, "claims/export_job.html", {"job": job})


@require_GET
@login_required
def export_download(request, pk: int):
    job = _job(request, pk)
    path = export_file(job)
    if path is None:
        raise Http404("The export is not ready or its file is gone.")
    return file_response(job, path)


class BulkForm(forms.Form):
    """Parses the action bar; services.claims_bulk is the one place the request is judged."""

    action = forms.CharField(max_length=32, required=False, label="Action")
    assignee = forms.CharField(max_length=150, required=False, label="Reviewer")
    reason = forms.CharField(max_length=32, required=False, label="Reason")
    note = forms.CharField(max_length=5000, required=False, label="Note")

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.raw_ids = data.getlist("ids")

    def clean(self):
        cleaned = super().clean()
        try:
            cleaned["ids"] = [int(v) for v in self.raw_ids]
        except ValueError:
            raise forms.ValidationError("The selection holds something that is not a claim id.") from None
        return cleaned


def _back_to_queue(request):
    query = QueryDict(request.POST.get("next", "")).urlencode()
    return redirect(reverse("queue") + (f"?{query}" if query else ""))


@require_POST
@login_required
def claims_bulk(request):
    """The queue's action bar: one action on the ticked claims, reported claim by claim."""
    require(request.user, BULK)
    form = BulkForm(request.POST)
    if not form.is_valid():
        return render(request, "claims/bulk_result.html", {"form": form}, status=400)
    try:
        results = services.claims_bulk(actor=request.user, **form.cleaned_data)
    except ServiceError as exc:
        add_service_errors(form, exc)
        return render(request, "claims/bulk_result.html", {"form": form}, status=exc.status_code)
    done = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    label = BULK_ACTIONS.get(form.cleaned_data["action"], "Bulk action")
    if done:
        messages.success(request, f"{label}: done for {len(done)} claim(s).")
    if failed:
        reasons = "; ".join(f"#{r.id}: {r.error}" for r in failed)
        messages.error(request, f"{label}: {len(failed)} claim(s) refused. {reasons}")
    return _back_to_queue(request)
