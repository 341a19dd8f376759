"""Shared fixtures: users per role, the seed article, and access to the real services."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from claims.permissions import EDITOR, REVIEWER, ROLES, SUBMITTER

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_922de16eecf30f1d.txt"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_service(what: str, reason: str) -> None:
    """Skip locally when a real service is missing; in CI that is an error."""
    if IN_CI:
        pytest.fail(f"{what} is required in CI: {reason}", pytrace=False)
    pytest.skip(f"{what} not available: {reason}")


@pytest.fixture(autouse=True)
def _eager_celery(settings):
    """Unit tests run tasks in process; integration tests switch this off themselves."""
    from factcheck.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _no_score_refinement(settings):
    """A MiniLM model trained on this machine (var/models) must not change what tests see:
    refinement is off unless a test turns it on (tests/test_refine_scores.py)."""
    settings.FACTCHECK_REFINE_SCORER = ""


@pytest.fixture(autouse=True)
def _no_grouping(settings):
    """Grouping the same claim across articles loads the sentence encoder and hides grouped
    claims from the queue: off unless a test turns it on (tests/test_grouping.py)."""
    settings.FACTCHECK_GROUPING_WINDOW = 0


@pytest.fixture
def seed_text() -> tuple[str, str]:
    from claims.management.commands.load_seeds import read_seed

    return read_seed(SEED)


def make_user(username: str, *roles: str):
    user = get_user_model().objects.create_user(username=username, password="pw-" + username)
    for role in roles:
        group, _ = Group.objects.get_or_create(name=role)
        user.groups.add(group)
    return user


@pytest.fixture
def roles(db):
    for role in ROLES:
        Group.objects.get_or_create(name=role)


@pytest.fixture
def submitter(roles):
    return make_user("api", SUBMITTER)


@pytest.fixture
def reviewer(roles):
    return make_user("reviewer", REVIEWER)


@pytest.fixture
def reviewer2(roles):
    return make_user("reviewer2", REVIEWER)


@pytest.fixture
def editor(roles):
    return make_user("editor", EDITOR)


@pytest.fixture
def editor2(roles):
    return make_user("editor2", EDITOR)


@pytest.fixture
def outsider(db):
    return make_user("outsider")


def api_client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def api():
    return api_client_for


@pytest.fixture
def article(submitter, seed_text, django_capture_on_commit_callbacks):
    from claims.services import article_submit

    title, body = seed_text
    with django_capture_on_commit_callbacks(execute=True):
        result = article_submit(
            submitted_by=submitter,
            title=title,
            body=body,
            url="https://example.com/news/ceasefire",
            publisher="Example News",
        )
    return result.article


@pytest.fixture
def claim(article):
    """The most check-worthy claim of the seed."""
    return article.claims.order_by("-score", "position").first()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The default hasher is slow on purpose; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Throttle counters live in the cache; ids repeat across rolled-back tests.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _no_login_lockouts(request, django_db_blocker):
    """Failed logins are counted in the database (django-axes): none outlive a test, whatever
    way the test used the database."""
    yield
    if {"db", "transactional_db", "live_server", "django_db_setup"} & set(request.fixturenames):
        from axes.utils import reset
        from django.db import Error

        with django_db_blocker.unblock():
            try:
                reset()
            except Error:
                pass  # a test that broke the connection on purpose; its rows were rolled back


@pytest.fixture(autouse=True)
def _fetches_stay_on_this_machine(monkeypatch):
    """The page fetcher (articles by URL) never reaches past this machine in tests, whatever URL
    a test or a fuzzer submits: only localhost resolves (a test maps other names itself) and only
    loopback addresses are connected to."""
    from claims.ingest import fetch

    real_resolve, real_open = fetch.resolve, fetch.open_connection

    def resolve(host, port):
        if host == "localhost":
            return real_resolve(host, port)
        raise socket.gaierror(socket.EAI_NONAME, f"{host} is not resolved in tests")

    def open_connection(address, timeout):
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise OSError(f"tests connect only to this machine, not {address[0]}")
        return real_open(address, timeout)

    monkeypatch.setattr(fetch, "resolve", resolve)
    monkeypatch.setattr(fetch, "open_connection", open_connection)
