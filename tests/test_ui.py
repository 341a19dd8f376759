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
    # Back at the claim's own address (reload and back work), with the errors and what was typed.
    assert missing.status_code == 302 and missing["Location"] == f"/claims/{claim.pk}/"
    shown = r.get(f"/claims/{claim.pk}/").content.decode()
    assert shown.count('class="errorlist"') == 2 and 'id="verdict-form"' in shown
    assert 'class="errorlist"' not in r.get(f"/claims/{claim.pk}/").content.decode()  # shown once
    r.post(
        f"/claims/{claim.pk}/act/review/",
        {"verdict": "true", "rationale": "Checked with the ministry.", "version": claim.version},
    )
    claim.refresh_from_db()
    assert claim.status == Status.REVIEWED
    e = login(editor)
    e.post(f"/claims/{claim.pk}/act/approve/", {"version": claim.version, "force": "on"})  # unchecked items
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


def reviewed_by(claim, reviewer):
    from claims import services

    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict="true", rationale="Checked.", version=taken.version
    )


def test_the_jsonld_export_link_is_not_narrowed_by_the_default_statuses(editor, reviewer, claim):
    from claims import services

    done = reviewed_by(claim, reviewer)
    services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    client = login(editor)
    page = client.get("/", {"min_score": "0.1"}).content.decode()
    link = re.search(r'href="(/exports/claims\.jsonld[^"]*)"', page).group(1).replace("&amp;", "&")
    assert "status=" not in link and "min_score=0.1" in link
    exported = b"".join(client.get(link).streaming_content).decode()
    assert f"/claims/{claim.pk}" in exported and '"ClaimReview"' in exported


def test_send_back_takes_a_note_the_reviewer_sees_first(editor, reviewer, claim):
    done = reviewed_by(claim, reviewer)
    e = login(editor)
    page = e.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="send-back"' in page and "Note for the reviewer" in page
    empty = e.post(f"/claims/{claim.pk}/act/send_back/", {"version": done.version, "note": ""})
    assert empty["Location"] == f"/claims/{claim.pk}/"
    refused = e.get(f"/claims/{claim.pk}/").content.decode()
    assert (
        "A send-back needs a note for the reviewer." in refused
        and '<details class="confirm" id="send-back" open>' in refused
    )
    assert Claim.objects.get(pk=claim.pk).status == Status.REVIEWED
    e.post(f"/claims/{claim.pk}/act/send_back/", {"version": done.version, "note": "Which <b>year</b>?"})
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    mine = login(reviewer).get(f"/claims/{claim.pk}/").content.decode()
    box = re.search(r'<div class="sent-back" id="sent-back".*?</div>', mine, re.S).group(0)
    assert "Sent back by editor" in box and "Which &lt;b&gt;year&lt;/b&gt;?" in box
    assert mine.index('id="sent-back"') < mine.index('id="verdict-form"')  # read before the form
    assert "sent it back" in mine  # and in the history


def test_dismiss_asks_why_and_confirms_in_the_page(editor, reviewer, claim):
    r = login(reviewer)
    page = r.get(f"/claims/{claim.pk}/").content.decode()
    assert 'id="dismiss"' not in page  # a reviewer takes the claim before dismissing it
    r.post(f"/claims/{claim.pk}/act/take/", {"version": claim.version})
    claim.refresh_from_db()
    page = r.get(f"/claims/{claim.pk}/").content.decode()
    assert '<details class="confirm" id="dismiss">' in page and "Opinion, not checkable" in page
    assert "Dismiss this claim" in page
    r.post(f"/claims/{claim.pk}/act/dismiss/", {"version": claim.version})
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    assert "A dismissal needs a reason." in r.get(f"/claims/{claim.pk}/").content.decode()
    r.post(f"/claims/{claim.pk}/act/dismiss/", {"version": claim.version, "reason": "opinion"})
    assert Claim.objects.get(pk=claim.pk).status == Status.DISMISSED
    page = login(editor).get(f"/claims/{claim.pk}/").content.decode()
    assert "dismissed it" in page and "Opinion, not checkable." in page


