"""An approval that knows what is missing: open check items or no evidence are listed, and the
editor confirms (force) or completes the checks first; service, page and API read one rule."""

from __future__ import annotations

import pytest
from django.test import Client

from claims import services
from claims.errors import ApprovalGaps
from claims.models import Claim, ClaimEvent, Corroboration
from claims.selectors import claim_approval_gaps

pytestmark = pytest.mark.django_db


def reviewed(claim, reviewer):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk,
        actor=reviewer,
        verdict="false",
        rationale="The report says otherwise.",
        version=taken.version,
    )


def test_open_items_and_no_evidence_are_listed_in_words(claim):
    items = list(claim.corroborations.all())
    assert items and all(c.state == "open" for c in items)
    gaps = claim_approval_gaps(claim_id=claim.pk)
    assert gaps[0].startswith(f"{len(items)} check item")
    assert "Source" in gaps[0] and "check_" not in gaps[0]
    assert gaps[1].startswith("no evidence recorded")


def test_a_done_item_with_a_finding_is_evidence_and_closing_all_leaves_no_gap(claim):
    Corroboration.objects.filter(claim=claim).update(state="done", note="Ministry statement, 3 March.")
    assert claim_approval_gaps(claim_id=claim.pk) == []
    Corroboration.objects.filter(claim=claim).update(note="", stance="unknown", url="")
    assert claim_approval_gaps(claim_id=claim.pk) == [
        "no evidence recorded (no evidence added, no check done with a finding, "
        "no earlier fact check confirmed)"
    ]


def test_the_service_refuses_until_forced_and_history_says_what_was_skipped(claim, reviewer, editor):
    done = reviewed(claim, reviewer)
    with pytest.raises(ApprovalGaps) as refused:
        services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version)
    assert refused.value.status_code == 409 and refused.value.missing == claim_approval_gaps(
        claim_id=claim.pk
    )
    assert Claim.objects.get(pk=claim.pk).status == "reviewed"
    approved = services.claim_approve(
        claim_id=claim.pk, actor=editor, version=done.version, note="Urgent.", force=True
    )
    assert approved.status == "approved"
    note = ClaimEvent.objects.get(claim=claim, action="approve").note
    assert note.startswith("Urgent.\nApproved without: ") and "no evidence recorded" in note


def test_a_fully_checked_claim_is_approved_without_confirmation(claim, reviewer, editor):
    done = reviewed(claim, reviewer)
    Corroboration.objects.filter(claim=claim).update(state="done", stance="refutes", note="Ministry figures.")
    approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version)
    assert approved.status == "approved"
    assert ClaimEvent.objects.get(claim=claim, action="approve").note == ""


def test_other_refusals_come_before_the_gaps(claim, reviewer, editor):
    # Not reviewed yet: the workflow's refusal, not a confirmation request.
    with pytest.raises(Exception) as refused:
        services.claim_approve(claim_id=claim.pk, actor=editor, version=claim.version)
    assert not isinstance(refused.value, ApprovalGaps)


def test_the_page_lists_the_gaps_then_asks_to_confirm(claim, reviewer, editor):
    done = reviewed(claim, reviewer)
    client = Client()
    client.force_login(editor)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="approval-gaps"' in page and "Before approving:" in page
    response = client.post(f"/claims/{claim.pk}/act/approve/", {"version": done.version})
    assert response.status_code == 302 and response["Location"] == f"/claims/{claim.pk}/"
    assert Claim.objects.get(pk=claim.pk).status == "reviewed"
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="approval-warning"' in page and "Approve anyway" in page and "No evidence recorded" in page
    assert 'id="approval-warning"' not in client.get(f"/claims/{claim.pk}/").content.decode()  # asked once
    client.post(f"/claims/{claim.pk}/act/approve/", {"version": done.version, "force": "on"})
    assert Claim.objects.get(pk=claim.pk).status == "approved"
    assert "Approved without:" in ClaimEvent.objects.get(claim=claim, action="approve").note
