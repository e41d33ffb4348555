"""The default wire of fetching: an ``httpx`` transport whose every socket operation ends by one
deadline, built only from httpx's and httpcore's public interfaces.

:class:`DeadlineTransport` is an :class:`httpx.BaseTransport` (httpx's documented extension
point) over an :class:`httpcore.ConnectionPool` whose ``network_backend`` (httpcore's documented
extension point) wraps :class:`httpcore.SyncBackend`: every connect, TLS handshake, read and write
has its timeout cut to what is left of the fetch's deadline. A fixed read timeout restarts with
every byte, so a server dribbling its status line or headers could otherwise hold a fetch for
minutes. httpcore's exceptions become httpx's, as httpx's own transport maps them.

Imported on first fetch (httpx takes half a second to import), by
:func:`summarizer.inputs._fetch.fetch_url`.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

__all__ = ["DeadlineTransport", "deadline_transport"]


def _bounded(timeout: float | None, deadline: float, error: type[Exception]) -> float:
    """``timeout`` cut to what is left before ``deadline``; raise ``error`` if nothing is."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read, write and TLS handshake ends by the deadline.

    The timeout is recomputed before each socket operation, so a server that dribbles its status
    line or headers one byte at a time cannot stretch the exchange past the deadline. CPython
    bounds a whole TLS handshake or TLS record read by the socket timeout, so a dribbled handshake
    or record is bounded too.
    """

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded = _bounded(timeout, self._deadline, httpcore.ReadTimeout)
        return self._stream.read(max_bytes, bounded)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, self._deadline, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, self._deadline, httpcore.ConnectTimeout)
        secured = self._stream.start_tls(ssl_context, server_hostname, bounded)
        return _DeadlineStream(secured, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with every connection a :class:`_DeadlineStream`."""

    def __init__(self, deadline: float) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, self._deadline, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.UnsupportedProtocol("fetching never uses Unix sockets")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# httpcore's exceptions and httpx's equivalents, most specific first.
_HTTPX_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    """Raise httpcore's exceptions as httpx's (the cause kept, so a TLS failure stays visible)."""
    try:
        yield
    except Exception as error:
        for core, mapped in _HTTPX_ERRORS:
            if isinstance(error, core):
                raise mapped(str(error)) from error
        raise


class _ResponseBody(httpx.SyncByteStream):
    """The body of an httpcore response, as httpx reads it; its errors become httpx's."""

    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._response.iter_stream()

    def close(self) -> None:
        with _httpx_errors():
            self._response.close()


class DeadlineTransport(httpx.BaseTransport):
    """Direct connections (never a proxy, no reuse) whose I/O all ends by ``deadline``."""

    def __init__(self, ssl_context: ssl.SSLContext, deadline: float) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_keepalive_connections=0,  # no reuse: each hop's TLS name is verified afresh
            network_backend=_DeadlineBackend(deadline),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.read(),
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseBody(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def deadline_transport(ssl_context: ssl.SSLContext, deadline: float) -> httpx.BaseTransport:
    """The default wire: direct connections (never a proxy) whose I/O ends by ``deadline``."""
    return DeadlineTransport(ssl_context, deadline)
