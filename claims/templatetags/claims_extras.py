import json

from django import template

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


_KIND_LABELS = {"source": "Source", "check_general": "To decide"}


@register.filter
def corroboration_kind(value: str) -> str:
    """'check_figure' reads 'Figure', 'source' reads 'Source'."""
    if value in _KIND_LABELS:
        return _KIND_LABELS[value]
    return value.removeprefix("check_").replace("_", " ").capitalize()


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
def percent(value) -> str:
    return "0" if value is None else f"{round(value * 100)}"
