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
    assert set(services) >= {"db", "redis", "migrate", "web", "worker", "beat"}
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
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"
        # Migrations have finished before web, worker or beat start.
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    for name in ("db", "redis", "web"):
        assert "test" in services[name]["healthcheck"]
    assert (ROOT / "Dockerfile").exists()


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


APP_SERVICES = ("migrate", "web", "worker", "beat")


def test_the_app_services_share_one_definition_through_the_anchors():
    text = (ROOT / "docker-compose.yml").read_text()
    assert "x-app: &app" in text and "environment: &app-env" in text
    services = compose()["services"]
    for name in APP_SERVICES:
        assert services[name]["build"] == "." and services[name]["image"] == "factcheck-app"
    # web, worker and beat run with exactly the same environment; migrate adds its own.
    assert (
        services["web"]["environment"] == services["worker"]["environment"] == services["beat"]["environment"]
    )
    assert services["migrate"]["environment"].items() >= services["web"]["environment"].items()


def test_migrate_is_a_one_shot_that_waits_for_the_database():
    migrate = compose()["services"]["migrate"]
    assert migrate["restart"] == "no"
    assert migrate["command"] == ["python", "manage.py", "prepare_stack"]
    assert migrate["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    # No demo accounts unless asked; the first editor from the environment.
    env = migrate["environment"]
    assert env["FACTCHECK_DEMO"] == "${FACTCHECK_DEMO:-0}"
    assert "FACTCHECK_ADMIN_USERNAME" in env and "FACTCHECK_ADMIN_PASSWORD" in env
    web = compose()["services"]["web"]
    assert "create_demo_users" not in str(web["command"]) and "migrate" not in str(web["command"])


def test_every_service_has_a_healthcheck_or_is_started_after_them():
    services = compose()["services"]
    for name in ("db", "redis", "web"):
        assert services[name]["healthcheck"]["test"], name
    assert services["web"]["healthcheck"]["test"] == ["CMD", "python", "-m", "factcheck.healthcheck"]
    assert "127.0.0.1:8000/healthz" not in str(services["web"]["healthcheck"])


def test_no_service_bind_mounts_the_hosts_var_directory():
    data = compose()
    named = set(data["volumes"])
    for name, service in data["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            assert not source.startswith((".", "/", "~")), f"{name} bind-mounts {source}"
            assert source in named, f"{name}: {source} is not a named volume"
    # The demo passwords are kept in a volume, not in the container.
    assert "state:/app/var/state" in data["services"]["migrate"]["volumes"]
    assert data["services"]["web"]["environment"]["FACTCHECK_DEMO_CREDENTIALS"].startswith("/app/var/state/")


def dockerignored(path: str) -> bool:
    """Whether .dockerignore keeps ``path`` out of the build context (its pattern subset)."""
    import fnmatch

    ignored = False
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        pattern = line.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatch.fnmatch(p, pattern) or fnmatch.fnmatch(p, "**/" + pattern) for p in prefixes):
            ignored = not negate
    return ignored


@pytest.mark.parametrize(
    "path",
    [
        ".git/HEAD",
        ".venv/bin/python",
        "var/factcheck.sqlite3",
        "var/secret_key",
        "var/demo_credentials.txt",
        "var/models/checkworthiness-minilm/model.onnx",
        "test-artifacts/screenshots/queue.png",
        ".env",
        "claims/__pycache__/models.cpython-311.pyc",
    ],
)
def test_the_image_gets_nothing_of_the_developers_machine(path):
    assert dockerignored(path)


@pytest.mark.parametrize(
    "path",
    [
        "manage.py",
        "claims/models.py",
        "requirements.txt",
        "constraints.txt",
        "seeds/000_922de16eecf30f1d.txt",
    ],
)
def test_the_image_gets_the_code(path):
    assert (ROOT / path).exists() and not dockerignored(path)


def test_the_dockerfile_installs_run_time_only_and_runs_as_a_user():
    steps = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines() if line.strip()]
    text = "\n".join(steps)
    assert "pip install --no-cache-dir -r requirements.txt -c constraints.txt" in text
    assert not any("requirements-dev" in step for step in steps if not step.startswith("#"))
    assert steps.index("COPY . .") > next(i for i, s in enumerate(steps) if "pip install" in s)
    assert "USER app" in steps
    # Every volume the app services mount exists in the image, owned by the app user.
    mounted = {
        volume.split(":")[1]
        for name in APP_SERVICES
        for volume in compose()["services"][name].get("volumes", [])
    }
    for target in mounted:
        assert target in text, target
    assert "chown -R app /app/var" in text


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
