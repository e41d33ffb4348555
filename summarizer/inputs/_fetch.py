"""Fetch a web page safely: the URL field of a public demo must not open the server's network.

Safety is by construction, not by filtering afterwards:

* only ``http``/``https`` URLs without user info, on the configured ports (80/443 by default);
* the host is resolved **once**; every address it resolves to must be public (see
  :func:`check_address`), otherwise nothing is fetched; the connection then goes to exactly the
  checked address (the request URL holds the IP, the ``Host`` header and TLS SNI hold the name),
  so a second DNS answer cannot redirect it (DNS rebinding);
* redirects are followed by hand, at most :data:`MAX_REDIRECTS`, each target checked again;
* proxy environment variables are ignored, TLS is always verified (no insecure retry);
* one deadline (``Settings.fetch_timeout``) for the whole exchange: DNS, connect, TLS, status
  line, headers and body, every socket operation's timeout cut to what is left, so a server that
  dribbles bytes cannot stretch it; the *decoded* body is capped while it streams (a gzip bomb
  stops at the cap); the content type is decided from the headers before the body.

:func:`fetch_url` takes the wire (an ``httpx`` transport), the resolver and the TLS context as
arguments, so tests replace them without patching this module; the checks above apply to every
request whatever the transport.

``SUMMARIZER_ALLOW_LOOPBACK_URLS=1`` (``Settings.allow_loopback_urls``) allows genuine loopback
addresses (127.0.0.0/8, ::1) for tests and local use, never any other internal range.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import http
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import urljoin, urlsplit

from summarizer.config import Settings
from summarizer.errors import (
    BlockedAddressError,
    DNSError,
    FetchError,
    FetchTimeoutError,
    ForeignTable,
    HTTPStatusError,
    InvalidURLError,
    NotAnArticleError,
    TooLargeError,
    TooManyRedirectsError,
    UnreachableError,
    foreign_match,
)

if TYPE_CHECKING:
    import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

USER_AGENT = (
    "IndonesianNewsSummarizer/0.1 (+https://github.com/indonesian-news-summarizer/summarizer)"
)
MAX_REDIRECTS = 5
from summarizer.limits import MAX_URL_LENGTH  # noqa: E402  (the one rule: limits.py)

CONNECT_TIMEOUT = 10.0  # seconds; never more than what is left of the overall deadline
ACCEPTED_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
# PDF and Word files (and generic downloads, which may be one) are read as documents
# (summarizer.inputs._documents decides from their bytes).
DOCUMENT_CONTENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/x-pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/octet-stream",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.7",
    "Accept-Language": "id,en;q=0.8",
    "Accept-Encoding": "gzip, deflate",
}

_PASTE_HINT = "Copy the article text and paste it instead."


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: the URL asked for, the URL that answered, and the (decoded) body."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    def to_dict(self) -> dict[str, Any]:
        """JSON form; the body is summarised by its length."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "content_type": self.content_type,
            "charset": self.charset,
            "bytes": len(self.body),
        }


@dataclass(frozen=True)
class ParsedURL:
    """A syntactically valid, allowed URL: ``host`` is ASCII (IDNA) or a canonical IP literal."""

    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent in the request line
    ip: IPAddress | None  # set when the URL names an address rather than a host name

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        port = "" if self.port == default else f":{self.port}"
        return f"{self.scheme}://{host}{port}{self.target}"

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


# --- address policy -------------------------------------------------------------------------

