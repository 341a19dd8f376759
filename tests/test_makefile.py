"""`make run` installs what serving needs and nothing of the development tools."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(tmp_path, target: str) -> str:
    """`make -n TARGET` on a fresh tree: what a newcomer's first `make TARGET` would run."""
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    done = subprocess.run(["make", "-n", target], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def installs(commands: str) -> list[str]:
    return [line for line in commands.splitlines() if "pip install" in line]


def test_make_run_installs_the_run_time_requirements_only(tmp_path):
    commands = dry_run(tmp_path, "run")
    assert installs(commands) and all("-r requirements.txt" in line for line in installs(commands))
    assert "requirements-dev" not in commands
    assert "runserver" in commands


@pytest.mark.parametrize("target", ["test", "lint"])
def test_make_test_and_lint_install_the_development_tools(tmp_path, target):
    lines = installs(dry_run(tmp_path, target))
    assert any("-r requirements.txt" in line for line in lines)
    assert any("-r requirements-dev.txt" in line for line in lines)
    assert all("-c constraints.txt" in line for line in lines)


def test_the_worker_installs_the_run_time_requirements_only(tmp_path):
    assert "requirements-dev" not in dry_run(tmp_path, "worker")


def test_every_pinned_requirement_is_in_the_constraints():
    constraints = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line
    }
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            if "==" in line:
                package = line.split("==")[0].split("[")[0].lower().replace("_", "-")
                assert package in constraints, f"{name}: {package} is not pinned in constraints.txt"


def test_no_unused_test_data_factories_are_installed():
    text = (ROOT / "requirements-dev.txt").read_text().lower() + (
        ROOT / "constraints.txt"
    ).read_text().lower()
    assert "factory" not in text and "faker" not in text
