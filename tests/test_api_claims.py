"""GET/POST /api/claims/…: filters, actions, roles, 409 on stale versions, ClaimReview."""

from __future__ import annotations

import pytest

from claims.models import Claim, ClaimEvent
from claims.workflow import Status

pytestmark = pytest.mark.django_db


def act(client, claim_id, action, **data):
    return client.post(f"/api/claims/{claim_id}/{action}/", data, format="json")


def test_list_is_ordered_by_score_then_age_and_paginated(api, reviewer, article):
    data = api(reviewer).get("/api/claims/").json()
    scores = [c["score"] for c in data["results"]]
    assert scores == sorted(scores, reverse=True)
    assert data["count"] == article.claims.count()


def test_filters(api, reviewer, reviewer2, article):
    client = api(reviewer)
    top = article.claims.order_by("-score").first()
    act(client, top.pk, "take")
    mine = client.get("/api/claims/", {"assignee": "me"}).json()
    assert [c["id"] for c in mine["results"]] == [top.pk]
    assert client.get("/api/claims/", {"assignee": "reviewer"}).json()["count"] == 1
    assert client.get("/api/claims/", {"assignee": "none"}).json()["count"] == article.claims.count() - 1
    assert api(reviewer2).get("/api/claims/", {"assignee": "me"}).json()["count"] == 0
    assert client.get("/api/claims/", {"status": "in_review"}).json()["count"] == 1
    high = client.get("/api/claims/", {"min_score": 0.5}).json()
    assert all(c["score"] >= 0.5 for c in high["results"])
    found = client.get("/api/claims/", {"q": "servicemen"}).json()
    assert found["count"] >= 1 and all("servicemen" in c["text"] for c in found["results"])
    assert client.get("/api/claims/", {"article": article.pk}).json()["count"] == article.claims.count()
    assert client.get("/api/claims/", {"status": "bogus"}).status_code == 400
    assert client.get("/api/claims/", {"min_score": "high"}).status_code == 400


@pytest.mark.parametrize(
    "path, params, message",
    [
        (
            "/api/claims/",
            {"speaker": "Ruiz"},
            "did you mean q (it searches the claim's text and its speaker)?",
        ),
        ("/api/claims/", {"ordering": "-score", "page_size": 5}, "did you mean sort?"),
        ("/api/claims/", {"stauts": "new"}, "the parameters are "),
        ("/api/articles/", {"search": "ferry"}, "did you mean q?"),
        ("/api/exports/claims.csv", {"speaker": "Ruiz"}, "did you mean q (it searches"),
    ],
)
def test_an_unknown_query_parameter_is_400_naming_it_not_ignored(api, editor, article, path, params, message):
    # Ignored, it answered (or exported) every claim while the client believed them filtered.
    response = api(editor).get(path, params)
    assert response.status_code == 400, response.content
    (name,) = set(params) - {"page_size"}
    assert message in response.json()[name][0]
    assert "page_size" not in response.json()


def test_pagination_and_format_are_known_parameters(api, editor, article):
    client = api(editor)
    response = client.get("/api/claims/", {"page": 1, "page_size": 2, "format": "json", "sort": "newest"})
    assert response.status_code == 200 and len(response.json()["results"]) == 2


def test_text_search_reads_the_claim_and_its_speaker_not_the_article_title(
    api, reviewer, submitter, django_capture_on_commit_callbacks
):
    # The queue's search box says "words in the claim, a speaker". On SQLite it once read the
    # article's title too, so the same search found claims in `make run` and none on PostgreSQL.
    from claims.services import article_submit

    with django_capture_on_commit_callbacks(execute=True):
        article_submit(
            submitted_by=submitter,
            title="Harbourside weekly bulletin",
            body="Bus fares will rise by 5% in March, the mayor said. Ferry fares rose 12% in 2025, "
            "the regulator said.",
            url="https://example.com/news/fares",
            publisher="Example News",
        )
    client = api(reviewer)

    def found(q):
        return sorted(c["text"][:9] for c in client.get("/api/claims/", {"q": q}).json()["results"])

    assert found("Harbourside") == []
    assert found("regulator") == ["Ferry far"]
    assert found("fares") == ["Bus fares", "Ferry far"]


