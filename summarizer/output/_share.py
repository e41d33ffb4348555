"""Share links: a result saved under a random id, reopened by anyone who has the id.

A shared record holds the input (pasted text or URL), the settings that change the result, and
the result itself as JSON, so opening a link shows the same result without running a model.

Two stores behind one interface (:class:`ShareStore`), chosen by ``SUMMARIZER_SHARE_DB``
(:func:`open_store`):

* SQLite (the default): a file, ``<cache_dir>/shares.sqlite3`` unless the setting names a path.
* PostgreSQL (``postgresql://…``): one database for every replica of the page, so a link made on
  one replica opens on any other.

Records expire after ``SUMMARIZER_SHARE_DAYS`` days. The store is capped: one record may hold at
most ``SUMMARIZER_SHARE_MAX_RECORD_BYTES``; beyond ``SUMMARIZER_SHARE_MAX_RECORDS`` records or
``SUMMARIZER_SHARE_MAX_BYTES`` in all, the oldest records are dropped first.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.config import Settings, env_name
from summarizer.errors import InputError, ShareError, ShareNotFoundError, ShareTooLargeError
from summarizer.result import JsonMixin, SummaryResult

log = logging.getLogger(__name__)

INPUT_KINDS = ("text", "url")
ID_BYTES = 16  # 128 bits from the OS's CSPRNG: ids cannot be guessed or enumerated
# The one share-id pattern (the page checks a link's id with it too): token_urlsafe's alphabet,
# at least ID_BYTES' 22 characters; longer ids are accepted so the length can grow later.
SHARE_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,86}")
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
DEFAULT_SQLITE_NAME = "shares.sqlite3"
TABLE = "summarizer_shares"
_UNAVAILABLE = "Share links are unavailable right now; please try again later."


@contextmanager
def immediate_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction on ``connection`` (opened with ``isolation_level=None``), rolled
    back on any error. ``BEGIN IMMEDIATE`` takes the write lock at once: one writer at a time,
    and no deadlock of two readers both upgrading. The share store and the usage counters
    (summarizer.quota) write this way."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


@dataclass(frozen=True)
class SharedResult(JsonMixin):
    """A shared result: the input, the settings that change the result, and the result as JSON.

    ``created`` and ``expires`` (seconds since the epoch) are set by the store when it saves.
    """

    input_kind: str  # "text" (pasted or uploaded) or "url"
    input: str  # the text itself, or the URL
    bullets: int
    num_beams: int
    source_lang: str
    translation_model: str
    summarization_model: str
    backend: str
    compute_type: str
    result_json: str  # SummaryResult.to_json()
    created: float = 0.0
    expires: float = 0.0

    def __post_init__(self) -> None:
        if self.input_kind not in INPUT_KINDS:
            raise InputError(f"A shared input is text or a URL, not {self.input_kind!r}.")

    @classmethod
    def of(
        cls,
        input_kind: str,
        input: str,
        result: SummaryResult,
        settings: Settings,
        *,
        bullets: int | None = None,
        source_lang: str | None = None,
    ) -> SharedResult:
        """The record for ``result``; ``bullets``/``source_lang`` as passed to the run, if set."""
        return cls(
            input_kind=input_kind,
            input=input,
            bullets=settings.bullets if bullets is None else bullets,
            num_beams=settings.num_beams,
            source_lang=source_lang or settings.source_lang,
            translation_model=settings.translation_model,
            summarization_model=settings.summarization_model,
            backend=settings.backend,
            compute_type=settings.compute_type,
            result_json=result.to_json(indent=None),
        )

    @property
    def result(self) -> SummaryResult:
        return SummaryResult.from_json(self.result_json)

    def payload(self) -> str:
        """What is stored: everything but the timestamps, which have their own columns.

        ASCII-only JSON: lone surrogates and NUL characters survive every database encoding.
        """
        data = {k: v for k, v in self.to_dict().items() if k not in ("created", "expires")}
        return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def new_share_id() -> str:
    return secrets.token_urlsafe(ID_BYTES)


def _day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


class ShareStore(ABC):
    """Saves and opens shared results. Every failure is a :class:`ShareError`."""

    def __init__(
        self,
        *,
        days: int = 30,
        max_record_bytes: int = 2_000_000,
        max_records: int = 10_000,
        max_bytes: int = 500_000_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.days = days
        # A record larger than the whole store would evict itself on saving.
        self.max_record_bytes = min(max_record_bytes, max_bytes)
        self.max_records = max_records
        self.max_bytes = max_bytes
        self.clock = clock

    @classmethod
    def limits(cls, settings: Settings) -> dict[str, Any]:
        return {
            "days": settings.share_days,
            "max_record_bytes": settings.share_max_record_bytes,
            "max_records": settings.share_max_records,
            "max_bytes": settings.share_max_bytes,
        }

    @abstractmethod
    def save(self, record: SharedResult) -> str:
        """Store ``record``; returns its new id. Oldest records are evicted past the caps."""

    @abstractmethod
    def load(self, share_id: str) -> SharedResult:
        """The record saved under ``share_id``; ShareNotFoundError if unknown or expired."""

    @abstractmethod
    def purge_expired(self) -> int:
        """Delete expired records; returns how many."""

    def close(self) -> None:  # noqa: B027 - stores without resources need nothing here
        """Let go of any resources (nothing by default: connections are per operation)."""


class SqlShareStore(ShareStore):
    """The SQL both databases share; subclasses open connections and adapt placeholders."""

    placeholder = "?"

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]:
        """A connection inside a transaction, committed on success, rolled back on failure."""

    @abstractmethod
    def _schema(self) -> list[str]: ...

    def _sql(self, text: str) -> str:
        return text.replace("?", self.placeholder)

    def _create_schema(self) -> None:
        with self._guarded(), self._transaction() as connection:
            for statement in self._schema():
                connection.execute(statement)

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Database failures become a ShareError; the details go to the log, not to people."""
        try:
            yield
        except ShareError:
            raise
        except Exception as error:
            log.error("share store failure: %s: %s", type(error).__name__, error)
            raise ShareError(_UNAVAILABLE) from None

    def save(self, record: SharedResult) -> str:
        payload = record.payload()
        if len(payload) > self.max_record_bytes:
            setting = env_name("share_max_record_bytes")
            sizes = f"{len(payload):,} bytes; the limit is {self.max_record_bytes:,}"
            raise ShareTooLargeError(
                f"This result is too large to share ({sizes}, {setting}).",
                setting=setting,
                public=f"This result is too large to share ({sizes}).",
            )
        share_id = new_share_id()
        now = self.clock()
        expires = now + self.days * 86_400
        with self._guarded(), self._transaction() as connection:
            connection.execute(self._sql(f"DELETE FROM {TABLE} WHERE expires <= ?"), (now,))
            connection.execute(
                self._sql(
                    f"INSERT INTO {TABLE} (id, created, expires, size, payload) "
                    "VALUES (?, ?, ?, ?, ?)"
                ),
                (share_id, now, expires, len(payload), payload),
            )
            connection.execute(self._sql(_EVICT), (self.max_records, self.max_bytes))
        return share_id

    def load(self, share_id: str) -> SharedResult:
        if not isinstance(share_id, str) or not SHARE_ID_PATTERN.fullmatch(share_id):
            raise _unknown()
        with self._guarded(), self._transaction() as connection:
            row = connection.execute(
                self._sql(f"SELECT created, expires, payload FROM {TABLE} WHERE id = ?"),
                (share_id,),
            ).fetchone()
        if row is None:
            raise _unknown()
        created, expires, payload = row
        if expires <= self.clock():
            raise ShareNotFoundError(
                f"This shared result expired on {_day(expires)}; shared results are kept for "
                f"{self.days} days. Summarise the article again to get a new link."
            )
        try:
            data = json.loads(payload)
            return replace(SharedResult.from_dict(data), created=created, expires=expires)
        except (ValueError, TypeError, KeyError, InputError) as error:
            log.error("unreadable shared record %s: %s", share_id, error)
            raise ShareError("This shared result could not be read.") from None

    def purge_expired(self) -> int:
        with self._guarded(), self._transaction() as connection:
            cursor = connection.execute(
                self._sql(f"DELETE FROM {TABLE} WHERE expires <= ?"), (self.clock(),)
            )
            return max(0, cursor.rowcount)


