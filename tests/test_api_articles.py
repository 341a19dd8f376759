"""POST/GET /api/articles/: submission, de-duplication and every bad-input answer."""

from __future__ import annotations

import json

import pytest

from claims.models import Article, Claim

pytestmark = pytest.mark.django_db


def post(client, **data):
    return client.post("/api/articles/", data, format="json")


def test_submit_returns_201_with_claims_whose_offsets_are_exact(api, submitter, seed_text):
    title, body = seed_text
    response = post(api(submitter), title=title, body=body, publisher="Example News")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["title"] == title
    assert len(data["claims"]) >= 15
    stored = Article.objects.get(pk=data["id"]).body
    for claim in data["claims"]:
        assert stored[claim["start"] : claim["end"]] == claim["text"]
        assert 0 <= claim["score"] <= 1


def test_the_same_article_twice_is_one_article(api, submitter, seed_text):
    title, body = seed_text
    first = post(api(submitter), title=title, body=body)
    again = post(api(submitter), title=title + " (updated)", body="  " + body.replace(" ", "  ") + "\n")
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_the_same_url_is_the_same_article(api, submitter):
    client = api(submitter)
    first = post(
        client,
        title="A",
        body="The council spent 4 million pounds.",
        url="https://www.example.com/a/?utm_source=x",
    )
    again = post(client, title="A", body="A different text entirely, 5 million.", url="http://example.com/a")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["id"] == first.json()["id"]


@pytest.mark.parametrize(
    "data, field",
    [
        ({"body": "Text."}, "title"),
        ({"title": "T"}, "body"),
        ({"title": "T", "body": "   \n\t "}, "body"),
        ({"title": "", "body": "Text."}, "title"),
        ({"title": "T", "body": "Text.", "url": "not a url"}, "url"),
        ({"title": "T", "body": "Text.", "published_at": "yesterday-ish"}, "published_at"),
        ({"title": "T" * 501, "body": "Text."}, "title"),
        ({"title": "T", "body": "bad\x00bytes"}, "body"),
        ({"title": "T", "body": ["a", "list"]}, "body"),
    ],
)
def test_bad_input_gets_400_with_field_messages_and_stores_nothing(api, submitter, data, field):
    response = post(api(submitter), **data)
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert Article.objects.count() == 0


def test_an_unknown_field_is_400_naming_it_not_dropped(api, submitter):
    # A publication date sent under another name would be lost without a word.
    response = post(api(submitter), title="T", body="Text.", published_date="2026-12-03", tags=["x"])
    assert response.status_code == 400, response.content
    errors = response.json()
    assert errors["published_date"] == ["Unknown field; did you mean published_at?"]
    assert "published_at" in errors["tags"][0] and "body" in errors["tags"][0]
    assert Article.objects.count() == 0


def test_a_bulk_item_with_an_unknown_field_is_an_error_and_the_others_are_stored(api, submitter):
    items = [
        {"title": "A", "body": "The council spent 4 million pounds."},
        {"title": "B", "body": "X.", "date": "2026"},
    ]
    response = api(submitter).post("/api/articles/bulk/", {"articles": items}, format="json")
    outcomes = [r["outcome"] for r in response.json()["results"]]
    assert outcomes == ["created", "error"], response.content
    assert response.json()["results"][1]["errors"] == {"date": ["Unknown field; did you mean published_at?"]}
    assert list(Article.objects.values_list("title", flat=True)) == ["A"]
    wrong_list = api(submitter).post("/api/articles/bulk/", {"items": items}, format="json")
    assert wrong_list.status_code == 400 and "items" in wrong_list.json(), wrong_list.content


