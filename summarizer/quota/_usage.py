"""What each API key used, per UTC day: runs, characters, refusals, last use (``keys usage``).

The limits themselves are counted by :mod:`summarizer.quota._limits`; this record is for the
operator, who reads it with ``python -m summarizer keys usage``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from summarizer.quota._db import USAGE_TABLE, Database
from summarizer.quota._keys import ApiKey, guarded
from summarizer.result import JsonMixin

_UNAVAILABLE = "Usage cannot be recorded right now."

_RECORD = f"""
INSERT INTO {USAGE_TABLE} (name, day, runs, chars, refused, last_used) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (name, day) DO UPDATE SET
    runs = {USAGE_TABLE}.runs + excluded.runs,
    chars = {USAGE_TABLE}.chars + excluded.chars,
    refused = {USAGE_TABLE}.refused + excluded.refused,
    last_used = excluded.last_used
"""


@dataclass(frozen=True)
class KeyUsage(JsonMixin):
    """One key's use: today (UTC) and since it was added."""

    key: ApiKey
    runs_today: int
    chars_today: int
    refused_today: int
    runs_total: int
    chars_total: int
    refused_total: int
    last_used: float | None


def utc_day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


class UsageLog:
    def __init__(self, database: Database, *, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.clock = clock

    def record(self, name: str, *, runs: int = 0, chars: int = 0, refused: int = 0) -> None:
        now = self.clock()
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            connection.execute(
                self.database.sql(_RECORD), (name, utc_day(now), runs, chars, refused, now)
            )

    def report(self, keys: list[ApiKey]) -> list[KeyUsage]:
        """Every key's usage, in the order of ``keys``."""
        today = utc_day(self.clock())
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            rows = connection.execute(
                self.database.sql(
                    f"SELECT name, SUM(CASE WHEN day = ? THEN runs ELSE 0 END), "
                    "SUM(CASE WHEN day = ? THEN chars ELSE 0 END), "
                    "SUM(CASE WHEN day = ? THEN refused ELSE 0 END), "
                    f"SUM(runs), SUM(chars), SUM(refused), MAX(last_used) FROM {USAGE_TABLE} "
                    "GROUP BY name"
                ),
                (today, today, today),
            ).fetchall()
        found = {row[0]: row[1:] for row in rows}
        report = []
        for key in keys:
            counts = found.get(key.name, (0, 0, 0, 0, 0, 0, None))
            *numbers, last = counts
            report.append(KeyUsage(key, *(int(n or 0) for n in numbers), _float(last)))
        return report


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]
