"""Safe fetching. Status, redirect, size and type handling run on ``httpx.MockTransport`` (the
wire replaced, every check of ours still applied); address pinning, TLS and slow servers run on a
real HTTP(S) server on 127.0.0.1 (tests/servers.py). Resolvers and TLS contexts are passed in:
no test patches the fetch module.

Loopback is reachable only because the tests set ``allow_loopback_urls`` and the server's random
port; every blocked-address test records what reached the wire and expects nothing.
"""

from __future__ import annotations

import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

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
from summarizer.inputs import _fetch as fetch
from summarizer.inputs._extract import decode_html, load_article
from summarizer.inputs._fetch import (
    MAX_REDIRECTS,
    check_address,
    fetch_url,
    resolve_and_check,
)

from .servers import PUBLIC_IP, FakeDNS, Handler, LoopbackServer, MockSite, moved, reply, send, utf7

HTML_DIR = Path(__file__).parent / "fixtures" / "html"
KOMPAS = (HTML_DIR / "kompas-singlepage2.html").read_bytes()


BOMB = gzip.compress(b"\0" * 30_000_000, compresslevel=9)  # ~30 KB on the wire, 30 MB inflated
GZIPPED_PAGE = gzip.compress(KOMPAS)
RAW_DEFLATE = zlib.compress(KOMPAS)[2:-4]  # "deflate" sent without the zlib wrapper
UTF7_ARTICLE = (
    "<html><head><title>Harga beras naik</title></head><body><article><h1>Harga beras naik</h1>"
    + "".join(
        f"<p>Paragraf {n}: harga beras di pasar induk naik lagi minggu ini +2AA- menurut para "
        "pedagang yang ditemui wartawan pada Senin pagi di Jakarta.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
).encode("ascii")


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.routes.update(
        {
            "/article": send(200, KOMPAS),
            "/utf-7": utf7(UTF7_ARTICLE),
        }
    )
    yield srv
    srv.close()


# --- the wire replaced: httpx.MockTransport (tests/servers.py) -----------------------------


@pytest.fixture
def dns() -> FakeDNS:
    return FakeDNS({"news.test": [PUBLIC_IP]})


@pytest.fixture
def wire() -> MockSite:
    """news.test (at PUBLIC_IP) serving the routes the status, redirect and size tests use."""
    site = MockSite()
    routes: dict[str, Handler] = {
        "/article": reply(200, KOMPAS),
        "/xhtml": reply(200, KOMPAS, "application/xhtml+xml"),
        "/latin": reply(200, b"<p>Caf\xe9</p>", "text/html; charset=ISO-8859-1"),
        "/plain": reply(200, b"Teks biasa.", "text/plain"),
        "/gzip": reply(200, GZIPPED_PAGE, Content_Encoding="gzip"),
        "/deflate": reply(200, RAW_DEFLATE, Content_Encoding="deflate"),
        "/bomb": reply(200, BOMB, Content_Encoding="gzip"),
        "/brotli": reply(200, b"\x0b\x02\x80hello\x03", Content_Encoding="br"),
        "/pdf": reply(200, b"%PDF-1.4\n" + b"0" * 5000, "application/pdf"),
        "/doc": reply(200, b"\xd0\xcf\x11\xe0", "application/msword"),
        "/image": reply(200, b"\x89PNG\r\n\x1a\n", "image/png"),
        "/untyped": reply(200, b"<p>x</p>", None),
        "/missing": reply(404, b"<h1>Not found</h1>"),
        "/broken": reply(503, b"<h1>Down</h1>"),
        "/declared-huge": reply(200, b"", Content_Length="999999999"),
        "/oversized": lambda _r: httpx.Response(
            200, headers={"Content-Type": "text/html"}, content=iter([b"a" * 65536] * 64)
        ),
        "/loop": moved("/loop"),
        "/relative": moved("article", 301),
        "/to-metadata": moved("http://169.254.169.254/latest/meta-data/"),
        "/to-private": moved("http://10.0.0.1/article", 307),
        "/to-named": moved("http://second.test/article", 308),
        "/to-ftp": moved("ftp://example.com/file"),
        "/no-location": reply(302, b"", None),
    }
    for hops in range(1, MAX_REDIRECTS + 2):
        routes[f"/chain/{hops}"] = moved(f"/chain/{hops - 1}" if hops > 1 else "/article")
    site.routes.update({("news.test", path): route for path, route in routes.items()})
    site.routes[("second.test", "/article")] = reply(200, KOMPAS)
    return site


def fetch_mock(path: str, wire: MockSite, dns: FakeDNS, **settings: object):
    """Fetch http://news.test{path} over the mock wire."""
    return fetch_url(
        f"http://news.test{path}", Settings(**settings), transport=wire.transport, resolver=dns
    )


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
def test_internal_addresses_are_refused_without_connecting(host: str, wire: MockSite) -> None:
    with pytest.raises(BlockedAddressError, match="public web pages"):
        fetch_url(f"http://{host}/latest/meta-data/", Settings(), transport=wire.transport)
    assert wire.requests == []


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "192.168.1.1", "169.254.169.254", "[::ffff:127.0.0.1]", "[fd00::1]"]
)
def test_loopback_setting_allows_nothing_but_genuine_loopback(host: str, wire: MockSite) -> None:
    settings = Settings(allow_loopback_urls=True)
    with pytest.raises(BlockedAddressError):
        fetch_url(f"http://{host}/", settings, transport=wire.transport)
    assert wire.requests == []