def test_an_editor_is_not_offered_approval_of_their_own_verdict(editor, editor2, claim):
    reviewed_by(claim, editor)
    assert "Approve</button>" not in login(editor).get(f"/claims/{claim.pk}/").content.decode()
    assert "Approve</button>" in login(editor2).get(f"/claims/{claim.pk}/").content.decode()


def test_history_names_a_checked_item_and_marks_a_cut_note(reviewer, claim):
    from claims import services
    from claims.models import ClaimEvent

    item = claim.corroborations.first()
    item.excerpt = "A long excerpt " * 10
    item.save()
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    services.corroboration_resolve(corroboration_id=item.pk, actor=reviewer, stance="supports")
    event = ClaimEvent.objects.filter(claim=claim, actor=reviewer, action="corroborated").get()
    assert "…”" in event.note
    page = login(reviewer).get(f"/claims/{claim.pk}/").content.decode()
    assert "checked a corroboration item" in page and "attached corroboration" in page


def test_counts_read_the_same_on_the_dashboard_and_the_queue(editor, claim, settings):
    from claims.models import Claim as C

    C.objects.filter(pk=claim.pk).update(status="dismissed")
    client = login(editor)
    dashboard = client.get("/dashboard/").content.decode()
    queue = client.get("/").content.decode()
    total, open_ = C.objects.count(), C.objects.filter(status__in=["new", "in_review", "reviewed"]).count()
    assert f"{total:,} claims in all · {open_:,} open" in dashboard
    assert f"{open_:,} open claims" in queue


def test_thousands_are_grouped_alike():
    from claims.templatetags.claims_extras import thousands

    assert thousands(2533) == "2,533" and thousands(None) == ""


def test_an_article_search_without_a_match_says_so(reviewer, article):
    page = login(reviewer).get("/articles/", {"q": "zzzznotthere"}).content.decode()
    assert "No articles match “zzzznotthere”." in page and "No articles yet." not in page


def test_the_queue_shows_its_article_filter_as_a_removable_chip(reviewer, article, claim):
    client = login(reviewer)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    link = re.search(r'href="(/\?article=[^"]+)"', page).group(1).replace("&amp;", "&")
    queue = client.get(link).content.decode()
    chip = re.search(r'<p class="active-filters" id="article-filter">.*?</p>', queue, re.S).group(0)
    assert article.title[:30] in chip
    remove = re.search(r'class="remove" href="([^"]+)"', chip).group(1).replace("&amp;", "&")
    assert "article=" not in remove and "status=approved" in remove
    assert 'id="article-filter"' not in client.get(remove).content.decode()


def test_form_errors_name_fields_by_their_labels(reviewer, submitter):
    bad = login(reviewer).get("/", {"min_score": "lots"}).content.decode()
    assert "Min. score: Enter a number." in bad and "min_score:" not in bad
    export = login(reviewer).get("/exports/claims.csv", {"min_score": "lots"})
    assert export.status_code == 400 and "Min. score: Enter a number." in export.content.decode()
    form = login(submitter).get("/articles/new/").content.decode()
    assert ">URL</label>" in form and ">Url<" not in form


def test_error_pages_are_in_the_site_style(reviewer, outsider, client):
    refused = login(outsider).get("/")
    assert refused.status_code == 403 and b'id="error-page"' in refused.content
    assert b"Your account has no role that allows this." in refused.content
    client = login(reviewer)
    missing = client.get("/claims/999999/")
    assert missing.status_code == 404
    text = missing.content.decode()
    assert 'id="error-page"' in text and "Fact check desk" in text and "/static/css/app.css" in text
    for name in ("400.html", "403.html", "404.html", "500.html"):
        from django.template.loader import get_template

        assert get_template(name)


def test_the_500_page_needs_neither_the_database_nor_context_processors(rf, django_assert_num_queries):
    from django.views.defaults import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500 and b'id="error-page"' in response.content


def test_pages_link_a_favicon(reviewer):
    from django.conf import settings

    page = login(reviewer).get("/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    assert (settings.BASE_DIR / "static" / "favicon.svg").read_text().startswith("<svg")
