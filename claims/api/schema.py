"""The OpenAPI schema's AutoSchema: every operation documents the errors it can answer.

Views document their success answers and the errors particular to them (409 for a claim
action…); this adds, with the JSON error shape, what every operation of this API can answer:
401 without credentials, 403 for a role that may not, 503 while the database is unreachable,
404 where a path names an object (or a page), 400 where there is a parameter or a body, and 411,
413, 415 where there is a body.
"""

from __future__ import annotations

from django.core.validators import URLValidator
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers

from .errors import VALIDATION_ERROR_SCHEMA, ErrorOutput

DESCRIPTIONS = {
    "400": "Invalid parameters or body: field messages.",
    "401": "No credentials, or wrong ones.",
    "403": "Your role may not do this.",
    "404": "No such object (or page).",
    "409": "The claim's state or version does not allow this (a message says why).",
    "411": "A body sent without Content-Length (chunked): send its length.",
    "413": "The body is over the configured limit.",
    "415": "Unsupported content type: send JSON (application/json).",
    "429": "Too many requests: slow down (see Retry-After).",
    "503": "The database is unreachable: try again after Retry-After seconds.",
}
BODY_METHODS = ("POST", "PUT", "PATCH")

# Every text a client sends goes through a Django or DRF CharField, which refuses NUL
# characters (PostgreSQL cannot store them); one that may not be blank is trimmed first, so it
# needs a character other than white space. The schema says so, for every text parameter.
NO_NUL = "^[^\\x00]*$"
NOT_BLANK = "^[^\\x00]*[^\\s\\x00][^\\x00]*$"

RETRY_AFTER_CODES = ("429", "503")
RETRY_AFTER_HEADER = {"schema": {"type": "integer"}, "description": "Seconds to wait before trying again."}


class AutoSchema(SpectacularAutoSchema):
    def _validation_error_ref(self) -> dict:
        component = ResolvedComponent(
            name="ValidationErrorOutput",
            type=ResolvedComponent.SCHEMA,
            schema=VALIDATION_ERROR_SCHEMA,
            object="ValidationErrorOutput",
        )
        self.registry.register_on_missing(component)
        return component.ref

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if direction == "request" and _is_free_text(field, schema):
            if not field.allow_blank:
                schema.setdefault("minLength", 1)
            blank_allowed = field.allow_blank or not field.trim_whitespace
            schema["pattern"] = NO_NUL if blank_allowed else NOT_BLANK
        if direction == "request" and isinstance(field, serializers.URLField):
            schema["pattern"] = _scheme_pattern(field)
        if direction == "request" and isinstance(field, serializers.ListField) and not field.allow_empty:
            schema.setdefault("minItems", 1)
        return schema

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        params = operation.get("parameters", [])
        for param in params:
            if param["in"] == "query" and param["schema"].get("type") == "string":
                if "enum" not in param["schema"] and "format" not in param["schema"]:
                    param["schema"].setdefault("pattern", NO_NUL)
        codes = ["401", "403", "503"]
        if any(p["in"] == "path" for p in params) or any(p["name"] == "page" for p in params):
            codes.append("404")
        if self.method in BODY_METHODS:
            codes += ["400", "411", "413", "415"]
        elif any(p["in"] == "query" for p in params):
            codes.append("400")
        codes += [c for c in responses if c >= "400"]
        for code in sorted(set(codes)):
            documented = responses.get(code, {})
            if "content" in documented:
                continue
            schema = self._validation_error_ref() if code == "400" else ErrorOutput
            # Errors come in the renderer the client negotiated, like any answer of the view.
            response = self._get_response_for_code(schema, code, media_types=self.map_renderers("media_type"))
            response["description"] = documented.get("description") or DESCRIPTIONS.get(code, "")
            if code in RETRY_AFTER_CODES:
                response["headers"] = {"Retry-After": RETRY_AFTER_HEADER}
            responses[code] = response
        operation["responses"] = dict(sorted(responses.items()))
        return operation


def _is_free_text(field, schema: dict) -> bool:
    return (
        isinstance(field, serializers.CharField)
        and schema.get("type") == "string"
        and "enum" not in schema
        and "format" not in schema
        and "pattern" not in schema
    )


def _scheme_pattern(field) -> str:
    """The URL schemes the field's validators accept (the narrowest list), as a pattern; the
    comparison is case-insensitive, like Django's."""
    lists = [v.schemes for v in field.validators if isinstance(v, URLValidator)]
    schemes = min(lists, key=len) if lists else ["http", "https"]
    either = "|".join("".join(f"[{c.lower()}{c.upper()}]" for c in scheme) for scheme in schemes)
    return f"^({either})://"
