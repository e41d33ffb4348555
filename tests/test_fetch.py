"""Safe fetching: a real HTTP(S) server on 127.0.0.1, started by the tests, and injected resolvers.

Loopback is reachable only because the tests set ``allow_loopback_urls`` and the server's random
port; every blocked-address test counts connection attempts at two layers (our connect layer and
``socket.create_connection``) and expects none.
"""

from __future__ import annotations

import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from summarizer import fetch
from summarizer.config import Settings
from summarizer.errors import (
    BlockedAddressError,
    DNSError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    NotAnArticleError,
    TooLargeError,
    TooManyRedirectsError,
    UnreachableError,
)
from summarizer.fetch import (
    MAX_REDIRECTS,
    check_address,
    fetch_url,
    resolve_and_check,
)

from .servers import LoopbackServer, redirect, send

HTML_DIR = Path(__file__).parent / "fixtures" / "html"
KOMPAS = (HTML_DIR / "kompas-singlepage2.html").read_bytes()


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


def oversized(handler: BaseHTTPRequestHandler) -> None:
    _chunked(handler, (b"a" * 65536 for _ in range(64)))  # 4 MiB, no Content-Length


BOMB = gzip.compress(b"\0" * 30_000_000, compresslevel=9)  # ~30 KB on the wire, 30 MB inflated
GZIPPED_PAGE = gzip.compress(KOMPAS)
RAW_DEFLATE = zlib.compress(KOMPAS)[2:-4]  # "deflate" sent without the zlib wrapper


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.routes.update(
        {
            "/article": send(200, KOMPAS),
            "/xhtml": send(200, KOMPAS, "application/xhtml+xml"),
            "/latin": send(200, b"<p>Caf\xe9</p>", "text/html; charset=ISO-8859-1"),
            "/plain": send(200, b"Teks biasa.", "text/plain"),
            "/gzip": send(200, GZIPPED_PAGE, Content_Encoding="gzip"),
            "/deflate": send(200, RAW_DEFLATE, Content_Encoding="deflate"),
            "/bomb": send(200, BOMB, Content_Encoding="gzip"),
            "/brotli": send(200, b"\x0b\x02\x80hello\x03", Content_Encoding="br"),
            "/pdf": send(200, b"%PDF-1.4\n" + b"0" * 5000, "application/pdf"),
            "/image": send(200, b"\x89PNG\r\n\x1a\n", "image/png"),
            "/untyped": send(200, b"<p>x</p>", None),
            "/missing": send(404, b"<h1>Not found</h1>"),
            "/broken": send(503, b"<h1>Down</h1>"),
            "/declared-huge": send(200, b"", Content_Length="999999999"),
            "/oversized": oversized,
            "/slow": slow_drip,
            "/stall": stall,
            "/loop": redirect("/loop"),
            "/relative": redirect("article", 301),
            "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-ftp": redirect("ftp://example.com/file"),
            "/no-location": send(302, b"", None),
        }
    )
    for hops in range(1, MAX_REDIRECTS + 2):
        srv.routes[f"/chain/{hops}"] = redirect(f"/chain/{hops - 1}" if hops > 1 else "/article")
    srv.routes["/to-private"] = redirect(f"http://10.0.0.1:{srv.port}/article", 307)
    srv.routes["/to-named"] = redirect(f"http://second.test:{srv.port}/article", 308)
    yield srv
    srv.close()


@dataclass
class Connections:
    """Connection attempts seen at our connect layer and at the socket layer."""

    sends: list[str] = field(default_factory=list)
    sockets: list[tuple[str, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.sends) + len(self.sockets)


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> Connections:
    seen = Connections()
    real_send, real_connect = fetch._send, socket.create_connection

    def counting_send(client, request):
        seen.sends.append(str(request.url))
        return real_send(client, request)

    def counting_connect(address, *args, **kwargs):
        seen.sockets.append((address[0], address[1]))
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(fetch, "_send", counting_send)
    monkeypatch.setattr(socket, "create_connection", counting_connect)
    return seen


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


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> FakeDNS:
    resolver = FakeDNS({})
    monkeypatch.setattr(fetch, "_getaddrinfo", resolver)
    return resolver


# --- address checks: none of these may open a connection -------------------------------------

BLOCKED_HOSTS = [
    "127.0.0.1",
    "127.1",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "127.0.0.1.",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "10.0.0.1",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "0",
    "224.0.0.1",
    "255.255.255.255",
    "[fd00::1]",
    "[fe80::1]",
    "[fec0::1]",
    "[ff02::1]",
    "[::]",
    "[64:ff9b::7f00:1]",
    "[64:ff9b::a00:1]",
    "[2002:a9fe:a9fe::1]",  # 6to4 of 169.254.169.254
    "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",  # Teredo
    "①②⑦.0.0.1",  # IDNA maps these digits to 127.0.0.1
]


@pytest.mark.parametrize("host", BLOCKED_HOSTS)
def test_internal_addresses_are_refused_without_connecting(host: str, connections) -> None:
    with pytest.raises(BlockedAddressError, match="public web pages"):
        fetch_url(f"http://{host}/latest/meta-data/", Settings())
    assert connections.total == 0


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "192.168.1.1", "169.254.169.254", "[::ffff:127.0.0.1]", "[fd00::1]"]
)
def test_loopback_setting_allows_nothing_but_genuine_loopback(host: str, connections) -> None:
    settings = Settings(allow_loopback_urls=True)
    with pytest.raises(BlockedAddressError):
        fetch_url(f"http://{host}/", settings)
    assert connections.total == 0


