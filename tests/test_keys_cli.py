"""``python -m summarizer keys ...``: what the operator reads, and what the store then holds."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import RateLimitedError
from summarizer.quota import Caller, Client, Quota, hash_token


@pytest.fixture
def share_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "shares.sqlite3"
    monkeypatch.setenv("SUMMARIZER_SHARE_DB", str(path))
    return path


def keys(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["keys", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_add_prints_the_key_once_alone_on_stdout_and_keeps_only_its_hash(share_db) -> None:
    code, out, err = keys("add", "partner-news", "--runs-per-minute", "5", "--chars-per-day", "900")
    assert code == 0
    token = out.strip()
    assert out == token + "\n" and token.startswith("sum_") and len(token) > 40
    assert "Added the key 'partner-news' (5 runs per minute, 900 characters per day)" in err
    assert "shown this once" in err and "Authorization: Bearer" in err
    stored = b"".join(p.read_bytes() for p in share_db.parent.iterdir())
    assert token.encode() not in stored and hash_token(token).encode() in stored
    quota = Quota(Settings.from_env())
    caller = quota.caller(token, Client(None, "198.51.100.1"))
    assert caller is not None and caller.key.runs_per_minute == 5  # the key works


def test_defaults_list_and_zero_for_no_limit(share_db) -> None:
    assert keys("list")[1] == "No keys yet: add one with 'python -m summarizer keys add NAME'.\n"
    keys("add", "a")
    _code, _out, err = keys("add", "b", "--runs-per-minute", "0", "--chars-per-day", "0")
    assert "(any runs, any length)" in err
    code, out, _err = keys("list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["NAME", "STATE", "RUNS/MIN", "CHARS/DAY", "ADDED"]
    assert lines[1].split()[:4] == ["a", "active", "10", "1,000,000"]
    assert lines[2].split()[:6] == ["b", "active", "no", "limit", "no", "limit"]


def test_revoke_and_its_messages(share_db) -> None:
    token = keys("add", "partner")[1].strip()
    assert keys("revoke", "partner")[:2] == (
        0,
        "Revoked the key 'partner': requests with it are refused from now on.\n",
    )
    assert "was already revoked on " in keys("revoke", "partner")[1]
    code, _out, err = keys("revoke", "nobody")
    assert code == 1 and err == "error: No key is named 'nobody'; 'keys list' shows the names.\n"
    assert keys("list")[1].splitlines()[1].split()[:2] == ["partner", "revoked"]
    assert Quota(Settings.from_env()).caller(token, Client(None, "198.51.100.1")) is None


def test_bad_names_duplicates_and_values_are_one_line_errors(share_db) -> None:
    keys("add", "partner")
    code, out, err = keys("add", "partner")
    assert (code, out) == (1, "") and "A key named 'partner' exists already" in err
    code, _out, err = keys("add", "two words")
    assert code == 1 and "not a usable key name" in err
    code, _out, err = keys("add", "x", "--chars-per-day", "-5")
    assert code == 2 and err == (
        "error: --chars-per-day -5 is out of range; use 0 (no limit) to 10,000,000,000.\n"
    )


def test_usage_shows_each_keys_runs_characters_and_refusals(share_db) -> None:
    assert "No keys yet" in keys("usage")[1]
    token = keys("add", "partner", "--runs-per-minute", "2")[1].strip()
    keys("add", "idle")
    quota = Quota(Settings.from_env())
    caller = quota.caller(token, Client(None, "198.51.100.1"))
    assert isinstance(caller, Caller)
    for _ in range(3):
        with contextlib.suppress(RateLimitedError):  # the third is over 2 runs a minute
            quota.run(caller, 1_234, lambda: None)
    code, out, _err = keys("usage")
    header, idle, partner, *notes = out.splitlines()
    assert code == 0 and header.split()[:4] == ["NAME", "STATE", "RUNS", "TODAY"]
    assert idle.split() == ["idle", "active", "0", "0", "of", "1,000,000", "0", "0", "0", "never"]
    assert partner.split()[:9] == [
        "partner", "active", "2", "2,468", "of", "1,000,000", "1", "2", "2,468"
    ]  # fmt: skip
    assert notes == [
        "Today is the current UTC day; the other columns count since each key was added."
    ]
