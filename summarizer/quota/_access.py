"""A front end's admission rules: who is calling (:meth:`Quota.caller`) and whether their run fits
their allowance (:meth:`Quota.check`, :meth:`Quota.run`).

* ``SUMMARIZER_API_TOKEN`` is the operator's (and the page's, when it calls the API): not limited,
  as before keys existed.
* A bearer token shaped like an API key (``sum_…``) is looked up: a key selects its allowance,
  counted per key; an unknown or revoked key is refused (401), so a partner learns at once.
* Anything else: the anonymous, per-visitor allowance, counted per IP address and per page
  session; when the API has a token, refused (401) as before keys existed. Only a key-shaped
  bearer reads the database.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from summarizer.config import Settings
from summarizer.errors import RateLimitedError
from summarizer.quota._client import Client
from summarizer.quota._db import Database, open_database
from summarizer.quota._keys import TOKEN_PREFIX, ApiKey, KeyStore
from summarizer.quota._limits import Allowance, Limiter, key_allowance, visitor_allowance
from summarizer.quota._metrics import Metrics
from summarizer.quota._storage import SqlStorage
from summarizer.quota._usage import UsageLog

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Caller:
    """Whoever makes a request: a visitor (``client``), an API key's holder, or the operator."""

    client: Client
    key: ApiKey | None = None
    operator: bool = False


class Quota:
    """Per-visitor limits and API keys over the share store's database."""

    def __init__(
        self,
        settings: Settings,
        metrics: Metrics | None = None,
        *,
        database: Database | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.metrics = metrics if metrics is not None else Metrics()
        self.database = database if database is not None else open_database(settings)
        self.keys = KeyStore(self.database, clock=clock)
        self.usage = UsageLog(self.database, clock=clock)
        self.limiter = Limiter(SqlStorage(self.database, clock=clock))
        self.visitors = visitor_allowance(settings.runs_per_10_minutes, settings.chars_per_hour)

    def caller(self, bearer: str | None, client: Client) -> Caller | None:
        """Who sends ``bearer`` (a request's bearer token, or None) from ``client``; None when
        the request must be refused (401)."""
        token = self.settings.api_token
        if bearer and token and hmac.compare_digest(bearer.encode(), token.encode()):
            return Caller(client, operator=True)
        if bearer and bearer.startswith(TOKEN_PREFIX):
            key = self.keys.find(bearer)
            return Caller(client, key=key) if key is not None and key.active else None
        return None if token else Caller(client)  # without a token, any other bearer is ignored

    def visitor(self, client: Client) -> Caller:
        """A page visitor: always the per-visitor allowance."""
        return Caller(client)

    def allowance(self, caller: Caller) -> tuple[Allowance, tuple[str, ...]] | None:
        """The allowance ``caller`` runs under and what it is counted against; None: no limit."""
        if caller.operator:
            return None
        if caller.key is not None:
            key = caller.key
            return key_allowance(key.runs_per_minute, key.chars_per_day), (f"key:{key.name}",)
        return self.visitors, caller.client.identities

    def check(self, caller: Caller, chars: int = 0) -> None:
        """Raise :class:`RateLimitedError` if a run (of ``chars`` characters, when known) does not
        fit now; nothing is taken."""
        self._refused_counted(
            caller, lambda allowance, who: self.limiter.check(who, allowance, chars)
        )

    def run(self, caller: Caller, chars: int, work: Callable[[], T]) -> T:
        """Take a run of ``chars`` characters from ``caller``'s allowance, then do ``work`` (the
        model run), counted with its seconds in the metrics and the key's usage."""
        self._refused_counted(
            caller, lambda allowance, who: self.limiter.take(who, allowance, chars)
        )
        started = time.monotonic()
        result = work()
        self.metrics.record_run(time.monotonic() - started)
        if caller.key is not None:
            self._record(caller.key, runs=1, chars=chars)
        return result

    def _refused_counted(
        self, caller: Caller, apply: Callable[[Allowance, tuple[str, ...]], None]
    ) -> None:
        found = self.allowance(caller)
        if found is None:
            return
        try:
            apply(*found)
        except RateLimitedError as error:
            self.metrics.reject(error.reason)
            if caller.key is not None:
                self._record(caller.key, refused=1)
            raise

    def _record(self, key: ApiKey, **counts: int) -> None:
        try:
            self.usage.record(key.name, **counts)
        except Exception as error:  # the run happened; only its record is lost, and logged
            log.error("usage of key %r not recorded: %s", key.name, error)
