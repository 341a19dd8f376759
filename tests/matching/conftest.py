"""The real-services fixtures (PostgreSQL, Redis, a Celery worker) for the matching tests."""

from tests.integration.conftest import celery_queue, real_services, worker  # noqa: F401
