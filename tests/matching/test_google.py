"""Google Fact Check Tools claims:search, against a local fake of the service (127.0.0.1)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from claims.matching.google import GoogleFactCheckClient, GoogleRefused, GoogleTransient
from claims.models import FactCheck
from claims.services import matching

ANSWER = {
    "claims": [
        {
            "text": "Drinking hot water every hour kills the coronavirus.",
            "claimant": "Social media posts",
            "claimDate": "2020-03-10T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Checker A", "site": "checker-a.example"},
                    "url": "https://checker-a.example/hot-water",
                    "title": "Hot water does not kill the virus",
                    "reviewDate": "2020-03-12T00:00:00Z",
                    "textualRating": "False",
                    "languageCode": "en",
                }
            ],
        }
    ],
    "nextPageToken": "abc",
}


class FakeFactCheckTools:
    """Answers GET /v1alpha1/claims:search with the statuses it is given, then 200 + ANSWER."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.queries: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                parts = urlsplit(self.path)
                fake.queries.append(
                    {"path": parts.path, **{k: v[0] for k, v in parse_qs(parts.query).items()}}
                )
                status = fake.statuses.pop(0) if fake.statuses else 200
                body = json.dumps(ANSWER if status == 200 else {"error": {"code": status}}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1alpha1/claims:search"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    server = FakeFactCheckTools()
    yield server
    server.close()


def client(fake, **kw):
    return GoogleFactCheckClient("test-key", url=fake.url, backoff=0.01, min_interval=0, **kw)


def test_the_request_carries_the_real_parameters(fake):
    claims = client(fake, language="en", page_size=7).search("  Hot water\nkills the virus ")
    assert claims[0]["text"] == ANSWER["claims"][0]["text"]
    assert fake.queries == [
        {
            "path": "/v1alpha1/claims:search",
            "query": "Hot water kills the virus",
            "pageSize": "7",
            "key": "test-key",
            "languageCode": "en",
        }
    ]


def test_transient_errors_are_retried_then_reported(fake):
    fake.statuses = [503, 429]
    assert client(fake, retries=2).search("x")[0]["claimant"] == "Social media posts"
    assert len(fake.queries) == 3
    fake.statuses = [500, 502, 503]
    with pytest.raises(GoogleTransient):
        client(fake, retries=2).search("x")


def test_a_refusal_is_not_retried(fake):
    fake.statuses = [403]
    with pytest.raises(GoogleRefused, match="403"):
        client(fake).search("x")
    assert len(fake.queries) == 1


def test_only_http_urls():
    with pytest.raises(ValueError):
        GoogleFactCheckClient("k", url="file:///etc/passwd")


@pytest.fixture
def google_on(settings, fake):
    settings.FACTCHECK_GOOGLE_API_KEY = "test-key"
    settings.FACTCHECK_GOOGLE_URL = fake.url
    from django.core.cache import cache

    cache.clear()
    matching._google.clear()
    matching.reset_cache()
    yield fake
    matching._google.clear()
    matching.reset_cache()


@pytest.mark.django_db
def test_answers_join_the_library_once_and_rank_first(google_on):
    text = "Drinking hot water every hour kills the coronavirus, a post says."
    assert matching.google_fetch(text) == 1
    assert matching.google_fetch(text) == 1  # cached: no second request
    assert len(google_on.queries) == 1
    fc = FactCheck.objects.get()
    assert (fc.source, fc.publisher_name, fc.publisher_site, fc.rating_text) == (
        "google",
        "Checker A",
        "checker-a.example",
        "False",
    )
    pk, best = matching.rank_fact_checks(text=text)[0]
    assert pk == fc.pk and best.tier == "same"


@pytest.mark.django_db
def test_without_a_key_nothing_is_asked(settings, fake):
    settings.FACTCHECK_GOOGLE_API_KEY = ""
    settings.FACTCHECK_GOOGLE_URL = fake.url
    assert matching.google_fetch("anything") == 0 and fake.queries == []


@pytest.mark.django_db
def test_a_refused_key_does_not_fail_the_claim(google_on, caplog):
    google_on.statuses = [403]
    assert matching.google_fetch("anything") == 0
    assert "refused" in caplog.text


@pytest.mark.django_db
def test_the_provider_hands_a_google_outage_back_for_a_retry(claim, google_on):
    from claims.corroboration import TransientProviderError
    from claims.corroboration.checked_before import CheckedBefore
    from claims.services.corroboration import _context

    google_on.statuses = [503] * 10
    matching._google.clear()
    with pytest.raises(TransientProviderError):
        CheckedBefore().corroborate(_context(claim))
