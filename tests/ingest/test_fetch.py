"""The safe fetcher against a real local HTTP server (no network beyond 127.0.0.1)."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import time

import pytest

from claims.ingest import fetch as fetch_module
from claims.ingest.fetch import USER_AGENT, FetchError, FetchOptions, fetch_page
from tests.ingest.site import Route, Site, page

LOCAL = ("127.0.0.1",)


@pytest.fixture
def site():
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        yield s


def opts(**kw) -> FetchOptions:
    kw.setdefault("allowed_hosts", LOCAL)
    kw.setdefault("read_timeout", 2.0)
    kw.setdefault("connect_timeout", 2.0)
    return FetchOptions(**kw)


def refused(url: str, options: FetchOptions) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch_page(url, options)
    return info.value


def test_it_fetches_a_page_with_a_product_user_agent(site):
    result = fetch_page(site.url("/news/harbour"), opts())
    assert result.status == 200 and result.content_type == "text/html" and result.encoding == "utf-8"
    assert "Council approves harbour budget" in result.text
    path, headers = site.requests[-1]
    assert path == "/news/harbour"
    assert headers["User-Agent"] == USER_AGENT and "FactCheckDesk" in USER_AGENT
    assert headers["Host"] == f"127.0.0.1:{site.port}"


def test_loopback_is_refused_without_the_allow_list(site):
    err = refused(site.url("/news/harbour"), opts(allowed_hosts=()))
    assert err.code == "refused_private" and "private address (127.0.0.1)" in err.reason
    assert site.requests == []  # refused before connecting


def test_a_name_resolving_to_loopback_is_refused(site):
    err = refused(site.url("/news/harbour", host="localhost"), opts(allowed_hosts=()))
    assert err.code == "refused_private"
    assert site.requests == []


def test_a_mapped_name_resolving_to_loopback_is_refused_and_allowed_by_name(site, monkeypatch):
    calls = []

    def resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"] if host == "news.example" else []

    monkeypatch.setattr(fetch_module, "resolve", resolver)
    url = site.url("/news/harbour", host="news.example")
    assert refused(url, opts(allowed_hosts=())).code == "refused_private"
    assert site.requests == []
    # Listed by name: fetched from the address that was resolved, with the name as Host.
    result = fetch_page(url, opts(allowed_hosts=("news.example",)))
    assert result.status == 200
    assert site.requests[-1][1]["Host"] == f"news.example:{site.port}"


def test_the_connection_goes_to_the_checked_address_resolved_once(monkeypatch):
    """No DNS rebinding: the name is resolved once and the socket connects to that address."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    resolved, connected = [], []

    def resolver(host, port):
        resolved.append(host)
        return next(answers)

    def connect(address, timeout=None):
        connected.append(address)
        raise OSError("no network in tests")

    monkeypatch.setattr(fetch_module, "resolve", resolver)
    monkeypatch.setattr(fetch_module, "open_connection", connect)
    err = refused("http://rebind.example/story", FetchOptions())
    assert err.code == "connection_failed" and err.transient
    assert resolved == ["rebind.example"]
    assert connected == [("93.184.216.34", 80)]


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fd00:ec2::254",
        "::ffff:127.0.0.1",
        "64:ff9b::a9fe:a9fe",
    ],
)
def test_private_link_local_and_metadata_addresses_are_refused(address, monkeypatch):
    monkeypatch.setattr(fetch_module, "open_connection", lambda *a, **k: pytest.fail("connected"))
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: [address])
    assert refused("http://inside.example/", FetchOptions()).code == "refused_private"


def test_one_private_record_beside_a_public_one_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_module, "open_connection", lambda *a, **k: pytest.fail("connected"))
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.8"])
    assert refused("http://mixed.example/", FetchOptions()).code == "refused_private"


