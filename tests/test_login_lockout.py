"""Repeated failed logins lock out the account and the address (django-axes), on the login
page and on POST /api/auth/token/; an editor unlocks."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db

LIMIT = 10  # the default FACTCHECK_LOGIN_FAILURE_LIMIT


def log_in(client, username, password, ip="203.0.113.9"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_default_limit_is_documented_and_sensible(settings):
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]


def test_a_few_wrong_passwords_do_not_stop_the_right_one(reviewer):
    client = Client()
    for _ in range(LIMIT - 1):
        assert log_in(client, "reviewer", "wrong").status_code == 200
    response = log_in(client, "reviewer", "pw-reviewer")
    assert response.status_code == 302 and logged_in(client)


def test_an_account_is_locked_after_the_limit_from_any_address(reviewer):
    client = Client()
    for n in range(LIMIT):
        log_in(client, "reviewer", "wrong", ip=f"198.51.100.{n + 1}")
    response = log_in(client, "reviewer", "pw-reviewer", ip="192.0.2.200")
    assert response.status_code == 429 and not logged_in(client)


def test_an_address_is_locked_after_the_limit_whatever_the_usernames(reviewer, editor):
    client = Client()
    for n in range(LIMIT):
        log_in(client, f"guess{n}", "wrong", ip="203.0.113.50")
    locked = log_in(client, "editor", "pw-editor", ip="203.0.113.50")
    assert locked.status_code == 429 and not logged_in(client)
    elsewhere = Client()
    assert log_in(elsewhere, "editor", "pw-editor", ip="203.0.113.51").status_code == 302
    assert logged_in(elsewhere)


def test_sixty_wrong_passwords_then_the_right_one_is_refused(reviewer):
    client = Client()
    codes = [log_in(client, "reviewer", f"wrong{n}").status_code for n in range(60)]
    assert codes[: LIMIT - 1] == [200] * (LIMIT - 1) and set(codes[LIMIT - 1 :]) == {429}
    assert log_in(client, "reviewer", "pw-reviewer").status_code == 429 and not logged_in(client)


def test_the_lockout_is_the_login_page_with_a_clear_message(reviewer):
    client = Client()
    for _ in range(LIMIT):
        response = log_in(client, "reviewer", "wrong")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert int(response["Retry-After"]) == 15 * 60
    html = response.content.decode()
    assert 'role="alert"' in html and "Too many failed logins" in html
    assert "15 minutes" in html and "Ask an editor" in html
    assert '<form method="post"' in html and 'name="username"' in html and 'value="reviewer"' in html
    assert "make users" not in html


def test_the_login_page_points_to_what_the_readme_documents():
    html = Client().get("/login/").content.decode()
    assert "make users" not in html and "make run" in html


def test_an_editor_sees_and_unlocks_a_locked_account(reviewer, editor):
    client = Client()
    for _ in range(LIMIT):
        log_in(client, "reviewer", "wrong", ip="198.51.100.7")
    assert log_in(Client(), "reviewer", "pw-reviewer", ip="192.0.2.1").status_code == 429

    desk = Client()
    desk.force_login(editor)
    page = desk.get("/lockouts/").content.decode()
    assert "reviewer" in page and "198.51.100.7" in page
    response = desk.post("/lockouts/", {"username": "reviewer"}, follow=True)
    assert "Unlocked reviewer" in response.content.decode()

    again = Client()
    assert log_in(again, "reviewer", "pw-reviewer", ip="192.0.2.1").status_code == 302 and logged_in(again)


def test_an_editor_unlocks_an_address(reviewer, editor):
    for n in range(LIMIT):
        log_in(Client(), f"guess{n}", "wrong", ip="203.0.113.77")
    assert log_in(Client(), "reviewer", "pw-reviewer", ip="203.0.113.77").status_code == 429
    desk = Client()
    desk.force_login(editor)
    desk.post("/lockouts/", {"ip_address": "203.0.113.77"})
    assert log_in(Client(), "reviewer", "pw-reviewer", ip="203.0.113.77").status_code == 302


def test_only_editors_unlock(reviewer, submitter):
    from claims import services
    from claims.errors import NotAllowed

    client = Client()
    client.force_login(reviewer)
    assert client.get("/lockouts/").status_code == 403
    assert client.post("/lockouts/", {"username": "x"}).status_code == 403
    with pytest.raises(NotAllowed):
        services.login_unlock(actor=submitter, username="x")


def test_the_client_address_comes_from_the_trusted_proxy_only(reviewer, settings):
    settings.FACTCHECK_TRUSTED_PROXIES = 1
    client = Client()
    for n in range(LIMIT):
        # The client forges the left of X-Forwarded-For; the proxy appends what it saw.
        client.post(
            "/login/",
            {"username": f"guess{n}", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 198.51.100.99",
        )
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.99"}
    other = Client().post(
        "/login/",
        {"username": "reviewer", "password": "pw-reviewer"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.100",
    )
    assert other.status_code == 302


# --- POST /api/auth/token/ -------------------------------------------------------------------


def token_request(client, username, password, ip="203.0.113.9"):
    return client.post(
        "/api/auth/token/",
        {"username": username, "password": password},
        content_type="application/json",
        REMOTE_ADDR=ip,
    )


def test_the_token_endpoint_trades_credentials_for_the_token(submitter):
    response = token_request(Client(enforce_csrf_checks=True), "api", "pw-api")
    assert response.status_code == 200
    token = response.json()["token"]
    assert token == Token.objects.get(user=submitter).key
    assert token_request(Client(), "api", "pw-api").json()["token"] == token  # the same one again
    articles = Client().get("/api/articles/", HTTP_AUTHORIZATION=f"Token {token}")
    assert articles.status_code == 200


def test_the_token_endpoint_refuses_wrong_credentials_with_400(submitter):
    response = token_request(Client(), "api", "wrong")
    assert response.status_code == 400 and "Unable to log in" in str(response.json())
    assert token_request(Client(), "api", "").status_code == 400


def test_the_token_endpoint_is_locked_out_like_the_login_page(submitter):
    client = Client()
    codes = [token_request(client, "api", "wrong").status_code for _ in range(LIMIT + 2)]
    assert codes[: LIMIT - 1] == [400] * (LIMIT - 1) and set(codes[LIMIT - 1 :]) == {429}
    response = token_request(client, "api", "pw-api", ip="192.0.2.30")
    assert response.status_code == 429
    assert response.json()["code"] == "locked_out" and "Too many failed logins" in response.json()["detail"]
    assert "Retry-After" in response
    # Failures on the API count for the login page too: one lockout per account.
    assert log_in(Client(), "api", "pw-api", ip="192.0.2.31").status_code == 429


def test_the_token_endpoint_is_in_the_openapi_schema(editor):
    client = Client()
    client.force_login(editor)
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/auth/token/"]["post"]
    assert set(operation["responses"]) >= {"200", "400", "429"}
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert "token" in schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"]
    assert operation["requestBody"]["content"]  # username and password