def test_detail_has_corroborations_history_and_version(api, reviewer, claim):
    data = api(reviewer).get(f"/api/claims/{claim.pk}/").json()
    assert data["version"] == claim.version
    assert data["corroboration_state"] == "done"
    assert {c["provider"] for c in data["corroborations"]} == {"attribution", "checklist"}
    assert [h["action"] for h in data["history"]][:1] == ["created"]
    assert api(reviewer).get("/api/claims/999999/").status_code == 404


def test_full_path_over_the_api_and_claimreview(api, reviewer, editor, claim):
    r, e = api(reviewer), api(editor)
    assert r.get(f"/api/claims/{claim.pk}/claimreview/").status_code == 409
    taken = act(r, claim.pk, "take").json()
    reviewed = act(
        r, claim.pk, "review", verdict="mostly_false", rationale="Only 1,960.", version=taken["version"]
    )
    assert reviewed.status_code == 200, reviewed.content
    # Its check items are open and no evidence is recorded: the approval says so and waits.
    refused = act(e, claim.pk, "approve", version=reviewed.json()["version"])
    assert refused.status_code == 409 and refused.json()["code"] == "approval_gaps", refused.content
    assert any("still open" in m for m in refused.json()["missing"])
    assert any("no evidence" in m for m in refused.json()["missing"])
    assert Claim.objects.get(pk=claim.pk).status == "reviewed"
    assert act(e, claim.pk, "approve", version=reviewed.json()["version"], force="yes").status_code == 400
    approved = act(e, claim.pk, "approve", version=reviewed.json()["version"], force=True)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    note = ClaimEvent.objects.filter(claim=claim, action="approve").get().note
    assert note.startswith("Approved without:") and "still open" in note
    review = r.get(f"/api/claims/{claim.pk}/claimreview/")
    assert review.status_code == 200
    assert review["Content-Type"].startswith("application/ld+json")
    data = review.json()
    assert data["@type"] == "ClaimReview" and data["claimReviewed"] == claim.text
    assert data["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly false",
    }
    assert data["itemReviewed"]["appearance"][0]["url"] == "https://example.com/news/ceasefire"
    assert data["author"]["@type"] == "Organization"
    assert data["datePublished"]


def test_stale_version_is_409_and_nothing_changes(api, reviewer, claim):
    client = api(reviewer)
    taken = act(client, claim.pk, "take").json()
    response = act(client, claim.pk, "review", verdict="true", rationale="r", version=taken["version"] + 5)
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    fresh = Claim.objects.get(pk=claim.pk)
    assert fresh.status == Status.IN_REVIEW and fresh.verdict == ""


def test_missing_version_or_verdict_is_400(api, reviewer, claim):
    client = api(reviewer)
    act(client, claim.pk, "take")
    response = act(client, claim.pk, "review", verdict="nonsense", rationale="")
    assert response.status_code == 400
    assert {"verdict", "rationale", "version"} <= set(response.json())


def test_illegal_transition_is_409_with_message(api, editor, claim):
    response = act(api(editor), claim.pk, "approve", version=claim.version)
    assert response.status_code == 409
    assert "Cannot approve" in response.json()["detail"]


def test_text_version_is_400_not_500(api, reviewer, claim):
    assert act(api(reviewer), claim.pk, "take", version="abc").status_code == 400


# Role × action: (action, payload builder, allowed roles). Each case starts from the state the
# action needs, prepared by an editor and reviewer that are not the actor under test.
ROLES = ["submitter", "reviewer", "editor", "outsider", "anonymous"]


def prepare(action, claim, reviewer, editor):
    from claims import services

    if action in ("release", "review"):
        return None  # prepared by the actor itself (holder-only actions)
    if action in ("approve", "send-back", "reopen"):
        c = services.claim_take(claim_id=claim.pk, actor=reviewer)
        c = services.claim_give_verdict(
            claim_id=claim.pk, actor=reviewer, verdict="true", rationale="r", version=c.version
        )
        if action == "reopen":
            services.claim_approve(claim_id=claim.pk, actor=editor, version=c.version, force=True)
    if action == "restore":
        services.claim_dismiss(claim_id=claim.pk, actor=editor, reason="opinion")
    return None


