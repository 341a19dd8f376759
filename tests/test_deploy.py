"""The full stack as docker-compose.yml ships it: `check --deploy` behind TLS, the one-shot
`migrate` service's command against a real (SQLite) database, the web healthcheck."""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
import yaml

from tests.conftest import ROOT

# The variables the README ("Full stack") tells a deployment behind a TLS proxy to set.
TLS_VARIABLES = {
    "FACTCHECK_HTTPS": "true",
    "ALLOWED_HOSTS": "desk.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://desk.example.org",
    "FACTCHECK_TRUSTED_PROXIES": "1",
}


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:-default} and ${NAME:?error}."""

    def one(match: re.Match) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        given = env.get(name, "")
        if op == ":?" and not given:
            raise KeyError(f"{name}: {arg}")
        return given or (arg if op == ":-" else "")

    return re.sub(r"\$\{(\w+)(?:(:-|:\?)([^}]*))?\}", one, str(value))


def compose_environment(service: str, env: dict[str, str]) -> dict[str, str]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return {k: interpolate(v, env) for k, v in compose["services"][service]["environment"].items()}


def base_env() -> dict[str, str]:
    """The process environment of a container: no DATABASE_URL, DEBUG… of this machine's."""
    keep = ("PATH", "HOME", "LANG", "PYTHONPATH", "VIRTUAL_ENV")
    return {k: os.environ[k] for k in keep if k in os.environ}


def manage(args: list[str], env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base_env(), **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_check_deploy_is_clean_with_the_compose_environment_and_the_tls_variables():
    given = {"SECRET_KEY": secrets.token_urlsafe(50), **TLS_VARIABLES}
    env = compose_environment("web", given)
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_tls_the_compose_defaults_warn_as_the_readme_says():
    env = compose_environment("web", {"SECRET_KEY": secrets.token_urlsafe(50)})
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr + result.stdout


def test_the_readme_documents_the_tls_variables():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Full stack", 1)[1].split("\n## ", 1)[0]
    for name in (*TLS_VARIABLES, "FACTCHECK_ADMIN_USERNAME", "FACTCHECK_ADMIN_PASSWORD", "FACTCHECK_DEMO"):
        assert name in section, name


# --- The one-shot migrate service -----------------------------------------------------------


def stack_env(tmp_path, **extra: str) -> dict[str, str]:
    """The migrate service's command on a temporary SQLite database."""
    return {
        "SECRET_KEY": "test",
        "FACTCHECK_DATA_DIR": str(tmp_path / "var"),
        "FACTCHECK_DEMO_CREDENTIALS": str(tmp_path / "state" / "demo_credentials.txt"),
        **extra,
    }


def users(tmp_path) -> dict[str, tuple[bool, list[str]]]:
    db = sqlite3.connect(tmp_path / "var" / "factcheck.sqlite3")
    rows = db.execute(
        "select u.username, u.is_superuser, g.name from auth_user u "
        "left join auth_user_groups ug on ug.user_id = u.id left join auth_group g on g.id = ug.group_id"
    ).fetchall()
    db.close()
    found: dict[str, tuple[bool, list[str]]] = {}
    for name, superuser, group in rows:
        found.setdefault(name, (bool(superuser), []))[1].extend([group] if group else [])
    return found


def test_prepare_stack_creates_the_first_editor_once_and_no_demo_accounts(tmp_path):
    env = stack_env(
        tmp_path, FACTCHECK_ADMIN_USERNAME="chief", FACTCHECK_ADMIN_PASSWORD="a long Pass phrase 42"
    )
    first = manage(["prepare_stack"], env)
    assert first.returncode == 0, first.stderr
    assert "Created the editor chief" in first.stdout
    again = manage(["prepare_stack"], {**env, "FACTCHECK_ADMIN_PASSWORD": "another long Pass 43"})
    assert again.returncode == 0, again.stderr
    assert "exists; its password is left as it is" in again.stdout
    assert users(tmp_path) == {"chief": (True, ["editor"])}
    assert not (tmp_path / "state" / "demo_credentials.txt").exists()


def test_prepare_stack_refuses_a_weak_first_password(tmp_path):
    env = stack_env(tmp_path, FACTCHECK_ADMIN_USERNAME="chief", FACTCHECK_ADMIN_PASSWORD="password")
    result = manage(["prepare_stack"], env)
    assert result.returncode != 0 and "FACTCHECK_ADMIN_PASSWORD is too weak" in result.stderr
    assert "chief" not in users(tmp_path)


def test_the_demo_is_opt_in_and_keeps_its_passwords_when_recreated(tmp_path):
    env = stack_env(tmp_path, FACTCHECK_DEMO="1")
    first = manage(["prepare_stack"], env)
    assert first.returncode == 0, first.stderr
    assert set(users(tmp_path)) == {"editor", "reviewer", "reviewer2", "api"}
    passwords = (tmp_path / "state" / "demo_credentials.txt").read_text()
    # A new container: the image's var/ is fresh, the state volume is kept.
    (tmp_path / "var" / "secret_key").unlink(missing_ok=True)
    again = manage(["prepare_stack"], env)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "state" / "demo_credentials.txt").read_text() == passwords
    for line in passwords.splitlines():
        name, password = line.split(" ", 1)
        assert f"{name:<10}" in again.stdout and password in again.stdout


# --- The web healthcheck --------------------------------------------------------------------


def test_the_healthcheck_passes_with_a_real_allowed_hosts_and_https(live_server, settings):
    settings.ALLOWED_HOSTS = ["desk.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    url = f"{live_server.url}/healthz"
    # What the old healthcheck did: 127.0.0.1 is not an allowed host.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=10)  # noqa: S310
    assert refused.value.code in (400, 301)
    env = {**base_env(), "HEALTHCHECK_URL": url, "ALLOWED_HOSTS": "desk.example.org,.example.org"}
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.healthcheck"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


def test_the_healthcheck_fails_when_the_app_does_not_answer():
    env = {**base_env(), "HEALTHCHECK_URL": "http://127.0.0.1:9/healthz", "ALLOWED_HOSTS": "desk.example.org"}
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.healthcheck"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1 and "127.0.0.1:9" in result.stderr
