"""The API's contract beyond single endpoints: outages, chunked bodies, page sizes, the schema's
promises, the export query without a request."""

from __future__ import annotations

import socket

import pytest
from django.db import connection
from django.test import Client
from drf_spectacular.generators import SchemaGenerator

pytestmark = pytest.mark.django_db


# --- A database outage: 503 with Retry-After, never a 500 -------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


@pytest.fixture
def database_down(django_db_blocker, monkeypatch):
    """PostgreSQL: the connection pointed at a closed port, as when the server is down. SQLite
    (whose in-memory test database would vanish with its connection): the driver refuses to
    give a cursor, with the error it raises for a database it cannot open."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":

            def refuse(*args, **kwargs):
                raise connection.Database.OperationalError("unable to open database file")

            monkeypatch.setattr(connection, "create_cursor", refuse)
            yield
            return
        settings = connection.settings_dict
        saved = dict(settings)
        connection.close()
        settings.update(HOST="127.0.0.1", PORT=str(_closed_port()))
        settings["OPTIONS"] = {**settings.get("OPTIONS", {}), "connect_timeout": 2}
        try:
            yield
        finally:
            connection.close()
            settings.clear()
            settings.update(saved)


@pytest.mark.django_db(transaction=False)
def test_api_answers_json_503_with_retry_after_while_the_database_is_down(database_down):
    client = Client(raise_request_exception=False)
    for path in ("/api/claims/", "/api/articles/", "/api/claims/1/"):
        response = client.get(path, HTTP_AUTHORIZATION="Token 0123456789abcdef0123456789abcdef01234567")
        assert response.status_code == 503, (path, response.status_code)
        assert response["Content-Type"] == "application/json"
        assert int(response["Retry-After"]) > 0
        assert response.json()["code"] == "unavailable"
    health = client.get("/healthz")
    assert health.status_code == 503 and int(health["Retry-After"]) > 0


@pytest.mark.django_db(transaction=False)
def test_pages_answer_a_plain_503_page_while_the_database_is_down(database_down):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-session-that-needs-the-database"
    response = client.get("/")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Unavailable for a moment" in page and "app.css" in page
    assert "Traceback" not in page and "Server Error" not in page


def test_other_server_errors_on_the_api_are_json(api, submitter, monkeypatch):
    from claims import selectors

    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr(selectors, "article_list", broken)
    client = api(submitter)
    client.raise_request_exception = False
    response = client.get("/api/articles/")
    assert response.status_code == 500
    assert response.json() == {"detail": "Server error.", "code": "server_error"}


def test_unknown_api_paths_are_json_404(api, submitter):
    response = api(submitter).get("/api/claims/not-a-number/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


# --- Chunked bodies: 411 Length Required ------------------------------------------------------


def test_a_chunked_body_without_content_length_is_411_not_field_required(api, submitter):
    response = api(submitter).post(
        "/api/articles/",
        b'{"title": "T", "body": "The council said spending rose 12% in 2024."}',
        content_type="application/json",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
    )
    assert response.status_code == 411
    assert response.json()["code"] == "length_required"
    assert "Content-Length" in response.json()["detail"]


def test_a_body_with_its_length_is_read(api, submitter):
    response = api(submitter).post(
        "/api/articles/",
        {"title": "T", "body": "The council said spending rose 12% in 2024."},
        format="json",
        HTTP_TRANSFER_ENCODING="identity",
    )
    assert response.status_code == 201


# --- page_size: honoured up to its maximum, on every paginated list ---------------------------


@pytest.mark.parametrize("path", ["/api/claims/", "/api/articles/"])
def test_page_size_is_honoured_and_kept_in_the_links(api, reviewer, article, path):
    client = api(reviewer)
    if path == "/api/articles/":
        from claims.services import article_submit

        for n in range(3):
            article_submit(submitted_by=reviewer, title=f"T{n}", body=f"Body number {n} said 12% in 2024.")
    first = client.get(path, {"page_size": 2}).json()
    assert len(first["results"]) == 2
    assert "page_size=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 2
    assert {r["id"] for r in first["results"]}.isdisjoint(r["id"] for r in second["results"])


@pytest.mark.parametrize("size", ["0", "201", "many", "-1"])
def test_a_page_size_out_of_range_is_400(api, reviewer, size):
    response = api(reviewer).get("/api/claims/", {"page_size": size})
    assert response.status_code == 400
    assert "200" in response.json()["page_size"][0]


def test_page_size_and_its_maximum_are_in_the_schema():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path in ("/api/claims/", "/api/articles/"):
        params = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert params["page_size"]["schema"]["maximum"] == 200
        responses = schema["paths"][path]["get"]["responses"]
        listed = responses["200"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
        assert set(schema["components"]["schemas"][listed]["properties"]) >= {"count", "next", "results"}


# --- What the schema promises ----------------------------------------------------------------


def test_the_schema_documents_errors_enums_nullables_and_media_types():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    paths, components = schema["paths"], schema["components"]["schemas"]
    take = paths["/api/claims/{id}/take/"]["post"]["responses"]
    assert {"400", "401", "403", "404", "409", "503"} <= set(take)
    assert take["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOutput")
    hooks = paths["/api/webhooks/"]["post"]["responses"]
    assert {"400", "401", "403", "411", "413", "415"} <= set(hooks)
    assert (
        "application/ld+json" in paths["/api/claims/{id}/claimreview/"]["get"]["responses"]["200"]["content"]
    )
    export = paths["/api/exports/claims.{export_format}"]["get"]
    formats = [p for p in export["parameters"] if p["name"] == "export_format"][0]
    assert formats["schema"]["enum"] == ["csv", "json", "jsonld"]
    assert {"status", "q", "min_score"} <= {p["name"] for p in export["parameters"]}
    claim = components["Claim"]["properties"]
    assert {"$ref": "#/components/schemas/BlankEnum"} in claim["verdict"]["oneOf"]
    for field in ("assignee", "reviewed_by", "approved_by"):
        assert claim[field]["nullable"] is True
    assert components["Article"]["properties"]["submitted_by"]["nullable"] is True


@pytest.mark.parametrize("body", ["5", "[]", "[1]", '"take"'])
def test_an_action_body_that_is_not_an_object_is_400(api, reviewer, claim, body):
    response = api(reviewer).post(f"/api/claims/{claim.pk}/take/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_form_bodies_are_415_on_the_api(api, reviewer, claim):
    response = api(reviewer).post(f"/api/claims/{claim.pk}/release/", {"version": claim.version})
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


@pytest.mark.parametrize(
    "body", [{"title": 5, "body": "x"}, {"title": "T", "body": "x", "published_at": 12}, {"title": ["T"]}]
)
def test_wrong_json_types_are_400(api, submitter, body):
    assert api(submitter).post("/api/articles/", body, format="json").status_code == 400


# --- The export query takes its user, no request ---------------------------------------------


def test_assignee_me_in_an_export_means_the_user_passed_in(reviewer, reviewer2, claim):
    from claims.export_selectors import export_queryset
    from claims.services import claim_take

    claim_take(claim_id=claim.pk, actor=reviewer)
    mine = export_queryset(user=reviewer, params={"assignee": ["me"]}, export_format="csv")
    theirs = export_queryset(user=reviewer2, params={"assignee": ["me"]}, export_format="csv")
    assert list(mine.values_list("pk", flat=True)) == [claim.pk]
    assert not theirs.exists()


def test_the_verdict_view_is_not_named_like_the_claimreview_export():
    from django.urls import resolve

    from claims.api import views

    assert not hasattr(views, "ClaimReview")
    assert resolve("/api/claims/1/review/").func.view_class is views.ClaimGiveVerdict
    assert resolve("/api/claims/1/claimreview/").func.view_class is views.ClaimReviewJsonLd


# --- Numbers beyond the database's integers: 404 or 400, never a 500 -------------------------

HUGE = 2**70


def test_ids_beyond_bigint_are_not_found_not_a_500(api, editor, article):
    client = api(editor)
    assert client.get(f"/api/claims/{HUGE}/").status_code == 404
    assert client.get(f"/api/articles/{HUGE}/").status_code == 404
    assert client.post(f"/api/claims/{HUGE}/take/", {}, format="json").status_code == 404
    assert client.get("/api/claims/", {"article": HUGE}).status_code == 400
    assert client.get("/api/claims/", {"article": 2**63 - 1}).json()["count"] == 0
    bulk = client.post("/api/claims/bulk/", {"action": "dismiss", "ids": [HUGE]}, format="json")
    assert bulk.status_code in (200, 400)
    claim = article.claims.first()
    stale = client.post(f"/api/claims/{claim.pk}/take/", {"version": HUGE}, format="json")
    assert stale.status_code in (400, 409)


def test_max_length_holds_for_text_as_sent_before_trimming(api, submitter):
    """The schema's maxLength is the length sent: a title of 501 characters is refused even
    when trimming its trailing space would bring it to 500."""
    body = {"title": "T" * 500 + " ", "body": "The council said spending rose 12% in 2024."}
    response = api(submitter).post("/api/articles/", body, format="json")
    assert response.status_code == 400
    assert "title" in response.json()
