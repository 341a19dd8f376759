"""The container's healthcheck: GET /healthz from inside the container, as the proxy would.

`python -m factcheck.healthcheck` exits 0 when the app answers 200. It names the first host of
ALLOWED_HOSTS (a real ALLOWED_HOSTS refuses 127.0.0.1) and says the request came over HTTPS
(X-Forwarded-Proto, as the TLS proxy does), so SECURE_SSL_REDIRECT does not redirect it.
Standard library only: it must not import Django.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def allowed_host(value: str) -> str:
    """The first usable name of ALLOWED_HOSTS ('.example.org' -> 'example.org'; '*' -> localhost)."""
    for host in (h.strip() for h in value.split(",")):
        if host and host != "*":
            return host.lstrip(".")
    return "localhost"


def check(url: str, host: str, timeout: float = 5.0) -> tuple[bool, str]:
    request = urllib.request.Request(url, headers={"Host": host, "X-Forwarded-Proto": "https"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            return answer.status == 200, f"{answer.status}"
    except urllib.error.HTTPError as exc:
        return False, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        return False, str(exc)


def main() -> int:
    url = os.environ.get("HEALTHCHECK_URL", "http://127.0.0.1:8000/healthz")
    host = allowed_host(os.environ.get("ALLOWED_HOSTS", "localhost"))
    ok, detail = check(url, host)
    if not ok:
        print(f"{url} (Host: {host}): {detail}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
