"""Fetch a web page safely: the one outbound client for pages a user names (articles by URL,
and later evidence snapshots). Pure Python (standard library), no Django import.

What it guarantees:

- only ``http`` and ``https``; HTTPS certificates verified against the host name;
- the host name is resolved once, every address is checked with the project's one rule
  (:func:`claims.outbound.is_public_address`) and the connection is made to the checked
  address itself, so a name resolving to 127.0.0.1 is refused and a DNS answer cannot change
  between the check and the connection (no rebinding); hosts listed in ``allowed_hosts``
  (names or addresses) are let through;
- redirects are followed at most ``max_redirects`` times, each target checked like the first;
- connect timeout, read timeout per read, and a total deadline for the whole fetch;
- a size cap on the body (also after decompression), and HTML or XHTML only (or the types the
  caller names: RSS/Atom for feeds), conditional requests (ETag / Last-Modified, 304);
- environment proxies are ignored (a proxy would connect to whatever the name resolves to).

Every refusal is a :class:`FetchError` whose ``reason`` a person understands.
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

from claims.outbound import is_public_address

USER_AGENT = "FactCheckDesk/1.0 (newsroom fact-check desk; article fetcher)"
# HTML and XHTML: what an article page is served as. Anything else (PDF, images, JSON, feeds)
# is refused with "not an HTML page".
HTML_TYPES = ("text/html", "application/xhtml+xml")
# RSS, Atom and RDF feeds: what a feed is served as (feeds are fetched with these instead).
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
REDIRECT_CODES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


class FetchError(Exception):
    """The page could not be fetched. ``reason`` is for people; ``code`` for programs.

    ``transient``: the same fetch may succeed later (time-outs, connection errors, 5xx, 429).
    """

    def __init__(self, code: str, reason: str, *, transient: bool = False, status: int | None = None):
        super().__init__(reason)
        self.code, self.reason, self.transient, self.status = code, reason, transient, status


@dataclass(frozen=True)
class FetchOptions:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allowed_hosts: tuple[str, ...] = ()
    user_agent: str = USER_AGENT
    ssl_context: ssl.SSLContext | None = None  # default: the system's trusted authorities
    # What may come back, and how a refusal names what was expected.
    content_types: tuple[str, ...] = HTML_TYPES
    expected: str = "an HTML page"
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


@dataclass(frozen=True)
class Page:
    url: str  # the final URL, after redirects
    requested_url: str
    status: int
    content_type: str
    encoding: str
    body: bytes
    redirects: tuple[str, ...] = field(default=())
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        """304: a conditional request found the resource unchanged (the body is empty)."""
        return self.status == 304

    @property
    def text(self) -> str:
        return self.body.decode(self.encoding, errors="replace")


def open_connection(address: tuple[str, int], timeout: float) -> socket.socket:
    """A TCP connection to an address already checked (tests replace this)."""
    return socket.create_connection(address, timeout=timeout)


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (tests replace this to map names)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    seen: list[str] = []
    for info in infos:
        address = info[4][0].split("%")[0]
        if address not in seen:
            seen.append(address)
    return seen


def check_url(url: str, allowed_hosts: Iterable[str] = ()) -> None:
    """Refuse, without any DNS look-up, an address the fetcher would never fetch: not http(s),
    no host, credentials in it, or a literal non-public address not in ``allowed_hosts``."""
    target = _target(url.strip())
    try:
        ipaddress.ip_address(target.host)
    except ValueError:
        return
    _checked_addresses(target, _allowed(allowed_hosts))


def fetch_page(
    url: str, options: FetchOptions | None = None, *, etag: str = "", last_modified: str = ""
) -> Page:
    """GET ``url`` (an HTML page, or what ``options.content_types`` allows) under every rule
    above, or raise :class:`FetchError`. With ``etag`` or ``last_modified`` the request is
    conditional and an unchanged resource comes back as a :class:`Page` with status 304."""
    options = options or FetchOptions()
    deadline = time.monotonic() + options.total_timeout
    allowed = _allowed(options.allowed_hosts)
    current = url.strip()
    redirects: list[str] = []
    while True:
        target = _target(current)
        addresses = _checked_addresses(target, allowed)
        conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        response, conn, sock = _request(target, addresses, options, deadline, conditional)
        try:
            if response.status == 304 and (etag or last_modified):
                return Page(
                    url=current,
                    requested_url=url,
                    status=304,
                    content_type="",
                    encoding="utf-8",
                    body=b"",
                    redirects=tuple(redirects),
                    etag=_header(response, "ETag") or etag,
                    last_modified=_header(response, "Last-Modified") or last_modified,
                )
            if response.status in REDIRECT_CODES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(
                        "bad_redirect", f"The site answered {response.status} without saying where to."
                    )
                if len(redirects) >= options.max_redirects:
                    raise FetchError(
                        "too_many_redirects",
                        f"Too many redirects (more than {options.max_redirects}); the page never arrived.",
                    )
                current = urljoin(current, location.strip())
                redirects.append(current)
                continue
            _check_status(response.status)
            content_type, charset = _content_type(response.getheader("Content-Type", ""))
            body = _read_body(response, sock, options, deadline)
            if not content_type:
                content_type = _sniff(body)
            if content_type not in options.content_types:
                shown = content_type or "no content type"
                code = "not_html" if options.content_types == HTML_TYPES else "wrong_type"
                raise FetchError(code, f"The address is not {options.expected} ({shown}).")
            return Page(
                url=current,
                requested_url=url,
                status=response.status,
                content_type=content_type,
                encoding=_encoding(charset, body),
                body=body,
                redirects=tuple(redirects),
                etag=_header(response, "ETag"),
                last_modified=_header(response, "Last-Modified"),
            )
        finally:
            conn.close()


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # ASCII (IDNA) form, no brackets
    port: int
    path: str  # path and query, percent-encoded

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def _target(url: str) -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError("invalid_url", "The address is not a valid URL.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("invalid_url", "Only http:// and https:// addresses can be fetched.")
    if parts.username is not None or parts.password is not None:
        raise FetchError("invalid_url", "Addresses with a user name or password are not fetched.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("invalid_url", "The address has no host name.")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError("invalid_url", "The address's host name is not valid.") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return _Target(scheme, host.lower(), port or (443 if scheme == "https" else 80), path)


def _allowed(entries: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Split the allow-list into host names and normalised addresses."""
    names, addresses = set(), set()
    for raw in entries:
        entry = raw.strip().strip("[]").rstrip(".").lower()
        if not entry:
            continue
        try:
            addresses.add(str(ipaddress.ip_address(entry)))
        except ValueError:
            names.add(entry)
    return frozenset(names), frozenset(addresses)


