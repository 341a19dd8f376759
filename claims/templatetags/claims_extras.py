import json

from django import template

register = template.Library()


@register.filter
def json_pretty(value) -> str:
    """Indented JSON; the template's autoescaping still applies to the result."""
    return json.dumps(value, indent=2, ensure_ascii=False)
