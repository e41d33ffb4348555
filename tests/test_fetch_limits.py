"""Time and size limits of fetching: one deadline for the whole exchange, however a server
dribbles (a real server on 127.0.0.1), and one budget for all pages of a multi-page article.

Elapsed-time bounds here are limits with a wide margin, not speed tests.
"""

from __future__ import annotations

import ast
import contextlib
import re
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest

from summarizer.config import Settings
from summarizer.errors import DNSError, FetchTimeoutError
from summarizer.inputs import _deadline, _wire, load_article
from summarizer.inputs._deadline import MULTI_PAGE_TIME_FACTOR
from summarizer.inputs._fetch import fetch_url
from summarizer.inputs._wire import deadline_transport

from .servers import (
    PUBLIC_IP,
    FakeDNS,
    LoopbackServer,
    MockSite,
    reply,
    send,
    slow_headers,
    slow_status_line,
)


@pytest.fixture
def dns() -> FakeDNS:
    return FakeDNS({"news.test": [PUBLIC_IP]})


def _chunked(handler: BaseHTTPRequestHandler, pieces: Iterator[bytes], pause: float = 0) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for piece in pieces:
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        handler.wfile.flush()
        if pause:
            time.sleep(pause)
    handler.wfile.write(b"0\r\n\r\n")


def slow_drip(handler: BaseHTTPRequestHandler) -> None:
    _chunked(handler, (b"<p>tetes</p>" for _ in range(200)), pause=0.05)


def stall(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.flush()
    time.sleep(3)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer(
        {
            "/slow": slow_drip,
            "/stall": stall,
            "/slow-status-line": slow_status_line(),
            "/slow-headers": slow_headers(),
            "/page": send(200, b"<html><body><p>Banjir di Jakarta.</p></body></html>"),
        }
    )
    yield srv
    srv.close()


# --- one fetch: one deadline -----------------------------------------------------------------


def test_slow_drip_body_hits_the_overall_deadline(server: LoopbackServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="too long"):
        fetch_url(server.url("/slow"), server.settings(fetch_timeout=0.5))
    assert time.monotonic() - started < 2


def test_stalled_body_hits_the_read_timeout(server: LoopbackServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        fetch_url(server.url("/stall"), server.settings(fetch_timeout=0.5))
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", ["/slow-status-line", "/slow-headers"])
def test_a_dribbled_status_line_or_header_hits_the_deadline(
    server: LoopbackServer, path: str
) -> None:
    # One byte every 0.3 s would restart a plain read timeout forever; the deadline covers it.
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"too long to respond \(limit 1\.5 s"):
        fetch_url(server.url(path), server.settings(fetch_timeout=1.5))
    assert time.monotonic() - started < 1.5 + 1.5  # a limit, not a speed test


def test_a_dribbled_tls_handshake_hits_the_deadline(dns: FakeDNS) -> None:
    # A "server" that accepts and then sends its TLS handshake one byte at a time.
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def dribble() -> None:
        connection, _ = listener.accept()
        with connection, contextlib.suppress(OSError):
            for byte in b"\x16\x03\x03\x40\x00" + b"\x00" * 200:
                connection.sendall(bytes([byte]))
                time.sleep(0.3)

    threading.Thread(target=dribble, daemon=True).start()
    dns.table["news.test"] = ["127.0.0.1"]
    settings = Settings(allowed_ports=(port,), allow_loopback_urls=True, fetch_timeout=1.5)
    started = time.monotonic()
    try:
        with pytest.raises(FetchTimeoutError):
            fetch_url(f"https://news.test:{port}/", settings, resolver=dns)
    finally:
        listener.close()
    assert time.monotonic() - started < 1.5 + 1.5


# --- the wire: only httpx's and httpcore's public interfaces --------------------------------


def test_the_deadline_wire_raises_no_deprecation_warning(server: LoopbackServer) -> None:
    """A fetch and a deadline through the default wire, with every DeprecationWarning an error
    (from httpx, httpcore or anything else on the way): an httpx or httpcore release that
    deprecates what the wire uses fails here, not silently in production."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        warnings.simplefilter("error", PendingDeprecationWarning)
        page = fetch_url(server.url("/page"), server.settings())
        with pytest.raises(FetchTimeoutError):
            fetch_url(server.url("/slow-headers"), server.settings(fetch_timeout=0.6))
    assert b"Banjir di Jakarta." in page.body


def test_the_deadline_wire_is_a_public_httpx_transport() -> None:
    transport = deadline_transport(ssl.create_default_context(), time.monotonic() + 1)
    try:
        assert isinstance(transport, httpx.BaseTransport)
        assert not isinstance(transport, httpx.HTTPTransport)  # nothing of it is swapped out
    finally:
        transport.close()


def test_the_wire_touches_no_private_attribute_of_httpx_or_httpcore() -> None:
    """Only our own objects' underscored attributes (``self._x``) are used in the wire."""
    for module in (_deadline, _wire):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        private = [
            ast.unparse(node)
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id == "self")
        ]
        assert private == [], module.__name__
        imported = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("http")
            for alias in node.names
        ]
        assert not [name for name in imported if name.startswith("_")], module.__name__


