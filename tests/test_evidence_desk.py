"""The evidence desk: "checked before" candidates judged and used, per-provider corroboration
runs, re-running them, the queue's likely-match filter, the judgements export, the dashboard."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.corroboration import TransientProviderError
from claims.dashboard import percentile, provider_health
from claims.errors import NotAllowed
from claims.matching.verdicts import verdict_from_rating
from claims.models import (
    Claim,
    ClaimEvent,
    Corroboration,
    FactCheck,
    MatchCandidate,
    ProviderRun,
    ProviderRunSample,
)
from claims.permissions import corroboration_refusal
from claims.services.match_review import match_verdict_draft

State = Claim.CorroborationState


# --- the rating -> verdict mapping -------------------------------------------------------------


@pytest.mark.parametrize(
    "rating, verdict",
    [
        ("False", "false"),
        ("Pants on Fire!", "false"),
        ("mostly-false", "mostly_false"),
        ("Half True", "half_true"),
        ("Mostly True", "mostly_true"),
        ("TRUE", "true"),
        ("Missing context", "misleading"),
        ("Unproven", "unverifiable"),
        ("Satire, sort of", None),
        ("", None),
    ],
)
def test_verdict_from_rating(rating, verdict):
    assert verdict_from_rating(rating) == verdict


def test_numeric_rating_decides_only_at_the_ends_or_middle():
    assert verdict_from_rating("", 1, best=5, worst=1) == "false"
    assert verdict_from_rating("Nonsense word", 5, best=5, worst=1) == "true"
    assert verdict_from_rating("", 3, best=5, worst=1) == "half_true"
    assert verdict_from_rating("", 2, best=5, worst=1) is None
    assert verdict_from_rating("Mostly True", 1, best=5, worst=1) == "mostly_true"  # the text decides


# --- fixtures ---------------------------------------------------------------------------------


def _fact_check(n: int, rating: str = "False", **kw) -> FactCheck:
    return FactCheck.objects.create(
        key=f"import:test-{n}",
        claim_text=kw.pop("claim_text", f"The city doubled parking fees in 2023 (version {n})."),
        rating_text=rating,
        url=f"https://factcheck.example/checks/{n}",
        publisher_name="Example Checks",
        reviewed_at=date(2024, 3, 1),
        **kw,
    )


@pytest.fixture
def candidates(claim):
    same = MatchCandidate.objects.create(
        claim=claim, fact_check=_fact_check(1), rank=1, score=0.91, cosine=0.9, tier="same"
    )
    related = MatchCandidate.objects.create(
        claim=claim, fact_check=_fact_check(2, "Lacks context"), rank=2, score=0.5, cosine=0.5, tier="related"
    )
    return same, related


@pytest.fixture
def held(claim, reviewer):
    return services.claim_take(claim_id=claim.pk, actor=reviewer)


# --- judging candidates -----------------------------------------------------------------------


def test_holder_confirms_and_history_says_so(claim, held, reviewer, candidates):
    same, _ = candidates
    judged = services.match_judge(candidate_id=same.pk, claim_id=claim.pk, actor=reviewer, same=True)
    assert judged.state == "confirmed" and judged.judged_by == reviewer and judged.judged_at
    event = ClaimEvent.objects.get(claim=claim, action="match_confirmed")
    assert event.actor == reviewer and "Example Checks" in event.note and same.fact_check.url in event.note
    # The same click twice adds nothing; changing one's mind is a new event.
    services.match_judge(candidate_id=same.pk, claim_id=claim.pk, actor=reviewer, same=True)
    assert ClaimEvent.objects.filter(claim=claim, action="match_confirmed").count() == 1
    services.match_judge(candidate_id=same.pk, claim_id=claim.pk, actor=reviewer, same=False)
    assert ClaimEvent.objects.filter(claim=claim, action="match_rejected").count() == 1
    assert MatchCandidate.objects.get(pk=same.pk).state == "rejected"


def test_editor_rejects_without_holding(claim, editor, candidates):
    _, related = candidates
    services.match_judge(candidate_id=related.pk, actor=editor, same=False)
    assert MatchCandidate.objects.get(pk=related.pk).state == "rejected"
    assert ClaimEvent.objects.filter(claim=claim, action="match_rejected", actor=editor).exists()


def test_others_may_not_judge(claim, held, reviewer2, submitter, candidates):
    same, _ = candidates
    for user in (reviewer2, submitter):
        with pytest.raises(NotAllowed):
            services.match_judge(candidate_id=same.pk, actor=user, same=True)
    assert MatchCandidate.objects.get(pk=same.pk).state == "open"


def test_candidate_of_another_claim_is_not_found(claim, editor, candidates):
    with pytest.raises(MatchCandidate.DoesNotExist):
        services.match_judge(candidate_id=candidates[0].pk, claim_id=claim.pk + 999, actor=editor, same=True)


def test_judgements_are_kept_when_the_matcher_runs_again(claim, editor, candidates, monkeypatch):
    from claims.services import matching

    same, related = candidates
    open_one = MatchCandidate.objects.create(
        claim=claim, fact_check=_fact_check(3), rank=3, score=0.3, tier="related"
    )
    services.match_judge(candidate_id=same.pk, actor=editor, same=True)
    services.match_judge(candidate_id=related.pk, actor=editor, same=False)
    monkeypatch.setattr(matching, "google_fetch", lambda text: 0)
    monkeypatch.setattr(matching, "rank_fact_checks", lambda **kw: [])  # the new run ranks nothing
    matching.claim_match(claim_id=claim.pk)
    states = dict(MatchCandidate.objects.filter(claim=claim).values_list("pk", "state"))
    assert states == {same.pk: "confirmed", related.pk: "rejected"}  # the open one went
    assert not MatchCandidate.objects.filter(pk=open_one.pk).exists()


# --- "use this verdict" -----------------------------------------------------------------------


def test_verdict_draft_cites_the_fact_check(candidates):
    same, related = candidates
    draft = match_verdict_draft(same)
    assert draft["verdict"] == "false"
    for part in ("Example Checks", "“False”", same.fact_check.url, "1 March 2024"):
        assert part in draft["rationale"]
    assert match_verdict_draft(related)["verdict"] == "misleading"
    unknown = MatchCandidate.objects.create(
        claim=same.claim, fact_check=_fact_check(9, "Needs a human"), rank=9, score=0.1, tier="related"
    )
    assert match_verdict_draft(unknown)["verdict"] == ""  # the reviewer picks


def test_page_fills_the_verdict_form_from_a_confirmed_match(client, claim, held, reviewer, candidates):
    same, related = candidates
    client.force_login(reviewer)
    page = client.get(reverse("claim", args=[claim.pk]) + f"?use_match={same.pk}").content.decode()
    assert '<option value="false" selected>' not in page  # not confirmed yet: no draft
    client.post(reverse("match-judge", args=[claim.pk, same.pk, "same"]))
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert "Use this verdict" in page and "match_confirmed" not in page
    page = client.get(reverse("claim", args=[claim.pk]) + f"?use_match={same.pk}").content.decode()
    assert '<option value="false" selected>' in page
    assert same.fact_check.url in page.split('id="id_rationale"')[1].split("</textarea>")[0]
    # Garbage in the parameter is ignored, never a 500.
    assert client.get(reverse("claim", args=[claim.pk]) + "?use_match=x%00").status_code == 200


def test_page_reject_greys_the_candidate(client, claim, held, reviewer, candidates):
    _, related = candidates
    client.force_login(reviewer)
    response = client.post(reverse("match-judge", args=[claim.pk, related.pk, "different"]))
    assert response.status_code == 302
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert f'id="match-{related.pk}" data-state="rejected"' in page
    assert client.post(reverse("match-judge", args=[claim.pk, related.pk, "maybe"])).status_code == 404


# --- per-provider runs ------------------------------------------------------------------------


class Good:
    name, label = "good", "Good"

    def corroborate(self, claim):
        from claims.corroboration.base import Draft

        return [Draft(key="good:1", kind="lead", source_name="Good", excerpt="A lead.")]


class Finder:
    """Finds three things and attaches one item (as "Checked before?" does with candidates)."""

    name, label = "finder", "Finder"

    def corroborate(self, claim):
        from claims.corroboration.base import Draft, Drafts

        return Drafts([Draft(key="finder:1", kind="lead", source_name="Finder", excerpt="One.")], found=3)


class Broken:
    name, label = "broken", "Broken"

    def corroborate(self, claim):
        raise ValueError("bug in provider")


class Flaky:
    name, label = "flaky", "Flaky"

    def corroborate(self, claim):
        raise TransientProviderError("upstream timeout")


def _only(monkeypatch, *providers):
    from claims.services import corroboration as module

    monkeypatch.setattr(module, "enabled_providers", lambda: providers)


def test_a_run_says_what_the_provider_found_beyond_the_items_it_attached(claim, monkeypatch):
    _only(monkeypatch, Finder(), Good())
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    assert services.claim_corroborate(claim_id=claim.pk) == State.DONE
    runs = {
        r.provider: r.found for r in ProviderRun.objects.filter(claim=claim, provider__in=["finder", "good"])
    }
    assert runs == {"finder": 3, "good": 1}
    assert Corroboration.objects.filter(claim=claim, provider="finder").count() == 1


def test_a_failing_provider_never_discards_the_others(claim, monkeypatch):
    _only(monkeypatch, Broken(), Good())
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    assert services.claim_corroborate(claim_id=claim.pk) == State.DONE
    assert Corroboration.objects.filter(claim=claim, provider="good").count() == 1
    runs = {r.provider: r for r in ProviderRun.objects.filter(claim=claim)}
    assert runs["good"].state == "ran" and runs["good"].found == 1
    assert runs["broken"].state == "failed" and "bug in provider" in runs["broken"].error
    assert "Broken: ValueError: bug in provider" in Claim.objects.get(pk=claim.pk).corroboration_error
    assert ProviderRunSample.objects.filter(provider="broken", ok=False).count() == 1


def test_a_transient_provider_keeps_the_others_results_and_retries(claim, monkeypatch):
    _only(monkeypatch, Good(), Flaky())
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    with pytest.raises(TransientProviderError):
        services.claim_corroborate(claim_id=claim.pk)
    assert Claim.objects.get(pk=claim.pk).corroboration_state == State.PENDING
    assert Corroboration.objects.filter(claim=claim, provider="good").count() == 1
    assert ProviderRun.objects.get(claim=claim, provider="flaky").state == "retrying"


def test_card_separates_providers_from_checks(client, claim, reviewer, monkeypatch):
    ProviderRun.objects.filter(claim=claim).delete()  # forget the submit's run
    _only(monkeypatch, Broken(), Good())
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    services.claim_corroborate(claim_id=claim.pk)
    client.force_login(reviewer)
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    total = Corroboration.objects.filter(claim=claim).count()
    assert "1 ran, 1 failed" in page
    assert f"0 of {total} done" in page
    assert "bug in provider" in page
    assert ">Done</span>" not in page.split('id="corroboration"')[1].split("</ul>")[0].split("corro")[0]


def test_rerun_by_editor_is_in_history_and_runs(
    claim, editor, monkeypatch, django_capture_on_commit_callbacks
):
    _only(monkeypatch, Good())
    with django_capture_on_commit_callbacks(execute=True):
        services.corroboration_rerun(claim_id=claim.pk, actor=editor)
    assert ClaimEvent.objects.filter(claim=claim, action="corroboration_rerun", actor=editor).exists()
    fresh = Claim.objects.get(pk=claim.pk)
    assert fresh.corroboration_state == State.DONE
    assert ProviderRun.objects.get(claim=claim, provider="good").state == "ran"


def test_rerun_refused_to_a_reviewer_not_holding(claim, reviewer):
    with pytest.raises(NotAllowed):
        services.corroboration_rerun(claim_id=claim.pk, actor=reviewer)


# --- API and the one rule ---------------------------------------------------------------------


def _users(reviewer, reviewer2, editor, submitter, outsider):
    return {"holder": reviewer, "other reviewer": reviewer2, "editor": editor, "submitter": submitter,
            "outsider": outsider}  # fmt: skip


def test_page_api_and_service_agree_for_every_role(
    api, client, claim, held, reviewer, reviewer2, editor, submitter, outsider, candidates
):
    same, _ = candidates
    for role, user in _users(reviewer, reviewer2, editor, submitter, outsider).items():
        allowed = corroboration_refusal(user, Claim.objects.get(pk=claim.pk)) is None
        assert allowed == (role in ("holder", "editor")), role
        client.force_login(user)
        page = client.get(reverse("claim", args=[claim.pk]))
        if page.status_code == 200:
            shows = f"{reverse('match-judge', args=[claim.pk, same.pk, 'same'])}" in page.content.decode()
            assert shows == allowed, role
        response = api(user).post(
            f"/api/claims/{claim.pk}/matches/{same.pk}/judge/", {"same": True}, format="json"
        )
        assert (response.status_code == 200) == allowed, (role, response.status_code)
        if not allowed:
            assert response.status_code in (401, 403), role
        rerun = api(user).post(f"/api/claims/{claim.pk}/corroboration/rerun/")
        assert (rerun.status_code == 202) == allowed, (role, rerun.status_code)
        MatchCandidate.objects.filter(pk=same.pk).update(state="open")


def test_api_lists_candidates_and_validates(api, claim, editor, candidates):
    same, related = candidates
    services.match_judge(candidate_id=related.pk, actor=editor, same=False)
    listed = api(editor).get(f"/api/claims/{claim.pk}/matches/").json()
    assert [m["id"] for m in listed] == [same.pk, related.pk]
    assert listed[0]["fact_check"]["url"] == same.fact_check.url and listed[0]["suggested_verdict"] == "false"
    assert api(editor).get(f"/api/claims/{claim.pk + 999}/matches/").status_code == 404
    bad = api(editor).post(f"/api/claims/{claim.pk}/matches/{same.pk}/judge/", {"same": "x"}, format="json")
    assert bad.status_code == 400 and "same" in json.dumps(bad.json())
    missing = api(editor).post(f"/api/claims/{claim.pk}/matches/999999/judge/", {"same": True}, format="json")
    assert missing.status_code == 404


def test_api_claim_detail_has_provider_runs(api, claim, editor, monkeypatch):
    _only(monkeypatch, Broken(), Good())
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    services.claim_corroborate(claim_id=claim.pk)
    runs = {r["provider"]: r for r in api(editor).get(f"/api/claims/{claim.pk}/").json()["provider_runs"]}
    assert runs["good"]["state"] == "ran" and runs["good"]["found"] == 1
    assert runs["broken"]["state"] == "failed" and "bug" in runs["broken"]["error"]


# --- queue mark and filter --------------------------------------------------------------------


def test_queue_marks_and_filters_likely_matches(api, client, claim, editor, candidates):
    others = list(claim.article.claims.exclude(pk=claim.pk).values_list("pk", flat=True))
    ids = {c["id"] for c in api(editor).get("/api/claims/?likely_match=true").json()["results"]}
    assert ids == {claim.pk}
    ids = {
        c["id"] for c in api(editor).get("/api/claims/?likely_match=false&page_size=100").json()["results"]
    }
    assert claim.pk not in ids and set(others) <= ids
    client.force_login(editor)
    page = client.get(reverse("queue") + "?likely_match=true").content.decode()
    assert page.count("likely-match") == 1
    # Rejected: no longer a likely match.
    services.match_judge(candidate_id=candidates[0].pk, actor=editor, same=False)
    assert api(editor).get("/api/claims/?likely_match=true").json()["results"] == []


# --- evaluation data --------------------------------------------------------------------------


def test_export_match_judgements(claim, editor, candidates, tmp_path):
    same, related = candidates
    services.match_judge(candidate_id=same.pk, actor=editor, same=True)
    services.match_judge(candidate_id=related.pk, actor=editor, same=False)
    out = StringIO()
    call_command("export_match_judgements", stdout=out, stderr=StringIO())
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["vclaim_id"], r["label"]) for r in lines] == [
        (str(same.fact_check_id), 1),
        (str(related.fact_check_id), 0),
    ]
    assert lines[0]["id"] == f"claim:{claim.pk}" and lines[0]["text"] == claim.text
    assert lines[0]["vclaim"] == same.fact_check.claim_text and lines[0]["tier"] == "same"
    call_command("export_match_judgements", split=str(tmp_path), stdout=StringIO(), stderr=StringIO())
    from claims.matching.collection import read_collection, read_queries

    docs, problems = read_collection(tmp_path / "collection.jsonl")
    assert len(docs) == 2 and not problems
    with open(tmp_path / "queries.jsonl", encoding="utf-8") as fh:
        assert [q.id for q in read_queries(fh)] == [f"claim:{claim.pk}"]


# --- dashboard --------------------------------------------------------------------------------


def test_percentile():
    assert percentile([], 95) == 0
    assert percentile([5], 50) == 5
    values = list(range(1, 101))
    assert percentile(values, 50) == 50 and percentile(values, 95) == 95


def test_dashboard_provider_failures_and_latency(client, editor, db):
    now = timezone.now()
    ProviderRunSample.objects.bulk_create(
        [
            ProviderRunSample(provider="google", ok=i % 10 != 0, duration_ms=i * 10, at=now)
            for i in range(1, 21)
        ]
        + [ProviderRunSample(provider="google", ok=False, duration_ms=99999, at=now - timedelta(days=2))]
    )
    (row,) = provider_health(now=now)
    assert (row.provider, row.runs, row.failures, row.p50_ms, row.p95_ms) == ("google", 20, 2, 100, 190)
    client.force_login(editor)
    page = client.get(reverse("dashboard")).content.decode()
    assert 'id="provider-health"' in page and "190 ms" in page


def test_the_sweeper_forgets_old_provider_samples(db):
    now = timezone.now()
    ProviderRunSample.objects.create(provider="p", ok=True, duration_ms=1, at=now - timedelta(days=3))
    ProviderRunSample.objects.create(provider="p", ok=True, duration_ms=2, at=now - timedelta(hours=1))
    services.corroboration_sweep(now=now)
    assert list(ProviderRunSample.objects.values_list("duration_ms", flat=True)) == [2]