def test_hostname_with_one_public_and_one_private_address_is_refused(dns, connections) -> None:
    dns.table["mixed.test"] = ["93.184.216.34", "10.0.0.7"]
    with pytest.raises(BlockedAddressError, match=r"mixed\.test"):
        fetch_url("http://mixed.test/berita", Settings())
    assert connections.total == 0
    assert dns.calls == ["mixed.test"]


def test_hostname_resolving_to_loopback_is_refused_by_default(dns, connections) -> None:
    dns.table["localhost.test"] = ["127.0.0.1", "::1"]
    with pytest.raises(BlockedAddressError):
        fetch_url("http://localhost.test/", Settings())
    assert connections.total == 0


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::808:808", True),
        ("2002:808:808::1", True),
        ("127.0.0.1", False),
        ("100.127.255.255", False),
        ("198.18.0.1", False),
        ("192.0.2.1", False),
        ("240.0.0.1", False),
        ("2001:db8::1", False),
        ("64:ff9b:1::1", False),
        ("::127.0.0.1", False),
    ],
)
def test_check_address(address: str, allowed: bool) -> None:
    ip = ipaddress.ip_address(address)
    if allowed:
        check_address(ip)
    else:
        with pytest.raises(BlockedAddressError):
            check_address(ip)


def test_check_address_loopback_mode() -> None:
    check_address(ipaddress.ip_address("127.0.0.1"), allow_loopback=True)
    check_address(ipaddress.ip_address("127.255.0.9"), allow_loopback=True)
    check_address(ipaddress.ip_address("::1"), allow_loopback=True)
    for address in ("::ffff:127.0.0.1", "64:ff9b::7f00:1", "10.0.0.1", "169.254.169.254"):
        with pytest.raises(BlockedAddressError):
            check_address(ipaddress.ip_address(address), allow_loopback=True)


def test_resolve_and_check_normalises_legacy_ipv4_without_dns(dns) -> None:
    settings = Settings(allow_loopback_urls=True)
    for spelling in ("127.1", "2130706433", "0x7f000001", "127.0.0.1"):
        assert resolve_and_check(spelling, 80, settings) == ipaddress.ip_address("127.0.0.1")
    assert resolve_and_check("[::1]", 80, settings) == ipaddress.ip_address("::1")
    assert dns.calls == []


def test_dns_failure_is_a_clear_error(dns, connections) -> None:
    with pytest.raises(DNSError, match=r"Could not find the site 'nowhere\.test'"):
        fetch_url("https://nowhere.test/berita", Settings())
    assert connections.total == 0


def test_slow_dns_lookup_hits_the_deadline(monkeypatch: pytest.MonkeyPatch, connections) -> None:
    def slow(host: str, port: int) -> list[str]:
        time.sleep(1.0)
        return ["93.184.216.34"]

    monkeypatch.setattr(fetch, "_getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(DNSError, match="took too long"):
        fetch_url("https://slow.test/", Settings(fetch_timeout=0.2))
    assert time.monotonic() - started < 0.8
    assert connections.total == 0


# --- URL validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "kompas.com/read/2016/02/16/berita",
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://example.com/",
        "http://",
        "http://user:secret@example.com/",
        "http://example.com@127.0.0.1/",
        "http://example.com\\@127.0.0.1/",
        "http://exa mple.com/",
        "http://example.com:8080/",
        "http://example.com:99999/",
        "http://[::1/",
        "http://[fe80::1%25eth0]/",
        "http://256.256.256.256/",
        "http://1.2.3.4.5/",
        "http://-bad-.example/",
        "http://" + "a" * 2100 + ".com/",
    ],
)
def test_invalid_urls_are_refused_without_connecting(url: str, connections) -> None:
    with pytest.raises(InvalidURLError):
        fetch_url(url, Settings())
    assert connections.total == 0