# Non-public networks and why they are refused, IPv4 then IPv6 (an address is never in a network
# of the other version).
_BLOCKED: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.ip_network(net), reason)
    for net, reason in (
        ("127.0.0.0/8", "a loopback address (this server itself)"),
        ("0.0.0.0/8", "an unspecified address"),
        ("10.0.0.0/8", "a private network address"),
        ("172.16.0.0/12", "a private network address"),
        ("192.168.0.0/16", "a private network address"),
        ("169.254.0.0/16", "a link-local address (e.g. a cloud metadata service)"),
        ("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
        ("192.0.0.0/24", "a reserved address"),
        ("192.0.2.0/24", "a reserved (documentation) address"),
        ("198.51.100.0/24", "a reserved (documentation) address"),
        ("203.0.113.0/24", "a reserved (documentation) address"),
        ("192.88.99.0/24", "a reserved (relay) address"),
        ("198.18.0.0/15", "a reserved (benchmarking) address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
        ("::1/128", "a loopback address (this server itself)"),
        ("::/128", "an unspecified address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("fc00::/7", "a private (unique local) address"),
        ("ff00::/8", "a multicast address"),
        ("2001::/32", "a Teredo tunnel address"),
        ("2001:db8::/32", "a reserved (documentation) address"),
        ("64:ff9b:1::/48", "a local NAT64 address"),
        ("100::/64", "a reserved (discard) address"),
    )
)
_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
_NAT64_V6 = ipaddress.IPv6Network("64:ff9b::/96")
_V4_COMPATIBLE_V6 = ipaddress.IPv6Network("::/96")


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched from (a phrase for a message), or None when it is public."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _blocked_reason_v4(ip)
    return _blocked_reason_v6(ip)


def _blocked_reason_v4(ip: ipaddress.IPv4Address) -> str | None:
    reason = _listed_reason(ip)
    if reason is not None:
        return reason
    if not ip.is_global or ip.is_reserved or ip.is_multicast:
        return "a reserved address"
    return None


def _blocked_reason_v6(ip: ipaddress.IPv6Address) -> str | None:
    ip = ipaddress.IPv6Address(ip.packed)  # drop any scope id ("fe80::1%eth0")
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        reason = _blocked_reason_v4(embedded)
        return None if reason is None else f"{reason}, in IPv6 form"
    reason = _listed_reason(ip)
    if reason is not None:
        return reason
    if ip in _V4_COMPATIBLE_V6:
        return "a deprecated IPv4-compatible address"
    if ip not in _GLOBAL_UNICAST_V6 or ip.is_private or ip.is_reserved or not ip.is_global:
        return "a reserved address"
    return None


def _listed_reason(ip: IPAddress) -> str | None:
    return next((reason for network, reason in _BLOCKED if ip in network), None)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4 or NAT64 (64:ff9b::/96) address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64_V6:
        return ipaddress.IPv4Address(ip.packed[-4:])
    return None


def _is_genuine_loopback(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv4Address):
        return ip.is_loopback  # 127.0.0.0/8
    return ip.packed == ipaddress.IPv6Address("::1").packed


def _is_allowed(ip: IPAddress, allow_loopback: bool) -> bool:
    return (allow_loopback and _is_genuine_loopback(ip)) or blocked_reason(ip) is None


def check_address(ip: IPAddress, *, allow_loopback: bool = False) -> None:
    """Raise :class:`BlockedAddressError` unless ``ip`` is a public address.

    With ``allow_loopback`` only genuine loopback (127.0.0.0/8, ::1) is additionally allowed; its
    IPv4-mapped/NAT64 forms and every other internal range stay blocked.
    """
    if _is_allowed(ip, allow_loopback):
        return
    reason = blocked_reason(ip)
    raise BlockedAddressError(
        f"The link points to {reason}: {ip}. For safety, this server only fetches public web pages."
    )


# --- URL parsing ----------------------------------------------------------------------------

_LEGACY_IPV4 = re.compile(r"^(?:(?:0x[0-9a-f]*|[0-9]+)\.){0,3}(?:0x[0-9a-f]*|[0-9]+)$")
_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")


def parse_url(url: str, settings: Settings) -> ParsedURL:
    """Validate ``url`` (scheme, user info, host syntax, port); raise :class:`InvalidURLError`."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURLError("Enter a link to a news article (starting with https://).")
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise InvalidURLError(f"The link is too long (over {MAX_URL_LENGTH} characters).")
    if _BAD_URL_CHARS.search(url):
        raise InvalidURLError("The link contains spaces, backslashes or control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
        hostname = parts.hostname
    except ValueError:
        raise InvalidURLError("The link is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidURLError("Only web links starting with http:// or https:// can be fetched.")
    if "@" in parts.netloc:
        raise InvalidURLError("Links with a user name or password are not supported.")
    if not hostname:
        raise InvalidURLError("The link has no site name (expected https://site/...).")
    port = port if port is not None else (443 if scheme == "https" else 80)
    if port not in settings.allowed_ports:
        allowed = ", ".join(str(p) for p in settings.allowed_ports)
        raise InvalidURLError(f"Port {port} is not allowed; only ports {allowed} are fetched.")
    host, ip = _normalise_host(hostname, bracketed="[" in parts.netloc)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return ParsedURL(scheme=scheme, host=host, port=port, target=target, ip=ip)


def _normalise_host(hostname: str, *, bracketed: bool) -> tuple[str, IPAddress | None]:
    """ASCII host name, or canonical IP literal with its address (legacy IPv4 forms included)."""
    if bracketed:
        if "%" in hostname:
            raise InvalidURLError("IPv6 addresses with a zone (%...) are not supported.")
        try:
            ip6 = ipaddress.IPv6Address(hostname)
        except ValueError:
            raise InvalidURLError("The link has an invalid IPv6 address.") from None
        return str(ip6), ip6
    try:
        ascii_host = hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise InvalidURLError("The link has an invalid site name.") from None
    ascii_host = ascii_host.removesuffix(".")
    labels = ascii_host.split(".")
    if _LEGACY_IPV4.match(labels[-1]):  # WHATWG: a numeric last label means an IPv4 address
        ip4 = _parse_ipv4(ascii_host)
        return str(ip4), ip4
    if len(ascii_host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise InvalidURLError("The link has an invalid site name.")
    return ascii_host, None


def _parse_ipv4(host: str) -> ipaddress.IPv4Address:
    """Parse every IPv4 spelling the resolver would accept (127.1, 2130706433, 0x7f000001...)."""
    if not _LEGACY_IPV4.match(host):
        raise InvalidURLError("The link has an invalid IP address.")
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        raise InvalidURLError("The link has an invalid IP address.") from None


# --- resolution -----------------------------------------------------------------------------

Resolver = Callable[[str, int], list[str]]
"""A resolver: (host, port) to address strings; raises :class:`OSError` when the host is unknown."""


class FetchOptions(TypedDict, total=False):
    """What :func:`fetch_url` lets a caller replace (see there); passed on by callers that fetch
    through it (:func:`summarizer.inputs.load_article`)."""

    transport: httpx.BaseTransport | None
    resolver: Resolver | None
    ssl_context: ssl.SSLContext | None


def system_resolver(host: str, port: int) -> list[str]:
    """The system resolver (the default :data:`Resolver`)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def _lookup(host: str, port: int, timeout: float, resolver: Resolver) -> list[str]:
    """Run the resolver in a daemon thread so a hung lookup cannot outlive the deadline."""
    outcome: list[list[str] | BaseException] = []

    def work() -> None:
        try:
            outcome.append(resolver(host, port))
        except BaseException as error:  # handed to the caller below
            outcome.append(error)

    worker = threading.Thread(target=work, name="summarizer-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise DNSError(f"Looking up the site '{host}' took too long. Try again later.")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _resolve(host: str, port: int, timeout: float, resolver: Resolver) -> list[IPAddress]:
    try:
        answers = _lookup(host, port, timeout, resolver)
    except (OSError, UnicodeError):
        raise DNSError(f"Could not find the site '{host}'. Check the link for typos.") from None
    addresses: list[IPAddress] = []
    for answer in answers:
        try:
            addresses.append(ipaddress.ip_address(answer))
        except ValueError:
            continue
    if not addresses:
        raise DNSError(f"Could not find the site '{host}'. Check the link for typos.")
    return addresses


def resolve_and_check(
    host: str,
    port: int,
    settings: Settings,
    *,
    timeout: float | None = None,
    resolver: Resolver | None = None,
) -> IPAddress:
    """Resolve ``host`` once (with ``resolver``, the system one by default); return the address.

    Raises :class:`BlockedAddressError` if the host is, or resolves to *any*, non-public address,
    and :class:`DNSError` if it cannot be resolved. IP literals (legacy forms too) skip DNS.
    """
    if host.startswith("[") and host.endswith("]"):
        name, ip = _normalise_host(host[1:-1], bracketed=True)
    else:
        name, ip = _normalise_host(host, bracketed=False)
    if ip is not None:
        check_address(ip, allow_loopback=settings.allow_loopback_urls)
        return ip
    limit = min(settings.fetch_timeout, CONNECT_TIMEOUT, timeout or CONNECT_TIMEOUT)
    addresses = _resolve(name, port, limit, resolver or system_resolver)
    if not all(_is_allowed(address, settings.allow_loopback_urls) for address in addresses):
        raise BlockedAddressError(
            f"The site '{name}' resolves to a private or internal network address. "
            "For safety, this server only fetches public web pages."
        )
    return addresses[0]


# --- TLS -----------------------------------------------------------------------------------


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """Certificate-verifying TLS context (system trust store, TLS 1.2+), built once."""
    import httpx  # imported on first use: keeps `import summarizer.inputs._extract` light

    context = httpx.create_ssl_context(verify=True, trust_env=False)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# --- HTTP -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Exchange:
    """What every hop of one fetch shares: the settings, the deadline, the resolver, the wire."""

    settings: Settings
    deadline: float
    resolver: Resolver
    transport: httpx.BaseTransport

    def remaining(self) -> float:
        """Seconds left before the deadline; :class:`FetchTimeoutError` when none."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _timed_out(None, self.settings)
        return left


def _timed_out(host: str | None, settings: Settings) -> FetchTimeoutError:
    site = f"The site '{host}'" if host else "The site"
    return FetchTimeoutError(
        f"{site} took too long to respond (limit {settings.fetch_timeout:g} s for the whole "
        "page). Try again later, or paste the article text instead."
    )


def fetch_url(
    url: str,
    settings: Settings,
    *,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> FetchedPage:
    """Fetch ``url`` safely (see the module docstring) and return its decoded body.

    ``transport`` replaces only the wire (tests pass ``httpx.MockTransport``): every request,
    redirects included, still goes to an address checked here, named by IP with the host in the
    ``Host`` header. The default transport opens direct connections, verifies TLS with
    ``ssl_context`` (:func:`default_ssl_context` when None) and bounds every socket operation by
    the deadline; an injected transport is bounded per hop and between body chunks. ``resolver``
    replaces the system resolver. Raises a :class:`FetchError` subclass with a message for the
    user on any failure.
    """
    deadline = time.monotonic() + settings.fetch_timeout
    current = parse_url(url, settings)
    wire = transport or _default_wire(ssl_context or default_ssl_context(), deadline)
    exchange = _Exchange(settings, deadline, resolver or system_resolver, wire)
    try:
        for hop in range(MAX_REDIRECTS + 1):
            address = _checked_address(current, exchange, redirected=hop > 0)
            result = _fetch_once(current, address, exchange)
            if isinstance(result, FetchedPage):
                return dataclasses.replace(result, url=url.strip())
            current = _redirect_target(current, result, settings)
    finally:
        if transport is None:  # ours to close; an injected transport belongs to the caller
            wire.close()
    raise TooManyRedirectsError(
        f"The link redirected more than {MAX_REDIRECTS} times, so it was not followed. "
        "Open it in a browser and use the final address."
    )


def _checked_address(target: ParsedURL, exchange: _Exchange, *, redirected: bool) -> IPAddress:
    settings = exchange.settings
    try:
        if target.ip is not None:
            check_address(target.ip, allow_loopback=settings.allow_loopback_urls)
            return target.ip
        left = exchange.remaining()
        return resolve_and_check(
            target.host, target.port, settings, timeout=left, resolver=exchange.resolver
        )
    except BlockedAddressError as error:
        if redirected:
            raise BlockedAddressError(
                "The link redirected to a private or internal network address. For safety, "
                "this server only fetches public web pages."
            ) from error
        raise


def _redirect_target(current: ParsedURL, location: str, settings: Settings) -> ParsedURL:
    try:
        return parse_url(urljoin(current.url, location.strip()), settings)
    except InvalidURLError as error:
        raise InvalidURLError(
            f"The link redirected to an address that cannot be used: {error}"
        ) from error


def _default_wire(ssl_context: ssl.SSLContext, deadline: float) -> httpx.BaseTransport:
    """The deadline transport (:mod:`summarizer.inputs._wire`), imported with httpx on first use."""
    from summarizer.inputs._wire import deadline_transport

    return deadline_transport(ssl_context, deadline)


def _request_url(target: ParsedURL, address: IPAddress) -> str:
    host = f"[{address}]" if isinstance(address, ipaddress.IPv6Address) else str(address)
    return f"{target.scheme}://{host}:{target.port}{target.target}"


def _pinned_request(target: ParsedURL, address: IPAddress, left: float) -> httpx.Request:
    """A GET to exactly ``address``: the URL holds the IP, Host and TLS SNI hold the name."""
    import httpx

    connect = min(left, CONNECT_TIMEOUT)
    extensions: dict[str, Any] = {
        "timeout": {"connect": connect, "read": left, "write": left, "pool": left}
    }
    if target.scheme == "https" and target.ip is None:
        extensions["sni_hostname"] = target.host
    headers = {**_HEADERS, "Host": target.host_header}
    return httpx.Request(
        "GET", _request_url(target, address), headers=headers, extensions=extensions
    )


def _fetch_once(target: ParsedURL, address: IPAddress, exchange: _Exchange) -> FetchedPage | str:
    """One request to exactly ``address``: a page, or the Location of a redirect."""
    request = _pinned_request(target, address, exchange.remaining())
    with _translated_errors(target, exchange.settings):
        response = exchange.transport.handle_request(request)
        try:
            return _handle_response(response, target, exchange)
        finally:
            response.close()


@contextlib.contextmanager
def _translated_errors(target: ParsedURL, settings: Settings) -> Iterator[None]:
    """Turn httpx/socket exceptions into user-facing :class:`FetchError` subclasses."""
    try:
        yield
    except FetchError:
        raise
    except Exception as error:
        raise _translate(error, target, settings) from error


def _translate(error: Exception, target: ParsedURL, settings: Settings) -> FetchError:
    make = foreign_match(error, _HTTPX_ERRORS) or _not_fetched
    if make is _not_connected and _caused_by_tls(error):
        make = _not_verified
    return make(target.host, settings)


def _not_connected(host: str, _settings: Settings) -> FetchError:
    return UnreachableError(
        f"Could not connect to '{host}'. The site may be down; check the link or try later."
    )


def _not_verified(host: str, _settings: Settings) -> FetchError:
    return UnreachableError(
        f"Could not make a secure connection to '{host}': its HTTPS certificate could not be "
        f"verified. {_PASTE_HINT}"
    )


def _cut_off(host: str, _settings: Settings) -> FetchError:
    return UnreachableError(
        f"The connection to '{host}' failed while loading the page. Try again later."
    )


def _not_an_address(_host: str, _settings: Settings) -> FetchError:
    return InvalidURLError("The link is not a valid web address.")


def _not_fetched(host: str, _settings: Settings) -> FetchError:
    return FetchError(f"The page at '{host}' could not be fetched. {_PASTE_HINT}")


# httpx's errors by class name → the FetchError a person reads (for the host, with the settings);
# the first row naming the error's class decides, anything else is _not_fetched.
_HTTPX_ERRORS: ForeignTable[Callable[[str, Settings], FetchError]] = (
    (frozenset({"TimeoutException"}), _timed_out),
    (frozenset({"ConnectError"}), _not_connected),  # _not_verified when TLS verification failed
    (frozenset({"NetworkError", "RemoteProtocolError"}), _cut_off),
    (frozenset({"InvalidURL", "UnsupportedProtocol"}), _not_an_address),
)


def _caused_by_tls(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _handle_response(
    response: httpx.Response, target: ParsedURL, exchange: _Exchange
) -> FetchedPage | str:
    status = response.status_code
    if status in REDIRECT_STATUSES:
        location = response.headers.get("location")
        if not location:
            raise HTTPStatusError(
                f"The site answered with a redirect (HTTP {status}) but no target.", status=status
            )
        return location
    if not 200 <= status < 300:
        raise HTTPStatusError(_status_message(status), status=status)
    mime, charset = _content_type(response.headers.get("content-type"))
    limit = exchange.settings.max_fetch_bytes
    _check_declared_length(response.headers.get("content-length"), limit)
    body = _read_body(response, exchange)
    return FetchedPage(
        url=target.url,
        final_url=target.url,
        status=status,
        content_type=mime,
        charset=charset,
        body=body,
    )


def _status_message(status: int) -> str:
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = "unknown status"
    label = f"HTTP {status} {phrase}"
    if status in (404, 410):
        return f"The page was not found ({label}). Check the link."
    if status in (401, 402, 403, 451):
        return (
            f"The site refused access to the page ({label}); it may need a login or block "
            f"automated readers. {_PASTE_HINT}"
        )
    if status == 429:
        return f"The site is limiting requests ({label}). Try again later."
    if status >= 500:
        return f"The site had an error ({label}). Try again later."
    return f"The site answered with an error ({label}). Check the link."


_MIME = re.compile(r"^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$")
_CHARSET = re.compile(r"^[a-z0-9_.:-]{1,40}$", re.IGNORECASE)
_KIND_NAMES = {
    "application/pdf": "a PDF document",
    "application/json": "JSON data",
    "application/zip": "a ZIP archive",
    "application/msword": "an old Word (.doc) document (save it as .docx)",
    "application/octet-stream": "a file download",
}


def _content_type(header: str | None) -> tuple[str, str | None]:
    """(mime type, charset) from Content-Type; :class:`NotAnArticleError` unless a page."""
    if not header:
        raise NotAnArticleError(
            f"The site did not say what kind of content the link serves, so it was not read. "
            f"{_PASTE_HINT}"
        )
    mime, _, params = header.partition(";")
    mime = mime.strip().lower()
    if mime not in ACCEPTED_CONTENT_TYPES | DOCUMENT_CONTENT_TYPES:
        raise NotAnArticleError(
            f"The link serves {_describe_mime(mime)}, not a web page. Only HTML pages, plain "
            f"text, PDF and Word (.docx) files can be read; "
            f"{_PASTE_HINT[0].lower()}{_PASTE_HINT[1:]}"
        )
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip("\"'")
            charset = value.lower() if _CHARSET.match(value) else None
    return mime, charset


def _describe_mime(mime: str) -> str:
    if mime in _KIND_NAMES:
        return _KIND_NAMES[mime]
    major = mime.split("/", 1)[0]
    if major in ("image", "video", "audio"):
        return f"{'an' if major in ('image', 'audio') else 'a'} {major}"
    return f"content of type '{mime}'" if _MIME.match(mime) and len(mime) <= 60 else "a file"


def _too_large(limit: int) -> TooLargeError:
    return TooLargeError(
        f"The page is larger than the limit of {limit / 1_000_000:g} MB, so it was not read. "
        f"{_PASTE_HINT}"
    )


def _check_declared_length(header: str | None, limit: int) -> None:
    if header is None:
        return
    try:
        declared = int(header.strip())
    except ValueError:
        return
    if declared > limit:
        raise _too_large(limit)


def _read_body(response: httpx.Response, exchange: _Exchange) -> bytes:
    """Stream the body, decoding gzip/deflate ourselves so the *decoded* size is capped."""
    limit = exchange.settings.max_fetch_bytes
    decoder = _decoder(response.headers.get("content-encoding"))
    body = bytearray()
    received = 0
    for raw in response.iter_raw():  # as received: no buffering up to a chunk size
        received += len(raw)
        if received > limit:
            raise _too_large(limit)
        for piece in decoder.feed(raw):
            body += piece
            if len(body) > limit:
                raise _too_large(limit)
        exchange.remaining()  # an injected transport's reads are bounded only here
    for piece in decoder.finish():
        body += piece
        if len(body) > limit:
            raise _too_large(limit)
    return bytes(body)


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data

    def finish(self) -> Iterator[bytes]:
        yield from ()


class _Inflate:
    """Bounded-output gzip/zlib/raw-deflate decoder: never yields more than _CHUNK at once."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.raw_fallback = encoding == "deflate"
        self.started = False
        self._new()

    def _new(self) -> None:
        wbits = 31 if self.encoding == "gzip" else 15
        self.inflater = zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self.inflater.decompress(data, _CHUNK)
            except zlib.error:
                if self.raw_fallback and not self.started:  # "deflate" sent without zlib header
                    self.raw_fallback = False
                    self.inflater = zlib.decompressobj(-15)
                    continue
                raise _corrupt() from None
            self.started = True
            if piece:
                yield piece
            data = self.inflater.unconsumed_tail
            if self.inflater.eof:
                data = self.inflater.unused_data
                if not data.strip(b"\0"):
                    return
                self._new()  # concatenated gzip members
            elif not data and len(piece) < _CHUNK:
                return

    def finish(self) -> Iterator[bytes]:
        if not self.inflater.eof:
            piece = self.inflater.flush()
            if piece:
                yield piece


def _corrupt() -> FetchError:
    return FetchError(f"The page arrived corrupted (bad compression). {_PASTE_HINT}")


def _decoder(header: str | None) -> _Identity | _Inflate:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflate("deflate" if codings[0] == "deflate" else "gzip")
    raise FetchError(
        f"The site sent the page in a compression format this tool cannot read. {_PASTE_HINT}"
    )
