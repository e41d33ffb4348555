"""Time and size limits of fetching, enforced where they cannot be stretched.

* :func:`deadline_transport`: the default wire of :func:`summarizer.inputs._fetch.fetch_url`, an
  ``httpx`` transport whose every socket operation (connect, TLS handshake, each read and write)
  has its timeout cut to what is left of the fetch's one deadline. A fixed read timeout restarts
  with every byte, so a server dribbling its status line or headers could hold a fetch for minutes.
* :class:`PageBudget`: one time and size budget shared by the pages of a multi-page article
  (README, "Fetching limits"): :data:`MULTI_PAGE_TIME_FACTOR` x ``fetch_timeout`` and
  ``max_fetch_bytes`` in all, each page still within ``fetch_timeout``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from summarizer.config import Settings
from summarizer.errors import FetchTimeoutError, TooLargeError

if TYPE_CHECKING:
    import ssl

    import httpx

MULTI_PAGE_TIME_FACTOR = 2  # a multi-page article gets twice SUMMARIZER_FETCH_TIMEOUT in all
MIN_PAGE_SECONDS = 0.5  # with less time left, the next page is not started
MIN_PAGE_BYTES = 10_000  # with fewer bytes left, neither (a news page is larger than this)


class _Page(Protocol):
    body: bytes


# The fetched page's type (``_fetch.FetchedPage``), generic so this module does not import _fetch,
# which imports it.
_PageT = TypeVar("_PageT", bound=_Page)


# --- one fetch: the deadline on every socket operation ---------------------------------------


def _bounded(timeout: float | None, deadline: float, error: str) -> float:
    """``timeout`` cut to what is left before ``deadline``; raise httpcore's ``error`` if none."""
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, error)("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream:
    """An httpcore network stream whose every read, write and TLS handshake ends by the deadline.

    The timeout is recomputed before each socket operation, so a server that dribbles its status
    line or headers one byte at a time cannot stretch the exchange past the deadline (a fixed read
    timeout restarts with every byte). CPython bounds a whole TLS handshake or TLS record read by
    the socket timeout, so a dribbled handshake or record is bounded too.
    """

    def __init__(self, stream: Any, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, self._deadline, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, self._deadline, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _DeadlineStream:
        bounded = _bounded(timeout, self._deadline, "ConnectTimeout")
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, bounded), self._deadline
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    """httpcore's socket backend with every connection a :class:`_DeadlineStream`."""

    def __init__(self, deadline: float) -> None:
        import httpcore

        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _DeadlineStream:
        bounded = _bounded(timeout, self._deadline, "ConnectTimeout")
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, *_args: Any, **_kwargs: Any) -> Any:
        raise NotImplementedError("fetching never uses Unix sockets")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_transport(ssl_context: ssl.SSLContext, deadline: float) -> httpx.BaseTransport:
    """The default wire: direct connections (never a proxy) whose I/O ends by ``deadline``."""
    import httpcore
    import httpx

    transport = httpx.HTTPTransport(verify=ssl_context, trust_env=False)
    # httpx has no argument for httpcore's network backend; its transport keeps the httpcore pool
    # in `_pool` (httpx 0.28), which is replaced here. Checked so an httpx change cannot silently
    # drop the deadline (tests/test_fetch.py's slow-header tests would also fail).
    if not isinstance(getattr(transport, "_pool", None), httpcore.ConnectionPool):
        raise RuntimeError("this httpx version keeps no httpcore pool in HTTPTransport._pool")
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context,
        max_keepalive_connections=0,  # no reuse: each hop's TLS name is verified afresh
        network_backend=_DeadlineBackend(deadline),
    )
    return transport


# --- one article: a budget for all its pages ------------------------------------------------


@dataclass(frozen=True)
class PageBudget(Generic[_PageT]):
    """What is left of a multi-page article's time and size budget, and how a page is fetched.

    ``fetch_page`` is :func:`~summarizer.inputs._fetch.fetch_url` with the load's transport,
    resolver and
    TLS context bound; it is called with the settings limiting one page.
    """

    settings: Settings
    fetch_page: Callable[[str, Settings], _PageT]
    deadline: float
    bytes_left: int

    @classmethod
    def start(
        cls, settings: Settings, fetch_page: Callable[[str, Settings], _PageT]
    ) -> PageBudget[_PageT]:
        """The whole budget, its clock starting now."""
        seconds = MULTI_PAGE_TIME_FACTOR * settings.fetch_timeout
        return cls(settings, fetch_page, time.monotonic() + seconds, settings.max_fetch_bytes)

    def fetch(self, url: str, *, first: bool = False) -> tuple[_PageT, PageBudget[_PageT]]:
        """Fetch one page within what is left (the first within the plain settings); return it
        and the budget less its bytes.

        Raises :class:`FetchTimeoutError` or :class:`TooLargeError` when too little time or size
        is left to start a page, and whatever ``fetch_page`` raises.
        """
        seconds = self.deadline - time.monotonic()
        limits = self.settings
        if not first:
            spent = f"the multi-page budget of {self.describe()} was used up"
            if seconds < MIN_PAGE_SECONDS:
                raise FetchTimeoutError(spent)
            if self.bytes_left < MIN_PAGE_BYTES:
                raise TooLargeError(spent)
            limits = limits.replace(
                fetch_timeout=min(limits.fetch_timeout, seconds), max_fetch_bytes=self.bytes_left
            )
        page = self.fetch_page(url, limits)
        return page, replace(self, bytes_left=self.bytes_left - len(page.body))

    def describe(self) -> str:
        """The whole budget, for a message: "30 s and 5 MB in all"."""
        seconds = MULTI_PAGE_TIME_FACTOR * self.settings.fetch_timeout
        return f"{seconds:g} s and {self.settings.max_fetch_bytes / 1_000_000:g} MB in all"
