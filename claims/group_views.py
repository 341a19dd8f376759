"""The group page: claims saying the same thing as a lead claim, and the verdict for all of them."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from . import selectors
from .errors import ServiceError
from .forms import VerdictForm
from .models import Claim, ClaimGroupMember
from .permissions import READ, group_refusal, holds, is_editor, require, user_can
from .services import claim_take
from .services.grouping import claim_group_apply_verdict, claim_group_decide, claim_group_give_verdict
from .workflow import Action, Status


class GroupVerdictForm(VerdictForm):
    apply_to_members = forms.BooleanField(
        required=False, initial=True, label="Also give this verdict to every confirmed member"
    )


def _lead_or_404(pk: int) -> Claim:
    claim = Claim.objects.select_related("article", "assignee", "reviewed_by").filter(pk=pk).first()
    if claim is None:
        raise Http404("No such claim.")
    return claim


@require_GET
@login_required
def claim_group_page(request, pk: int):
    require(request.user, READ)
    lead = _lead_or_404(pk)
    members = selectors.claim_group(lead_id=pk)
    confirmed = sum(1 for m in members if m.state == ClaimGroupMember.State.CONFIRMED)
    may_apply = bool(
        lead.verdict
        and lead.status in (Status.REVIEWED, Status.APPROVED)
        and confirmed
        and (lead.reviewed_by_id == request.user.pk or is_editor(request.user))
    )
    return render(
        request,
        "claims/group.html",
        {
            "lead": lead,
            "members": members,
            "member_of": selectors.claim_group_lead(claim_id=pk),
            "may_decide": group_refusal(request.user, lead) is None,
            "may_take": lead.status == Status.NEW and user_can(request.user, Action.TAKE),
            "holds": holds(request.user, lead),
            "verdict_form": GroupVerdictForm(initial={"version": lead.version, "apply_to_members": True}),
            "may_apply": may_apply,
            "confirmed": confirmed,
        },
    )


@require_POST
@login_required
def claim_group_decide_view(request, pk: int, member: int, decision: str):
    if decision not in ("confirm", "reject"):
        raise Http404("Unknown decision.")
    _lead_or_404(pk)
    try:
        claim_group_decide(lead_id=pk, member_id=member, actor=request.user, confirm=decision == "confirm")
    except ClaimGroupMember.DoesNotExist as exc:
        raise Http404(str(exc)) from exc
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            f"Claim #{member} " + ("confirmed: the same claim." if decision == "confirm" else "rejected."),
        )
    return redirect("claim-group", pk=pk)


def _report(request, result) -> None:
    if result.applied:
        ids = ", ".join(f"#{pk}" for pk in result.applied)
        messages.success(request, f"Verdict given to {len(result.applied)} grouped claim(s): {ids}.")
    for pk, reason in result.skipped.items():
        messages.warning(request, f"Claim #{pk} left as it was: {reason}")


@require_POST
@login_required
def claim_group_verdict_view(request, pk: int):
    _lead_or_404(pk)
    form = GroupVerdictForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{field}: {' '.join(errors)}")
        return redirect("claim-group", pk=pk)
    try:
        result = claim_group_give_verdict(lead_id=pk, actor=request.user, **form.cleaned_data)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("claim-group", pk=pk)
    messages.success(request, "Verdict saved on the lead claim.")
    _report(request, result)
    return redirect("claim-group", pk=pk)


@require_POST
@login_required
def claim_group_apply_view(request, pk: int):
    _lead_or_404(pk)
    try:
        result = claim_group_apply_verdict(lead_id=pk, actor=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("claim-group", pk=pk)
    _report(request, result)
    if not result.applied and not result.skipped:
        messages.info(request, "No confirmed member is waiting for the verdict.")
    return redirect("claim-group", pk=pk)


@require_POST
@login_required
def claim_group_take_view(request, pk: int):
    """Take the lead claim from its group page (the same service as the claim page's Take)."""
    _lead_or_404(pk)
    try:
        claim_take(claim_id=pk, actor=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "You hold the lead claim: decide its group, then give the verdict.")
    return redirect("claim-group", pk=pk)
