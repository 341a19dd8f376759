"""Corroboration: run the providers on a claim, reliably.

PostgreSQL holds the work state (``Claim.corroboration_state``), not the broker: a claim is
``pending`` until a worker claims it with a conditional UPDATE, ``running`` while it works,
then ``done`` or ``failed``. The sweeper enqueues again whatever stayed pending or running too
long (the broker was down at submit, a worker died), so nothing is lost.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import Truncator

from claims.corroboration import ClaimContext, TransientProviderError, enabled_providers
from claims.errors import NotAllowed, ValidationFailed
from claims.models import Claim, ClaimEvent, Corroboration, ProviderRun, ProviderRunSample
from claims.permissions import corroboration_refusal, user_can
from claims.workflow import Action, Event

from .publishing import publish_each

log = logging.getLogger(__name__)

State = Claim.CorroborationState
Run = ProviderRun.State


def corroboration_publish(*, claim_ids: list[int]) -> int:
    """Send one task per claim to the broker (the sweeper's way). Returns how many were sent.

    A broker that is down costs a bounded wait (the publish retry policy) and is logged; the
    claims stay pending and the sweeper sends them later.
    """
    from claims.tasks import corroborate_claim

    return publish_each(corroborate_claim, claim_ids, "corroboration task(s)")


def article_corroboration_publish(*, article_id: int) -> int:
    """Send one task for a new article's claims (the submit's way: one message, not one per
    claim; the worker runs them). Returns 1 if sent. Lost, the claims stay pending and the
    sweeper sends them one by one."""
    from claims.tasks import corroborate_article

    return publish_each(corroborate_article, [article_id], "article corroboration task(s)")


def article_corroborate(*, article_id: int) -> dict[str, int]:
    """Corroborate every claim of an article still waiting for it, one after the other.

    Each claim goes through claim_corroborate (claimed by its conditional UPDATE), so this is
    safe to run twice, beside the sweeper's per-claim tasks, or after a worker died half-way:
    claims done are skipped, and one a live worker holds is left to it. A transient provider
    error propagates after the claims before it are done, so the task's retry resumes there.
    A long article does not run into the task's time limit (which would fail the claim in
    hand): past half of it, the rest goes to a new message. Returns how many claims ended in
    each state ("continued": left to that message).
    """
    _refinement_fan_out(article_id)
    ids = list(
        Claim.objects.filter(article_id=article_id, corroboration_state__in=[State.PENDING, State.RUNNING])
        .order_by("position")
        .values_list("pk", flat=True)
    )
    budget = time.monotonic() + settings.CELERY_TASK_SOFT_TIME_LIMIT / 2
    outcome: dict[str, int] = {}
    for i, claim_id in enumerate(ids):
        if i and time.monotonic() > budget:
            outcome["continued"] = len(ids) - i
            article_corroboration_publish(article_id=article_id)
            break
        state = claim_corroborate(claim_id=claim_id)
        outcome[state] = outcome.get(state, 0) + 1
    return outcome


def _refinement_fan_out(article_id: int) -> None:
    """The submit sends one message per article; its first run here sends the refinement of the
    article's fast scores on (a retry or a continuation, once a claim is done, does not send it
    twice; the refinement sweeper catches what a lost message left)."""
    from .scoring import refine_scorer_name, scores_refine_publish

    name = refine_scorer_name()
    claims = Claim.objects.filter(article_id=article_id)
    if (
        name
        and not claims.filter(corroboration_state=State.DONE).exists()
        and claims.filter(score__isnull=False).exclude(scorer=name).exists()
    ):
        scores_refine_publish(article_id=article_id)


def _context(claim: Claim) -> ClaimContext:
    article = claim.article
    return ClaimContext(
        claim_id=claim.pk,
        text=claim.text,
        speaker=claim.speaker,
        speaker_aliases=tuple(claim.speaker_aliases or ()),
        attribution=claim.attribution,
        is_quote=claim.is_quote,
        signals=tuple(claim.signals or ()),
        article_title=article.title,
        article_url=article.url,
        publisher=article.publisher,
        published_at=article.published_at.isoformat() if article.published_at else None,
    )


def _claim_work(claim_id: int) -> bool:
    """Move the claim to running if no live worker has it. True if this worker won."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    won = Claim.objects.filter(
        Q(corroboration_state=State.PENDING)
        | Q(corroboration_state=State.RUNNING, corroboration_requested_at__lt=stale),
        pk=claim_id,
    ).update(
        corroboration_state=State.RUNNING,
        corroboration_requested_at=now,
        corroboration_attempts=F("corroboration_attempts") + 1,
    )
    return won == 1


