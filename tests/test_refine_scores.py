"""Refining claim scores in the worker (FACTCHECK_REFINE_SCORER), with a tiny real ONNX model."""

from __future__ import annotations

import logging

import pytest
from django.apps import apps
from django.test import Client

from claims.extraction import extract_claims
from claims.models import Claim
from claims.services import article_submit
from claims.services import scoring as scoring_service
from claims.services.scoring import TransientScoringError, article_refine_scores
from claims.tasks import refine_scores
from tests.tiny_transformer import THRESHOLD, build_tiny_model

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("refine") / "checkworthiness-minilm")


@pytest.fixture
def registry():
    """A fresh "minilm" registration (the app's, reading the settings) before and after."""
    config = apps.get_app_config("claims")
    config.ready()
    scoring_service._REPORTED.clear()
    yield
    config.ready()
    scoring_service._REPORTED.clear()


@pytest.fixture
def refine_on(settings, tiny_model_dir, registry):
    settings.FACTCHECK_REFINE_SCORER = "minilm"
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tiny_model_dir
    return settings


def submit(submitter, seed_text, capture, url="https://example.com/news/refine"):
    title, body = seed_text
    with capture(execute=True):
        return article_submit(submitted_by=submitter, title=title, body=body, url=url).article


def linear_scores(body):
    return {(c.start, c.end): c.score for c in extract_claims(body, scorer="linear").claims}


def test_submission_ends_with_claims_scored_by_minilm(
    refine_on, submitter, seed_text, django_capture_on_commit_callbacks
):
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    claims = list(article.claims.order_by("position"))
    assert claims
    scored = [c for c in claims if c.score is not None]
    assert scored and all(c.scorer == "minilm" for c in scored)
    minilm = {(c.start, c.end): c for c in extract_claims(article.body, scorer="minilm").claims}
    for claim in scored:
        cand = minilm[(claim.start, claim.end)]
        assert claim.score == pytest.approx(cand.score)
        assert claim.checkworthy == (cand.score >= THRESHOLD)
        assert any(label.startswith("language model (MiniLM)") for label, _ in claim.score_reasons)
    linear = linear_scores(article.body)
    assert any(abs(c.score - linear[(c.start, c.end)]) > 1e-3 for c in scored)


def test_a_submission_sends_one_message_and_the_worker_sends_the_refinement_on(
    refine_on, submitter, seed_text, django_capture_on_commit_callbacks, monkeypatch
):
    from claims.services import corroboration

    title, body = seed_text
    with django_capture_on_commit_callbacks() as callbacks:
        article = article_submit(submitted_by=submitter, title=title, body=body).article
    assert len(callbacks) == 1  # the article's one message, nothing else from the request
    sent = []
    monkeypatch.setattr(scoring_service, "publish_each", lambda task, ids, what: sent.append(task.name) or 1)
    corroboration.article_corroborate(article_id=article.pk)
    assert sent == ["claims.tasks.refine_scores"]


def test_refine_off_keeps_the_fast_scores_and_enqueues_nothing(
    settings, submitter, seed_text, django_capture_on_commit_callbacks, monkeypatch
):
    settings.FACTCHECK_REFINE_SCORER = ""
    sent = []
    monkeypatch.setattr(scoring_service, "publish_each", lambda *a, **k: sent.append(a) or 1)
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    assert sent == []
    linear = linear_scores(article.body)
    for claim in article.claims.exclude(score=None):
        assert claim.scorer == "linear"
        assert claim.score == pytest.approx(linear[(claim.start, claim.end)], abs=1e-4)
    assert article_refine_scores(article_id=article.pk) == "off"


def test_missing_model_leaves_the_linear_scores_and_logs_one_error(
    settings, registry, tmp_path, submitter, seed_text, django_capture_on_commit_callbacks, caplog
):
    settings.FACTCHECK_REFINE_SCORER = "minilm"
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tmp_path / "no-model-here"
    caplog.set_level(logging.DEBUG, logger="claims.services.scoring")
    first = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    title, body = seed_text
    with django_capture_on_commit_callbacks(execute=True):
        second = article_submit(
            submitted_by=submitter, title=title, body=body + "\n\nOne more line here."
        ).article
    for article in (first, second):
        scored = article.claims.exclude(score=None)
        assert scored.exists()
        assert set(scored.values_list("scorer", flat=True)) == {"linear"}
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "minilm" in r.getMessage()]
    assert len(errors) == 1
    assert "make train-transformer" in errors[0].getMessage()
    assert article_refine_scores(article_id=first.pk) == "unavailable"


def test_refining_twice_changes_nothing_the_second_time(
    refine_on, submitter, seed_text, django_capture_on_commit_callbacks
):
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    before = list(
        article.claims.order_by("position").values(
            "score", "checkworthy", "score_reasons", "scorer", "updated_at"
        )
    )
    assert refine_scores.delay(article.pk).get() == "refined"
    after = list(
        article.claims.order_by("position").values(
            "score", "checkworthy", "score_reasons", "scorer", "updated_at"
        )
    )
    assert after == before


