"""API keys: a name, its allowance, and the SHA-256 of a random token; never the token itself.

``python -m summarizer keys add NAME`` prints the token once. A request sends it as
``Authorization: Bearer <token>``; the server hashes what it got and looks the hash up, so the
database (or a copy of it) gives nobody a usable key. Tokens carry 256 bits from the OS's CSPRNG,
so a plain hash (no salt, no slow KDF) is enough: there is nothing to guess.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from summarizer.errors import InputError, QuotaError, SummarizerError, first_line
from summarizer.limits import DEFAULT_KEY_CHARS_PER_DAY, DEFAULT_KEY_RUNS_PER_MINUTE
from summarizer.quota._db import KEYS_TABLE, Database
from summarizer.result import JsonMixin

TOKEN_PREFIX = "sum_"  # recognisable in a config file or a leaked log
TOKEN_BYTES = 32  # 256 bits
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}")
_UNAVAILABLE = "API keys cannot be checked right now; please try again later."


@dataclass(frozen=True)
class ApiKey(JsonMixin):
    """A key as stored (its hash stays in the database). Allowances: 0 = no limit."""

    name: str
    runs_per_minute: int
    chars_per_day: int
    created: float
    revoked: float | None = None

    @property
    def active(self) -> bool:
        return self.revoked is None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


class KeyStore:
    """Adds, lists, finds and revokes keys in the share store's database."""

    def __init__(self, database: Database, *, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.clock = clock

    def add(
        self,
        name: str,
        *,
        runs_per_minute: int = DEFAULT_KEY_RUNS_PER_MINUTE,
        chars_per_day: int = DEFAULT_KEY_CHARS_PER_DAY,
    ) -> tuple[ApiKey, str]:
        """A new key and its token (shown once: only its hash is kept)."""
        if not NAME_PATTERN.fullmatch(name):
            raise InputError(
                f"{name!r} is not a usable key name: use up to 64 letters, digits and . _ @ -, "
                "starting with a letter or digit."
            )
        token = new_token()
        key = ApiKey(name, runs_per_minute, chars_per_day, self.clock())
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            if self._row(connection, name) is not None:
                raise InputError(
                    f"A key named {name!r} exists already (revoked keys keep their name, so "
                    "their usage stays readable); choose another name."
                )
            connection.execute(
                self.database.sql(
                    f"INSERT INTO {KEYS_TABLE} (name, hash, runs_per_minute, chars_per_day, "
                    "created, revoked) VALUES (?, ?, ?, ?, ?, NULL)"
                ),
                (name, hash_token(token), runs_per_minute, chars_per_day, key.created),
            )
        return key, token

    def find(self, token: str) -> ApiKey | None:
        """The key whose token this is (revoked or not); None for no key."""
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            row = connection.execute(
                self.database.sql(f"SELECT {_COLUMNS} FROM {KEYS_TABLE} WHERE hash = ?"),
                (hash_token(token),),
            ).fetchone()
        return _key(row) if row else None

    def get(self, name: str) -> ApiKey:
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            row = self._row(connection, name)
        if row is None:
            raise _no_such_key(name)
        return _key(row)

    def list(self) -> list[ApiKey]:
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM {KEYS_TABLE} ORDER BY name"
            ).fetchall()
        return [_key(row) for row in rows]

    def revoke(self, name: str) -> ApiKey:
        """Revoke ``name``: its token is refused from now on. Returns the key as it was."""
        with guarded(_UNAVAILABLE), self.database.transaction() as connection:
            row = self._row(connection, name)
            if row is None:
                raise _no_such_key(name)
            key = _key(row)
            if key.active:
                connection.execute(
                    self.database.sql(f"UPDATE {KEYS_TABLE} SET revoked = ? WHERE name = ?"),
                    (self.clock(), name),
                )
        return key

    def _row(self, connection: object, name: str) -> tuple | None:
        return connection.execute(  # type: ignore[attr-defined]
            self.database.sql(f"SELECT {_COLUMNS} FROM {KEYS_TABLE} WHERE name = ?"), (name,)
        ).fetchone()


@contextmanager
def guarded(public: str) -> Iterator[None]:
    """Database failures become a :class:`QuotaError` whose operator message says why."""
    try:
        yield
    except SummarizerError:
        raise
    except Exception as error:
        reason = f"{type(error).__name__}: {first_line(error)}"
        raise QuotaError(f"The keys and usage store failed ({reason}).", public=public) from None


_COLUMNS = "name, runs_per_minute, chars_per_day, created, revoked"


def _key(row: tuple) -> ApiKey:
    name, runs, chars, created, revoked = row
    return ApiKey(
        str(name),
        int(runs),
        int(chars),
        float(created),
        None if revoked is None else float(revoked),
    )


def _no_such_key(name: str) -> InputError:
    return InputError(f"No key is named {name!r}; 'keys list' shows the names.")
