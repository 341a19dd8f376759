from __future__ import annotations

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Provider


@cache
def _load(paths: tuple[str, ...]) -> tuple[Provider, ...]:
    providers = []
    for path in paths:
        cls = import_string(path)
        providers.append(cls())
    return tuple(providers)


def enabled_providers() -> tuple[Provider, ...]:
    """Provider instances in the order settings name them."""
    return _load(tuple(settings.FACTCHECK_CORROBORATION_PROVIDERS))