def test_hostname_with_one_public_and_one_private_address_is_refused(dns, wire) -> None:
    dns.table["mixed.test"] = [PUBLIC_IP, "10.0.0.7"]
    with pytest.raises(BlockedAddressError, match=r"mixed\.test"):
        fetch_url("http://mixed.test/berita", Settings(), transport=wire.transport, resolver=dns)
    assert wire.requests == []
    assert dns.calls == ["mixed.test"]


def test_hostname_resolving_to_loopback_is_refused_by_default(dns, wire) -> None:
    dns.table["localhost.test"] = ["127.0.0.1", "::1"]
    with pytest.raises(BlockedAddressError):
        fetch_url("http://localhost.test/", Settings(), transport=wire.transport, resolver=dns)
    assert wire.requests == []


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
        address = resolve_and_check(spelling, 80, settings, resolver=dns)
        assert address == ipaddress.ip_address("127.0.0.1")
    assert resolve_and_check("[::1]", 80, settings, resolver=dns) == ipaddress.ip_address("::1")
    assert dns.calls == []


def test_dns_failure_is_a_clear_error(dns, wire) -> None:
    with pytest.raises(DNSError, match=r"Could not find the site 'nowhere\.test'"):
        fetch_url("https://nowhere.test/berita", Settings(), transport=wire.transport, resolver=dns)
    assert wire.requests == []


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
def test_invalid_urls_are_refused_without_connecting(url: str, wire: MockSite) -> None:
    with pytest.raises(InvalidURLError):
        fetch_url(url, Settings(), transport=wire.transport)
    assert wire.requests == []


def test_configured_ports_are_honoured(dns, wire) -> None:
    dns.table["example.test"] = ["127.0.0.1"]
    with pytest.raises(InvalidURLError, match="Port 8443 is not allowed; only ports 80, 443"):
        fetch_url(
            "https://example.test:8443/",
            Settings(allow_loopback_urls=True),
            transport=wire.transport,
            resolver=dns,
        )
    assert wire.requests == []


# --- the wire replaced (MockTransport): pinning, types, status, redirects, sizes -------------


def test_every_request_goes_to_the_checked_address_whatever_the_transport(dns, wire) -> None:
    page = fetch_mock("/article", wire, dns)
    assert page.body == KOMPAS
    assert (page.status, page.content_type, page.charset) == (200, "text/html", "utf-8")
    assert page.url == page.final_url == "http://news.test/article"
    assert wire.seen() == [(f"http://{PUBLIC_IP}/article", "news.test")]
    assert wire.requests[0].headers["User-Agent"].startswith("IndonesianNewsSummarizer/0.1 (+")
    assert page.to_dict()["bytes"] == len(KOMPAS)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/gzip", KOMPAS),
        ("/deflate", KOMPAS),
        ("/xhtml", KOMPAS),
        ("/plain", b"Teks biasa."),
        ("/pdf", b"%PDF-1.4\n" + b"0" * 5000),  # documents are fetched, then read as files are
    ],
)
def test_decodes_compressed_bodies_and_accepts_page_types(dns, wire, path, body) -> None:
    assert fetch_mock(path, wire, dns).body == body


def test_header_charset_is_reported(dns, wire) -> None:
    page = fetch_mock("/latin", wire, dns)
    assert page.charset == "iso-8859-1"
    assert page.body == b"<p>Caf\xe9</p>"