def test_a_claim_whose_span_is_no_longer_extracted_is_scored_alone(
    refine_on, settings, submitter, seed_text, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_REFINE_SCORER = ""
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    claim = article.claims.exclude(score=None).order_by("position").first()
    Claim.objects.filter(pk=claim.pk).update(end=claim.end - 1, text=claim.text[:-1])
    settings.FACTCHECK_REFINE_SCORER = "minilm"
    assert article_refine_scores(article_id=article.pk) == "refined"
    claim.refresh_from_db()
    from claims.extraction.scoring import get_scorer

    (expected,) = get_scorer("minilm").score([claim.text])
    assert claim.scorer == "minilm"
    assert claim.score == pytest.approx(round(expected.score, 4))


def test_a_transient_load_failure_is_retried(
    refine_on, submitter, seed_text, django_capture_on_commit_callbacks, monkeypatch
):
    settings = refine_on
    settings.FACTCHECK_REFINE_SCORER = ""
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    settings.FACTCHECK_REFINE_SCORER = "minilm"

    def flaky(name):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(scoring_service, "get_scorer", flaky)
    with pytest.raises(TransientScoringError):
        article_refine_scores(article_id=article.pk)
    assert TransientScoringError in refine_scores.autoretry_for
    assert set(article.claims.exclude(score=None).values_list("scorer", flat=True)) == {"linear"}


def test_a_gone_article_is_skipped(refine_on):
    assert article_refine_scores(article_id=987654) == "skipped"


def test_claim_page_says_which_scorer(
    refine_on, reviewer, submitter, seed_text, django_capture_on_commit_callbacks
):
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    claim = article.claims.exclude(score=None).order_by("-score").first()
    client = Client()
    client.force_login(reviewer)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert "Score by MiniLM" in page
    Claim.objects.filter(pk=claim.pk).update(scorer="linear")
    assert "Fast linear score" in client.get(f"/claims/{claim.pk}/").content.decode()


def test_auto_refines_once_a_model_is_present(
    settings, registry, tiny_model_dir, submitter, seed_text, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_REFINE_SCORER = "auto"
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tiny_model_dir
    assert scoring_service.refine_scorer_name() == "minilm"
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    assert set(article.claims.exclude(score=None).values_list("scorer", flat=True)) == {"minilm"}


def test_auto_is_silently_off_without_a_model(
    settings,
    registry,
    tmp_path,
    submitter,
    seed_text,
    django_capture_on_commit_callbacks,
    caplog,
    monkeypatch,
):
    settings.FACTCHECK_REFINE_SCORER = "auto"
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tmp_path / "not-trained"
    sent = []
    monkeypatch.setattr(scoring_service, "publish_each", lambda *a, **k: sent.append(a) or 1)
    caplog.set_level(logging.DEBUG, logger="claims.services.scoring")
    assert scoring_service.refine_scorer_name() == ""
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    assert sent == []
    assert set(article.claims.exclude(score=None).values_list("scorer", flat=True)) == {"linear"}
    assert scoring_service.scores_refine_sweep() == 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("value", ["", "off"])
def test_refinement_can_be_switched_off(settings, tiny_model_dir, value):
    settings.FACTCHECK_REFINE_SCORER = value
    settings.FACTCHECK_TRANSFORMER_MODEL_DIR = tiny_model_dir
    assert scoring_service.refine_scorer_name() == ""


def test_the_sweeper_refines_claims_left_with_the_fast_score(
    refine_on, submitter, seed_text, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    settings = refine_on
    settings.FACTCHECK_REFINE_SCORER = ""  # as if the broker had been down: nothing refined
    article = submit(submitter, seed_text, django_capture_on_commit_callbacks)
    settings.FACTCHECK_REFINE_SCORER = "minilm"
    # too recent: the task sent on commit may still be on its way
    assert scoring_service.scores_refine_sweep() == 0
    later = timezone.now() + timedelta(seconds=settings.FACTCHECK_REFINE_STALE_SECONDS + 1)
    assert scoring_service.scores_refine_sweep(now=later) == 1  # runs in process (eager)
    assert set(article.claims.exclude(score=None).values_list("scorer", flat=True)) == {"minilm"}
    assert scoring_service.scores_refine_sweep(now=later) == 0  # nothing left to refine


def test_a_worker_process_loads_its_scorers_as_it_starts(refine_on):
    """Celery's worker_process_init: the refine model is opened (and run once) before the first
    task, which then finds it loaded instead of paying for it."""
    from celery.signals import worker_process_init

    from claims.extraction import scoring as registry

    registry._INSTANCES.pop("minilm", None)
    worker_process_init.send(sender=None)
    assert "minilm" in registry._INSTANCES and "linear" in registry._INSTANCES
    assert scoring_service.scorers_warm_up() == ["linear", "minilm"]


def test_warm_up_survives_a_missing_model_and_the_task_still_reports_it(refine_on, tmp_path, caplog):
    from claims.extraction import scoring as registry

    refine_on.FACTCHECK_TRANSFORMER_MODEL_DIR = tmp_path / "nothing-here"
    apps.get_app_config("claims").ready()
    registry._INSTANCES.pop("minilm", None)
    with caplog.at_level(logging.ERROR):
        assert scoring_service.scorers_warm_up() == ["linear"]
    assert "not available" in caplog.text


def test_a_scorer_that_fails_its_first_run_does_not_stop_the_worker_starting(refine_on, caplog):
    from claims.extraction import scoring as registry

    class Broken:
        name = "minilm"

        def score(self, texts):
            raise RuntimeError("bad graph")

    registry._INSTANCES["minilm"] = Broken()
    try:
        with caplog.at_level(logging.ERROR):
            assert scoring_service.scorers_warm_up() == ["linear"]
        assert "failed its first run" in caplog.text
    finally:
        registry._INSTANCES.pop("minilm", None)