# Oldest first: keep the newest records while both the record count and the total size fit.
_EVICT = f"""
DELETE FROM {TABLE} WHERE seq IN (
    SELECT seq FROM (
        SELECT seq,
               ROW_NUMBER() OVER (ORDER BY seq DESC) AS newer,
               SUM(size) OVER (ORDER BY seq DESC) AS kept
        FROM {TABLE}
    ) AS ranked
    WHERE newer > ? OR kept > ?
)
"""


def _unknown() -> ShareNotFoundError:
    return ShareNotFoundError(
        "No shared result has this id. Check that the whole link was copied; links expire "
        "after a while."
    )


class SQLiteShareStore(SqlShareStore):
    """The default store: one SQLite file (WAL mode, safe for several threads and processes)."""

    def __init__(self, path: str | Path, **limits: Any) -> None:
        super().__init__(**limits)
        self.path = Path(path).expanduser()
        with self._guarded():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._create_schema()

    @classmethod
    def from_settings(cls, settings: Settings, path: str | Path) -> SQLiteShareStore:
        return cls(path, **cls.limits(settings))

    def _schema(self) -> list[str]:
        return [
            f"CREATE TABLE IF NOT EXISTS {TABLE} (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "id TEXT NOT NULL UNIQUE, created REAL NOT NULL, expires REAL NOT NULL, "
            "size INTEGER NOT NULL, payload TEXT NOT NULL)",
            f"CREATE INDEX IF NOT EXISTS {TABLE}_expires ON {TABLE} (expires)",
        ]

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            with immediate_transaction(connection):
                yield connection
        finally:
            connection.close()


