"""Where the service may send a request to an address a user gave it (a webhook receiver, a
page to fetch). Pure Python: no Django import, so any outbound client can share the rule."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


def public_address_problem(url: str, *, allow_private: bool = False, setting: str = "") -> str | None:
    """Why the service must not connect to ``url``, or None.

    Refused: a URL without a host, and a host that resolves to any loopback, private,
    link-local or otherwise non-public address (every address it resolves to is checked, so one
    public record beside a private one does not let it through). ``allow_private`` lifts the rule
    (receivers on an internal network); ``setting`` names the switch in the message. A name that
    does not resolve now is not refused: the caller treats that like any network error.
    """
    if allow_private:
        return None
    host = urlsplit(url).hostname
    if not host:
        return "The URL has no host."
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            needs = f"; internal receivers need {setting}" if setting else ""
            return f"{host} resolves to a non-public address ({address}){needs}."
    return None
