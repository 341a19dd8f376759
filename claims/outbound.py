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
        if not is_public_address(address):
            needs = f"; internal receivers need {setting}" if setting else ""
            return f"{host} resolves to a non-public address ({address}){needs}."
    return None


# IPv6 forms that carry an IPv4 address a packet may end up at (NAT64 well-known prefix).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address | str) -> bool:
    """True if ``address`` is a public (global) address: the one rule for every outbound client.

    Loopback, private, link-local (the cloud metadata service, 169.254.169.254), shared,
    reserved and unspecified addresses are not public, and neither is an IPv6 address that
    embeds one of them (IPv4-mapped, 6to4, Teredo, NAT64).
    """
    if isinstance(address, str):
        address = ipaddress.ip_address(address.split("%")[0])
    if not address.is_global:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if address.teredo:
            embedded = address.teredo[1]
        if address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and not embedded.is_global:
            return False
    return True
