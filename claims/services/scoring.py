"""Refining check-worthiness scores in the worker with a slower, better scorer.

The request stores the fast ``FACTCHECK_SCORER`` score (``linear``) with the claims; when
``FACTCHECK_REFINE_SCORER`` is set (``minilm``), a task re-scores the article's claims after the
commit and records which scorer produced each score. Nothing is lost when the refine scorer is
unavailable: the fast scores stay.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.extraction import extract_claims
from claims.extraction.scoring import Scorer, get_scorer
from claims.extraction.transformer import MODEL_FILES, best_scorer_name
from claims.models import Article, Claim

from .publishing import publish_each

log = logging.getLogger(__name__)

# Scorer names whose unavailability was logged as an error; later failures log at debug level,
# so a missing model does not write one error per article. Cleared when the scorer loads.
_REPORTED: set[str] = set()


class TransientScoringError(Exception):
    """The refine scorer failed to load for a reason that may pass (I/O): worth a retry."""


def refine_scorer_name() -> str:
    """The scorer that refines scores in the worker, or "" when refinement is off.

    ``FACTCHECK_REFINE_SCORER="auto"`` means the MiniLM scorer when its trained model is present
    (so a desk that runs ``make train-transformer`` gets the better ranking without more
    configuration) and off otherwise, silently: a fresh install has no model and needs none.
    """
    name = (settings.FACTCHECK_REFINE_SCORER or "").strip()
    if name in ("", "off"):
        return ""
    if name == "auto":
        model_dir = Path(settings.FACTCHECK_TRANSFORMER_MODEL_DIR)
        return "minilm" if all((model_dir / f).is_file() for f in MODEL_FILES) else ""
    return name


def best_scorer() -> str:
    """The best scorer this installation serves: ``minilm`` with its (shipped) model, else
    ``FACTCHECK_SCORER``. The batch commands use it; the request path stays on the fast one."""
    best = best_scorer_name(settings.FACTCHECK_TRANSFORMER_MODEL_DIR)
    return best if best != "linear" else settings.FACTCHECK_SCORER


def scores_refine_sweep(*, now=None) -> int:
    """Enqueue the refinement of articles whose claims still hold another scorer's score.

    Catches a refinement lost while the broker was down, and back-fills claims scored before
    the refine scorer existed, a bounded number of articles per run. Returns how many were sent.
    """
    name = refine_scorer_name()
    if not name or _load(name) is None:
        return 0
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.FACTCHECK_REFINE_STALE_SECONDS)
    article_ids = list(
        Claim.objects.filter(score__isnull=False, created_at__lt=stale, article__language_supported=True)
        .exclude(scorer=name)
        .order_by()
        .values_list("article_id", flat=True)
        .distinct()[: settings.FACTCHECK_REFINE_SWEEP_ARTICLES]
    )
    if not article_ids:
        return 0
    from claims.tasks import refine_scores

    return publish_each(refine_scores, article_ids, "score refinement task(s)")


def scores_refine_publish(*, article_id: int) -> int:
    """Enqueue the refinement of one article's scores (called on commit). Returns 1 if sent."""
    from claims.tasks import refine_scores

    return publish_each(refine_scores, [article_id], "score refinement task(s)")