def claim_corroborate(*, claim_id: int) -> str:
    """Run every enabled provider on one claim and attach what they find.

    Idempotent: drafts carry a key and a unique constraint drops repeats. Returns the claim's
    corroboration state afterwards (or "skipped" when another worker has it or it is done).
    """
    if not _claim_work(claim_id):
        return "skipped"
    claim = Claim.objects.select_related("article").filter(pk=claim_id).first()
    if claim is None:
        return "skipped"
    if claim.corroboration_attempts > settings.FACTCHECK_CORROBORATION_MAX_ATTEMPTS:
        _finish(claim, State.FAILED, "Gave up after too many attempts.")
        return State.FAILED
    context = _context(claim)
    rows: list[Corroboration] = []
    outcomes: list[tuple[object, str, int, str, int]] = []  # provider, state, found, error, ms
    transient: TransientProviderError | None = None
    for provider in enabled_providers():
        # Each provider on its own: one that fails (or must be retried) never discards what the
        # others found.
        started = time.monotonic()
        try:
            result = provider.corroborate(context)
            drafts = list(result)
        except TransientProviderError as exc:
            transient = exc
            outcomes.append((provider, Run.RETRYING, 0, str(exc)[:2000], _ms(started)))
            continue
        except Exception as exc:  # a provider bug must not cost the other providers' results
            log.exception("Corroboration provider %s failed on claim %s", provider.name, claim.pk)
            outcomes.append((provider, Run.FAILED, 0, f"{type(exc).__name__}: {exc}"[:2000], _ms(started)))
            continue
        outcomes.append((provider, Run.RAN, getattr(result, "found", len(drafts)), "", _ms(started)))
        rows.extend(
            Corroboration(
                claim_id=claim.pk,
                provider=provider.name,
                key=draft.key[:255],
                kind=draft.kind,
                source_name=draft.source_name[:300],
                url=draft.url,
                excerpt=draft.excerpt,
                stance=draft.stance,
                state=draft.state,
            )
            for draft in drafts
        )
    with transaction.atomic():
        Corroboration.objects.bulk_create(rows, ignore_conflicts=True)
        _record_runs(claim.pk, outcomes)
    if transient is not None:
        # Hand the claim back so the task's retry (or the sweeper) can claim it again; what the
        # other providers found is saved (keyed, so the retry adds no duplicates).
        Claim.objects.filter(pk=claim.pk).update(corroboration_state=State.PENDING)
        raise transient
    failures = [
        f"{getattr(p, 'label', '') or p.name}: {err}"
        for p, state, _n, err, _ms in outcomes
        if state == Run.FAILED
    ]
    if failures and len(failures) == len(outcomes):
        _finish(claim, State.FAILED, " · ".join(failures)[:2000])
        return State.FAILED
    _propose_group(claim.pk)  # before "done": a finished claim has its group proposal too
    _finish(claim, State.DONE, " · ".join(failures)[:2000], attached=len(rows), failed=len(failures))
    return State.DONE


def _ms(started: float) -> int:
    return max(0, int((time.monotonic() - started) * 1000))


def _record_runs(claim_id: int, outcomes) -> None:
    """One ProviderRun per claim and provider (its last outcome), one sample per run."""
    now = timezone.now()
    for provider, state, found, error, ms in outcomes:
        run, created = ProviderRun.objects.get_or_create(
            claim_id=claim_id,
            provider=provider.name,
            defaults={"state": state, "label": getattr(provider, "label", "")[:120]},
        )
        run.state, run.found, run.error, run.duration_ms, run.finished_at = state, found, error, ms, now
        run.label = getattr(provider, "label", "")[:120]
        run.runs += 1
        run.save()
    ProviderRunSample.objects.bulk_create(
        [
            ProviderRunSample(provider=p.name, ok=state == Run.RAN, duration_ms=ms, at=now)
            for p, state, _n, _e, ms in outcomes
        ]
    )


