"""Limits hold across processes: two processes taking runs at once from one key and one visitor
never get more than the allowance, on SQLite and on a throwaway PostgreSQL (slow tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.quota import Quota

from .pg import postgres_server, require_postgres

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("summarizer_limits", "summarizer_api_keys", "summarizer_key_usage")

# One process: wait for the start signal, then try ATTEMPTS runs as the key and as visitors,
# on a clock frozen at CLOCK (the same in both processes, so no window ends during the test).
WORKER = """
import json, os, sys, time
from pathlib import Path
from summarizer.config import Settings
from summarizer.errors import RateLimitedError
from summarizer.quota import Caller, Client, Quota

now = float(os.environ["CLOCK"])
quota = Quota(Settings.from_env(), clock=lambda: now)
key_caller = quota.caller(os.environ["KEY"], Client(None, "198.51.100.1"))
go = Path(os.environ["GO"])
while not go.exists():
    time.sleep(0.005)
taken = {"key": 0, "visitor": 0}
for number in range(int(os.environ["ATTEMPTS"])):
    # Both processes go after the same visitor's one run, 40 visitors over.
    visitor = Caller(Client(None, f"203.0.113.{number}"))
    callers = [("key", key_caller)] if number < 15 else []
    callers.append(("visitor", visitor))
    for name, caller in callers:
        try:
            quota.run(caller, 100, lambda: None)
            taken[name] += 1
        except RateLimitedError:
            pass
print(json.dumps(taken))
"""


@pytest.fixture(scope="module")
def postgres_dsn() -> Iterator[str]:
    require_postgres()
    with postgres_server() as dsn:
        yield dsn


@pytest.fixture(params=["sqlite", "postgres"])
def share_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shares.sqlite3")
    dsn = request.getfixturevalue("postgres_dsn")
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as connection:
        for table in TABLES:
            connection.execute(f"DROP TABLE IF EXISTS {table}")
    return dsn


def test_two_processes_share_one_allowance(share_db: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SUMMARIZER_SHARE_DB": share_db,
        "SUMMARIZER_RUNS_PER_10_MINUTES": "1",
        "PYTHONPATH": str(ROOT),
    }
    settings = Settings.from_env(env)
    _key, token = Quota(settings).keys.add("partner", runs_per_minute=0, chars_per_day=2_000)
    go = tmp_path / "go"
    env |= {"KEY": token, "GO": str(go), "ATTEMPTS": "40", "CLOCK": str(time.time())}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(2)
    ]
    time.sleep(1.5)  # both have imported and are waiting
    go.touch()
    results = []
    for worker in workers:
        out, _ = worker.communicate(timeout=120)
        assert worker.returncode == 0
        results.append(json.loads(out))
    # 2,000 characters a day at 100 a run: 20 runs for the key, of the 30 both processes tried
    # (15 each, so both took part); one run for each of 40 visitors, whichever process got it.
    assert sorted(result["key"] for result in results)[0] >= 5
    assert sum(result["key"] for result in results) == 20
    assert sum(result["visitor"] for result in results) == 40
    usage = Quota(settings).usage.report(Quota(settings).keys.list())[0]
    assert (usage.runs_today, usage.chars_today, usage.refused_today) == (20, 2_000, 10)