def test_configured_ports_are_honoured(dns, connections) -> None:
    dns.table["example.test"] = ["127.0.0.1"]
    with pytest.raises(InvalidURLError, match="Port 8443 is not allowed; only ports 80, 443"):
        fetch_url("https://example.test:8443/", Settings(allow_loopback_urls=True))
    assert connections.total == 0


# --- fetching from the loopback server ------------------------------------------------------


def test_fetches_a_page_with_our_user_agent(server: LoopbackServer, connections) -> None:
    page = fetch_url(server.url("/article"), server.settings())
    assert page.body == KOMPAS
    assert (page.status, page.content_type, page.charset) == (200, "text/html", "utf-8")
    assert page.url == page.final_url == server.url("/article")
    assert connections.sockets == [("127.0.0.1", server.port)]
    headers = server.requests[-1].headers
    assert headers["User-Agent"].startswith("IndonesianNewsSummarizer/0.1 (+https://")
    assert headers["Host"] == f"127.0.0.1:{server.port}"
    assert page.to_dict()["bytes"] == len(KOMPAS)


def test_connects_to_the_checked_address_only_once_resolved(
    server: LoopbackServer, dns: FakeDNS, connections
) -> None:
    # DNS rebinding: a second lookup would answer with a private address.
    dns.table["news.test"] = [["127.0.0.1"], ["10.0.0.1"]]
    page = fetch_url(server.url("/article", host="news.test"), server.settings())
    assert page.body == KOMPAS
    assert dns.calls == ["news.test"]
    assert connections.sockets == [("127.0.0.1", server.port)]
    assert connections.sends == [f"http://127.0.0.1:{server.port}/article"]
    assert server.requests[-1].headers["Host"] == f"news.test:{server.port}"


def test_proxy_environment_variables_are_ignored(
    server: LoopbackServer, connections, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    page = fetch_url(server.url("/article"), server.settings())
    assert page.status == 200
    assert connections.sockets == [("127.0.0.1", server.port)]


@pytest.mark.parametrize(
    ("path", "body"),
    [("/gzip", KOMPAS), ("/deflate", KOMPAS), ("/xhtml", KOMPAS), ("/plain", b"Teks biasa.")],
)
def test_decodes_compressed_bodies_and_accepts_page_types(
    server: LoopbackServer, path: str, body: bytes
) -> None:
    assert fetch_url(server.url(path), server.settings()).body == body


def test_header_charset_is_reported(server: LoopbackServer) -> None:
    page = fetch_url(server.url("/latin"), server.settings())
    assert page.charset == "iso-8859-1"
    assert page.body == b"<p>Caf\xe9</p>"


def test_follows_up_to_five_redirects(server: LoopbackServer, connections) -> None:
    page = fetch_url(server.url(f"/chain/{MAX_REDIRECTS}"), server.settings())
    assert page.body == KOMPAS
    assert page.url == server.url(f"/chain/{MAX_REDIRECTS}")
    assert page.final_url == server.url("/article")
    assert len(connections.sends) == MAX_REDIRECTS + 1


def test_relative_redirect(server: LoopbackServer) -> None:
    assert fetch_url(server.url("/relative"), server.settings()).final_url == server.url("/article")


@pytest.mark.parametrize("path", [f"/chain/{MAX_REDIRECTS + 1}", "/loop"])
def test_too_many_redirects(server: LoopbackServer, connections, path: str) -> None:
    with pytest.raises(TooManyRedirectsError, match="more than 5 times"):
        fetch_url(server.url(path), server.settings())
    assert len(connections.sends) == MAX_REDIRECTS + 1


@pytest.mark.parametrize("path", ["/to-metadata", "/to-private"])
def test_redirect_to_blocked_address_is_refused(
    server: LoopbackServer, connections, path: str
) -> None:
    with pytest.raises(BlockedAddressError, match="redirected to a private or internal"):
        fetch_url(server.url(path), server.settings())
    assert connections.sockets == [("127.0.0.1", server.port)]  # only the first hop


def test_redirect_target_is_resolved_and_checked_again(
    server: LoopbackServer, dns: FakeDNS, connections
) -> None:
    dns.table["second.test"] = ["10.9.9.9"]
    with pytest.raises(BlockedAddressError):
        fetch_url(server.url("/to-named"), server.settings())
    assert dns.calls == ["second.test"]
    assert len(connections.sockets) == 1

    dns.table["second.test"] = ["127.0.0.1"]
    page = fetch_url(server.url("/to-named"), server.settings())
    assert page.final_url == f"http://second.test:{server.port}/article"
    assert server.requests[-1].headers["Host"] == f"second.test:{server.port}"


def test_redirect_to_another_scheme_is_refused(server: LoopbackServer, connections) -> None:
    with pytest.raises(InvalidURLError, match="redirected"):
        fetch_url(server.url("/to-ftp"), server.settings())
    assert len(connections.sends) == 1


def test_redirect_without_location(server: LoopbackServer) -> None:
    with pytest.raises(HTTPStatusError):
        fetch_url(server.url("/no-location"), server.settings())


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/broken", 503)])
def test_http_error_status(server: LoopbackServer, path: str, status: int) -> None:
    with pytest.raises(HTTPStatusError, match=f"HTTP {status}") as caught:
        fetch_url(server.url(path), server.settings())
    assert caught.value.status == status


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/pdf", "a PDF document"), ("/image", "an image"), ("/untyped", "did not say")],
)
def test_non_pages_are_refused_from_the_headers(server: LoopbackServer, path: str, kind: str):
    with pytest.raises(NotAnArticleError, match=kind):
        fetch_url(server.url(path), server.settings())