CASES = {
    "take": ({"reviewer", "editor"}, {}),
    "dismiss": ({"editor"}, {"reason": "opinion"}),  # a reviewer dismisses only a claim they hold
    "approve": ({"editor"}, None),
    "send-back": ({"editor"}, {"note": "why"}),
    "restore": ({"editor"}, {}),
    "reopen": ({"editor"}, {"reason": "new evidence"}),
    "reassign": ({"editor"}, {"assignee": "reviewer"}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(CASES))
def test_role_matrix(api, role, action, claim, submitter, reviewer, editor2, editor, outsider):
    users = {
        "submitter": submitter,
        "reviewer": reviewer,
        "editor": editor,
        "outsider": outsider,
        "anonymous": None,
    }
    prepare(action, claim, reviewer, editor2)
    allowed, payload = CASES[action]
    claim.refresh_from_db()
    payload = {"version": claim.version, "force": True} if payload is None else payload
    before = Claim.objects.get(pk=claim.pk).status
    response = act(api(users[role]), claim.pk, action, **payload)
    if role in allowed:
        assert response.status_code == 200, (role, action, response.content)
        assert Claim.objects.get(pk=claim.pk).status != before or action == "reassign"
    else:
        assert response.status_code == (401 if role == "anonymous" else 403), (role, action, response.content)
        assert Claim.objects.get(pk=claim.pk).status == before


@pytest.mark.parametrize(
    "role, allowed", [("submitter", False), ("reviewer", True), ("editor", True), ("outsider", False)]
)
def test_holder_actions_by_role(api, role, allowed, claim, submitter, reviewer, editor, outsider):
    user = {"submitter": submitter, "reviewer": reviewer, "editor": editor, "outsider": outsider}[role]
    client = api(user)
    taken = act(client, claim.pk, "take")
    assert (taken.status_code == 200) == allowed
    if not allowed:
        assert (
            act(client, claim.pk, "review", verdict="true", rationale="r", version=claim.version).status_code
            == 403
        )
        return
    version = taken.json()["version"]
    assert act(client, claim.pk, "release", version=version).status_code == 200
    taken = act(client, claim.pk, "take").json()
    response = act(client, claim.pk, "review", verdict="true", rationale="r", version=taken["version"])
    assert response.status_code == 200


def test_every_api_action_writes_history(api, reviewer, editor, editor2, claim):
    r, e = api(reviewer), api(editor)
    v = act(r, claim.pk, "take").json()["version"]
    v = act(r, claim.pk, "release", version=v).json()["version"]
    v = act(r, claim.pk, "take").json()["version"]
    v = act(r, claim.pk, "review", verdict="true", rationale="r", version=v).json()["version"]
    v = act(e, claim.pk, "send-back", version=v, note="more").json()["version"]
    v = act(r, claim.pk, "review", verdict="false", rationale="r2", version=v).json()["version"]
    v = act(e, claim.pk, "approve", version=v, force=True).json()["version"]
    v = act(e, claim.pk, "reopen", reason="x", version=v).json()["version"]
    actions = list(
        ClaimEvent.objects.filter(claim=claim)
        .exclude(action__in=["created", "corroborated"])
        .values_list("action", flat=True)
    )
    assert actions == ["take", "release", "take", "review", "send_back", "review", "approve", "reopen"]
    assert v == claim.version + 8


def test_take_next_over_the_api(api, reviewer, article):
    response = api(reviewer).post("/api/claims/next/")
    assert response.status_code == 200
    assert response.json()["assignee"] == "reviewer"


def test_openapi_schema_and_docs(api, reviewer, client):
    schema = api(reviewer).get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/claims/{id}/review/" in schema.content
    client.force_login(reviewer)
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


def test_claimreview_author_is_a_person_or_an_organisation(article, submitter, reviewer, editor):
    from claims import services
    from claims.claimreview import claim_review

    who = services.article_submit(
        submitted_by=submitter,
        title="Doses",
        body="The World Health Organization said 2 million doses were shipped.",
    ).article
    kinds = {}
    for claim in [
        article.claims.filter(speaker="Azerbaijani President Ilham Aliyev").first(),
        article.claims.filter(speaker="Russian defence ministry").first(),
        who.claims.get(),
    ]:
        c = services.claim_take(claim_id=claim.pk, actor=reviewer)
        c = services.claim_give_verdict(
            claim_id=c.pk, actor=reviewer, verdict="true", rationale="r", version=c.version
        )
        c = services.claim_approve(claim_id=c.pk, actor=editor, version=c.version, force=True)
        kinds[c.speaker] = claim_review(c)["itemReviewed"]["author"]["@type"]
    assert kinds == {
        "Azerbaijani President Ilham Aliyev": "Person",
        "Russian defence ministry": "Organization",
        "World Health Organization": "Organization",  # named by the extraction, not a word list
    }
