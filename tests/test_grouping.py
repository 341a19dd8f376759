"""Same claim, many articles: proposal in the worker, confirm/reject, the group verdict, the
queue's one row per group (page and API), and who may do what."""

from __future__ import annotations

import pytest

from claims.errors import Conflict, NotAllowed
from claims.models import Claim, ClaimEvent, ClaimGroupMember
from claims.services import article_submit, claim_release, claim_take
from claims.services.grouping import (
    claim_group_apply_verdict,
    claim_group_decide,
    claim_group_give_verdict,
    claim_group_propose,
)
from claims.workflow import Status

WIRE = "The city council approved a budget of 40 million euros for new bicycle lanes on Tuesday."
OTHER = "Unemployment in the region fell to 4.2 percent last year, according to the statistics office."
State = ClaimGroupMember.State


@pytest.fixture
def grouping_on(settings):
    settings.FACTCHECK_GROUPING_WINDOW = 2000


def submit(user, title: str, body: str, capture):
    with capture(execute=True):
        return article_submit(submitted_by=user, title=title, body=body).article


def claim_of(article, text: str) -> Claim:
    return next(c for c in article.claims.all() if text[:30] in c.text)


@pytest.fixture
def wire(grouping_on, submitter, django_capture_on_commit_callbacks):
    """The same wire sentence in three outlets' articles, and an unrelated claim."""
    cap = django_capture_on_commit_callbacks
    first = submit(submitter, "Outlet one", f"{WIRE} {OTHER}", cap)
    second = submit(submitter, "Outlet two", f"Local news. {WIRE}", cap)
    third = submit(submitter, "Outlet three", f"{WIRE} The mayor was not available for comment.", cap)
    return claim_of(first, WIRE), claim_of(second, WIRE), claim_of(third, WIRE), claim_of(first, OTHER)


def test_a_repeated_claim_is_proposed_into_the_first_ones_group(wire):
    lead, second, third, other = wire
    rows = ClaimGroupMember.objects.order_by("member_id")
    assert [(m.lead_id, m.member_id, m.state) for m in rows] == [
        (lead.pk, second.pk, State.PROPOSED),
        (lead.pk, third.pk, State.PROPOSED),
    ]
    assert rows[0].cosine > 0.9
    assert not ClaimGroupMember.objects.filter(member=other).exists()
    assert claim_group_propose(claim_id=second.pk).pk == rows[0].pk  # idempotent


def test_different_claims_are_not_grouped(grouping_on, submitter, django_capture_on_commit_callbacks):
    cap = django_capture_on_commit_callbacks
    submit(submitter, "One", WIRE, cap)
    submit(submitter, "Two", OTHER, cap)
    assert not ClaimGroupMember.objects.exists()


def test_grouping_is_off_when_the_window_is_zero(settings, submitter, django_capture_on_commit_callbacks):
    settings.FACTCHECK_GROUPING_WINDOW = 0
    cap = django_capture_on_commit_callbacks
    submit(submitter, "One", WIRE, cap)
    submit(submitter, "Two", f"Intro. {WIRE}", cap)
    assert not ClaimGroupMember.objects.exists()


def test_only_the_leads_holder_or_an_editor_decides(wire, reviewer, reviewer2, editor):
    lead, second, third, _ = wire
    with pytest.raises(NotAllowed):
        claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=reviewer, confirm=True)
    claim_take(claim_id=lead.pk, actor=reviewer)
    with pytest.raises(NotAllowed):
        claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=reviewer2, confirm=True)
    assert (
        claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=reviewer, confirm=True).state
        == "confirmed"
    )
    m = claim_group_decide(lead_id=lead.pk, member_id=third.pk, actor=editor, confirm=False)
    assert (m.state, m.decided_by) == (State.REJECTED, editor)


def test_each_decision_is_in_both_claims_history(wire, editor):
    lead, second, third, _ = wire
    claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=editor, confirm=True)
    claim_group_decide(lead_id=lead.pk, member_id=third.pk, actor=editor, confirm=False)

    def decisions(claim):
        return list(
            ClaimEvent.objects.filter(claim=claim, action__startswith="group_")
            .order_by("id")
            .values_list("action", "actor__username", "note")
        )

    assert decisions(second) == [("group_confirmed", "editor", f"The same claim as claim #{lead.pk}.")]
    assert decisions(third) == [("group_rejected", "editor", f"Not the same claim as claim #{lead.pk}.")]
    assert [note for _, _, note in decisions(lead)] == [
        f"The same claim as claim #{second.pk}.",
        f"Not the same claim as claim #{third.pk}.",
    ]


def test_confirming_a_member_of_another_live_group_conflicts(wire, editor):
    lead, second, third, other = wire
    ClaimGroupMember.objects.create(lead=other, member=second, state=State.REJECTED)
    claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=editor, confirm=True)
    with pytest.raises(Conflict):
        claim_group_decide(lead_id=other.pk, member_id=second.pk, actor=editor, confirm=True)