def test_unknown_content_encoding(server: LoopbackServer) -> None:
    with pytest.raises(FetchError, match="compression format"):
        fetch_url(server.url("/brotli"), server.settings())


def test_declared_oversized_body_is_refused_before_reading(server: LoopbackServer) -> None:
    started = time.monotonic()
    with pytest.raises(TooLargeError, match="larger than the limit"):
        fetch_url(server.url("/declared-huge"), server.settings())
    assert time.monotonic() - started < 2


def test_oversized_body_without_content_length(server: LoopbackServer) -> None:
    with pytest.raises(TooLargeError):
        fetch_url(server.url("/oversized"), server.settings(max_fetch_bytes=1_000_000))


def test_gzip_bomb_stops_at_the_cap_without_inflating_it(server: LoopbackServer) -> None:
    settings = server.settings(max_fetch_bytes=200_000)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError):
            fetch_url(server.url("/bomb"), settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # the bomb inflates to 30 MB


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


def test_closed_port_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(allowed_ports=(port,), allow_loopback_urls=True)
    with pytest.raises(UnreachableError, match="Could not connect"):
        fetch_url(f"http://127.0.0.1:{port}/", settings)


# --- decoding -------------------------------------------------------------------------------


def test_inflater_handles_concatenated_members_and_bounds_its_output() -> None:
    inflater = fetch._Inflate("gzip")
    pieces = list(inflater.feed(gzip.compress(b"satu ") + gzip.compress(b"dua")))
    assert b"".join(pieces) == b"satu dua"
    big = list(fetch._Inflate("gzip").feed(gzip.compress(b"\0" * 1_000_000)))
    assert b"".join(big) == b"\0" * 1_000_000
    assert max(len(piece) for piece in big) <= 64 * 1024


def test_corrupt_compression_is_an_error() -> None:
    with pytest.raises(FetchError, match="corrupted"):
        list(fetch._Inflate("gzip").feed(b"not gzip at all"))


# --- HTTPS: SNI and Host carry the name, the certificate is always verified ----------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=news.test"),
            *("-addext", "subjectAltName=DNS:news.test"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def tls_server(tls_files: tuple[Path, Path]) -> Iterator[LoopbackServer]:
    cert, key = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    srv = LoopbackServer({"/article": send(200, KOMPAS)}, tls=context)
    srv.sni_names = names  # type: ignore[attr-defined]
    yield srv
    srv.close()


def test_https_sends_sni_and_host_for_the_name_and_verifies(
    tls_server: LoopbackServer, tls_files, dns: FakeDNS, connections, monkeypatch
) -> None:
    cert, _ = tls_files
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(fetch, "_ssl_context", lambda: trusting)
    dns.table["news.test"] = ["127.0.0.1"]
    page = fetch_url(tls_server.url("/article", host="news.test"), tls_server.settings())
    assert page.body == KOMPAS
    assert tls_server.sni_names[-1] == "news.test"  # type: ignore[attr-defined]
    assert tls_server.requests[-1].headers["Host"] == f"news.test:{tls_server.port}"
    assert connections.sends == [f"https://127.0.0.1:{tls_server.port}/article"]


def test_https_certificate_for_another_name_is_refused(
    tls_server: LoopbackServer, tls_files, dns: FakeDNS, connections, monkeypatch
) -> None:
    cert, _ = tls_files
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(fetch, "_ssl_context", lambda: trusting)
    dns.table["other.test"] = ["127.0.0.1"]
    with pytest.raises(UnreachableError, match="certificate"):
        fetch_url(tls_server.url("/article", host="other.test"), tls_server.settings())
    assert len(connections.sockets) == 1  # no insecure retry


def test_https_untrusted_certificate_is_refused_without_retry(
    tls_server: LoopbackServer, dns: FakeDNS, connections
) -> None:
    dns.table["news.test"] = ["127.0.0.1"]
    with pytest.raises(UnreachableError, match="certificate could not be verified"):
        fetch_url(tls_server.url("/article", host="news.test"), tls_server.settings())
    assert len(connections.sockets) == 1
