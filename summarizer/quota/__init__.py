"""Fair use of a shared server: per-visitor limits, API keys with quotas, and the operator's
metrics.

* :func:`client_for`: who a visitor is (browser session and IP address, ``X-Forwarded-For``
  believed only from ``SUMMARIZER_TRUSTED_PROXIES``).
* :class:`Quota`: a front end's rules: who a request's bearer token makes the caller, and whether
  their run fits their allowance (:class:`~summarizer.errors.RateLimitedError` when not). Counted
  with the ``limits`` library in the share links' database, so limits hold across processes and
  replicas.
* :class:`KeyStore`: API keys, stored hashed (``python -m summarizer keys ...``), and their usage.
* :class:`Metrics`: runs, rejections by reason, model seconds and registered gauges, in
  Prometheus' text format.
"""

from ._access import Caller, Quota
from ._client import Client, client_for
from ._db import Database, PostgresDatabase, SQLiteDatabase, open_database
from ._keys import ApiKey, KeyStore, hash_token
from ._limits import Allowance, Limiter, key_allowance, say_duration, visitor_allowance
from ._metrics import CONTENT_TYPE, QUEUE_LENGTH, Metrics
from ._storage import SqlStorage
from ._usage import KeyUsage, UsageLog

__all__ = [
    "CONTENT_TYPE",
    "QUEUE_LENGTH",
    "Allowance",
    "ApiKey",
    "Caller",
    "Client",
    "Database",
    "KeyStore",
    "KeyUsage",
    "Limiter",
    "Metrics",
    "PostgresDatabase",
    "Quota",
    "SQLiteDatabase",
    "SqlStorage",
    "UsageLog",
    "client_for",
    "hash_token",
    "key_allowance",
    "open_database",
    "say_duration",
    "visitor_allowance",
]
