"""Template helpers of the desk's pages (dashboard, exports, bulk actions)."""

from __future__ import annotations

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def duration_words(value: timedelta | None) -> str:
    """A duration as a person says it: "3 days 4 h", "2 h 5 min", "40 s"."""
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"


@register.inclusion_tag("claims/_bulk_bar.html", takes_context=True)
def bulk_bar(context, query: str = ""):
    """The editors' action bar of the queue; the rows' checkboxes belong to its form."""
    from claims.services.bulk import BULK_ACTIONS
    from claims.services.review import users_who_review
    from claims.workflow import DismissReason

    return {
        "csrf_token": context.get("csrf_token"),
        "query": query,
        "actions": BULK_ACTIONS,
        "dismiss_reasons": DismissReason.choices,
        "reviewers": users_who_review().only("username"),
    }
