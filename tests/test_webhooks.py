"""Webhooks: signed deliveries to a real local HTTP server, retries, events, the API's rules."""

from __future__ import annotations

import socket
import uuid
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from claims import services
from claims.errors import ValidationFailed
from claims.models import WebhookDelivery, WebhookSubscription
from claims.services.webhooks import backoff_seconds, webhooks_on_transition
from claims.workflow import Action
from tests.desk_fixtures import light_article
from tests.receiver import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(submitter, seed_text):
    return light_article(submitter, seed_text)


SECRET = "s3cret-for-the-tests-0123456789"


@pytest.fixture(autouse=True)
def _fast_retries(settings):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True  # the receiver listens on 127.0.0.1
    settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS = 0.01
    settings.FACTCHECK_WEBHOOK_BACKOFF_MAX = 0.05
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 2


@pytest.fixture
def receiver():
    with Receiver() as r:
        yield r


def subscribe(editor, url, events=("claim.approved",), secret=SECRET):
    return services.webhook_subscription_create(actor=editor, url=url, events=list(events), secret=secret)


def reviewed(claim, reviewer):
    claim = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk,
        actor=reviewer,
        verdict="mostly_false",
        rationale="The ministry said 1,960.",
        version=claim.version,
    )


def approve(claim, reviewer, editor, capture):
    done = reviewed(claim, reviewer)
    with capture(execute=True):
        return services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)


def test_approval_posts_a_signed_claim_approved_with_its_claimreview(
    claim, reviewer, editor, receiver, django_capture_on_commit_callbacks
):
    subscription = subscribe(editor, receiver.url)
    approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    assert request.signature_ok(SECRET)
    assert not request.signature_ok("another secret, another signature")
    assert request.headers["X-Factcheck-Event"] == "claim.approved"
    assert request.headers["Content-Type"] == "application/json"
    body = request.json
    assert body["event"] == "claim.approved" and uuid.UUID(body["id"])
    assert body["occurred_at"]
    assert body["claim"]["id"] == claim.pk and body["claim"]["status"] == "approved"
    assert body["claim"]["verdict"] == "mostly_false" and body["claim"]["approved_by"] == "editor"
    assert body["claim"]["claimreview"]["@type"] == "ClaimReview"
    assert body["claim"]["claimreview"]["reviewRating"]["ratingValue"] == 2
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    assert request.headers["X-Factcheck-Delivery"] == str(delivery.pk)
    assert delivery.status == "delivered" and delivery.attempts == 1 and delivery.delivered_at
    assert delivery.response_status == 200 and delivery.response_body == "ok"
    assert [a["status"] for a in delivery.attempt_log] == [200]


def retry_due(rounds: int = 10) -> None:
    """What beat's sweeper does for retries when tasks run in process: send what is due."""
    for _ in range(rounds):
        if not services.webhook_sweep(now=timezone.now() + timedelta(days=1)):
            return


def test_a_500_then_200_is_retried_and_every_attempt_is_logged(
    claim, reviewer, editor, django_capture_on_commit_callbacks
):
    with Receiver([500, 200]) as receiver:
        subscribe(editor, receiver.url)
        approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
        assert WebhookDelivery.objects.get().status == "pending"  # no retry inside the request
        retry_due()
    assert len(receiver.requests) == 2
    assert receiver.requests[0].body == receiver.requests[1].body
    assert all(r.signature_ok(SECRET) for r in receiver.requests)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "delivered" and delivery.attempts == 2
    assert [a["status"] for a in delivery.attempt_log] == [500, 200]
    assert delivery.attempt_log[0]["error"] == "HTTP 500"


