"""Every text a client sends, in a query string or a body, refuses NUL characters with a 400
naming the field (PostgreSQL cannot store or compare them: it answered 500 before). The API
is walked from its own OpenAPI schema, so a new endpoint or field is covered without a new
test; the pages' search and forms are checked alongside."""

from __future__ import annotations

import pytest
from django.test import Client
from drf_spectacular.generators import SchemaGenerator

from claims import services

pytestmark = pytest.mark.django_db

NUL = "a\x00b"


def _schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].split("/")[-1]]
    return node


def _text_properties(schema: dict, body: dict) -> list[str]:
    """Names of the body's properties that hold text (or lists of text)."""
    names = []
    for name, prop in _resolve(schema, body).get("properties", {}).items():
        prop = _resolve(schema, prop.get("oneOf", [prop])[0])
        if prop.get("readOnly"):
            continue
        if prop.get("type") == "string" or _resolve(schema, prop.get("items", {})).get("type") == "string":
            names.append(name)
    return names


def _operations():
    schema = _schema()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            queries = [
                p["name"]
                for p in operation.get("parameters", [])
                if p["in"] == "query" and p["schema"].get("type") in ("string", "array")
            ]
            for name in queries:
                yield pytest.param(path, method, "query", name, id=f"{method} {path} ?{name}")
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            for name in _text_properties(schema, body["schema"]) if body else []:
                yield pytest.param(path, method, "body", name, id=f"{method} {path} {name}")


@pytest.fixture
def ids(submitter, editor, reviewer, article):
    from claims.models import ExportJob, Feed, WebhookSubscription

    claim = article.claims.order_by("-score").first()
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    hook = WebhookSubscription.objects.create(url="https://example.com/hook", events=["claim.approved"])
    job = ExportJob.objects.create(requested_by=editor, format="csv", params={})
    feed = Feed.objects.create(
        url="https://example.com/rss", url_key="example.com/rss", publisher="X", active=False
    )
    from claims.services.evidence import evidence_add

    evidence = evidence_add(claim_id=claim.pk, actor=reviewer, stance="context", url="https://example.com/e")
    return {
        "articles": article.pk,
        "claims": claim.pk,
        "evidence": evidence.pk,
        "webhooks": hook.pk,
        "exports": job.pk,
        "feeds": feed.pk,
    }


@pytest.mark.parametrize(("path", "method", "where", "name"), list(_operations()))
def test_every_text_parameter_refuses_nul(api, editor, ids, path, method, where, name):
    url = path.replace("{export_format}", "csv")
    if "{id}" in url:
        url = url.replace("{id}", str(ids[path.split("/")[2]]))
    url = url.replace("{item}", str(ids["evidence"]))
    client = api(editor)
    if where == "query":
        response = client.generic(method.upper(), url + "?" + name + "=a%00b")
    else:
        value = [NUL] if name in ("events", "ids") else NUL
        response = getattr(client, method)(url, {name: value}, format="json")
    assert response["Content-Type"] == "application/json"
    if name == "format":  # DRF's renderer choice: an unknown one is 404 (documented)
        assert response.status_code == 404
        return
    assert response.status_code == 400, (response.status_code, response.content[:300])
    body = response.json()
    assert name in body, body


def test_the_walk_covers_every_kind_of_text_parameter():
    """A walk that found nothing would pass silently: it must reach the known ones."""
    found = {(values[0], values[1], values[3]) for values in (p.values for p in _operations())}
    for expected in [
        ("/api/articles/", "get", "q"),
        ("/api/claims/", "get", "q"),
        ("/api/claims/", "get", "assignee"),
        ("/api/exports/claims.{export_format}", "get", "q"),
        ("/api/articles/", "post", "title"),
        ("/api/articles/", "post", "body"),
        ("/api/articles/", "post", "author"),
        ("/api/claims/{id}/review/", "post", "rationale"),
        ("/api/claims/{id}/reopen/", "post", "reason"),
        ("/api/claims/{id}/send-back/", "post", "note"),
        ("/api/claims/{id}/reassign/", "post", "assignee"),
        ("/api/claims/bulk/", "post", "note"),
        ("/api/webhooks/", "post", "url"),
        ("/api/webhooks/", "post", "secret"),
        ("/api/webhooks/{id}/", "patch", "events"),
    ]:
        assert expected in found, expected


def test_article_search_with_nul_is_400_on_the_api_and_the_page(api, submitter, article):
    response = api(submitter).get("/api/articles/", {"q": NUL})
    assert response.status_code == 400
    assert response.json()["q"] == ["Null characters are not allowed."]
    client = Client()
    client.force_login(submitter)
    page = client.get("/articles/", {"q": NUL})
    assert page.status_code == 400
    assert "Null characters are not allowed." in page.content.decode()
    assert client.get("/articles/", {"q": "ceasefire"}).status_code == 200


def test_pages_refuse_nul_in_searches_and_forms_without_a_500(reviewer, submitter, article):
    client = Client()
    client.force_login(reviewer)
    assert client.get("/", {"q": NUL, "assignee": NUL}).status_code == 200  # the filter ignores it
    claim = article.claims.order_by("-score").first()
    client.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    claim.refresh_from_db()
    response = client.post(
        f"/claims/{claim.pk}/act/review/",
        {"verdict": "false", "rationale": NUL, "version": claim.version},
        follow=True,
    )
    # Refused forms go back to the claim page (post/redirect/get) with the field's error.
    assert response.redirect_chain == [(f"/claims/{claim.pk}/", 302)]
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == ""
    client.force_login(submitter)
    response = client.post("/articles/new/", {"title": NUL, "body": "The council said so in 2024."})
    assert response.status_code == 400


def test_export_jobs_keep_only_filter_parameters(api, editor, article, settings, tmp_path):
    """A job stores its parameters in a JSON column: the page a queue link carries is not
    stored, and a name that is no filter (which could hold anything, a NUL included) is a 400."""
    from claims.models import ExportJob

    settings.FACTCHECK_EXPORT_SYNC_MAX = 0
    settings.FACTCHECK_EXPORT_DIR = tmp_path
    response = api(editor).get("/api/exports/claims.csv?min_score=0&page=2")
    assert response.status_code == 202, response.content
    assert ExportJob.objects.get(pk=response.json()["id"]).params == {"min_score": ["0"]}
    junk = api(editor).get("/api/exports/claims.csv?min_score=0&junk%00=a%00b")
    assert junk.status_code == 400 and "junk\x00" in junk.json()
    assert ExportJob.objects.count() == 1
