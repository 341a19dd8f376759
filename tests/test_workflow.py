"""The review path through the services: transitions, leases, versions, four eyes, history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services
from claims.errors import Conflict, NotAllowed, StaleVersion, ValidationFailed
from claims.models import Claim, ClaimEvent, Correction
from claims.workflow import TRANSITIONS, Action, Status, TransitionError, transition_for

pytestmark = pytest.mark.django_db


def reviewed(claim, reviewer):
    claim = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk,
        actor=reviewer,
        verdict="mostly_true",
        rationale="The ministry's statement gives 1,960.",
        version=claim.version,
    )


def test_take_review_approve_path_writes_history_for_every_change(claim, reviewer, editor):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    assert taken.status == Status.IN_REVIEW and taken.assignee == reviewer
    assert taken.lease_expires_at > timezone.now()
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="true", rationale="Checked.", version=taken.version
    )
    assert done.status == Status.REVIEWED and done.reviewed_by == reviewer
    approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    assert approved.status == Status.APPROVED and approved.approved_by == editor
    actions = list(ClaimEvent.objects.filter(claim=claim).values_list("action", "from_status", "to_status"))
    assert [a[0] for a in actions if a[0] in Action.values] == ["take", "review", "approve"]
    assert ("review", "in_review", "reviewed") in actions
    verdict_event = ClaimEvent.objects.get(claim=claim, action="review")
    assert (verdict_event.from_verdict, verdict_event.to_verdict, verdict_event.actor) == (
        "",
        "true",
        reviewer,
    )
    assert approved.version == claim.version + 3


def test_only_one_reviewer_can_hold_a_claim(claim, reviewer, reviewer2):
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(Conflict, match="Being reviewed by reviewer"):
        services.claim_take(claim_id=claim.pk, actor=reviewer2)
    assert Claim.objects.get(pk=claim.pk).assignee == reviewer


def test_an_expired_lease_frees_the_claim_without_any_job(claim, reviewer, reviewer2):
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer2)
    assert taken.assignee == reviewer2
    assert "had expired" in ClaimEvent.objects.filter(claim=claim, action="take").last().note


def test_taking_again_renews_own_lease_without_history(claim, reviewer):
    first = services.claim_take(claim_id=claim.pk, actor=reviewer)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() + timedelta(minutes=1))
    again = services.claim_take(claim_id=claim.pk, actor=reviewer)
    assert again.lease_expires_at > timezone.now() + timedelta(minutes=20)
    assert ClaimEvent.objects.filter(claim=claim, action="take").count() == 1
    assert again.version == first.version


def test_stale_version_changes_nothing(claim, reviewer):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(StaleVersion):
        services.claim_give_verdict(
            claim_id=claim.pk, actor=reviewer, verdict="false", rationale="x", version=taken.version - 1
        )
    after = Claim.objects.get(pk=claim.pk)
    assert (after.status, after.verdict, after.version) == (Status.IN_REVIEW, "", taken.version)


def test_verdict_needs_a_known_verdict_and_a_rationale(claim, reviewer):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(ValidationFailed) as err:
        services.claim_give_verdict(
            claim_id=claim.pk, actor=reviewer, verdict="maybe", rationale=" ", version=taken.version
        )
    assert set(err.value.field_errors) == {"verdict", "rationale"}


def test_only_the_holder_gives_the_verdict(claim, reviewer, reviewer2, editor):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    for other in (reviewer2, editor):
        with pytest.raises(NotAllowed):
            services.claim_give_verdict(
                claim_id=claim.pk, actor=other, verdict="true", rationale="r", version=taken.version
            )


def test_four_eyes_editor_cannot_approve_own_review(claim, editor, editor2, settings):
    done = reviewed(claim, editor)
    with pytest.raises(NotAllowed, match="Four eyes"):
        services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    settings.FACTCHECK_ALLOW_SELF_APPROVAL = True
    assert (
        services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True).status
        == Status.APPROVED
    )


def test_editor_sends_back_to_the_reviewer_with_a_note(claim, reviewer, editor):
    done = reviewed(claim, reviewer)
    back = services.claim_send_back(claim_id=claim.pk, actor=editor, version=done.version, note="Source?")
    assert back.status == Status.IN_REVIEW and back.assignee == reviewer
    assert ClaimEvent.objects.filter(claim=claim, action="send_back", note="Source?").exists()


def test_correction_keeps_the_old_verdict_and_dates_the_change(claim, reviewer, editor, editor2):
    done = reviewed(claim, reviewer)
    approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    with pytest.raises(ValidationFailed):
        services.claim_reopen(claim_id=claim.pk, actor=editor, reason=" ")
    reopened = services.claim_reopen(
        claim_id=claim.pk, actor=editor, reason="New figures", version=approved.version
    )
    assert reopened.status == Status.IN_REVIEW and reopened.assignee == editor
    fixed = services.claim_give_verdict(
        claim_id=claim.pk, actor=editor, verdict="half_true", rationale="Revised.", version=reopened.version
    )
    final = services.claim_approve(claim_id=claim.pk, actor=editor2, version=fixed.version, force=True)
    correction = Correction.objects.get(claim=claim)
    assert (correction.old_verdict, correction.new_verdict) == ("mostly_true", "half_true")
    assert final.corrected_at is not None and correction.published_at is not None


@pytest.mark.parametrize(
    "action, status",
    [(a, s) for a, t in TRANSITIONS.items() for s in Status.values if s not in t.sources],
)
def test_every_illegal_transition_is_refused_with_a_message(action, status):
    with pytest.raises(TransitionError, match="Cannot"):
        transition_for(action, status)


def test_refused_transitions_through_services(claim, reviewer, editor):
    with pytest.raises(Conflict, match="Cannot approve a claim that is new"):
        services.claim_approve(claim_id=claim.pk, actor=editor, version=claim.version, force=True)
    with pytest.raises(Conflict):
        services.claim_send_back(claim_id=claim.pk, actor=editor, note="Source?")
    with pytest.raises(Conflict):
        services.claim_reopen(claim_id=claim.pk, actor=editor, reason="r")
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    services.claim_dismiss(claim_id=claim.pk, actor=reviewer, reason="opinion")
    with pytest.raises(Conflict):
        services.claim_take(claim_id=claim.pk, actor=reviewer)
    restored = services.claim_restore(claim_id=claim.pk, actor=editor)
    assert restored.status == Status.NEW
    assert list(
        ClaimEvent.objects.filter(claim=claim, action__in=["dismiss", "restore"]).values_list(
            "action", flat=True
        )
    ) == ["dismiss", "restore"]


def test_reviewer_cannot_dismiss_a_claim_someone_else_holds(claim, reviewer, reviewer2, editor):
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(NotAllowed):
        services.claim_dismiss(claim_id=claim.pk, actor=reviewer2, reason="opinion")
    assert (
        services.claim_dismiss(claim_id=claim.pk, actor=editor, reason="opinion").status == Status.DISMISSED
    )


def test_editor_breaks_a_lease_and_reassigns(claim, reviewer, reviewer2, editor, submitter):
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(NotAllowed):
        services.claim_release(claim_id=claim.pk, actor=reviewer2)
    moved = services.claim_reassign(claim_id=claim.pk, actor=editor, assignee=reviewer2)
    assert moved.assignee == reviewer2
    with pytest.raises(ValidationFailed):
        services.claim_reassign(claim_id=claim.pk, actor=editor, assignee=submitter)
    released = services.claim_release(claim_id=claim.pk, actor=editor)
    assert released.status == Status.NEW and released.assignee is None


def test_take_next_picks_the_highest_score_free_claim(article, reviewer, reviewer2):
    best = article.claims.order_by("-score", "created_at", "id").first()
    first = services.claim_take_next(actor=reviewer)
    second = services.claim_take_next(actor=reviewer2)
    assert first.pk == best.pk
    assert second.pk != first.pk
    assert second.score <= first.score


def test_take_next_returns_none_when_nothing_is_free(article, reviewer, editor):
    for c in article.claims.all():
        services.claim_dismiss(claim_id=c.pk, actor=editor, reason="out_of_scope")
    assert services.claim_take_next(actor=reviewer) is None


# --- Dismissal and send-back say why ---------------------------------------------------------


def test_a_dismissal_needs_a_reason_and_records_it(claim, reviewer, editor):
    with pytest.raises(ValidationFailed) as err:
        services.claim_dismiss(claim_id=claim.pk, actor=editor)
    assert err.value.field_errors == {"reason": ["A dismissal needs a reason."]}
    with pytest.raises(ValidationFailed) as err:
        services.claim_dismiss(claim_id=claim.pk, actor=editor, reason="other", note="  ")
    assert "note" in err.value.field_errors
    with pytest.raises(ValidationFailed):
        services.claim_dismiss(claim_id=claim.pk, actor=editor, reason="boring")
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW
    services.claim_dismiss(claim_id=claim.pk, actor=editor, reason="duplicate", note="Same as #12.")
    assert (
        ClaimEvent.objects.get(claim=claim, action="dismiss").note
        == "Duplicate of another claim: Same as #12."
    )


def test_a_reviewer_dismisses_only_a_claim_they_hold(claim, reviewer, reviewer2, editor):
    with pytest.raises(NotAllowed, match="Take the claim first"):
        services.claim_dismiss(claim_id=claim.pk, actor=reviewer, reason="opinion")
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(NotAllowed, match="held by reviewer"):  # a lapsed lease is not a licence
        services.claim_dismiss(claim_id=claim.pk, actor=reviewer2, reason="opinion")
    assert (
        services.claim_dismiss(claim_id=claim.pk, actor=reviewer, reason="not_a_claim").status == "dismissed"
    )


def test_a_send_back_needs_a_note(claim, reviewer, editor):
    done = reviewed(claim, reviewer)
    with pytest.raises(ValidationFailed) as err:
        services.claim_send_back(claim_id=claim.pk, actor=editor, version=done.version, note=" ")
    assert err.value.field_errors == {"note": ["A send-back needs a note for the reviewer."]}
    assert Claim.objects.get(pk=claim.pk).status == Status.REVIEWED


def test_take_next_follows_the_queue_order(article, reviewer):
    """claim_take_next takes what the queue shows first (selectors.queue_order, "priority")."""
    from claims.selectors import free_claims, queue_order

    claims = list(article.claims.order_by("position")[:3])
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(score=0.99)  # a tie: age decides
    Claim.objects.filter(pk=claims[2].pk).update(created_at=timezone.now() - timedelta(days=1))
    expected = queue_order(free_claims(), "priority").first()
    assert expected.pk == claims[2].pk
    assert services.claim_take_next(actor=reviewer).pk == expected.pk


# --- The buttons a page offers are exactly what the services accept --------------------------


class _Rollback(Exception):
    pass


def _service_call(action: str, claim_id: int, user, other):
    calls = {
        "take": lambda: services.claim_take(claim_id=claim_id, actor=user),
        "release": lambda: services.claim_release(claim_id=claim_id, actor=user),
        "review": lambda: services.claim_give_verdict(
            claim_id=claim_id, actor=user, verdict="false", rationale="Checked.", version=None
        ),
        "approve": lambda: services.claim_approve(claim_id=claim_id, actor=user, version=None, force=True),
        "send_back": lambda: services.claim_send_back(claim_id=claim_id, actor=user, note="Source?"),
        "dismiss": lambda: services.claim_dismiss(claim_id=claim_id, actor=user, reason="opinion"),
        "restore": lambda: services.claim_restore(claim_id=claim_id, actor=user),
        "reopen": lambda: services.claim_reopen(claim_id=claim_id, actor=user, reason="New figures"),
        "reassign": lambda: services.claim_reassign(claim_id=claim_id, actor=user, assignee=other),
    }
    return calls[action]


def _accepted(call) -> bool:
    """Run the service in a savepoint and roll it back: did it accept?"""
    from django.db import transaction

    try:
        with transaction.atomic():
            call()
            raise _Rollback
    except _Rollback:
        return True
    except (NotAllowed, Conflict):
        return False


def _set_state(claim, *, status, user, other, own_review, holder, lease_active):
    now = timezone.now()
    assignee = {"me": user, "other": other, "nobody": None}[holder]
    has_verdict = status in (Status.REVIEWED, Status.APPROVED)
    Claim.objects.filter(pk=claim.pk).update(
        status=status,
        assignee=assignee,
        taken_at=now if assignee else None,
        lease_expires_at=(now + timedelta(minutes=10) if lease_active else now - timedelta(minutes=1))
        if assignee
        else None,
        verdict="true" if has_verdict else "",
        rationale="The ministry's figures." if has_verdict else "",
        reviewed_by=(user if own_review else other) if has_verdict else None,
        approved_by=other if status == Status.APPROVED else None,
    )
    return Claim.objects.select_related("assignee").get(pk=claim.pk)


@pytest.mark.parametrize("role", ["submitter", "reviewer", "editor", "outsider"])
@pytest.mark.parametrize("status", Status.values)
def test_offered_actions_are_exactly_those_the_services_accept(role, status, request, claim, editor2):
    """Every role × status × (own review or not) × (holder: me, someone else, nobody) ×
    (lease active or not): claim_actions offers an action if and only if its service accepts
    it. The holder's own "take" renews the lease and is not a button."""
    from claims.permissions import claim_actions, holds

    user = request.getfixturevalue(role)
    disagreements = []
    for own_review in (False, True):
        for holder in ("me", "other", "nobody"):
            for lease_active in (True, False):
                state = _set_state(
                    claim,
                    status=status,
                    user=user,
                    other=editor2,
                    own_review=own_review,
                    holder=holder,
                    lease_active=lease_active,
                )
                offered = set(claim_actions(user, state))
                for action in Action.values:
                    accepted = _accepted(_service_call(action, claim.pk, user, editor2))
                    if action == Action.TAKE and holds(user, state):
                        assert action not in offered  # a renewal, not a button
                        continue
                    if accepted != (action in offered):
                        disagreements.append((own_review, holder, lease_active, action, accepted))
    assert not disagreements, f"{role} on a {status} claim (own review, holder, lease, action, accepted)"


@pytest.mark.parametrize("role", ["submitter", "reviewer", "editor", "outsider"])
def test_the_page_offers_corroboration_forms_exactly_when_the_service_accepts(role, request, claim, editor2):
    """The claim page shows the stance forms if and only if corroboration_resolve accepts them."""
    from django.test import Client

    user = request.getfixturevalue(role)
    client = Client()
    client.force_login(user)
    item = claim.corroborations.first()
    for status in Status.values:
        for holder in ("me", "other", "nobody"):
            _set_state(
                claim,
                status=status,
                user=user,
                other=editor2,
                own_review=False,
                holder=holder,
                lease_active=True,
            )
            page = client.get(f"/claims/{claim.pk}/")
            shown = f"/claims/{claim.pk}/corroboration/{item.pk}/" in page.content.decode()
            accepted = _accepted(
                lambda: services.corroboration_resolve(
                    corroboration_id=item.pk, claim_id=claim.pk, actor=user, stance="supports"
                )
            )
            assert shown == accepted, (role, status, holder, shown, accepted)
