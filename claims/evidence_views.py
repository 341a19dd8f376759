"""The claim page's evidence: add, change, remove, keep a copy again, and read what was kept."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from . import selectors
from .errors import ServiceError
from .evidence_responses import file_response
from .forms import EvidenceEditForm, EvidenceForm
from .models import Claim, Evidence
from .permissions import READ, evidence_refusal, require
from .services.evidence import (
    Upload,
    evidence_add,
    evidence_remove,
    evidence_snapshot_again,
    evidence_update,
)
from .views import remember_failed_form


def _back(pk: int):
    return redirect(reverse("claim", args=[pk]) + "#evidence")


@require_POST
@login_required
def evidence_new(request, pk: int):
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        remember_failed_form(request, pk, "evidence_form", errors=form.errors)
        return _back(pk)
    data = dict(form.cleaned_data)
    upload = data.pop("document")
    try:
        evidence_add(
            claim_id=pk,
            actor=request.user,
            document=Upload(upload.name, upload.size, upload) if upload else None,
            **data,
        )
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    except ServiceError as exc:
        if exc.field_errors:
            remember_failed_form(request, pk, "evidence_form", exc)
            if upload:
                messages.info(request, "Choose the document again: a refused form does not keep files.")
        else:
            messages.error(request, exc.message)
        return _back(pk)
    messages.success(
        request,
        "Evidence added. A copy of the page is being kept." if data.get("url") else "Evidence added.",
    )
    return _back(pk)


def _act(request, pk: int, item: int, call, done: str, **kwargs):
    """Call an evidence service on record ``item`` of claim ``pk``, then back to the claim page."""
    try:
        call(evidence_id=item, claim_id=pk, actor=request.user, **kwargs)
    except Evidence.DoesNotExist:
        raise Http404("No such evidence.") from None
    except ServiceError as exc:
        messages.error(request, exc.message)
        return _back(pk)
    messages.success(request, done)
    return _back(pk)


@require_POST
@login_required
def evidence_edit(request, pk: int, item: int):
    form = EvidenceEditForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return _back(pk)
    return _act(request, pk, item, evidence_update, "Evidence updated.", **form.cleaned_data)


@require_POST
@login_required
def evidence_delete(request, pk: int, item: int):
    return _act(request, pk, item, evidence_remove, "Evidence removed (kept in the history).")


@require_POST
@login_required
def evidence_resnapshot(request, pk: int, item: int):
    return _act(request, pk, item, evidence_snapshot_again, "The page will be fetched again.")


@require_GET
@login_required
def evidence_copy(request, pk: int, item: int):
    """The copy kept of an evidence link: its title, address, time, hash and main text."""
    require(request.user, READ)
    try:
        record = selectors.evidence_detail(claim_id=pk, evidence_id=item)
    except Evidence.DoesNotExist:
        raise Http404("No such evidence.") from None
    return render(
        request,
        "claims/evidence_copy.html",
        {
            "record": record,
            "claim": record.claim,
            "may_edit": evidence_refusal(request.user, record.claim) is None,
        },
    )


@require_GET
@login_required
def evidence_download(request, pk: int, item: int, which: str):
    require(request.user, READ)
    return file_response(pk, item, which)