def article_refine_scores(*, article_id: int) -> str:
    """Re-score an article's claims with ``FACTCHECK_REFINE_SCORER``; safe to run twice.

    Returns "refined" (with the number of claims changed logged), "off" (no refine scorer set),
    "skipped" (no such article, no claims, or a language the scorers do not support) or
    "unavailable" (the scorer cannot be loaded: logged, the fast scores stay). Raises
    :class:`TransientScoringError` when loading failed in a way a retry may fix.
    """
    name = refine_scorer_name()
    if not name:
        return "off"
    article = Article.objects.filter(pk=article_id).only("id", "body", "title").first()
    if article is None:
        return "skipped"
    claims = list(
        Claim.objects.filter(article_id=article_id)
        .only("id", "text", "start", "end", "score", "checkworthy", "score_reasons", "scorer")
        .order_by("position")
    )
    if not claims:
        return "skipped"
    scorer = _load(name)
    if scorer is None:
        return "unavailable"
    extraction = extract_claims(
        article.body, threshold=settings.FACTCHECK_CHECKWORTHY_THRESHOLD, scorer=name, title=article.title
    )
    if extraction.error:
        log.error(
            "Refining the scores of article %s failed; the fast scores stay: %s", article_id, extraction.error
        )
        return "unavailable"
    if not extraction.scored:
        return "skipped"
    # The same extraction as on submission, so a quotation group keeps its best sentence's
    # score; a claim whose span is no longer found (the extraction changed since) is scored alone.
    by_span = {(c.start, c.end): c for c in extraction.claims}
    alone = [c for c in claims if (c.start, c.end) not in by_span]
    scored_alone = dict(zip((c.pk for c in alone), scorer.score([c.text for c in alone]), strict=True))
    now = timezone.now()
    changed = []
    for claim in claims:
        cand = by_span.get((claim.start, claim.end))
        if cand is not None:
            if cand.score is None:
                continue
            score, checkworthy, reasons = cand.score, cand.checkworthy, cand.reasons
        else:
            s = scored_alone[claim.pk]
            score, checkworthy, reasons = round(s.score, 4), s.score >= extraction.threshold, s.reasons
        fields = {
            "score": score,
            "checkworthy": checkworthy,
            "score_reasons": [[label, round(weight, 4)] for label, weight in reasons],
            "scorer": scorer.name,
        }
        if any(getattr(claim, k) != v for k, v in fields.items()):
            for k, v in fields.items():
                setattr(claim, k, v)
            claim.updated_at = now
            changed.append(claim)
    if changed:
        with transaction.atomic():
            Claim.objects.bulk_update(
                changed, ["score", "checkworthy", "score_reasons", "scorer", "updated_at"]
            )
    log.info(
        "Refined %d of %d claim score(s) of article %s with %s", len(changed), len(claims), article_id, name
    )
    return "refined"


def scorers_warm_up() -> list[str]:
    """Load the scorers a worker process uses (the fast one and the refine one), and run each
    once, so that its first task does not pay for them: opening the MiniLM model and its first
    run take about 0.2 s, ten times what a warm process spends on the seed article's 20
    sentences. Returns the names loaded; a refine scorer that cannot load is logged as the task
    would log it, and the task reports it again when it runs."""
    loaded = []
    started = time.monotonic()
    for name in dict.fromkeys(filter(None, [settings.FACTCHECK_SCORER, refine_scorer_name()])):
        try:
            scorer = _load(name)
        except TransientScoringError as exc:
            log.warning("Scorer %r did not load as the worker started (its first task tries): %s", name, exc)
            continue
        if scorer is None:
            continue
        try:
            scorer.score(["The city spent 4 million dollars on roads in 2023."])
        except Exception:  # noqa: BLE001 - a warm-up must never stop a worker from starting
            log.exception("Scorer %r failed its first run as the worker started", name)
            continue
        loaded.append(name)
    took = time.monotonic() - started
    log.info("Scorers ready in this process: %s (%.2f s)", ", ".join(loaded) or "none", took)
    return loaded


def _load(name: str) -> Scorer | None:
    """The scorer, None when it is not available (logged once), or TransientScoringError."""
    try:
        scorer = get_scorer(name)
    except (KeyError, FileNotFoundError, ValueError, ImportError) as exc:
        # A missing or invalid model, an unknown name, a missing package: no retry will help.
        level = logging.DEBUG if name in _REPORTED else logging.ERROR
        _REPORTED.add(name)
        log.log(level, "Refine scorer %r is not available; claims keep their fast scores: %s", name, exc)
        return None
    except OSError as exc:
        raise TransientScoringError(f"loading scorer {name!r}: {exc}") from exc
    _REPORTED.discard(name)
    return scorer
