"""Bulk actions: editors dismiss, assign or send back several claims; each claim goes through its
own service with its own history event, and refusals are reported claim by claim."""

from __future__ import annotations

import pytest

from claims import services
from claims.models import Claim, ClaimEvent
from claims.services.bulk import BULK_MAX
from tests.desk_fixtures import light_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(submitter, seed_text):
    return light_article(submitter, seed_text)


def bulk(client, **body):
    return client.post("/api/claims/bulk/", body, format="json")


def reviewed(claim, reviewer):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="true", rationale="Checked.", version=taken.version
    )


def test_editor_dismisses_several_claims_each_with_its_own_history(api, editor, article):
    ids = list(article.claims.order_by("position").values_list("pk", flat=True)[:3])
    response = bulk(api(editor), action="dismiss", ids=ids, note="Out of scope")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["succeeded"] == 3 and data["failed"] == 0
    assert [r["id"] for r in data["results"]] == ids and all(
        r["status"] == "dismissed" for r in data["results"]
    )
    events = ClaimEvent.objects.filter(claim_id__in=ids, action="dismiss", note="Out of scope", actor=editor)
    assert sorted(events.values_list("claim_id", flat=True)) == sorted(ids)


def test_refusals_are_reported_per_claim_and_the_others_go_through(api, editor, reviewer, article):
    first, second, third = article.claims.order_by("position")[:3]
    services.claim_dismiss(claim_id=second.pk, actor=editor, reason="duplicate")
    response = bulk(
        api(editor), action="dismiss", reason="opinion", ids=[first.pk, second.pk, 999999, third.pk, first.pk]
    )
    data = response.json()
    assert response.status_code == 200 and data["succeeded"] == 2 and data["failed"] == 2
    results = {r["id"]: r for r in data["results"]}
    assert list(results) == [first.pk, second.pk, 999999, third.pk]  # in order, once each
    assert results[first.pk]["ok"] and results[third.pk]["ok"]
    assert results[second.pk]["code"] == "conflict" and "dismissed" in results[second.pk]["error"]
    assert results[999999] == {
        "id": 999999,
        "ok": False,
        "status": "",
        "error": "No such claim.",
        "code": "not_found",
    }
    assert Claim.objects.filter(pk__in=[first.pk, third.pk], status="dismissed").count() == 2


def test_assign_gives_each_claim_to_the_reviewer(api, editor, reviewer, reviewer2, article):
    ids = list(article.claims.order_by("position").values_list("pk", flat=True)[:2])
    services.claim_take(claim_id=ids[0], actor=reviewer2)
    data = bulk(api(editor), action="assign", ids=ids, assignee="reviewer").json()
    assert data["succeeded"] == 2
    assert set(Claim.objects.filter(pk__in=ids).values_list("assignee__username", "status")) == {
        ("reviewer", "in_review")
    }
    assert ClaimEvent.objects.filter(claim_id__in=ids, action="reassign").count() == 2


def test_assign_needs_a_reviewer_or_an_editor(api, editor, submitter, claim):
    for assignee in ("", "nobody-by-that-name", submitter.username):
        response = bulk(api(editor), action="assign", ids=[claim.pk], assignee=assignee)
        assert response.status_code == 400 and "assignee" in response.json(), assignee
    assert not ClaimEvent.objects.filter(action="reassign").exists()


def test_send_back_returns_reviewed_claims_and_refuses_the_others(api, editor, reviewer, article):
    first, second = article.claims.order_by("position")[:2]
    reviewed(first, reviewer)
    data = bulk(api(editor), action="send_back", ids=[first.pk, second.pk], note="Source?").json()
    results = {r["id"]: r for r in data["results"]}
    assert results[first.pk]["ok"] and results[first.pk]["status"] == "in_review"
    assert (
        not results[second.pk]["ok"] and "Cannot send back a claim that is new" in results[second.pk]["error"]
    )
    assert Claim.objects.get(pk=first.pk).assignee == reviewer


def test_only_editors_act_in_bulk(api, submitter, reviewer, claim):
    for user in (submitter, reviewer):
        response = bulk(api(user), action="dismiss", ids=[claim.pk])
        assert response.status_code == 403
        response = bulk(api(user), action="bogus", ids=[])
        assert response.status_code == 403  # the role is checked before the input
    assert Claim.objects.get(pk=claim.pk).status == "new"