def test_a_4xx_is_final_but_429_is_retried(claim, reviewer, editor, django_capture_on_commit_callbacks):
    with Receiver([429, 404]) as receiver:
        subscribe(editor, receiver.url)
        approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
        retry_due()
    delivery = WebhookDelivery.objects.get()
    assert len(receiver.requests) == 2
    assert delivery.status == "failed" and delivery.attempts == 2
    assert [a["status"] for a in delivery.attempt_log] == [429, 404]
    assert delivery.response_status == 404 and len(delivery.response_body) == 2000  # truncated


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_network_errors_are_retried_up_to_the_attempts_cap(
    claim, reviewer, editor, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 3
    subscribe(editor, f"http://127.0.0.1:{_closed_port()}/hook")
    approved = approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    assert approved.status == "approved"  # a receiver that is down changes nothing for the desk
    retry_due()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == 3
    assert [a["status"] for a in delivery.attempt_log] == [None, None, None]
    assert "Connection refused" in delivery.error or "URLError" in delivery.error


def test_backoff_grows_exponentially_with_jitter_and_honours_retry_after(settings):
    settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS = 10
    settings.FACTCHECK_WEBHOOK_BACKOFF_MAX = 600
    for attempt, full in [(1, 10), (2, 20), (3, 40), (10, 600)]:
        delays = {backoff_seconds(attempt) for _ in range(20)}
        assert all(full / 2 <= d <= full for d in delays) and len(delays) > 1
    assert backoff_seconds(1, retry_after=120) == 120
    assert backoff_seconds(1, retry_after=100_000) == 600


def test_reapproval_after_a_reopen_emits_claim_corrected_with_the_correction(
    claim, reviewer, editor, editor2, receiver, django_capture_on_commit_callbacks
):
    subscribe(editor, receiver.url, events=["claim.approved", "claim.corrected"])
    approved = approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    reopened = services.claim_reopen(
        claim_id=claim.pk, actor=editor, reason="New figures", version=approved.version
    )
    fixed = services.claim_give_verdict(
        claim_id=claim.pk, actor=editor, verdict="false", rationale="Now 1,200.", version=reopened.version
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_approve(claim_id=claim.pk, actor=editor2, version=fixed.version, force=True)
    events = [r.headers["X-Factcheck-Event"] for r in receiver.requests]
    assert events == ["claim.approved", "claim.approved", "claim.corrected"]
    corrected = receiver.requests[2].json
    assert corrected["correction"] == {
        "old_verdict": "mostly_false",
        "new_verdict": "false",
        "reason": "New figures",
    }
    assert corrected["claim"]["claimreview"]["dateModified"]
    assert len({r.json["id"] for r in receiver.requests}) == 3


def test_article_completed_is_emitted_once_when_its_last_open_claim_is_done(
    article, reviewer, editor, receiver, django_capture_on_commit_callbacks
):
    subscribe(editor, receiver.url, events=["article.completed"])
    claims = list(article.claims.order_by("position"))
    last = claims[-1]
    with django_capture_on_commit_callbacks(execute=True):
        services.claims_bulk(
            actor=editor, action="dismiss", ids=[c.pk for c in claims[:-1]], reason="opinion"
        )
    assert receiver.requests == []
    approve(last, reviewer, editor, django_capture_on_commit_callbacks)
    assert [r.headers["X-Factcheck-Event"] for r in receiver.requests] == ["article.completed"]
    summary = receiver.requests[0].json["article"]
    assert summary["id"] == article.pk and summary["claims"] == len(claims)
    assert summary["approved"] == 1 and summary["dismissed"] == len(claims) - 1
    assert summary["verdicts"] == {"mostly_false": 1}
    # Restored then dismissed again: a second completion, a second event.
    first = claims[0]
    services.claim_restore(claim_id=first.pk, actor=editor)
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_dismiss(claim_id=first.pk, actor=editor, reason="opinion")
    assert len(receiver.requests) == 2 and receiver.requests[0].json["id"] != receiver.requests[1].json["id"]


def test_the_same_event_twice_is_delivered_once(
    claim, reviewer, editor, receiver, django_capture_on_commit_callbacks
):
    subscribe(editor, receiver.url)
    approved = approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        again = webhooks_on_transition(claim=approved, action=Action.APPROVE, now=timezone.now())
    assert again == []
    assert WebhookDelivery.objects.count() == 1 and len(receiver.requests) == 1


def test_only_subscribed_active_endpoints_receive_events(
    claim, reviewer, editor, django_capture_on_commit_callbacks
):
    with Receiver() as wants, Receiver() as other, Receiver() as off:
        subscribe(editor, wants.url, events=["claim.approved"])
        subscribe(editor, other.url, events=["article.completed"])
        inactive = subscribe(editor, off.url, events=["claim.approved"])
        services.webhook_subscription_update(actor=editor, subscription_id=inactive.pk, active=False)
        approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    assert len(wants.requests) == 1 and other.requests == [] and off.requests == []


def test_a_down_broker_does_not_fail_the_approval_and_the_sweeper_sends_later(
    claim, reviewer, editor, receiver, monkeypatch, django_capture_on_commit_callbacks
):
    from claims.tasks import deliver_webhook

    subscribe(editor, receiver.url)

    def broker_down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to redis")

    monkeypatch.setattr(deliver_webhook, "delay", broker_down)
    approved = approve(claim, reviewer, editor, django_capture_on_commit_callbacks)
    assert approved.status == "approved"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 0 and receiver.requests == []
    assert services.webhook_sweep() == 0  # not stale yet
    monkeypatch.undo()
    later = timezone.now() + timedelta(hours=1)
    assert services.webhook_sweep(now=later) == 1
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and len(receiver.requests) == 1


# --- The API and the admin -----------------------------------------------------------------


def test_only_editors_manage_webhooks(api, submitter, reviewer, editor):
    for user in (submitter, reviewer):
        client = api(user)
        assert client.get("/api/webhooks/").status_code == 403
        response = client.post(
            "/api/webhooks/", {"url": "https://x.example/h", "events": ["claim.approved"]}, format="json"
        )
        assert response.status_code == 403
    assert api(None).get("/api/webhooks/").status_code in (401, 403)
    assert api(editor).get("/api/webhooks/").status_code == 200


def test_editor_creates_reads_updates_and_deletes_a_webhook(api, editor):
    client = api(editor)
    created = client.post(
        "/api/webhooks/",
        {"url": "https://hooks.example.org/fc", "events": ["claim.approved", "article.completed"]},
        format="json",
    )
    assert created.status_code == 201, created.content
    data = created.json()
    assert len(data["secret"]) >= 32 and data["created_by"] == "editor" and data["active"] is True
    pk = data["id"]
    listed = client.get("/api/webhooks/").json()
    assert [w["id"] for w in listed] == [pk] and "secret" not in listed[0]
    patched = client.patch(f"/api/webhooks/{pk}/", {"active": False}, format="json")
    assert patched.status_code == 200 and patched.json()["active"] is False
    assert patched.json()["events"] == ["claim.approved", "article.completed"]
    assert WebhookSubscription.objects.get(pk=pk).secret == data["secret"]
    assert client.get(f"/api/webhooks/{pk}/deliveries/").json() == []
    assert client.delete(f"/api/webhooks/{pk}/").status_code == 204
    assert client.get(f"/api/webhooks/{pk}/").status_code == 404


@pytest.mark.parametrize(
    "url", ["ftp://files.example.org/x", "javascript:alert(1)", "file:///etc/passwd", "not a url", ""]
)
def test_a_webhook_url_must_be_http_or_https(api, editor, url):
    response = api(editor).post("/api/webhooks/", {"url": url, "events": ["claim.approved"]}, format="json")
    assert response.status_code == 400 and "url" in response.json()
    assert not WebhookSubscription.objects.exists()


def test_bad_events_and_short_secrets_are_field_errors(api, editor):
    client = api(editor)
    for body, field in [
        ({"events": ["claim.deleted"]}, "events"),
        ({"events": []}, "events"),
        ({"events": "claim.approved"}, "events"),
        ({"events": ["claim.approved"], "secret": "short"}, "secret"),
    ]:
        response = client.post("/api/webhooks/", {"url": "https://h.example.org/", **body}, format="json")
        assert response.status_code == 400 and field in response.json(), (body, response.content)


def test_admin_manages_webhooks_and_refuses_an_ftp_url(client, django_user_model):
    admin_user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin_user)
    assert client.get("/admin/claims/webhooksubscription/").status_code == 200
    assert client.get("/admin/claims/webhookdelivery/").status_code == 200
    assert client.get("/admin/claims/exportjob/").status_code == 200
    form = {
        "url": "ftp://files.example.org/",
        "secret": SECRET,
        "events": ["claim.approved", "article.completed"],
        "active": "on",
        "deliveries-TOTAL_FORMS": "0",
        "deliveries-INITIAL_FORMS": "0",
    }
    response = client.post("/admin/claims/webhooksubscription/add/", form)
    assert response.status_code == 200 and not WebhookSubscription.objects.exists()
    response = client.post(
        "/admin/claims/webhooksubscription/add/", {**form, "url": "https://h.example.org/"}
    )
    assert response.status_code == 302
    made = WebhookSubscription.objects.get()
    assert made.events == ["claim.approved", "article.completed"] and made.created_by == admin_user
    assert client.get(f"/admin/claims/webhooksubscription/{made.pk}/change/").status_code == 200


def test_internal_addresses_are_refused_unless_allowed(editor, settings, receiver):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = False
    internal = (
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest",
        "http://10.1.2.3/x",
        "http://[::1]/x",
    )
    for url in internal:
        with pytest.raises(ValidationFailed) as err:
            subscribe(editor, url)
        assert "non-public address" in err.value.field_errors["url"][0]
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True
    subscription = subscribe(editor, receiver.url)
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = False
    delivery = WebhookDelivery.objects.create(
        subscription=subscription, event="claim.approved", event_id=uuid.uuid4(), payload={"x": 1}
    )
    outcome = services.webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert outcome.status == "failed" and delivery.status == "failed"
    assert "non-public address" in delivery.error and receiver.requests == []


def test_a_receiver_re_pointed_at_an_internal_address_after_the_check_gets_nothing(
    editor, settings, receiver, monkeypatch
):
    """DNS rebinding: the name resolves to a public address for the check, then to 127.0.0.1.
    The delivery connects only to an address it checked, so nothing reaches the internal one."""
    import socket
    from urllib.parse import urlsplit

    from claims.ingest import fetch

    port = urlsplit(receiver.url).port
    subscription = subscribe(editor, receiver.url)
    WebhookSubscription.objects.filter(pk=subscription.pk).update(url=f"http://hooks.example.net:{port}/hook")
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = False
    answers = iter(["93.184.216.34"])

    def rebinding(host, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers, "127.0.0.1"), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(fetch, "resolve", lambda host, port: [info[4][0] for info in rebinding(host)])
    delivery = WebhookDelivery.objects.create(
        subscription=subscription, event="claim.approved", event_id=uuid.uuid4(), payload={"x": 1}
    )
    services.webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert receiver.requests == []
    assert "private address (127.0.0.1)" in delivery.error, delivery.error


def test_the_address_check_is_one_reusable_rule_without_django():
    from claims.outbound import public_address_problem

    for url in ("http://127.0.0.1/x", "http://10.0.0.8/", "http://[fe80::1]/", "http://169.254.169.254/"):
        problem = public_address_problem(url, setting="SOME_SWITCH")
        assert problem and "non-public address" in problem and "SOME_SWITCH" in problem
        assert public_address_problem(url, allow_private=True) is None
    assert public_address_problem("http://93.184.216.34/hook") is None
    assert public_address_problem("file:///etc/passwd") == "The URL has no host."


def test_webhooks_is_split_by_concern_and_keeps_its_public_names():
    import importlib

    package = importlib.import_module("claims.services.webhooks")
    assert hasattr(package, "__path__"), "claims.services.webhooks is a package"
    for module in ("subscriptions", "events", "payloads", "targets", "delivery", "sweep"):
        importlib.import_module(f"claims.services.webhooks.{module}")
    for name in (
        "webhook_subscription_create",
        "webhook_subscription_update",
        "webhook_subscription_delete",
        "webhooks_on_transition",
        "webhook_publish",
        "webhook_deliver",
        "webhook_sweep",
        "webhook_target_problem",
        "backoff_seconds",
        "webhook_sign",
    ):
        assert callable(getattr(package, name)), name


def test_the_webhook_event_enum_is_not_a_second_event():
    # claims.workflow.Event is the claim history's; the webhook's is EventType, same values.
    assert not hasattr(WebhookSubscription, "Event")
    assert WebhookSubscription.EventType.values == ["claim.approved", "claim.corrected", "article.completed"]
    field = WebhookDelivery._meta.get_field("event")
    assert [value for value, _ in field.choices] == WebhookSubscription.EventType.values


def test_the_models_need_no_new_migration():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("makemigrations", "claims", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()
