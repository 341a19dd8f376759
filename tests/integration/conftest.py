"""Real PostgreSQL, real Redis, a real Celery worker in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.conftest import ROOT, require_service


def _redis_ok(url: str) -> str | None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception as exc:
        return str(exc)
    return None


@pytest.fixture
def real_services(transactional_db):
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", "set DATABASE_URL to a PostgreSQL database")
    if not django_settings.REDIS_URL:
        require_service("Redis", "set REDIS_URL")
    problem = _redis_ok(django_settings.REDIS_URL)
    if problem:
        require_service("Redis", problem)


def worker_env(queue: str, **extra: str) -> dict[str, str]:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": django_settings.REDIS_URL,
        "FACTCHECK_QUEUE": queue,
        "SECRET_KEY": "test",
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        # Test webhook receivers listen on 127.0.0.1.
        "FACTCHECK_WEBHOOK_ALLOW_PRIVATE": "1",
    }
    env.pop("TEST_DATABASE_NAME", None)
    env.update(extra)
    return env


class Worker:
    def __init__(self, queue: str, log: Path, pool: str = "solo", **env: str):
        self.queue, self.log, self.proc, self.env, self.pool = queue, log, None, env, pool

    def start(self) -> Worker:
        self.log.write_text("")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "factcheck",
                "worker",
                "-P",
                self.pool,
                *(["-c", "1"] if self.pool == "prefork" else []),
                "-Q",
                self.queue,
                "-n",
                f"test-{os.getpid()}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "INFO",
            ],
            cwd=ROOT,
            env=worker_env(self.queue, **self.env),
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if "ready." in self.log.read_text():
                return self
            if self.proc.poll() is not None:
                raise RuntimeError("Celery worker exited:\n" + self.log.read_text()[-3000:])
            time.sleep(0.2)
        raise RuntimeError("Celery worker did not become ready:\n" + self.log.read_text()[-3000:])

    def kill(self) -> None:
        """Die like a worker whose machine went away: no cleanup, no acknowledgement."""
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def celery_queue(real_services, _eager_celery):
    """Tasks published by this test go over real Redis to the default queue, emptied first so
    that no message of an earlier test is in the way. That includes the messages a killed worker
    held unacknowledged (tests kill workers on purpose): once their visibility timeout passes, a
    later worker would restore and run them, and the test database reuses their ids."""
    from factcheck.celery import app

    app.conf.task_always_eager = False  # _eager_celery puts the previous value back
    with app.connection_for_write() as conn:
        channel = conn.default_channel
        channel.queue_purge(app.conf.task_default_queue)
        channel.client.delete(channel.unacked_key, channel.unacked_index_key)
    return app.conf.task_default_queue


@pytest.fixture
def worker(celery_queue, tmp_path):
    w = Worker(celery_queue, tmp_path / "worker.log")
    yield w
    w.stop()
