"""Submit → claims → corroboration on a real Celery worker over real Redis and PostgreSQL,
and nothing lost when the worker or the broker is away."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from rest_framework.test import APIClient

from claims import services
from claims.models import Article, Claim
from tests.conftest import ROOT

from .conftest import Worker, worker_env

pytestmark = pytest.mark.integration
State = Claim.CorroborationState


def wait_corroborated(article_id: int, timeout: float = 90) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        states = set(
            Claim.objects.filter(article_id=article_id).values_list("corroboration_state", flat=True)
        )
        if states == {State.DONE}:
            return time.monotonic() - start
        time.sleep(0.1)
    left = Claim.objects.filter(article_id=article_id).exclude(corroboration_state=State.DONE).count()
    raise AssertionError(f"{left} claim(s) not corroborated after {timeout}s")


def test_submit_then_a_real_worker_corroborates_every_claim(worker, submitter, seed_text):
    worker.start()
    title, body = seed_text
    client = APIClient()
    client.force_authenticate(submitter)
    t0 = time.monotonic()
    response = client.post("/api/articles/", {"title": title, "body": body}, format="json")
    assert response.status_code == 201
    article_id = response.json()["id"]
    wait_corroborated(article_id)
    elapsed = time.monotonic() - t0
    print(f"\nseed: POST to every claim corroborated on a real worker: {elapsed:.2f}s")
    for claim in Claim.objects.filter(article_id=article_id):
        assert set(claim.corroborations.values_list("provider", flat=True)) == {"attribution", "checklist"}
        assert claim.events.filter(action="corroborated").count() == 1
    assert "succeeded" in worker.log.read_text()


def test_work_waits_in_redis_while_no_worker_runs(worker, submitter, django_capture_on_commit_callbacks):
    result = services.article_submit(
        submitted_by=submitter,
        title="Port",
        body="The port handled 4 million tonnes in 2023. Volumes grew 3%.",
    )
    time.sleep(1)
    assert set(result.article.claims.values_list("corroboration_state", flat=True)) == {State.PENDING}
    worker.start()
    wait_corroborated(result.article.pk)


def test_broker_down_at_submit_then_the_sweeper_recovers(worker, submitter):
    """A web process whose broker is unreachable still stores the article; beat's sweeper later
    sends the work and a worker does it."""
    script = (
        "import time, django; django.setup();"
        "from django.contrib.auth import get_user_model;"
        "from claims.services import article_submit;"
        "u = get_user_model().objects.get(username='api');"
        "t = time.monotonic();"
        "r = article_submit(submitted_by=u, title='Down',"
        " body='Prices rose 7% in May. The mayor said 200 homes were built.');"
        "print('ARTICLE', r.article.pk, round(time.monotonic() - t, 2))"
    )
    env = worker_env(worker.queue, REDIS_URL="redis://127.0.0.1:1/0")
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    line = [x for x in out.stdout.splitlines() if x.startswith("ARTICLE")][0]
    article_id, seconds = int(line.split()[1]), float(line.split()[2])
    print(f"\nsubmit with the broker down took {seconds:.2f}s")
    assert "sweeper will retry" in out.stderr
    assert Article.objects.filter(pk=article_id).exists()
    assert set(Claim.objects.filter(article_id=article_id).values_list("corroboration_state", flat=True)) == {
        State.PENDING
    }
    worker.start()
    from datetime import timedelta

    from django.utils import timezone

    sent = services.corroboration_sweep(now=timezone.now() + timedelta(hours=1))
    assert sent == Claim.objects.filter(article_id=article_id).count()
    wait_corroborated(article_id)


def test_a_claim_whose_worker_died_is_finished_by_another(worker, submitter):
    worker.start()
    result = services.article_submit(
        submitted_by=submitter, title="W", body="Unemployment fell to 4.1% in June."
    )
    wait_corroborated(result.article.pk)
    from datetime import timedelta

    from django.utils import timezone

    # As if a worker had claimed it long ago and died: running, stale, nothing attached.
    claim = result.article.claims.first()
    claim.corroborations.all().delete()
    Claim.objects.filter(pk=claim.pk).update(
        corroboration_state=State.RUNNING, corroboration_requested_at=timezone.now() - timedelta(hours=1)
    )
    assert services.corroboration_sweep() >= 1
    wait_corroborated(result.article.pk)
    assert claim.corroborations.count() > 0


def test_a_worker_killed_mid_task_loses_nothing(celery_queue, submitter, tmp_path, settings):
    """The worker dies while it runs a claim; the sweeper hands the claim to a new worker."""
    from datetime import timedelta

    from django.utils import timezone

    from .conftest import Worker

    # Both workers take a running claim older than 3 s as dead; the sweeper is run as if the
    # web's own (longer) time limit had passed.
    later = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 5)
    slow = Worker(
        celery_queue,
        tmp_path / "slow.log",
        FACTCHECK_CORROBORATION_PROVIDERS="tests.integration.slow_provider.SlowProvider",
        CELERY_TASK_SOFT_TIME_LIMIT="2",
        CELERY_TASK_TIME_LIMIT="3",
    )
    healthy = Worker(
        celery_queue, tmp_path / "healthy.log", CELERY_TASK_SOFT_TIME_LIMIT="2", CELERY_TASK_TIME_LIMIT="3"
    )
    try:
        slow.start()
        result = services.article_submit(submitted_by=submitter, title="K", body="Exports rose 9% in 2022.")
        claim = result.article.claims.get()
        deadline = time.monotonic() + 30
        while Claim.objects.get(pk=claim.pk).corroboration_state != State.RUNNING:
            assert time.monotonic() < deadline, slow.log.read_text()[-2000:]
            time.sleep(0.1)
        slow.kill()
        assert Claim.objects.get(pk=claim.pk).corroboration_state == State.RUNNING
        time.sleep(3.5)  # past the workers' hard time limit: the claim's runner is surely gone
        healthy.start()
        assert services.corroboration_sweep(now=timezone.now() + later) == 1
        wait_corroborated(result.article.pk, timeout=60)
    finally:
        slow.stop()
        healthy.stop()
    fresh = Claim.objects.get(pk=claim.pk)
    assert fresh.corroboration_attempts == 2
    providers = set(fresh.corroborations.values_list("provider", flat=True))
    assert providers == {"attribution", "checklist"}


def test_a_submit_sends_one_message_that_the_worker_fans_out(worker, submitter, seed_text):
    """One corroborate_article message per submitted article (not one per claim); the worker
    runs every claim of it."""
    worker.start()
    title, body = seed_text
    result = services.article_submit(submitted_by=submitter, title=title, body=body)
    wait_corroborated(result.article.pk)
    log = worker.log.read_text()
    assert log.count("claims.tasks.corroborate_article[") >= 1
    assert "claims.tasks.corroborate_claim[" not in log
    claims = result.article.claims.all()
    assert claims.count() >= 10  # the seed's claims, every one of them run by that message
    assert {c.corroboration_state for c in claims} == {"done"}


def test_a_lost_article_message_loses_nothing(celery_queue, worker, submitter):
    """The article's message never reaches a worker (purged, as if the broker lost it): the
    claims stay pending in PostgreSQL and the sweeper sends them one by one."""
    from datetime import timedelta

    from django.utils import timezone

    from factcheck.celery import app

    result = services.article_submit(
        submitted_by=submitter,
        title="Lost",
        body="Rents rose 8% in 2024. The mayor said 300 homes were built.",
    )
    with app.connection_for_write() as conn:
        assert conn.default_channel.queue_purge(celery_queue) == 1  # exactly one message
    worker.start()
    time.sleep(1)
    ids = set(result.article.claims.values_list("pk", flat=True))
    assert set(Claim.objects.filter(pk__in=ids).values_list("corroboration_state", flat=True)) == {
        State.PENDING
    }
    assert services.corroboration_sweep(now=timezone.now() + timedelta(hours=1)) == len(ids)
    wait_corroborated(result.article.pk)


def test_a_worker_killed_mid_article_loses_nothing(celery_queue, submitter, tmp_path, settings):
    """The worker dies on the first claim of a two-claim article: the sweeper hands the claim
    it held and the one it never reached to another worker."""
    from datetime import timedelta

    from django.utils import timezone

    from .conftest import Worker

    # Past both the web's time limit (the running claim) and the pending age (the other one).
    later = timedelta(
        seconds=max(settings.CELERY_TASK_TIME_LIMIT, settings.FACTCHECK_CORROBORATION_STALE_SECONDS) + 5
    )
    limits = {"CELERY_TASK_SOFT_TIME_LIMIT": "2", "CELERY_TASK_TIME_LIMIT": "3"}
    slow = Worker(
        celery_queue,
        tmp_path / "slow.log",
        FACTCHECK_CORROBORATION_PROVIDERS="tests.integration.slow_provider.SlowProvider",
        **limits,
    )
    healthy = Worker(celery_queue, tmp_path / "healthy.log", **limits)
    try:
        slow.start()
        result = services.article_submit(
            submitted_by=submitter, title="K2", body="Exports rose 9% in 2022. Imports fell 4% in 2023."
        )
        first, second = result.article.claims.order_by("position")
        deadline = time.monotonic() + 30
        while Claim.objects.get(pk=first.pk).corroboration_state != State.RUNNING:
            assert time.monotonic() < deadline, slow.log.read_text()[-2000:]
            time.sleep(0.1)
        slow.kill()
        assert Claim.objects.get(pk=second.pk).corroboration_state == State.PENDING
        time.sleep(3.5)  # past the workers' hard time limit
        healthy.start()
        assert services.corroboration_sweep(now=timezone.now() + later) == 2
        wait_corroborated(result.article.pk, timeout=60)
    finally:
        slow.stop()
        healthy.stop()
    assert Claim.objects.get(pk=first.pk).corroboration_attempts == 2
    assert Claim.objects.get(pk=second.pk).corroboration_attempts == 1


def test_a_long_article_hands_its_rest_to_a_new_message(celery_queue, submitter, tmp_path):
    """Past half the task's time limit, the article task stops between claims and sends the
    rest in a new message. With a limit of zero every claim after the first is handed on:
    three claims, three messages, every claim done once."""
    from .conftest import Worker

    worker = Worker(celery_queue, tmp_path / "worker.log", CELERY_TASK_SOFT_TIME_LIMIT="0")
    try:
        worker.start()
        result = services.article_submit(
            submitted_by=submitter, title="Long", body="Rents rose 8% in 2024. Prices fell 2%. Wages rose 3%."
        )
        assert result.article.claims.count() == 3
        wait_corroborated(result.article.pk)
        deadline = time.monotonic() + 10
        while worker.log.read_text().count("corroborate_article[") < 6:  # received + succeeded, x3
            assert time.monotonic() < deadline, worker.log.read_text()[-3000:]
            time.sleep(0.1)
    finally:
        worker.stop()
    log = worker.log.read_text()
    assert log.count("'continued': 2") == 1 and log.count("'continued': 1") == 1
    for claim in result.article.claims.all():
        assert claim.corroboration_attempts == 1 and claim.events.filter(action="corroborated").count() == 1


@pytest.mark.parametrize("pool", ["solo", "prefork"])
def test_a_worker_process_loads_its_scorers_before_its_first_task(celery_queue, tmp_path, pool):
    """The MiniLM model (shipped) is opened as the worker starts, in the process that runs the
    tasks: the worker's own with solo, each child with prefork (docker-compose's)."""
    worker = Worker(celery_queue, tmp_path / "worker.log", pool=pool).start()
    try:
        deadline = time.monotonic() + 30
        while "Scorers ready" not in worker.log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        log = worker.log.read_text()
        assert "Scorers ready in this process: linear, minilm" in log, log[-2000:]
        assert log.count("Scorers ready") == 1  # prefork: in the child only, not in the parent too
    finally:
        worker.stop()
