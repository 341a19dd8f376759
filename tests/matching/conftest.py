"""The real-services fixtures (PostgreSQL, Redis, a Celery worker) for the matching tests.
(The card's browser test lives in tests/browser/, beside the one Chromium the session starts.)"""

from tests.integration.conftest import celery_queue, real_services, worker  # noqa: F401
