"""Corroboration providers: pluggable classes named in settings.

A provider looks at one claim (as a plain ClaimContext) and returns drafts of corroboration
records. Each draft has a ``key`` unique for that provider and claim, so running a provider
twice attaches nothing twice. Providers raise TransientProviderError for failures worth
retrying (a timeout, a 5xx); any other exception marks the claim's corroboration failed.
"""

from __future__ import annotations

from .base import ClaimContext, Draft, Provider, TransientProviderError
from .registry import enabled_providers

__all__ = ["ClaimContext", "Draft", "Provider", "TransientProviderError", "enabled_providers"]