@pytest.mark.parametrize(
    "body, field",
    [
        ({"action": "explode", "ids": [1]}, "action"),
        ({"action": "dismiss", "ids": []}, "ids"),
        ({"action": "dismiss", "ids": ["one"]}, "ids"),
        ({"action": "dismiss", "ids": list(range(1, BULK_MAX + 2))}, "ids"),
        ({"action": "dismiss"}, "ids"),
    ],
)
def test_bad_input_is_400_with_field_messages(api, editor, body, field):
    response = bulk(api(editor), **body)
    assert response.status_code == 400 and field in response.json()


@pytest.mark.parametrize(
    "body, field, message",
    [
        ({"action": "dismiss"}, "reason", "A dismissal needs a reason."),
        ({"action": "dismiss", "reason": "other"}, "note", "A dismissal needs a reason."),
        ({"action": "dismiss", "reason": "bored"}, "reason", "Choose one of: opinion"),
        ({"action": "send_back"}, "note", "A send-back needs a note for the reviewer."),
    ],
)
def test_a_bulk_dismissal_needs_a_reason_and_a_send_back_a_note(api, editor, claim, body, field, message):
    response = bulk(api(editor), ids=[claim.pk], **body)
    assert response.status_code == 400 and message in response.json()[field][0]
    assert not ClaimEvent.objects.filter(action__in=["dismiss", "send_back"]).exists()


def test_a_bulk_dismissal_records_the_reason_in_each_history(api, editor, article):
    ids = list(article.claims.order_by("position").values_list("pk", flat=True)[:2])
    data = bulk(api(editor), action="dismiss", ids=ids, reason="not_a_claim", note="A question").json()
    assert data["succeeded"] == 2
    notes = set(ClaimEvent.objects.filter(claim_id__in=ids, action="dismiss").values_list("note", flat=True))
    assert notes == {"Not a claim: A question"}


def test_queue_page_has_checkboxes_and_an_action_bar_for_editors_only(client, reviewer, editor, claim):
    client.force_login(reviewer)
    page = client.get("/").content.decode()
    assert 'form="bulk-form"' not in page and 'id="bulk-form"' not in page
    client.force_login(editor)
    page = client.get("/", {"min_score": "0.1"}).content.decode()
    assert f'name="ids" value="{claim.pk}" form="bulk-form"' in page
    assert 'id="bulk-form"' in page and 'name="next" value="min_score=0.1&amp;' in page


def test_the_action_bar_reports_which_claims_failed_and_why(client, editor, reviewer, article):
    first, second = article.claims.order_by("position")[:2]
    services.claim_dismiss(claim_id=second.pk, actor=editor, reason="duplicate")
    client.force_login(editor)
    response = client.post(
        "/claims/bulk/",
        {
            "action": "dismiss",
            "reason": "opinion",
            "ids": [first.pk, second.pk],
            "next": "min_score=0.2&sort=age",
        },
        follow=True,
    )
    assert response.redirect_chain == [("/?min_score=0.2&sort=age", 302)]
    text = response.content.decode()
    assert "Dismiss: done for 1 claim(s)." in text
    assert f"1 claim(s) refused. #{second.pk}: Cannot dismiss a claim that is dismissed" in text
    assert Claim.objects.get(pk=first.pk).status == "dismissed"


def test_the_action_bar_refuses_bad_input_and_other_roles(client, editor, reviewer, claim):
    client.force_login(editor)
    assert client.post("/claims/bulk/", {"action": "dismiss"}).status_code == 400
    response = client.post("/claims/bulk/", {"action": "assign", "ids": [claim.pk]})
    assert response.status_code == 400 and "Choose the reviewer" in response.content.decode()
    assert client.post("/claims/bulk/", {"action": "dismiss", "ids": ["x<b>"]}).status_code == 400
    # The service is the one judge: the page's form only parses, and says what the service said.
    no_reason = client.post("/claims/bulk/", {"action": "dismiss", "ids": [claim.pk]})
    assert (
        no_reason.status_code == 400 and "Reason: A dismissal needs a reason." in no_reason.content.decode()
    )
    too_many = client.post(
        "/claims/bulk/", {"action": "dismiss", "reason": "opinion", "ids": range(1, BULK_MAX + 2)}
    )
    assert too_many.status_code == 400 and f"At most {BULK_MAX} claims at once" in too_many.content.decode()
    unknown = client.post("/claims/bulk/", {"action": "explode", "ids": [claim.pk]})
    assert (
        unknown.status_code == 400
        and "Choose one of: dismiss, assign, send_back." in unknown.content.decode()
    )
    client.force_login(reviewer)
    assert client.post("/claims/bulk/", {"action": "dismiss", "ids": [claim.pk]}).status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == "new"
