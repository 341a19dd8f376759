"""A real HTTP server on 127.0.0.1 (random port), in a thread, serving what each test tells it:
pages, redirects, slow answers, oversize and compressed bodies. Records every request."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


class Route:
    """What the server answers at one path."""

    def __init__(
        self,
        status=200,
        body=b"",
        content_type="text/html; charset=utf-8",
        headers=None,
        delay=0.0,
        trickle=0.0,
        chunked=False,
        gzip_body=False,
        header_trickle=0.0,
    ):
        self.status, self.body, self.content_type = status, body, content_type
        self.headers, self.delay, self.trickle = dict(headers or {}), delay, trickle
        self.chunked, self.gzip_body = chunked, gzip_body
        # Seconds between the bytes of an endless header (a slow-loris server); bounded.
        self.header_trickle = header_trickle


class Site:
    def __init__(self):
        self.routes: dict[str, Route | Callable] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - the http.server API
                site.requests.append((self.path, dict(self.headers.items())))
                route = site.routes.get(self.path.split("?")[0]) or Route(
                    404, b"<html><body>Not here</body></html>"
                )
                if callable(route):
                    route = route(self)
                try:
                    self._answer(route)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _answer(self, route: Route):
                time.sleep(route.delay)
                if route.header_trickle:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    for _ in range(400):
                        self.wfile.write(b"z")
                        self.wfile.flush()
                        time.sleep(route.header_trickle)
                    return
                body = gzip.compress(route.body) if route.gzip_body else route.body
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                if route.gzip_body:
                    self.send_header("Content-Encoding", "gzip")
                for key, value in route.headers.items():
                    self.send_header(key, value)
                if route.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                elif "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                if route.chunked:
                    for start in range(0, len(body), 65536):
                        part = body[start : start + 65536]
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                elif route.trickle:
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(route.trickle)
                else:
                    self.wfile.write(body)
                self.close_connection = True

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
