"""Test servers: a real HTTP(S) server on 127.0.0.1 with a random port (fetch, extract, CLI and app
tests), and :class:`MockSite`, public sites as an ``httpx.MockTransport`` sees them, with
:class:`FakeDNS` to resolve their names."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from summarizer.config import Settings

Route = Callable[[BaseHTTPRequestHandler], None]
PUBLIC_IP = "93.184.216.34"  # where FakeDNS puts the public test sites (never connected to)


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


DRIP_PAUSE = 0.3  # seconds between two bytes of a dribbling route
_DRIP_LIMIT = 400  # bytes: a dribble lasts two minutes at most, unless the client hangs up first


def _dribble(handler: BaseHTTPRequestHandler, data: bytes, pause: float) -> None:
    for byte in data[:_DRIP_LIMIT]:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(pause)


def slow_status_line(pause: float = DRIP_PAUSE) -> Route:
    """A server that sends even its status line one byte at a time (for about two minutes)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        _dribble(handler, b"HTTP/1.1 200 OK\r\n" + b"X-Filler: x\r\n" * 40, pause)

    return route


def slow_headers(pause: float = DRIP_PAUSE) -> Route:
    """A prompt status line, then headers one byte at a time (for about two minutes)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n")
        handler.wfile.flush()
        _dribble(handler, b"X-Filler: " + b"x" * _DRIP_LIMIT, pause)

    return route


def utf7(body: bytes) -> Route:
    """A page served as UTF-7, a charset browsers refuse (``+2AA-`` is a lone surrogate in it)."""
    return send(200, body, "text/html; charset=utf-7")


# --- public sites behind httpx.MockTransport ------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


def reply(
    status: int,
    body: bytes = b"",
    content_type: str | None = "text/html; charset=utf-8",
    **headers: str,
) -> Handler:
    """A route of a :class:`MockSite`: a fresh response per request."""
    fields = {name.replace("_", "-"): value for name, value in headers.items()}
    if content_type is not None:
        fields["Content-Type"] = content_type
    fields.setdefault("Content-Length", str(len(body)))

    def route(_request: httpx.Request) -> httpx.Response:
        # A stream, not `content=`: httpx would read `content` up front, as no wire does.
        return httpx.Response(status, headers=fields, stream=httpx.ByteStream(body))

    return route


def moved(location: str, status: int = 302) -> Handler:
    return reply(status, b"", None, Location=location)


@dataclass
class MockSite:
    """Sites on the public internet, as the wire sees them: routes by ``Host`` header and path.

    ``requests`` records every request that reached the wire; an unknown route is a 404.
    """

    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.raw_path.decode("ascii")
        route = self.routes.get((request.headers["Host"], path), reply(404, b"not found"))
        return route(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def seen(self) -> list[tuple[str, str]]:
        """(URL on the wire, Host header) of every request."""
        return [(str(r.url), r.headers["Host"]) for r in self.requests]


@dataclass
class FakeDNS:
    """A resolver answering from a table; ``answers`` may be a list of successive answers."""

    table: dict[str, list[str] | list[list[str]]]
    calls: list[str] = field(default_factory=list)

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answer = self.table[host]
        if answer and isinstance(answer[0], list):
            index = min(self.calls.count(host), len(answer)) - 1
            return list(answer[index])
        return list(answer)