def test_the_group_verdict_reaches_each_confirmed_member_with_its_own_history(wire, reviewer):
    lead, second, third, _ = wire
    claim_take(claim_id=lead.pk, actor=reviewer)
    claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=reviewer, confirm=True)
    claim_group_decide(lead_id=lead.pk, member_id=third.pk, actor=reviewer, confirm=False)
    lead.refresh_from_db()
    result = claim_group_give_verdict(
        lead_id=lead.pk,
        actor=reviewer,
        verdict="false",
        rationale="The budget is 4 million.",
        version=lead.version,
    )
    assert result.applied == [second.pk] and result.skipped == {}
    for c in (lead, second):
        c.refresh_from_db()
        assert (c.status, c.verdict, c.reviewed_by) == (Status.REVIEWED, "false", reviewer)
        assert ClaimEvent.objects.filter(claim=c, action="review").count() == 1
    assert ClaimEvent.objects.filter(claim=second, action="take").get().note.startswith("Taken to give it")
    third.refresh_from_db()
    assert (third.status, third.verdict) == (Status.NEW, "")  # rejected: untouched


def test_a_member_held_by_someone_else_is_left_to_them(wire, reviewer, reviewer2):
    lead, second, _, _ = wire
    claim_take(claim_id=lead.pk, actor=reviewer)
    claim_group_decide(lead_id=lead.pk, member_id=second.pk, actor=reviewer, confirm=True)
    claim_take(claim_id=second.pk, actor=reviewer2)
    result = claim_group_give_verdict(
        lead_id=lead.pk, actor=reviewer, verdict="true", rationale="Confirmed by the minutes.", version=None
    )
    assert result.applied == [] and "reviewer2" in result.skipped[second.pk]
    second.refresh_from_db()
    assert (second.status, second.assignee, second.verdict) == (Status.IN_REVIEW, reviewer2, "")
    claim_release(claim_id=second.pk, actor=reviewer2)
    assert claim_group_apply_verdict(lead_id=lead.pk, actor=reviewer).applied == [second.pk]
    second.refresh_from_db()
    assert second.verdict == "true"


def test_the_queue_shows_one_row_per_group_with_n_more(wire, reviewer, client):
    lead, second, third, other = wire
    client.force_login(reviewer)
    html = client.get("/").content.decode()
    assert html.count(WIRE) == 1 and "+2 more" in html and f"/claims/{lead.pk}/group/" in html
    claim_group_decide(lead_id=lead.pk, member_id=third.pk, actor=_editor(), confirm=False)
    html = client.get("/").content.decode()
    assert html.count(WIRE) == 2 and "+1 more" in html  # the rejected one is back on its own row


def _editor():
    from claims.permissions import EDITOR
    from tests.conftest import make_user

    return make_user("editor-x", EDITOR)


def test_the_api_list_has_one_row_per_group(wire, reviewer, api):
    lead, second, third, other = wire
    rows = api(reviewer).get("/api/claims/", {"page_size": 100}).json()["results"]
    ids = {r["id"]: r for r in rows}
    assert lead.pk in ids and second.pk not in ids and third.pk not in ids
    assert ids[lead.pk]["group_more"] == 2 and ids[other.pk]["group_more"] == 0


def test_the_api_group_roles_and_errors(wire, reviewer, submitter, outsider, editor, api):
    lead, second, third, _ = wire
    got = api(reviewer).get(f"/api/claims/{lead.pk}/group/").json()
    assert [m["claim"]["id"] for m in got["members"]] == [second.pk, third.pk]
    assert api(second and reviewer).get(f"/api/claims/{second.pk}/group/").json()["member_of"] == lead.pk
    assert api(outsider).get(f"/api/claims/{lead.pk}/group/").status_code == 403
    url = f"/api/claims/{lead.pk}/group/{second.pk}/confirm/"
    assert api(submitter).post(url).status_code == 403
    assert api(reviewer).post(url).status_code == 403  # not holding the lead
    assert api(editor).post(url).json()["state"] == "confirmed"
    assert api(editor).post(f"/api/claims/{lead.pk}/group/{lead.pk}/reject/").status_code == 404
    assert api(editor).post(f"/api/claims/999999/group/{second.pk}/reject/").status_code == 404
    verdict = f"/api/claims/{lead.pk}/group/verdict/"
    assert api(reviewer).post(verdict, {"verdict": "nope"}, format="json").status_code == 400
    assert api(reviewer).post(
        verdict, {"verdict": "false", "rationale": "x", "version": 1}, format="json"
    ).status_code in (403, 409)
    assert api(reviewer).post(f"/api/claims/{lead.pk}/take/", {}, format="json").status_code == 200
    version = Claim.objects.get(pk=lead.pk).version
    body = {"verdict": "false", "rationale": "Wrong figure.", "version": version}
    answer = api(reviewer).post(verdict, body, format="json")
    assert answer.status_code == 200, answer.content
    assert answer.json()["applied"] == [second.pk] and answer.json()["lead"]["status"] == "reviewed"


def test_the_group_page(wire, reviewer, client):
    lead, second, third, _ = wire
    client.force_login(reviewer)
    page = client.get(f"/claims/{lead.pk}/group/").content.decode()
    assert "Take the lead claim" in page and "Confirm same claim" not in page
    claim_take(claim_id=lead.pk, actor=reviewer)
    page = client.get(f"/claims/{lead.pk}/group/").content.decode()
    assert "Confirm same claim" in page and "group-verdict-form" in page
    client.post(f"/claims/{lead.pk}/group/{second.pk}/confirm/")
    assert ClaimGroupMember.objects.get(member=second).state == State.CONFIRMED
    lead.refresh_from_db()
    client.post(
        f"/claims/{lead.pk}/group/verdict/",
        {"verdict": "false", "rationale": "Wrong.", "version": lead.version, "apply_to_members": "on"},
    )
    second.refresh_from_db()
    assert second.verdict == "false"
    assert client.post(f"/claims/{lead.pk}/group/{second.pk}/maybe/").status_code == 404
