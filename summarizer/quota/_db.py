"""The database that holds limit counters, API keys and their usage: the share links' database
(``SUMMARIZER_SHARE_DB``), SQLite by default, PostgreSQL when it names one.

Every operation is one short transaction on a fresh connection, so several threads, processes and
replicas can share the database: SQLite serialises writers (``BEGIN IMMEDIATE``), PostgreSQL takes
a transaction-scoped advisory lock where a read and a write must not interleave (:meth:`lock`).
The tables are made on first use.
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.output import database_location, immediate_transaction, is_postgres

LIMITS_TABLE = "summarizer_limits"
ENTRIES_TABLE = "summarizer_limit_entries"
KEYS_TABLE = "summarizer_api_keys"
USAGE_TABLE = "summarizer_key_usage"

# One schema for both databases: SQLite accepts PostgreSQL's type names.
SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {LIMITS_TABLE} (key TEXT PRIMARY KEY, hits BIGINT NOT NULL, "
    "expires DOUBLE PRECISION NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {LIMITS_TABLE}_expires ON {LIMITS_TABLE} (expires)",
    f"CREATE TABLE IF NOT EXISTS {ENTRIES_TABLE} (key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL, "
    "expires DOUBLE PRECISION NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {ENTRIES_TABLE}_key ON {ENTRIES_TABLE} (key, at)",
    f"CREATE INDEX IF NOT EXISTS {ENTRIES_TABLE}_expires ON {ENTRIES_TABLE} (expires)",
    f"CREATE TABLE IF NOT EXISTS {KEYS_TABLE} (name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, "
    "runs_per_minute BIGINT NOT NULL, chars_per_day BIGINT NOT NULL, "
    "created DOUBLE PRECISION NOT NULL, revoked DOUBLE PRECISION)",
    f"CREATE TABLE IF NOT EXISTS {USAGE_TABLE} (name TEXT NOT NULL, day TEXT NOT NULL, "
    "runs BIGINT NOT NULL, chars BIGINT NOT NULL, refused BIGINT NOT NULL, "
    "last_used DOUBLE PRECISION, PRIMARY KEY (name, day))",
)


class Database(ABC):
    """Transactions on one database; placeholders written ``?`` (:meth:`sql` adapts them)."""

    placeholder = "?"

    def __init__(self) -> None:
        self._ready = False
        self._ready_lock = threading.Lock()

    @abstractmethod
    def _connection(self) -> AbstractContextManager[Any]:
        """A connection inside a transaction, committed on success, rolled back on failure."""

    def lock(self, connection: Any, name: str) -> None:  # noqa: B027 - SQLite needs nothing
        """Serialise transactions that name ``name`` until this one ends."""

    def sql(self, text: str) -> str:
        return text.replace("?", self.placeholder)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        self._create_schema()
        with self._connection() as connection:
            yield connection

    def _create_schema(self) -> None:
        with self._ready_lock:
            if self._ready:
                return
            with self._connection() as connection:
                self.lock(connection, "schema")  # replicas starting together
                for statement in SCHEMA:
                    connection.execute(statement)
            self._ready = True


class SQLiteDatabase(Database):
    """One connection per thread, kept open: closing the last connection checkpoints the WAL,
    which would cost more than the counting itself."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path).expanduser()
        self._local = threading.local()  # per thread; released when the thread ends

    def __repr__(self) -> str:
        return f"SQLiteDatabase({str(self.path)!r})"

    def _connect(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            # Counters, not documents: a power cut may lose the last few, never corrupt the file.
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection = connection
        return connection

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with immediate_transaction(self._connect()) as connection:
            yield connection


class PostgresDatabase(Database):
    placeholder = "%s"

    def __init__(self, dsn: str, *, connect_timeout: int = 10) -> None:
        super().__init__()
        self.dsn = dsn
        self.connect_timeout = connect_timeout

    def __repr__(self) -> str:
        return "PostgresDatabase(...)"  # the DSN may hold a password

    def lock(self, connection: Any, name: str) -> None:
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_id(name),))

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        import psycopg

        with (
            psycopg.connect(
                self.dsn, connect_timeout=self.connect_timeout, autocommit=True
            ) as connection,
            connection.transaction(),
        ):
            yield connection


def _lock_id(name: str) -> int:
    """A stable 63-bit lock number for ``name`` (the same in every process)."""
    return 0x5A11 << 32 | zlib.crc32(name.encode("utf-8"))


def open_database(settings: Settings) -> Database:
    """The share links' database, as ``SUMMARIZER_SHARE_DB`` names it."""
    location = database_location(settings)
    if is_postgres(location):
        return PostgresDatabase(location)
    return SQLiteDatabase(location)
