"""Schema fuzzing: every operation of /api/schema/ against the API itself, as a submitter and
as an editor (token auth), with schemathesis' checks: no 5xx, every status code and content
type documented, every response body conforming to its schema, schema-valid requests accepted
and schema-violating ones refused.

It calls the WSGI application in process (no server, no port): requests share the test's
database transaction, and the run is derandomised (same cases every run) and bounded
(MAX_EXAMPLES per operation and role), so it costs about a minute and a half on 2 cores.
"""

from __future__ import annotations

import random
from urllib.parse import urlsplit

import pytest
import schemathesis
from desk_fixtures import light_article
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token
from schemathesis.specs.openapi.checks import positive_data_acceptance

from factcheck.wsgi import application

MAX_EXAMPLES = 10

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)

# Ids of the objects each test made, so that generated paths also reach real ones.
_existing: dict[str, list[int]] = {}


@schema.hook("map_path_parameters")
def _real_ids_too(context, path_parameters):
    """Half of the generated ids (the even ones) name an object that exists."""
    kind = context.operation.path.split("/")[2]  # articles, claims, webhooks, exports
    known = _existing.get(kind)
    pk = (path_parameters or {}).get("id")
    if known and isinstance(pk, int) and pk >= 0 and pk % 2 == 0:
        path_parameters["id"] = known[(pk // 2) % len(known)]
    return path_parameters


@schema.hook("filter_body")
def _dns_sized_hosts(context, body):
    """The fuzzer's host names run to 255 characters; DNS (and Django's URL validation) stops
    at 253. A longer one is not a URL anyone can send, so it is not generated."""
    if isinstance(body, dict) and isinstance(body.get("url"), str):
        host = urlsplit(body["url"]).hostname or ""
        return len(host) <= 253
    return True


@pytest.fixture(autouse=True)
def _keep_test_connection():
    """The WSGI handler closes the database connection after each request, as a server must;
    the test's transaction lives on that connection (Django's test client does the same)."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _desk(settings, submitter, editor, reviewer, seed_text, tmp_path):
    """An article with claims (one taken, one approved), a webhook and an export job."""
    from claims import services
    from claims.models import ExportJob, WebhookSubscription

    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True  # no DNS look-ups for generated hosts
    settings.FACTCHECK_EXPORT_DIR = tmp_path / "exports"
    settings.FACTCHECK_SUBMIT_RATE = "10000/min"
    article = light_article(submitter, seed_text)
    claims = list(article.claims.order_by("-score")[:3])
    services.claim_take(claim_id=claims[0].pk, actor=reviewer)
    services.claim_take(claim_id=claims[1].pk, actor=reviewer)
    taken = services.claim_give_verdict(
        claim_id=claims[1].pk, actor=reviewer, verdict="false", rationale="Checked.", version=None
    )
    services.claim_approve(claim_id=claims[1].pk, actor=editor, version=taken.version, force=True)
    hook = WebhookSubscription.objects.create(url="https://example.com/hook", events=["claim.approved"])
    job = ExportJob.objects.create(requested_by=submitter, format="csv", params={})
    _existing.update(
        articles=[article.pk],
        claims=[c.pk for c in claims],
        webhooks=[hook.pk],
        exports=[job.pk],
    )
    yield
    _existing.clear()


@pytest.fixture(autouse=True)
def _same_randomness():
    """Hypothesis is derandomised; this pins what else may draw from Python's random module, so
    the cases do not depend on the tests that ran before."""
    state = random.getstate()
    random.seed(20261204)
    yield
    random.setstate(state)


@pytest.fixture(params=["submitter", "editor"])
def token(request, db):
    user = request.getfixturevalue(request.param)
    return Token.objects.create(user=user).key


@schema.parametrize()
@hypothesis_settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
def test_api_conforms_to_its_schema(case, token):
    # positive_data_acceptance is left out: a schema-valid request may still break a rule of
    # the desk that a schema cannot state (reassign to someone who is not a reviewer, a URL
    # whose top-level domain does not exist), and the API rightly answers 400 with a message.
    # call_and_validate raises on any 5xx, undocumented status or content type, or off-schema body.
    response = case.call_and_validate(
        headers={"Authorization": f"Token {token}"},
        excluded_checks=[positive_data_acceptance],
    )
    assert response.status_code < 500
