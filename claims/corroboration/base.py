from __future__ import annotations

from dataclasses import dataclass, field


class TransientProviderError(Exception):
    """A failure that may go away on retry (network, rate limit, 5xx)."""


@dataclass(frozen=True)
class ClaimContext:
    claim_id: int
    text: str
    speaker: str
    speaker_aliases: tuple[str, ...]
    attribution: str
    is_quote: bool
    signals: tuple[dict, ...]
    article_title: str
    article_url: str
    publisher: str
    published_at: str | None = None


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    excerpt: str
    source_name: str = ""
    url: str = ""
    stance: str = "unknown"
    state: str = "open"
    extra: dict = field(default_factory=dict)


class Drafts(list):
    """Drafts, and how many things the provider found when that is more than it attaches (the
    "Checked before?" provider finds candidates, shown in their own card, and attaches an item
    for the likely same ones only). A provider may return a plain list: found = its length."""

    def __init__(self, drafts=(), *, found: int | None = None):
        super().__init__(drafts)
        self.found = len(self) if found is None else found


class Provider:
    """Base class. ``name`` is stored on each record; keep it stable."""

    name: str = ""
    label: str = ""

    def corroborate(self, claim: ClaimContext) -> list[Draft]:
        raise NotImplementedError