def test_slow_dns_lookup_hits_the_deadline() -> None:
    wire = MockSite()

    def slow(host: str, port: int) -> list[str]:
        time.sleep(1.0)
        return [PUBLIC_IP]

    started = time.monotonic()
    with pytest.raises(DNSError, match="took too long"):
        fetch_url(
            "https://slow.test/",
            Settings(fetch_timeout=0.2),
            transport=wire.transport,
            resolver=slow,
        )
    assert time.monotonic() - started < 0.8
    assert wire.requests == []


def test_an_injected_transport_is_held_to_the_deadline_between_chunks(dns) -> None:
    def dribbling(_request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            for _ in range(100):
                time.sleep(0.05)
                yield b"<p>tetes</p>"

        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=body())

    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"limit 0\.3 s"):
        fetch_url(
            "http://news.test/",
            Settings(fetch_timeout=0.3),
            transport=httpx.MockTransport(dribbling),
            resolver=dns,
        )
    assert time.monotonic() - started < 1.3


# --- a multi-page article: one time and size budget for all its pages ------------------------

LEAD = "Jakarta - Banjir merendam puluhan rumah warga di Jakarta Timur pada Senin pagi."


def page_text(page: int) -> list[str]:
    return [
        f"Halaman {page}, paragraf {n}: warga mengungsi ke masjid dan balai warga terdekat, dan "
        "petugas membagikan makanan, selimut serta obat-obatan kepada para pengungsi."
        for n in range(1, 5)
    ]


def banjir_page(page: int, total: int, padding: int = 0) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in [LEAD, *page_text(page)])
    links = "".join(f'<a href="/read/banjir?page={k}">{k}</a>' for k in range(1, total + 1))
    if page < total:
        links += f'<a rel="next" href="/read/banjir?page={page + 1}">Selanjutnya</a>'
    return (
        "<html><head><title>Banjir Rendam Jakarta</title></head><body><article>"
        f"<h1>Banjir Rendam Jakarta</h1>{body}<div>Halaman {links}</div></article>"
        f"<!-- {'x' * padding} --></body></html>"
    ).encode()


def banjir_path(page: int) -> str:
    return "/read/banjir" if page == 1 else f"/read/banjir?page={page}"


def late(pause: float, body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(pause)
        send(200, body)(handler)

    return route


@pytest.fixture
def paged_site() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.routes[banjir_path(1)] = send(200, banjir_page(1, 5))
    yield srv
    srv.close()


def test_stalled_later_pages_leave_the_first_with_a_warning(paged_site: LoopbackServer) -> None:
    for page in range(2, 6):
        paged_site.routes[banjir_path(page)] = slow_headers()
    started = time.monotonic()
    article = load_article(paged_site.url(banjir_path(1)), paged_site.settings(fetch_timeout=1.5))
    elapsed = time.monotonic() - started
    assert article.pages == 1
    assert list(article.paragraphs) == [LEAD, *page_text(1)]
    assert len(article.warnings) == 1
    assert re.search(
        r"Page 2 of this article could not be read .*too long.*partial", article.warnings[0]
    )
    assert elapsed < MULTI_PAGE_TIME_FACTOR * 1.5 + 1.5


def test_slow_later_pages_stop_at_the_total_time_budget(paged_site: LoopbackServer) -> None:
    # Every page alone is within the 1.5 s limit; together they would take about 4 s.
    for page in range(2, 6):
        paged_site.routes[banjir_path(page)] = late(1.0, banjir_page(page, 5))
    started = time.monotonic()
    article = load_article(paged_site.url(banjir_path(1)), paged_site.settings(fetch_timeout=1.5))
    elapsed = time.monotonic() - started
    assert 2 <= article.pages < 5
    assert page_text(2)[0] in article.paragraphs
    assert page_text(5)[0] not in article.paragraphs
    assert len(article.warnings) == 1 and article.warnings[0].endswith("the text is partial.")
    assert elapsed < MULTI_PAGE_TIME_FACTOR * 1.5 + 1.5


def paged_wire(padding: int) -> MockSite:
    site = MockSite()
    for page in range(1, 6):
        site.routes[("news.test", banjir_path(page))] = reply(200, banjir_page(page, 5, padding))
    return site


def test_pages_past_the_total_size_budget_are_not_read(dns: FakeDNS) -> None:
    site = paged_wire(padding=45_000)  # two pages fit in 95 kB; too little is left for a third
    settings = Settings(max_fetch_bytes=95_000)
    article = load_article(
        "http://news.test/read/banjir", settings, transport=site.transport, resolver=dns
    )
    assert article.pages == 2
    assert [r.url.raw_path for r in site.requests] == [b"/read/banjir", b"/read/banjir?page=2"]
    assert article.warnings == (
        "Page 3 of this article could not be read (the multi-page budget of 30 s and 0.095 MB in "
        "all was used up); the text is partial.",
    )


def test_a_page_larger_than_the_size_left_is_refused_with_a_warning(dns: FakeDNS) -> None:
    site = paged_wire(padding=40_000)  # 20 kB left for the third page
    article = load_article(
        "http://news.test/read/banjir",
        Settings(max_fetch_bytes=100_000),
        transport=site.transport,
        resolver=dns,
    )
    assert article.pages == 2
    assert len(site.requests) == 3
    assert re.search(r"Page 3 .* larger than the limit of 0\.0\d+ MB.*partial", article.warnings[0])
