"""/healthz, the compose file, the settings' failure modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_healthz_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_reports_a_down_broker_with_503(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"].startswith("down")


@pytest.mark.django_db
def test_healthz_reports_a_down_database_with_503(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        from django.db import OperationalError

        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "could not connect" in response.json()["database"]


def test_compose_runs_the_full_stack_from_one_app_definition():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) >= {"db", "redis", "web", "worker", "beat"}
    assert "postgres" in services["db"]["image"] and "redis" in services["redis"]["image"]
    commands = {
        name: " ".join(services[name]["command"])
        if isinstance(services[name]["command"], list)
        else services[name]["command"]
        for name in ("web", "worker", "beat")
    }
    assert "gunicorn" in commands["web"] and "factcheck.wsgi" in commands["web"]
    assert "celery" in commands["worker"] and "worker" in commands["worker"]
    assert "celery" in commands["beat"] and "beat" in commands["beat"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres") and env["REDIS_URL"].startswith("redis")
        assert services[name]["build"] == services["web"]["build"]
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("db", "redis", "web"):
        assert "test" in services[name]["healthcheck"]
    assert (ROOT / "Dockerfile").exists()


def test_settings_refuse_to_start_without_secret_key_outside_the_demo(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://u@127.0.0.1:1/x",
        "SECRET_KEY": "",
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_settings_reject_a_malformed_boolean(tmp_path):
    env = {**os.environ, "DEBUG": "maybe", "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0 and "DEBUG must be a boolean" in result.stderr
