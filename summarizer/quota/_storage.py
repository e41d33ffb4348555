"""A ``limits`` storage over our database (SQLite or PostgreSQL), so the counters of every limit
live in the share store and hold across processes and replicas.

``limits`` ships storages for memory, Redis, Memcached and MongoDB, none for SQL; this one
supports all three of its strategies. A fixed- or sliding-window counter is one row (key, hits,
expires); a moving window keeps one row per entry (key, at, expires). Taking from a limit reads
and writes inside one transaction (under a per-key lock on PostgreSQL), so two processes cannot
both take the last run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from math import floor
from typing import Any

from limits.storage import MovingWindowSupport, SlidingWindowCounterSupport, Storage
from limits.storage.base import TimestampedSlidingWindow

from summarizer.quota._db import ENTRIES_TABLE, LIMITS_TABLE, Database

_INCR = f"""
INSERT INTO {LIMITS_TABLE} (key, hits, expires) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN {LIMITS_TABLE}.expires > ? THEN {LIMITS_TABLE}.hits + excluded.hits
                ELSE excluded.hits END,
    expires = CASE WHEN {LIMITS_TABLE}.expires > ? THEN {LIMITS_TABLE}.expires
                   ELSE excluded.expires END
RETURNING hits
"""


class SqlStorage(
    Storage, MovingWindowSupport, SlidingWindowCounterSupport, TimestampedSlidingWindow
):
    """Rate-limit counters in :class:`~summarizer.quota._db.Database`; ``clock`` for tests."""

    STORAGE_SCHEME = None  # made directly, never from a URI

    def __init__(self, database: Database, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(None)
        self.database = database
        self.clock = clock

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return Exception  # sqlite3 and psycopg errors alike

    # --- fixed window: one counter ------------------------------------------------------------

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        with self.database.transaction() as connection:
            return self._incr(connection, key, expiry, amount, self.clock())

    def get(self, key: str) -> int:
        with self.database.transaction() as connection:
            return self._get(connection, key, self.clock())

    def get_expiry(self, key: str) -> float:
        now = self.clock()
        with self.database.transaction() as connection:
            row = connection.execute(
                self.database.sql(f"SELECT expires FROM {LIMITS_TABLE} WHERE key = ?"), (key,)
            ).fetchone()
        return float(row[0]) if row and row[0] > now else now

    def check(self) -> bool:
        try:
            with self.database.transaction() as connection:
                connection.execute("SELECT 1")
        except Exception:
            return False
        return True

    def reset(self) -> int | None:
        with self.database.transaction() as connection:
            counters = connection.execute(f"DELETE FROM {LIMITS_TABLE}").rowcount
            entries = connection.execute(f"DELETE FROM {ENTRIES_TABLE}").rowcount
            return max(0, counters) + max(0, entries)

    def clear(self, key: str) -> None:
        with self.database.transaction() as connection:
            for table in (LIMITS_TABLE, ENTRIES_TABLE):
                connection.execute(self.database.sql(f"DELETE FROM {table} WHERE key = ?"), (key,))

    # --- moving window: one row per entry ------------------------------------------------------

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = self.clock()
        with self.database.transaction() as connection:
            self.database.lock(connection, key)
            connection.execute(
                self.database.sql(f"DELETE FROM {ENTRIES_TABLE} WHERE expires <= ?"), (now,)
            )
            if len(self._entries(connection, key, expiry, now)) + amount > limit:
                return False
            insert = f"INSERT INTO {ENTRIES_TABLE} (key, at, expires) VALUES (?, ?, ?)"
            for _ in range(amount):
                connection.execute(self.database.sql(insert), (key, now, now + expiry))
            return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        """(when the oldest of the newest ``limit`` entries in the window came, how many)."""
        times = self.entry_times(key, expiry)[-limit:]
        return (times[0], len(times)) if times else (self.clock(), 0)

    def entry_times(self, key: str, expiry: int) -> list[float]:
        """When each entry still in the moving window came, oldest first."""
        now = self.clock()
        with self.database.transaction() as connection:
            return self._entries(connection, key, expiry, now)

    # --- sliding window counter: the current and the previous window ----------------------------

    def acquire_sliding_window_entry(
        self, key: str, limit: int, expiry: int, amount: int = 1
    ) -> bool:
        if amount > limit:
            return False
        now = self.clock()
        previous_key, current_key = self.sliding_window_keys(key, expiry, now)
        with self.database.transaction() as connection:
            self.database.lock(connection, key)
            connection.execute(
                self.database.sql(f"DELETE FROM {LIMITS_TABLE} WHERE expires <= ?"), (now,)
            )
            previous, previous_ttl, current, _ = self._window(
                connection, previous_key, current_key, expiry, now
            )
            if floor(previous * previous_ttl / expiry + current) + amount > limit:
                return False
            self._incr(connection, current_key, 2 * expiry, amount, now)
            return True

    def get_sliding_window(self, key: str, expiry: int) -> tuple[int, float, int, float]:
        now = self.clock()
        previous_key, current_key = self.sliding_window_keys(key, expiry, now)
        with self.database.transaction() as connection:
            return self._window(connection, previous_key, current_key, expiry, now)

    def clear_sliding_window(self, key: str, expiry: int) -> None:
        for window_key in self.sliding_window_keys(key, expiry, self.clock()):
            self.clear(window_key)

    # --- in a transaction ------------------------------------------------------------------------

    def _incr(self, connection: Any, key: str, expiry: float, amount: int, now: float) -> int:
        row = connection.execute(
            self.database.sql(_INCR), (key, amount, now + expiry, now, now)
        ).fetchone()
        return int(row[0])

    def _entries(self, connection: Any, key: str, expiry: float, now: float) -> list[float]:
        rows = connection.execute(
            self.database.sql(
                f"SELECT at FROM {ENTRIES_TABLE} WHERE key = ? AND at > ? ORDER BY at"
            ),
            (key, now - expiry),
        ).fetchall()
        return [float(row[0]) for row in rows]

    def _get(self, connection: Any, key: str, now: float) -> int:
        row = connection.execute(
            self.database.sql(f"SELECT hits FROM {LIMITS_TABLE} WHERE key = ? AND expires > ?"),
            (key, now),
        ).fetchone()
        return int(row[0]) if row else 0

    def _window(
        self, connection: Any, previous_key: str, current_key: str, expiry: int, now: float
    ) -> tuple[int, float, int, float]:
        """As ``limits``' own storages compute it: (previous hits, seconds the previous window
        still weighs, current hits, seconds until the current counter expires)."""
        previous = self._get(connection, previous_key, now)
        current = self._get(connection, current_key, now)
        previous_ttl = 0.0 if previous == 0 else (1 - (((now - expiry) / expiry) % 1)) * expiry
        current_ttl = (1 - ((now / expiry) % 1)) * expiry + expiry
        return previous, previous_ttl, current, current_ttl
