"""Time and size limits of fetching, enforced where they cannot be stretched.

* :func:`summarizer.inputs._wire.deadline_transport`: the default wire of
  :func:`summarizer.inputs._fetch.fetch_url`, an ``httpx`` transport whose every socket operation
  (connect, TLS handshake, each read and write) has its timeout cut to what is left of the fetch's
  one deadline. A fixed read timeout restarts with every byte, so a server dribbling its status
  line or headers could hold a fetch for minutes.
* :class:`PageBudget`: one time and size budget shared by the pages of a multi-page article
  (README, "Fetching limits"): :data:`MULTI_PAGE_TIME_FACTOR` x ``fetch_timeout`` and
  ``max_fetch_bytes`` in all, each page still within ``fetch_timeout``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, Protocol, TypeVar

from summarizer.config import Settings
from summarizer.errors import FetchTimeoutError, TooLargeError

MULTI_PAGE_TIME_FACTOR = 2  # a multi-page article gets twice SUMMARIZER_FETCH_TIMEOUT in all
MIN_PAGE_SECONDS = 0.5  # with less time left, the next page is not started
MIN_PAGE_BYTES = 10_000  # with fewer bytes left, neither (a news page is larger than this)


class _Page(Protocol):
    body: bytes


# The fetched page's type (``_fetch.FetchedPage``), generic so this module does not import _fetch,
# which imports it.
_PageT = TypeVar("_PageT", bound=_Page)


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
