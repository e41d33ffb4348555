"""A real HTTP(S) server on 127.0.0.1 with a random port, for fetch, extract, CLI and app tests."""

from __future__ import annotations

import contextlib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from summarizer.config import Settings

Route = Callable[[BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return  # clients that hang up early (size caps, timeouts) are expected here


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]


@dataclass
class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with a random port, serving ``routes`` by path."""

    routes: dict[str, Route] = field(default_factory=dict)
    tls: ssl.SSLContext | None = None
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                return

            def do_GET(self) -> None:
                server.requests.append(Recorded(self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)  # path and query, exactly
                # The client may hang up early (timeouts, size caps): expected.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    (route or send(404, b"not found", "text/plain"))(self)

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        if self.tls is not None:
            self.httpd.socket = self.tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{host}:{self.port}{path}"

    def settings(self, **changes: object) -> Settings:
        ports = (self.port, 80, 443)  # 80/443 so redirects to blocked hosts reach the address check
        return Settings(allowed_ports=ports, allow_loopback_urls=True).replace(**changes)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8", **headers: str
) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        if content_type is not None:
            handler.send_header("Content-Type", content_type)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def redirect(location: str, status: int = 302) -> Route:
    return send(status, b"", None, Location=location)
