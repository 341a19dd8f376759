"""The editors' pages through Django's test client: rendering per role, escaping, CSRF, forms."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from claims.models import Article, Claim
from claims.workflow import Status

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def csrf_client(user) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    page = client.get("/articles/new/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content).group(1).decode()
    return client, token


def test_pages_need_login():
    response = Client().get("/")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("role", ["submitter", "reviewer", "editor"])
def test_every_page_renders_for_every_role(role, request, article, claim):
    user = request.getfixturevalue(role)
    client = login(user)
    for url in ["/", "/articles/", f"/articles/{article.pk}/", f"/claims/{claim.pk}/", "/articles/new/"]:
        response = client.get(url)
        assert response.status_code == 200, (role, url)
        assert b"Fact check desk" in response.content


def test_user_without_role_is_refused(outsider, article):
    assert login(outsider).get("/").status_code == 403


def test_queue_shows_claims_by_score_and_filters(reviewer, article):
    client = login(reviewer)
    page = client.get("/").content.decode()
    top = article.claims.order_by("-score").first()
    assert f"/claims/{top.pk}/" in page
    found = client.get("/", {"q": "servicemen"}).content.decode()
    assert "servicemen" in found
    none = client.get("/", {"q": "zzzznotthere"}).content.decode()
    assert "No claims match" in none
    bad = client.get("/", {"min_score": "lots"})
    assert bad.status_code == 200 and b"errorlist" in bad.content


def test_claim_page_highlights_the_claim_in_its_article(reviewer, claim):
    html = login(reviewer).get(f"/claims/{claim.pk}/").content.decode()
    marked = re.search(r'<mark class="current" id="current-claim">(.*?)</mark>', html, re.S).group(1)
    from django.utils.html import escape

    assert marked == escape(claim.text)


def test_script_in_article_is_escaped_everywhere(submitter, reviewer, django_capture_on_commit_callbacks):
    from claims.services import article_submit

    evil = '<script>alert("x")</script>'
    with django_capture_on_commit_callbacks(execute=True):
        article = article_submit(
            submitted_by=submitter,
            title=f"Title {evil}",
            body=f"The minister said {evil} that 40% of homes lack heating. Prices rose 12% in 2023.",
            publisher=evil,
        ).article
    client = login(reviewer)
    urls = ["/", "/articles/", f"/articles/{article.pk}/"] + [
        f"/claims/{c.pk}/" for c in article.claims.all()
    ]
    for url in urls:
        content = client.get(url).content.decode()
        assert "<script>alert" not in content, url
    assert "&lt;script&gt;alert" in client.get(f"/articles/{article.pk}/").content.decode()


def test_paste_an_article_in_the_form(submitter, seed_text):
    client, token = csrf_client(submitter)
    title, body = seed_text
    response = client.post("/articles/new/", {"title": title, "body": body, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    article = Article.objects.get()
    assert response["Location"] == f"/articles/{article.pk}/"
    again = client.post("/articles/new/", {"title": title, "body": body, "csrfmiddlewaretoken": token})
    assert again["Location"] == f"/articles/{article.pk}/" and Article.objects.count() == 1


def test_form_errors_are_shown_and_nothing_is_stored(submitter, settings):
    client, token = csrf_client(submitter)
    response = client.post(
        "/articles/new/", {"title": "", "body": "", "url": "nope", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 400
    # The URL is invalid, and without text or a valid URL there is nothing to submit.
    assert response.content.count(b'class="errorlist"') >= 2
    settings.FACTCHECK_MAX_BODY_CHARS = 50
    long = client.post("/articles/new/", {"title": "t", "body": "word " * 40, "csrfmiddlewaretoken": token})
    assert long.status_code == 413 and b"the limit is 50" in long.content
    assert Article.objects.count() == 0


def test_posts_without_csrf_token_are_refused(reviewer, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW


def test_take_verdict_approve_in_the_ui(reviewer, editor, claim):
    r = login(reviewer)
    r.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    claim.refresh_from_db()
    assert claim.status == Status.IN_REVIEW
    page = r.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="verdict-form"' in page and "Being reviewed by <strong>reviewer</strong>" in page
    missing = r.post(
        f"/claims/{claim.pk}/act/review/", {"verdict": "", "rationale": "", "version": claim.version}
    )
    assert missing.status_code == 400 and b"errorlist" in missing.content
    r.post(
        f"/claims/{claim.pk}/act/review/",
        {"verdict": "true", "rationale": "Checked with the ministry.", "version": claim.version},
    )
    claim.refresh_from_db()
    assert claim.status == Status.REVIEWED
    e = login(editor)
    e.post(f"/claims/{claim.pk}/act/approve/", {"version": claim.version})
    claim.refresh_from_db()
    assert claim.status == Status.APPROVED
    page = e.get(f"/claims/{claim.pk}/").content.decode()
    assert "ClaimReview" in page
    jsonld = e.get(f"/claims/{claim.pk}/claimreview.json")
    assert jsonld.status_code == 200 and jsonld.json()["reviewRating"]["ratingValue"] == 5


def test_stale_form_shows_a_message_and_changes_nothing(reviewer, claim):
    r = login(reviewer)
    r.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    response = r.post(f"/claims/{claim.pk}/act/release/", {"version": claim.version}, follow=True)
    assert b"changed since you loaded it" in response.content
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW


def test_second_reviewer_sees_the_holder_and_cannot_take(reviewer, reviewer2, claim):
    login(reviewer).post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    other = login(reviewer2)
    page = other.get(f"/claims/{claim.pk}/").content.decode()
    assert "Being reviewed by <strong>reviewer</strong>" in page
    assert "Take this claim" not in page
    response = other.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version + 1}, follow=True)
    assert b"Being reviewed by reviewer" in response.content
    assert Claim.objects.get(pk=claim.pk).assignee.username == "reviewer"


def test_take_next_button(reviewer, article):
    response = login(reviewer).post("/claims/next/")
    top = article.claims.order_by("-score", "created_at").first()
    assert response["Location"] == f"/claims/{top.pk}/"


def test_renew_lease_endpoint(reviewer, reviewer2, claim):
    r = login(reviewer)
    r.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    assert r.post(f"/claims/{claim.pk}/renew/").json()["held"] is True
    assert login(reviewer2).post(f"/claims/{claim.pk}/renew/").status_code == 409


def test_only_the_holder_resolves_a_corroboration_item(reviewer, reviewer2, claim):
    item = claim.corroborations.first()
    url = f"/claims/{claim.pk}/corroboration/{item.pk}/"
    refused = login(reviewer2).post(url, {"stance": "supports"}, follow=True)
    assert b"Take the claim first" in refused.content
    item.refresh_from_db()
    assert item.state == "open"
    r = login(reviewer)
    r.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    r.post(url, {"stance": "supports", "note": "Found it"})
    item.refresh_from_db()
    assert (item.state, item.stance, item.note) == ("done", "supports", "Found it")
    assert claim.events.filter(note__contains="Found it").exists()
    assert (
        login(reviewer2)
        .post(f"/claims/{claim.pk + 1}/corroboration/{item.pk}/", {"stance": "refutes"})
        .status_code
        == 404
    )
