"""Corroboration providers and the reliability rules around them (tasks run in process here;
tests/integration/ runs them on a real worker over Redis)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services
from claims.corroboration import ClaimContext, TransientProviderError
from claims.corroboration.attribution import AttributionLeads
from claims.corroboration.checklist import Checklist
from claims.models import Claim, ClaimEvent, Corroboration

pytestmark = pytest.mark.django_db
State = Claim.CorroborationState


def ctx(**kw) -> ClaimContext:
    base = dict(
        claim_id=1,
        text="t",
        speaker="",
        speaker_aliases=(),
        attribution="",
        is_quote=False,
        signals=(),
        article_title="A",
        article_url="https://example.com/a",
        publisher="Reuters",
    )
    base.update(kw)
    return ClaimContext(**base)


def test_attribution_lead_names_speaker_and_venue():
    [lead] = AttributionLeads().corroborate(
        ctx(
            speaker="Nikol Pashinyan",
            speaker_aliases=("Nikol Pashinyan", "Nikol Pashiyan"),
            attribution="announced on Facebook",
            is_quote=True,
        )
    )
    assert lead.source_name == "Nikol Pashinyan on Facebook, via Reuters"
    assert "Pashiyan" in lead.excerpt and "quoted words" in lead.excerpt


def test_unattributed_claim_gets_a_find_the_source_lead():
    [lead] = AttributionLeads().corroborate(ctx())
    assert lead.key == "unattributed" and "No source is named" in lead.excerpt


def test_checklist_has_one_open_item_per_signal_without_repeats():
    signals = (
        {"kind": "figure", "text": "1,960", "start": 0, "end": 5},
        {"kind": "date", "text": "Tuesday", "start": 6, "end": 13},
        {"kind": "figure", "text": "1,960", "start": 20, "end": 25},
    )
    items = Checklist().corroborate(ctx(signals=signals))
    assert [i.kind for i in items] == ["check_figure", "check_date"]
    assert all(i.state == "open" for i in items)


def test_every_claim_of_the_seed_gets_corroboration(article):
    claims = list(article.claims.all())
    assert claims and all(c.corroboration_state == State.DONE for c in claims)
    for c in claims:
        providers = set(c.corroborations.values_list("provider", flat=True))
        assert providers == {"attribution", "checklist"}, c.text


def test_running_twice_attaches_nothing_twice(claim):
    before = Corroboration.objects.filter(claim=claim).count()
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    assert services.claim_corroborate(claim_id=claim.pk) == State.DONE
    assert Corroboration.objects.filter(claim=claim).count() == before


def test_a_claim_another_worker_runs_is_skipped(claim):
    Claim.objects.filter(pk=claim.pk).update(
        corroboration_state=State.RUNNING, corroboration_requested_at=timezone.now()
    )
    assert services.claim_corroborate(claim_id=claim.pk) == "skipped"


def test_a_missing_claim_is_skipped_quietly(db):
    assert services.claim_corroborate(claim_id=987654) == "skipped"


def test_sweeper_reenqueues_stale_pending_and_dead_running_claims(article, settings):
    claims = list(article.claims.all()[:3])
    old = timezone.now() - timedelta(hours=1)
    Claim.objects.filter(pk=claims[0].pk).update(
        corroboration_state=State.PENDING, corroboration_requested_at=old
    )
    Claim.objects.filter(pk=claims[1].pk).update(
        corroboration_state=State.RUNNING, corroboration_requested_at=old
    )
    Claim.objects.filter(pk=claims[2].pk).update(
        corroboration_state=State.PENDING, corroboration_requested_at=timezone.now()
    )
    assert services.corroboration_sweep() == 2
    states = dict(
        Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("pk", "corroboration_state")
    )
    assert states[claims[0].pk] == State.DONE and states[claims[1].pk] == State.DONE
    assert states[claims[2].pk] == State.PENDING  # fresh: its own task is still on its way


class Flaky:
    name, label = "flaky", "Flaky"
    calls = 0

    def corroborate(self, claim):
        raise TransientProviderError("upstream timeout")


class Broken:
    name, label = "broken", "Broken"

    def corroborate(self, claim):
        raise ValueError("bug in provider")


def test_transient_error_hands_the_claim_back_for_retry(claim, monkeypatch):
    from claims.services import corroboration as module

    monkeypatch.setattr(module, "enabled_providers", lambda: (Flaky(),))
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    with pytest.raises(TransientProviderError):
        services.claim_corroborate(claim_id=claim.pk)
    assert Claim.objects.get(pk=claim.pk).corroboration_state == State.PENDING


def test_provider_bug_marks_failed_with_history(claim, monkeypatch):
    from claims.services import corroboration as module

    monkeypatch.setattr(module, "enabled_providers", lambda: (Broken(),))
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
    assert services.claim_corroborate(claim_id=claim.pk) == State.FAILED
    fresh = Claim.objects.get(pk=claim.pk)
    assert "bug in provider" in fresh.corroboration_error
    assert ClaimEvent.objects.filter(claim=claim, action="corroboration_failed").exists()


def test_attempts_are_capped(claim, settings):
    settings.FACTCHECK_CORROBORATION_MAX_ATTEMPTS = 2
    Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING, corroboration_attempts=2)
    assert services.claim_corroborate(claim_id=claim.pk) == State.FAILED


def test_publish_failure_at_submit_still_saves_the_article(
    submitter, monkeypatch, django_capture_on_commit_callbacks
):
    """If publishing fails the request succeeds and the claims stay pending for the sweeper.
    (tests/integration/ does this with a real unreachable broker.)"""
    from kombu.exceptions import OperationalError

    from claims import tasks

    def refuse(*args, **kwargs):
        raise OperationalError("Connection refused")

    monkeypatch.setattr(tasks.corroborate_article, "delay", refuse)  # the submit sends one message
    with django_capture_on_commit_callbacks(execute=True):
        result = services.article_submit(
            submitted_by=submitter, title="T", body="The port handled 4 million tonnes in 2023. It grew 3%."
        )
    states = set(result.article.claims.values_list("corroboration_state", flat=True))
    assert result.created and states == {State.PENDING}


def test_an_approved_claims_checks_and_matches_change_only_with_a_correction(claim, reviewer, editor, client):
    """Like its evidence, an approved claim's check items, match judgements and provider runs
    are what its published review rests on: the services refuse them (409 over the API), the page
    offers no form and says why, and a reopening for a correction opens them again."""
    from rest_framework.test import APIClient

    from claims.errors import Conflict
    from claims.models import FactCheck, MatchCandidate
    from claims.services.match_review import corroboration_rerun, match_judge

    item = claim.corroborations.filter(state=Corroboration.State.OPEN).first()
    fact_check = FactCheck.objects.create(key="t:1", claim_text=claim.text, url="https://checker.example/1")
    candidate = MatchCandidate.objects.create(
        claim=claim, fact_check=fact_check, rank=1, score=9.0, tier="same"
    )
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    done = services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="true", rationale="Checked.", version=taken.version
    )
    approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    for call in (
        lambda: services.corroboration_resolve(corroboration_id=item.pk, actor=editor, stance="supports"),
        lambda: match_judge(candidate_id=candidate.pk, actor=editor, same=True),
        lambda: corroboration_rerun(claim_id=claim.pk, actor=editor),
    ):
        with pytest.raises(Conflict, match="reopen it for a correction to change its checks"):
            call()
    api = APIClient()
    api.force_authenticate(editor)
    response = api.post(
        f"/api/claims/{claim.pk}/matches/{candidate.pk}/judge/", {"same": True}, format="json"
    )
    assert response.status_code == 409 and "correction" in response.json()["detail"]
    item.refresh_from_db()
    candidate.refresh_from_db()
    assert item.state == Corroboration.State.OPEN and candidate.state == MatchCandidate.State.OPEN

    client.force_login(editor)
    html = client.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="checks-locked"' in html
    assert f"/claims/{claim.pk}/corroboration/{item.pk}/" not in html  # no Done form
    assert f"/claims/{claim.pk}/corroboration/rerun/" not in html
    assert "Confirm the ones about the same claim" not in html  # no judging: no invitation to

    services.claim_reopen(
        claim_id=claim.pk, actor=editor, reason="A reader wrote in.", version=approved.version
    )
    services.corroboration_resolve(corroboration_id=item.pk, actor=editor, stance="supports")
    item.refresh_from_db()
    assert item.state == Corroboration.State.DONE
