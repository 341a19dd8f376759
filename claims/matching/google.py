"""Google Fact Check Tools ``claims:search``: published fact checks for a claim's text.

Pure Python (urllib): ``GoogleFactCheckClient.search(text)`` returns the response's ``claims``
(each ``{"text", "claimant", "claimDate", "claimReview": [...]}``), which
:func:`claims.matching.records.from_object` turns into records. Transient failures (timeouts,
connection errors, 429, 5xx) are retried with backoff and then raised as :class:`GoogleTransient`;
a bad key or request (400, 403) raises :class:`GoogleRefused` at once.
"""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

DEFAULT_URL = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
MAX_QUERY_CHARS = 500


class GoogleTransient(Exception):
    """Worth trying again later (network, rate limit, server error)."""


class GoogleRefused(Exception):
    """The service refused the request (bad key, bad parameters): retrying will not help."""


class GoogleFactCheckClient:
    def __init__(
        self,
        key: str,
        *,
        url: str = DEFAULT_URL,
        language: str = "",
        page_size: int = 10,
        timeout: float = 5.0,
        retries: int = 2,
        backoff: float = 0.5,
        min_interval: float = 0.1,
    ) -> None:
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise ValueError(f"the Fact Check Tools URL must be http(s): {url!r}")
        self.key, self.url, self.language = key, url, language
        self.page_size, self.timeout, self.retries, self.backoff = page_size, timeout, retries, backoff
        self.min_interval = min_interval  # seconds between two requests of this process
        self._lock = threading.Lock()
        self._last = 0.0

    def _wait_turn(self) -> None:
        with self._lock:
            wait = self._last + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()

    def search(self, text: str) -> list[dict]:
        params = {
            "query": " ".join(text.split())[:MAX_QUERY_CHARS],
            "pageSize": self.page_size,
            "key": self.key,
        }
        if self.language:
            params["languageCode"] = self.language
        request = urllib.request.Request(  # noqa: S310 (the scheme is checked in __init__)
            f"{self.url}?{urllib.parse.urlencode(params)}", headers={"Accept": "application/json"}
        )
        for attempt in range(self.retries + 1):
            self._wait_turn()
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    body = json.loads(response.read().decode("utf-8") or "{}")
                claims = body.get("claims", []) if isinstance(body, dict) else []
                return [c for c in claims if isinstance(c, dict)]
            except urllib.error.HTTPError as exc:
                if exc.code not in (429, 500, 502, 503, 504):
                    raise GoogleRefused(f"Fact Check Tools answered {exc.code}") from exc
                problem: Exception = exc
            except (urllib.error.URLError, TimeoutError, ConnectionError, ValueError) as exc:
                problem = exc
            if attempt < self.retries:
                time.sleep(self.backoff * (2**attempt) * (1 + random.random() / 2))
        raise GoogleTransient(f"Fact Check Tools did not answer: {problem}")
