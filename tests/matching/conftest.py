"""The real-services fixtures (PostgreSQL, Redis, a Celery worker; Chromium) for the matching tests."""

from tests.browser.conftest import browser, new_page  # noqa: F401
from tests.integration.conftest import celery_queue, real_services, worker  # noqa: F401
