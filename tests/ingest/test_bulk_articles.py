"""Many articles at once: manage.py import_articles and POST /api/articles/bulk/, against the
local test site for the URLs (tasks in process)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

pytestmark = pytest.mark.django_db

BODY = (
    "The council approved a budget of 48 million euros on Tuesday. "
    "Unemployment in the district stands at 11.2 percent, the mayor said."
)


@pytest.fixture
def run(tmp_path, django_capture_on_commit_callbacks):
    def go(lines: list[str], *args) -> tuple[str, str, list[dict]]:
        with django_capture_on_commit_callbacks(execute=True):  # the fetches, as after a commit
            return _run(tmp_path, lines, *args)

    return go


def _run(tmp_path, lines: list[str], *args) -> tuple[str, str, list[dict]]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = tmp_path / "results.jsonl"
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", str(path), "--results", str(results), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), [json.loads(x) for x in results.read_text().splitlines()]


def test_the_command_imports_good_lines_reports_bad_ones_and_is_idempotent(run, site, submitter):
    lines = [
        json.dumps(
            {"title": "Budget", "body": BODY, "publisher": "Courier", "published_at": "2026-11-24T17:05:00Z"}
        ),
        json.dumps({"url": site.url("/news/harbour")}),
        "",
        "# a comment",
        '{"title": "broken", ',
        json.dumps({"title": "No body"}),
        json.dumps({"title": "NUL", "body": "text\x00more"}),
        "not a url",
        site.url("/news/harbour?utm_source=twitter"),  # the same page again, a bare URL
        json.dumps({"title": "Budget again", "body": BODY}),  # the same text again
        json.dumps([1, 2]),
    ]
    out, err, results = run(lines, "--user", submitter.username)
    by_line = {r["index"]: r for r in results}
    assert [r["index"] for r in results] == [1, 2, 5, 6, 7, 8, 9, 10, 11]
    assert by_line[1]["outcome"] == "created"
    assert by_line[2]["outcome"] == "fetching"
    assert by_line[5]["outcome"] == "error" and by_line[5]["errors"]["line"][0].startswith("Broken JSON")
    assert by_line[6]["errors"] == {"body": ["Give the article's text, or its url to fetch it."]}
    assert "body" in by_line[7]["errors"] and "Null characters" in by_line[7]["errors"]["body"][0]
    assert by_line[8]["outcome"] == "error" and "url" in by_line[8]["errors"]
    assert by_line[9] == {
        "index": 9,
        "outcome": "existing",
        "article_id": by_line[2]["article_id"],
        "errors": {},
    }
    assert by_line[10]["outcome"] == "existing" and by_line[10]["article_id"] == by_line[1]["article_id"]
    assert by_line[11]["errors"] == {"line": ["Send one JSON object per line."]}
    assert "9 item(s): 1 created, 2 existing, 1 fetching, 5 error." in out
    assert "line 5: line: Broken JSON" in err
    assert "\r" not in out  # no progress bar when stdout is not a terminal
    assert Article.objects.count() == 2
    stored = Article.objects.get(pk=by_line[1]["article_id"])
    assert (stored.publisher, stored.submitted_by) == ("Courier", submitter)
    assert stored.claims.exists()
    fetched = Article.objects.get(pk=by_line[2]["article_id"])
    assert fetched.status == "ready" and fetched.title.startswith("Council approves")

    _, _, again = run(lines)
    assert Article.objects.count() == 2
    assert [r["outcome"] for r in again if r["outcome"] != "error"] == ["existing"] * 4


def test_the_command_refuses_a_missing_file_or_user(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_articles", str(tmp_path / "nope.jsonl"), stdout=io.StringIO())
    (tmp_path / "a.txt").write_text("https://example.com/a\n")
    with pytest.raises(CommandError, match="No user named 'ghost'"):
        call_command("import_articles", str(tmp_path / "a.txt"), "--user", "ghost", stdout=io.StringIO())


def test_the_progress_bar_shows_only_on_a_terminal(tmp_path, settings):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    path = tmp_path / "in.txt"
    path.write_text(
        "\n".join(json.dumps({"title": f"T{i}", "body": f"Text number {i}."}) for i in range(30)) + "\n"
    )
    out = Terminal()
    call_command("import_articles", str(path), stdout=out)
    assert "[##############################] 30/30 lines\r" in out.getvalue()
    assert Article.objects.count() == 30


def test_the_api_takes_articles_and_urls_with_a_result_per_item(
    api, submitter, site, django_capture_on_commit_callbacks
):
    body = {
        "articles": [
            {"title": "Budget", "body": BODY},
            {"title": "Budget", "body": BODY},
            {"title": "", "body": "A text."},
            {"url": "http://10.0.0.1/private"},
        ],
        "urls": [site.url("/news/harbour"), "nope", site.url("/news/harbour?utm_source=x")],
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = api(submitter).post("/api/articles/bulk/", body, format="json")
    assert response.status_code == 200, response.content
    data = response.json()
    outcomes = [(r["list"], r["index"], r["outcome"]) for r in data["results"]]
    assert outcomes == [
        ("articles", 0, "created"),
        ("articles", 1, "existing"),
        ("articles", 2, "error"),
        ("articles", 3, "error"),
        ("urls", 0, "fetching"),
        ("urls", 1, "error"),
        ("urls", 2, "existing"),
    ]
    assert data["results"][2]["errors"] == {"title": ["This field is required."]}
    assert "private address" in data["results"][3]["errors"]["url"][0]
    assert data["counts"] == {"created": 1, "existing": 2, "fetching": 1, "error": 3}
    assert Article.objects.count() == 2


def test_the_api_caps_items_and_refuses_malformed_bodies_and_outsiders(api, submitter, outsider, settings):
    settings.FACTCHECK_BULK_ARTICLES_MAX = 3
    over = api(submitter).post(
        "/api/articles/bulk/", {"urls": ["https://a.example/1"] * 2, "articles": [{}] * 2}, format="json"
    )
    assert over.status_code == 413 and "at most 3" in over.json()["detail"]
    bad = api(submitter).post("/api/articles/bulk/", {"articles": ["not an object"]}, format="json")
    assert bad.status_code == 400 and "articles" in bad.json()
    assert api(outsider).post("/api/articles/bulk/", {"urls": []}, format="json").status_code == 403
    assert Article.objects.count() == 0


def test_the_bulk_endpoint_has_its_own_throttle(api, submitter, settings):
    """One bulk request may carry hundreds of articles: it is limited per user like a submit."""
    from rest_framework.settings import api_settings

    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "bulk_submit": "2/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    api_settings.reload()
    try:
        from rest_framework.throttling import ScopedRateThrottle

        ScopedRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
        client = api(submitter)
        codes = [
            client.post("/api/articles/bulk/", {"urls": []}, format="json").status_code for _ in range(3)
        ]
    finally:
        api_settings.reload()
        ScopedRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    assert codes[:2] == [200, 200]
    assert codes[2] == 429