def test_a_redirect_is_followed_and_checked_again(site):
    site.routes["/short"] = Route(301, headers={"Location": "/news/harbour"})
    result = fetch_page(site.url("/short"), opts())
    assert result.url == site.url("/news/harbour") and result.redirects == (site.url("/news/harbour"),)
    site.routes["/to-private"] = Route(302, headers={"Location": "http://192.168.1.20/admin"})
    err = refused(site.url("/to-private"), opts())
    assert err.code == "refused_private" and "192.168.1.20" in err.reason
    site.routes["/to-metadata"] = Route(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    assert refused(site.url("/to-metadata"), opts()).code == "refused_private"
    site.routes["/to-file"] = Route(302, headers={"Location": "file:///etc/passwd"})
    assert refused(site.url("/to-file"), opts()).code == "invalid_url"


def test_too_many_redirects(site):
    site.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    err = refused(site.url("/loop"), opts(max_redirects=3))
    assert err.code == "too_many_redirects" and "Too many redirects" in err.reason
    assert len(site.requests) == 4


def test_not_found_and_other_statuses(site):
    err = refused(site.url("/gone"), opts())
    assert (err.code, err.status, err.transient) == ("not_found", 404, False)
    assert err.reason == "Page not found (404)."
    site.routes["/down"] = Route(503, body=b"busy")
    err = refused(site.url("/down"), opts())
    assert err.code == "server_error" and err.transient
    site.routes["/private"] = Route(403, body=b"no")
    assert refused(site.url("/private"), opts()).code == "forbidden"


def test_not_html_is_refused(site):
    site.routes["/report.pdf"] = Route(body=b"%PDF-1.7 ...", content_type="application/pdf")
    err = refused(site.url("/report.pdf"), opts())
    assert err.code == "not_html" and "not an HTML page (application/pdf)" in err.reason
    site.routes["/data"] = Route(body=b'{"a": 1}', content_type="application/json")
    assert refused(site.url("/data"), opts()).code == "not_html"


def test_xhtml_and_an_html_page_without_content_type_are_accepted(site):
    site.routes["/x"] = Route(body=page("harbour_budget.html"), content_type="application/xhtml+xml")
    assert fetch_page(site.url("/x"), opts()).content_type == "application/xhtml+xml"
    site.routes["/bare"] = Route(body=page("harbour_budget.html"), content_type="")
    assert fetch_page(site.url("/bare"), opts()).content_type == "text/html"


def test_too_large_by_length_by_stream_and_after_decompression(site):
    big = b"<html><body>" + b"a" * 200_000 + b"</body></html>"
    site.routes["/big"] = Route(body=big)
    err = refused(site.url("/big"), opts(max_bytes=100_000))
    assert err.code == "too_large" and "too large" in err.reason
    site.routes["/big-chunked"] = Route(body=big, chunked=True)
    assert refused(site.url("/big-chunked"), opts(max_bytes=100_000)).code == "too_large"
    site.routes["/bomb"] = Route(body=b"<html>" + b" " * 5_000_000, gzip_body=True)
    assert len(gzip.compress(b" " * 5_000_000)) < 100_000
    assert refused(site.url("/bomb"), opts(max_bytes=100_000)).code == "too_large"


def test_gzip_pages_are_decoded(site):
    site.routes["/z"] = Route(body=page("harbour_budget.html"), gzip_body=True)
    assert "harbour budget" in fetch_page(site.url("/z"), opts()).text


def test_a_slow_answer_times_out(site):
    site.routes["/slow"] = Route(body=b"<html></html>", delay=1.5)
    err = refused(site.url("/slow"), opts(read_timeout=0.5))
    assert err.code == "timeout" and err.transient and "Timed out" in err.reason


def test_a_trickling_answer_hits_the_total_deadline(site):
    site.routes["/trickle"] = Route(body=b"<html>" + b"x" * 200 + b"</html>", trickle=0.05)
    err = refused(site.url("/trickle"), opts(read_timeout=1.0, total_timeout=1.0))
    assert err.code == "timeout"


def test_headers_trickling_in_hit_the_total_deadline(site):
    """Each byte arrives well within the read timeout; only the total deadline stops it."""
    site.routes["/loris"] = Route(header_trickle=0.05)
    started = time.monotonic()
    err = refused(site.url("/loris"), opts(read_timeout=1.0, total_timeout=1.0))
    assert err.code == "timeout" and err.transient
    assert time.monotonic() - started < 3


def test_charset_from_the_header_or_the_page(site):
    site.routes["/latin"] = Route(
        body="<html><p>Café</p></html>".encode("latin-1"), content_type="text/html; charset=ISO-8859-1"
    )
    assert "Café" in fetch_page(site.url("/latin"), opts()).text
    site.routes["/meta"] = Route(
        body='<html><head><meta charset="windows-1252"></head><p>Café</p></html>'.encode("cp1252"),
        content_type="text/html",
    )
    assert "Café" in fetch_page(site.url("/meta"), opts()).text


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/x",
        "javascript:alert(1)",
        "http://",
        "http://user:pw@example.com/",
        "http://exa mple.com:99999/",
    ],
)
def test_bad_addresses_are_refused(url):
    assert refused(url, FetchOptions()).code == "invalid_url"


def test_an_unknown_name_is_not_found(monkeypatch):
    def resolver(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(fetch_module, "resolve", resolver)
    err = refused("http://no-such-host.example/", FetchOptions())
    assert err.code == "dns_failed" and "could not be found" in err.reason and not err.transient


@pytest.fixture
def https_site(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=news.example",
            "-addext",
            "subjectAltName=DNS:news.example",
        ],
        check=True,
        capture_output=True,
    )
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        s.server.socket = context.wrap_socket(s.server.socket, server_side=True)
        yield s, cert


def test_https_verifies_the_certificate(https_site, monkeypatch):
    site, cert = https_site
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["127.0.0.1"])
    url = f"https://news.example:{site.port}/news/harbour"
    # A self-signed certificate is not trusted by default.
    err = refused(url, opts(allowed_hosts=("news.example",)))
    assert err.code == "tls_error" and "certificate could not be verified" in err.reason
    # Trusted, and for the right name: fetched.
    trusting = ssl.create_default_context(cafile=str(cert))
    assert fetch_page(url, opts(allowed_hosts=("news.example",), ssl_context=trusting)).status == 200
    # Trusted, but the name does not match the certificate: refused.
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["127.0.0.1"])
    wrong = f"https://other.example:{site.port}/news/harbour"
    err = refused(wrong, opts(allowed_hosts=("other.example",), ssl_context=trusting))
    assert err.code == "tls_error"