class PostgresShareStore(SqlShareStore):
    """PostgreSQL (psycopg 3): one database shared by every replica of the page."""

    placeholder = "%s"

    def __init__(self, dsn: str, *, connect_timeout: float = 10, **limits: Any) -> None:
        super().__init__(**limits)
        self.dsn = dsn
        self.connect_timeout = connect_timeout
        self._create_schema()

    @classmethod
    def from_settings(cls, settings: Settings, dsn: str) -> PostgresShareStore:
        return cls(dsn, **cls.limits(settings))

    def _schema(self) -> list[str]:
        return [
            # Replicas starting together would race on CREATE TABLE IF NOT EXISTS.
            "SELECT pg_advisory_xact_lock(7431880051)",
            f"CREATE TABLE IF NOT EXISTS {TABLE} ("
            "seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "created DOUBLE PRECISION NOT NULL, expires DOUBLE PRECISION NOT NULL, "
            "size BIGINT NOT NULL, payload TEXT NOT NULL)",
            f"CREATE INDEX IF NOT EXISTS {TABLE}_expires ON {TABLE} (expires)",
        ]

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        import psycopg

        timeout = max(1, round(self.connect_timeout))
        with (
            psycopg.connect(self.dsn, connect_timeout=timeout, autocommit=True) as connection,
            connection.transaction(),
        ):
            yield connection


def is_postgres(location: str) -> bool:
    return location.startswith(POSTGRES_SCHEMES)


def database_location(settings: Settings) -> str:
    """The database ``SUMMARIZER_SHARE_DB`` names: a ``postgresql://…`` URL, or the SQLite file's
    path (default ``<cache_dir>/shares.sqlite3``). API keys and usage live there too."""
    location = settings.share_db.strip()
    if is_postgres(location):
        return location
    return str(Path(location) if location else Path(settings.cache_dir) / DEFAULT_SQLITE_NAME)


def open_store(settings: Settings) -> ShareStore:
    """The store ``SUMMARIZER_SHARE_DB`` names: PostgreSQL for ``postgresql://…``, else SQLite."""
    location = database_location(settings)
    if is_postgres(location):
        return PostgresShareStore.from_settings(settings, location)
    return SQLiteShareStore.from_settings(settings, location)
