"""The OpenAPI schema's AutoSchema: every operation documents the errors it can answer.

Views document their success answers and the errors particular to them (409 for a claim
action…); this adds, with the JSON error shape, what every operation of this API can answer:
401 without credentials, 403 for a role that may not, 503 while the database is unreachable,
404 where a path names an object (or a page), 400 where there is a parameter or a body, and 411,
413, 415 where there is a body.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

from .errors import VALIDATION_ERROR_SCHEMA, ErrorOutput

DESCRIPTIONS = {
    "400": "Invalid parameters or body: field messages.",
    "401": "No credentials, or wrong ones.",
    "403": "Your role may not do this.",
    "404": "No such object (or page).",
    "409": "The claim's state or version does not allow this (a message says why).",
    "411": "A body sent without Content-Length (chunked): send its length.",
    "413": "The body is over the configured limit.",
    "415": "Unsupported content type: send JSON (or a form).",
    "429": "Too many requests: slow down (see Retry-After).",
    "503": "The database is unreachable: try again after Retry-After seconds.",
}
BODY_METHODS = ("POST", "PUT", "PATCH")


class AutoSchema(SpectacularAutoSchema):
    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        params = operation.get("parameters", [])
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
            schema = VALIDATION_ERROR_SCHEMA if code == "400" else ErrorOutput
            response = self._get_response_for_code(schema, code, media_types=["application/json"])
            response["description"] = documented.get("description") or DESCRIPTIONS.get(code, "")
            responses[code] = response
        operation["responses"] = dict(sorted(responses.items()))
        return operation