def _checked_addresses(target: _Target, allowed: tuple[frozenset[str], frozenset[str]]) -> list[str]:
    """The addresses to connect to, each one checked; refuses the whole host if any is not public."""
    names, listed = allowed
    try:
        addresses = [str(ipaddress.ip_address(target.host))]  # a literal address: no DNS
    except ValueError:
        try:
            addresses = [str(ipaddress.ip_address(a)) for a in resolve(target.host, target.port)]
        except (socket.gaierror, UnicodeError, ValueError) as exc:
            transient = isinstance(exc, socket.gaierror) and exc.errno == socket.EAI_AGAIN
            raise FetchError(
                "dns_failed", f"The host name {target.host} could not be found.", transient=transient
            ) from None
    if not addresses:
        raise FetchError("dns_failed", f"The host name {target.host} could not be found.")
    if target.host in names:
        return addresses
    for address in addresses:
        if address not in listed and not is_public_address(address):
            raise FetchError(
                "refused_private",
                f"Refused: {target.host} is a private address ({address}); the desk fetches only "
                "public pages unless the host is in FACTCHECK_FETCH_ALLOWED_HOSTS.",
            )
    return addresses


class _PinnedConnection(http.client.HTTPConnection):
    """An HTTP connection over a socket already connected to the checked address."""

    watchdog: threading.Timer | None = None

    def __init__(self, sock: socket.socket, host_header: str, timeout: float):
        super().__init__(host_header, timeout=timeout)
        self.sock = sock

    def close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.cancel()
        super().close()

    def connect(self) -> None:  # the socket is already connected; never resolve again
        if self.sock is None:
            raise http.client.NotConnected("connection closed")


