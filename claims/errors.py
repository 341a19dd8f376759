"""Domain errors raised by services; the API and the UI turn each into a clear answer."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class. ``status_code`` is the HTTP status the API answers with."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, field_errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.field_errors = field_errors or {}


class ValidationFailed(ServiceError):
    status_code = 400
    code = "invalid"


class NotAllowed(ServiceError):
    status_code = 403
    code = "permission_denied"


class Conflict(ServiceError):
    """The claim is not in a state that allows the action (taken by someone else, wrong status)."""

    status_code = 409
    code = "conflict"


class StaleVersion(Conflict):
    code = "stale_version"


class ApprovalGaps(Conflict):
    """An approval that would skip open check items or go without evidence: the editor confirms
    (``force``) or completes the checks first. ``missing`` lists what is missing, in words."""

    code = "approval_gaps"

    def __init__(self, missing: list[str]):
        super().__init__(
            "This claim is not fully checked: " + "; ".join(missing) + ". Confirm to approve it anyway.",
            field_errors={"missing": list(missing)},
        )
        self.missing = list(missing)


class TooLarge(ServiceError):
    status_code = 413
    code = "too_large"
