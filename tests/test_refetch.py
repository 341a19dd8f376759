"""Fetching a ready article's page again: unchanged pages change nothing; a changed page keeps
the old text as a version, moves the claims still in the text, marks the gone ones (their
verdicts kept) and adds the new sentences; pages, API and history say which claims moved."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims import services
from claims.errors import Conflict, NotAllowed
from claims.extraction.realign import OldSpan, realign
from claims.models import Article, ArticleVersion, Claim, ClaimEvent
from claims.services.ingest import article_refetch, article_submit_url, may_refetch
from claims.services.refetch import refetch_sweep
from tests.ingest.site import Route, Site, page

ORIGINAL = page("harbour_budget.html")
GONE = "Opposition leader Tomas Berg disputed the figures"
NEW = "The port authority said on Wednesday that cargo traffic rose by 3 percent in the first quarter."
EDITED = ORIGINAL.replace(
    b"<p>Opposition leader Tomas Berg disputed the figures, saying that cargo volumes had fallen by only 4 "
    b"percent according to the port authority's own annual report.</p>",
    b"",
).replace(
    b"<p>The city council approved",
    f"<p>{NEW}</p>\n    <p>The city council approved".encode(),
)


# --- where old sentences are in a new text (pure) -------------------------------------------------


def test_realign_moves_keeps_and_drops_spans():
    old = "A said one. B said two. C said three."
    new = "Intro here. A said one. C said three."
    spans = [
        OldSpan(1, 0, 11, "A said one."),
        OldSpan(2, 12, 23, "B said two."),
        OldSpan(3, 24, 37, "C said three."),
    ]
    placed = {p.key: (p.start, p.end) for p in realign(old, new, spans)}
    assert placed == {1: (12, 23), 2: (None, None), 3: (24, 37)}
    for key, (start, end) in placed.items():
        if start is not None:
            assert new[start:end] == next(s.text for s in spans if s.key == key)


def test_realign_gives_each_occurrence_once_nearest_to_its_old_place():
    old = "Yes. Filler text here. Yes. More filler text at the end."
    new = "Start. Yes. Filler text here. Yes. More filler text at the end."
    spans = [OldSpan(1, 0, 4, "Yes."), OldSpan(2, 23, 27, "Yes.")]
    placed = {p.key: p.start for p in realign(old, new, spans)}
    assert placed == {1: 7, 2: 30}
    # One occurrence left for two spans: the nearer one keeps it, the other is gone.
    placed = {p.key: p.start for p in realign(old, "Only one: Yes. End of the text here.", spans)}
    assert sorted(placed.values(), key=lambda v: v is None) == [10, None]


def test_realign_leaves_alone_what_is_blocked():
    new = "Yes. Filler. Yes."
    spans = [OldSpan(1, 0, 4, "Yes.")]
    assert [p.start for p in realign("Yes.", new, spans, blocked=[(0, 4)])] == [13]
    assert [p.start for p in realign("Yes.", new, spans, blocked=[(2, 6), (13, 17)])] == [None]


# --- the service ----------------------------------------------------------------------------------


@pytest.fixture
def site(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 1.0
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=ORIGINAL)
        yield s


@pytest.fixture
def fetched(site, submitter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = article_submit_url(submitted_by=submitter, url=site.url("/news/harbour")).article
    article.refresh_from_db()
    assert article.status == "ready" and article.claims.count() >= 6
    return article


def refetch(article, actor, capture):
    with capture(execute=True):
        article_refetch(article_id=article.pk, actor=actor)
    article.refresh_from_db()
    return article


def test_an_unchanged_page_changes_nothing_but_the_time_checked(
    fetched, submitter, django_capture_on_commit_callbacks
):
    before = list(fetched.claims.values_list("pk", "start", "end"))
    article = refetch(fetched, submitter, django_capture_on_commit_callbacks)
    assert article.refetch_changed is False and article.refetched_at is not None
    assert article.refetch_requested_at is None and article.refetch_error == ""
    assert list(article.claims.values_list("pk", "start", "end")) == before
    assert not ArticleVersion.objects.exists()


def test_a_changed_page_keeps_the_old_text_and_moves_the_claims(
    fetched, site, submitter, reviewer, editor, django_capture_on_commit_callbacks
):
    old_body, old_title = fetched.body, fetched.title
    gone = fetched.claims.get(text__startswith=GONE)
    taken = services.claim_take(claim_id=gone.pk, actor=reviewer)
    services.claim_give_verdict(
        claim_id=gone.pk,
        actor=reviewer,
        verdict="false",
        rationale="The report says 9%.",
        version=taken.version,
    )
    kept_before = {c.pk: (c.start, c.text) for c in fetched.claims.exclude(pk=gone.pk)}
    site.routes["/news/harbour"] = Route(body=EDITED)

    article = refetch(fetched, editor, django_capture_on_commit_callbacks)
    assert article.refetch_changed is True and NEW in article.body and GONE not in article.body
    version = ArticleVersion.objects.get(article=article)
    assert (version.number, version.body, version.title, version.replaced_by) == (
        1,
        old_body,
        old_title,
        editor,
    )

    # Every claim still in the text points at its sentence in the new text.
    for claim in article.claims.filter(gone_with__isnull=True):
        assert article.body[claim.start : claim.end] == claim.text
        for signal in claim.signals:
            assert article.body[signal["start"] : signal["end"]] == signal["text"]
    moved = [pk for pk, (start, _t) in kept_before.items() if Claim.objects.get(pk=pk).start != start]
    assert moved and len(moved) == version.moved
    # The gone sentence keeps its verdict, and its offsets point into the version it was in.
    gone = Claim.objects.get(pk=gone.pk)
    assert gone.gone_with == version and gone.verdict == "false" and gone.status == "reviewed"
    assert version.body[gone.start : gone.end] == gone.text
    new = article.claims.get(text=NEW)
    assert new.status == "new" and new.gone_with is None and article.body[new.start : new.end] == NEW
    assert (version.gone, version.added) == (1, 1)
    assert {c["change"] for c in version.changes} == {"moved", "gone", "new"}
    # History: each moved and gone claim says so.
    assert ClaimEvent.objects.filter(action="text_moved").count() == version.moved
    assert ClaimEvent.objects.get(claim=gone, action="text_gone").note.endswith("kept as version 1.")

    # Fetched again, unchanged now: no second version, nothing moves.
    article = refetch(article, editor, django_capture_on_commit_callbacks)
    assert article.refetch_changed is False and ArticleVersion.objects.count() == 1


def test_a_sentence_back_in_the_text_is_the_same_claim_again_not_a_new_one(
    fetched, site, submitter, reviewer, editor, client, django_capture_on_commit_callbacks
):
    gone = fetched.claims.get(text__startswith=GONE)
    taken = services.claim_take(claim_id=gone.pk, actor=reviewer)
    services.claim_give_verdict(
        claim_id=gone.pk, actor=reviewer, verdict="false", rationale="No.", version=taken.version
    )
    site.routes["/news/harbour"] = Route(body=EDITED)
    refetch(fetched, editor, django_capture_on_commit_callbacks)
    count = Claim.objects.count()
    site.routes["/news/harbour"] = Route(body=ORIGINAL)  # the publisher undid the edit

    article = refetch(fetched, editor, django_capture_on_commit_callbacks)
    assert article.refetch_changed is True and GONE in article.body
    second = ArticleVersion.objects.get(article=article, number=2)
    assert (second.moved, second.gone, second.back, second.added) == (second.moved, 1, 1, 0)
    gone.refresh_from_db()
    assert gone.gone_with is None and gone.verdict == "false" and gone.status == "reviewed"
    assert article.body[gone.start : gone.end] == gone.text
    # Nothing was found twice: the returning sentence is the old claim; NEW is gone in its turn.
    assert Claim.objects.count() == count and Claim.objects.filter(text=gone.text).count() == 1
    assert Claim.objects.get(text=NEW).gone_with == second
    back = [c for c in second.changes if c["change"] == "back"]
    assert back == [{"claim": gone.pk, "change": "back", "from": None, "to": [gone.start, gone.end]}]
    assert ClaimEvent.objects.get(claim=gone, action="text_back").note.endswith("kept as version 2.")
    for claim in article.claims.filter(gone_with__isnull=True):
        assert article.body[claim.start : claim.end] == claim.text

    client.force_login(editor)
    html = client.get(reverse("article", args=[article.pk])).content.decode()
    assert "1 no longer in the text, 1 back in it, 0 new" in html
    old = client.get(reverse("article-version", args=[article.pk, 2])).content.decode()
    assert 'data-change="back"' in old and "back in the text" in old
    history = client.get(reverse("claim", args=[gone.pk])).content.decode()
    assert "is back in the article&#x27;s text" in history and 'id="gone-note"' not in history


def test_a_new_text_equal_to_another_article_is_refused_and_the_text_kept(
    fetched, site, submitter, django_capture_on_commit_callbacks
):
    other = services.article_submit(
        submitted_by=submitter, title="Other", body="Something else entirely. It rained."
    ).article
    site.routes["/news/harbour"] = Route(
        body=b"<html><head><title>x</title></head><body><article><p>Something else entirely. It rained.</p>"
        b"</article></body></html>"
    )
    body = fetched.body
    article = refetch(fetched, submitter, django_capture_on_commit_callbacks)
    assert article.body == body and article.refetch_changed is None
    assert f"article #{other.pk}" in article.refetch_error and not ArticleVersion.objects.exists()


def test_a_failed_refetch_says_why_and_keeps_the_article_ready(
    fetched, site, submitter, django_capture_on_commit_callbacks
):
    site.routes["/news/harbour"] = Route(404, b"<html>gone</html>")
    article = refetch(fetched, submitter, django_capture_on_commit_callbacks)
    assert article.status == "ready" and "404" in article.refetch_error and article.refetch_changed is None
    assert article.claims.filter(gone_with__isnull=True).count() >= 6


def test_who_may_refetch_and_only_once_at_a_time(
    fetched, submitter, reviewer, editor, django_capture_on_commit_callbacks
):
    assert (
        may_refetch(submitter, fetched)
        and may_refetch(editor, fetched)
        and not may_refetch(reviewer, fetched)
    )
    with pytest.raises(NotAllowed):
        article_refetch(article_id=fetched.pk, actor=reviewer)
    with django_capture_on_commit_callbacks(execute=False):  # no worker yet
        article_refetch(article_id=fetched.pk, actor=submitter)
    fetched.refresh_from_db()
    assert fetched.refetch_requested_at is not None and not may_refetch(editor, fetched)
    with pytest.raises(Conflict, match="already"):
        article_refetch(article_id=fetched.pk, actor=editor)
    pasted = services.article_submit(
        submitted_by=submitter, title="Pasted", body="A pasted text. It is short."
    ).article
    assert not may_refetch(editor, pasted)
    with pytest.raises(Conflict, match="not submitted by URL"):
        article_refetch(article_id=pasted.pk, actor=editor)


def test_only_its_submitter_while_they_may_submit_or_an_editor_fetches_again(fetched, submitter, api):
    from django.contrib.auth.models import Group

    from tests.conftest import make_user

    other = make_user("other-submitter", *submitter.groups.values_list("name", flat=True))
    assert not may_refetch(other, fetched)
    assert api(other).post(f"/api/articles/{fetched.pk}/refetch/").status_code == 403
    submitter.groups.remove(*Group.objects.filter(name__in=submitter.groups.values_list("name", flat=True)))
    submitter = type(submitter).objects.get(pk=submitter.pk)  # roles are cached on the object
    assert not may_refetch(submitter, fetched)
    with pytest.raises(NotAllowed):
        article_refetch(article_id=fetched.pk, actor=submitter)
    assert api(submitter).post(f"/api/articles/{fetched.pk}/refetch/").status_code == 403
    fetched.refresh_from_db()
    assert fetched.refetch_requested_at is None


def test_the_sweeper_sends_a_lost_refetch_again(fetched, site, submitter, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    with django_capture_on_commit_callbacks(execute=False):  # the message was lost
        article_refetch(article_id=fetched.pk, actor=submitter)
    Article.objects.filter(pk=fetched.pk).update(refetch_requested_at=timezone.now() - timedelta(hours=1))
    site.routes["/news/harbour"] = Route(body=EDITED)
    assert refetch_sweep() == 1
    fetched.refresh_from_db()
    assert fetched.refetch_changed is True and fetched.refetch_requested_at is None


# --- pages and API --------------------------------------------------------------------------------


def test_the_pages_say_what_changed_and_show_the_old_text(
    fetched, site, editor, client, django_capture_on_commit_callbacks
):
    site.routes["/news/harbour"] = Route(body=EDITED)
    article = refetch(fetched, editor, django_capture_on_commit_callbacks)
    version = ArticleVersion.objects.get()
    client.force_login(editor)
    html = client.get(reverse("article", args=[article.pk])).content.decode()
    assert (
        "the text had changed" in html
        and f"{version.moved} claims moved, 1 no longer in the text, 1 new" in html
    )
    assert "No longer in the text (1)" in html and reverse("article-version", args=[article.pk, 1]) in html
    # The current text is highlighted with the claims still in it; the gone sentence is not in it.
    body_part = html[html.index('id="article-body"') : html.index("</div>", html.index('id="article-body"'))]
    assert GONE not in body_part and NEW in body_part
    old = client.get(reverse("article-version", args=[article.pk, 1])).content.decode()
    assert GONE in old and 'data-change="gone"' in old and 'data-change="new"' in old
    gone = Claim.objects.get(text__startswith=GONE)
    claim_page = client.get(reverse("claim", args=[gone.pk])).content.decode()
    assert "This sentence is no longer in the article" in claim_page
    assert 'id="current-claim">Opposition leader Tomas Berg' in claim_page
    assert client.get(reverse("article-version", args=[article.pk, 2])).status_code == 404


def test_the_api_refetches_a_ready_article_and_reports_versions(
    fetched, site, submitter, api, django_capture_on_commit_callbacks
):
    site.routes["/news/harbour"] = Route(body=EDITED)
    with django_capture_on_commit_callbacks(execute=False):
        answer = api(submitter).post(f"/api/articles/{fetched.pk}/refetch/")
    assert answer.status_code == 202 and answer.json()["refetch"]["pending"] is True
    assert api(submitter).post(f"/api/articles/{fetched.pk}/refetch/").status_code == 409
    from claims.services.refetch import article_refetch_run

    with django_capture_on_commit_callbacks(execute=True):
        assert article_refetch_run(article_id=fetched.pk) == "changed"
    data = api(submitter).get(f"/api/articles/{fetched.pk}/").json()
    assert data["refetch"]["pending"] is False and data["refetch"]["changed"] is True
    assert [v["number"] for v in data["versions"]] == [1] and data["versions"][0]["gone"] == 1
    gone = [c for c in data["claims"] if c["gone_with_version"] == 1]
    assert len(gone) == 1 and gone[0]["text"].startswith(GONE)
    old = api(submitter).get(f"/api/articles/{fetched.pk}/versions/1/")
    assert old.status_code == 200 and old.json()["article"] == fetched.pk
    assert GONE in old.json()["body"] and old.json()["body"] == ArticleVersion.objects.get().body
    assert {c["change"] for c in old.json()["changes"]} == {"moved", "gone", "new"}
    assert api(submitter).get(f"/api/articles/{fetched.pk}/versions/2/").status_code == 404
    assert api(None).get(f"/api/articles/{fetched.pk}/versions/1/").status_code in (401, 403)


def test_the_version_page_shows_the_old_text_escaped(
    fetched, site, editor, client, api, django_capture_on_commit_callbacks
):
    markup = "Readers pasted <script>alert(1)</script> into the comments."
    site.routes["/news/harbour"] = Route(
        body=ORIGINAL.replace(
            b"<p>The city council approved",
            b"<p>Readers pasted &lt;script&gt;alert(1)&lt;/script&gt; into the comments.</p>\n"
            b"    <p>The city council approved",
        )
    )
    assert markup in refetch(fetched, editor, django_capture_on_commit_callbacks).body
    site.routes["/news/harbour"] = Route(body=ORIGINAL)
    refetch(fetched, editor, django_capture_on_commit_callbacks)
    client.force_login(editor)
    html = client.get(reverse("article-version", args=[fetched.pk, 2])).content.decode()
    assert "Readers pasted &lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert markup in api(editor).get(f"/api/articles/{fetched.pk}/versions/2/").json()["body"]


def test_the_queue_and_the_claim_list_mark_and_filter_what_is_no_longer_in_the_text(
    fetched, site, editor, client, api, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    site.routes["/news/harbour"] = Route(body=EDITED)
    article = refetch(fetched, editor, django_capture_on_commit_callbacks)
    gone = Claim.objects.get(text__startswith=GONE)
    client.force_login(editor)
    queue_url = reverse("queue") + f"?article={article.pk}"

    rows = api(editor).get(f"/api/claims/?article={article.pk}&in_text=false").json()["results"]
    assert [(c["id"], c["gone_with_version"]) for c in rows] == [(gone.pk, 1)]
    rows = api(editor).get(f"/api/claims/?article={article.pk}&in_text=true&page_size=100").json()["results"]
    assert rows and gone.pk not in {c["id"] for c in rows}
    assert {c["gone_with_version"] for c in rows} == {None}
    html = client.get(queue_url).content.decode()
    assert html.count("gone-mark") == 1
    assert "gone-mark" not in client.get(queue_url + "&in_text=true").content.decode()

    def queries(url, using):
        with CaptureQueriesContext(connection) as ctx:
            assert using.get(url).status_code == 200
        return len(ctx.captured_queries)

    api_client = api(editor)
    api_url = f"/api/claims/?article={article.pk}&page_size=100"
    few = (queries(queue_url, client), queries(api_url, api_client))
    # Most claims gone now: the rows name their version without a query each.
    marked = article.claims.filter(gone_with__isnull=True).exclude(text=NEW)
    assert marked.update(gone_with=ArticleVersion.objects.get()) >= 5
    assert client.get(queue_url).content.decode().count("gone-mark") >= 6
    assert queries(queue_url, client) <= few[0] and queries(api_url, api_client) <= few[1]


def test_the_article_answer_reads_its_versions_in_one_query(
    fetched, site, submitter, api, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            answer = api(submitter).get(f"/api/articles/{fetched.pk}/")
        assert answer.status_code == 200
        return len(ctx.captured_queries), len(answer.json()["versions"])

    site.routes["/news/harbour"] = Route(body=EDITED)
    refetch(fetched, submitter, django_capture_on_commit_callbacks)
    one, versions = queries()
    assert versions == 1
    for body in (ORIGINAL, EDITED):
        site.routes["/news/harbour"] = Route(body=body)
        refetch(fetched, submitter, django_capture_on_commit_callbacks)
    assert queries() == (one, 3)