def test_follows_up_to_five_redirects(dns, wire) -> None:
    page = fetch_mock(f"/chain/{MAX_REDIRECTS}", wire, dns)
    assert page.body == KOMPAS
    assert page.url == f"http://news.test/chain/{MAX_REDIRECTS}"
    assert page.final_url == "http://news.test/article"
    assert len(wire.requests) == MAX_REDIRECTS + 1
    assert {url.split("/")[2] for url, _ in wire.seen()} == {PUBLIC_IP}
    assert dns.calls == ["news.test"] * (MAX_REDIRECTS + 1)  # every hop checked again


def test_relative_redirect(dns, wire) -> None:
    assert fetch_mock("/relative", wire, dns).final_url == "http://news.test/article"


@pytest.mark.parametrize("path", [f"/chain/{MAX_REDIRECTS + 1}", "/loop"])
def test_too_many_redirects(dns, wire, path: str) -> None:
    with pytest.raises(TooManyRedirectsError, match="more than 5 times"):
        fetch_mock(path, wire, dns)
    assert len(wire.requests) == MAX_REDIRECTS + 1


@pytest.mark.parametrize("path", ["/to-metadata", "/to-private"])
def test_redirect_to_blocked_address_is_refused(dns, wire, path: str) -> None:
    with pytest.raises(BlockedAddressError, match="redirected to a private or internal"):
        fetch_mock(path, wire, dns)
    assert wire.seen() == [(f"http://{PUBLIC_IP}{path}", "news.test")]  # only the first hop


def test_redirect_target_is_resolved_and_checked_again(dns, wire) -> None:
    dns.table["second.test"] = ["10.9.9.9"]
    with pytest.raises(BlockedAddressError):
        fetch_mock("/to-named", wire, dns)
    assert dns.calls == ["news.test", "second.test"]
    assert len(wire.requests) == 1

    dns.table["second.test"] = ["93.184.216.35"]
    page = fetch_mock("/to-named", wire, dns)
    assert page.final_url == "http://second.test/article"
    assert wire.seen()[-1] == ("http://93.184.216.35/article", "second.test")


def test_redirect_to_another_scheme_is_refused(dns, wire) -> None:
    with pytest.raises(InvalidURLError, match="redirected"):
        fetch_mock("/to-ftp", wire, dns)
    assert len(wire.requests) == 1


def test_redirect_without_location(dns, wire) -> None:
    with pytest.raises(HTTPStatusError, match=r"redirect \(HTTP 302\) but no target"):
        fetch_mock("/no-location", wire, dns)


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/broken", 503)])
def test_http_error_status(dns, wire, path: str, status: int) -> None:
    with pytest.raises(HTTPStatusError, match=f"HTTP {status}") as caught:
        fetch_mock(path, wire, dns)
    assert caught.value.status == status


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/doc", "an old Word"), ("/image", "an image"), ("/untyped", "did not say")],
)
def test_non_pages_are_refused_from_the_headers(dns, wire, path: str, kind: str) -> None:
    with pytest.raises(NotAnArticleError, match=kind):
        fetch_mock(path, wire, dns)


def test_unknown_content_encoding(dns, wire) -> None:
    with pytest.raises(FetchError, match="compression format"):
        fetch_mock("/brotli", wire, dns)


def test_declared_oversized_body_is_refused_before_reading(dns, wire) -> None:
    with pytest.raises(TooLargeError, match="larger than the limit of 5 MB"):
        fetch_mock("/declared-huge", wire, dns)


def test_oversized_body_without_content_length(dns, wire) -> None:
    with pytest.raises(TooLargeError, match="limit of 1 MB"):
        fetch_mock("/oversized", wire, dns, max_fetch_bytes=1_000_000)


