"""An article of the batch as the pipeline takes it: text as given, a URL fetched through the
guarded fetcher, politely: at most :data:`PER_HOST` fetches at once to one host, their starts
:data:`HOST_DELAY` seconds apart, because a newsroom archive must not hammer one site."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

from summarizer.batch._items import BatchItem
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.inputs import ArticleInput, from_text, from_url, normalize_url

PER_HOST = 2  # fetches at once to one host
HOST_DELAY = 0.25  # seconds between the starts of two fetches from one host


class HostLimiter:
    """At most ``per_host`` fetches at once per host, starts ``delay`` seconds apart; safe to
    share between threads."""

    def __init__(self, per_host: int = PER_HOST, delay: float = HOST_DELAY) -> None:
        self.per_host = per_host
        self.delay = delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            slots = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self.delay
            time.sleep(max(0.0, start - now))
            yield


def host_of(url: str) -> str:
    """The host a URL is fetched from, lowercase ("" when there is none to find)."""
    try:
        return (urlsplit(normalize_url(url)).hostname or "").lower()
    except (ValueError, InputError):
        return ""


def load_item(item: BatchItem, settings: Settings, limiter: HostLimiter) -> ArticleInput:
    """The article of ``item``; raises the library error that stops it (a bad line, a failed
    fetch, a text over the limit)."""
    if item.problem is not None:
        raise InputError(item.problem)
    if item.url is not None:
        with limiter.slot(host_of(item.url)):
            return from_url(item.url, settings)
    return from_text(item.text or "", settings)
