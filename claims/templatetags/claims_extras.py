import json

from django import template

from claims.selectors import corroboration_kind_label

register = template.Library()


@register.filter
def json_pretty(value) -> str:
    """Indented JSON; the template's autoescaping still applies to the result."""
    return json.dumps(value, indent=2, ensure_ascii=False)


@register.filter
def status_label(value: str) -> str:
    """The display name of a claim status code (workflow.Status is the one list of them)."""
    from claims.workflow import Status

    try:
        return Status(value).label.lower()
    except ValueError:
        return value


@register.filter
def verdict_label(value: str) -> str:
    from claims.workflow import Verdict

    if not value:
        return "none"
    try:
        return Verdict(value).label.lower()
    except ValueError:
        return value


_EVENT_WORDS = {
    "take": "took the claim",
    "release": "released the claim",
    "review": "gave a verdict",
    "approve": "approved",
    "send_back": "sent it back",
    "dismiss": "dismissed it",
    "restore": "restored it",
    "reopen": "reopened it for a correction",
    "reassign": "reassigned it",
    "created": "added the claim",
    "corroboration_failed": "corroboration failed",
    "lease_renewed": "renewed the lease",
    "text_moved": "moved in the article's new text",
    "text_gone": "is no longer in the article's text",
    "text_back": "is back in the article's text",
    "evidence_added": "added evidence",
    "evidence_changed": "changed evidence",
    "evidence_removed": "removed evidence",
    "evidence_snapshot": "kept a copy of an evidence link",
    "evidence_snapshot_failed": "could not keep a copy of an evidence link",
}


@register.filter
def event_label(event) -> str:
    """A history line's verb: "sent it back", "checked a corroboration item" (a person marking
    an item) apart from "attached corroboration" (the workers)."""
    if event.action == "corroborated":
        return "checked a corroboration item" if event.actor_id else "attached corroboration"
    return _EVENT_WORDS.get(event.action) or event.get_action_display().lower()


@register.filter
def corroboration_kind(value: str) -> str:
    """'check_figure' reads 'Figure', 'source' reads 'Source'."""
    return corroboration_kind_label(value)


@register.filter
def waiting(value) -> str:
    """How long ago, short and cheap: '4 min', '3 h', '12 d' (the queue renders it 50 times)."""
    from django.utils import timezone

    if not value:
        return ""
    seconds = max(int((timezone.now() - value).total_seconds()), 0)
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


@register.filter
@register.filter
def thousands(value) -> str:
    """1234 -> "1,234", the way the queue's count reads."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return "" if value is None else str(value)


@register.filter
def labelled_errors(form) -> list[tuple[str, str]]:
    """A form's errors as (field label, message) pairs: people read "Min. score", not "min_score"."""
    pairs = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = (
            (field.label if field is not None and field.label else name.replace("_", " ").capitalize())
            if name != "__all__"
            else ""
        )
        pairs.extend((label, str(error)) for error in errors)
    return pairs


@register.filter
def claim_filter_label(name: str) -> str:
    """The label of a queue filter parameter ("min_score" -> "Min. score"), for messages about it."""
    from claims.filters import ClaimFilter

    found = ClaimFilter.base_filters.get(name)
    if found is not None and found.label:
        return str(found.label)
    return name.replace("_", " ").capitalize()


@register.filter
def percent(value) -> str:
    return "0" if value is None else f"{round(value * 100)}"
