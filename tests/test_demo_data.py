"""generate_demo_data: counts, rough proportions, exact spans, history, no clash with data."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.demo_data import STATUS_WEIGHTS, generate_demo_data
from claims.models import Article, Claim, ClaimEvent
from claims.workflow import Event, Status

pytestmark = pytest.mark.django_db


def test_it_adds_the_requested_claims_in_plausible_proportions(roles):
    summary = generate_demo_data(claims=300, articles=12, seed=7)
    assert (summary.claims, summary.articles) == (300, 12)
    assert Claim.objects.count() == 300 and Article.objects.count() == 12
    for status, share in STATUS_WEIGHTS.items():
        n = Claim.objects.filter(status=status).count()
        assert abs(n / 300 - share) < 0.08, (status, n)
    assert Claim.objects.filter(status=Status.NEW).count() > 150


def test_spans_are_exact_and_positions_follow_the_body(roles):
    generate_demo_data(claims=300, articles=10, seed=3)
    for article in Article.objects.prefetch_related("claims"):
        claims = sorted(article.claims.all(), key=lambda c: c.position)
        assert [c.position for c in claims] == list(range(len(claims)))
        assert [c.start for c in claims] == sorted(c.start for c in claims)
        for claim in claims:
            assert article.body[claim.start : claim.end] == claim.text


def test_workflow_columns_and_history_agree(roles):
    generate_demo_data(claims=300, seed=5)
    assert ClaimEvent.objects.filter(action=Event.CREATED).count() == 300
    approved = Claim.objects.filter(status=Status.APPROVED)
    assert approved.exists()
    assert not approved.filter(verdict="").exists()
    assert not approved.filter(approved_by=None).exists()
    held = Claim.objects.filter(status=Status.IN_REVIEW)
    assert not held.filter(assignee=None).exists()
    assert not Claim.objects.filter(status=Status.NEW).exclude(verdict="").exists()
    for claim in Claim.objects.exclude(status=Status.NEW)[:50]:
        assert claim.events.count() == claim.version


def test_running_twice_adds_without_clashing(roles, article):
    before = Claim.objects.count()
    call_command("generate_demo_data", claims=40, seed=1, verbosity=0)
    call_command("generate_demo_data", claims=40, seed=1, verbosity=0)  # same seed again
    assert Claim.objects.count() == before + 80
    assert Article.objects.values("content_hash").distinct().count() == Article.objects.count()


def test_every_history_step_is_a_transition_of_the_workflow(roles):
    """Each event moves its claim along workflow.TRANSITIONS, the steps chain from new to the
    claim's status, and the version counts them (as the review services bump it)."""
    from claims.workflow import transition_for

    generate_demo_data(claims=200, seed=11)
    for claim in Claim.objects.prefetch_related("events"):
        events = sorted(claim.events.all(), key=lambda e: (e.at, e.id))
        assert events[0].action == Event.CREATED and events[0].to_status == Status.NEW
        status = Status.NEW
        for event in events[1:]:
            assert event.from_status == status
            status = transition_for(event.action, status).target
            assert event.to_status == status
        assert status == claim.status and claim.version == len(events)


def test_the_demo_follows_a_change_of_the_workflow(roles, monkeypatch):
    """One definition: were dismissing allowed only once a claim is taken, the demo's dismissed
    claims would be taken first (nothing in the demo data hand-codes the path)."""
    from claims import workflow
    from claims.workflow import Action, Transition

    table = dict(workflow.TRANSITIONS)
    table[Action.DISMISS] = Transition(Action.DISMISS, frozenset({Status.IN_REVIEW}), Status.DISMISSED)
    monkeypatch.setattr(workflow, "TRANSITIONS", table)
    generate_demo_data(claims=200, seed=12)
    dismissed = Claim.objects.filter(status=Status.DISMISSED)
    assert dismissed.exists()
    for claim in dismissed:
        assert list(claim.events.order_by("at", "id").values_list("action", flat=True)) == [
            Event.CREATED,
            Action.TAKE,
            Action.DISMISS,
        ]