def test_body_over_the_limit_is_413_and_stores_nothing(api, submitter, settings):
    settings.FACTCHECK_MAX_BODY_CHARS = 1000
    response = post(api(submitter), title="Long", body="The figure was 5. " * 100)
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_request_over_the_upload_limit_is_413(api, submitter, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post(api(submitter), title="Huge", body="x" * 20_000)
    assert response.status_code == 413


def test_malformed_json_is_400_not_500(api, submitter):
    response = api(submitter).post("/api/articles/", "{not json", content_type="application/json")
    assert response.status_code == 400


def test_anonymous_gets_401(api):
    assert post(api(None), title="T", body="Text.").status_code == 401
    assert api(None).get("/api/articles/").status_code == 401


def test_user_without_a_role_gets_403(api, outsider):
    assert post(api(outsider), title="T", body="Text.").status_code == 403
    assert api(outsider).get("/api/claims/").status_code == 403


def test_token_authentication_works(submitter, client):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=submitter)
    response = client.post(
        "/api/articles/",
        {"title": "T", "body": "The budget rose by 12% in 2023."},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 201
    assert client.get("/api/articles/", HTTP_AUTHORIZATION="Token wrong").status_code == 401


def test_a_token_carries_its_accounts_roles_and_nothing_else(db, client, roles):
    """The token look-up reads the account's roles with it (claims.api.authentication.TokenWithRoles): each
    role it has counts, a group that is no role grants nothing, and a disabled account is out."""
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from tests.conftest import make_user

    def auth(user):
        return {"HTTP_AUTHORIZATION": f"Token {Token.objects.get_or_create(user=user)[0].key}"}

    both = make_user("rev-and-editor", "reviewer", "editor")
    both.groups.add(Group.objects.get_or_create(name="newsletter")[0])
    assert client.get("/api/webhooks/", **auth(both)).status_code == 200  # an editor's page
    assert client.post("/api/claims/next/", **auth(both)).status_code in (200, 204)  # a reviewer's

    other = make_user("no-role")
    other.groups.add(Group.objects.get_or_create(name="newsletter")[0])
    headers = auth(other)
    assert client.get("/api/claims/", **headers).status_code == 403

    gone = make_user("gone", "submitter")
    headers = auth(gone)
    gone.is_active = False
    gone.save()
    response = client.get("/api/articles/", **headers)
    assert response.status_code == 401 and "inactive" in response.json()["detail"]


def test_list_and_detail(api, submitter, article):
    client = api(submitter)
    listing = client.get("/api/articles/").json()
    assert listing["count"] == 1 and listing["results"][0]["id"] == article.pk
    detail = client.get(f"/api/articles/{article.pk}/").json()
    assert detail["body"] == article.body
    assert [c["position"] for c in detail["claims"]] == sorted(c["position"] for c in detail["claims"])
    assert client.get("/api/articles/999999/").status_code == 404


def test_markup_is_stored_as_text_and_offsets_stay_exact(api, submitter):
    body = "<p>The mayor said <b>rents rose 40%</b> in 2024.</p><script>alert(1)</script>"
    response = post(api(submitter), title="<i>Markup</i>", body=body)
    assert response.status_code == 201
    stored = Article.objects.get().body
    assert stored == "The mayor said rents rose 40% in 2024."  # the text a browser shows
    assert Claim.objects.count() == 1
    for c in Claim.objects.all():
        assert stored[c.start : c.end] == c.text


def test_pasted_html_source_is_stored_as_its_text_in_paragraphs(api, submitter):
    body = (
        "<p>Council tax in Westshire will rise by 4.99% from April, the county council said.</p>\n"
        "<p>The increase adds &pound;92 a year to a Band D bill.</p>\n"
        "<p>Council leader <strong>Mark Hale</strong> said: &ldquo;We have no choice.&rdquo;</p>"
    )
    response = post(api(submitter), title="Council tax to rise &ndash; by 5%", body=body)
    assert response.status_code == 201
    article = Article.objects.get()
    assert article.title == "Council tax to rise – by 5%"
    assert article.body.split("\n\n") == [
        "Council tax in Westshire will rise by 4.99% from April, the county council said.",
        "The increase adds £92 a year to a Band D bill.",
        "Council leader Mark Hale said: “We have no choice.”",
    ]
    by_text = {c.text: c for c in Claim.objects.all()}
    assert by_text["Council leader Mark Hale said: “We have no choice.”"].speaker == "Mark Hale"
    # the same source again is the same article
    assert post(api(submitter), title="Council tax to rise &ndash; by 5%", body=body).status_code == 200


def test_non_english_article_is_stored_and_flagged_not_scored(api, submitter):
    body = (
        "Le gouvernement a annoncé mardi une hausse de 5 % des impôts. "
        "Les syndicats ont dénoncé une mesure injuste pour les familles et les retraités. "
        "Le ministre a déclaré que la décision était nécessaire pour le budget de l'État."
    )
    response = post(api(submitter), title="Impôts", body=body)
    assert response.status_code == 201
    data = response.json()
    assert data["language"] == "fr"
    assert data["language_supported"] is False
    assert all(c["score"] is None for c in data["claims"])


def test_articles_can_be_searched(api, submitter, article, client):
    client_api = api(submitter)
    other = post(client_api, title="Budget", body="The council spent 4 million pounds on roads.")
    assert other.status_code == 201
    found = client_api.get("/api/articles/", {"q": "peacekeepers"}).json()
    assert [a["id"] for a in found["results"]] == [article.pk]
    assert client_api.get("/api/articles/", {"q": "roads"}).json()["count"] == 1
    client.force_login(submitter)
    page = client.get("/articles/", {"q": "council roads"}).content.decode()
    assert "Budget" in page and article.title not in page


def test_prefer_return_minimal_answers_the_summary_and_where_the_article_is(api, submitter, seed_text):
    """A feed that submits many articles can ask for a short answer (RFC 7240 Prefer): the
    article's fields without its body and claims, and its address in Location. The claims are
    stored all the same, and a second submission of it answers 200 the same short way."""
    title, body = seed_text
    client = api(submitter)
    article = {"title": title, "body": body}
    first = client.post("/api/articles/", article, format="json", HTTP_PREFER="respond-async, return=minimal")
    assert first.status_code == 201, first.content
    data = first.json()
    assert "claims" not in data and "body" not in data
    assert data["title"] == title and data["status"] == "ready"
    assert first["Preference-Applied"] == "return=minimal"
    assert first["Location"].endswith(f"/api/articles/{data['id']}/")
    assert "Prefer" in first["Vary"]
    assert Claim.objects.filter(article_id=data["id"]).count() >= 15
    detail = client.get(first["Location"]).json()
    assert {k: detail[k] for k in data} == data

    again = client.post("/api/articles/", article, format="json", HTTP_PREFER="Return=Minimal")
    assert again.status_code == 200 and again.json() == data

    full = client.post("/api/articles/", article, format="json")
    assert full.status_code == 200 and "Preference-Applied" not in full
    assert len(full.json()["claims"]) == len(detail["claims"])
    assert full["Location"] == first["Location"]


@pytest.mark.parametrize("header", ["return=representation", "return=minimalist", "minimal", ""])
def test_anything_but_return_minimal_answers_the_whole_article(api, submitter, header):
    response = api(submitter).post(
        "/api/articles/",
        {"title": "T", "body": "The council spent 4 million pounds on roads in 2023."},
        format="json",
        HTTP_PREFER=header,
    )
    assert response.status_code == 201
    assert "claims" in response.json() and "Preference-Applied" not in response


@pytest.mark.parametrize("field", ["title", "body", "publisher"])
def test_a_lone_surrogate_in_text_is_a_field_error_naming_it(api, submitter, field):
    """Sent as a JSON escape ("\\ud83d" without its pair), it cannot be stored as UTF-8."""
    data = {"title": "T", "body": "The council spent 4 million pounds.", field: "half an emoji \ud83d here"}
    raw = json.dumps(data)  # ASCII, the surrogate as its escape: what such a client sends
    response = api(submitter).post("/api/articles/", raw, content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json()[field] == ["Surrogate characters are not allowed: U+D83D."]
    assert Article.objects.count() == 0
