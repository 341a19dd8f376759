"""The local news site the ingest tests fetch from."""

from __future__ import annotations

import pytest

from tests.ingest.site import Route, Site, page


@pytest.fixture
def site(settings):
    """The harbour article served on 127.0.0.1, a host the fetcher is allowed to reach."""
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 1.0
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        yield s