def test_gzip_bomb_stops_at_the_cap_without_inflating_it(dns, wire) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError):
            fetch_mock("/bomb", wire, dns, max_fetch_bytes=200_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # the bomb inflates to 30 MB


@pytest.mark.parametrize(
    ("error", "expected", "message"),
    [
        (httpx.ReadTimeout("slow"), FetchTimeoutError, "took too long"),
        (httpx.ConnectError("refused"), UnreachableError, "Could not connect to 'news.test'"),
        (httpx.RemoteProtocolError("junk"), UnreachableError, "failed while loading"),
    ],
)
def test_wire_errors_become_messages(dns, error, expected, message) -> None:
    def failing(_request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(expected, match=message):
        fetch_url(
            "http://news.test/", Settings(), transport=httpx.MockTransport(failing), resolver=dns
        )


# --- a real server on loopback: pinning, proxies ------------------------------


def test_fetches_a_page_with_our_user_agent(server: LoopbackServer) -> None:
    page = fetch_url(server.url("/article"), server.settings())
    assert page.body == KOMPAS
    assert page.url == page.final_url == server.url("/article")
    headers = server.requests[-1].headers
    assert headers["User-Agent"].startswith("IndonesianNewsSummarizer/0.1 (+https://")
    assert headers["Host"] == f"127.0.0.1:{server.port}"


def test_connects_to_the_checked_address_only_once_resolved(
    server: LoopbackServer, dns: FakeDNS
) -> None:
    # DNS rebinding: a second lookup would answer with a private address.
    dns.table["news.test"] = [["127.0.0.1"], ["10.0.0.1"]]
    before = len(server.requests)
    page = fetch_url(server.url("/article", host="news.test"), server.settings(), resolver=dns)
    assert page.body == KOMPAS
    assert dns.calls == ["news.test"]
    assert len(server.requests) == before + 1  # the server only listens on 127.0.0.1
    assert server.requests[-1].headers["Host"] == f"news.test:{server.port}"


def test_proxy_environment_variables_are_ignored(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    before = len(server.requests)
    page = fetch_url(server.url("/article"), server.settings())
    assert page.status == 200
    assert len(server.requests) == before + 1


def test_closed_port_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(allowed_ports=(port,), allow_loopback_urls=True)
    with pytest.raises(UnreachableError, match="Could not connect"):
        fetch_url(f"http://127.0.0.1:{port}/", settings)


# --- UTF-7: an unsupported charset, as in browsers -------------------------------------------


def test_a_page_served_as_utf7_is_read_as_if_undeclared(server: LoopbackServer) -> None:
    article = load_article(server.url("/utf-7"), server.settings())
    assert "+2AA-" in article.text  # not decoded to a lone surrogate (U+D800)
    assert article.text.encode("utf-8")
    assert "+2AA-" in article.to_json()


@pytest.mark.parametrize("label", ["utf-7", "UTF7", "unicode_escape", "base64", "idna"])
def test_charsets_browsers_refuse_are_ignored(label: str) -> None:
    body = b"<p>a +2AA- \\ud800 caf\xc3\xa9</p>"
    expected = "<p>a +2AA- \\ud800 café</p>"
    assert decode_html(body, label) == expected
    meta = f'<meta charset="{label}">'.encode()
    assert decode_html(meta + body) == meta.decode() + expected


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
    tls_server: LoopbackServer, tls_files, dns: FakeDNS
) -> None:
    cert, _ = tls_files
    trusting = ssl.create_default_context(cafile=str(cert))
    dns.table["news.test"] = ["127.0.0.1"]
    page = fetch_url(
        tls_server.url("/article", host="news.test"),
        tls_server.settings(),
        resolver=dns,
        ssl_context=trusting,
    )
    assert page.body == KOMPAS
    assert tls_server.sni_names[-1] == "news.test"  # type: ignore[attr-defined]
    assert tls_server.requests[-1].headers["Host"] == f"news.test:{tls_server.port}"
    assert dns.calls == ["news.test"]


def test_https_certificate_for_another_name_is_refused(
    tls_server: LoopbackServer, tls_files, dns: FakeDNS
) -> None:
    cert, _ = tls_files
    trusting = ssl.create_default_context(cafile=str(cert))
    dns.table["other.test"] = ["127.0.0.1"]
    handshakes = len(tls_server.sni_names)  # type: ignore[attr-defined]
    with pytest.raises(UnreachableError, match="certificate"):
        fetch_url(
            tls_server.url("/article", host="other.test"),
            tls_server.settings(),
            resolver=dns,
            ssl_context=trusting,
        )
    assert tls_server.sni_names[handshakes:] == ["other.test"]  # type: ignore[attr-defined]


def test_https_untrusted_certificate_is_refused_without_retry(
    tls_server: LoopbackServer, dns: FakeDNS
) -> None:
    dns.table["news.test"] = ["127.0.0.1"]
    handshakes = len(tls_server.sni_names)  # type: ignore[attr-defined]
    with pytest.raises(UnreachableError, match="certificate could not be verified"):
        fetch_url(tls_server.url("/article", host="news.test"), tls_server.settings(), resolver=dns)
    assert len(tls_server.sni_names) == handshakes + 1  # type: ignore[attr-defined]
