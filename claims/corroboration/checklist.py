"""Checklist: one open item for each thing a reviewer must verify in the claim."""

from __future__ import annotations

from .base import ClaimContext, Draft, Provider

_PROMPTS = {
    "figure": "Check the figure “{text}” against a primary source.",
    "percent": "Check the percentage “{text}”: base, period and source.",
    "date": "Check the date “{text}”.",
    "time": "Check the time “{text}”.",
    "person": "Check that {text} is named and described correctly.",
    "org": "Check what is attributed to {text}.",
    "entity": "Check the reference to {text}.",
    "quote": "Find the original of the quotation “{text}” and compare it word for word.",
}


class Checklist(Provider):
    name = "checklist"
    label = "Checklist"

    def corroborate(self, claim: ClaimContext) -> list[Draft]:
        drafts: list[Draft] = []
        seen: set[str] = set()
        for signal in claim.signals:
            kind = signal.get("kind", "entity")
            text = " ".join(str(signal.get("text", "")).split())
            if kind == "quote":
                text = text.strip("\"'“”‘’«» ")
            if not text:
                continue
            key = f"{kind}:{text.casefold()}"[:255]
            if key in seen:
                continue
            seen.add(key)
            prompt = _PROMPTS.get(kind, _PROMPTS["entity"])
            shown = text if len(text) <= 160 else text[:157] + "…"
            drafts.append(Draft(key=key, kind=f"check_{kind}", excerpt=prompt.format(text=shown)))
        if not drafts:
            drafts.append(
                Draft(
                    key="general",
                    kind="check_general",
                    excerpt="No figures, dates or names found: decide whether the claim can "
                    "be checked at all, or dismiss it as opinion.",
                )
            )
        return drafts