def _propose_group(claim_id: int) -> None:
    """The claim's place in a group of the same claim (after its corroboration: both run once
    per claim in the worker). A failure here must not fail the corroboration."""
    if settings.FACTCHECK_GROUPING_WINDOW <= 0:
        return
    from .grouping import claim_group_propose

    try:
        claim_group_propose(claim_id=claim_id)
    except Exception:
        log.exception("Grouping failed on claim %s", claim_id)


def _finish(claim: Claim, state: str, error: str, attached: int = 0, failed: int = 0) -> None:
    with transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(corroboration_state=state, corroboration_error=error)
        if state == State.DONE:
            note = f"{attached} corroboration record(s) from the providers." + (
                f" {failed} provider(s) failed: {error}" if failed else ""
            )
            action = Event.CORROBORATED
        else:
            note = error
            action = Event.CORROBORATION_FAILED
        ClaimEvent.objects.create(
            claim_id=claim.pk,
            action=action,
            from_status=claim.status,
            to_status=claim.status,
            note=note,
        )


def corroboration_sweep(*, now=None) -> int:
    """Enqueue again every claim left pending or running too long. Returns how many."""
    now = now or timezone.now()
    # The dashboard reads the last day of provider samples; older ones go (bounded per sweep).
    old = ProviderRunSample.objects.filter(at__lt=now - timedelta(days=2)).values_list("pk", flat=True)[
        :10000
    ]
    ProviderRunSample.objects.filter(pk__in=list(old)).delete()
    cutoff = now - timedelta(seconds=settings.FACTCHECK_CORROBORATION_STALE_SECONDS)
    running_cutoff = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    ids = list(
        Claim.objects.filter(
            Q(corroboration_state=State.PENDING, corroboration_requested_at__lt=cutoff)
            | Q(corroboration_state=State.PENDING, corroboration_requested_at__isnull=True)
            | Q(corroboration_state=State.RUNNING, corroboration_requested_at__lt=running_cutoff)
        )
        .order_by("corroboration_requested_at")
        .values_list("pk", flat=True)[:5000]
    )
    if not ids:
        return 0
    # Push the clock forward so the next sweep does not send them again straight away.
    Claim.objects.filter(pk__in=ids, corroboration_state=State.PENDING).update(corroboration_requested_at=now)
    return corroboration_publish(claim_ids=ids)


def corroboration_resolve(
    *, corroboration_id: int, actor, stance: str, note: str = "", claim_id: int | None = None
) -> Corroboration:
    """The reviewer holding the claim (or an editor) marks a corroboration item done, with the
    stance the evidence takes."""
    if not user_can(actor, Action.REVIEW):
        raise NotAllowed("Only reviewers and editors can complete corroboration.")
    if stance not in Corroboration.Stance.values:
        raise ValidationFailed(f"Unknown stance “{stance}”.", field_errors={"stance": ["Choose a stance."]})
    with transaction.atomic():
        item = (
            Corroboration.objects.select_for_update(of=("self",))
            .select_related("claim")
            .filter(pk=corroboration_id)
            .first()
        )
        if item is None or (claim_id is not None and item.claim_id != claim_id):
            raise Corroboration.DoesNotExist("No such corroboration item.")
        refusal = corroboration_refusal(actor, item.claim)  # the claim page asks the same
        if refusal is not None:
            raise refusal
        item.stance = stance
        item.note = note
        item.state = Corroboration.State.DONE
        item.resolved_by = actor
        item.save(update_fields=["stance", "note", "state", "resolved_by", "updated_at"])
        ClaimEvent.objects.create(
            claim_id=item.claim_id,
            actor=actor,
            action=Event.CORROBORATED,
            note=f"Marked “{Truncator(item.excerpt).chars(80)}” as {item.get_stance_display().lower()}."
            + (f" {note}" if note else ""),
        )
    return item
