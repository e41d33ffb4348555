"""``python -m summarizer keys {add,list,revoke,usage}``: API keys in the share store's database.

keys add NAME [--runs-per-minute N] [--chars-per-day N]   prints the key, once
keys list | keys revoke NAME | keys usage
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.limits import DEFAULT_KEY_CHARS_PER_DAY, DEFAULT_KEY_RUNS_PER_MINUTE

if TYPE_CHECKING:
    from summarizer.quota import ApiKey, KeyStore, KeyUsage

MAX_ALLOWANCE = 10_000_000_000


def add_parser(commands: argparse._SubParsersAction) -> None:
    keys = commands.add_parser("keys", help="API keys with their own allowances")
    actions = keys.add_subparsers(dest="keys_command", required=True)
    add = actions.add_parser("add", help="add a key and print it (once)")
    add.add_argument("name", help="who the key is for, e.g. partner-news")
    add.add_argument(
        "--runs-per-minute",
        type=int,
        default=DEFAULT_KEY_RUNS_PER_MINUTE,
        help=f"summaries per minute (default {DEFAULT_KEY_RUNS_PER_MINUTE}; 0 = no limit)",
    )
    add.add_argument(
        "--chars-per-day",
        type=int,
        default=DEFAULT_KEY_CHARS_PER_DAY,
        help=f"characters per UTC day (default {DEFAULT_KEY_CHARS_PER_DAY:,}; 0 = no limit)",
    )
    actions.add_parser("list", help="the keys and their allowances")
    revoke = actions.add_parser("revoke", help="refuse a key from now on")
    revoke.add_argument("name")
    actions.add_parser("usage", help="what each key used today and in all")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    # Here, not at the top: the rate-limit library is not loaded for every other command.
    from summarizer.quota import KeyStore, UsageLog, open_database

    database = open_database(Settings.from_env())
    keys = KeyStore(database)
    if args.keys_command == "add":
        _add(keys, args, out, err)
    elif args.keys_command == "list":
        _list(keys.list(), out)
    elif args.keys_command == "revoke":
        key = keys.revoke(args.name)
        if key.active:
            print(
                f"Revoked the key {key.name!r}: requests with it are refused from now on.", file=out
            )
        else:
            print(f"The key {key.name!r} was already revoked on {_when(key.revoked)}.", file=out)
    else:
        _usage(UsageLog(database).report(keys.list()), out)


def _add(keys: KeyStore, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    for flag, value in (
        ("--runs-per-minute", args.runs_per_minute),
        ("--chars-per-day", args.chars_per_day),
    ):
        if not 0 <= value <= MAX_ALLOWANCE:
            raise ConfigError(
                f"{flag} {value} is out of range; use 0 (no limit) to {MAX_ALLOWANCE:,}.",
                setting=flag,
            )
    key, token = keys.add(
        args.name, runs_per_minute=args.runs_per_minute, chars_per_day=args.chars_per_day
    )
    print(
        f"Added the key {key.name!r} ({_allowance(key)}). It is shown this once: only its hash "
        "is stored. Send it as 'Authorization: Bearer <key>'.",
        file=err,
    )
    print(token, file=out)  # alone on standard output, for KEY=$(python -m summarizer keys add …)


def _list(keys: Sequence[ApiKey], out: TextIO) -> None:
    if not keys:
        print("No keys yet: add one with 'python -m summarizer keys add NAME'.", file=out)
        return
    rows = [("NAME", "STATE", "RUNS/MIN", "CHARS/DAY", "ADDED")]
    rows += [
        (
            key.name,
            _state(key),
            _limit(key.runs_per_minute),
            _limit(key.chars_per_day),
            _when(key.created),
        )
        for key in keys
    ]
    _table(rows, out)


def _usage(report: Sequence[KeyUsage], out: TextIO) -> None:
    if not report:
        print("No keys yet: add one with 'python -m summarizer keys add NAME'.", file=out)
        return
    rows = [
        (
            "NAME",
            "STATE",
            "RUNS TODAY",
            "CHARS TODAY",
            "REFUSED TODAY",
            "RUNS",
            "CHARS",
            "LAST USED",
        )
    ]
    rows += [
        (
            use.key.name,
            _state(use.key),
            f"{use.runs_today:,}",
            f"{use.chars_today:,} of {_limit(use.key.chars_per_day)}",
            f"{use.refused_today:,}",
            f"{use.runs_total:,}",
            f"{use.chars_total:,}",
            _when(use.last_used) if use.last_used else "never",
        )
        for use in report
    ]
    _table(rows, out)
    print(
        "Today is the current UTC day; the other columns count since each key was added.", file=out
    )


def _allowance(key: ApiKey) -> str:
    runs = f"{key.runs_per_minute:,} runs per minute" if key.runs_per_minute else "any runs"
    chars = f"{key.chars_per_day:,} characters per day" if key.chars_per_day else "any length"
    return f"{runs}, {chars}"


def _limit(value: int) -> str:
    return f"{value:,}" if value else "no limit"


def _state(key: ApiKey) -> str:
    return "active" if key.active else "revoked"


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "-"
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip(), file=out)
