"""A ``limits`` storage over our database (SQLite or PostgreSQL), so the counters of every limit
live in the share store and hold across processes and replicas.

``limits`` ships storages for memory, Redis, Memcached and MongoDB, none for SQL; this one
supports its fixed-window and sliding-window-counter strategies. Each counter is one row (key,
hits, expires). A sliding-window hit reads both windows and adds to the current one inside one
transaction (under a per-key lock on PostgreSQL), so two processes cannot both take the last run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from math import floor
from typing import Any

from limits.storage import SlidingWindowCounterSupport, Storage
from limits.storage.base import TimestampedSlidingWindow

from summarizer.quota._db import LIMITS_TABLE, Database

_INCR = f"""
INSERT INTO {LIMITS_TABLE} (key, hits, expires) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN {LIMITS_TABLE}.expires > ? THEN {LIMITS_TABLE}.hits + excluded.hits
                ELSE excluded.hits END,
    expires = CASE WHEN {LIMITS_TABLE}.expires > ? THEN {LIMITS_TABLE}.expires
                   ELSE excluded.expires END
RETURNING hits
"""


class SqlStorage(Storage, SlidingWindowCounterSupport, TimestampedSlidingWindow):
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
            cursor = connection.execute(f"DELETE FROM {LIMITS_TABLE}")
            return max(0, cursor.rowcount)

    def clear(self, key: str) -> None:
        with self.database.transaction() as connection:
            connection.execute(
                self.database.sql(f"DELETE FROM {LIMITS_TABLE} WHERE key = ?"), (key,)
            )

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