def _connect(target: _Target, addresses: list[str], options: FetchOptions, deadline: float) -> socket.socket:
    last: Exception | None = None
    for address in addresses:
        timeout = _remaining(deadline, options.connect_timeout)
        try:
            sock = open_connection((address, target.port), timeout=timeout)
        except TimeoutError as exc:
            last = exc
            continue
        except OSError as exc:
            last = exc
            continue
        if target.scheme == "https":
            context = options.ssl_context or ssl.create_default_context()
            try:
                sock = context.wrap_socket(sock, server_hostname=target.host)
            except ssl.SSLCertVerificationError as exc:
                sock.close()
                raise FetchError(
                    "tls_error", f"The site's certificate could not be verified ({exc.verify_message})."
                ) from None
            except (ssl.SSLError, OSError) as exc:
                sock.close()
                last = exc
                continue
        return sock
    if isinstance(last, TimeoutError):
        raise FetchError("timeout", f"Timed out connecting to {target.host}.", transient=True)
    raise FetchError("connection_failed", f"Could not connect to {target.host}: {last}.", transient=True)


def _cut(sock: socket.socket) -> None:
    """The total deadline passed: end the connection, which ends any read waiting on it (a
    server trickling its headers one byte at a time would otherwise outlast every read timeout)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _header(response: http.client.HTTPResponse, name: str) -> str:
    return (response.getheader(name) or "").strip()[:500]


def _request(
    target: _Target,
    addresses: list[str],
    options: FetchOptions,
    deadline: float,
    extra: dict[str, str] | None = None,
):
    sock = _connect(target, addresses, options, deadline)
    conn = _PinnedConnection(sock, target.host_header, options.read_timeout)
    conn.watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _cut, args=(sock,))
    conn.watchdog.daemon = True
    conn.watchdog.start()
    try:
        conn.putrequest("GET", target.path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", target.host_header)
        conn.putheader("User-Agent", options.user_agent)
        conn.putheader("Accept", options.accept)
        conn.putheader("Accept-Encoding", "gzip, deflate")
        conn.putheader("Accept-Language", "en;q=1.0, *;q=0.5")
        for name, value in (extra or {}).items():
            if value and "\r" not in value and "\n" not in value:
                conn.putheader(name, value)
        conn.endheaders()
        sock.settimeout(_remaining(deadline, options.read_timeout))
        return conn.getresponse(), conn, sock
    except TimeoutError:
        conn.close()
        raise FetchError(
            "timeout", f"Timed out waiting for {target.host} to answer.", transient=True
        ) from None
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        if time.monotonic() >= deadline:
            raise FetchError(
                "timeout", "Timed out: the page took too long to arrive.", transient=True
            ) from None
        raise FetchError(
            "connection_failed", f"The connection to {target.host} failed: {exc}.", transient=True
        ) from None


@dataclass(frozen=True)
class Answer:
    """What a receiver answered a POST: its status, the start of its body, its Retry-After."""

    status: int
    body: bytes
    retry_after: str = ""


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    allow_private: bool = False,
    max_answer: int = 2000,
    ssl_context: ssl.SSLContext | None = None,
) -> Answer:
    """POST ``body`` to ``url`` under the fetcher's address rules, to the address it checked (a
    name that resolves elsewhere between the check and the connection cannot redirect it: DNS
    rebinding). No redirect is followed. ``allow_private`` lets non-public addresses through (an
    internal receiver). Raises :class:`FetchError` when no answer came."""
    deadline = time.monotonic() + timeout
    target = _target(url.strip())
    allowed = (frozenset({target.host}), frozenset()) if allow_private else _allowed(())
    addresses = _checked_addresses(target, allowed)
    options = FetchOptions(
        connect_timeout=timeout, read_timeout=timeout, total_timeout=timeout, ssl_context=ssl_context
    )
    sock = _connect(target, addresses, options, deadline)
    conn = _PinnedConnection(sock, target.host_header, timeout)
    conn.watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _cut, args=(sock,))
    conn.watchdog.daemon = True
    conn.watchdog.start()
    try:
        conn.putrequest("POST", target.path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", target.host_header)
        for name, value in headers.items():
            if "\r" not in value and "\n" not in value:
                conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        sock.settimeout(_remaining(deadline, timeout))
        response = conn.getresponse()
        data = response.read(max_answer)
        return Answer(response.status, data, _header(response, "Retry-After"))
    except TimeoutError:
        raise FetchError(
            "timeout", f"Timed out waiting for {target.host} to answer.", transient=True
        ) from None
    except (OSError, http.client.HTTPException) as exc:
        if time.monotonic() >= deadline:
            raise FetchError(
                "timeout", f"Timed out waiting for {target.host} to answer.", transient=True
            ) from None
        raise FetchError(
            "connection_failed", f"The connection to {target.host} failed: {exc}.", transient=True
        ) from None
    finally:
        conn.close()


def _remaining(deadline: float, per_step: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("timeout", "Timed out: the page took too long to arrive.", transient=True)
    return min(per_step, left)


def _check_status(status: int) -> None:
    if 200 <= status < 300:
        return
    if status in (404, 410):
        raise FetchError("not_found", f"Page not found ({status}).", status=status)
    if status in (401, 403, 451):
        raise FetchError("forbidden", f"The site refused access to the page ({status}).", status=status)
    if status == 429 or status >= 500:
        raise FetchError(
            "server_error",
            f"The site answered {status}; trying again later may work.",
            transient=True,
            status=status,
        )
    raise FetchError("http_error", f"The site answered {status} instead of the page.", status=status)


def _content_type(header: str) -> tuple[str, str]:
    main, _, params = header.partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    return main.strip().lower(), charset


def _too_large(options: FetchOptions) -> FetchError:
    return FetchError("too_large", f"The page is too large (over {options.max_bytes // 1024:,} KB).")


def _read_body(
    response: http.client.HTTPResponse, sock: socket.socket, options: FetchOptions, deadline: float
) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > options.max_bytes:
        raise _too_large(options)
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding == "identity":
        inflater = None
    else:
        raise FetchError(
            "bad_encoding", f"The page was sent in an encoding the desk cannot read ({encoding})."
        )
    out = bytearray()
    raw = 0
    while True:
        sock.settimeout(_remaining(deadline, options.read_timeout))
        try:
            chunk = response.read1(_CHUNK)
        except TimeoutError:
            raise FetchError("timeout", "Timed out while reading the page.", transient=True) from None
        except (OSError, http.client.HTTPException) as exc:
            if time.monotonic() >= deadline:
                raise FetchError(
                    "timeout", "Timed out: the page took too long to arrive.", transient=True
                ) from None
            raise FetchError(
                "connection_failed", f"The connection broke while reading: {exc}.", transient=True
            ) from None
        if not chunk:
            break
        raw += len(chunk)
        if raw > options.max_bytes:
            raise _too_large(options)
        if inflater is not None:
            try:
                # Never inflate more than the cap allows: a small compressed body cannot blow up.
                chunk = inflater.decompress(chunk, options.max_bytes + 1 - len(out))
            except zlib.error:
                raise FetchError("bad_encoding", "The page's compressed data is damaged.") from None
            if inflater.unconsumed_tail:
                raise _too_large(options)
        out += chunk
        if len(out) > options.max_bytes:
            raise _too_large(options)
    if time.monotonic() > deadline:
        raise FetchError("timeout", "Timed out: the page took too long to arrive.", transient=True)
    return bytes(out)


def _sniff(body: bytes) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "application/xml"
    return ""


def _encoding(charset: str, body: bytes) -> str:
    for candidate in (charset, _meta_charset(body), "utf-8"):
        if not candidate:
            continue
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return "utf-8"


def _meta_charset(body: bytes) -> str:
    match = _CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "ignore") if match else ""
